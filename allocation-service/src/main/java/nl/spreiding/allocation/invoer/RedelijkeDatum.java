package nl.spreiding.allocation.invoer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date of this law's business: between {@link Invoergrenzen#EERSTE_JAAR} and {@link Invoergrenzen#LAATSTE_JAAR}.
 * ISO dates may carry any year ({@code +999999999-12-31}); PostgreSQL stores none of those, and no deadline or
 * reference date of the Spreidingswet lies there, so they are invalid input rather than a database error.
 */
@Documented
@Constraint(validatedBy = RedelijkeDatum.Controle.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface RedelijkeDatum {

    String message() default "moet een datum tussen " + Invoergrenzen.EERSTE_JAAR + " en " + Invoergrenzen.LAATSTE_JAAR
            + " zijn";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is valid: say {@code @NotNull} where a date is required. */
    class Controle implements ConstraintValidator<RedelijkeDatum, LocalDate> {
        @Override
        public boolean isValid(LocalDate datum, ConstraintValidatorContext context) {
            return datum == null || Invoergrenzen.isRedelijk(datum);
        }
    }
}
