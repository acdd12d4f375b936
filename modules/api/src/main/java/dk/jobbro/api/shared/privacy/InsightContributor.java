package dk.jobbro.api.shared.privacy;

import java.util.List;

/**
 * A module's part of a person's insight (GDPR art. 15). Each feature module that holds personal data implements it
 * for its own tables; the war collects every implementation. A contributor reads its data without writing access-log
 * rows: the insight as a whole is logged once, as an export.
 */
public interface InsightContributor {

  /** The sections this module holds on the person, each present even when empty. */
  List<InsightSection> sections(InsightSubject person);
}
