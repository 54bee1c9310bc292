package com.oom.catalogue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A queue of the suite and its dead-letter queue.
 *
 * @param visibilityTimeout for a queue one of the functions consumes, six times its timeout plus
 *     its batching window ({@link SuiteFunction#queueVisibilityTimeout()}); for a queue read by
 *     others (the ERP, the stores) a minute, which their pollers can extend per message
 * @param schemas the message contracts (schema names in the events module) a message on it may
 *     follow, exactly one of them
 * @param readBy who consumes it: one of the functions, or a system outside the suite
 */
public record SuiteQueue(
    String name,
    boolean fifo,
    Duration visibilityTimeout,
    int maxReceiveCount,
    Duration retention,
    List<String> schemas,
    String readBy) {

  public SuiteQueue {
    schemas = List.copyOf(schemas);
  }

  public String deadLetterName() {
    return fifo ? name.replace(".fifo", "-dlq.fifo") : name + "-dlq";
  }

  /** The function that consumes it, if one does. */
  public Optional<SuiteFunction> consumer() {
    return SuiteFunction.consumerOf(name);
  }
}
