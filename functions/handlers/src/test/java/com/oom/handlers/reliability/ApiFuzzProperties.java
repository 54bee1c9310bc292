package com.oom.handlers.reliability;

import static com.oom.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.json.ApiJson;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.ApiRoute;
import com.oom.handlers.api.ApiTestbed;
import com.oom.handlers.api.WorkListCursors;
import com.oom.handlers.testing.HttpEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import com.oom.tooling.emulator.Emulators;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Random requests against the agent API handler on moto: methods, paths, route keys, claims
 * (absent, garbage, look-alike groups, unicode and oversized subjects), work-list paging ({@code
 * limit}, signed, altered and made-up {@code cursor}s), headers (forged, expired and garbage bearer
 * tokens, idempotency keys, content types) and bodies (malformed and deep JSON, unicode, huge
 * numbers, wrong types, unknown fields, base64, oversized). Whatever comes in: never a 5xx; every
 * error is RFC 9457 problem details ({@code application/problem+json} with {@code type}, {@code
 * title} and a {@code status} equal to the answer's); a refused request writes nothing (no DynamoDB
 * or SQS write request at all); and each answer is one the OpenAPI document gives for it (all three
 * checked by {@link ApiTestbed#call}).
 *
 * <p>JWT signature and expiry are API Gateway's authorizer's (see {@link AuthorizationMatrixIT}): a
 * forged or expired token only ever reaches the function as a header without verified claims, which
 * must be answered 401.
 */
@ExtendWith(EmulatorExtension.Available.class)
class ApiFuzzProperties {
  private static final Tally TALLY = new Tally("api-fuzz");
  private static final String[] FIELDS = {
    "phone",
    "channel",
    "outcome",
    "comment",
    "status",
    "contactDate",
    "expectedVersion",
    "date",
    "windowStart",
    "windowEnd",
    "kind",
    "reason",
    "result",
    "fromLocationId",
    "toLocationId",
    "expectedDate",
    "event",
    "body",
    "to"
  };
  private static final List<String> ORDERS =
      List.of("SO-1011", "SO-1012", "SO-1013", "SO-1014", "SO-2021", "SO-2022");
  private static final AtomicInteger ACCEPTED = new AtomicInteger();
  private static final WorkListCursors CURSORS = new WorkListCursors(ApiTestbed.CURSOR_KEY);
  private static ApiTestbed api;

  @BeforeAll
  static void start() {
    Emulators.shared().reset();
    api = new ApiTestbed();
    for (String orderId : ORDERS) {
      Orders.Builder order =
          Orders.defaultOrder().orderId(orderId).storeId(orderId.substring(3, 6));
      if (orderId.endsWith("1")) { // booked: a confirmation call has an appointment to confirm
        order.appointment(Orders.appointment(java.time.LocalDate.of(2026, 12, 1)));
      }
      if (orderId.endsWith("2")) { // a pick-up at the 888 desk today: the desk's events apply
        order
            .status(com.oom.core.order.FulfilmentStatus.SCH)
            .appointment(
                new com.oom.core.order.Appointment(
                    java.time.LocalDate.of(2026, 11, 30),
                    java.time.LocalTime.of(9, 0),
                    java.time.LocalTime.of(12, 0),
                    com.oom.core.order.AppointmentKind.PICKUP));
      }
      api.ingest(order);
    }
    api.auditConfirmations("101");
  }

  @AfterAll
  static void report() {
    System.out.printf("api-fuzz: %d requests accepted (2xx)%n", ACCEPTED.get());
    TALLY.report();
  }

  /** The request is answered without a 5xx, as problem details when refused. */
  private static ApiTestbed.Reply answered(HttpEvents.Builder request) {
    ApiTestbed.Reply reply = api.call(request);
    assertThat(reply.status()).as("status").isBetween(200, 499);
    if (reply.status() < 300) {
      ACCEPTED.incrementAndGet();
    }
    if (reply.status() >= 400) {
      assertThat(reply.headers().get("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.json().path("type").asText()).startsWith("https://");
      assertThat(reply.json().path("title").asText()).isNotBlank();
      assertThat(reply.json().path("status").asInt()).isEqualTo(reply.status());
    }
    return reply;
  }

  // ---- properties ------------------------------------------------------------------------------

  @Test
  void any_request_is_answered_without_a_5xx_and_refusals_write_nothing() {
    fuzz(300).forAll(requests()).checkAssert(request -> tallied(() -> answered(request)));
  }

  @Test
  void a_request_without_verified_claims_is_401_whatever_its_token() {
    fuzz(150)
        .forAll(targets(), tokens(), bodies())
        .checkAssert(
            (target, token, body) ->
                tallied(
                    () -> {
                      ApiTestbed.Reply reply =
                          answered(target.header("Authorization", token).body(body));
                      assertThat(reply.status()).isEqualTo(401);
                      assertThat(reply.headers()).containsEntry("WWW-Authenticate", "Bearer");
                    }));
  }

  @Test
  void a_caller_without_an_oom_role_changes_nothing() {
    fuzz(150)
        .forAll(targets(), garbageClaims(), bodies())
        .checkAssert(
            (target, claims, body) ->
                tallied(
                    () ->
                        assertThat(answered(claims.apply(target).body(body)).status())
                            .isBetween(400, 499)));
  }

  @Test
  void an_agents_command_with_fuzzed_fields_is_applied_or_refused_cleanly() {
    fuzz(300).forAll(commands()).checkAssert(command -> tallied(() -> answered(command)));
  }

  /** {@code tries} requests, reported as found: each costs calls on moto, so none is shrunk. */
  private static QuickTheory fuzz(int tries) {
    return qt(tries).withShrinkCycles(0);
  }

  /** One case of the tally; what the code under test throws fails the property as it is. */
  private static void tallied(Tally.Check check) {
    try {
      TALLY.check(check);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- requests --------------------------------------------------------------------------------

  private static Gen<HttpEvents.Builder> requests() {
    return Generate.oneOf(targets(), rawTargets())
        .zip(
            Generate.oneOf(callers(), garbageClaims()),
            headers(),
            bodies(),
            SourceDSL.integers().between(0, 9),
            (target, caller, headers, body, encoding) -> {
              HttpEvents.Builder request = headers.apply(caller.apply(target));
              return encoding == 0 && body != null ? request.base64Body(body) : request.body(body);
            });
  }

  /** The query of a fuzzed request: a store id, a date, work-list paging, a caller's number. */
  private record Query(
      String storeId, String date, UnaryOperator<HttpEvents.Builder> paging, String phone) {}

  /**
   * The API's routes, matched by API Gateway, with fuzzed order ids, work-list kinds and queries
   * ({@code storeId}, a work list's {@code limit} and {@code cursor}, each absent at times).
   */
  private static Gen<HttpEvents.Builder> targets() {
    return SourceDSL.arbitrary()
        .pick(ApiRoute.values())
        .zip(
            orderIds(),
            kinds(),
            Generate.frequency(Pair.of(3, queryValues()), Pair.of(1, Generate.constant(NONE)))
                .zip(dates(), paging(), phones(), Query::new),
            (route, orderId, kind, query) ->
                switch (route) {
                  case WORK_LIST ->
                      query
                          .paging()
                          .apply(
                              withQuery(
                                  HttpEvents.route(route.routeKey(), "kind", kind),
                                  "storeId",
                                  query.storeId()));
                  case CONFIRMATION_AUDIT ->
                      withQuery(HttpEvents.route(route.routeKey()), "storeId", query.storeId())
                          .query("date", query.date());
                  case PICKUP_DESK ->
                      withQuery(HttpEvents.route(route.routeKey()), "locationId", query.storeId())
                          .query("date", query.date());
                  case ORDERS_BY_PHONE ->
                      withQuery(HttpEvents.route(route.routeKey()), "phone", query.phone());
                  default -> HttpEvents.route(route.routeKey(), "orderId", orderId);
                });
  }

  /** Numbers as callers write them, in and out of the guests' files, and what is none. */
  private static final List<String> PHONES =
      List.of(
          "+12045550142",
          "(204) 555-0142",
          "204.555.0142",
          "1-204-555-0142",
          " 12045550142",
          "%2B12045550142",
          "+442079460958",
          "011 44 20 7946 0958",
          "tel:+1-204-555-0199",
          "+1 204 555 0142 ext 7",
          "+0 204 555 0142",
          "204-555-014",
          "+",
          "++12045550142",
          "\u0662\u0660\u0664\u0665\u0665\u0665\u0660\u0661\u0664\u0662",
          "2".repeat(65));

  /**
   * The {@code phone} of a lookup: a number from {@link #PHONES}, digits and separators at random,
   * anything at all, or none.
   */
  private static Gen<String> phones() {
    return Generate.frequency(
        Pair.of(4, SourceDSL.arbitrary().pick(PHONES)),
        Pair.of(2, SourceDSL.strings().betweenCodePoints(' ', '9').ofLengthBetween(0, 24)),
        Pair.of(1, SourceDSL.strings().allPossible().ofLengthBetween(0, 80)),
        Pair.of(1, Generate.constant(NONE)));
  }

  /** A query parameter left out. */
  private static final String NONE = "(none)";

  private static HttpEvents.Builder withQuery(
      HttpEvents.Builder request, String name, String value) {
    return value == null || value.equals(NONE) ? request : request.query(name, value);
  }

  /**
   * A work list's {@code limit} and {@code cursor}, each absent half of the time: limits in and out
   * of range and not numbers; cursors this API signed for any list, scope and rank, the same with a
   * character changed, and made up.
   */
  private static Gen<UnaryOperator<HttpEvents.Builder>> paging() {
    Gen<String> limits =
        Generate.oneOf(
            SourceDSL.arbitrary()
                .pick(
                    "1",
                    "7",
                    "50",
                    "200",
                    "0",
                    "201",
                    "-1",
                    "abc",
                    "",
                    "1.5",
                    " 5",
                    "+5",
                    "0x10",
                    "99999999999",
                    "\u0661"),
            SourceDSL.integers().between(-5, 260).map(n -> Integer.toString(n)),
            SourceDSL.strings().allPossible().ofLengthBetween(0, 12));
    Gen<String> signed =
        kinds()
            .zip(
                SourceDSL.arbitrary()
                    .pick("all", "store:101", "store:202", "stores:101", "stores:101,202", ""),
                SourceDSL.arbitrary()
                    .pick("0", "1", "2", "10999", "1" + "9".repeat(40), "SO-1011", "\u00e9|x"),
                CURSORS::issue);
    Gen<String> cursors =
        Generate.oneOf(
            signed,
            signed.zip(
                SourceDSL.integers().between(0, 500),
                (cursor, at) -> changed(cursor, at % cursor.length())),
            SourceDSL.strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 120),
            SourceDSL.strings().allPossible().ofLengthBetween(0, 60),
            SourceDSL.arbitrary().pick(".", "a.b", "x".repeat(1100) + ".y"));
    return orNull(limits)
        .zip(
            orNull(cursors),
            (limit, cursor) ->
                b -> {
                  withQuery(b, "limit", limit);
                  return withQuery(b, "cursor", cursor);
                });
  }

  /** {@code text} with its character at {@code at} replaced by another. */
  private static String changed(String text, int at) {
    char other = text.charAt(at) == 'A' ? 'B' : 'A';
    return text.substring(0, at) + other + text.substring(at + 1);
  }

  /** Anything a catch-all route passes on: any method, any path. */
  private static Gen<HttpEvents.Builder> rawTargets() {
    Gen<String> methods =
        Generate.oneOf(
            SourceDSL.arbitrary()
                .pick("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "get", ""),
            SourceDSL.strings().allPossible().ofLengthBetween(0, 10));
    Gen<String> paths =
        Generate.oneOf(
            orderIds().map(id -> "/orders/" + id),
            orderIds().map(id -> "/orders/" + id + "/contact-attempts"),
            orderIds().map(id -> "/orders/" + id + "/contact-status/"),
            orderIds().map(id -> "/orders/" + id + "/fulfilment-date"),
            orderIds().map(id -> "/orders/" + id + "/confirmations"),
            queryValues().map(store -> "/reports/confirmation-audit?storeId=" + store),
            SourceDSL.arbitrary().pick(PHONES).map(phone -> "/orders?phone=" + phone),
            kinds().map(kind -> "/worklists/" + kind),
            SourceDSL.arbitrary()
                .pick(
                    "/",
                    "",
                    "//",
                    "/orders",
                    "/orders/",
                    "/orders//comments",
                    "/worklists",
                    "/reports",
                    "/reports/confirmation-audit/101",
                    "/orders/SO-1011/../SO-2021",
                    "/orders/%E0%A4%A/comments",
                    "/orders/%00/trouble",
                    "/_local/token",
                    "/webhooks/jenny"),
            SourceDSL.strings().allPossible().ofLengthBetween(0, 120).map(s -> "/" + s));
    return methods.zip(paths, HttpEvents::raw);
  }

  private static Gen<String> orderIds() {
    return Generate.oneOf(
        SourceDSL.arbitrary()
            .pick(
                "SO-1011",
                "SO-2001",
                "SO-NOBODY",
                " ",
                "SO-1011 ",
                "so-1001",
                "SO-1011%2F..",
                "%53%4F-1001",
                "SO-1011\u0000",
                "SO\u202E1001",
                "\uD83D\uDECB\uFE0F",
                "'; DROP--",
                "x".repeat(64),
                "x".repeat(65),
                "\u00e9".repeat(64),
                "\uD800"),
        SourceDSL.strings().allPossible().ofLengthBetween(1, 80),
        SourceDSL.strings().betweenCodePoints('!', '~').ofLengthBetween(1, 3000));
  }

  private static Gen<String> kinds() {
    return Generate.oneOf(
        SourceDSL.arbitrary()
            .pick(
                "scheduling",
                "follow-up",
                "confirmation",
                "coded",
                "past-due",
                "missed",
                "sync",
                "phone-correction",
                "cwc",
                "SCHEDULING",
                "follow_up",
                "missed ",
                "%73cheduling"),
        SourceDSL.strings().allPossible().ofLengthBetween(1, 40));
  }

  private static Gen<String> dates() {
    return Generate.oneOf(
        SourceDSL.arbitrary()
            .pick(
                "2026-11-30",
                "2026-12-01",
                "2026-02-30",
                "30-11-2026",
                "2026-11-30T00:00:00Z",
                "+999999999-12-31",
                ""),
        SourceDSL.strings().allPossible().ofLengthBetween(0, 30));
  }

  private static Gen<String> queryValues() {
    return Generate.oneOf(
        SourceDSL.arbitrary()
            .pick("101", "202", "999", "", "101,202", "../101", "\u0661\u0660\u0661"),
        SourceDSL.strings().allPossible().ofLengthBetween(0, 60));
  }

  // ---- who calls -------------------------------------------------------------------------------

  /** Callers the authorizer verified, with and without OOM roles. */
  private static Gen<UnaryOperator<HttpEvents.Builder>> callers() {
    return SourceDSL.arbitrary()
        .pick(
            List.<UnaryOperator<HttpEvents.Builder>>of(
                b -> b.as("ana", "oom-agent"),
                b -> b.as("sam", "oom-supervisor"),
                b -> b.as("maria", "store-101"),
                b -> b.as("li", "store-202"),
                b -> b.claims("sub", "ana", "groups", "oom-agent,store-101"),
                b -> b.claims("sub", "\uD83D\uDE00 ana \u202E", "cognito:groups", "[oom-agent]"),
                b -> b.claims("sub", "a".repeat(5000), "cognito:groups", "[oom-agent]")));
  }

  /** Claims that grant nothing: none, no subject, or groups that are not OOM's. */
  private static Gen<UnaryOperator<HttpEvents.Builder>> garbageClaims() {
    Gen<String> claimValues =
        Generate.oneOf(
            SourceDSL.arbitrary()
                .pick(
                    "OOM-AGENT",
                    "oom-agents",
                    "xoom-agent",
                    "store-",
                    "store-101/../202",
                    "stores-101",
                    "oom-agent-readonly",
                    "[\"oom-agent\"",
                    "oom\u2010agent",
                    "store-\uFF11\uFF10\uFF11",
                    "1796054400",
                    "null",
                    ""),
            SourceDSL.strings().allPossible().ofLengthBetween(0, 200));
    Gen<String> claimNames =
        SourceDSL.arbitrary()
            .pick("sub", "groups", "cognito:groups", "exp", "iss", "scope", "roles", "Sub");
    return Generate.oneOf(
        Generate.<UnaryOperator<HttpEvents.Builder>>constant(b -> b),
        Generate.<UnaryOperator<HttpEvents.Builder>>constant(b -> b.claims()),
        claimValues.map(
            g ->
                (UnaryOperator<HttpEvents.Builder>)
                    b -> b.claims("cognito:groups", "[oom-agent]", "groups", g)),
        claimValues.map(
            s ->
                (UnaryOperator<HttpEvents.Builder>)
                    b -> b.claims("sub", s.isBlank() ? s : " ", "groups", "oom-agent")),
        claimValues.zip(
            claimValues, (s, g) -> (UnaryOperator<HttpEvents.Builder>) b -> b.as("eve-" + s, g)),
        claimNames.zip(
            claimValues,
            claimValues,
            (name, value, groups) ->
                (UnaryOperator<HttpEvents.Builder>)
                    b ->
                        b.claims(
                            name, value, "sub", "eve", "exp", "1000000000", "groups", groups)));
  }

  /** What arrives in the Authorization header: garbage, forged (alg none) and expired tokens. */
  private static Gen<String> tokens() {
    Gen<String> garbage = SourceDSL.strings().allPossible().ofLengthBetween(0, 300);
    return Generate.oneOf(
        garbage,
        garbage.map(g -> "Bearer " + g),
        SourceDSL.arbitrary()
            .pick(
                "Bearer",
                "Bearer ",
                "Basic YW5hOnBhc3N3b3Jk",
                jwt(
                    "{\"alg\":\"none\"}",
                    "{\"sub\":\"ana\",\"cognito:groups\":[\"oom-agent\"]}",
                    ""),
                jwt(
                    "{\"alg\":\"RS256\",\"kid\":\"forged\"}",
                    "{\"sub\":\"ana\",\"cognito:groups\":[\"oom-supervisor\"],\"exp\":4102444800}",
                    "c2lnbmF0dXJl"),
                jwt(
                    "{\"alg\":\"RS256\"}",
                    "{\"sub\":\"ana\",\"cognito:groups\":[\"oom-agent\"],\"exp\":1000000000}",
                    "ZXhwaXJlZA")));
  }

  private static String jwt(String header, String payload, String signature) {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    return "Bearer "
        + url.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + signature;
  }

  private static Gen<UnaryOperator<HttpEvents.Builder>> headers() {
    Gen<String> idempotencyKeys =
        Generate.oneOf(
            SourceDSL.strings().betweenCodePoints('!', '~').ofLengthBetween(1, 200),
            SourceDSL.strings().allPossible().ofLengthBetween(0, 300));
    Gen<String> contentTypes =
        SourceDSL.arbitrary()
            .pick(
                "application/json",
                "text/plain",
                "application/json; charset=utf-16",
                "multipart/form-data; boundary=x",
                "");
    return orNull(idempotencyKeys)
        .zip(
            contentTypes,
            orNull(tokens()),
            (key, type, token) ->
                b -> {
                  if (key != null) {
                    b.header("Idempotency-Key", key);
                  }
                  if (token != null) {
                    b.header("Authorization", token);
                  }
                  return b.header("content-type", type);
                });
  }

  /** Null half of the time. */
  private static <T> Gen<T> orNull(Gen<T> values) {
    return values.toOptionals(50).map(value -> value.orElse(null));
  }

  // ---- bodies ----------------------------------------------------------------------------------

  private static Gen<String> bodies() {
    return Generate.frequency(
        Pair.of(6, jsonObject(2)),
        Pair.of(1, SourceDSL.strings().allPossible().ofLengthBetween(0, 200)),
        Pair.of(1, Generate.constant((String) null)),
        Pair.of(
            1,
            SourceDSL.arbitrary()
                .pick(
                    "",
                    "null",
                    "[]",
                    "\"text\"",
                    "42",
                    "{",
                    "{\"comment\":\"a\",}",
                    "{\"comment\":\"a\",\"comment\":\"b\"}",
                    "[".repeat(3000) + "]".repeat(3000),
                    "{\"comment\":" + "[".repeat(1200) + "]".repeat(1200) + "}",
                    "{\"comment\":\"" + "x".repeat(70_000) + "\"}",
                    "{\"expectedVersion\":" + "9".repeat(2000) + "}",
                    "\uFEFF{\"comment\":\"bom\"}")));
  }

  private static final String UNCHANGED = "unchanged";
  private static final String DROPPED = "dropped";

  /** A valid body of each command route, as name → JSON value. */
  private static final Map<ApiRoute, Map<String, String>> VALID =
      Map.of(
          ApiRoute.CONTACT_ATTEMPTS,
          Map.of(
              "phone", "\"+12045550142\"",
              "channel", "\"PHONE\"",
              "outcome", "\"NO_ANSWER\"",
              "comment", "\"rang out\""),
          ApiRoute.CONTACT_STATUS,
          Map.of("status", "\"HOLD\"", "contactDate", "\"2026-12-04\"", "comment", "\"away\""),
          ApiRoute.FULFILMENT_DATE,
          Map.of("date", "\"2026-12-04\"", "comment", "\"stock in\"", "expectedVersion", "1"),
          ApiRoute.APPOINTMENTS,
          Map.of(
              "date", "\"2026-12-04\"",
              "windowStart", "\"08:00\"",
              "windowEnd", "\"12:00\"",
              "kind", "\"DELIVERY\"",
              "comment", "\"booked\""),
          ApiRoute.TROUBLE,
          Map.of("reason", "\"FAULTY\"", "comment", "\"scratched top\""),
          ApiRoute.COMMENTS,
          Map.of("comment", "\"guest emailed\""),
          ApiRoute.CONFIRMATIONS,
          Map.of(
              "phone", "\"+12045550142\"",
              "result", "\"CONFIRMED\"",
              "comment", "\"guest confirmed\"",
              "expectedVersion", "1"),
          ApiRoute.TRANSFERS,
          Map.of(
              "fromLocationId", "\"888\"",
              "toLocationId", "\"101\"",
              "expectedDate", "\"2026-12-04\"",
              "comment", "\"stock at the DC\""),
          ApiRoute.PICKUP,
          Map.of("event", "\"ARRIVED\"", "comment", "\"guest at the desk\""),
          ApiRoute.TEXTS,
          Map.of(
              "body", "\"Your sofa arrives Tuesday after 3 pm.\"",
              "comment", "\"answering the guest\"",
              "to", "\"+12045550142\""));

  /**
   * A command route on a real order, by a caller with a role (unicode and oversized subjects
   * included), with a valid body of which one field is replaced, added or dropped (or none).
   */
  private static Gen<HttpEvents.Builder> commands() {
    Gen<String> idempotencyKeys =
        SourceDSL.strings().betweenCodePoints('!', '~').ofLengthBetween(1, 200);
    Gen<Pair<ApiRoute, String>> routesAndOrders =
        SourceDSL.arbitrary()
            .pick(VALID.keySet().stream().sorted().toList())
            .zip(SourceDSL.arbitrary().pick(ORDERS), Pair::of);
    return routesAndOrders.zip(
        SourceDSL.arbitrary().pick(FIELDS),
        Generate.frequency(
            Pair.of(2, jsonValue(1)), Pair.of(1, SourceDSL.arbitrary().pick(UNCHANGED, DROPPED))),
        callers(),
        orNull(idempotencyKeys),
        (routeAndOrder, field, value, caller, key) -> {
          ApiRoute route = routeAndOrder._1;
          String orderId = routeAndOrder._2;
          Map<String, String> fields = new TreeMap<>(VALID.get(route));
          if (value.equals(DROPPED)) {
            fields.remove(field);
          } else if (!value.equals(UNCHANGED)) {
            fields.put(field, value);
          }
          HttpEvents.Builder request =
              caller.apply(
                  HttpEvents.route(route.routeKey(), "orderId", orderId).body(object(fields)));
          return key == null ? request : request.header("Idempotency-Key", key);
        });
  }

  /** A JSON object mostly of the API's own field names, with values of every kind. */
  private static Gen<String> jsonObject(int depth) {
    Gen<String> names =
        Generate.frequency(
            Pair.of(8, SourceDSL.arbitrary().pick(FIELDS)),
            Pair.of(1, SourceDSL.strings().allPossible().ofLengthBetween(0, 20)));
    return SourceDSL.maps()
        .of(names, jsonValue(depth))
        .ofSizeBetween(0, 6)
        .map(fields -> object(fields));
  }

  /** A JSON object text of these names and JSON value texts (which may be malformed). */
  private static String object(Map<String, String> fields) {
    StringBuilder json = new StringBuilder("{");
    fields.forEach(
        (name, value) ->
            json.append(json.length() > 1 ? "," : "")
                .append(ApiJson.write(name))
                .append(':')
                .append(value));
    return json.append('}').toString();
  }

  private static Gen<String> jsonValue(int depth) {
    Gen<String> leaf =
        Generate.oneOf(
            plausibleValues().map(text -> ApiJson.write(text)),
            SourceDSL.strings()
                .allPossible()
                .ofLengthBetween(0, 2100)
                .map(text -> ApiJson.write(text)),
            hugeNumbers(),
            SourceDSL.arbitrary().pick("true", "false", "null", "{}", "[]"));
    if (depth == 0) {
      return leaf;
    }
    return Generate.frequency(
        Pair.of(8, leaf),
        Pair.of(1, jsonObject(depth - 1)),
        Pair.of(
            1,
            SourceDSL.lists()
                .of(jsonValue(depth - 1))
                .ofSizeBetween(0, 3)
                .map(values -> "[" + String.join(",", values) + "]")));
  }

  /** Values the API accepts somewhere, and near misses. */
  private static Gen<String> plausibleValues() {
    return SourceDSL.arbitrary()
        .pick(
            "+12045550142",
            "204-555-0142",
            "+12045550199",
            "+1204555014",
            "+999999999999999",
            "PHONE",
            "SMS",
            "FAX",
            "NO_ANSWER",
            "REACHED",
            "VOICEMAIL",
            "no_answer",
            "CONFIRMED",
            "RESCHEDULE_REQUESTED",
            "DECLINED",
            "NO_RESPONSE",
            "WRONG_NUMBER",
            "HOLD",
            "BALDUE",
            "SVC",
            "CANCEL",
            "CALLBACK",
            "NONE",
            "FAULTY",
            "NO_FIT",
            "DELIVERY",
            "PICKUP",
            "SERVICE",
            "ARRIVED",
            "RELEASED",
            "NO_SHOW",
            "2026-12-04",
            "2026-11-29",
            "2026-02-30",
            "+999999999-12-31",
            "2026-12-04T10:00:00Z",
            "08:00",
            "12:00",
            "24:00",
            "07:59:60",
            "guest away",
            " ",
            "",
            "\u0000",
            "\uD83D\uDECB\uFE0F sofa",
            "R\u00e9servation \u00e0 confirmer",
            "\u202Eenilno",
            "\u0928\u092e\u0938\u094d\u0924\u0947",
            "\uD800",
            "<script>alert(1)</script>");
  }

  private static Gen<String> hugeNumbers() {
    return Generate.oneOf(
        SourceDSL.arbitrary()
            .pick(
                "0",
                "-0",
                "-1",
                "1.5",
                "1e3",
                "9223372036854775807",
                "9223372036854775808",
                "-9223372036854775809",
                "1e999999",
                "-1e-999999",
                "123456789012345678901234567890",
                "0.0000000000000000000000001",
                "1E+2147483648"),
        SourceDSL.longs().all().map(n -> Long.toString(n)),
        bigIntegers(BigInteger.TEN.pow(18).negate(), BigInteger.TEN.pow(40)).map(n -> n.toString()),
        SourceDSL.doubles()
            .any()
            .map(d -> Double.toString(d))
            .assuming(d -> !d.contains("N") && !d.contains("I")));
  }

  /** Integers from {@code low} to {@code high}, inclusive. */
  private static Gen<BigInteger> bigIntegers(BigInteger low, BigInteger high) {
    BigInteger size = high.subtract(low).add(BigInteger.ONE);
    return SourceDSL.bigIntegers()
        .ofBytes(size.toByteArray().length + 1)
        .map(n -> low.add(n.mod(size)));
  }
}
