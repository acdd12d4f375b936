package dk.jobbro.handover.control;

import dk.jobbro.api.caseload.SensitiveHealthView;
import dk.jobbro.api.handover.Completeness;
import dk.jobbro.api.handover.HandoverStatus;
import dk.jobbro.api.handover.HandoverSubmission;
import dk.jobbro.api.handover.HandoverSummary;
import dk.jobbro.api.handover.HandoverView;
import dk.jobbro.api.handover.InfoRequestView;
import dk.jobbro.api.shared.Cpr;
import dk.jobbro.handover.entity.Handover;
import dk.jobbro.handover.entity.InformationRequest;
import java.util.List;
import java.util.UUID;

/**
 * Renders handovers for the API: CPR numbers always masked; the case id, possible duplicates and merges only for the
 * receiving kommune.
 */
public final class HandoverViews {

  private HandoverViews() {}

  /**
   * @param possibleDuplicates for the receiving kommune (see {@link HandoverRepository#possibleDuplicates}), else null
   * @param household the other members of its household (see {@link Households#membersOf})
   */
  public static HandoverSummary summary(Handover h, List<UUID> possibleDuplicates, List<UUID> household) {
    return new HandoverSummary(h.id(), h.sender(), h.receivingKommune(), h.status(), h.fullName(), masked(h.cpr()),
        h.expectedTakeoverDate(), h.completenessScore(), h.sentAt(), possibleDuplicates, household, h.version());
  }

  /**
   * @param content the version of the content to show (normally the current one)
   * @param forKommune whether the receiving kommune is looking (only it sees the case id and merges)
   * @param possibleDuplicates for the receiving kommune (see {@link HandoverRepository#possibleDuplicates}), else null
   * @param household the other members of its household (see {@link Households#membersOf})
   */
  public static HandoverView view(Handover h, HandoverSubmission content, int revision, Completeness completeness,
      List<InformationRequest> requests, boolean forKommune, List<UUID> possibleDuplicates, List<UUID> household) {
    HandoverSubmission.Person p = content.person();
    String cpr = p.cpr() != null ? p.cpr() : (h.status() == HandoverStatus.TAKEN_OVER && forKommune ? h.cpr() : null);
    var person = new HandoverView.PersonView(masked(cpr), p.caseNumber(), p.name(), p.birthDate(), p.gender(),
        p.countryOfOrigin());
    List<InfoRequestView> infoRequests = requests.stream()
        .map(r -> new InfoRequestView(r.fields(), r.message(), r.requestedAt(), r.answeredByRevision())).toList();
    return new HandoverView(h.id(), h.sender(), h.receivingKommune(), h.status(), person, content.residenceBasis(),
        content.residencePermitDate(), content.visitationDecisionDate(), content.cprRegistrationDate(),
        h.expectedTakeoverDate(), content.languages(), content.education(), content.workExperience(),
        content.drivingLicence(), content.danishClasses(), content.familyHandovers(), household, content.jobOffer(),
        content.notes(), health(content.health()), completeness, revision, infoRequests, h.sentAt(),
        h.receivedAt(), h.takeoverDate(), h.dependant(), forKommune ? h.caseId() : null,
        forKommune ? possibleDuplicates : null,
        forKommune ? h.mergedInto() : null, h.version());
  }

  /** Whether an answer with this content includes art. 9 data (health information), to be logged as such. */
  public static boolean includesSpecialCategory(HandoverSubmission content) {
    return content.health() != null && content.health().information() != null
        && !content.health().information().isBlank();
  }

  /** DDMMYY-xxxx for a CPR number in any accepted form; null stays null. */
  public static String masked(String cpr) {
    return cpr == null ? null : Cpr.parse(cpr).masked();
  }

  /** The handed-over health information, marked as art. 9 data; null stays null. */
  private static SensitiveHealthView health(HandoverSubmission.Health health) {
    if (health == null) {
      return null;
    }
    HandoverSubmission.Consent consent = health.consent();
    return SensitiveHealthView.of(health.information(), consent == null ? null : consent.purpose(),
        consent == null ? null : consent.givenOn());
  }
}
