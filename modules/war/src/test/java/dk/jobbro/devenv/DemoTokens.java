package dk.jobbro.devenv;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints bearer tokens signed with the DEMO key pair in {@code server-config/demo}. Only a server configured with the
 * demo public key accepts them; production servers get their own key (server-config/README.md).
 *
 * <p>Command line: {@code DemoTokens <role> [kommune|sender] [hours]}, for example {@code caseworker 101}.
 */
public final class DemoTokens {

  private final PrivateKey key;

  public DemoTokens() {
    this.key = readPrivateKey();
  }

  /** A caseworker or employer consultant of a kommune. */
  public String kommuneUser(String role, String kommune, Duration validity) {
    return sign(claims(role + "-" + kommune, role, validity).claim("kommune", kommune).build());
  }

  /** An asylum operator or the immigration service sending handovers. */
  public String sender(String sender, Duration validity) {
    return sign(claims("sender-" + sender, "handover-sender", validity).claim("sender", sender).build());
  }

  /** A role without a kommune or sender claim (ministry-analyst, admin). */
  public String plain(String role, Duration validity) {
    return sign(claims(role, role, validity).build());
  }

  /** The demo claims for a role, to change before signing (tests use it for wrong issuers, expired tokens...). */
  public JWTClaimsSet.Builder claims(String subject, String role, Duration validity) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ServerConfig.DEMO_ISSUER)
        .audience(ServerConfig.AUDIENCE)
        .subject(subject)
        .claim("upn", subject)
        .claim("groups", List.of(role))
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now.minusSeconds(5)))
        .expirationTime(Date.from(now.plus(validity)));
  }

  public String sign(JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(
          new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID("jobbro-demo").build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign a demo token", e);
    }
  }

  private static PrivateKey readPrivateKey() {
    return rsaPrivateKey(ServerConfig.demoPrivateKey());
  }

  /** An RSA private key from a PKCS#8 PEM file ({@code -----BEGIN PRIVATE KEY-----}). */
  public static PrivateKey rsaPrivateKey(Path pemFile) {
    try {
      String pem = Files.readString(pemFile)
          .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
          .replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the private key " + pemFile, e);
    }
  }

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: DemoTokens <caseworker|employer-consultant> <kommunekode> [hours]");
      System.err.println("       DemoTokens handover-sender <sender> [hours]");
      System.err.println("       DemoTokens <ministry-analyst|admin> [hours]");
      return;
    }
    DemoTokens tokens = new DemoTokens();
    String role = args[0];
    boolean scoped = role.equals("caseworker") || role.equals("employer-consultant") || role.equals("handover-sender");
    int hoursArg = scoped ? 2 : 1;
    Duration validity = Duration.ofHours(args.length > hoursArg ? Long.parseLong(args[hoursArg]) : 12);
    String token = switch (role) {
      case "caseworker", "employer-consultant", "team-lead", "privacy-officer" -> tokens.kommuneUser(role, args[1], validity);
      case "handover-sender" -> tokens.sender(args[1], validity);
      default -> tokens.plain(role, validity);
    };
    System.out.println(token);
  }
}
