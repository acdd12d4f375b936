package dk.jobbro.api.shared.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One of the 98 Danish kommuner, keyed by its 3-digit kommunekode. Reference data shared by every module and loaded
 * by migration; the region is stored, never derived from the code.
 */
@Entity
@Table(name = "kommune", schema = "reference")
@NamedQuery(name = "Kommune.all", query = "select k from Kommune k join fetch k.region order by k.kode")
public final class Kommune {

  @Id
  @Column(name = "kode", length = 3, columnDefinition = "bpchar(3)")
  private String kode;

  @Column(name = "navn", nullable = false)
  private String navn;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_kode")
  private Region region;

  protected Kommune() {}

  public String kode() {
    return kode;
  }

  public String navn() {
    return navn;
  }

  public Region region() {
    return region;
  }
}
