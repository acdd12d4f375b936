package dk.jobbro.handover.boundary;

import dk.jobbro.api.shared.problem.Problem;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The 409 problem for a handover of a person who already has one in the receiving kommune: an RFC 9457 problem
 * with the extension member {@code duplicateOf}, the id of the existing handover.
 *
 * @param type a URI naming the kind of problem
 * @param title a short human summary of the kind
 * @param status 409
 * @param detail what went wrong
 * @param instance the request path
 * @param violations the fields concerned, if any
 * @param duplicateOf the id of the existing handover for the person
 */
@Schema(name = "DuplicateProblem", description = "Problem detail (409) with the existing handover's id")
public record DuplicateProblem(String type, String title, int status, String detail, String instance,
    List<Problem.Violation> violations, UUID duplicateOf) {}
