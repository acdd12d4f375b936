package dk.jobbro.app.audit;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One access as the access log recorded it.
 *
 * @param id the row's id (the chain check names a broken row by it)
 * @param at when
 * @param user who: the token's subject
 * @param role the role the user acted in (caseworker, employer-consultant, handover-sender, privacy-officer, ...)
 * @param userKommune the kommune the user acted for, if any (a sender or auditor has none)
 * @param action what was done: READ, READ_FULL_CPR, SEARCH, LIST, WORKLIST, CREATE, UPDATE, MATCH (a candidate list
 *     that showed the person, pseudonymised when from another kommune), READ_MATCHED,
 *     REGISTER_REFUSED_ACTIVE_ELSEWHERE,
 *     AUDIT_READ, AUDIT_EXPORT, ...
 * @param resourceType the kind of resource: case, handover, vacancy-candidates, igu-placement, case-move, access-log, ...
 * @param resourceId the resource's id, if the access was to one resource
 * @param personKommuner the kommuner of the persons touched that the reader may know of: for a privacy officer their
 *     own kommune when the row concerns its people, for an auditor all
 * @param criteriaHashed whether the access was a search whose criteria are stored (hashed) with the row
 */
@Schema(name = "AccessLogRow")
public record AccessLogRow(@NotNull UUID id, @NotNull Instant at, @NotNull String user, @NotNull String role,
    String userKommune, @NotNull String action, @NotNull String resourceType, UUID resourceId,
    @NotNull List<String> personKommuner, boolean criteriaHashed) {}
