package dk.jobbro.employers.boundary;

import dk.jobbro.api.shared.validation.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param reason why the holding kommune does not register the proposed placement (the requester reads it) */
@Schema(name = "MatchProposalDecline")
public record MatchProposalDecline(@Text(max = 1000, multiline = true) String reason) {}
