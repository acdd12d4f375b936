package dk.jobbro.bench;

import static dk.jobbro.it.ItDatabase.CIPHER;

import dk.jobbro.caseload.entity.CaseFile;
import dk.jobbro.handover.entity.Handover;
import dk.jobbro.handover.entity.HandoverRevision;
import dk.jobbro.it.ItDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A national data set for benchmarks: 100,000 persons in the integration programme with about a million offers and
 * events, written straight into caseload, employers and handover with COPY. Deterministic: the same seed gives the
 * same rows (ids included) on every run.
 *
 * <p>Shaped like the real distribution: persons spread over the 98 kommuner Zipf-like by size (København largest, a
 * few island kommuner with almost none), takeovers 2016-2024 peaking in 2016-17 and again with Ukraine in 2022,
 * about 30 countries, more men than women except among Ukrainians. Each person has a job-readiness history, a first
 * company-oriented offer (mostly in time, some late, some never), further offers, benefit periods, maybe
 * self-support, a programme end, and for some an IGU with an employer of one of the three sectors and bonus
 * milestones; refugees come with a handover from an asylum operator. IGU use is concentrated in a few kommuner
 * and about 18 have none, as in 2017. Statuses are computed as of {@link #AS_OF}, not the clock, so the set does not
 * drift.
 *
 * <p>Personal data is stored as the application stores it: CPR numbers encrypted with their blind index, handover
 * content encrypted, under the test domain's keys ({@link ItDatabase#CIPHER}, LocalKeys), so the application reads
 * the rows as its own.
 *
 * <p>Every row carries {@link #MARKER} (registered_by, recorded_by, set_by; a handover through its case or its case
 * number), so {@link #remove} takes it out again and the shared test database is left as it was.
 */
final class NationalDataSet {

  static final long SEED = 20170531L;
  static final int PERSONS = 100_000;
  static final String MARKER = "bench-national";
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final LocalDate IGU_START = LocalDate.of(2016, 7, 1);

  /** Kommuner by size, largest first; the rest follow in seeded order, then the islands with almost nobody. */
  private static final List<String> LARGEST = List.of("101", "751", "461", "851", "561", "730", "621", "630",
      "615", "791", "657", "540", "330", "370", "740", "265", "510", "607", "217", "860");
  private static final List<String> ALMOST_NONE = List.of("825", "492", "563", "741", "155");
  private static final List<String> MINISTRY_AREAS = List.of("BESKAEFTIGELSESMINISTERIET",
      "FORSVARSMINISTERIET", "JUSTITSMINISTERIET", "SKATTEMINISTERIET", "TRANSPORTMINISTERIET", "MILJOEMINISTERIET",
      "UDDANNELSES_OG_FORSKNINGSMINISTERIET", "UDLAENDINGE_OG_INTEGRATIONSMINISTERIET");
  private static final List<String> SENDERS = List.of("redcross", "redcross", "redcross", "jammerbugt-asyl",
      "langeland-asyl", "vesthimmerland-asyl", "thisted-asyl");

  private final Random random = new Random(SEED);
  private SyntheticIds ids;
  private final Weighted<Integer> years = new Weighted<Integer>().add(2016, 25).add(2017, 20).add(2018, 10)
      .add(2019, 7).add(2020, 4).add(2021, 4).add(2022, 15).add(2023, 9).add(2024, 6);
  private final Weighted<String> countries = countries();
  private final Weighted<String> extraOffers = new Weighted<String>().add("VIRKSOMHEDSPRAKTIK", 35)
      .add("LOENTILSKUD", 15).add("VEJLEDNING_OG_OPKVALIFICERING", 25).add("MENTOR", 15).add("EDUCATION", 5);

  private final Map<String, Double> selfSupportFactor = new HashMap<>();
  private final Map<String, Double> firstOfferFactor = new HashMap<>();
  private final Map<String, Double> iguFactor = new HashMap<>();
  private final Map<String, List<Employer>> privateEmployers = new HashMap<>();
  private final Map<String, List<Employer>> municipalEmployers = new HashMap<>();
  private final List<Employer> stateEmployers = new ArrayList<>();

  private final CopyTable employers = new CopyTable("employers.employer", "id, cvr, name, sector, "
      + "employing_kommune, ministry_area, location_kommune, registered_by_kommune, registered_by, registered_at, "
      + "version");
  private final CopyTable targets = new CopyTable("employers.igu_target",
      "ministry_area, year, target_pupils, set_by, set_at, version");
  private final CopyTable handovers = new CopyTable("handover.handover", "id, sender, receiving_kommune, status, "
      + "cpr_cipher, case_number, person_key, full_name, visitation_decision_date, expected_takeover_date, "
      + "completeness_score, revision, content, sent_at, received_at, withdrawn_at, taken_over_at, takeover_date, "
      + "case_id, version");
  private final CopyTable revisions = new CopyTable("handover.handover_revision",
      "id, handover_id, revision, content, supplied_by, supplied_at");
  private final CopyTable cases = new CopyTable("caseload.case_file", "id, kommune_kode, cpr_cipher, cpr_index, "
      + "full_name, gender, "
      + "birth_date, residence_basis, takeover_date, registered_at, registered_by, version, country_of_origin, "
      + "residence_permit_date, visitation_decision_date, cpr_registration_date, expected_takeover_date, "
      + "takeover_agreed, first_offer_target_date, first_offer_latest_date, first_offer_date, contract_due_date, "
      + "contract_signed_date, programme_planned_end, programme_end_date, programme_end_reason, job_readiness, "
      + "danish_track, danish_module, self_supporting_date, self_supporting_kind, status, handover_id, "
      + "driving_licence");
  private final CopyTable readiness = new CopyTable("caseload.job_readiness_assessment",
      "id, case_id, assessed_on, category, reason, assessed_by, recorded_at");
  private final CopyTable offers = new CopyTable("caseload.offer", "id, case_id, kommune_kode, type, start_date, "
      + "end_date, hours_per_week, employer_cvr, recorded_by, recorded_at, version");
  private final CopyTable benefits = new CopyTable("caseload.benefit_period",
      "id, case_id, kommune_kode, kind, start_date, end_date, version");
  private final CopyTable danishTests = new CopyTable("caseload.danish_test", "id, case_id, test, passed_on");
  private final CopyTable placements = new CopyTable("employers.igu_placement", "id, kommune_kode, case_id, "
      + "offer_id, employer_id, start_date, planned_end_date, school_weeks, planned_hours_per_week, pay_basis, "
      + "signed_date, vitas_due_date, vitas_registered_date, status, end_date, end_reason, registered_by, "
      + "registered_at, version");
  private final CopyTable milestones = new CopyTable("employers.igu_bonus_milestone",
      "placement_id, kind, amount_kr, due_date, status, claimed_date, paid_date");

  private record Employer(UUID id, String cvr, String sector) {}

  /** Generates the data set and loads it in one transaction; answers the rows per table. */
  Map<String, Long> load(Connection db) throws SQLException, IOException {
    remove(db);
    Set<String> takenIndexes = strings(db, "select encode(cpr_index, 'hex') from caseload.case_file"
        + " where cpr_index is not null");
    ids = new SyntheticIds(random, cpr -> takenIndexes.contains(CIPHER.blindIndexHex(cpr)),
        strings(db, "select cvr from employers.employer"));
    List<String> kommuner = new ArrayList<>(strings(db, "select kode from reference.kommune"));
    Collections.sort(kommuner);
    Weighted<String> byKommune = kommuneWeights(kommuner);
    employersAndTargets(kommuner);
    for (int i = 0; i < PERSONS; i++) {
      person(i, byKommune.next(random));
    }
    for (int i = 0; i < PERSONS / 50; i++) {
      openHandover(i, kommuner.get(random.nextInt(kommuner.size())));
    }
    Map<String, Long> loaded = new LinkedHashMap<>();
    boolean autoCommit = db.getAutoCommit();
    db.setAutoCommit(false);
    try {
      for (CopyTable table : List.of(employers, targets, handovers, revisions, cases, readiness, offers, benefits,
          danishTests, placements, milestones)) {
        loaded.put(table.table(), table.copyInto(db));
      }
      db.commit();
    } finally {
      db.setAutoCommit(autoCommit);
    }
    try (Statement analyze = db.createStatement()) {
      for (String table : loaded.keySet()) {
        analyze.execute("analyze " + table);
      }
    }
    return loaded;
  }

  /** Takes the data set out again (cascades remove the cases' offers, periods and history). */
  static void remove(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("delete from employers.igu_placement where registered_by = '" + MARKER + "'");
      s.execute("delete from employers.employer where registered_by = '" + MARKER + "'");
      s.execute("delete from employers.igu_target where set_by = '" + MARKER + "'");
      // the content is encrypted, so a handover is recognised by its case or, not taken over, by its case number
      String ours = "(case_id in (select id from caseload.case_file where registered_by = '" + MARKER + "')"
          + " or case_number like '" + MARKER + "-%')";
      // Foreign-key checks off for the handovers alone: each deleted handover would otherwise be looked up in
      // merged_into, which has no index, by a scan of the whole table (minutes for the set's 42,000). Nothing refers
      // to the set's handovers: none is merged, and other modules refer to them by id without a foreign key.
      s.execute("set session_replication_role = replica");
      try {
        s.execute("delete from handover.handover_revision where handover_id in (select id from handover.handover"
            + " where " + ours + ")");
        s.execute("delete from handover.handover where " + ours);
      } finally {
        s.execute("reset session_replication_role");
      }
      s.execute("delete from caseload.case_file where registered_by = '" + MARKER + "'");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Kommuner, employers, targets

  private Weighted<String> kommuneWeights(List<String> kommuner) {
    List<String> rest = new ArrayList<>(kommuner);
    rest.removeAll(LARGEST);
    rest.removeAll(ALMOST_NONE);
    Collections.shuffle(rest, random);
    List<String> ranked = new ArrayList<>(LARGEST);
    ranked.addAll(rest);
    Weighted<String> weights = new Weighted<>();
    for (int rank = 1; rank <= ranked.size(); rank++) {
      weights.add(ranked.get(rank - 1), 1.0 / Math.pow(rank, 0.9));
    }
    for (String island : ALMOST_NONE) {
      weights.add(island, 0.0005);
    }
    // How well each kommune does: first offers in time, self-support, and IGU use (concentrated, ~18 with none).
    List<String> iguNone = new ArrayList<>(rest);
    Collections.shuffle(iguNone, random);
    Set<String> none = new HashSet<>(iguNone.subList(0, 13));
    none.addAll(ALMOST_NONE);
    for (String kode : kommuner) {
      firstOfferFactor.put(kode, 0.6 + 0.7 * random.nextDouble());
      selfSupportFactor.put(kode, 0.6 + 0.8 * random.nextDouble());
      iguFactor.put(kode, none.contains(kode) ? 0.0 : Math.exp(1.1 * random.nextGaussian()));
    }
    return weights;
  }

  private void employersAndTargets(List<String> kommuner) {
    OffsetDateTime at = at(LocalDate.of(2016, 6, 1));
    int n = 0;
    for (String kode : kommuner) {
      List<Employer> own = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        own.add(employer(++n, "PRIVATE", null, null, kode, at));
      }
      privateEmployers.put(kode, own);
      municipalEmployers.put(kode, List.of(employer(++n, "MUNICIPAL", kode, null, kode, at),
          employer(++n, "MUNICIPAL", kode, null, kode, at)));
    }
    for (String area : MINISTRY_AREAS) {
      for (int i = 0; i < 6; i++) {
        stateEmployers.add(employer(++n, "STATE", null, area, kommuner.get(random.nextInt(kommuner.size())), at));
      }
      for (int year = 2017; year <= 2024; year++) {
        targets.row(area, year, 10 + random.nextInt(50), MARKER, at(LocalDate.of(year, 1, 15)), 0);
      }
    }
  }

  private Employer employer(int n, String sector, String employingKommune, String ministryArea, String location,
      OffsetDateTime at) {
    Employer e = new Employer(ids.uuid(), ids.cvr(), sector);
    String name = switch (sector) {
      case "MUNICIPAL" -> "Kommunal arbejdsplads " + n;
      case "STATE" -> ministryArea + ", styrelse " + n;
      default -> "Virksomhed " + n + " ApS";
    };
    employers.row(e.id(), e.cvr(), name, sector, employingKommune, ministryArea, location, location, MARKER, at, 0);
    return e;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // One person's programme

  private void person(int n, String kommune) {
    int year = years.next(random);
    LocalDate takeover = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
    boolean ukrainian = year >= 2022 && random.nextDouble() < (year == 2022 ? 0.75 : 0.5);
    String country = ukrainian ? "Ukraine" : countries.next(random);
    boolean male = random.nextDouble() < (ukrainian ? 0.3 : 0.58);
    int age = 18 + (int) Math.min(42, Math.abs(random.nextGaussian()) * 12);
    LocalDate birth = takeover.minusYears(age).minusDays(random.nextInt(365));
    String basis = ukrainian ? "SPECIAL_LAW_UKRAINE" : basis(country, takeover);
    UUID caseId = ids.uuid();
    String cpr = ids.cpr(birth, male);

    LocalDate permit = takeover.minusDays(60 + random.nextInt(140));
    LocalDate visitation = basis.equals("REFUGEE") ? permit.plusDays(random.nextInt(10)) : null;
    LocalDate target = takeover.plusDays(14);
    LocalDate latest = takeover.plusMonths(1);

    LocalDate firstOffer = firstOffer(caseId, kommune, takeover, latest);
    LocalDate cursor = firstOffer == null ? takeover.plusDays(60) : firstOffer.plusWeeks(13);

    // IGU: refugees and family-reunified aged 18-39, from 1 July 2016, far more in some kommuner than others.
    Igu igu = null;
    double iguChance = 0.08 * iguFactor.get(kommune) * (year >= 2016 && year <= 2019 ? 1.3 : 0.6);
    if (!ukrainian && random.nextDouble() < iguChance) {
      LocalDate start = takeover.plusDays(60 + random.nextInt(640));
      int ageAtStart = (int) ChronoUnit.YEARS.between(birth, start);
      if (!start.isBefore(IGU_START) && !start.isAfter(AS_OF) && ageAtStart >= 18 && ageAtStart <= 39) {
        igu = igu(caseId, kommune, start);
      }
    }

    // Self-support: after a completed IGU often; otherwise more often for men, and by kommune.
    LocalDate selfSupport = null;
    String selfKind = null;
    if (igu != null && igu.status.equals("COMPLETED") && random.nextDouble() < 0.7) {
      selfSupport = igu.end.plusDays(1);
      selfKind = "ORDINARY_JOB";
    } else {
      double chance = (ukrainian ? 0.6 : male ? 0.55 : 0.28) * selfSupportFactor.get(kommune);
      if (random.nextDouble() < chance) {
        LocalDate earliest = igu == null ? takeover.plusDays(120) : igu.end.plusDays(1);
        selfSupport = earliest.plusDays((long) Math.abs(random.nextGaussian() * 600));
        selfKind = random.nextDouble() < 0.8 ? "ORDINARY_JOB" : "EDUCATION";
      }
    }
    if (selfSupport != null && selfSupport.isAfter(AS_OF)) {
      selfSupport = null;
      selfKind = null;
    }

    // Programme end: self-support ends it; otherwise Danish test, permanent residence, the 5-year maximum or other.
    LocalDate programmeEnd = null;
    String endReason = null;
    if (selfSupport != null) {
      programmeEnd = selfSupport;
      endReason = selfKind;
    } else if (random.nextDouble() < 0.45) {
      endReason = new String[] {"DANISH_TEST_PASSED", "PERMANENT_RESIDENCE", "MAXIMUM_PERIOD", "OTHER"}[
          random.nextInt(4)];
      programmeEnd = endReason.equals("MAXIMUM_PERIOD") ? takeover.plusYears(5)
          : takeover.plusDays(365 + random.nextInt(4 * 365));
    } else if (!takeover.plusYears(5).isAfter(AS_OF)) {
      programmeEnd = takeover.plusYears(5);
      endReason = "MAXIMUM_PERIOD";
    }
    if (programmeEnd != null && programmeEnd.isAfter(AS_OF)) {
      programmeEnd = null;
      endReason = null;
    }
    LocalDate limit = min(programmeEnd == null ? AS_OF : programmeEnd, igu == null ? AS_OF : igu.start);

    extraOffers(caseId, kommune, cursor, limit);
    if (selfSupport != null) {
      boolean job = selfKind.equals("ORDINARY_JOB");
      LocalDate end = random.nextDouble() < 0.7 ? null : selfSupport.plusDays(180 + random.nextInt(800));
      offer(caseId, kommune, job ? "ORDINARY_JOB" : "EDUCATION", selfSupport, end, job ? 37.0 : null,
          job ? localEmployer(kommune).cvr() : null);
    }
    String readinessNow = readinessHistory(caseId, takeover, limit);
    benefitPeriods(caseId, kommune, takeover, igu, selfSupport, programmeEnd);
    if (random.nextDouble() < 0.3) {
      LocalDate passed = takeover.plusDays(400 + random.nextInt(1100));
      if (!passed.isAfter(AS_OF)) {
        danishTests.row(ids.uuid(), caseId, new String[] {"PD2", "PD3", "Studieprøven"}[random.nextInt(3)], passed);
      }
    }
    UUID handoverId = basis.equals("REFUGEE") && random.nextDouble() < 0.9
        ? takenOverHandover(caseId, kommune, cpr, n, visitation, takeover, basis, country) : null;

    cases.row(caseId, kommune, CIPHER.encrypt(cpr, CaseFile.CPR_COLUMN.context()), CIPHER.blindIndex(cpr),
        "Syntetisk Person " + n, male ? "MALE" : "FEMALE", birth, basis, takeover,
        at(takeover.minusDays(10)), MARKER, 0, country, permit, visitation,
        basis.equals("REFUGEE") ? null : takeover.minusDays(random.nextInt(20)), takeover, false, target, latest,
        firstOffer, latest, random.nextDouble() < 0.95 ? takeover.plusDays(3 + random.nextInt(37)) : null,
        takeover.plusYears(1), programmeEnd, endReason, readinessNow,
        new String[] {"DU1", "DU2", "DU2", "DU3"}[random.nextInt(4)], 1 + random.nextInt(6), selfSupport, selfKind,
        programmeEnd == null ? "ACTIVE" : "CLOSED", handoverId, random.nextDouble() < 0.2 ? Boolean.TRUE : null);
  }

  private String basis(String country, LocalDate takeover) {
    if (country.equals("Afghanistan") && takeover.isAfter(LocalDate.of(2021, 9, 1))
        && takeover.isBefore(LocalDate.of(2023, 1, 1))) {
      return "SPECIAL_LAW_AFGHANISTAN";
    }
    double r = random.nextDouble();
    return r < 0.55 ? "REFUGEE" : r < 0.85 ? "FAMILY_REUNIFIED_TO_REFUGEE" : r < 0.92 ? "QUOTA_REFUGEE"
        : "OTHER_FAMILY_REUNIFIED";
  }

  /** The first company-oriented offer: mostly within 14 days or the month, some late, a few never. */
  private LocalDate firstOffer(UUID caseId, String kommune, LocalDate takeover, LocalDate latest) {
    double r = random.nextDouble();
    double inTime = 0.5 * firstOfferFactor.get(kommune);
    LocalDate start;
    if (r < inTime) {
      start = takeover.plusDays(random.nextInt(15));
    } else if (r < inTime + 0.22) {
      start = takeover.plusDays(15 + random.nextInt((int) ChronoUnit.DAYS.between(takeover, latest) - 14));
    } else if (r < 0.95) {
      start = latest.plusDays(1 + random.nextInt(180));
    } else {
      return null;
    }
    boolean praktik = random.nextDouble() < 0.7;
    offer(caseId, kommune, praktik ? "VIRKSOMHEDSPRAKTIK" : "LOENTILSKUD", start,
        start.plusWeeks(praktik ? 4 + random.nextInt(10) : 13 + random.nextInt(14)),
        praktik ? 15.0 + random.nextInt(23) : 37.0, localEmployer(kommune).cvr());
    return start;
  }

  private void extraOffers(UUID caseId, String kommune, LocalDate from, LocalDate limit) {
    LocalDate start = from.plusDays(random.nextInt(60));
    int count = random.nextInt(8);
    for (int i = 0; i < count && start.isBefore(limit); i++) {
      String type = extraOffers.next(random);
      boolean company = type.equals("VIRKSOMHEDSPRAKTIK") || type.equals("LOENTILSKUD");
      LocalDate end = start.plusWeeks(4 + random.nextInt(22));
      offer(caseId, kommune, type, start, end, 10.0 + random.nextInt(28),
          company ? localEmployer(kommune).cvr() : null);
      start = end.plusDays(1 + random.nextInt(90));
    }
  }

  private UUID offer(UUID caseId, String kommune, String type, LocalDate start, LocalDate end, Double hours,
      String cvr) {
    UUID id = ids.uuid();
    offers.row(id, caseId, kommune, type, start, end, hours, cvr, MARKER, at(start.minusDays(3)), 0);
    return id;
  }

  /** Jobparat from day one; some are assessed aktivitetsparat later, and some of them jobparat again. */
  private String readinessHistory(UUID caseId, LocalDate takeover, LocalDate limit) {
    readiness.row(ids.uuid(), caseId, takeover, "JOBPARAT", null, MARKER, at(takeover));
    String now = "JOBPARAT";
    if (random.nextDouble() < 0.3) {
      LocalDate on = takeover.plusDays(20 + random.nextInt(380));
      if (on.isBefore(limit)) {
        readiness.row(ids.uuid(), caseId, on, "AKTIVITETSPARAT",
            new String[] {"Helbred", "Traumer", "Sygdom i familien", "Behov for afklaring"}[random.nextInt(4)],
            MARKER, at(on));
        now = "AKTIVITETSPARAT";
        LocalDate back = on.plusDays(90 + random.nextInt(510));
        if (random.nextDouble() < 0.5 && back.isBefore(limit)) {
          readiness.row(ids.uuid(), caseId, back, "JOBPARAT", null, MARKER, at(back));
          now = "JOBPARAT";
        }
      }
    }
    return now;
  }

  /**
   * Integrationsydelse from takeover; for some a switch to kontanthjælp; no benefit while in IGU or after
   * self-support; periods end with the programme.
   */
  private void benefitPeriods(UUID caseId, String kommune, LocalDate takeover, Igu igu, LocalDate selfSupport,
      LocalDate programmeEnd) {
    TreeMap<LocalDate, String> changes = new TreeMap<>();
    changes.put(takeover, "INTEGRATION_BENEFIT");
    if (random.nextDouble() < 0.15) {
      LocalDate kontant = takeover.plusDays(365 + random.nextInt(900));
      if (igu == null || kontant.isBefore(igu.start) || kontant.isAfter(igu.end)) {
        changes.put(kontant, "KONTANTHJAELP");
      }
    }
    if (igu != null) {
      changes.put(igu.start, "NONE");
      changes.put(igu.end.plusDays(1), "INTEGRATION_BENEFIT");
    }
    LocalDate stop = selfSupport != null ? selfSupport : programmeEnd;
    if (selfSupport != null) {
      changes.tailMap(selfSupport, true).clear();
      changes.put(selfSupport, "NONE");
    } else if (programmeEnd != null) {
      changes.tailMap(programmeEnd, false).clear();
    }
    changes.tailMap(AS_OF, false).clear();
    List<Map.Entry<LocalDate, String>> list = new ArrayList<>(changes.entrySet());
    for (int i = 0; i < list.size(); i++) {
      LocalDate start = list.get(i).getKey();
      LocalDate end = i + 1 < list.size() ? list.get(i + 1).getKey().minusDays(1)
          : selfSupport != null ? null : stop;
      if (end == null || !end.isBefore(start)) {
        benefits.row(ids.uuid(), caseId, kommune, list.get(i).getValue(), start, end, 0);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // IGU

  private record Igu(LocalDate start, LocalDate end, String status) {}

  private Igu igu(UUID caseId, String kommune, LocalDate start) {
    double sector = random.nextDouble();
    Employer employer = sector < 0.78 ? localEmployer(kommune)
        : sector < 0.93 ? municipalEmployers.get(kommune).get(random.nextInt(2))
        : stateEmployers.get(random.nextInt(stateEmployers.size()));
    LocalDate plannedEnd = start.plusMonths(24);
    String status;
    LocalDate end;
    String reason = null;
    if (random.nextDouble() < 0.25) {
      status = "TERMINATED";
      end = start.plusDays(30 + random.nextInt(600));
      reason = new String[] {"Opsagt af medarbejderen", "Opsagt af arbejdsgiveren", "Fik ordinært job"}[
          random.nextInt(3)];
      if (end.isAfter(AS_OF)) {
        status = "ACTIVE";
        end = plannedEnd;
        reason = null;
      }
    } else {
      end = plannedEnd;
      status = plannedEnd.isAfter(AS_OF) ? "ACTIVE" : "COMPLETED";
    }
    UUID offerId = offer(caseId, kommune, "IGU", start, end, 37.0, employer.cvr());
    UUID id = ids.uuid();
    LocalDate signed = start.minusDays(random.nextInt(30));
    placements.row(id, kommune, caseId, offerId, employer.id(), start, plannedEnd,
        start.isBefore(LocalDate.of(2021, 5, 1)) ? 20 : 23, 37.0, random.nextDouble() < 0.8 ? "EGU" : "ELEV",
        signed, signed.plusMonths(1), random.nextDouble() < 0.9 ? signed.plusDays(1 + random.nextInt(45)) : null,
        status, end, reason, MARKER, at(signed), 0);
    if (employer.sector().equals("PRIVATE")) {
      milestone(id, "SIX_MONTHS", start.plusMonths(6), status, end);
      milestone(id, "COMPLETION", plannedEnd, status, end);
    }
    return new Igu(start, end, status);
  }

  private void milestone(UUID placement, String kind, LocalDate due, String placementStatus, LocalDate end) {
    String status;
    LocalDate claimed = null;
    LocalDate paid = null;
    if (placementStatus.equals("TERMINATED") && end.isBefore(due)) {
      status = "FORFEITED";
    } else if (due.isAfter(AS_OF)) {
      status = "PENDING";
    } else {
      double r = random.nextDouble();
      status = r < 0.8 ? "PAID" : r < 0.9 ? "CLAIMED" : "DUE";
      if (!status.equals("DUE")) {
        claimed = due.plusDays(10 + random.nextInt(50));
        paid = status.equals("PAID") ? claimed.plusDays(10 + random.nextInt(30)) : null;
      }
    }
    milestones.row(placement, kind, 20_000, due, status, claimed, paid);
  }

  private Employer localEmployer(String kommune) {
    List<Employer> local = privateEmployers.get(kommune);
    // A few companies take most of a kommune's people.
    return local.get((int) Math.min(local.size() - 1, Math.abs(random.nextGaussian()) * 6));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Handovers

  private UUID takenOverHandover(UUID caseId, String kommune, String cpr, int n, LocalDate visitation,
      LocalDate takeover, String basis, String country) {
    UUID id = ids.uuid();
    String sender = SENDERS.get(random.nextInt(SENDERS.size()));
    OffsetDateTime sent = at(visitation.plusDays(3 + random.nextInt(18)));
    String content = content(kommune, basis, country);
    handovers.row(id, sender, kommune, "TAKEN_OVER", CIPHER.encrypt(cpr, Handover.CPR_COLUMN.context()), null,
        "cpr:" + CIPHER.blindIndexHex(cpr), "Syntetisk Person " + n, visitation, takeover, completeness(sender), 1,
        CIPHER.encrypt(content, Handover.CONTENT_COLUMN.context()), sent, sent.plusDays(1), null, at(takeover),
        takeover, caseId, 0);
    revisions.row(ids.uuid(), id, 1, CIPHER.encrypt(content, HandoverRevision.CONTENT_COLUMN.context()), sender,
        sent);
    return id;
  }

  /** Handovers not (yet) taken over: sent, received, waiting for information, or withdrawn. */
  private void openHandover(int n, String kommune) {
    UUID id = ids.uuid();
    String sender = SENDERS.get(random.nextInt(SENDERS.size()));
    LocalDate visitation = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(9 * 365));
    OffsetDateTime sent = at(visitation.plusDays(3 + random.nextInt(18)));
    String status = new String[] {"SENT", "RECEIVED", "INFO_REQUESTED", "WITHDRAWN"}[random.nextInt(4)];
    String caseNumber = String.format("%s-US-%08d", MARKER, n);
    String content = content(kommune, "REFUGEE", countries.next(random));
    handovers.row(id, sender, kommune, status, null, caseNumber, "case:" + caseNumber, "Syntetisk Ventende " + n,
        visitation, visitation.plusMonths(2), completeness(sender), 1,
        CIPHER.encrypt(content, Handover.CONTENT_COLUMN.context()), sent,
        status.equals("SENT") ? null : sent.plusDays(1), status.equals("WITHDRAWN") ? sent.plusDays(5) : null,
        null, null, null, 0);
    revisions.row(ids.uuid(), id, 1, CIPHER.encrypt(content, HandoverRevision.CONTENT_COLUMN.context()), sender,
        sent);
  }

  private int completeness(String sender) {
    int mean = sender.equals("redcross") ? 80 : 65;
    return (int) Math.max(0, Math.min(100, Math.round(mean + 12 * random.nextGaussian())));
  }

  private static String content(String kommune, String basis, String country) {
    return "{\"source\": \"" + MARKER + "\", \"receivingKommune\": \"" + kommune + "\", \"residenceBasis\": \""
        + basis + "\", \"person\": {\"countryOfOrigin\": \"" + country + "\"}}";
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static Weighted<String> countries() {
    Weighted<String> w = new Weighted<>();
    Object[][] shares = {{"Syrien", 30}, {"Eritrea", 12}, {"Afghanistan", 8}, {"Iran", 6}, {"Somalia", 5},
        {"Irak", 4}, {"Statsløs", 3}, {"Etiopien", 2}, {"Sudan", 2}, {"Congo", 1.5}, {"Rusland", 1}, {"Uganda", 1},
        {"Myanmar", 1}, {"Libyen", 1}, {"Yemen", 1}, {"Tyrkiet", 1}, {"Palæstina", 1}, {"Marokko", 0.5},
        {"Algeriet", 0.5}, {"Pakistan", 0.5}, {"Bangladesh", 0.5}, {"Sri Lanka", 0.5}, {"Burundi", 0.5},
        {"Rwanda", 0.5}, {"Sydsudan", 0.5}, {"Libanon", 0.5}, {"Kuwait", 0.5}, {"Georgien", 0.5},
        {"Hviderusland", 0.3}, {"Venezuela", 0.3}};
    for (Object[] s : shares) {
      w.add((String) s[0], ((Number) s[1]).doubleValue());
    }
    return w;
  }

  private static Set<String> strings(Connection db, String sql) throws SQLException {
    Set<String> values = new HashSet<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1).trim());
      }
    }
    return values;
  }

  private static OffsetDateTime at(LocalDate date) {
    return OffsetDateTime.of(date, LocalTime.of(9, 0), ZoneOffset.UTC);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
