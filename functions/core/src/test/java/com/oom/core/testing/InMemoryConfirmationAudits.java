package com.oom.core.testing;

import com.oom.core.port.ConfirmationAudits;
import com.oom.core.worklist.ConfirmationAuditReport;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored confirmation audits in memory, one per store and day; {@link #saves} counts writes.
 */
public final class InMemoryConfirmationAudits implements ConfirmationAudits {
  private final Map<String, ConfirmationAuditReport> reports = new LinkedHashMap<>();
  public int saves;

  @Override
  public synchronized void save(ConfirmationAuditReport report) {
    reports.put(key(report.storeId(), report.day()), report);
    saves++;
  }

  @Override
  public synchronized Optional<ConfirmationAuditReport> find(String storeId, LocalDate day) {
    return Optional.ofNullable(reports.get(key(storeId, day)));
  }

  /** Every report kept, one per store and day. */
  public synchronized int size() {
    return reports.size();
  }

  private static String key(String storeId, LocalDate day) {
    return storeId + "#" + day;
  }
}
