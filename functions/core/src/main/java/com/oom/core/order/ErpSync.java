package com.oom.core.order;

import java.time.Instant;

/**
 * What OOM changed in fields it shares with the ERP and is still waiting to see in a snapshot
 * (docs/erp-contract.md). OOM's escalation waits the same way, in {@link Escalation}; only the time
 * its missing acknowledgement was reported lives here.
 *
 * @param booking an appointment booked in OOM, or null
 * @param redate a fulfilment date set in OOM, or null
 * @param code a contact status / date set in OOM, or null
 * @param escalationOverdueReportedAt when the sweep reported the unacknowledged CWC, or null
 */
public record ErpSync(
    PendingBooking booking,
    PendingRedate redate,
    PendingCode code,
    Instant escalationOverdueReportedAt) {
  public static final ErpSync NONE = new ErpSync(null, null, null, null);

  public boolean isEmpty() {
    return booking == null && redate == null && code == null;
  }

  public ErpSync withBooking(PendingBooking value) {
    return new ErpSync(value, redate, code, escalationOverdueReportedAt);
  }

  public ErpSync withRedate(PendingRedate value) {
    return new ErpSync(booking, value, code, escalationOverdueReportedAt);
  }

  public ErpSync withCode(PendingCode value) {
    return new ErpSync(booking, redate, value, escalationOverdueReportedAt);
  }

  public ErpSync withEscalationOverdueReportedAt(Instant value) {
    return new ErpSync(booking, redate, code, value);
  }
}
