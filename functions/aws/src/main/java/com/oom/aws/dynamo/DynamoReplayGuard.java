package com.oom.aws.dynamo;

import static com.oom.aws.dynamo.Items.key;
import static com.oom.aws.dynamo.Items.n;
import static com.oom.aws.dynamo.Items.s;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Remembers the webhook events OOM has accepted, so a replayed delivery is refused. One item per
 * event ({@code WEBHOOK#<eventId>} / {@code WEBHOOK}), kept for a day ({@code expiresAt}, TTL).
 *
 * <p>A delivery first <em>claims</em> its event (a conditional put in state {@code PENDING} with a
 * lease), then enqueues, then marks the event {@code ACCEPTED}. The claim is what keeps two
 * concurrent deliveries of one event from both enqueuing it; the lease is what keeps a delivery
 * that died between claim and enqueue from blocking the sender's retries forever: once the lease
 * has run out, the next delivery may claim the event again.
 */
public final class DynamoReplayGuard {
  /** How long an accepted event is remembered. */
  public static final Duration REMEMBER_FOR = Duration.ofDays(1);

  /** Longer than any one delivery takes (the webhook function's timeout is far shorter). */
  public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);

  static final String SORT_KEY = "WEBHOOK";
  private static final String PENDING = "PENDING";
  private static final String ACCEPTED = "ACCEPTED";

  /** What a claim found. */
  public enum Claim {
    /** This delivery holds the event: enqueue it, then call {@link #accepted}. */
    CLAIMED,
    /** The event was accepted before: a replay. */
    ALREADY_ACCEPTED,
    /** Another delivery of the event holds an unexpired claim: the sender should retry later. */
    IN_FLIGHT
  }

  private final DynamoDbClient dynamo;
  private final String table;
  private final Duration lease;

  DynamoReplayGuard(DynamoDbClient dynamo, String table, Duration lease) {
    this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
    this.table = Objects.requireNonNull(table, "table");
    this.lease = Objects.requireNonNull(lease, "lease");
  }

  static String partitionKey(String eventId) {
    return "WEBHOOK#" + eventId;
  }

  /**
   * One conditional {@code PutItem}: succeeds when the event is unknown, its record has expired
   * (TTL deletion lags, so expiry is checked, not assumed), or an earlier claim's lease has run
   * out. A refused claim costs one more consistent {@code GetItem} to tell a replay from a race.
   */
  public Claim claim(String eventId, Instant now) {
    Map<String, AttributeValue> item = key(partitionKey(eventId), SORT_KEY);
    item.put("state", s(PENDING));
    item.put("claimedAt", s(now.toString()));
    item.put("leaseUntil", n(now.plus(lease).toEpochMilli()));
    item.put(OomTable.TTL, n(now.plus(REMEMBER_FOR).getEpochSecond()));
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":nowSeconds", n(now.getEpochSecond()));
    values.put(":nowMillis", n(now.toEpochMilli()));
    values.put(":pending", s(PENDING));
    try {
      dynamo.putItem(
          b ->
              b.tableName(table)
                  .item(item)
                  .conditionExpression(
                      "attribute_not_exists(PK) OR #ttl < :nowSeconds"
                          + " OR (#state = :pending AND leaseUntil < :nowMillis)")
                  .expressionAttributeNames(Map.of("#ttl", OomTable.TTL, "#state", "state"))
                  .expressionAttributeValues(values));
      return Claim.CLAIMED;
    } catch (ConditionalCheckFailedException taken) {
      Map<String, AttributeValue> existing =
          dynamo
              .getItem(
                  b ->
                      b.tableName(table)
                          .key(key(partitionKey(eventId), SORT_KEY))
                          .consistentRead(true))
              .item();
      boolean accepted = existing != null && ACCEPTED.equals(Items.string(existing, "state"));
      return accepted ? Claim.ALREADY_ACCEPTED : Claim.IN_FLIGHT;
    }
  }

  /** The event is on its way: from now on every delivery of it is a replay (for a day). */
  public void accepted(String eventId, Instant now) {
    dynamo.updateItem(
        b ->
            b.tableName(table)
                .key(key(partitionKey(eventId), SORT_KEY))
                .updateExpression("SET #state = :accepted, #ttl = :expires REMOVE leaseUntil")
                .expressionAttributeNames(Map.of("#state", "state", "#ttl", OomTable.TTL))
                .expressionAttributeValues(
                    Map.of(
                        ":accepted",
                        s(ACCEPTED),
                        ":expires",
                        n(now.plus(REMEMBER_FOR).getEpochSecond()))));
  }

  /**
   * Gives up a claim whose event could not be enqueued, so the sender's retry is accepted at once.
   * An accepted event is never released.
   */
  public void release(String eventId) {
    try {
      dynamo.deleteItem(
          b ->
              b.tableName(table)
                  .key(key(partitionKey(eventId), SORT_KEY))
                  .conditionExpression("#state = :pending")
                  .expressionAttributeNames(Map.of("#state", "state"))
                  .expressionAttributeValues(Map.of(":pending", s(PENDING))));
    } catch (ConditionalCheckFailedException notPending) {
      // accepted meanwhile, or already gone: nothing to release
    }
  }
}
