package dk.jobbro.it;

/**
 * The ministry area each IT registers its STATE employers under, one area per test class: the ITs share one
 * database, and a report counts every STATE placement of an area, so two classes in one area would count each
 * other's pupils. All are areas in force from 2015 until today (GET /api/v1/reference/ministry-areas), so a class
 * may register today and place pupils in any year since 2016.
 */
final class TestMinistryAreas {

  static final String SPRING_2017 = "SKATTEMINISTERIET";
  static final String IGU_REPORTS = "JUSTITSMINISTERIET";
  static final String IGU_REPORTS_TARGETS = "KULTURMINISTERIET";
  static final String DISCLOSURE = "UDENRIGSMINISTERIET";
  static final String EMPLOYERS = "FINANSMINISTERIET";
  /** ReferenceDataIT: the area it registers under today, and places in the years its predecessors ran. */
  static final String REFERENCE_DATA = "UDDANNELSES_OG_FORSKNINGSMINISTERIET";

  private TestMinistryAreas() {}
}
