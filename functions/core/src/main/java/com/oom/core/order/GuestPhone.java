package com.oom.core.order;

import java.util.Objects;

/** One telephone number in the guest's file and whether the guest agreed to texts on it. */
public record GuestPhone(PhoneNumber number, PhoneType type, boolean smsConsent) {
  public GuestPhone {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(type, "type");
  }

  public boolean canReceiveTexts() {
    return type == PhoneType.MOBILE && smsConsent;
  }
}
