package com.oom.core.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The latest appointment-confirmation result from the Package AI (Jenny). */
public record Confirmation(
    LocalDate appointmentDate,
    ConfirmationResultKind result,
    ConfirmationChannel channel,
    Instant at) {
  public Confirmation {
    Objects.requireNonNull(appointmentDate, "appointmentDate");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(at, "at");
  }

  public boolean confirms(Appointment appointment) {
    return appointment != null
        && appointment.date().equals(appointmentDate)
        && result == ConfirmationResultKind.CONFIRMED;
  }
}
