package com.oom.core.application;

import com.oom.core.config.OomConfig;
import com.oom.core.order.OpenOrder;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.ConfirmationAudits;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.WorkListIndex;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.worklist.ConfirmationAudit;
import com.oom.core.worklist.ConfirmationAuditReport;
import com.oom.core.worklist.ConfirmationMiss;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * End of a store's business day: every appointment in the confirmation window that is not confirmed
 * and lacks an attempt today on one of the guest's numbers is a miss. The report is stored for its
 * store and day; a retried run replaces it rather than adding a second.
 */
public final class AuditConfirmations {
  private final OpenOrders orders;
  private final WorkListIndex index;
  private final ConfirmationAudits audits;
  private final BusinessCalendars calendars;
  private final OomConfig config;
  private final Clock clock;

  public AuditConfirmations(
      OpenOrders orders,
      WorkListIndex index,
      ConfirmationAudits audits,
      BusinessCalendars calendars,
      OomConfig config,
      Clock clock) {
    this.orders = orders;
    this.index = index;
    this.audits = audits;
    this.calendars = calendars;
    this.config = config;
    this.clock = clock;
  }

  public ConfirmationAuditReport handle(String storeId) {
    BusinessCalendar calendar = calendars.forStore(storeId);
    Instant now = clock.instant();
    LocalDate day = calendar.today(now);
    // Only the appointments the day's confirmation calls were for: the index has them by day.
    List<OpenOrder> audited =
        ConfirmationAudit.appointmentDayAudited(day, calendar, config)
            .map(date -> orders.findAll(index.appointmentsBetween(storeId, date, date)))
            .orElse(List.of());
    List<ConfirmationMiss> misses = ConfirmationAudit.missesFor(day, audited, calendar, config);
    ConfirmationAuditReport report =
        new ConfirmationAuditReport(storeId, day, audited.size(), misses, now);
    audits.save(report);
    return report;
  }
}
