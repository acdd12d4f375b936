package dk.jobbro.app;

import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Jobbro's REST API under {@code /api}. Every request needs a bearer JWT verified by MicroProfile JWT (issuer,
 * audience and public key from MicroProfile Config); see {@code server-config/}.
 */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.CASEWORKER, Roles.EMPLOYER_CONSULTANT, Roles.TEAM_LEAD, Roles.KOMMUNE_INTEGRATION,
    Roles.HANDOVER_SENDER, Roles.PRIVACY_OFFICER, Roles.AUDITOR, Roles.MINISTRY_ANALYST, Roles.ADMIN})
@OpenAPIDefinition(
    info = @Info(title = "Jobbro API", version = "1",
        description = "Refugees and family-reunified persons into work: the kommuner's cases, employer partnerships, "
            + "handovers from asylum centres and the ministry's statistics. Every endpoint needs a bearer JWT; a "
            + "kommune's token sees only that kommune's people. Errors are RFC 9457 application/problem+json. Bad "
            + "input is a 400 naming the field: dates outside 1900-01-01..2199-12-31, a fraction or an overflowing "
            + "number for a whole number, control characters in text (tab, CR and LF only in multi-line text), an "
            + "array where an object is expected, a duplicate key or an unknown field."),
    tags = {
        @Tag(name = "caseload", description = "The kommune's integration-programme cases"),
        @Tag(name = "reference", description = "Reference data: kommuner and regions"),
        @Tag(name = "audit", description = "The access log: who read, searched, changed or exported a person's "
            + "data, for the kommune's data protection officer and national auditors; tamper-evident"),
        @Tag(name = "operations", description = "For the operator: the encryption of personal data at rest and its "
            + "key rotation"),
        @Tag(name = "privacy", description = "The citizen's rights: the insight into everything Jobbro holds on a "
            + "person (GDPR art. 15) and the retention job's dry run")})
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
    bearerFormat = "JWT", description = "A JWT signed by the configured issuer, with groups (roles) and, for kommune "
        + "users, a 'kommune' claim holding the 3-digit kommunekode.")
public class JobbroApplication extends Application {

  /**
   * No WADL: Jersey would describe the API at {@code /api/application.wadl} and in answers to OPTIONS, a second
   * description beside the OpenAPI document that nobody keeps right. OPTIONS still answers with {@code Allow}.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
