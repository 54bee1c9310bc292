package com.oom.core.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The latest appointment-confirmation result applied (from Jenny, the guest's text or an agent).
 *
 * @param at when the result was obtained (the result's own time, not when OOM received it): an
 *     older result never replaces a newer one
 * @param phone the number the result was obtained on, when known
 */
public record Confirmation(
    LocalDate appointmentDate,
    ConfirmationResultKind result,
    ConfirmationChannel channel,
    Instant at,
    PhoneNumber phone) {
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
