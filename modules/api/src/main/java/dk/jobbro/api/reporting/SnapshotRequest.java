package dk.jobbro.api.reporting;

import dk.jobbro.api.shared.validation.Text;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Publishes a report as a snapshot.
 *
 * @param report the report's name: self-supporting, first-offer-compliance, programme-development
 * @param parameters its query parameters, e.g. {"year": "2018"}
 */
@Schema(name = "SnapshotRequest")
public record SnapshotRequest(@Text(max = 60) String report, Map<String, String> parameters) {}
