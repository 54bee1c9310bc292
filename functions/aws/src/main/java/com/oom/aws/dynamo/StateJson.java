package com.oom.aws.dynamo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.oom.aws.json.JsonMappers;
import com.oom.core.order.OpenOrder;

/**
 * The documents of DynamoDB items: the order's {@code state}, audit {@code entry}s, SMS {@code
 * record}s and confirmation audit {@code report}s, written from the domain records. The stored
 * shape is pinned by {@code StoredOrderDocumentTest} (a golden document), so renaming a domain
 * field fails a test instead of silently changing what is stored; what an order has only now and
 * then (its pending changes to shared fields, its wrong numbers) is left out while empty ({@link
 * StoredStateMixIns}). Outbox payloads are stored as their message ({@code
 * com.oom.aws.wire.MessageJson}).
 */
public final class StateJson {
  private static final ObjectMapper MAPPER =
      JsonMappers.domain()
          .addMixIn(OpenOrder.class, StoredStateMixIns.OpenOrderLeavesOutEmpty.class)
          .build();

  private StateJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String write(Object value) {
    return JsonMappers.write(MAPPER, value);
  }

  public static <T> T read(String json, Class<T> type) {
    return JsonMappers.read(MAPPER, json, type);
  }
}
