package dk.jobbro.api.shared.security;

/** The roles a Jobbro bearer token can carry in its {@code groups} claim. */
public final class Roles {

  /** A jobcentre caseworker; the token carries the {@code kommune} claim. */
  public static final String CASEWORKER = "caseworker";

  /** A jobcentre's company consultant; the token carries the {@code kommune} claim. */
  public static final String EMPLOYER_CONSULTANT = "employer-consultant";

  /**
   * A jobcentre's team lead: sees the kommune's passed legal deadlines (escalations); the token carries the
   * {@code kommune} claim.
   */
  public static final String TEAM_LEAD = "team-lead";

  /**
   * A kommune's data protection officer: reads the kommune's access log (who read, searched, changed or exported its
   * people's data) and the retention dry run, and exports a person's insight to answer their request under GDPR art.
   * 15; otherwise never the people's data itself. The token carries the {@code kommune} claim.
   */
  public static final String PRIVACY_OFFICER = "privacy-officer";

  /**
   * A national auditor (an investigation by Datatilsynet or the ministry): reads every kommune's access log, never
   * the people's data itself.
   */
  public static final String AUDITOR = "auditor";

  /**
   * A kommune's IT system reading the kommune's event feed and managing its webhook subscriptions (ids and dates,
   * no person's data); the token carries the {@code kommune} claim.
   */
  public static final String KOMMUNE_INTEGRATION = "kommune-integration";

  /** An asylum operator or the immigration service; the token carries the {@code sender} claim. */
  public static final String HANDOVER_SENDER = "handover-sender";

  /** The ministry's analysts: national aggregates only, never person-level data. */
  public static final String MINISTRY_ANALYST = "ministry-analyst";

  /** Operations staff: reference data and system functions, no person-level data. */
  public static final String ADMIN = "admin";

  /** The claim that names a kommune user's kommune (3-digit kommunekode). */
  public static final String KOMMUNE_CLAIM = "kommune";

  /** The claim that names a handover sender. */
  public static final String SENDER_CLAIM = "sender";

  private Roles() {}
}
