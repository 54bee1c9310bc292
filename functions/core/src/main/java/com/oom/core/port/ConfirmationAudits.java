package com.oom.core.port;

import com.oom.core.worklist.ConfirmationAuditReport;
import java.time.LocalDate;
import java.util.Optional;

/** The end-of-day confirmation audits, one per store and business day. */
public interface ConfirmationAudits {
  /** Keeps the report of its store and day, replacing one an earlier run of that day kept. */
  void save(ConfirmationAuditReport report);

  /** The report of the store's business day {@code day}, if its audit ran. */
  Optional<ConfirmationAuditReport> find(String storeId, LocalDate day);
}
