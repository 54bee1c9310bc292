package com.oom.tooling.metering;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Counts SDK requests per service and operation ("DynamoDb.TransactWriteItems"), and the DynamoDB
 * items those requests returned. Request budgets in tests and benchmarks are asserted on these
 * counts, not on time.
 */
public final class RequestCounter implements ExecutionInterceptor {
  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  private final AtomicLong itemsRead = new AtomicLong();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    counts.computeIfAbsent(service + "." + operation, k -> new AtomicLong()).incrementAndGet();
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    SdkResponse response = context.response();
    long items =
        switch (response) {
          case QueryResponse query -> query.count() == null ? 0 : query.count();
          case ScanResponse scan -> scan.count() == null ? 0 : scan.count();
          case GetItemResponse get -> get.hasItem() && !get.item().isEmpty() ? 1 : 0;
          case BatchGetItemResponse batch ->
              batch.responses().values().stream().mapToLong(List::size).sum();
          default -> 0;
        };
    itemsRead.addAndGet(items);
  }

  /** Counts since the last reset, sorted by name. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.get()));
    out.values().removeIf(v -> v == 0);
    return out;
  }

  public long count(String serviceDotOperation) {
    AtomicLong value = counts.get(serviceDotOperation);
    return value == null ? 0 : value.get();
  }

  public long total() {
    return counts.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** DynamoDB items returned by reads (GetItem, BatchGetItem, Query, Scan) since the last reset. */
  public long itemsRead() {
    return itemsRead.get();
  }

  public void reset() {
    counts.values().forEach(v -> v.set(0));
    itemsRead.set(0);
  }
}
