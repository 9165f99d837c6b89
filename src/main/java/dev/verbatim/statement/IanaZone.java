package dev.verbatim.statement;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/** An IANA time zone name such as {@code Europe/Brussels}; an offset ({@code +02:00}, {@code Z}) is none. */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IanaZone.Check.class)
public @interface IanaZone {

    String RULE = "is not an IANA time zone name such as Europe/Brussels";

    String message() default RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IanaZone, String> {

        private static final Set<String> NAMES = ZoneId.getAvailableZoneIds();

        /** Whether a name is an IANA zone the JDK knows. */
        public static boolean isIana(String name) {
            return NAMES.contains(name);
        }

        /** The IANA zone that is this offset all year round: UTC, or one of the Etc/GMT zones of whole hours (signs inverted, as IANA has them). */
        public static Optional<ZoneId> ofOffset(ZoneOffset offset) {
            int seconds = offset.getTotalSeconds();
            if (seconds == 0) {
                return Optional.of(ZoneId.of("UTC"));
            }
            if (seconds % 3600 != 0) {
                return Optional.empty();
            }
            int hours = seconds / 3600;
            String name = "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
            return isIana(name) ? Optional.of(ZoneId.of(name)) : Optional.empty();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isIana(value);
        }
    }
}
