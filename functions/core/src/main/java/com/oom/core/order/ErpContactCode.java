package com.oom.core.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A contact status and date as the ERP states them in a snapshot.
 *
 * @param since when the code was set in the ERP (for a code OOM sent, the {@code at} of the update
 *     that carried it); the snapshot's own time when the ERP does not say
 */
public record ErpContactCode(ContactStatus status, LocalDate contactDate, Instant since) {
  public ErpContactCode {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
  }
}
