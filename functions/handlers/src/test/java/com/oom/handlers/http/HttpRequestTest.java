package com.oom.handlers.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.testing.HttpEvents;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HttpRequestTest {
  @Test
  void a_named_stage_is_not_part_of_the_path() {
    APIGatewayV2HTTPEvent event = HttpEvents.raw("GET", "/prod/orders/SO-1").build();
    event.getRequestContext().setStage("prod");

    assertThat(HttpRequest.of(event).path()).isEqualTo("/orders/SO-1");
  }

  @Test
  void headers_are_found_whatever_their_case() {
    HttpRequest request =
        HttpRequest.of(HttpEvents.raw("GET", "/").header("Idempotency-Key", "k").build());

    assertThat(request.header("idempotency-key")).contains("k");
    assertThat(request.header("IDEMPOTENCY-KEY")).contains("k");
  }

  @Test
  void query_parameters_come_from_the_raw_query_string_when_not_parsed() {
    APIGatewayV2HTTPEvent event = HttpEvents.raw("GET", "/worklists/coded").build();
    event.setQueryStringParameters(null);
    event.setRawQueryString("a=1&storeId=10%31&flag");

    HttpRequest request = HttpRequest.of(event);

    assertThat(request.query("storeId")).contains("101");
    assertThat(request.query("flag")).contains("");
    assertThat(request.query("missing")).isEmpty();
  }

  @Test
  void a_body_of_exactly_64_kib_is_read_and_one_byte_more_is_refused() {
    String limit = "x".repeat(HttpRequest.MAX_BODY_BYTES);
    String over = limit + "x";
    String overInUtf8 = "é".repeat(HttpRequest.MAX_BODY_BYTES / 2 + 1);

    assertThat(HttpRequest.of(HttpEvents.raw("POST", "/").body(limit).build()).bodyBytes())
        .hasSize(HttpRequest.MAX_BODY_BYTES);
    assertThat(HttpRequest.of(HttpEvents.raw("POST", "/").base64Body(limit).build()).bodyBytes())
        .hasSize(HttpRequest.MAX_BODY_BYTES);
    for (APIGatewayV2HTTPEvent event :
        new APIGatewayV2HTTPEvent[] {
          HttpEvents.raw("POST", "/").body(over).build(),
          HttpEvents.raw("POST", "/").base64Body(over).build(),
          HttpEvents.raw("POST", "/").body(overInUtf8).build(),
        }) {
      assertThatThrownBy(() -> HttpRequest.of(event).bodyBytes())
          .isInstanceOfSatisfying(
              InvalidMessage.class, e -> assertThat(e.field()).isEqualTo("body"));
    }
  }

  @Test
  void a_base64_body_is_decoded_and_bytes_that_are_not_utf8_refused() {
    APIGatewayV2HTTPEvent event = HttpEvents.raw("POST", "/").build();
    event.setIsBase64Encoded(true);
    event.setBody(Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, (byte) 0x28}));

    assertThatThrownBy(() -> HttpRequest.of(event).bodyText())
        .isInstanceOf(InvalidMessage.class)
        .hasMessageContaining("UTF-8");
    event.setBody(Base64.getEncoder().encodeToString("déjà".getBytes(StandardCharsets.UTF_8)));
    assertThat(HttpRequest.of(event).bodyText()).isEqualTo("déjà");
  }

  @Test
  void a_request_without_context_still_has_a_method_and_path() {
    APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
    event.setRouteKey("GET /orders/{orderId}");
    event.setRawPath("/orders/SO-1");

    HttpRequest request = HttpRequest.of(event);

    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/orders/SO-1");
    assertThat(request.claims()).isEmpty();
    assertThat(HttpRequest.of(null).path()).isEqualTo("/");
  }
}
