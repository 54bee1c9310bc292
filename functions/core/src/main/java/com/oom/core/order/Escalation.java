package com.oom.core.order;

import java.time.Instant;
import java.util.Objects;

/**
 * OOM handed the order to its store. Until the ERP acknowledges it (a snapshot saying CWC), older
 * in-flight snapshots still saying EST or SCH must not pull the order back.
 *
 * @param handOffId the id of the hand-off message the store received (null for escalations stored
 *     before it was kept)
 */
public record Escalation(
    EscalationReason reason, Instant at, boolean acknowledgedByErp, String handOffId) {
  public Escalation {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }

  public Escalation acknowledged() {
    return new Escalation(reason, at, true, handOffId);
  }
}
