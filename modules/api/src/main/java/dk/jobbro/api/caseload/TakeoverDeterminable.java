package dk.jobbro.api.caseload;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A new case must either give its takeover date or the date the takeover rule starts from, so the first-offer
 * clock can start: the visitation decision for refugees, the CPR registration for quota refugees and
 * family-reunified. Reported on {@code takeoverDate}, together with any other invalid field.
 */
@Documented
@Constraint(validatedBy = TakeoverDeterminable.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface TakeoverDeterminable {

  String message() default "is required unless visitationDecisionDate (refugees) or cprRegistrationDate (quota "
      + "refugees, family-reunified) lets Jobbro compute it";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link TakeoverDeterminable} on {@link NewCase}. */
  class Validator implements ConstraintValidator<TakeoverDeterminable, NewCase> {

    @Override
    public boolean isValid(NewCase n, ConstraintValidatorContext context) {
      if (n == null || n.takeoverDate() != null) {
        return true;
      }
      boolean computable = n.residenceBasis() == null
          ? n.visitationDecisionDate() != null || n.cprRegistrationDate() != null // the basis is reported on its own
          : n.residenceBasis().takeoverFollowsVisitation() ? n.visitationDecisionDate() != null
              : n.cprRegistrationDate() != null;
      if (!computable) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addPropertyNode("takeoverDate").addConstraintViolation();
      }
      return computable;
    }
  }
}
