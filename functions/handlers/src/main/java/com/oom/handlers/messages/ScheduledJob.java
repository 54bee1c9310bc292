package com.oom.handlers.messages;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.oom.handlers.common.InvalidMessage;
import java.util.Objects;

/**
 * {@code scheduled-job.schema.json} (a wire record, read only here): the input an EventBridge
 * Scheduler schedule passes to its target: {@code {"job":"timer-sweep"}} or {@code
 * {"job":"daily-plan","phase":"START_OF_DAY","storeId":"101"}}; {@code executionId} is filled from
 * the schedule's {@code <aws.scheduler.execution-id>} context attribute, so a retried invocation is
 * recognised.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScheduledJob(String job, Phase phase, String storeId, String executionId) {
  public enum Phase {
    START_OF_DAY,
    END_OF_DAY
  }

  public ScheduledJob {
    Objects.requireNonNull(job, "job");
  }

  public static ScheduledJob parse(String body) {
    return MessageBodies.read(body, ScheduledJob.class);
  }

  public ScheduledJob requireDailyPlan() {
    if (!"daily-plan".equals(job)) {
      throw new InvalidMessage("job", "must be daily-plan");
    }
    if (phase == null) {
      throw new InvalidMessage("phase", "is required (START_OF_DAY or END_OF_DAY)");
    }
    if (storeId == null || storeId.isBlank()) {
      throw new InvalidMessage("storeId", "is required");
    }
    return this;
  }

  /** The invocation's idempotency id: the scheduler's execution id, else the Lambda request id. */
  public String invocationId(String requestId) {
    return executionId == null || executionId.isBlank() ? requestId : executionId;
  }
}
