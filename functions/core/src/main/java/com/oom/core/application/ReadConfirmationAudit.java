package com.oom.core.application;

import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.ConfirmationAudits;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.worklist.ConfirmationAuditReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** A store's stored end-of-day confirmation audit, by default the one of its business day today. */
public final class ReadConfirmationAudit {
  private final ConfirmationAudits audits;
  private final BusinessCalendars calendars;
  private final Clock clock;

  public ReadConfirmationAudit(
      ConfirmationAudits audits, BusinessCalendars calendars, Clock clock) {
    this.audits = audits;
    this.calendars = calendars;
    this.clock = clock;
  }

  /**
   * @param day the store's business day, or null for today in the store's zone
   * @throws UnknownStore for a store not in the directory (refused, not reported as never audited)
   */
  public Optional<ConfirmationAuditReport> handle(String storeId, LocalDate day) {
    BusinessCalendar calendar =
        calendars.find(storeId).orElseThrow(() -> new UnknownStore(storeId));
    return audits.find(storeId, day != null ? day : calendar.today(clock.instant()));
  }
}
