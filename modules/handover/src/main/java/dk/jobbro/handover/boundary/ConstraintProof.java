package dk.jobbro.handover.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Shows a request record valid by its own constraint annotations, without Bean Validation's generic engine, which
 * builds a path node for every property and list element it visits, valid or not: for a batch of ten thousand
 * handovers that engine was the largest single cost of checking them. The rules are not restated here: each constraint
 * is judged by its own annotation's validator ({@code @Constraint(validatedBy)}), {@code @NotNull} and
 * {@code @Pattern} as the specification defines them, and {@code @Valid} cascades into records and list elements.
 *
 * <p>It only ever answers "valid" or "not shown": when any constraint fails, or the record uses anything this class
 * does not know (another built-in constraint, groups, a class-level or composed constraint, a getter constraint, a
 * container other than {@code List}), the caller runs the full validation, which names the violations as before.
 */
final class ConstraintProof {

  private static final Map<Class<?>, Optional<Plan>> PLANS = new ConcurrentHashMap<>();

  private ConstraintProof() {}

  /** @return true when every constraint of the record holds; false when that is not shown here */
  static boolean holds(Object record) {
    Optional<Plan> plan = planOf(record.getClass());
    try {
      return plan.isPresent() && plan.get().holds(record);
    } catch (RuntimeException e) {
      return false; // a validator that needs what is not given here (its context): the full validation decides
    }
  }

  private static Optional<Plan> planOf(Class<?> type) {
    Optional<Plan> known = PLANS.get(type);
    if (known != null) {
      return known;
    }
    Optional<Plan> plan;
    try {
      plan = Optional.of(Plan.of(type));
    } catch (Unsupported e) {
      plan = Optional.empty();
    }
    PLANS.putIfAbsent(type, plan);
    return plan;
  }

  /** What to check of each field of one record type. */
  private record Plan(Field[] fields, ValueCheck[] checks) {

    static Plan of(Class<?> type) {
      if (!type.isRecord() || Arrays.stream(type.getAnnotations()).anyMatch(ConstraintProof::ofValidation)) {
        throw Unsupported.INSTANCE; // a class-level constraint, a redefined group sequence, ...
      }
      List<Method> accessors = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toList();
      for (Method m : type.getDeclaredMethods()) {
        // a component's annotations are copied onto its accessor, which judges the same value as the field
        if (!accessors.contains(m) && (constraintsOn(m.getAnnotations()).length > 0
            || m.isAnnotationPresent(Valid.class))) {
          throw Unsupported.INSTANCE; // a getter constraint of its own
        }
      }
      List<Field> fields = new ArrayList<>();
      List<ValueCheck> checks = new ArrayList<>();
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        f.setAccessible(true);
        fields.add(f);
        checks.add(ValueCheck.of(f.getAnnotatedType(), f.getAnnotations()));
      }
      return new Plan(fields.toArray(Field[]::new), checks.toArray(ValueCheck[]::new));
    }

    boolean holds(Object record) {
      for (int i = 0; i < fields.length; i++) {
        try {
          if (!checks[i].holds(fields[i].get(record))) {
            return false;
          }
        } catch (IllegalAccessException e) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The constraints on one value (a field, or a list's element): its own, then a cascade into it when it is marked
   * {@code @Valid}, then those on its elements when it is a list.
   */
  private record ValueCheck(List<Predicate<Object>> constraints, boolean cascade, ValueCheck elements) {

    /**
     * @param declared the field's own annotations (a constraint may apply to the field, to its type, or to both)
     */
    static ValueCheck of(AnnotatedType annotated, Annotation[] declared) {
      Class<?> raw = rawClass(annotated.getType());
      List<Annotation> all = new ArrayList<>(Arrays.asList(declared));
      Arrays.stream(annotated.getAnnotations()).filter(a -> !all.contains(a)).forEach(all::add);
      List<Predicate<Object>> constraints = new ArrayList<>();
      for (Annotation a : constraintsOn(all.toArray(Annotation[]::new))) {
        constraints.add(constraint(a, raw));
      }
      boolean cascade = all.stream().anyMatch(Valid.class::isInstance);
      if (cascade && !raw.isRecord()) {
        throw Unsupported.INSTANCE; // e.g. @Valid on a list itself: left to the full validation
      }
      ValueCheck elements = null;
      if (annotated instanceof AnnotatedParameterizedType parameterized) {
        if (raw != List.class) {
          throw Unsupported.INSTANCE;
        }
        elements = of(parameterized.getAnnotatedActualTypeArguments()[0], new Annotation[0]);
      }
      return new ValueCheck(constraints, cascade, elements);
    }

    boolean holds(Object value) {
      for (Predicate<Object> c : constraints) {
        if (!c.test(value)) {
          return false;
        }
      }
      if (value == null) {
        return true;
      }
      if (cascade && !planOf(value.getClass()).map(plan -> plan.holds(value)).orElse(false)) {
        return false;
      }
      if (elements != null) {
        for (Object element : (List<?>) value) {
          if (!elements.holds(element)) {
            return false;
          }
        }
      }
      return true;
    }
  }

  /** One constraint as a test of the value; the message is the full validation's business. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Predicate<Object> constraint(Annotation a, Class<?> valueType) {
    if (groupsOf(a).length > 0) {
      throw Unsupported.INSTANCE;
    }
    if (a instanceof NotNull) {
      return value -> value != null;
    }
    if (a instanceof Pattern p) {
      if (p.flags().length > 0 || !CharSequence.class.isAssignableFrom(valueType)) {
        throw Unsupported.INSTANCE;
      }
      java.util.regex.Pattern regex = java.util.regex.Pattern.compile(p.regexp());
      return value -> value == null || regex.matcher((CharSequence) value).matches();
    }
    Class<? extends ConstraintValidator<?, ?>>[] by = a.annotationType().getAnnotation(Constraint.class).validatedBy();
    if (a.annotationType().getName().startsWith("jakarta.validation.") || by.length != 1
        || constraintsOn(a.annotationType().getAnnotations()).length > 0 || injected(by[0])
        || !validatedType(by[0]).isAssignableFrom(valueType)) {
      throw Unsupported.INSTANCE; // another built-in, a composed constraint, or a validator the container must build
    }
    ConstraintValidator validator;
    try {
      validator = by[0].getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw Unsupported.INSTANCE;
    }
    validator.initialize(a);
    return value -> validator.isValid(value, null);
  }

  /** The annotations that are Bean Validation constraints. */
  private static Annotation[] constraintsOn(Annotation[] annotations) {
    return Arrays.stream(annotations).filter(a -> a.annotationType().isAnnotationPresent(Constraint.class))
        .toArray(Annotation[]::new);
  }

  private static boolean ofValidation(Annotation a) {
    String name = a.annotationType().getName();
    return a.annotationType().isAnnotationPresent(Constraint.class) || name.startsWith("jakarta.validation.")
        || name.startsWith("org.hibernate.validator.");
  }

  private static Class<?>[] groupsOf(Annotation a) {
    try {
      return (Class<?>[]) a.annotationType().getMethod("groups").invoke(a);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw Unsupported.INSTANCE;
    }
  }

  private static boolean injected(Class<?> validator) {
    return Arrays.stream(validator.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(Inject.class));
  }

  /** The type a validator class judges: the second type argument of the ConstraintValidator it implements. */
  private static Class<?> validatedType(Class<?> validator) {
    for (Type t : validator.getGenericInterfaces()) {
      if (t instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class) {
        return rawClass(p.getActualTypeArguments()[1]);
      }
    }
    throw Unsupported.INSTANCE;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    throw Unsupported.INSTANCE;
  }

  /** A record this class cannot judge; found once per type. */
  private static final class Unsupported extends RuntimeException {

    private static final long serialVersionUID = 1L;
    static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
      super("not judged here", null, false, false);
    }
  }
}
