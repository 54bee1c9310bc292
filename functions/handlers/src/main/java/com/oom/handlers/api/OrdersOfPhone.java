package com.oom.handlers.api;

import com.oom.core.application.FindOrdersByPhone;
import com.oom.core.order.Appointment;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderType;
import com.oom.core.order.PhoneNumber;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /orders?phone=}: the open orders of a telephone number the caller may see, newest
 * first, each summarised as the work lists and the order view show it.
 *
 * @param phone the number looked up, in E.164 (as the caller sent it, normalised)
 */
public record OrdersOfPhone(PhoneNumber phone, List<OrderSummary> orders) {
  public static OrdersOfPhone of(FindOrdersByPhone.Result result) {
    return new OrdersOfPhone(
        result.phone(), result.orders().stream().map(OrderSummary::of).toList());
  }

  /**
   * One order of the number, enough to tell the caller's orders apart and open the right one.
   *
   * @param version the order's version (send it back as expectedVersion)
   * @param appointment the booked appointment; absent when none is booked
   * @param appointmentConfirmed whether the guest confirmed the booked appointment
   * @param nextStep the one thing that has to happen next (as on the work lists and the order
   *     view); absent for an order of a store no longer in the directory
   */
  public record OrderSummary(
      String orderId,
      String storeId,
      OrderType orderType,
      FulfilmentStatus status,
      long version,
      ContactStatus contactStatus,
      LocalDate contactDate,
      String guestFirstName,
      String guestLastName,
      LocalDate fulfilmentDate,
      Appointment appointment,
      boolean appointmentConfirmed,
      ApiResponses.NextStep nextStep) {
    static OrderSummary of(FindOrdersByPhone.Found found) {
      OpenOrder order = found.order();
      return new OrderSummary(
          order.orderId(),
          order.details().storeId(),
          order.details().orderType(),
          order.status(),
          order.version(),
          order.contactStatus(),
          order.contactDate(),
          order.details().guest().firstName(),
          order.details().guest().lastName(),
          order.details().fulfilmentDate(),
          order.appointment().orElse(null),
          order.isAppointmentConfirmed(),
          ApiResponses.NextStep.of(found.nextStep()));
    }
  }
}
