package com.oom.core.sync;

import com.oom.core.order.ErpSync;
import com.oom.core.order.Escalation;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PendingKind;
import com.oom.core.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every change OOM is waiting to see in a snapshot (a booking, a re-date, a contact code, an
 * escalation) is due within {@code within} of the store's business hours; past that it is overdue:
 * on the sync list, and reported once by the sweep.
 */
public final class EchoDeadlines {
  private final Duration within;

  public EchoDeadlines(Duration within) {
    Objects.requireNonNull(within, "within");
    if (within.isNegative() || within.isZero()) {
      throw new IllegalArgumentException("within must be positive");
    }
    this.within = within;
  }

  public Duration within() {
    return within;
  }

  /**
   * One change waiting for the ERP.
   *
   * @param value the pending value in words ("DELIVERY 2026-12-03 08:00-12:00", "HOLD until
   *     2026-12-09", "CWC (NO_CONTACT)")
   * @param since when OOM made the change
   * @param dueAt when the ERP should have shown it by
   * @param reportedAt when the sweep reported it overdue, or null
   */
  public record Waiting(
      PendingKind kind, String value, Instant since, Instant dueAt, Instant reportedAt) {

    /** The field and its value, as the sync list and the audit trail say it. */
    public String what() {
      return kind == PendingKind.CWC ? value : kind.words() + " " + value;
    }

    public boolean reported() {
      return reportedAt != null;
    }

    public boolean overdueAt(Instant now) {
      return !dueAt.isAfter(now);
    }
  }

  /**
   * Everything the order waits for, earliest due first; nothing once the order is closed (what was
   * pending no longer matters).
   */
  public List<Waiting> waiting(OpenOrder order, BusinessCalendar calendar) {
    List<Waiting> all = new ArrayList<>();
    if (order.isClosed()) {
      return all;
    }
    ErpSync sync = order.sync();
    if (sync.booking() != null) {
      all.add(
          waiting(
              PendingKind.APPOINTMENT,
              SharedValues.describe(sync.booking().appointment()),
              sync.booking().since(),
              sync.booking().reportedOverdueAt(),
              calendar));
    }
    if (sync.redate() != null) {
      all.add(
          waiting(
              PendingKind.FULFILMENT_DATE,
              SharedValues.describe(sync.redate().date()),
              sync.redate().since(),
              sync.redate().reportedOverdueAt(),
              calendar));
    }
    if (sync.code() != null) {
      all.add(
          waiting(
              PendingKind.CONTACT_CODE,
              SharedValues.describe(sync.code().status(), sync.code().contactDate()),
              sync.code().since(),
              sync.code().reportedOverdueAt(),
              calendar));
    }
    Escalation escalation = order.escalation();
    if (order.isCwc() && escalation != null && !escalation.acknowledgedByErp()) {
      all.add(
          waiting(
              PendingKind.CWC,
              "CWC (" + escalation.reason() + ")",
              escalation.at(),
              sync.escalationOverdueReportedAt(),
              calendar));
    }
    all.sort(Comparator.comparing(Waiting::dueAt).thenComparing(Waiting::kind));
    return all;
  }

  /** What is overdue at {@code now}. */
  public List<Waiting> overdue(OpenOrder order, BusinessCalendar calendar, Instant now) {
    return waiting(order, calendar).stream().filter(w -> w.overdueAt(now)).toList();
  }

  /** When the sweep must next look at the order to report an overdue change, if ever. */
  public Optional<Instant> nextReport(OpenOrder order, BusinessCalendar calendar) {
    return waiting(order, calendar).stream()
        .filter(w -> !w.reported())
        .map(Waiting::dueAt)
        .findFirst();
  }

  private Waiting waiting(
      PendingKind kind,
      String value,
      Instant since,
      Instant reportedAt,
      BusinessCalendar calendar) {
    return new Waiting(kind, value, since, calendar.plusBusinessTime(since, within), reportedAt);
  }
}
