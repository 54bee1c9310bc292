package com.oom.core.application;

import com.oom.core.config.OomConfig;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.OpenOrders;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.worklist.ConfirmationAudit;
import com.oom.core.worklist.ConfirmationMiss;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * End of a store's business day: every appointment in the confirmation window that is not confirmed
 * and lacks an attempt today on one of the guest's numbers is a miss.
 */
public final class AuditConfirmations {
  private final OpenOrders orders;
  private final BusinessCalendars calendars;
  private final OomConfig config;
  private final Clock clock;

  public AuditConfirmations(
      OpenOrders orders, BusinessCalendars calendars, OomConfig config, Clock clock) {
    this.orders = orders;
    this.calendars = calendars;
    this.config = config;
    this.clock = clock;
  }

  public record Report(
      String storeId, LocalDate day, int appointmentsChecked, List<ConfirmationMiss> misses) {
    public Report {
      misses = List.copyOf(misses);
    }
  }

  public Report handle(String storeId) {
    BusinessCalendar calendar = calendars.forStore(storeId);
    LocalDate day = calendar.today(clock.instant());
    var open = orders.openOrders(storeId);
    List<ConfirmationMiss> misses = ConfirmationAudit.missesFor(day, open, calendar, config);
    int checked =
        (int)
            open.stream()
                .filter(o -> o.isWorkedByOom() && o.details().appointment() != null)
                .filter(o -> !o.details().appointment().date().isBefore(day))
                .count();
    return new Report(storeId, day, checked, misses);
  }
}
