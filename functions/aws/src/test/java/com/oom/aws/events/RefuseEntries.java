package com.oom.aws.events;

import java.util.Set;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;

/**
 * Makes the bus refuse chosen entries: their detail is garbled on the way out, so moto answers that
 * entry with {@code ErrorCode} MalformedDetail (and {@code FailedEntryCount}) while the rest of the
 * call succeeds, as EventBridge does for an entry it cannot take.
 */
final class RefuseEntries implements ExecutionInterceptor {
  private volatile Set<String> eventIds = Set.of();
  private volatile boolean all;

  void refuse(Set<String> ids) {
    eventIds = Set.copyOf(ids);
  }

  void refuseAll(boolean value) {
    all = value;
  }

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    if (!(context.request() instanceof PutEventsRequest put) || (eventIds.isEmpty() && !all)) {
      return context.request();
    }
    return put.toBuilder()
        .entries(
            put.entries().stream()
                .map(
                    e ->
                        all
                                || eventIds.stream()
                                    .anyMatch(id -> e.detail().contains("\"" + id + "\""))
                            ? e.toBuilder().detail("{not json").build()
                            : e)
                .toList())
        .build();
  }
}
