package com.oom.aws.client;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts SDK requests per service and operation ("DynamoDb.TransactWriteItems"). Request budgets in
 * tests and benchmarks are asserted on these counts, not on time.
 */
public final class RequestCounter implements ExecutionInterceptor {
  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    counts.computeIfAbsent(service + "." + operation, k -> new AtomicLong()).incrementAndGet();
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

  public void reset() {
    counts.values().forEach(v -> v.set(0));
  }
}
