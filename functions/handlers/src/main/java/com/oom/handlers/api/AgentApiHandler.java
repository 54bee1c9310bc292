package com.oom.handlers.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.AddComment;
import com.oom.core.application.BookAppointment;
import com.oom.core.application.CommandResult;
import com.oom.core.application.ListWorkList;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.ReportTrouble;
import com.oom.core.application.SetContactStatus;
import com.oom.core.application.UnknownOrder;
import com.oom.core.application.ViewOrder;
import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.DerivedId;
import com.oom.core.order.Escalation;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.RuleViolation;
import com.oom.core.port.ConcurrentUpdate;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.core.worklist.WorkLists;
import com.oom.handlers.api.ApiRequests.AppointmentRequest;
import com.oom.handlers.api.ApiRequests.CommentRequest;
import com.oom.handlers.api.ApiRequests.ContactAttemptRequest;
import com.oom.handlers.api.ApiRequests.ContactStatusRequest;
import com.oom.handlers.api.ApiRequests.TroubleRequest;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.HttpFunction;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.http.HttpProblem;
import com.oom.handlers.http.HttpRequest;
import com.oom.handlers.http.HttpResponses;
import com.oom.handlers.http.JsonBodies;
import com.oom.handlers.http.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The agent API (API Gateway HTTP API, payload 2.0, JWT authorizer): work lists, the order view and
 * the agents' commands. Each request is authenticated from the verified claims, routed, authorised
 * by role, validated, then handed to one use case; every refusal happens before anything is
 * written, and every error is RFC 9457 problem details.
 *
 * <p>A store's staff ({@code store-<storeId>}) see only their own store: another store's order is
 * answered exactly like an unknown one (404), so its existence is not revealed.
 */
public final class AgentApiHandler implements HttpFunction {
  private static final Logger LOG = LoggerFactory.getLogger(AgentApiHandler.class);
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";
  private static final Pattern IDEMPOTENCY_KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,200}");
  private static final Pattern STORE_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  private final UseCases oom;

  /** The use cases this function calls. */
  public record UseCases(
      ViewOrder viewOrder,
      ListWorkList listWorkList,
      RecordContactAttempt recordContactAttempt,
      SetContactStatus setContactStatus,
      BookAppointment bookAppointment,
      ReportTrouble reportTrouble,
      AddComment addComment) {}

  public AgentApiHandler() {
    this(AgentApiWiring.wire(FunctionWiring.fromEnvironment()));
  }

  public AgentApiHandler(UseCases oom) {
    this.oom = oom;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return PowertoolsLogging.withLogging(context, () -> handle(event, context));
  }

  private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Context context) {
    HttpRequest request = HttpRequest.of(event);
    String instance = request.path();
    APIGatewayV2HTTPResponse response;
    try {
      response = route(request, context);
    } catch (HttpProblem problem) {
      response = HttpResponses.problem(problem, instance);
    } catch (InvalidMessage invalid) {
      String field =
          invalid.field() == null || invalid.field().isEmpty() ? "body" : invalid.field();
      response =
          HttpResponses.problem(
              Problem.INVALID_REQUEST, field + ": " + reason(invalid), instance, field);
    } catch (InvalidCommand invalid) {
      response =
          HttpResponses.problem(
              Problem.INVALID_REQUEST, invalid.getMessage(), instance, invalid.field());
    } catch (UnknownOrder unknown) {
      response = unknownOrder(instance);
    } catch (RuleViolation violation) {
      response =
          HttpResponses.problem(Problem.RULE_VIOLATION, violation.getMessage(), instance, null);
    } catch (ConcurrentUpdate conflict) {
      response =
          HttpResponses.problem(
              Problem.VERSION_CONFLICT,
              "The order was changed by someone else: read it again, then retry.",
              instance,
              null);
    } catch (RuntimeException failure) {
      LOG.error("request failed", failure);
      response =
          HttpResponses.problem(
              Problem.INTERNAL_ERROR,
              "Something went wrong on our side; nothing more can be said here.",
              instance,
              null);
    }
    LOG.info("{} {} answered {}", request.method(), MDC.get("route"), response.getStatusCode());
    MDC.remove("route");
    MDC.remove("orderId");
    MDC.remove("actor");
    return response;
  }

  private APIGatewayV2HTTPResponse route(HttpRequest request, Context context) {
    Caller caller = Caller.from(request.claims());
    ApiRoute.Match match =
        switch (ApiRoute.resolve(
            request.routeKey(), request.pathParameters(), request.method(), request.path())) {
          case ApiRoute.Resolution.Found found -> found.match();
          case ApiRoute.Resolution.WrongMethod wrong ->
              throw new HttpProblem(
                  Problem.METHOD_NOT_ALLOWED,
                  request.method()
                      + " is not allowed here; use "
                      + String.join(", ", wrong.allowed()),
                  null,
                  Map.of("Allow", String.join(", ", wrong.allowed())));
          case ApiRoute.Resolution.NoSuchPath none ->
              throw new HttpProblem(Problem.NOT_FOUND, "No route matches this path.");
        };
    ApiRoute route = match.route();
    MDC.put("route", route.template());
    MDC.put("actor", caller.subject());
    if (!caller.hasAnyRole()) {
      throw new HttpProblem(
          Problem.FORBIDDEN, "Your token carries none of the OOM groups (oom-agent, store-…).");
    }
    if (!route.storesAllowed() && !caller.agent()) {
      throw new HttpProblem(Problem.FORBIDDEN, "Only OOM agents and supervisors may do this.");
    }
    if (route == ApiRoute.WORK_LIST) {
      return workList(request, match, caller);
    }
    String orderId = orderId(match);
    MDC.put("orderId", orderId);
    return switch (route) {
      case ORDER -> order(orderId, caller);
      case CONTACT_ATTEMPTS -> contactAttempt(request, context, orderId, caller);
      case CONTACT_STATUS -> contactStatus(request, context, orderId, caller);
      case APPOINTMENTS -> appointment(request, context, orderId, caller);
      case TROUBLE -> trouble(request, context, orderId, caller);
      case COMMENTS -> comment(request, context, orderId, caller);
      case WORK_LIST -> throw new IllegalStateException("handled above");
    };
  }

  private APIGatewayV2HTTPResponse workList(
      HttpRequest request, ApiRoute.Match match, Caller caller) {
    String slug = match.pathParameters().getOrDefault("kind", "");
    WorkListKind kind =
        WorkListKind.fromSlug(slug)
            .orElseThrow(
                () ->
                    new InvalidMessage(
                        "kind",
                        "must be one of scheduling, follow-up, confirmation, coded, past-due,"
                            + " missed"));
    Optional<String> storeId = request.query("storeId");
    if (storeId.isPresent() && !STORE_ID.matcher(storeId.get()).matches()) {
      throw new InvalidMessage("storeId", "is not a store id");
    }
    List<WorkItem> items;
    if (caller.agent()) {
      items = oom.listWorkList().handle(kind, storeId.orElse(null));
    } else if (storeId.isPresent()) {
      if (!caller.mayWorkStore(storeId.get())) {
        throw new HttpProblem(Problem.FORBIDDEN, "You may list only your own store's orders.");
      }
      items = oom.listWorkList().handle(kind, storeId.get());
    } else {
      List<WorkItem> all = new ArrayList<>();
      caller.stores().stream()
          .sorted()
          .forEach(s -> all.addAll(oom.listWorkList().handle(kind, s)));
      items = all.stream().sorted(WorkLists.PRIORITY).toList();
    }
    return HttpResponses.json(200, ApiResponses.WorkList.of(kind.slug(), items));
  }

  private APIGatewayV2HTTPResponse order(String orderId, Caller caller) {
    ViewOrder.OrderView view = oom.viewOrder().handle(orderId);
    if (!caller.mayWorkStore(view.order().details().storeId())) {
      throw new UnknownOrder(orderId);
    }
    return HttpResponses.json(200, ApiResponses.OrderView.of(view));
  }

  private APIGatewayV2HTTPResponse contactAttempt(
      HttpRequest request, Context context, String orderId, Caller caller) {
    ContactAttemptRequest body = read(request, ContactAttemptRequest.class).validated();
    Actor actor = actorOnOrder(orderId, caller);
    String commandId = commandId(request, context, ApiRoute.CONTACT_ATTEMPTS, caller);
    CommandResult result =
        oom.recordContactAttempt()
            .handle(
                new RecordContactAttempt.Command(
                    commandId,
                    orderId,
                    actor,
                    body.phone(),
                    body.channel(),
                    body.outcome(),
                    body.comment()));
    String attemptId = DerivedId.of(commandId, orderId, "attempt");
    ContactAttempt attempt =
        result.order().attempts().stream()
            .filter(a -> a.attemptId().equals(attemptId))
            .findFirst()
            .orElse(null);
    return command(ApiRoute.CONTACT_ATTEMPTS, result, attempt, null, null);
  }

  private APIGatewayV2HTTPResponse contactStatus(
      HttpRequest request, Context context, String orderId, Caller caller) {
    ContactStatusRequest body = read(request, ContactStatusRequest.class).validated();
    CommandResult result =
        oom.setContactStatus()
            .handle(
                new SetContactStatus.Command(
                    commandId(request, context, ApiRoute.CONTACT_STATUS, caller),
                    orderId,
                    actorOnOrder(orderId, caller),
                    body.status(),
                    body.contactDate(),
                    body.comment(),
                    body.expectedVersion()));
    return command(ApiRoute.CONTACT_STATUS, result, null, null, null);
  }

  private APIGatewayV2HTTPResponse appointment(
      HttpRequest request, Context context, String orderId, Caller caller) {
    AppointmentRequest body = read(request, AppointmentRequest.class).validated();
    Appointment appointment =
        new Appointment(body.date(), body.windowStart(), body.windowEnd(), body.kind());
    CommandResult result =
        oom.bookAppointment()
            .handle(
                new BookAppointment.Command(
                    commandId(request, context, ApiRoute.APPOINTMENTS, caller),
                    orderId,
                    actorOnOrder(orderId, caller),
                    appointment,
                    body.comment()));
    return command(
        ApiRoute.APPOINTMENTS, result, null, result.order().details().appointment(), null);
  }

  private APIGatewayV2HTTPResponse trouble(
      HttpRequest request, Context context, String orderId, Caller caller) {
    TroubleRequest body = read(request, TroubleRequest.class).validated();
    CommandResult result =
        oom.reportTrouble()
            .handle(
                new ReportTrouble.Command(
                    commandId(request, context, ApiRoute.TROUBLE, caller),
                    orderId,
                    actorOnOrder(orderId, caller),
                    body.reason(),
                    body.comment()));
    return command(ApiRoute.TROUBLE, result, null, null, result.order().escalation());
  }

  private APIGatewayV2HTTPResponse comment(
      HttpRequest request, Context context, String orderId, Caller caller) {
    CommentRequest body = read(request, CommentRequest.class).validated();
    Actor actor = actorOnOrder(orderId, caller);
    CommandResult result =
        oom.addComment()
            .handle(
                new AddComment.Command(
                    commandId(request, context, ApiRoute.COMMENTS, caller),
                    orderId,
                    actor,
                    body.comment()));
    return command(ApiRoute.COMMENTS, result, null, null, null);
  }

  private static APIGatewayV2HTTPResponse command(
      ApiRoute route,
      CommandResult result,
      ContactAttempt attempt,
      Appointment appointment,
      Escalation escalation) {
    LOG.info("{} {}", route.name(), result.outcome());
    Map<String, String> headers =
        result.outcome() == CommandResult.Outcome.DUPLICATE ? Map.of(REPLAYED, "true") : Map.of();
    return HttpResponses.json(
        route.successStatus(),
        ApiResponses.CommandOutcome.of(result, attempt, appointment, escalation),
        headers);
  }

  /**
   * The actor a change is recorded under. Agents act on any order; a store's staff only on their
   * own store's orders, which costs one read of the order before the command (another store's order
   * is answered as unknown).
   */
  private Actor actorOnOrder(String orderId, Caller caller) {
    if (caller.agent()) {
      return caller.actorFor(null);
    }
    String storeId = oom.viewOrder().handle(orderId).order().details().storeId();
    if (!caller.mayWorkStore(storeId)) {
      throw new UnknownOrder(orderId);
    }
    return caller.actorFor(storeId);
  }

  /**
   * The command id that makes a retry safe: the client's {@code Idempotency-Key}, scoped to the
   * caller and the route (one client's key never collides with another's, and a key reused for
   * another kind of change is another command), else API Gateway's request id.
   */
  static String commandId(HttpRequest request, Context context, ApiRoute route, Caller caller) {
    Optional<String> key = request.header(IDEMPOTENCY_KEY);
    if (key.isPresent()) {
      if (!IDEMPOTENCY_KEY_FORMAT.matcher(key.get()).matches()) {
        throw new InvalidMessage(
            IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters (e.g. a UUID)");
      }
      return "api:" + route.name() + ":" + caller.subject() + ":" + key.get();
    }
    String requestId =
        request
            .requestId()
            .orElseGet(() -> context == null ? "unknown" : context.getAwsRequestId());
    return "api:request:" + requestId;
  }

  private static String orderId(ApiRoute.Match match) {
    String orderId = match.pathParameters().get("orderId");
    if (orderId == null || orderId.isBlank() || orderId.length() > 64 || hasControl(orderId)) {
      throw new UnknownOrder(String.valueOf(orderId));
    }
    return orderId;
  }

  private static boolean hasControl(String value) {
    return value.chars().anyMatch(Character::isISOControl);
  }

  private static <T extends Record> T read(HttpRequest request, Class<T> type) {
    return JsonBodies.read(request.bodyText(), type);
  }

  private static APIGatewayV2HTTPResponse unknownOrder(String instance) {
    return HttpResponses.problem(
        Problem.UNKNOWN_ORDER, "No order with this id is known to OOM.", instance, null);
  }

  /** The reason part of an InvalidMessage (its message is "field: reason"). */
  private static String reason(InvalidMessage invalid) {
    String message = invalid.getMessage();
    String prefix = invalid.field() + ": ";
    return invalid.field() != null && !invalid.field().isEmpty() && message.startsWith(prefix)
        ? message.substring(prefix.length())
        : message;
  }
}
