package dev.verbatim.statement;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

/**
 * Within the years statements are kept for: 1900 to 2100, in any zone. Outside them a date is a
 * typo or an attack (year 999999999 overflowed PostgreSQL's timestamps and headed every list on
 * H2; 1582 met the calendar's Julian switch), never a statement.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PublicationRange.Check.class)
public @interface PublicationRange {

    LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    String RULE = "must lie within the years 1900 to 2100";

    String message() default RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PublicationRange, Temporal> {

        /** Whether a day lies within the range. */
        public static boolean contains(LocalDate day) {
            return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
        }

        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            if (value instanceof OffsetDateTime time) {
                return contains(time.toLocalDate());
            }
            if (value instanceof Instant instant) {
                try {
                    return contains(LocalDate.ofInstant(instant, ZoneOffset.UTC));
                } catch (DateTimeException beyondTheCalendar) {
                    return false;
                }
            }
            if (value instanceof LocalDate day) {
                return contains(day);
            }
            return true;
        }
    }
}
