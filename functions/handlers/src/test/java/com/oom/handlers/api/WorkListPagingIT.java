package com.oom.handlers.api;

import static com.oom.handlers.api.ApiTestbed.AGENT_CALLER;
import static com.oom.handlers.api.ApiTestbed.STORE_101;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.core.testing.Orders;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.handlers.api.ApiTestbed.Reply;
import com.oom.handlers.testing.HttpEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * {@code GET /worklists/{kind}} a page at a time, on moto: {@code limit} (default 50, at most 200),
 * a signed {@code cursor} for this list and these stores only, {@code total} from the counters and
 * {@code nextCursor} until the last page. Paging returns the list the index holds, every item once,
 * in priority order; an agent's own change is in the very next request (the index is written in the
 * change's transaction and read with consistent reads). 34 orders of store 101 and 26 of store 202
 * wait to be booked (the scheduling list), with values that tie.
 */
@ExtendWith(EmulatorExtension.class)
class WorkListPagingIT {
  private static final int IN_101 = 34;
  private static final int IN_202 = 26;
  private static final UnaryOperator<HttpEvents.Builder> STAFF_OF_BOTH =
      b -> b.claims("sub", "area-manager", "groups", "store-101,store-202");

  private final Queries queries = new Queries();
  private ApiTestbed api;

  /** The DynamoDB Queries made, as sent. */
  static final class Queries implements ExecutionInterceptor {
    final List<QueryRequest> sent = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      if (context.request() instanceof QueryRequest query) {
        sent.add(query);
      }
    }
  }

  @BeforeEach
  void testbed() {
    api = new ApiTestbed(List.of(queries));
    for (int i = 0; i < IN_101 + IN_202; i++) {
      String store = i < IN_101 ? "101" : "202";
      api.ingest(
          Orders.defaultOrder()
              .orderId("SO-%s-%02d".formatted(store, i))
              .storeId(store)
              .lines(Orders.line("1", Integer.toString(100 + i * 37 % 7 * 250), true)));
    }
  }

  private Reply page(String kind, UnaryOperator<HttpEvents.Builder> caller, String... query) {
    HttpEvents.Builder request = HttpEvents.route("GET /worklists/{kind}", "kind", kind);
    for (int i = 0; i < query.length; i += 2) {
      request.query(query[i], query[i + 1]);
    }
    return api.call(caller.apply(request));
  }

  private static List<String> orderIds(List<JsonNode> items) {
    return items.stream().map(i -> i.get("orderId").asText()).toList();
  }

  private static List<String> orderIds(Reply page) {
    assertThat(page.status()).as(page.json().toString()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    page.json().get("items").forEach(items::add);
    return orderIds(items);
  }

  /** The list as the use case reads it, whole (every page of the index). */
  private List<String> listed(String storeId) {
    return api.oom.listWorkList().handle(WorkListKind.SCHEDULING, storeId).stream()
        .map(WorkItem::orderId)
        .toList();
  }

  private static void assertInvalidCursor(Reply reply) {
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.problem()).isEqualTo("invalid-cursor");
    assertThat(reply.field()).isEqualTo("cursor");
  }

  @Test
  void paging_returns_every_item_once_in_priority_order_with_the_lists_total() {
    List<String> everyStore = listed(null);
    assertThat(everyStore).hasSize(IN_101 + IN_202).doesNotHaveDuplicates();
    assertThat(everyStore)
        .as("the values decide, not the order ids")
        .isNotEqualTo(everyStore.stream().sorted().toList());

    List<JsonNode> paged = api.allPages("scheduling", AGENT_CALLER, Map.of("limit", "7"));
    List<JsonNode> ofStore101 =
        api.allPages("scheduling", AGENT_CALLER, Map.of("limit", "5", "storeId", "101"));

    assertThat(orderIds(paged)).isEqualTo(everyStore);
    assertThat(orderIds(ofStore101)).isEqualTo(listed("101")).hasSize(IN_101);
    Reply last = page("scheduling", AGENT_CALLER, "limit", "200");
    assertThat(last.json().get("total").asLong()).isEqualTo(IN_101 + IN_202);
    assertThat(last.json().has("nextCursor")).isFalse();
  }

  @Test
  void a_page_is_50_items_unless_asked_and_at_most_200() {
    Reply first = page("scheduling", AGENT_CALLER);
    Reply all = page("scheduling", AGENT_CALLER, "limit", "200");
    Reply one = page("scheduling", AGENT_CALLER, "limit", "1");

    assertThat(orderIds(first)).hasSize(50).isEqualTo(listed(null).subList(0, 50));
    assertThat(first.json().get("total").asLong()).isEqualTo(IN_101 + IN_202);
    assertThat(first.json().get("nextCursor").asText()).isNotBlank();
    Reply rest =
        page("scheduling", AGENT_CALLER, "cursor", first.json().get("nextCursor").asText());
    assertThat(orderIds(rest)).isEqualTo(listed(null).subList(50, IN_101 + IN_202));
    assertThat(rest.json().has("nextCursor")).isFalse();
    assertThat(orderIds(all)).hasSize(IN_101 + IN_202);
    assertThat(orderIds(one)).containsExactly(listed(null).getFirst());
  }

  @Test
  void a_limit_that_is_not_a_whole_number_from_1_to_200_is_400_naming_limit() {
    for (String limit : List.of("0", "201", "abc", "", "-1", "1.5", " 5", "+5", "99999999999")) {
      Reply reply = page("scheduling", AGENT_CALLER, "limit", limit);

      assertThat(reply.status()).as(limit).isEqualTo(400);
      assertThat(reply.problem()).isEqualTo("invalid-request");
      assertThat(reply.field()).isEqualTo("limit");
    }
  }

  @Test
  void a_cursor_of_another_list_or_other_stores_is_400_invalid_cursor() {
    String ofAll = page("scheduling", AGENT_CALLER, "limit", "5").json().get("nextCursor").asText();
    String of101 =
        page("scheduling", AGENT_CALLER, "limit", "5", "storeId", "101")
            .json()
            .get("nextCursor")
            .asText();

    assertInvalidCursor(page("follow-up", AGENT_CALLER, "cursor", ofAll));
    assertInvalidCursor(page("scheduling", AGENT_CALLER, "cursor", ofAll, "storeId", "101"));
    assertInvalidCursor(page("scheduling", AGENT_CALLER, "cursor", of101, "storeId", "202"));
    assertInvalidCursor(page("scheduling", AGENT_CALLER, "cursor", of101));
    assertThat(
            orderIds(
                page("scheduling", AGENT_CALLER, "limit", "5", "cursor", of101, "storeId", "101")))
        .isEqualTo(listed("101").subList(5, 10));
  }

  @Test
  void a_tampered_or_made_up_cursor_is_400_invalid_cursor() {
    String cursor =
        page("scheduling", AGENT_CALLER, "limit", "5").json().get("nextCursor").asText();

    assertInvalidCursor(page("scheduling", AGENT_CALLER, "cursor", flip(cursor, 0)));
    assertInvalidCursor(page("scheduling", AGENT_CALLER, "cursor", flip(cursor, 1)));
    assertInvalidCursor(page("scheduling", AGENT_CALLER, "cursor", "not-a-cursor"));
    assertInvalidCursor(page("scheduling", AGENT_CALLER, "cursor", ""));
    String otherKey =
        new WorkListCursors("another-work-list-cursor-key-0123456789")
            .issue("scheduling", "all", "1");
    assertInvalidCursor(page("scheduling", AGENT_CALLER, "cursor", otherKey));
  }

  /** The cursor with a byte of its payload (part 0) or of its signature (part 1) flipped. */
  private static String flip(String cursor, int part) {
    return WorkListCursorsTest.flipped(cursor, part, Integer.MAX_VALUE);
  }

  @Test
  void store_staff_without_a_store_id_page_over_their_own_stores_only() {
    List<JsonNode> own = api.allPages("scheduling", STORE_101, Map.of("limit", "10"));
    List<JsonNode> both = api.allPages("scheduling", STAFF_OF_BOTH, Map.of("limit", "10"));
    List<JsonNode> knownOnly =
        api.allPages("scheduling", b -> b.as("kim", "store-999", "store-101"), Map.of());

    assertThat(orderIds(own)).isEqualTo(listed("101")).hasSize(IN_101);
    assertThat(own).allSatisfy(i -> assertThat(i.get("storeId").asText()).isEqualTo("101"));
    assertThat(orderIds(both)).isEqualTo(listed(null));
    assertThat(orderIds(knownOnly)).isEqualTo(listed("101"));
  }

  @Test
  void a_cursor_grants_nothing_the_callers_roles_do_not() {
    String agents =
        page("scheduling", AGENT_CALLER, "limit", "5").json().get("nextCursor").asText();
    String ofBoth =
        page("scheduling", STAFF_OF_BOTH, "limit", "5").json().get("nextCursor").asText();

    assertInvalidCursor(page("scheduling", STORE_101, "cursor", agents));
    assertInvalidCursor(page("scheduling", STORE_101, "cursor", ofBoth));
    assertThat(page("scheduling", STORE_101, "cursor", agents, "storeId", "202").status())
        .isEqualTo(403);
  }

  @Test
  void an_agents_booking_leaves_the_list_in_the_very_next_request() {
    Reply before = page("scheduling", AGENT_CALLER, "limit", "200");
    String top = orderIds(before).getFirst();

    Reply booking =
        api.call(
            AGENT_CALLER.apply(
                HttpEvents.route("POST /orders/{orderId}/appointments", "orderId", top)
                    .body(
                        "{\"date\":\"2026-12-04\",\"windowStart\":\"08:00\","
                            + "\"windowEnd\":\"12:00\",\"kind\":\"DELIVERY\","
                            + "\"comment\":\"guest chose Friday morning\"}")));
    assertThat(booking.status()).as(booking.json().toString()).isEqualTo(201);
    assertThat(api.aws.requests.count("DynamoDb.TransactWriteItems")).isEqualTo(1);
    queries.sent.clear();
    Reply after = page("scheduling", AGENT_CALLER, "limit", "200");

    assertThat(orderIds(after)).doesNotContain(top).hasSize(IN_101 + IN_202 - 1);
    assertThat(after.json().get("total").asLong()).isEqualTo(IN_101 + IN_202 - 1);
    assertThat(queries.sent).isNotEmpty();
    assertThat(queries.sent)
        .allSatisfy(
            query -> {
              assertThat(query.consistentRead()).as(query.toString()).isTrue();
              assertThat(query.indexName()).as(query.toString()).isNull();
            });
  }
}
