package dk.jobbro.caseload.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A Danish test (modultest or Prøve i Dansk) the person passed. */
@Entity
@Table(name = "danish_test", schema = "caseload")
@NamedQuery(name = "DanishTest.byCase", query = "select t from DanishTest t where t.caseId = :caseId "
    + "order by t.passedOn, t.id")
public final class DanishTest {

  @Id
  private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "test", nullable = false)
  private String test;

  @Column(name = "passed_on", nullable = false)
  private LocalDate passedOn;

  protected DanishTest() {}

  public DanishTest(UUID caseId, String test, LocalDate passedOn) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.test = test.strip();
    this.passedOn = passedOn;
  }

  public String test() {
    return test;
  }

  public LocalDate passedOn() {
    return passedOn;
  }
}
