package dk.jobbro.api.shared.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the five Danish regions (1081–1085); reference data loaded by migration. */
@Entity
@Table(name = "region", schema = "reference")
public final class Region {

  @Id
  @Column(name = "kode")
  private short kode;

  @Column(name = "navn", nullable = false)
  private String navn;

  protected Region() {}

  public short kode() {
    return kode;
  }

  public String navn() {
    return navn;
  }
}
