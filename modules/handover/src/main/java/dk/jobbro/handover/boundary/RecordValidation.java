package dk.jobbro.handover.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.Set;

/**
 * Bean Validation of a batch's records. With JPA on the class path, the default validator asks the persistence
 * providers whether every property of every object it visits is loaded (a lazy entity's must not be touched); a
 * batch record is a plain request record, never an entity, so that question is always "yes", and asking it showed up
 * at the top of a profile of a 10,000-record batch. This validator skips it; the constraints are the same.
 */
@ApplicationScoped
public class RecordValidation {

  private final Validator validator;

  @Inject
  RecordValidation(ValidatorFactory factory) {
    this.validator = factory.usingContext().traversableResolver(new EverythingReachable()).getValidator();
  }

  /** For CDI's proxy only. */
  protected RecordValidation() {
    this.validator = null;
  }

  /**
   * The violations of the record's constraints: none when {@link ConstraintProof} shows them all kept (the common
   * case, and many times cheaper), else those the full validation finds.
   */
  public <T> Set<ConstraintViolation<T>> validate(T record) {
    return ConstraintProof.holds(record) ? Set.of() : validator.validate(record);
  }

  /** Every property of a request record is in memory: reachable, and cascaded where it is marked so. */
  private static final class EverythingReachable implements TraversableResolver {

    @Override
    public boolean isReachable(Object object, Path.Node property, Class<?> rootType, Path path, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(Object object, Path.Node property, Class<?> rootType, Path path, ElementType type) {
      return true;
    }
  }
}
