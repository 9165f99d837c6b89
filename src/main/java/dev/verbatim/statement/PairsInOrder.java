package dev.verbatim.statement;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Q&A pairs numbered, where they say their number, from 1 in document order: a pair's {@code n}
 * is its place, so that a citation of pair 3 means the third. Each pair out of place is named.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PairsInOrder.Check.class)
public @interface PairsInOrder {

    String message() default "pairs are numbered from 1 in order";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PairsInOrder, List<StatementInput.QaInput>> {

        @Override
        public boolean isValid(List<StatementInput.QaInput> pairs, ConstraintValidatorContext context) {
            if (pairs == null) {
                return true;
            }
            boolean valid = true;
            for (int i = 0; i < pairs.size(); i++) {
                StatementInput.QaInput pair = pairs.get(i);
                if (pair != null && pair.n() != null && pair.n() != i + 1) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                    }
                    valid = false;
                    context.buildConstraintViolationWithTemplate("must be " + (i + 1) + ": pairs are numbered from 1 in order")
                            .addPropertyNode("n").inIterable().atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
