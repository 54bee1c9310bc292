package com.oom.aws.wire;

import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** {@code order.schema.json#/$defs/appointment}. */
public record AppointmentWire(
    LocalDate date, LocalTime windowStart, LocalTime windowEnd, AppointmentKind kind) {
  public AppointmentWire {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(windowStart, "windowStart");
    Objects.requireNonNull(windowEnd, "windowEnd");
    Objects.requireNonNull(kind, "kind");
  }

  public static AppointmentWire of(Appointment a) {
    return a == null
        ? null
        : new AppointmentWire(a.date(), a.windowStart(), a.windowEnd(), a.kind());
  }

  public Appointment toDomain() {
    return new Appointment(date, windowStart, windowEnd, kind);
  }

  public static Appointment toDomain(AppointmentWire wire) {
    return wire == null ? null : Wire.at("appointment", wire::toDomain);
  }
}
