package com.oom.catalogue;

import static com.oom.catalogue.Setting.AWS_ENDPOINT;
import static com.oom.catalogue.Setting.CURSOR_SECRET;
import static com.oom.catalogue.Setting.CURSOR_SECRET_ARN;
import static com.oom.catalogue.Setting.EVENT_BUS;
import static com.oom.catalogue.Setting.JENNY_SECRET;
import static com.oom.catalogue.Setting.JENNY_SECRET_ARN;
import static com.oom.catalogue.Setting.METRICS_NAMESPACE;
import static com.oom.catalogue.Setting.SERVICE_NAME;
import static com.oom.catalogue.Setting.SETTINGS;
import static com.oom.catalogue.Setting.SMS_CONFIGURATION_SET;
import static com.oom.catalogue.Setting.SMS_ENDPOINT;
import static com.oom.catalogue.Setting.SMS_POOL_ID;
import static com.oom.catalogue.Setting.SMS_TTL_SECONDS;
import static com.oom.catalogue.Setting.STAGE;
import static com.oom.catalogue.Setting.STORE_DIRECTORY;
import static com.oom.catalogue.Setting.TABLE;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every Lambda function of the suite: its handler class in the one shaded jar, its size, what
 * triggers it, the settings it reads, what it may touch and the sample event it is measured and
 * primed with. Queue visibility timeouts and IAM policies are derived from this table.
 */
public enum SuiteFunction {
  ORDER_FEED(
      "order-feed",
      "orderfeed.OrderFeedHandler",
      "ERP `OrderSnapshot` (newer sequence wins) and `FulfilmentOutcome`",
      1024,
      Duration.ofSeconds(30),
      Trigger.queue(Queues.ORDER_FEED, 10, Duration.ofSeconds(2), null),
      null,
      EnumSet.of(Capability.ORDERS, Capability.PUBLISH_OUTBOX),
      Settings.ORDERS,
      "lambda/sqs/oom-order-feed.json"),
  CONFIRMATION_FEED(
      "confirmation-feed",
      "confirmations.ConfirmationFeedHandler",
      "Jenny's results, raw or EventBridge-wrapped",
      1024,
      Duration.ofSeconds(30),
      Trigger.queue(Queues.CONFIRMATIONS, 10, Duration.ofSeconds(1), null),
      null,
      EnumSet.of(Capability.ORDERS, Capability.PUBLISH_OUTBOX),
      Settings.ORDERS,
      "lambda/sqs/oom-confirmations.json"),
  /**
   * Each text is one SendTextMessage with a 10 s call timeout, so a batch of 5 fits in 60 s. The
   * phone pool's throughput (messages per second per number) is the downstream limit: reserved
   * concurrency caps the sender, and the event source never scales past it, so it is not throttled.
   */
  SMS_SENDER(
      "sms-sender",
      "smssender.SmsSenderHandler",
      "re-checks consent, opt-out, order state, quiet hours, daily cap; sends, defers or blocks",
      1024,
      Duration.ofSeconds(60),
      Trigger.queue(Queues.SMS_REQUESTS, 5, Duration.ZERO, 2),
      2,
      EnumSet.of(Capability.ORDERS, Capability.PUBLISH_OUTBOX, Capability.SEND_SMS),
      Settings.TEXTS,
      "lambda/sqs/oom-sms-requests.json"),
  SMS_INBOUND(
      "sms-inbound",
      "smsinbound.SmsInboundHandler",
      "STOP/ARRET/… opt out, HELP, C confirms, R reschedules, else to an agent",
      1024,
      Duration.ofSeconds(60),
      Trigger.queue(Queues.SMS_INBOUND, 5, Duration.ZERO, null),
      null,
      EnumSet.of(Capability.ORDERS, Capability.PUBLISH_OUTBOX, Capability.SEND_SMS),
      Settings.TEXTS,
      "lambda/sqs/oom-sms-inbound.json"),
  /** Every 5 minutes; its timeout stays under the interval so two sweeps rarely overlap. */
  TIMER_SWEEP(
      "timer-sweep",
      "schedule.TimerSweepHandler",
      "escalations due, changes the ERP has not shown in time, time-frame texts whose instant"
          + " came, deferred texts, unpublished outbox, re-listing orders whose work-list lines"
          + " changed with time, the work-list backfill; emits `OldestDueTimerAgeSeconds`,"
          + " `ErpEchoOverdue`, `TimeFramesRequested`",
      1024,
      Duration.ofMinutes(4),
      Trigger.schedule(),
      null,
      EnumSet.of(
          Capability.ORDERS,
          Capability.PUBLISH_OUTBOX,
          Capability.SEND_SMS,
          Capability.SWEEP_INDEXES,
          Capability.STORE_INDEX),
      Settings.TEXTS,
      "lambda/scheduler/timer-sweep.json"),
  DAILY_PLAN(
      "daily-plan",
      "schedule.DailyPlanHandler",
      "start of day: reminders, work-list sizes, open orders without a next step"
          + " (`OrdersWithoutNextStep`); before closing: confirmation audit",
      1024,
      Duration.ofMinutes(5),
      Trigger.schedule(),
      null,
      EnumSet.of(Capability.ORDERS, Capability.PUBLISH_OUTBOX),
      Settings.ORDERS,
      "lambda/scheduler/daily-plan-start-of-day-101.json"),
  /** Behind API Gateway, whose integration timeout is 30 s. */
  AGENT_API(
      "agent-api",
      "api.AgentApiHandler",
      "the agent routes below; RFC 9457 problem details",
      1024,
      Duration.ofSeconds(20),
      Trigger.http(),
      null,
      EnumSet.of(Capability.ORDERS, Capability.PUBLISH_OUTBOX, Capability.CURSOR_KEY),
      Settings.API,
      "lambda/http/get-order-as-agent.json"),
  /** Verifies the HMAC, claims the event id in the table, enqueues to oom-confirmations. */
  JENNY_WEBHOOK(
      "jenny-webhook",
      "webhook.JennyWebhookHandler",
      "HMAC-SHA256 over timestamp + body, 5-minute tolerance, replay guard, enqueue",
      512,
      Duration.ofSeconds(10),
      Trigger.http(),
      null,
      EnumSet.of(Capability.WEBHOOK_REPLAYS, Capability.ENQUEUE_CONFIRMATIONS),
      Settings.WEBHOOK,
      null);

  /** The CloudWatch namespace every function's metrics go to. */
  public static final String CLOUDWATCH_NAMESPACE = "OOM";

  /** The package every handler class lives under. */
  public static final String HANDLER_PACKAGE = "com.oom.handlers.";

  private final String slug;
  private final String handlerClass;
  private final String does;
  private final int memoryMb;
  private final Duration timeout;
  private final Trigger trigger;
  private final Integer reservedConcurrency;
  private final Set<Capability> capabilities;
  private final Set<Setting> settings;
  private final String sampleEvent;

  SuiteFunction(
      String slug,
      String handlerClass,
      String does,
      int memoryMb,
      Duration timeout,
      Trigger trigger,
      Integer reservedConcurrency,
      Set<Capability> capabilities,
      Set<Setting> settings,
      String sampleEvent) {
    this.slug = slug;
    this.handlerClass = HANDLER_PACKAGE + handlerClass;
    this.does = does;
    this.memoryMb = memoryMb;
    this.timeout = timeout;
    this.trigger = trigger;
    this.reservedConcurrency = reservedConcurrency;
    this.capabilities = Set.copyOf(capabilities);
    this.settings = Collections.unmodifiableSet(EnumSet.copyOf(settings));
    this.sampleEvent = sampleEvent;
  }

  /** Short name: {@code oom-<slug>} is the function name. */
  public String slug() {
    return slug;
  }

  public String functionName() {
    return "oom-" + slug;
  }

  /** The handler's fully qualified class name. */
  public String handlerClass() {
    return handlerClass;
  }

  /** The class name without its package, e.g. {@code OrderFeedHandler}. */
  public String handlerSimpleName() {
    return handlerClass.substring(handlerClass.lastIndexOf('.') + 1);
  }

  /** The Lambda handler string: {@code class::handleRequest}. */
  public String handler() {
    return handlerClass + "::handleRequest";
  }

  /** What the function does, in a line (the README's function table). */
  public String does() {
    return does;
  }

  public int memoryMb() {
    return memoryMb;
  }

  public Duration timeout() {
    return timeout;
  }

  public Trigger trigger() {
    return trigger;
  }

  /** The queue that triggers the function, if a queue does. */
  public Optional<Trigger.QueueTrigger> queueTrigger() {
    return trigger instanceof Trigger.QueueTrigger queue ? Optional.of(queue) : Optional.empty();
  }

  public Optional<Integer> reservedConcurrency() {
    return Optional.ofNullable(reservedConcurrency);
  }

  public boolean can(Capability capability) {
    return capabilities.contains(capability);
  }

  /** The settings the function reads from its environment, in the catalogue's order. */
  public Set<Setting> settings() {
    return settings;
  }

  /**
   * The classpath resource (from the events module) of a representative event; empty for the
   * webhook, whose requests are signed with a fresh timestamp each time.
   */
  public Optional<String> sampleEvent() {
    return Optional.ofNullable(sampleEvent);
  }

  /** The function an SQS queue of the suite triggers, if any. */
  public static Optional<SuiteFunction> consumerOf(String queueName) {
    for (SuiteFunction function : values()) {
      if (function.queueTrigger().map(t -> t.queueName().equals(queueName)).orElse(false)) {
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
    Duration window =
        queueTrigger().map(Trigger.QueueTrigger::batchingWindow).orElse(Duration.ZERO);
    return timeout.multipliedBy(6).plus(window);
  }

  /** The settings each kind of function reads. */
  private static final class Settings {
    static final Set<Setting> COMMON =
        EnumSet.of(TABLE, STAGE, AWS_ENDPOINT, SERVICE_NAME, METRICS_NAMESPACE, SETTINGS);
    static final Set<Setting> ORDERS = with(COMMON, STORE_DIRECTORY, EVENT_BUS);
    static final Set<Setting> TEXTS =
        with(ORDERS, SMS_POOL_ID, SMS_CONFIGURATION_SET, SMS_TTL_SECONDS, SMS_ENDPOINT);
    static final Set<Setting> API = with(ORDERS, CURSOR_SECRET_ARN, CURSOR_SECRET);
    static final Set<Setting> WEBHOOK = with(COMMON, JENNY_SECRET_ARN, JENNY_SECRET);

    private static Set<Setting> with(Set<Setting> base, Setting... more) {
      EnumSet<Setting> all = EnumSet.copyOf(base);
      all.addAll(Set.of(more));
      return all;
    }
  }
}
