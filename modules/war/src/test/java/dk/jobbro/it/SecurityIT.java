package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dk.jobbro.devenv.DemoTokens;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint needs a token that MicroProfile JWT verifies: issuer, audience, time window and an RS256 signature
 * by the configured key. Each kind of bad token is tried against a real server and must get a 401 problem.
 */
@BeforeProbeDeployment // expects /health/ready UP, which Payara answers for every deployment, one under way too
class SecurityIT {

  private static final String PATH = "api/v1/kommuner";

  URL base = SharedDeployment.url();

  /**
   * A 2048-bit RSA key the server does not know, kept as a file: generating a key pair costs the C1-compiled test
   * JVM seconds of prime search.
   */
  private static PrivateKey foreignKey() throws URISyntaxException {
    return DemoTokens.rsaPrivateKey(Path.of(SecurityIT.class.getResource("/it/foreign-jwt-private.pem").toURI()));
  }

  private JWTClaimsSet.Builder validClaims() {
    return Tokens.DEMO.claims("tester", "admin", Duration.ofMinutes(5));
  }

  @Test
  void aValidTokenIsAccepted() {
    assertThat(new Api(base).get(PATH, Tokens.DEMO.sign(validClaims().build())).status()).isEqualTo(200);
  }

  @Test
  void noTokenIs401() {
    assertUnauthorized(null);
  }

  @Test
  void garbageIs401() {
    assertUnauthorized("not-a-jwt");
  }

  @Test
  void anExpiredTokenIs401() {
    Instant past = Instant.now().minus(Duration.ofHours(2));
    assertUnauthorized(Tokens.DEMO.sign(validClaims().issueTime(Date.from(past.minusSeconds(600)))
        .notBeforeTime(Date.from(past.minusSeconds(600))).expirationTime(Date.from(past)).build()));
  }

  @Test
  void aTokenNotYetValidIs401() {
    Instant future = Instant.now().plus(Duration.ofHours(2));
    assertUnauthorized(Tokens.DEMO.sign(validClaims().issueTime(Date.from(future)).notBeforeTime(Date.from(future))
        .expirationTime(Date.from(future.plus(Duration.ofHours(1)))).build()));
  }

  @Test
  void aWrongIssuerIs401() {
    assertUnauthorized(Tokens.DEMO.sign(validClaims().issuer("https://evil.example").build()));
  }

  @Test
  void aWrongAudienceIs401() {
    assertUnauthorized(Tokens.DEMO.sign(validClaims().audience("another-system").build()));
  }

  @Test
  void anUnsignedTokenIs401() {
    assertUnauthorized(new PlainJWT(validClaims().build()).serialize());
  }

  @Test
  void anHmacSignedTokenIs401() throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), validClaims().build());
    jwt.sign(new MACSigner("a-shared-secret-that-is-long-enough-for-hs256!!"));
    assertUnauthorized(jwt.serialize());
  }

  @Test
  void aTokenSignedByAnotherKeyIs401() throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), validClaims().build());
    jwt.sign(new RSASSASigner(foreignKey()));
    assertUnauthorized(jwt.serialize());
  }

  /**
   * The server keeps a token it accepted so that its next request is not verified again (AcceptedTokens): the same
   * header and claims with another signature, or the accepted signature under other claims, are new tokens to it and
   * verified in full.
   */
  @Test
  void aTokenAcceptedBeforeIsRefusedWithAnotherSignatureOrOtherClaims() throws Exception {
    String accepted = Tokens.DEMO.sign(validClaims().build());
    Api api = new Api(base);
    assertThat(api.get(PATH, accepted).status()).isEqualTo(200);
    assertThat(api.get(PATH, accepted).status()).isEqualTo(200);

    String[] parts = accepted.split("\\.");
    SignedJWT forged = new SignedJWT(JWSHeader.parse(Base64URL.from(parts[0])), JWTClaimsSet.parse(
        Base64URL.from(parts[1]).decodeToString()));
    forged.sign(new RSASSASigner(foreignKey()));
    assertThat(forged.serialize()).startsWith(parts[0] + "." + parts[1] + ".");
    assertUnauthorized(forged.serialize());

    String otherClaims = Tokens.DEMO.sign(validClaims().subject("someone-else").build()).split("\\.")[1];
    assertUnauthorized(parts[0] + "." + otherClaims + "." + parts[2]);
    assertThat(api.get(PATH, accepted).status()).isEqualTo(200);
  }

  @Test
  void aTokenWithoutAJobbroRoleIs403() {
    String token = Tokens.DEMO.sign(validClaims().claim("groups", List.of("somebody-else")).build());
    Api.Reply reply = new Api(base).get(PATH, token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    assertThat(reply.isProblem()).isTrue();
  }

  /**
   * A role the operation refuses gets its 403 however large the body it sends (up to the operation's limit), over
   * HTTP/2 as Java's client sends it by default: the server reads the body it will not use before it answers
   * (UnreadBodyDrain). Without that, 67 of 1,000 such POSTs failed in the client on the quick start, whose Payara Micro
   * keeps 5 request threads; this domain's 64 answered them all before the drain too, so here the test holds the
   * behaviour rather than catching that failure again.
   */
  @Test
  void aRefusedRoleGetsItsAnswerWhateverTheSizeOfItsBody() throws Exception {
    Api api = new Api(base);
    String body = "{\"name\": \"" + "x".repeat(64 * 1024) + "\"}"; // past HTTP/2's first window of 64 KiB
    List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
    Parallel work = new Parallel();
    for (int i = 0; i < 200; i++) {
      work.add(() -> statuses.add(api.post("api/v1/cases", Tokens.ministryAnalyst(), body).status()));
    }
    work.run();
    assertThat(statuses).hasSize(200).containsOnly(403);
  }

  @Test
  void healthAndTheOpenApiDocumentNeedNoToken() {
    Api api = new Api(base);
    assertThat(api.get(api.serverUri("/health/ready"), null).status()).isEqualTo(200);
    assertThat(api.get("openapi", null).status()).isEqualTo(200);
  }

  private void assertUnauthorized(String token) {
    Api.Reply reply = new Api(base).get(PATH, token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
    assertThat(reply.isProblem()).as(reply.toString()).isTrue();
    assertThat(reply.json().getInt("status")).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
  }
}
