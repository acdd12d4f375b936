package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.app.rest.ProblemResponses;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Bad input is a 4xx problem, never a 500: every operation the OpenAPI document lists is called with every role's
 * token, with path parameters that are malformed and ones that are well-formed but unknown, garbage in every query
 * parameter, and broken or wrong-shaped JSON bodies. Each answer must be below 500, and every 4xx a problem detail.
 * Then each documented request body is sent well-shaped but for one field (a control character, an extreme date, a
 * fraction or an overflowing whole number, a tiny or huge decimal), as an array of bodies, and with a duplicate key;
 * and every query parameter gets extreme dates and numbers. A 400 must name the field. Those variants go on to a role
 * only while the operation has not refused that role: a refused role's request is answered before its input is read.
 *
 * <p>No call depends on another's answer, so each test sends its calls on a few threads ({@link Parallel}), one
 * operation per task: the same requests with every role, each answer checked the same way and against the document,
 * while the server and this JVM's checks use both cores instead of taking turns.
 */
@Order(1) // one of the longest classes: started first, so that it does not run on alone at the end
class RobustnessIT {

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final String GARBAGE = "x'\"<>%;{}\u00e6\u0000";
  private static final List<String> EXTREME_QUERY_VALUES = List.of("-999999999-01-01", "+999999999-12-31",
      "0001-01", "99999-12", "1302633190", "2147483648", "1e308", "1.5", "a\u0000b");
  private static final List<String> BODIES = List.of("{", "[]", "\"text\"", "{\"startDate\": \"31-12-2020\"}",
      "{\"cpr\": 12, \"languages\": {\"a\": 1}, \"persons\": -1, \"limit\": \"many\"}");

  URL base = SharedDeployment.url();

  @Test
  void noDocumentedOperationAnswers5xxToBadInput() throws Exception {
    Api api = new Api(base);
    JsonObject paths = api.get("openapi", null).json().getJsonObject("paths");
    List<String> tokens = everyRole();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    Set<Integer> statuses = new ConcurrentSkipListSet<>();
    AtomicInteger calls = new AtomicInteger();
    Parallel work = new Parallel();
    for (String documented : paths.keySet()) {
      String path = documented.substring(documented.indexOf("api/v1"));
      for (String method : List.of("get", "post", "put", "delete")) {
        JsonValue operation = paths.getJsonObject(documented).get(method);
        if (operation == null) {
          continue;
        }
        work.add(() -> {
          String query = garbageQuery(operation.asJsonObject());
          for (String concrete : List.of(fill(path, false), fill(path, true))) {
            for (String token : tokens) {
              for (HttpRequest.Builder request : requests(api, method, concrete + query, token,
                  accept(operation.asJsonObject()))) {
                Api.Reply reply = sendOrRecord(api, request, failures);
                calls.incrementAndGet();
                if (reply == null) {
                  continue;
                }
                statuses.add(reply.status());
                if (reply.status() >= 500 || reply.status() >= 400 && !reply.isProblem()) {
                  failures.add(method.toUpperCase() + " " + concrete + query + " -> " + reply.status() + " "
                      + reply.contentType());
                }
              }
            }
          }
        });
      }
    }
    work.run();
    System.out.printf("[robustness] malformed paths, queries and bodies: %d requests, %d failures%n", calls.get(),
        failures.size());
    assertThat(calls.get()).isGreaterThan(1_000);
    assertThat(failures).isEmpty();
    // the bad input got past authorisation to the checks behind it
    assertThat(statuses).contains(400, 403, 404);
  }

  @Test
  void malformedFieldsInEveryDocumentedBodyAreNamed400s() throws Exception {
    Api api = new Api(base);
    JsonObject document = api.get("openapi", null).json();
    MalformedBodies bodies = new MalformedBodies(document);
    JsonObject paths = document.getJsonObject("paths");
    List<String> tokens = everyRole();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    Map<String, Integer> calls = new ConcurrentSkipListMap<>();
    Map<String, Integer> named = new ConcurrentSkipListMap<>();
    AtomicInteger serverErrors = new AtomicInteger();
    Parallel work = new Parallel();
    for (String documented : paths.keySet()) {
      String path = fill(documented.substring(documented.indexOf("api/v1")), true);
      for (String method : List.of("post", "put", "patch")) {
        JsonObject operation = paths.getJsonObject(documented).getJsonObject(method);
        JsonObject schema = operation == null ? null : jsonBodySchema(operation);
        if (schema == null) {
          continue;
        }
        work.add(() -> {
          Set<String> refused = new HashSet<>();
          for (MalformedBodies.Case c : bodies.of(schema)) {
            for (String token : tokens) {
              if (refused.contains(token)) {
                continue; // this role may not call the operation: its body is never read
              }
              Api.Reply reply = sendOrRecord(api, Api.request(api.uri(path), token, accept(operation))
                  .header("Content-Type", "application/json").header("If-Match", "\"0\"")
                  .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(c.json())), failures);
              calls.merge(c.category(), 1, Integer::sum);
              if (reply == null || reply.status() >= 500) {
                serverErrors.incrementAndGet();
                continue;
              }
              if (refusedByRole(reply)) {
                refused.add(token);
              }
              if (reply.status() >= 500 || reply.status() >= 400 && !reply.isProblem()) {
                failures.add(method.toUpperCase() + " " + documented + " " + c + " -> " + reply);
              } else if (reply.status() == 400) {
                if (names(reply, c.field())) {
                  named.merge(c.category(), 1, Integer::sum);
                } else {
                  failures.add(method.toUpperCase() + " " + documented + " " + c + " -> 400 not naming "
                      + c.field() + ": " + reply.body());
                }
              }
            }
          }
        });
      }
    }
    work.run();
    System.out.printf("[robustness] malformed bodies: %s requests by category, %s named 400s, %d answered 5xx%n",
        calls, named, serverErrors.get());
    assertThat(failures).isEmpty();
    // about 900 bodies reach the checks behind authorisation, each a 400 naming its field
    assertThat(named.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(700);
    assertThat(named.keySet()).contains("control-character", "extreme-date", "whole-number", "decimal-number",
        "array-for-object", "duplicate-key");
  }

  /**
   * A write whose body the document marks required, sent with no body at all (as JSON, and with no Content-Type),
   * is a 400 problem naming {@code body}: every role is tried, and each call that gets past authorisation counts.
   */
  @Test
  void anEmptyBodyWhereOneIsRequiredIsA400NamingTheBody() throws Exception {
    Api api = new Api(base);
    JsonObject paths = api.get("openapi", null).json().getJsonObject("paths");
    List<String> tokens = everyRole();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    Set<String> named = new ConcurrentSkipListSet<>();
    Parallel work = new Parallel();
    for (String documented : paths.keySet()) {
      String path = fill(documented.substring(documented.indexOf("api/v1")), true);
      for (String method : List.of("post", "put", "patch")) {
        JsonObject operation = paths.getJsonObject(documented).getJsonObject(method);
        JsonObject body = operation == null ? null : operation.getJsonObject("requestBody");
        if (body == null || !body.getBoolean("required", false)) {
          continue;
        }
        work.add(() -> {
          for (String contentType : List.of("application/json", "")) {
            for (String token : tokens) {
              HttpRequest.Builder request = Api.request(api.uri(path), token, accept(operation))
                  .header("If-Match", "\"0\"").method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
              if (!contentType.isEmpty()) {
                request.header("Content-Type", contentType);
              }
              Api.Reply reply = sendOrRecord(api, request, failures);
              String call = method.toUpperCase() + " " + documented + " (Content-Type '" + contentType + "')";
              if (reply == null || reply.status() == 401 || reply.status() == 403) {
                continue; // not this role's operation: the body is never read
              }
              if (reply.status() == 400 && reply.isProblem() && names(reply, "body")) {
                named.add(call);
              } else {
                failures.add(call + " -> " + reply);
              }
            }
          }
        });
      }
    }
    work.run();
    System.out.printf("[robustness] empty required bodies: %d operations and content types named 'body'%n",
        named.size());
    assertThat(failures).isEmpty();
    assertThat(named).hasSizeGreaterThan(60);
  }

  /** A 400 must name a query parameter: this one, or another the operation requires and the call left out. */
  @Test
  void extremeDatesAndNumbersInEveryQueryParameterAreNamed400s() throws Exception {
    Api api = new Api(base);
    JsonObject paths = api.get("openapi", null).json().getJsonObject("paths");
    List<String> tokens = List.of(Tokens.caseworker("101"), Tokens.consultant("101"), Tokens.ministryAnalyst(),
        Tokens.admin());
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger serverErrors = new AtomicInteger();
    Parallel work = new Parallel();
    for (String documented : paths.keySet()) {
      String path = fill(documented.substring(documented.indexOf("api/v1")), true);
      JsonObject operation = paths.getJsonObject(documented).getJsonObject("get");
      List<String> names = operation == null ? List.of() : queryParameters(operation);
      for (String name : names) {
        work.add(() -> {
          Set<String> refused = new HashSet<>();
          for (String value : EXTREME_QUERY_VALUES) {
            for (String token : tokens) {
              if (refused.contains(token)) {
                continue; // this role may not call the operation: its parameters are never read
              }
              String uri = path + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
              Api.Reply reply = sendOrRecord(api, Api.request(api.uri(uri), token).GET(), failures);
              calls.incrementAndGet();
              if (reply == null || reply.status() >= 500) {
                serverErrors.incrementAndGet();
                continue;
              }
              if (refusedByRole(reply)) {
                refused.add(token);
              }
              if (reply.status() >= 500 || reply.status() >= 400 && !reply.isProblem()
                  || reply.status() == 400 && names.stream().noneMatch(n -> names(reply, n))) {
                failures.add("GET " + uri + " -> " + reply);
              }
            }
          }
        });
      }
    }
    work.run();
    System.out.printf("[robustness] extreme query values: %d requests, %d answered 5xx%n", calls.get(),
        serverErrors.get());
    assertThat(failures).isEmpty();
    assertThat(calls.get()).isGreaterThan(500);
  }

  /**
   * Whether the answer is the refusal of the token's role itself (401, or the 403 that answers a role not allowed on
   * the operation), which the server gives before it reads the body or the parameters: the same token would be
   * refused whatever else the request held, so the tests send that token no more malformed variants of the same
   * operation (noDocumentedOperationAnswers5xxToBadInput still sends every role everything). A 403 for another
   * kommune's data comes after the input was read and does not count.
   */
  private static boolean refusedByRole(Api.Reply reply) {
    return reply.status() == 401 || reply.status() == 403 && reply.isProblem()
        && ProblemResponses.ROLE_REFUSED_DETAIL.equals(reply.json().getString("detail", ""));
  }

  /** A token of each kind of caller: a kommune's caseworker and consultant, a sender, the ministry, an admin. */
  private static List<String> everyRole() {
    return List.of(Tokens.caseworker("101"), Tokens.consultant("101"), Tokens.sender("drk"), Tokens.ministryAnalyst(),
        Tokens.admin());
  }

  /**
   * The answer, or null when it is not what the OpenAPI document allows (a 500 is not documented): then the
   * difference is recorded as a failure and the calls go on, so that one run lists every such answer.
   */
  private static Api.Reply sendOrRecord(Api api, HttpRequest.Builder request, List<String> failures) {
    try {
      return api.send(request);
    } catch (AssertionError undocumented) {
      failures.add(undocumented.getMessage().lines().limit(3).collect(Collectors.joining(" / ")));
      return null;
    }
  }

  /** Whether a 400 problem names the field (or, for a nested field the JSON binder refused, its last name). */
  private static boolean names(Api.Reply reply, String field) {
    JsonObject problem = reply.json();
    if (!problem.containsKey("violations")) {
      return false;
    }
    String leaf = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
    return problem.getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field"))
        .anyMatch(f -> f.equals(field) || f.equals(leaf) || field.endsWith("." + f) || field.startsWith(f + "["));
  }

  private static JsonObject jsonBodySchema(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    if (body == null || !body.containsKey("content")
        || !body.getJsonObject("content").containsKey("application/json")) {
      return null;
    }
    return body.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
  }

  private static List<String> queryParameters(JsonObject operation) {
    if (!operation.containsKey("parameters")) {
      return List.of();
    }
    return operation.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
        .filter(p -> p.getString("in", "").equals("query")).map(p -> p.getString("name")).toList();
  }

  /** The path with each parameter malformed, or well-formed but (almost certainly) unknown. */
  private static String fill(String path, boolean wellFormed) {
    Matcher m = PATH_PARAMETER.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1).toLowerCase();
      String value = !wellFormed ? "not-valid"
          : name.contains("kode") || name.contains("kommune") ? "101"
          : name.equals("year") ? "2017"
          : name.contains("area") ? "FORSVARSMINISTERIET"
          : name.equals("kind") ? "SIX_MONTHS"
          : name.equals("ref") || name.contains("matchref") ? "00000000000000000000000000000000"
          : UUID.randomUUID().toString();
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Garbage in every documented query parameter. */
  private static String garbageQuery(JsonObject operation) {
    if (!operation.containsKey("parameters")) {
      return "";
    }
    StringBuilder query = new StringBuilder();
    for (JsonValue p : operation.getJsonArray("parameters")) {
      JsonObject parameter = p.asJsonObject();
      if (parameter.getString("in", "").equals("query")) {
        query.append(query.length() == 0 ? "?" : "&").append(parameter.getString("name")).append('=')
            .append(URLEncoder.encode(GARBAGE, StandardCharsets.UTF_8));
      }
    }
    return query.toString();
  }

  /**
   * What a client generated from the document accepts: JSON, or for an operation that answers no JSON (a CSV
   * export) the media types of its success answers, and problems.
   */
  private static String accept(JsonObject operation) {
    Set<String> types = new TreeSet<>();
    operation.getJsonObject("responses").forEach((status, answer) -> {
      JsonObject content = answer.asJsonObject().getJsonObject("content");
      if (status.startsWith("2") && content != null) {
        types.addAll(content.keySet());
      }
    });
    if (types.isEmpty() || types.contains("application/json")) {
      return "application/json";
    }
    types.add("application/problem+json");
    return String.join(", ", types);
  }

  private static List<HttpRequest.Builder> requests(Api api, String method, String path, String token,
      String accept) {
    if (method.equals("get") || method.equals("delete")) {
      return List.of(Api.request(api.uri(path), token, accept).method(method.toUpperCase(),
          HttpRequest.BodyPublishers.noBody()));
    }
    return BODIES.stream().map(body -> Api.request(api.uri(path), token, accept)
        .header("Content-Type", "application/json").header("If-Match", "\"0\"")
        .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(body))).toList();
  }
}
