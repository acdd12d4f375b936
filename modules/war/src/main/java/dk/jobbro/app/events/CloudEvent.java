package dk.jobbro.app.events;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event in the CloudEvents 1.0 JSON format. The same event in two feeds (a case move, a handover) has the same id.
 *
 * @param specversion always 1.0
 * @param id the event's id, unique per source; a consumer that sees it twice (at-least-once) drops the repeat
 * @param source the module that raised it: /jobbro/caseload, /jobbro/employers or /jobbro/handover
 * @param type what happened, e.g. dk.jobbro.case.opened (the README lists every type)
 * @param subject the id of the resource it happened to (the case, offer, placement, handover …)
 * @param time when it happened
 * @param datacontenttype always application/json
 * @param data ids, dates, codes and the kommune; never a CPR number or a name
 */
@Schema(name = "CloudEvent")
public record CloudEvent(@NotNull String specversion, @NotNull String id, @NotNull String source,
    @NotNull String type, @NotNull String subject, @NotNull Instant time, @NotNull String datacontenttype,
    @NotNull @Schema(type = SchemaType.OBJECT) JsonObject data) {

  static CloudEvent of(String id, String source, String type, String subject, Instant time, JsonObject data) {
    return new CloudEvent("1.0", id, source, type, subject, time, "application/json", data);
  }
}
