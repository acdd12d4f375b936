package dk.jobbro.api.reporting;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A report: its rows and everything needed to reproduce it.
 *
 * @param report the report's name, e.g. "self-supporting"
 * @param definitionVersion the version of the report's definition; a changed definition gets a new version
 * @param parameters the parameters it was run with
 * @param dataCutOff the database time the figures were read at; later registrations can revise them
 * @param suppressionThreshold person counts from 1 below this are hidden (null with a "suppressed" flag), and so
 *     are other cells that would let them be worked out
 * @param columns the columns
 * @param rows one map per row: column name to value; a suppressed cell is null and its name is listed in the row's
 *     "suppressed" entry
 * @param total the national totals row, with the same suppression
 * @param summary figures about the whole table (e.g. the share held by the top 10 kommuner), if the report has any
 * @param notes anything the reader must know (sources, definitions)
 */
@Schema(name = "Report")
public record Report(
    @NotNull String report,
    @NotNull String definitionVersion,
    @NotNull Map<String, String> parameters,
    Instant dataCutOff,
    int suppressionThreshold,
    @NotNull List<ReportColumn> columns,
    @NotNull List<Map<String, Object>> rows,
    Map<String, Object> total,
    Map<String, Object> summary,
    @NotNull List<String> notes) {}
