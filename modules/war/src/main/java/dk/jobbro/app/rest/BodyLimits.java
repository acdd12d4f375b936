package dk.jobbro.app.rest;

import java.util.Map;

/**
 * How large a request body each operation accepts: the one place to change a limit. Larger bodies are refused with
 * 413 ({@link BodyLimitFilter}) and the OpenAPI document states each operation's limit in its 413 response.
 */
public final class BodyLimits {

  /** Any single object (a case, a handover, an offer): the largest real one is a few KiB. */
  public static final long SINGLE_OBJECT = 64 * 1024;

  /**
   * The handover batch takes up to 10,000 records. A fully filled-in record as HandoverIT sends it is 627
   * bytes, so 10,000 of them are 6.3 MB (measured); 32 MiB leaves five times that for long names, notes and work
   * histories.
   */
  public static final long HANDOVER_BATCH = 32L * 1024 * 1024;

  // The batch's JSON and NDJSON methods share one operation in the document but have an operationId each.
  private static final Map<String, Long> BY_OPERATION_ID = Map.of("submitHandoverBatch", HANDOVER_BATCH,
      "submitHandoverBatchNdjson", HANDOVER_BATCH);

  private BodyLimits() {}

  /** The limit in bytes for an operation, by its OpenAPI operationId; {@link #SINGLE_OBJECT} unless listed. */
  public static long forOperation(String operationId) {
    return operationId == null ? SINGLE_OBJECT : BY_OPERATION_ID.getOrDefault(operationId, SINGLE_OBJECT);
  }

  /** The limit as people read it: "64 KiB", "32 MiB". */
  public static String describe(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
  }
}
