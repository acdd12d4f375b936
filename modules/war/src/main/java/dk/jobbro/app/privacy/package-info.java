/**
 * The citizen's rights across the modules: the insight (GDPR art. 15) assembled from every module's
 * {@link dk.jobbro.api.shared.privacy.InsightContributor}, as JSON and as a printable Danish document, and the
 * retention jobs that delete expired access-log rows and anonymise closed cases through every module's
 * {@link dk.jobbro.api.shared.privacy.PersonalDataEraser}.
 */
package dk.jobbro.app.privacy;
