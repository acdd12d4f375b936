package dk.jobbro.api.employers;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A match request as either kommune sees it. The holding kommune always sees its case; the requesting kommune sees
 * case id and name only after acceptance (null before).
 *
 * @param id the request
 * @param vacancyId the vacancy
 * @param vacancyTitle its title
 * @param occupationCode its ISCO-08 code
 * @param requestingKommune the vacancy's kommune
 * @param candidateKommune the kommune holding the candidate
 * @param matchRef the candidate's match reference for this vacancy
 * @param score the score when requested
 * @param status REQUESTED, ACCEPTED or DECLINED
 * @param caseId the candidate's case, when the caller may know it
 * @param name the candidate's name, when the caller may know it
 * @param requestedAt when asked
 * @param decidedAt when accepted or declined
 * @param version the version, also sent as ETag; accept and decline need it in If-Match
 */
@Schema(name = "MatchRequest")
public record MatchRequestView(@NotNull UUID id, @NotNull UUID vacancyId, @NotNull String vacancyTitle,
    @NotNull String occupationCode,
    @NotNull String requestingKommune, @NotNull String candidateKommune, @NotNull String matchRef, int score,
    @NotNull MatchRequestStatus status,
    UUID caseId, String name, @NotNull Instant requestedAt, Instant decidedAt, long version) {}
