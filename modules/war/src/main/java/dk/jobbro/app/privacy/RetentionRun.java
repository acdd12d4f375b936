package dk.jobbro.app.privacy;

import dk.jobbro.api.shared.privacy.ErasureItem;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one run of the retention jobs deleted and anonymised.
 *
 * @param accessLogRowsDeleted how many access-log rows were deleted
 * @param erased the cases, handovers, match requests and IGU notes erased
 */
@Schema(name = "RetentionRun")
public record RetentionRun(long accessLogRowsDeleted, @NotNull List<ErasureItem> erased) {}
