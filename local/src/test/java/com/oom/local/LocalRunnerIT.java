package com.oom.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.order.OrderWire;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.MotoServer;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runner end to end over HTTP: a token, an ERP message, the API, the clock, the SMS sink. */
class LocalRunnerIT {
  private static MotoServer moto;
  private static LocalSuite suite;
  private static LocalApiServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    moto = MotoServer.builder().start();
    // Monday 2026-11-30 10:00 in Winnipeg
    suite =
        new LocalSuite(
            moto.endpoint(), Instant.parse("2026-11-30T16:00:00Z"), LocalOptions.defaultStores());
    server = new LocalApiServer(suite, 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    moto.close();
  }

  private static JsonNode call(String method, String path, String token, String body)
      throws Exception {
    return LocalHttp.call(server.address(), method, path, LocalHttp.bearer(token), body);
  }

  @Test
  void an_erp_snapshot_becomes_an_order_an_agent_reads_and_a_text_the_sink_keeps()
      throws Exception {
    suite.send(
        OomQueues.ORDER_FEED,
        MessageJson.write(
            Map.of(
                "eventId",
                "e-1",
                "type",
                "OrderSnapshot",
                "occurredAt",
                "2026-11-30T15:00:00Z",
                "sequence",
                1,
                "order",
                OrderWire.of(Orders.defaultOrder().details()))));
    String token =
        call("POST", "/_local/token", null, "{\"sub\":\"agent-7\",\"groups\":[\"oom-agent\"]}")
            .get("token")
            .asText();

    JsonNode advanced = call("POST", "/_local/clock", null, "{\"advanceBy\":\"PT10M\"}");
    JsonNode order = call("GET", "/orders/SO-1001", token, null);
    JsonNode texts = call("GET", "/_local/sms", null, null);
    JsonNode anonymous = call("GET", "/orders/SO-1001", null, null);
    JsonNode feed = call("GET", "/_local/queues/" + OomQueues.SMS_REQUESTS, null, null);
    JsonNode encoded = call("GET", "/orders?phone=%2B12045550142", token, null);
    JsonNode unescaped = call("GET", "/orders?phone=+12045550142", token, null);
    JsonNode northAmerican = call("GET", "/orders?phone=(204)%20555-0142", token, null);

    assertThat(advanced.get("now").asText()).isEqualTo("2026-11-30T16:10:00Z");
    assertThat(advanced.get("schedulesFired").asInt()).isEqualTo(2);
    assertThat(order.get("_status").asInt()).isEqualTo(200);
    assertThat(order.toString()).contains("SO-1001");
    assertThat(texts.get("items")).hasSize(1);
    assertThat(texts.get("items").get(0).get("touchPoint").asText())
        .isEqualTo("MERCHANDISE_AVAILABLE");
    assertThat(anonymous.get("_status").asInt()).isEqualTo(401);
    assertThat(feed.get("items")).hasSize(1);
    for (JsonNode lookup : new JsonNode[] {encoded, unescaped, northAmerican}) {
      assertThat(lookup.get("_status").asInt()).as(lookup.toString()).isEqualTo(200);
      assertThat(lookup.get("phone").asText()).isEqualTo("+12045550142");
      assertThat(lookup.at("/orders/0/orderId").asText()).isEqualTo("SO-1001");
    }
  }
}
