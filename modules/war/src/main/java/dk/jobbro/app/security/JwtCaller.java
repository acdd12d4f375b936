package dk.jobbro.app.security;

import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.api.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller as the verified MicroProfile JWT describes it. One instance for all requests: what is the request's own
 * lives in the request-scoped {@link VerifiedToken}, so a request that asks who is calling does not pay for a second
 * request-scoped bean (Weld's and Payara's injection work for one was about 5 % of a case read's CPU in a profile).
 */
@ApplicationScoped
public class JwtCaller implements Caller {

  private static final List<String> ROLES = List.of(Roles.CASEWORKER, Roles.EMPLOYER_CONSULTANT, Roles.TEAM_LEAD,
      Roles.KOMMUNE_INTEGRATION, Roles.HANDOVER_SENDER, Roles.PRIVACY_OFFICER, Roles.AUDITOR, Roles.MINISTRY_ANALYST,
      Roles.ADMIN);

  /** The token as the API's authentication filter accepted it; {@link #token} only where none did. */
  @Inject
  VerifiedToken verified;

  @Inject
  Instance<JsonWebToken> token;

  @Inject
  KommuneRegistry kommuner;

  @Override
  public String subject() {
    JsonWebToken jwt = jwt();
    String name = jwt.getName();
    return name != null ? name : Optional.ofNullable(jwt.getSubject()).orElse("anonymous");
  }

  @Override
  public String role() {
    List<String> groups = claims().groups();
    return ROLES.stream().filter(groups::contains).findFirst().orElse("none");
  }

  @Override
  public boolean hasRole(String role) {
    return claims().groups().contains(role);
  }

  @Override
  public Optional<KommuneKode> kommune() {
    return claims().kommune();
  }

  @Override
  public Optional<String> sender() {
    return claims().sender();
  }

  /**
   * The token's claims as typed values. AuthenticationFilter has refused every API request whose claims do not read,
   * so a defect here means a caller outside the API (none today): it holds no role, kommune or sender.
   */
  private TokenClaims claims() {
    TokenClaims claims = verified.claims();
    if (claims == null) {
      try {
        String raw = jwt().getRawToken();
        claims = raw == null ? TokenClaims.none() : TokenClaims.read(raw, kommuner::isKnown);
      } catch (TokenClaims.InvalidClaim e) {
        claims = TokenClaims.none();
      }
      verified.remember(claims);
    }
    return claims;
  }

  private JsonWebToken jwt() {
    return verified.token() != null ? verified.token() : token.get();
  }

  @Override
  public KommuneKode requireKommune() {
    TokenClaims claims = claims(); // once: each call reaches the request's VerifiedToken through its proxy
    List<String> groups = claims.groups();
    if (!groups.contains(Roles.CASEWORKER) && !groups.contains(Roles.EMPLOYER_CONSULTANT)
        && !groups.contains(Roles.TEAM_LEAD) && !groups.contains(Roles.KOMMUNE_INTEGRATION)) {
      throw ProblemException.forbidden("Only kommune users see a kommune's people.");
    }
    KommuneKode kommune = claims.kommune()
        .orElseThrow(() -> ProblemException.forbidden("Your token carries no valid 'kommune' claim."));
    if (!kommuner.isKnown(kommune)) {
      throw ProblemException.forbidden("Your token's 'kommune' claim is not a known kommune.");
    }
    return kommune;
  }
}
