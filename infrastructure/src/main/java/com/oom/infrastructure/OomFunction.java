package com.oom.infrastructure;

import com.oom.aws.sqs.OomQueues;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every Lambda function of the suite: its handler class in the one shaded jar, its size, what
 * triggers it and what it may touch. The queue visibility timeouts and IAM policies are derived
 * from this table, so changing a timeout or a capability here changes them too.
 */
public enum OomFunction {
  ORDER_FEED(
      "order-feed",
      "com.oom.handlers.orderfeed.OrderFeedHandler",
      1024,
      Duration.ofSeconds(30),
      new SqsTrigger(OomQueues.ORDER_FEED, 10, Duration.ofSeconds(2), null),
      null,
      EnumSet.of(Capability.ORDERS, Capability.PUBLISH_OUTBOX)),
  CONFIRMATION_FEED(
      "confirmation-feed",
      "com.oom.handlers.confirmations.ConfirmationFeedHandler",
      1024,
      Duration.ofSeconds(30),
      new SqsTrigger(OomQueues.CONFIRMATIONS, 10, Duration.ofSeconds(1), null),
      null,
      EnumSet.of(Capability.ORDERS, Capability.PUBLISH_OUTBOX)),
  /**
   * Each text is one SendTextMessage with a 10 s call timeout, so a batch of 5 fits in 60 s. The
   * phone pool's throughput (messages per second per number) is the downstream limit: reserved
   * concurrency caps the sender, and the event source never scales past it, so it is not throttled.
   */
  SMS_SENDER(
      "sms-sender",
      "com.oom.handlers.smssender.SmsSenderHandler",
      1024,
      Duration.ofSeconds(60),
      new SqsTrigger(OomQueues.SMS_REQUESTS, 5, Duration.ZERO, 2),
      2,
      EnumSet.of(Capability.ORDERS, Capability.PUBLISH_OUTBOX, Capability.SEND_SMS)),
  SMS_INBOUND(
      "sms-inbound",
      "com.oom.handlers.smsinbound.SmsInboundHandler",
      1024,
      Duration.ofSeconds(60),
      new SqsTrigger(OomQueues.SMS_INBOUND, 5, Duration.ZERO, null),
      null,
      EnumSet.of(Capability.ORDERS, Capability.PUBLISH_OUTBOX, Capability.SEND_SMS)),
  /** Every 5 minutes; its timeout stays under the interval so two sweeps rarely overlap. */
  TIMER_SWEEP(
      "timer-sweep",
      "com.oom.handlers.schedule.TimerSweepHandler",
      1024,
      Duration.ofMinutes(4),
      null,
      null,
      EnumSet.of(
          Capability.ORDERS,
          Capability.PUBLISH_OUTBOX,
          Capability.SEND_SMS,
          Capability.SWEEP_INDEXES)),
  DAILY_PLAN(
      "daily-plan",
      "com.oom.handlers.schedule.DailyPlanHandler",
      1024,
      Duration.ofMinutes(5),
      null,
      null,
      EnumSet.of(Capability.ORDERS, Capability.PUBLISH_OUTBOX, Capability.STORE_INDEX)),
  /** Behind API Gateway, whose integration timeout is 30 s. */
  AGENT_API(
      "agent-api",
      "com.oom.handlers.api.AgentApiHandler",
      1024,
      Duration.ofSeconds(20),
      null,
      null,
      EnumSet.of(Capability.ORDERS, Capability.PUBLISH_OUTBOX, Capability.STORE_INDEX)),
  /** Verifies the HMAC, claims the event id in the table, enqueues to oom-confirmations. */
  JENNY_WEBHOOK(
      "jenny-webhook",
      "com.oom.handlers.webhook.JennyWebhookHandler",
      512,
      Duration.ofSeconds(10),
      null,
      null,
      EnumSet.of(Capability.WEBHOOK_REPLAYS, Capability.ENQUEUE_CONFIRMATIONS));

  /** What a function may do, each mapped to IAM statements by {@link OomFunctions}. */
  public enum Capability {
    /** Orders, audit, outbox, SMS log, consent, idempotency: the base table, no index. */
    ORDERS,
    /** The sweep's indexes: timers, outbox, deferredSms. */
    SWEEP_INDEXES,
    /** The openByStore index: work lists, daily plan, confirmation audit. */
    STORE_INDEX,
    /** SendMessage to oom-erp-updates, oom-sms-requests and every store hand-off queue. */
    PUBLISH_OUTBOX,
    /** sms-voice:SendTextMessage from the pool with the configuration set. */
    SEND_SMS,
    /** Webhook replay records ({@code WEBHOOK#<eventId>} items) only. */
    WEBHOOK_REPLAYS,
    /** SendMessage to oom-confirmations, and read the webhook secret. */
    ENQUEUE_CONFIRMATIONS
  }

  /**
   * An SQS event source.
   *
   * @param maxConcurrency the most concurrent invocations the event source starts (null: no cap)
   */
  public record SqsTrigger(
      String queueName, int batchSize, Duration batchingWindow, Integer maxConcurrency) {}

  private final String slug;
  private final String handlerClass;
  private final int memoryMb;
  private final Duration timeout;
  private final SqsTrigger trigger;
  private final Integer reservedConcurrency;
  private final Set<Capability> capabilities;

  OomFunction(
      String slug,
      String handlerClass,
      int memoryMb,
      Duration timeout,
      SqsTrigger trigger,
      Integer reservedConcurrency,
      Set<Capability> capabilities) {
    this.slug = slug;
    this.handlerClass = handlerClass;
    this.memoryMb = memoryMb;
    this.timeout = timeout;
    this.trigger = trigger;
    this.reservedConcurrency = reservedConcurrency;
    this.capabilities = Set.copyOf(capabilities);
  }

  /** Short name: {@code oom-<slug>} is the function name. */
  public String slug() {
    return slug;
  }

  public String functionName() {
    return "oom-" + slug;
  }

  /** The Lambda handler string: {@code class::handleRequest}. */
  public String handler() {
    return handlerClass + "::handleRequest";
  }

  public int memoryMb() {
    return memoryMb;
  }

  public Duration timeout() {
    return timeout;
  }

  public Optional<SqsTrigger> trigger() {
    return Optional.ofNullable(trigger);
  }

  public Optional<Integer> reservedConcurrency() {
    return Optional.ofNullable(reservedConcurrency);
  }

  public boolean can(Capability capability) {
    return capabilities.contains(capability);
  }

  /** The function an SQS queue of the suite triggers, if any. */
  public static Optional<OomFunction> consumerOf(String queueName) {
    for (OomFunction function : values()) {
      if (function.trigger != null && function.trigger.queueName().equals(queueName)) {
        return Optional.of(function);
      }
    }
    return Optional.empty();
  }

  /**
   * AWS's guidance for SQS event sources: the queue's visibility timeout at least six times the
   * function timeout, plus the batching window, so a batch being retried after a throttle or an
   * error is not delivered again while still in flight.
   */
  public Duration queueVisibilityTimeout() {
    Duration window = trigger == null ? Duration.ZERO : trigger.batchingWindow();
    return timeout.multipliedBy(6).plus(window);
  }
}
