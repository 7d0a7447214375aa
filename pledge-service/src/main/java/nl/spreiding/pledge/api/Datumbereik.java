package nl.spreiding.pledge.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date of this service's domain lies in the years 1900 to 9999. JSON allows any ISO year ({@code +999999999-12-31}),
 * but PostgreSQL stores dates only up to the year 5874897 and date arithmetic near the ends of Java's range fails,
 * so a date outside this range would end as a 500 instead of a 400 that names the field.
 */
@Documented
@Constraint(validatedBy = Datumbereik.Validator.class)
@Target({ FIELD, METHOD, PARAMETER })
@Retention(RUNTIME)
public @interface Datumbereik {

    LocalDate VROEGST = LocalDate.of(1900, 1, 1);
    LocalDate LAATST = LocalDate.of(9999, 12, 31);

    String message() default "moet tussen 1900-01-01 en 9999-12-31 liggen";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Datumbereik, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !(value.isBefore(VROEGST) || value.isAfter(LAATST));
        }
    }
}
