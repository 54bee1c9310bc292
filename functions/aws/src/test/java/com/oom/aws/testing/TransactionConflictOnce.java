package com.oom.aws.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Refuses the first TransactWriteItems after it is {@link #armed} as DynamoDB does when another
 * transaction holds one of its items (a work list's counter, say): cancelled, with the reason
 * {@code TransactionConflict} on the last item, and nothing written. moto, serving one request at a
 * time, never answers so itself.
 */
public final class TransactionConflictOnce implements ExecutionInterceptor {
  public final AtomicBoolean armed = new AtomicBoolean();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    if (context.request() instanceof TransactWriteItemsRequest request
        && armed.compareAndSet(true, false)) {
      int items = request.transactItems().size();
      List<CancellationReason> reasons = new ArrayList<>();
      for (int i = 0; i < items - 1; i++) {
        reasons.add(CancellationReason.builder().code("None").build());
      }
      reasons.add(
          CancellationReason.builder()
              .code("TransactionConflict")
              .message("Transaction is ongoing for the item")
              .build());
      throw TransactionCanceledException.builder()
          .message("Transaction cancelled")
          .cancellationReasons(reasons)
          .build();
    }
  }
}
