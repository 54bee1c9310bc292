package com.oom.catalogue;

/**
 * The EventBridge buses of the suite: OOM's own domain events ({@link #EVENTS}), and the bus Jenny
 * (Package AI) delivers confirmation results to ({@link #JENNY}). On AWS a stage's bus names carry
 * the stage ({@code oom-events-dev}); the local runner uses the plain names.
 */
public final class EventBuses {
  /** OOM's domain events (source {@code oom}, detail-types of {@code DomainEventType}). */
  public static final String EVENTS = "oom-events";

  /** Jenny's confirmation results, locally (on AWS: the stage's partner event source bus). */
  public static final String JENNY = "oom-jenny";

  /** Jenny's {@code source} locally, and the default prefix a stage's rule matches. */
  public static final String JENNY_LOCAL_SOURCE = "packageai.jenny";

  /** The detail-type of Jenny's results. */
  public static final String CONFIRMATION_RESULT = "ConfirmationResult";

  private EventBuses() {}

  /** {@code oom-events-<stage>}. */
  public static String events(String stage) {
    return EVENTS + "-" + stage;
  }

  /** {@code oom-jenny-<stage>}, when a stage's stack creates Jenny's bus itself. */
  public static String jenny(String stage) {
    return JENNY + "-" + stage;
  }
}
