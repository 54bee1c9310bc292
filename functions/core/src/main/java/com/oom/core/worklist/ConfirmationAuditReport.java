package com.oom.core.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A store's end-of-day confirmation audit (rule 4), as stored for the operators and agents to read.
 *
 * @param day the business day audited, in the store's zone: the day the confirmation calls for the
 *     next business day's appointments had to be made
 * @param appointmentsChecked the store's appointments (worked by OOM) on that day or later, read by
 *     the audit
 * @param misses every unconfirmed appointment in the confirmation window with a number of the guest
 *     not attempted that day, by order id
 * @param auditedAt when the audit ran (a retried run replaces the report of its store and day)
 */
public record ConfirmationAuditReport(
    String storeId,
    LocalDate day,
    int appointmentsChecked,
    List<ConfirmationMiss> misses,
    Instant auditedAt) {
  public ConfirmationAuditReport {
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(auditedAt, "auditedAt");
    misses = List.copyOf(misses);
  }
}
