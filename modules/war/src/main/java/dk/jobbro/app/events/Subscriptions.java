package dk.jobbro.app.events;

import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.api.shared.security.EncryptedColumn;
import dk.jobbro.api.shared.security.PersonalDataCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * The caller's webhook subscriptions and their deliveries. A subscription belongs to the feed it was made for (the
 * kommune's, or the sender's); another's is a 404, as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class Subscriptions {

  /** Shorter secrets are refused: 32 characters of {@code openssl rand -hex 16} carry 128 bits. */
  static final int MIN_SECRET_LENGTH = 32;

  /**
   * The secrets, encrypted at rest ({@link PersonalDataCipher}): whoever reads the table could otherwise sign
   * deliveries a kommune's system would trust. Only the worker decrypts them, to sign.
   */
  public static final EncryptedColumn SECRET_COLUMN = new EncryptedColumn("events.subscription", "secret");

  @PersistenceContext
  EntityManager em;

  @Inject
  Caller caller;

  @Inject
  Clock clock;

  public SubscriptionView create(NewSubscription s) {
    String url = WebhookUrl.check(s.url()).toString();
    if (s.secret().strip().length() < MIN_SECRET_LENGTH) {
      throw ProblemException.invalidField("secret", "must be at least " + MIN_SECRET_LENGTH + " characters");
    }
    List<String> types = s.eventTypes() == null ? List.of() : List.copyOf(new LinkedHashSet<>(s.eventTypes()));
    List<Problem.Violation> violations = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      if (!EventType.ALL.contains(types.get(i))) {
        violations.add(new Problem.Violation("eventTypes[" + i + "]", "is not an event type of Jobbro"));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    em.createNativeQuery("""
            insert into events.subscription (id, audience, url, event_types, secret, created_at, created_by)
            values (?1, ?2, ?3, cast(?4 as text[]), ?5, ?6, ?7)""")
        .setParameter(1, id).setParameter(2, Audience.of(caller)).setParameter(3, url)
        .setParameter(4, textArray(types))
        .setParameter(5, PersonalDataCipher.configured().encrypt(s.secret(), SECRET_COLUMN.context()))
        .setParameter(6, now)
        .setParameter(7, caller.subject()).executeUpdate();
    return new SubscriptionView(id, url, types, now);
  }

  public Page<SubscriptionView> list(PageRequest page) {
    String audience = Audience.of(caller);
    List<?> rows = em.createNativeQuery("""
            select id, url, array_to_string(event_types, ','), created_at from events.subscription
             where audience = ?1 order by created_at, id""")
        .setParameter(1, audience).setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList();
    long total = ((Number) em.createNativeQuery("select count(*) from events.subscription where audience = ?1")
        .setParameter(1, audience).getSingleResult()).longValue();
    return new Page<>(rows.stream().map(r -> view((Object[]) r)).toList(), page.page(), page.size(), total);
  }

  public SubscriptionView get(UUID id) {
    List<?> rows = em.createNativeQuery("""
            select id, url, array_to_string(event_types, ','), created_at from events.subscription
             where id = ?1 and audience = ?2""")
        .setParameter(1, id).setParameter(2, Audience.of(caller)).getResultList();
    if (rows.isEmpty()) {
      throw ProblemException.notFound("subscription");
    }
    return view((Object[]) rows.get(0));
  }

  /** Removes the subscription and its deliveries; nothing more is sent to it. */
  public SubscriptionView delete(UUID id) {
    SubscriptionView gone = get(id);
    em.createNativeQuery("delete from events.subscription where id = ?1").setParameter(1, id).executeUpdate();
    return gone;
  }

  public Page<DeliveryView> deliveries(UUID subscriptionId, DeliveryStatus status, PageRequest page) {
    get(subscriptionId);
    String filter = status == null ? "" : " and d.status = ?2";
    var query = em.createNativeQuery(DELIVERY_COLUMNS + " where d.subscription_id = ?1" + filter
        + " order by d.created_at, d.id").setParameter(1, subscriptionId);
    var count = em.createNativeQuery("select count(*) from events.delivery d where d.subscription_id = ?1" + filter)
        .setParameter(1, subscriptionId);
    if (status != null) {
      query.setParameter(2, status.name());
      count.setParameter(2, status.name());
    }
    List<?> rows = query.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList();
    return new Page<>(rows.stream().map(r -> delivery((Object[]) r)).toList(), page.page(), page.size(),
        ((Number) count.getSingleResult()).longValue());
  }

  /**
   * Sends a delivery again from the first attempt, whatever its state: a dead-lettered one after the receiver is
   * fixed, or a delivered one the receiver lost.
   */
  public DeliveryView redeliver(UUID subscriptionId, UUID deliveryId) {
    get(subscriptionId);
    int updated = em.createNativeQuery("""
            update events.delivery set status = 'PENDING', attempts = 0, next_attempt_at = clock_timestamp(),
                   delivered_at = null
             where id = ?1 and subscription_id = ?2""")
        .setParameter(1, deliveryId).setParameter(2, subscriptionId).executeUpdate();
    if (updated == 0) {
      throw ProblemException.notFound("delivery");
    }
    return delivery((Object[]) em.createNativeQuery(DELIVERY_COLUMNS + " where d.id = ?1")
        .setParameter(1, deliveryId).getSingleResult());
  }

  private static final String DELIVERY_COLUMNS = """
      select d.id, d.subscription_id, o.event_id::text, o.type, d.status, d.attempts,
             case when d.status = 'PENDING' then d.next_attempt_at end, d.last_attempt_at, d.last_status,
             d.last_error, d.delivered_at
        from events.delivery d join events.outbox o on o.position = d.outbox_position""";

  private static SubscriptionView view(Object[] r) {
    String types = (String) r[2];
    return new SubscriptionView((UUID) r[0], (String) r[1],
        types == null || types.isEmpty() ? List.of() : Arrays.asList(types.split(",")), FeedRows.instant(r[3]));
  }

  private static DeliveryView delivery(Object[] r) {
    return new DeliveryView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
        DeliveryStatus.valueOf((String) r[4]), ((Number) r[5]).intValue(), instantOrNull(r[6]), instantOrNull(r[7]),
        r[8] == null ? null : ((Number) r[8]).intValue(), (String) r[9], instantOrNull(r[10]));
  }

  private static Instant instantOrNull(Object value) {
    return value == null ? null : FeedRows.instant(value);
  }

  /** A PostgreSQL array literal of event types (they hold no comma, quote or brace: checked against EventType). */
  private static String textArray(List<String> types) {
    return "{" + String.join(",", types) + "}";
  }
}
