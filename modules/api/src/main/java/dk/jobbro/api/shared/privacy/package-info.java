/**
 * The citizen's rights that span every module: the insight (GDPR art. 15: everything Jobbro holds on a person) and
 * the erasure of personal data whose retention period has run out. Each feature module contributes its own part
 * through the small interfaces here (found by the war with CDI {@code Instance}), so that no module needs another
 * and no facade in {@code api} has to know every module's data.
 */
package dk.jobbro.api.shared.privacy;
