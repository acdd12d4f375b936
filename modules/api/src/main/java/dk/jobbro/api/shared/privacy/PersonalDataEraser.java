package dk.jobbro.api.shared.privacy;

import java.util.List;

/**
 * A module's part of the retention job: erases (deletes, or irreversibly anonymises) the personal data it holds that
 * is due, and keeps the facts the published statistics count (kommune, periods, offers, outcomes, gender, age), so no
 * report figure changes. Free text goes always. Each feature module that holds personal data implements it.
 */
public interface PersonalDataEraser {

  /** What {@link #erase} would erase now, changing nothing. */
  List<ErasureItem> due(ErasurePlan plan);

  /** Erases what is due and says what went; runs in the caller's transaction. */
  List<ErasureItem> erase(ErasurePlan plan);
}
