package com.oom.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.aws.AwsPorts;
import com.oom.aws.OomSettings;
import com.oom.aws.client.AwsClients;
import com.oom.aws.client.AwsSettings;
import com.oom.aws.dynamo.OomTable;
import com.oom.aws.sqs.OomQueues;
import com.oom.catalogue.EventBuses;
import com.oom.catalogue.Queues;
import com.oom.catalogue.Schedules;
import com.oom.catalogue.StoreDirectory;
import com.oom.catalogue.SuiteFunction;
import com.oom.catalogue.SuiteSchedule;
import com.oom.core.application.Ports;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.handlers.common.HttpFunction;
import com.oom.handlers.common.SqsFunction;
import com.oom.handlers.confirmations.ConfirmationFeedWiring;
import com.oom.handlers.orderfeed.OrderFeedWiring;
import com.oom.handlers.schedule.DailyPlanWiring;
import com.oom.handlers.schedule.TimerSweepWiring;
import com.oom.handlers.smsinbound.SmsInboundWiring;
import com.oom.handlers.smssender.SmsSenderWiring;
import com.oom.tooling.lambda.InvocationContext;
import com.oom.tooling.metering.RequestCounter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole suite on one machine, wired as on AWS: the real adapters on the emulator, every
 * function behind its emulated trigger (SQS event sources, Scheduler schedules, the HTTP API), the
 * simulated clock, and a local SMS sink. One lock serialises triggers, so every run of a script
 * sees the same order of events.
 */
public final class LocalSuite {
  /** The stores of the directory the suite runs with. */
  public List<String> stores() {
    return stores.storeIds();
  }

  public static final String TABLE = "oom";

  final LocalClock clock;
  final LocalSmsSink sms;
  final SentMessages sent;
  final StoreDirectory stores;
  final UseCaseFactory services;
  final CountingSmsLog smsLog;

  /** Every AWS request the suite made (the demo reports the total). */
  final RequestCounter requests = new RequestCounter();

  private final Ports ports;
  final SqsClient sqs;
  final String region;
  final Map<String, String> queueUrls;
  final LocalJwt jwt;

  /** The buses {@code oom-jenny} and {@code oom-events}, with their rules. */
  final LocalBuses buses;

  private final EventSources eventSources;
  private final LocalScheduler scheduler;

  /** Every function of the catalogue, as the runner invokes it. */
  private final Map<SuiteFunction, RequestStreamHandler> functions;

  /** The catalogue's schedules, as the runner fires them (the sweep maybe coarser). */
  final List<SuiteSchedule> schedules;

  public LocalSuite(URI awsEndpoint, Instant start, StoreDirectory stores) {
    this(awsEndpoint, start, stores, Schedules.SWEEP_EVERY);
  }

  public LocalSuite(
      URI awsEndpoint, Instant start, StoreDirectory stores, java.time.Duration sweepEvery) {
    this(awsEndpoint, LocalOptions.DEFAULT_REGION, start, stores, sweepEvery);
  }

  public LocalSuite(
      URI awsEndpoint,
      String region,
      Instant start,
      StoreDirectory stores,
      java.time.Duration sweepEvery) {
    this(awsEndpoint, region, start, stores, sweepEvery, OomConfig.defaults());
  }

  /**
   * @param region the region of every client of the suite, so of its table and queues
   * @param sweepEvery the timer sweep's period: the deployed 5 minutes, or coarser for the demo
   *     (each sweep costs 16 index queries, which moto answers slowly)
   * @param config the thresholds ({@code --settings}), as a stage's functions read them
   */
  public LocalSuite(
      URI awsEndpoint,
      String region,
      Instant start,
      StoreDirectory stores,
      java.time.Duration sweepEvery,
      OomConfig config) {
    this.region = region;
    LocalMetrics.writeAsInLambda();
    clock = new LocalClock(start);
    sms = new LocalSmsSink(clock);
    sent = new SentMessages(clock);
    this.stores = stores;
    OomSettings settings =
        new OomSettings(
            AwsSettings.emulator(awsEndpoint, region), TABLE, stores, EventBuses.EVENTS);
    List<ExecutionInterceptor> interceptors = List.of(sent, requests);
    AwsClients clients = new AwsClients(settings.aws(), interceptors);
    sqs = clients.sqs();
    OomTable.create(clients.dynamoDb(), TABLE);
    queueUrls = OomQueues.create(sqs, stores);
    buses = LocalBuses.create(clients.eventBridge(), sqs, queueUrls.get(Queues.CONFIRMATIONS));
    AwsPorts wired = new AwsPorts(settings, clients, () -> sms, clock);
    smsLog = new CountingSmsLog(wired.smsLog());
    ports =
        Ports.of(
            wired.orders(),
            wired.outbox(),
            wired.handOffs(),
            wired.erpUpdates(),
            wired.smsRequests(),
            wired.smsGateway(),
            wired.consent(),
            smsLog,
            wired.confirmationAudits(),
            wired.workListIndex(),
            wired.calendars(),
            wired.events());
    services = new UseCaseFactory(ports, config, clock);
    jwt = new LocalJwt(clock);

    Map<SuiteFunction, RequestStreamHandler> functions = new EnumMap<>(SuiteFunction.class);
    functions.put(SuiteFunction.ORDER_FEED, OrderFeedWiring.over(services));
    functions.put(SuiteFunction.CONFIRMATION_FEED, ConfirmationFeedWiring.over(services));
    functions.put(SuiteFunction.SMS_SENDER, SmsSenderWiring.over(services));
    functions.put(SuiteFunction.SMS_INBOUND, SmsInboundWiring.over(services));
    functions.put(SuiteFunction.TIMER_SWEEP, TimerSweepWiring.over(services, clock));
    functions.put(SuiteFunction.DAILY_PLAN, DailyPlanWiring.over(services));
    functions.put(SuiteFunction.AGENT_API, LocalHttpFunctions.agentApi(services));
    functions.put(
        SuiteFunction.JENNY_WEBHOOK, LocalHttpFunctions.jennyWebhook(settings, clients, clock));
    this.functions = Map.copyOf(functions);

    eventSources = new EventSources(sqs, queueUrls, region, clock);
    for (SuiteFunction function : SuiteFunction.values()) {
      function
          .queueTrigger()
          .ifPresent(
              trigger ->
                  eventSources.connect(
                      Queues.named(trigger.queueName(), stores),
                      (SqsFunction) functions.get(function)));
    }
    schedules =
        Schedules.all(stores).stream()
            .map(s -> s.rate() == null ? s : s.withRate(sweepEvery))
            .toList();
    scheduler = new LocalScheduler(schedules, clock);
  }

  public Instant now() {
    return clock.instant();
  }

  /**
   * Moves the clock to {@code target}, firing every schedule in between and redelivering every
   * failed message whose visibility timeout passes in between, each at its instant, then drains the
   * queues.
   *
   * @return how many schedules fired
   */
  public synchronized int advanceTo(Instant target) {
    int fired = 0;
    for (Optional<Instant> redelivery = eventSources.nextRedelivery();
        redelivery.isPresent() && !redelivery.get().isAfter(target);
        redelivery = eventSources.nextRedelivery()) {
      fired += advanceSchedulesTo(later(redelivery.get(), clock.instant()));
      eventSources.drain();
    }
    fired += advanceSchedulesTo(target);
    eventSources.drain();
    return fired;
  }

  private int advanceSchedulesTo(Instant target) {
    return scheduler.advanceTo(
        target,
        (schedule, executionId) -> {
          invoke(schedule, executionId);
          eventSources.drain();
        });
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** Open orders of a store, as the work lists see them. */
  public java.util.List<com.oom.core.order.OpenOrder> openOrders(String storeId) {
    return ports.orders().openOrders(storeId);
  }

  /** Handles what is waiting on the queues now. */
  public synchronized int drain() {
    return eventSources.drain();
  }

  /** Invokes the HTTP function that serves a route, as API Gateway's integration would. */
  public synchronized APIGatewayV2HTTPResponse http(
      APIGatewayV2HTTPEvent event, SuiteFunction function) {
    APIGatewayV2HTTPResponse response =
        AsLambda.invoke(
            (HttpFunction) functions.get(function),
            event,
            APIGatewayV2HTTPResponse.class,
            new InvocationContext(function.slug()));
    eventSources.drain();
    return response;
  }

  /**
   * Takes every message waiting on a queue, as its consumer outside the suite would (a store system
   * polling its hand-off queue, the ERP reading its updates): received, then deleted.
   *
   * @return the message bodies, oldest first
   */
  public synchronized List<String> collect(String queue) {
    return eventSources.collect(queue);
  }

  /**
   * Puts confirmation results on Jenny's bus, as Jenny does; its rule delivers them to {@code
   * oom-confirmations} (the next drain handles them).
   */
  public synchronized void putOnJennysBus(List<String> details) {
    buses.putConfirmationResults(details, clock.instant());
  }

  /** What was published on {@code oom-events}, newest first. */
  public List<com.fasterxml.jackson.databind.JsonNode> publishedEvents() {
    return buses.newestFirst();
  }

  /** Sends a message to one of the suite's queues, as the ERP, Jenny or SNS would. */
  public synchronized void send(String queue, String body) {
    sqs.sendMessage(b -> b.queueUrl(queueUrls.get(queue)).messageBody(body));
  }

  private void invoke(SuiteSchedule schedule, String executionId) {
    RequestStreamHandler function = functions.get(schedule.target());
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try {
      function.handleRequest(
          new ByteArrayInputStream(
              schedule.inputWithExecutionId(executionId).getBytes(StandardCharsets.UTF_8)),
          output,
          new InvocationContext(schedule.name()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
