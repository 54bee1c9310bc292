package com.oom.core.worklist;

import com.oom.core.order.PhoneNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An unconfirmed appointment whose guest was not tried on every number by the end of the day.
 *
 * @param phonesNotAttempted the guest's numbers with no attempt that day, in file order; never
 *     empty
 */
public record ConfirmationMiss(
    String orderId,
    String storeId,
    LocalDate appointmentDate,
    List<PhoneNumber> phonesNotAttempted) {

  public ConfirmationMiss {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(appointmentDate, "appointmentDate");
    phonesNotAttempted = List.copyOf(phonesNotAttempted);
    if (phonesNotAttempted.isEmpty()) {
      throw new IllegalArgumentException("a miss names at least one phone not attempted");
    }
  }
}
