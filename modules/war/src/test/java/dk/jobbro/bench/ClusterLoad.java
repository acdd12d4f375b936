package dk.jobbro.bench;

import dk.jobbro.devenv.DemoTokens;
import dk.jobbro.it.DanishDate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/cluster.sh: a mix of case registrations (writes) and case reads through the load balancer, for a
 * fixed time, while the script kills one instance. Each registration carries an {@code Idempotency-Key} and is
 * retried with the same key when the answer is lost (a refused or reset connection, a 502/503 from the balancer, a
 * timeout): exactly what a kommune's system does, and what makes "acknowledged" well defined. A write counts as
 * acknowledged when a 201 came back; the script then checks every acknowledged case in PostgreSQL, and that no person
 * got two cases.
 *
 * <p>{@code ClusterLoad <base-url> <seconds> <threads> <acknowledged-file>}; prints one line of counts. Every CPR
 * number it sent goes to {@code <acknowledged-file>.cprs}, for the script's search of a {@code pg_dump}.
 */
public final class ClusterLoad {

  private static final Pattern CASE_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final String KOMMUNE = "101";
  private static final int WRITE_PERCENT = 30;
  private static final int ATTEMPTS = 20;

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String token = new DemoTokens().kommuneUser("caseworker", KOMMUNE, Duration.ofHours(2));
  private final long runOffset = ThreadLocalRandom.current().nextLong(1_000_000);
  private final AtomicLong people = new AtomicLong();
  private final List<String> readable = new ArrayList<>();
  private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
  /** Every CPR number sent, acknowledged or not: the script searches a pg_dump of the primary for each of them. */
  private final ConcurrentLinkedQueue<String> sentCprs = new ConcurrentLinkedQueue<>();
  private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
  private final LongAdder retries = new LongAdder();

  private ClusterLoad(URI base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: ClusterLoad <base-url> <seconds> <threads> <acknowledged-file>");
      System.exit(2);
    }
    ClusterLoad load = new ClusterLoad(URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/"));
    load.run(Duration.ofSeconds(Long.parseLong(args[1])), Integer.parseInt(args[2]));
    Files.write(Path.of(args[3]), load.acknowledged);
    Files.write(Path.of(args[3] + ".cprs"), load.sentCprs);
    System.out.println(load.summary());
  }

  private void run(Duration duration, int threads) throws InterruptedException {
    long until = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.submit(() -> {
        while (System.nanoTime() < until) {
          try {
            if (ThreadLocalRandom.current().nextInt(100) < WRITE_PERCENT || readableCount() == 0) {
              register();
            } else {
              read();
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(duration.toSeconds() + 120, java.util.concurrent.TimeUnit.SECONDS);
  }

  /** Registers a new person's case; retries with the same key until an answer arrives. */
  private void register() throws InterruptedException {
    String cpr = nextCpr();
    sentCprs.add(cpr);
    String key = UUID.randomUUID().toString();
    String body = """
        {"cpr": "%s", "name": "Cluster Person", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(cpr, DanishDate.today().minusDays(3));
    HttpRequest request = request("api/v1/cases").header("Content-Type", "application/json")
        .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<HttpResponse<String>> answer = send(request, "write");
      if (answer.isPresent() && answer.get().statusCode() == 201) {
        Matcher id = CASE_ID.matcher(answer.get().body());
        if (!id.find()) {
          count("write-201-without-id");
          return;
        }
        acknowledged.add(id.group(1));
        synchronized (readable) {
          readable.add(id.group(1));
        }
        return;
      }
      if (answer.isPresent() && answer.get().statusCode() < 500 && answer.get().statusCode() != 409) {
        return; // a definite refusal: nothing was written, nothing to retry
      }
      retries.increment();
      Thread.sleep(Math.min(2000, 100L * attempt));
    }
    count("write-gave-up");
  }

  private void read() {
    String id;
    synchronized (readable) {
      id = readable.get(ThreadLocalRandom.current().nextInt(readable.size()));
    }
    send(request("api/v1/cases/" + id).GET().build(), "read");
  }

  private Optional<HttpResponse<String>> send(HttpRequest request, String kind) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      count(kind + "-" + response.statusCode());
      return Optional.of(response);
    } catch (IOException e) {
      count(kind + "-" + e.getClass().getSimpleName());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + token);
  }

  /** A CPR number unique in this run (and, with the random offset, very likely across runs): born 1960–1989. */
  private String nextCpr() {
    long k = runOffset + people.getAndIncrement();
    LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(k % 10_950);
    long serial = (k / 10_950) % 4000;
    return String.format("%02d%02d%02d-%04d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100,
        serial);
  }

  private int readableCount() {
    synchronized (readable) {
      return readable.size();
    }
  }

  private void count(String outcome) {
    outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
  }

  private String summary() {
    StringBuilder line = new StringBuilder("acknowledged-writes=" + acknowledged.size() + " retries=" + retries);
    outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> line.append(' ').append(e.getKey()).append('=').append(e.getValue()));
    return line.toString();
  }
}
