package com.oom.core.worklist;

import com.oom.core.config.OomConfig;

/** Configurations that differ from the defaults only in the confirmation window. */
final class ConfirmationWindows {

  private ConfirmationWindows() {}

  static OomConfig businessDaysAhead(int days) {
    OomConfig d = OomConfig.defaults();
    return new OomConfig(
        d.noContactMinAttempts(),
        d.noContactSpan(),
        d.noContactSlots(),
        d.balanceDueGrace(),
        d.cancelRequestGrace(),
        d.slotBoundaries(),
        d.quietHours(),
        d.smsDailyCap(),
        days,
        d.pastDueAfterDays(),
        d.reminderLeadBusinessDays(),
        d.erpEchoWithin(),
        d.svcDueBusinessDays(),
        d.starvationAfterBusinessDays(),
        d.timeFrameLead());
  }
}
