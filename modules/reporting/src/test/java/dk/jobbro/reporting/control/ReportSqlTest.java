package dk.jobbro.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import net.jqwik.api.Example;

/** What the report queries are bound with, where the binding is a rule of its own. */
class ReportSqlTest {

  /**
   * The year's handovers are those sent from Danish midnight on 1 January to Danish midnight after 31 December: on the
   * test domain (UTC) a date compared in SQL began an hour late, and handovers sent in the first hour of the year
   * counted in the year before.
   */
  @Example
  void handoversCountInTheDanishCalendarYearTheyWereSentIn() {
    ReportSql year = ReportSql.handoverQuality(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    assertThat(((OffsetDateTime) year.parameters().get("sentFrom")).toInstant())
        .isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
    assertThat(((OffsetDateTime) year.parameters().get("sentBefore")).toInstant())
        .isEqualTo(Instant.parse("2027-12-31T23:00:00Z"));
    // in summer time Danish midnight is 22:00 UTC
    assertThat(ReportSql.danishMidnight(LocalDate.of(2027, 7, 1)).toInstant())
        .isEqualTo(Instant.parse("2027-06-30T22:00:00Z"));
  }
}
