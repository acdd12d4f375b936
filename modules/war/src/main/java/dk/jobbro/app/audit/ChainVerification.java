package dk.jobbro.app.audit;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The result of walking the access log's hash chain from its first kept link to the newest.
 *
 * @param intact whether every link holds
 * @param links how many links were checked
 * @param headSeq the newest link's position; note it with headHash to detect a later rewrite of the whole chain
 * @param headHash the newest link's hash (hex)
 * @param firstBroken the first link that does not hold, or null when intact
 */
@Schema(name = "ChainVerification")
public record ChainVerification(boolean intact, long links, long headSeq, @NotNull String headHash,
    BrokenLink firstBroken) {

  /** Why a link does not hold. */
  public enum Reason {
    /** The row's content no longer gives its hash: it was changed. */
    ROW_ALTERED,
    /** The link names a row that is gone. */
    ROW_MISSING,
    /** A position is missing between two links: a link was removed. */
    LINK_MISSING,
    /** The link does not carry the previous link's hash: links were changed, removed or reordered. */
    LINK_ALTERED,
    /** The oldest link is not where the retention job last said the chain begins: old rows were removed. */
    START_MISMATCH,
    /** The newest link is not the head the database recorded: the newest rows were removed. */
    HEAD_MISMATCH,
    /** A log row that never joined the chain: it was inserted behind the database's back. */
    UNCHAINED_ROW
  }

  /**
   * @param seq the link's position in the chain (null for an unchained row)
   * @param rowId the access-log row's id
   * @param reason why it does not hold
   */
  @Schema(name = "BrokenLink")
  public record BrokenLink(Long seq, String rowId, @NotNull Reason reason) {}
}
