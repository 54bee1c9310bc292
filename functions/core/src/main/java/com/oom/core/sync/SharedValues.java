package com.oom.core.sync;

import com.oom.core.order.Appointment;
import com.oom.core.order.ContactStatus;
import java.time.LocalDate;

/** Shared values in the words of the audit trail and the sync list. */
public final class SharedValues {
  private SharedValues() {}

  public static String describe(Appointment appointment) {
    if (appointment == null) {
      return "no appointment";
    }
    return appointment.kind()
        + " "
        + appointment.date()
        + " "
        + appointment.windowStart()
        + "-"
        + appointment.windowEnd();
  }

  public static String describe(LocalDate date) {
    return date == null ? "no date" : date.toString();
  }

  public static String describe(ContactStatus status, LocalDate contactDate) {
    return contactDate == null ? status.toString() : status + " until " + contactDate;
  }
}
