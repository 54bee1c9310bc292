package com.oom.handlers.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.ApiTestbed;
import com.oom.handlers.testing.HttpEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every agent API route × every kind of caller → the expected status. The order SO-1001 belongs to
 * store 101. JWT signature and expiry are checked by API Gateway's authorizer before the function
 * runs; what the function can check is in the claims: no subject, a blank subject, groups that
 * grant nothing (look-alikes included), and a store reaching for another store's order (answered as
 * unknown, 404, so order ids of other stores cannot be probed). The sync list is a supervisor's;
 * the cwc list a supervisor's and each store's own (not an agent's); a store not in the directory
 * is 404 to whoever may list any store. SO-1001 is booked (a call to confirm) and store 101's
 * confirmation audit of today is stored. SO-1002 (store 101) has a pick-up at the 888 desk today;
 * the pick-up desk list is every pick-up for agents and a store's own for its staff (store 202's is
 * empty, not refused), and a pick-up event on an order with no booked pick-up is a 409. The lookup
 * by phone answers 200 to every store's staff: what each store sees of the number (only its own
 * orders) is OrdersByPhoneRouteIT's.
 */
@ExtendWith(EmulatorExtension.class)
class AuthorizationMatrixIT {
  /** SO-1001's appointment: one to confirm. */
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

  /** Rows: routes; columns: callers. */
  private static final String MATRIX =
      """
      route                      | anonymous | agent | supervisor | store-101 | store-202 | no-sub | blank-sub | no-role | look-alike
      worklist                   | 401       | 200   | 200        | 200       | 200       | 401    | 401       | 403     | 403
      worklist-of-store-202      | 401       | 200   | 200        | 403       | 200       | 401    | 401       | 403     | 403
      worklist-of-store-999      | 401       | 404   | 404        | 403       | 403       | 401    | 401       | 403     | 403
      worklist-sync              | 401       | 403   | 200        | 403       | 403       | 401    | 401       | 403     | 403
      worklist-phone-correction  | 401       | 200   | 200        | 200       | 200       | 401    | 401       | 403     | 403
      worklist-cwc               | 401       | 403   | 200        | 200       | 200       | 401    | 401       | 403     | 403
      worklist-cwc-of-store-101  | 401       | 403   | 200        | 200       | 403       | 401    | 401       | 403     | 403
      order                      | 401       | 200   | 200        | 200       | 404       | 401    | 401       | 403     | 403
      contact-attempt            | 401       | 201   | 201        | 201       | 404       | 401    | 401       | 403     | 403
      contact-status             | 401       | 200   | 200        | 403       | 403       | 401    | 401       | 403     | 403
      fulfilment-date            | 401       | 200   | 200        | 403       | 403       | 401    | 401       | 403     | 403
      appointment                | 401       | 201   | 201        | 403       | 403       | 401    | 401       | 403     | 403
      trouble                    | 401       | 201   | 201        | 403       | 403       | 401    | 401       | 403     | 403
      comment                    | 401       | 201   | 201        | 201       | 404       | 401    | 401       | 403     | 403
      confirmation               | 401       | 201   | 201        | 403       | 403       | 401    | 401       | 403     | 403
      confirmation-audit         | 401       | 200   | 200        | 200       | 403       | 401    | 401       | 403     | 403
      confirmation-audit-of-999  | 401       | 404   | 404        | 403       | 403       | 401    | 401       | 403     | 403
      transfer                   | 401       | 201   | 201        | 403       | 403       | 401    | 401       | 403     | 403
      pickup-desk                | 401       | 200   | 200        | 200       | 200       | 401    | 401       | 403     | 403
      pickup-desk-no-location    | 401       | 400   | 400        | 400       | 400       | 401    | 401       | 403     | 403
      pickup                     | 401       | 201   | 201        | 201       | 404       | 401    | 401       | 403     | 403
      pickup-of-a-delivery       | 401       | 409   | 409        | 409       | 404       | 401    | 401       | 403     | 403
      orders-by-phone            | 401       | 200   | 200        | 200       | 200       | 401    | 401       | 403     | 403
      orders-by-phone-no-phone   | 401       | 400   | 400        | 400       | 400       | 401    | 401       | 403     | 403
      text                       | 401       | 202   | 202        | 403       | 403       | 401    | 401       | 403     | 403
      """;

  private static final Map<String, UnaryOperator<HttpEvents.Builder>> CALLERS =
      Map.of(
          "anonymous", b -> b,
          "agent", b -> b.as("ana", "oom-agent"),
          "supervisor", b -> b.as("sam", "oom-supervisor"),
          "store-101", b -> b.as("maria", "store-101"),
          "store-202", b -> b.as("li", "store-202"),
          "no-sub", b -> b.claims("groups", "oom-agent oom-supervisor"),
          "blank-sub", b -> b.claims("sub", "  ", "groups", "oom-agent"),
          "no-role", b -> b.as("eve", "oom-viewer", "everyone"),
          "look-alike",
              b ->
                  b.as(
                      "eve",
                      "OOM-AGENT",
                      "oom-agents",
                      "xoom-agent",
                      "store-",
                      "store-101/../202",
                      "stores-101",
                      "oom-agent-readonly"));

  private static int cases;
  private static int failures;

  private static HttpEvents.Builder route(String name) {
    String order = "SO-1001";
    return switch (name) {
      case "worklist" -> HttpEvents.route("GET /worklists/{kind}", "kind", "scheduling");
      case "worklist-of-store-202" ->
          HttpEvents.route("GET /worklists/{kind}", "kind", "scheduling").query("storeId", "202");
      case "worklist-of-store-999" ->
          HttpEvents.route("GET /worklists/{kind}", "kind", "scheduling").query("storeId", "999");
      case "worklist-sync" -> HttpEvents.route("GET /worklists/{kind}", "kind", "sync");
      case "worklist-phone-correction" ->
          HttpEvents.route("GET /worklists/{kind}", "kind", "phone-correction");
      case "worklist-cwc" -> HttpEvents.route("GET /worklists/{kind}", "kind", "cwc");
      case "worklist-cwc-of-store-101" ->
          HttpEvents.route("GET /worklists/{kind}", "kind", "cwc").query("storeId", "101");
      case "order" -> HttpEvents.route("GET /orders/{orderId}", "orderId", order);
      case "contact-attempt" ->
          HttpEvents.route("POST /orders/{orderId}/contact-attempts", "orderId", order)
              .body(
                  "{\"phone\":\"+12045550142\",\"channel\":\"PHONE\",\"outcome\":\"NO_ANSWER\","
                      + "\"comment\":\"no answer\"}");
      case "contact-status" ->
          HttpEvents.route("PUT /orders/{orderId}/contact-status", "orderId", order)
              .body("{\"status\":\"HOLD\",\"comment\":\"guest away\"}");
      case "fulfilment-date" ->
          HttpEvents.route("PUT /orders/{orderId}/fulfilment-date", "orderId", order)
              .body("{\"date\":\"2026-12-07\",\"comment\":\"past-due fix\"}");
      case "appointment" ->
          HttpEvents.route("POST /orders/{orderId}/appointments", "orderId", order)
              .body(
                  "{\"date\":\"2026-12-04\",\"windowStart\":\"08:00\",\"windowEnd\":\"12:00\","
                      + "\"kind\":\"DELIVERY\",\"comment\":\"booked by phone\"}");
      case "trouble" ->
          HttpEvents.route("POST /orders/{orderId}/trouble", "orderId", order)
              .body("{\"reason\":\"FAULTY\",\"comment\":\"scratched top\"}");
      case "comment" ->
          HttpEvents.route("POST /orders/{orderId}/comments", "orderId", order)
              .body("{\"comment\":\"guest asked about delivery\"}");
      case "confirmation" ->
          HttpEvents.route("POST /orders/{orderId}/confirmations", "orderId", order)
              .body(
                  "{\"phone\":\"+12045550142\",\"result\":\"CONFIRMED\","
                      + "\"comment\":\"confirmed Tuesday\"}");
      case "confirmation-audit" ->
          HttpEvents.route("GET /reports/confirmation-audit").query("storeId", "101");
      case "confirmation-audit-of-999" ->
          HttpEvents.route("GET /reports/confirmation-audit").query("storeId", "999");
      case "transfer" ->
          HttpEvents.route("POST /orders/{orderId}/transfers", "orderId", order)
              .body(
                  "{\"fromLocationId\":\"888\",\"toLocationId\":\"101\","
                      + "\"expectedDate\":\"2026-12-04\",\"comment\":\"stock at the DC\"}");
      case "pickup-desk" ->
          HttpEvents.route("GET /worklists/pickup-desk").query("locationId", "888");
      case "pickup-desk-no-location" -> HttpEvents.route("GET /worklists/pickup-desk");
      case "pickup" ->
          HttpEvents.route("POST /orders/{orderId}/pickup", "orderId", "SO-1002")
              .body("{\"event\":\"ARRIVED\",\"comment\":\"guest at the desk\"}");
      case "pickup-of-a-delivery" ->
          HttpEvents.route("POST /orders/{orderId}/pickup", "orderId", order)
              .body("{\"event\":\"ARRIVED\",\"comment\":\"guest at the desk\"}");
      case "orders-by-phone" -> HttpEvents.route("GET /orders").query("phone", "+12045550142");
      case "orders-by-phone-no-phone" -> HttpEvents.route("GET /orders");
      case "text" ->
          HttpEvents.route("POST /orders/{orderId}/texts", "orderId", order)
              .body("{\"body\":\"Your sofa comes Tuesday.\",\"comment\":\"answering\"}");
      default -> throw new IllegalArgumentException(name);
    };
  }

  static Stream<Arguments> cells() {
    List<String[]> rows =
        MATRIX
            .lines()
            .map(l -> Arrays.stream(l.split("\\|")).map(String::strip).toArray(String[]::new))
            .toList();
    String[] callers = rows.getFirst();
    List<Arguments> cells = new ArrayList<>();
    for (String[] row : rows.subList(1, rows.size())) {
      for (int c = 1; c < callers.length; c++) {
        cells.add(Arguments.of(row[0], callers[c], Integer.parseInt(row[c])));
      }
    }
    return cells.stream();
  }

  @AfterAll
  static void report() {
    System.out.printf("RELIABILITY authorization-matrix: %d cases, %d failures%n", cases, failures);
  }

  @ParameterizedTest(name = "{0} as {1} -> {2}")
  @MethodSource("cells")
  void each_caller_gets_the_status_of_its_cell(String route, String caller, int expected) {
    cases++;
    boolean ok = false;
    try {
      ApiTestbed api = new ApiTestbed();
      api.ingest(
          Orders.defaultOrder()
              .orderId("SO-1001")
              .storeId("101")
              .appointment(Orders.appointment(TUESDAY)));
      api.ingest(Orders.defaultOrder().orderId("SO-2001").storeId("202"));
      api.ingest(
          Orders.defaultOrder()
              .orderId("SO-1002")
              .storeId("101")
              .status(FulfilmentStatus.SCH)
              .appointment(
                  new Appointment(
                      LocalDate.of(2026, 11, 30),
                      LocalTime.of(9, 0),
                      LocalTime.of(12, 0),
                      AppointmentKind.PICKUP)));
      api.auditConfirmations("101");
      long version = api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().version();

      ApiTestbed.Reply reply = api.call(CALLERS.get(caller).apply(route(route)));

      assertThat(reply.status()).as("%s as %s", route, caller).isEqualTo(expected);
      if (expected >= 400) {
        assertThat(reply.json().path("status").asInt()).isEqualTo(expected);
        assertThat(api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().version())
            .isEqualTo(version);
      }
      if (expected == 401) {
        assertThat(reply.problem()).isEqualTo("unauthenticated");
      }
      ok = true;
    } finally {
      if (!ok) {
        failures++;
      }
    }
  }
}
