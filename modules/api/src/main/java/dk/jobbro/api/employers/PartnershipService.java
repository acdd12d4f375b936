package dk.jobbro.api.employers;

import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The caller's kommune's partnership agreements with companies. Another kommune's agreement is "not found". One
 * active agreement per kommune and company.
 */
public interface PartnershipService {

  PartnershipView sign(@NotNull @Valid NewPartnership partnership);

  PartnershipView get(@NotNull UUID id);

  /** The kommune's agreements, optionally only those with a status, newest signed first. */
  Page<PartnershipView> list(PartnershipStatus status, @NotNull PageRequest page);

  PartnershipCount count();

  PartnershipView updateCommitments(@NotNull UUID id, IfMatch version, @NotNull @Valid Commitments commitments);

  PartnershipView end(@NotNull UUID id, IfMatch version, @NotNull @Valid PartnershipEnd end);
}
