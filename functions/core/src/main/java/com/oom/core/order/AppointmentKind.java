package com.oom.core.order;

public enum AppointmentKind {
  DELIVERY,
  PICKUP,
  TECHNICIAN
}
