package com.oom.core.order;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The guest (customer) on an order, with every telephone number in their file. */
public record Guest(String guestId, String firstName, String lastName, List<GuestPhone> phones) {
  public Guest {
    Objects.requireNonNull(guestId, "guestId");
    phones = List.copyOf(phones);
  }

  public boolean hasPhone(PhoneNumber number) {
    return phone(number).isPresent();
  }

  public Optional<GuestPhone> phone(PhoneNumber number) {
    return phones.stream().filter(p -> p.number().equals(number)).findFirst();
  }

  /** The first mobile number with SMS consent, where touch-point texts go. */
  public Optional<GuestPhone> textablePhone() {
    return phones.stream().filter(GuestPhone::canReceiveTexts).findFirst();
  }
}
