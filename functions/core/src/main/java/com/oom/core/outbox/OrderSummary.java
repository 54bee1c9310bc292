package com.oom.core.outbox;

import com.oom.core.order.Appointment;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.Fulfilment;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a store needs to know about an order it takes over. */
public record OrderSummary(
    String orderId,
    OrderType orderType,
    Fulfilment fulfilment,
    String storeId,
    String locationId,
    FulfilmentStatus status,
    LocalDate fulfilmentDate,
    LocalDate atpDate,
    Appointment appointment,
    BigDecimal value,
    BigDecimal balanceDue,
    String currency,
    String guestName,
    List<GuestPhone> phones,
    ContactStatus contactStatus,
    LocalDate contactDate) {

  public static OrderSummary of(OpenOrder order) {
    var d = order.details();
    return new OrderSummary(
        d.orderId(),
        d.orderType(),
        d.fulfilment(),
        d.storeId(),
        d.locationId(),
        d.status(),
        d.fulfilmentDate(),
        d.atpDate(),
        d.appointment(),
        d.value(),
        d.balanceDue(),
        d.currency(),
        (nullToEmpty(d.guest().firstName()) + " " + nullToEmpty(d.guest().lastName())).strip(),
        d.guest().phones(),
        order.contactStatus(),
        order.contactDate());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
