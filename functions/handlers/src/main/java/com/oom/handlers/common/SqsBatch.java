package com.oom.handlers.common;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.oom.core.application.UnknownOrder;
import com.oom.core.application.UnknownStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Processes each message of an SQS batch on its own and reports only the failed ones ({@code
 * ReportBatchItemFailures}): a bad message never fails the good ones, and a failed one is
 * redelivered until it reaches the DLQ. Use cases are idempotent, so redelivery is safe.
 *
 * <p>A message for a store not in the store directory is refused the same way, logged naming the
 * store (a store id is not personal data) and counted in {@value #UNKNOWN_STORE_METRIC}, which the
 * stack alarms on: once the store is added (its store directory file) the DLQ is redriven
 * (docs/operations.md).
 */
public final class SqsBatch {
  /** Messages refused because they name a store not in the directory (EMF count, alarmed). */
  public static final String UNKNOWN_STORE_METRIC = "UnknownStoreMessages";

  private static final Logger LOG = LoggerFactory.getLogger(SqsBatch.class);

  private SqsBatch() {}

  /** A whole invocation: structured logging context, the batch, then the metrics flushed. */
  public static SQSBatchResponse run(
      SQSEvent event,
      com.amazonaws.services.lambda.runtime.Context context,
      Consumer<SQSEvent.SQSMessage> handler) {
    return software.amazon.lambda.powertools.logging.PowertoolsLogging.withLogging(
        context,
        () -> {
          SQSBatchResponse response = process(event, handler);
          OomMetrics.flush();
          return response;
        });
  }

  public static SQSBatchResponse process(SQSEvent event, Consumer<SQSEvent.SQSMessage> handler) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    List<SQSEvent.SQSMessage> records =
        event == null || event.getRecords() == null ? List.of() : event.getRecords();
    int unknownStores = 0;
    for (SQSEvent.SQSMessage message : records) {
      MDC.put("messageId", message.getMessageId());
      try {
        handler.accept(message);
      } catch (InvalidMessage invalid) {
        LOG.warn("message refused: {}", invalid.getMessage());
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
      } catch (UnknownStore unknown) {
        LOG.warn(
            "message refused: store {} is not in the store directory; it goes to the"
                + " DLQ after its receives",
            unknown.storeId());
        unknownStores++;
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
      } catch (UnknownOrder unknown) {
        LOG.warn("message for an unknown order {}, will be retried", unknown.orderId());
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
      } catch (RuntimeException failure) {
        LOG.error("message failed, will be retried", failure);
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
      } finally {
        MDC.remove("messageId");
        MDC.remove("orderId");
      }
    }
    if (unknownStores > 0) {
      OomMetrics.count(UNKNOWN_STORE_METRIC, unknownStores);
    }
    return new SQSBatchResponse(failures);
  }
}
