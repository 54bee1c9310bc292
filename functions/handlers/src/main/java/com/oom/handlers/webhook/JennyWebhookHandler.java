package com.oom.handlers.webhook;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.aws.dynamo.DynamoReplayGuard;
import com.oom.aws.sqs.SqsQueueSender;
import com.oom.catalogue.Routes;
import com.oom.catalogue.Setting;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.HttpFunction;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.http.HttpProblem;
import com.oom.handlers.http.HttpRequest;
import com.oom.handlers.http.HttpResponses;
import com.oom.handlers.http.JsonBodies;
import com.oom.handlers.http.Problem;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * {@code POST /webhooks/jenny}: Package AI's confirmation results, HMAC-signed. A delivery is
 * accepted (202) only with a valid signature over a timestamp within five minutes of now, a valid
 * {@code ConfirmationResult} body, and an event id not accepted before; its raw body then goes
 * unchanged to {@code oom-confirmations}, whose consumer applies it. Refusals write nothing.
 *
 * <p>Order of effects, chosen so that nothing is lost and nothing enqueued twice: the event is
 * first <em>claimed</em> in the table (a conditional put with a short lease), then enqueued, then
 * marked accepted. Claiming first is the only order in which two concurrent deliveries of one event
 * cannot both enqueue it (the second is told to retry, 503, and then finds it accepted, 409). If
 * the enqueue fails the claim is released at once and Jenny's retry is accepted; if even the
 * release fails, or the function dies between claim and enqueue, the lease runs out and a retry
 * after it is accepted — a claim never blocks an event that was not enqueued. Enqueuing first
 * instead would let concurrent deliveries both enqueue. The one residue: SQS accepted the message
 * but the answer was lost (a timeout), so a retry enqueues it again; the consumer applies each
 * eventId once, so the order sees it once.
 */
public final class JennyWebhookHandler implements HttpFunction {
  private static final Logger LOG = LoggerFactory.getLogger(JennyWebhookHandler.class);
  public static final String PATH = Routes.JENNY_WEBHOOK.path();
  public static final String TIMESTAMP_HEADER = "x-jenny-timestamp";
  public static final String SIGNATURE_HEADER = "x-jenny-signature";

  /** Every status the webhook can answer (the OpenAPI document is checked against it). */
  public static final Set<Integer> STATUSES = Routes.JENNY_WEBHOOK.statuses();

  /** The HMAC secret itself (tests, local runner). */
  public static final String SECRET = Setting.JENNY_SECRET.variable();

  /** The Secrets Manager secret holding it (deployed functions); read once at start. */
  public static final String SECRET_ARN = Setting.JENNY_SECRET_ARN.variable();

  private final JennySignature signature;
  private final DynamoReplayGuard replays;
  private final SqsQueueSender confirmations;
  private final Clock clock;

  public JennyWebhookHandler() {
    this(JennyWebhookWiring.wire(FunctionWiring.fromEnvironment()), Clock.systemUTC());
  }

  /** Wires from {@code env}: AWS settings, {@code OOM_TABLE}, and the secret (or its ARN). */
  public JennyWebhookHandler(Map<String, String> env, Clock clock) {
    this(JennyWebhookWiring.wire(new FunctionWiring(env, clock)), clock);
  }

  public JennyWebhookHandler(
      String secret, DynamoReplayGuard replays, SqsQueueSender confirmations, Clock clock) {
    this.signature = new JennySignature(secret);
    this.replays = replays;
    this.confirmations = confirmations;
    this.clock = clock;
  }

  private JennyWebhookHandler(Parts parts, Clock clock) {
    this(parts.secret(), parts.replays(), parts.confirmations(), clock);
  }

  /** What the webhook works with: the HMAC secret, its replay records and the queue it feeds. */
  public record Parts(String secret, DynamoReplayGuard replays, SqsQueueSender confirmations) {}

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return PowertoolsLogging.withLogging(context, () -> handle(event));
  }

  private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
    HttpRequest request = HttpRequest.of(event);
    String instance = request.path();
    APIGatewayV2HTTPResponse response;
    try {
      response = accept(request);
    } catch (HttpProblem problem) {
      response = HttpResponses.problem(problem, instance);
    } catch (InvalidMessage invalid) {
      String field =
          invalid.field() == null || invalid.field().isEmpty() ? "body" : invalid.field();
      response =
          HttpResponses.problem(Problem.INVALID_REQUEST, invalid.getMessage(), instance, field);
    } catch (RuntimeException failure) {
      LOG.error("webhook delivery failed", failure);
      response =
          HttpResponses.problem(
              Problem.INTERNAL_ERROR, "The event could not be accepted; retry it.", instance, null);
    }
    LOG.info("jenny webhook answered {}", response.getStatusCode());
    MDC.remove("eventId");
    MDC.remove("orderId");
    return response;
  }

  private APIGatewayV2HTTPResponse accept(HttpRequest request) {
    if (!PATH.equals(request.path())) {
      throw new HttpProblem(Problem.NOT_FOUND, "No route matches this path.");
    }
    if (!"POST".equals(request.method())) {
      throw new HttpProblem(Problem.METHOD_NOT_ALLOWED, "Use POST.", null, Map.of("Allow", "POST"));
    }
    byte[] raw = request.bodyBytes();
    Instant now = clock.instant();
    JennySignature.Verdict verdict =
        signature.verify(
            request.header(TIMESTAMP_HEADER).orElse(null),
            request.header(SIGNATURE_HEADER).orElse(null),
            raw,
            now);
    if (verdict != JennySignature.Verdict.VALID) {
      LOG.warn("delivery refused: signature {}", verdict);
      throw new HttpProblem(Problem.INVALID_SIGNATURE, explain(verdict));
    }
    String body = HttpRequest.utf8(raw);
    JennyConfirmation confirmation = JsonBodies.read(body, JennyConfirmation.class).validated();
    MDC.put("eventId", confirmation.eventId());
    MDC.put("orderId", confirmation.orderId());
    switch (replays.claim(confirmation.eventId(), now)) {
      case ALREADY_ACCEPTED ->
          throw new HttpProblem(
              Problem.REPLAYED_EVENT,
              "This eventId was accepted before; it is not enqueued again.");
      case IN_FLIGHT ->
          throw new HttpProblem(
              Problem.EVENT_IN_FLIGHT,
              "Another delivery of this eventId is being accepted; retry later.",
              null,
              Map.of("Retry-After", Long.toString(DynamoReplayGuard.DEFAULT_LEASE.toSeconds())));
      case CLAIMED -> {}
    }
    try {
      confirmations.send(body);
    } catch (RuntimeException enqueueFailed) {
      release(confirmation.eventId());
      throw enqueueFailed;
    }
    try {
      replays.accepted(confirmation.eventId(), now);
    } catch (RuntimeException markFailed) {
      // Enqueued: answer 202. Until the lease ends a retry is told to wait; after it, a retry
      // enqueues a second copy, which the consumer applies once (by eventId).
      LOG.warn("event enqueued but not marked accepted", markFailed);
    }
    LOG.info("confirmation {} enqueued", confirmation.result());
    return HttpResponses.json(202, new Accepted(confirmation.eventId()));
  }

  private void release(String eventId) {
    try {
      replays.release(eventId);
    } catch (RuntimeException releaseFailed) {
      LOG.error("claim not released; a retry is accepted once its lease ends", releaseFailed);
    }
  }

  private static String explain(JennySignature.Verdict verdict) {
    return switch (verdict) {
      case MISSING ->
          "The " + TIMESTAMP_HEADER + " and " + SIGNATURE_HEADER + " headers are required.";
      case MALFORMED -> "The timestamp or signature header is malformed.";
      case MISMATCH -> "The signature does not match the timestamp and body.";
      case STALE -> "The timestamp is more than 5 minutes from now.";
      case VALID -> throw new IllegalArgumentException("valid");
    };
  }

  /** The 202 body. */
  record Accepted(String eventId) {}
}
