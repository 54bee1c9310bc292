package com.oom.catalogue;

import java.time.Duration;

/** What invokes a function. */
public sealed interface Trigger {
  /**
   * An SQS event source reporting partial batch failures.
   *
   * @param maxConcurrency the most concurrent invocations the event source starts (null: no cap)
   */
  record QueueTrigger(
      String queueName, int batchSize, Duration batchingWindow, Integer maxConcurrency)
      implements Trigger {}

  /** EventBridge Scheduler: the schedules of {@link Schedules} that target the function. */
  record ScheduleTrigger() implements Trigger {}

  /** The HTTP API: the routes of {@link Routes} that the function serves. */
  record HttpTrigger() implements Trigger {}

  static Trigger queue(String queueName, int batchSize, Duration window, Integer maxConcurrency) {
    return new QueueTrigger(queueName, batchSize, window, maxConcurrency);
  }

  static Trigger schedule() {
    return new ScheduleTrigger();
  }

  static Trigger http() {
    return new HttpTrigger();
  }
}
