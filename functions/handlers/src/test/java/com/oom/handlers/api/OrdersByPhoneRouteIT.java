package com.oom.handlers.api;

import static com.oom.handlers.api.ApiTestbed.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.ApiTestbed.Reply;
import com.oom.handlers.testing.HttpEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /orders?phone=} on moto, through the real {@code APIGatewayV2HTTPEvent}: the guest of
 * SO-1001 (store 101, booked for Tuesday) and SO-2002 (store 202, seen an hour later) rings from +1
 * 204 555 0142 (their mobile); SO-3003 (store 101) is another guest's.
 */
@ExtendWith(EmulatorExtension.class)
class OrdersByPhoneRouteIT {
  static final String ROUTE = "GET /orders";
  private static final String MOBILE = "+12045550142";
  private ApiTestbed api;

  @BeforeEach
  void testbed() {
    api = new ApiTestbed();
    api.ingest(
        Orders.defaultOrder()
            .orderId("SO-1001")
            .appointment(Orders.appointment(LocalDate.of(2026, 12, 1))));
    api.clock.advance(Duration.ofHours(1));
    api.ingest(Orders.defaultOrder().orderId("SO-2002").storeId("202"));
    api.ingest(
        Orders.defaultOrder()
            .orderId("SO-3003")
            .phones(new GuestPhone(PhoneNumber.parse("204-555-0111"), PhoneType.MOBILE, true)));
  }

  /**
   * The event API Gateway sends for {@code ?<rawQuery>}: the raw query string as the client wrote
   * it and the parameters as API Gateway decodes them.
   */
  private static APIGatewayV2HTTPEvent event(String rawQuery, String decodedPhone, String... as) {
    APIGatewayV2HTTPEvent event = HttpEvents.route(ROUTE).as(as[0], as[1]).build();
    event.setRawQueryString(rawQuery);
    event.setQueryStringParameters(decodedPhone == null ? null : Map.of("phone", decodedPhone));
    return event;
  }

  private Reply lookUp(String phone, String... as) {
    return api.call(HttpEvents.route(ROUTE).as(as[0], as[1]).query("phone", phone));
  }

  private Reply lookUp(String phone) {
    return lookUp(phone, AGENT, "oom-agent");
  }

  private static List<String> orderIds(Reply reply) {
    List<String> ids = new ArrayList<>();
    reply.json().get("orders").forEach(o -> ids.add(o.get("orderId").asText()));
    return ids;
  }

  @Test
  void an_agent_gets_the_open_orders_of_the_number_newest_first_summarised() {
    Reply reply = lookUp(MOBILE);

    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
    assertThat(reply.json().get("phone").asText()).isEqualTo(MOBILE);
    assertThat(orderIds(reply)).containsExactly("SO-2002", "SO-1001");
    JsonNode booked = reply.json().get("orders").get(1);
    assertThat(booked.get("storeId").asText()).isEqualTo("101");
    assertThat(booked.get("status").asText()).isEqualTo("EST");
    assertThat(booked.get("contactStatus").asText()).isEqualTo("NONE");
    assertThat(booked.get("guestLastName").asText()).isEqualTo("Martin");
    assertThat(booked.at("/appointment/date").asText()).isEqualTo("2026-12-01");
    assertThat(booked.get("appointmentConfirmed").asBoolean()).isFalse();
    assertThat(booked.at("/nextStep/action").asText()).isEqualTo("CONFIRM_APPOINTMENT");
    assertThat(booked.get("version").asLong()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+12045550142",
        "(204) 555-0142",
        "204.555.0142",
        "1-204-555-0142",
        "+1 204 555 0142",
        "204-555-0142"
      })
  void a_number_in_any_common_format_finds_the_same_orders(String written) {
    assertThat(orderIds(lookUp(written))).containsExactly("SO-2002", "SO-1001");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "phone=%2B12045550142 | +12045550142",
        "phone=%2B1%20204%20555%200142 | +1 204 555 0142",
        "phone=+12045550142 | ' 12045550142'",
        "phone=(204)%20555-0142 | (204) 555-0142"
      })
  void the_number_as_api_gateway_decodes_the_query_string_is_normalised(
      String rawQuery, String decoded) {
    Reply reply = api.call(event(rawQuery, decoded, AGENT, "oom-agent"));

    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
    assertThat(reply.json().get("phone").asText()).isEqualTo(MOBILE);
    assertThat(orderIds(reply)).containsExactly("SO-2002", "SO-1001");
  }

  @Test
  void without_parsed_parameters_the_raw_query_string_is_decoded_with_a_plus_read_as_space() {
    Reply reply = api.call(event("phone=+12045550142", null, AGENT, "oom-agent"));

    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
    assertThat(orderIds(reply)).containsExactly("SO-2002", "SO-1001");
  }

  @Test
  void a_stores_staff_see_only_their_own_stores_orders_and_nothing_of_the_others() {
    assertThat(orderIds(lookUp(MOBILE, "maria", "store-101"))).containsExactly("SO-1001");
    assertThat(orderIds(lookUp(MOBILE, "ravi", "store-202"))).containsExactly("SO-2002");

    Reply elsewhere = lookUp(MOBILE, "lee", "store-303");
    assertThat(elsewhere.status()).isEqualTo(200);
    assertThat(orderIds(elsewhere)).isEmpty();
  }

  @Test
  void a_number_with_no_open_orders_answers_an_empty_list() {
    Reply reply = lookUp("+14165550100");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(orderIds(reply)).isEmpty();
  }

  @Test
  void a_closed_order_is_not_listed() {
    api.delivered("SO-2002");

    assertThat(orderIds(lookUp(MOBILE))).containsExactly("SO-1001");
  }

  @Test
  void the_lookup_is_one_query_of_the_numbers_index_and_one_batch_read_of_its_orders() {
    lookUp(MOBILE);

    assertThat(api.aws.requests.snapshot())
        .isEqualTo(Map.of("DynamoDb.Query", 1L, "DynamoDb.BatchGetItem", 1L));
  }

  @Test
  void a_missing_phone_is_a_400_naming_phone() {
    Reply reply = api.call(event("", null, AGENT, "oom-agent"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.field()).isEqualTo("phone");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "204-555-014",
        "phone",
        "+1 204 555 0142 ext 7",
        "   ",
        "22222222222222222222222222222222222222222222222222222222222222222222222"
      })
  void what_is_not_a_number_is_a_400_naming_phone_that_does_not_repeat_it(String written) {
    Reply reply = lookUp(written);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.field()).isEqualTo("phone");
    assertThat(reply.json().toString()).doesNotContain("555").doesNotContain("222");
  }
}
