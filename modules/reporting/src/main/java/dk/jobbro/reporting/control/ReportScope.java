package dk.jobbro.reporting.control;

import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.api.shared.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Which per-kommune rows a caller may see: the ministry and admins every kommune's aggregates; a kommune's own staff
 * their own kommune's row (and the national totals, which everybody sees). Suppression always runs over the whole
 * national table first, so what a kommune sees is a subset of what the ministry sees.
 */
@RequestScoped
public class ReportScope {

  @Inject
  Caller caller;

  public List<Map<String, Object>> visible(List<Map<String, Object>> rows, String kommuneKey) {
    if (caller.hasRole(Roles.MINISTRY_ANALYST) || caller.hasRole(Roles.ADMIN)) {
      return rows;
    }
    String own = caller.requireKommune().value();
    return rows.stream().filter(r -> own.equals(r.get(kommuneKey))).toList();
  }
}
