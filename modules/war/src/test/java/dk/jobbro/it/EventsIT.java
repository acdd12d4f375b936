package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.it.probe.EventProbe;
import dk.jobbro.it.probe.EventProbeResource;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Caseload publishes its events after commit, and only for work that committed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.jobbro().addClasses(EventProbe.class, EventProbeResource.class);
  }

  @ArquillianResource
  URL base;

  @Test
  void aCaseLifeIsPublishedInOrder() {
    Api api = new Api(base);
    String cw = Tokens.caseworker("259");
    String id = api.post("api/v1/cases", cw, """
        {"cpr": "%s", "name": "Mariam Yohannes", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(TestCpr.random(), TODAY.minusDays(5))).json().getString("id");
    String offer = api.post("api/v1/cases/" + id + "/offers", cw, "{\"type\": \"LOENTILSKUD\", \"startDate\": \""
        + TODAY + "\", \"employerCvr\": \"13748136\"}").json().getString("id");
    String etag = api.get("api/v1/cases/" + id + "/offers/" + offer, cw).header("ETag").orElseThrow();
    api.send(Api.request(api.uri("api/v1/cases/" + id + "/offers/" + offer + "/end"), cw)
        .header("If-Match", etag).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"endDate\": \"" + TODAY.plusMonths(3) + "\"}")));
    String caseEtag = api.get("api/v1/cases/" + id, cw).header("ETag").orElseThrow();
    api.send(Api.request(api.uri("api/v1/cases/" + id + "/self-supporting"), cw)
        .header("If-Match", caseEtag).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"EDUCATION\", \"date\": \"" + TODAY + "\"}")));

    assertThat(events(api, id)).containsExactly("CaseOpened", "OfferStarted", "FirstOfferMet", "OfferEnded",
        "PersonSelfSupporting", "CaseClosed");
  }

  @Test
  void aRefusedChangePublishesNothing() {
    Api api = new Api(base);
    String cw = Tokens.caseworker("259");
    String id = api.post("api/v1/cases", cw, """
        {"cpr": "%s", "name": "Samir Haddad", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(TestCpr.random(), TODAY.minusDays(5))).json().getString("id");
    Api.Reply refused = api.post("api/v1/cases/" + id + "/offers", cw,
        "{\"type\": \"LOENTILSKUD\", \"startDate\": \"" + TODAY + "\"}"); // no employer CVR
    assertThat(refused.status()).isEqualTo(400);
    assertThat(events(api, id)).containsExactly("CaseOpened");
  }

  private static List<String> events(Api api, String caseId) {
    return api.get("api/test/events?case=" + caseId, Tokens.admin()).jsonArray().stream()
        .map(v -> ((JsonString) v).getString()).toList();
  }
}
