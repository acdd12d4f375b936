package dk.jobbro.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dk.jobbro.api.shared.idempotency.Idempotent;
import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.Decimals;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Schedules;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.persistence.Entity;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The design card's module rules, checked on the compiled classes of every module. */
class ArchitectureTest {

  private static final List<String> FEATURES = List.of("caseload", "employers", "handover", "reporting");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("/devenv/"))
        .importPackages("dk.jobbro");
    assertThat(classes.stream().map(JavaClass::getPackageName))
        .as("classes of api, caseload and the war were imported")
        .anyMatch(p -> p.startsWith("dk.jobbro.api"))
        .anyMatch(p -> p.startsWith("dk.jobbro.caseload"))
        .anyMatch(p -> p.startsWith("dk.jobbro.app"));
  }

  /**
   * Every event record in {@code api} has a consumer: some observer method outside {@code api} takes it (the event
   * outbox in the war takes them all). An event nothing observes is dead code and goes.
   */
  @Test
  void everyEventHasAConsumer() {
    Set<String> observed = classes.stream()
        .filter(c -> !c.getPackageName().startsWith("dk.jobbro.api"))
        .flatMap(c -> c.getMethods().stream())
        .flatMap(m -> m.getParameters().stream())
        .filter(p -> p.isAnnotatedWith(jakarta.enterprise.event.Observes.class))
        .map(p -> p.getRawType().getName())
        .collect(Collectors.toSet());
    List<String> events = classes.stream()
        .filter(c -> c.getPackageName().matches("dk\\.jobbro\\.api\\.\\w+\\.events")
            && c.getRawSuperclass().map(sup -> sup.getName().equals("java.lang.Record")).orElse(false))
        .map(JavaClass::getName).toList();
    assertThat(events).as("the api's event records").hasSizeGreaterThan(20);
    assertThat(events.stream().filter(e -> !observed.contains(e))).as("events nothing observes").isEmpty();
  }

  @Test
  void featureModulesUseNoOtherFeatureModule() {
    for (String feature : FEATURES) {
      String[] others = FEATURES.stream().filter(f -> !f.equals(feature)).map(f -> "dk.jobbro." + f + "..")
          .toArray(String[]::new);
      noClasses().that().resideInAPackage("dk.jobbro." + feature + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .orShould().dependOnClassesThat().resideInAPackage("dk.jobbro.app..")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void apiDependsOnNoFeatureModuleAndNotOnTheWar() {
    noClasses().that().resideInAPackage("dk.jobbro.api..")
        .should().dependOnClassesThat().resideInAnyPackage("dk.jobbro.caseload..", "dk.jobbro.employers..",
            "dk.jobbro.handover..", "dk.jobbro.reporting..", "dk.jobbro.app..")
        .check(classes);
  }

  @Test
  void thereAreNoPackageCycles() {
    slices().matching("dk.jobbro.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void entitiesDoNotKnowTheirBoundaries() {
    noClasses().that().resideInAPackage("..entity..")
        .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void jakartaRestStaysInBoundariesAndTheWar() {
    noClasses().that().resideInAnyPackage("dk.jobbro.api..", "..control..", "..entity..")
        .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
        .check(classes);
  }

  @Test
  void everyResourceDeclaresWhoMayCallIt() {
    classes().that().areAnnotatedWith(Path.class)
        .should().beAnnotatedWith(RolesAllowed.class)
        .because("every endpoint needs a verified bearer token with a Jobbro role")
        .check(classes);
    noClasses().should().beAnnotatedWith(PermitAll.class).check(classes);
  }

  /**
   * The Idempotency-Key plumbing stores and replays the {@code Response} a create answers (and answers a 409 of its
   * own), so it goes only on POST methods that return one; see {@link Idempotent}.
   */
  @Test
  void onlyCreatesThatAnswerAResponseAreIdempotent() {
    methods().that().areAnnotatedWith(Idempotent.class)
        .should().haveRawReturnType(Response.class).andShould().beAnnotatedWith(POST.class)
        .check(classes);
  }

  /**
   * Payara's OpenAPI scanner reads class-level responses only in their container form ({@code @APIResponses}); a
   * lone {@code @APIResponse} on a resource class silently disappears from the document. (Two or more repeated ones
   * are compiled into the container and are fine.)
   */
  @Test
  void aLoneClassLevelApiResponseIsWrittenAsAContainer() {
    noClasses().that().areAnnotatedWith(Path.class)
        .should().beAnnotatedWith(APIResponse.class)
        .check(classes);
  }

  @Test
  void everyDateAndDecimalARequestBodyCarriesHasItsConstraint() {
    Set<String> unconstrained = new TreeSet<>();
    Set<Class<?>> seen = new HashSet<>();
    for (JavaClass resource : classes) {
      if (!resource.isAnnotatedWith(Path.class)) {
        continue;
      }
      for (java.lang.reflect.Method method : resource.reflect().getDeclaredMethods()) {
        boolean operation = Arrays.stream(method.getAnnotations())
            .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
        if (!operation) {
          continue;
        }
        for (java.lang.reflect.Parameter p : method.getParameters()) {
          boolean entity = Arrays.stream(p.getAnnotations())
              .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
          if (entity) {
            collectUnconstrained(p.getParameterizedType(), seen, unconstrained);
          }
        }
      }
    }
    assertThat(seen).as("request records were found").hasSizeGreaterThan(20);
    assertThat(unconstrained).as("request components without @DateRange / @Decimals").isEmpty();
  }

  /** Walks a request record and the records its components hold (directly or in lists). */
  private static void collectUnconstrained(java.lang.reflect.Type type, Set<Class<?>> seen,
      Set<String> unconstrained) {
    if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
      for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
        collectUnconstrained(argument, seen, unconstrained);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || !c.isRecord() || !seen.add(c)) {
      return;
    }
    for (java.lang.reflect.RecordComponent component : c.getRecordComponents()) {
      Class<?> t = component.getType();
      boolean date = t == java.time.LocalDate.class || t == java.time.Instant.class || t == java.time.YearMonth.class;
      boolean decimal = t == Double.class || t == double.class || t == Float.class || t == float.class;
      // the constraints target fields (and constructor parameters), not record components as such
      java.lang.reflect.Field field;
      try {
        field = c.getDeclaredField(component.getName());
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
      if (date && !field.isAnnotationPresent(DateRange.class)
          || decimal && !field.isAnnotationPresent(Decimals.class)) {
        unconstrained.add(c.getName() + "." + component.getName());
      }
      collectUnconstrained(component.getGenericType(), seen, unconstrained);
    }
  }

  @Test
  void noStandardSizeConstraintsOnParametersBecausePayaraOpenApiCrashesOnThem() {
    Set<String> crashing = Set.of("NotEmpty", "NotBlank", "Size", "DecimalMax", "DecimalMin", "Max", "Min",
        "Negative", "NegativeOrZero", "Positive", "PositiveOrZero").stream()
        .map(n -> "jakarta.validation.constraints." + n).collect(Collectors.toSet());
    codeUnits().that().areDeclaredInClassesThat().resideInAPackage("dk.jobbro..")
        .should(new ArchCondition<JavaCodeUnit>("have no size/min/max/not-blank constraint on a non-path parameter") {
          @Override
          public void check(JavaCodeUnit unit, ConditionEvents events) {
            for (JavaParameter p : unit.getParameters()) {
              boolean offending = p.getAnnotations().stream()
                  .anyMatch(a -> crashing.contains(a.getRawType().getName()));
              if (offending && !p.isAnnotatedWith(PathParam.class)) {
                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " parameter " + p.getIndex()
                    + ": use dk.jobbro.api.shared.validation.Text or check in code (see Text's Javadoc)"));
              }
            }
          }
        })
        .check(classes);
  }

  @Test
  void everyEntityIsListedInPersistenceXml() throws Exception {
    String xml = Files.readString(java.nio.file.Path.of("src/main/resources/META-INF/persistence.xml"));
    Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(xml);
    Set<String> listed = new java.util.HashSet<>();
    while (m.find()) {
      listed.add(m.group(1).trim());
    }
    Set<String> entities = classes.stream().filter(c -> c.isAnnotatedWith(Entity.class))
        .map(JavaClass::getName).collect(Collectors.toSet());
    assertThat(listed).containsExactlyInAnyOrderElementsOf(entities);
  }

  /**
   * Timers are non-persistent, and no bean has a {@code @Timeout} method (which may be given a persistent timer).
   * Either makes Payara Server deploy its own timer-service application inside Jobbro's first deployment on a domain,
   * and that deployment then runs without Payara's {@code @RolesAllowed} checks: the nested deployment loses the
   * outer one's context, in which Jersey registers them. Checked by hand on Payara Server 6.2025.9: a WAR whose only
   * timer is {@code @Schedule(persistent = false)} does not load it, one with a {@code @Timeout} method does.
   * server-config sets no store for persistent timers, so the service is not deployed at all; the probe WAR, which
   * has a {@code @Timeout} bean, shows that in PlatformIT (its roles are checked).
   */
  @Test
  void timersNeverLoadPayarasPersistentTimerService() {
    methods().should().notBeAnnotatedWith(Timeout.class).check(classes);
    noClasses().should().dependOnClassesThat().belongToAnyOf(TimerService.class, Schedules.class).check(classes);
    methods().that().areAnnotatedWith(Schedule.class)
        .should(new ArchCondition<JavaMethod>("be non-persistent (persistent = false)") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            if (method.getAnnotationOfType(Schedule.class).persistent()) {
              events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has a persistent schedule"));
            }
          }
        })
        .check(classes);
  }

  /**
   * persistence.xml has Hibernate skip the scan of the persistence unit's root, XML mappings and the JPA static
   * metamodel at boot, because none of them would find anything: keep it so. A mapping file or an {@code Entity_}
   * class would otherwise be ignored without a word.
   */
  @Test
  void nothingNeedsTheBootWorkThatPersistenceXmlSkips() throws Exception {
    String xml = Files.readString(java.nio.file.Path.of("src/main/resources/META-INF/persistence.xml"));
    assertThat(xml).doesNotContain("<mapping-file>").doesNotContain("<jar-file>");
    try (var modules = Files.list(java.nio.file.Path.of(".."))) {
      for (java.nio.file.Path main : modules.map(m -> m.resolve("src/main")).filter(Files::isDirectory).toList()) {
        try (var files = Files.walk(main)) {
          assertThat(files.map(f -> f.getFileName().toString())
              .filter(name -> name.equals("orm.xml") || name.endsWith(".hbm.xml")))
              .as("XML mapping files in " + main).isEmpty();
        }
      }
    }
    noClasses().should().beAnnotatedWith(jakarta.persistence.metamodel.StaticMetamodel.class).check(classes);
  }

  /** Why final: persistence.xml says it (no lazy proxy class generated per entity at every start). */
  @Test
  void entitiesAreFinal() {
    classes().that().areAnnotatedWith(Entity.class).should().haveModifier(JavaModifier.FINAL).check(classes);
  }

  @Test
  void mainCodeNeverWritesToStandardOutput() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .check(classes);
  }
}
