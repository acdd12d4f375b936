package dk.jobbro.app.idempotency;

/**
 * A request that came with an Idempotency-Key.
 *
 * @param scope whose key it is (a kommune, a sender or a subject)
 * @param key the client's key
 * @param fingerprint what identifies the request: method, address and body
 * @param path the request path, for problem details
 */
record KeyedRequest(String scope, String key, String fingerprint, String path) {}
