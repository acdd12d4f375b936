package dk.jobbro.employers.boundary;

import dk.jobbro.api.employers.IguKommuneTarget;
import dk.jobbro.api.employers.IguTarget;
import dk.jobbro.api.employers.IguTargetSetting;
import dk.jobbro.api.employers.IguTargets;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.employers.control.EmployerRepository;
import dk.jobbro.employers.control.MinistryAreaRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The ministries' IGU targets (the state set itself 200 IGU jobs and made 38) against the IGU placements at STATE
 * employers, counted in the database across all kommuner: numbers per ministry area only, never a person.
 */
@ApplicationScoped
@Transactional
public class DefaultIguTargets implements IguTargets {

  static final int MIN_YEAR = 2016;
  static final int MAX_YEAR = 2100;
  static final int MAX_TARGET = 100_000;

  @Inject
  EmployerRepository repository;

  @Inject
  Caller caller;

  @Inject
  Clock clock;

  @Inject
  MinistryAreaRegistry ministryAreas;

  @Inject
  KommuneRegistry kommuner;

  @Override
  public IguTarget set(String ministryArea, int year, IguTargetSetting setting) {
    checkYear(year);
    ministryAreas.requireInForceDuring("ministryArea", ministryArea, year);
    int pupils = checkedPupils(setting);
    repository.upsertTarget(ministryArea, year, pupils, caller.subject(), Instant.now(clock));
    long actual = repository.activeStatePlacements(LocalDate.now(clock)).getOrDefault(ministryArea, 0L);
    return new IguTarget(ministryArea, year, pupils, actual);
  }

  @Override
  public List<IguTarget> actualVersusTarget(int year, LocalDate date) {
    checkYear(year);
    Map<String, Integer> targets = repository.targets(year);
    Map<String, Long> actual = repository.activeStatePlacements(date);
    TreeSet<String> areas = new TreeSet<>(targets.keySet());
    areas.addAll(actual.keySet());
    return areas.stream().map(a -> new IguTarget(a, year, targets.get(a), actual.getOrDefault(a, 0L))).toList();
  }

  @Override
  public IguKommuneTarget setForKommune(String ministryArea, int year, String kommune, IguTargetSetting setting) {
    checkYear(year);
    ministryAreas.requireInForceDuring("ministryArea", ministryArea, year);
    KommuneKode kode = knownKommune(kommune);
    int pupils = checkedPupils(setting);
    repository.upsertKommuneTarget(ministryArea, year, kode.value(), pupils, caller.subject(), Instant.now(clock));
    LocalDate today = LocalDate.now(clock);
    return perKommune(ministryArea, year, today).stream().filter(t -> t.kommune().equals(kode.value()))
        .findFirst().orElseThrow();
  }

  @Override
  public List<IguKommuneTarget> perKommune(String ministryArea, int year, LocalDate date) {
    checkYear(year);
    ministryAreas.requireListed("ministryArea", ministryArea);
    return repository.kommuneTargets(ministryArea, year, date).stream()
        .map(r -> new IguKommuneTarget(ministryArea, year, r[0].toString(), (String) r[1],
            r[2] == null ? null : ((Number) r[2]).intValue(), ((Number) r[3]).longValue()))
        .toList();
  }

  private KommuneKode knownKommune(String kommune) {
    if (!KommuneKode.isWellFormed(kommune)) {
      throw ProblemException.invalidField("kommune", "must be a kommunekode of 3 digits");
    }
    KommuneKode kode = KommuneKode.parse(kommune);
    if (!kommuner.isKnown(kode)) {
      throw ProblemException.invalidField("kommune", "is not one of the 98 kommuner");
    }
    return kode;
  }

  private static int checkedPupils(IguTargetSetting setting) {
    int pupils = setting.targetPupils();
    if (pupils < 0 || pupils > MAX_TARGET) {
      throw ProblemException.invalidField("targetPupils", "must be between 0 and " + MAX_TARGET);
    }
    return pupils;
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw ProblemException.invalidField("year", "must be between " + MIN_YEAR + " and " + MAX_YEAR);
    }
  }
}
