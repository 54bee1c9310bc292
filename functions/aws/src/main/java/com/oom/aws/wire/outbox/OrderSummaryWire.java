package com.oom.aws.wire.outbox;

import com.oom.aws.wire.AppointmentWire;
import com.oom.aws.wire.Wire;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.Fulfilment;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OrderType;
import com.oom.core.order.PhoneType;
import com.oom.core.outbox.OrderSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** {@code store-hand-off.schema.json#/$defs/orderSummary}: the order as the store sees it. */
public record OrderSummaryWire(
    String orderId,
    OrderType orderType,
    Fulfilment fulfilment,
    String storeId,
    String locationId,
    FulfilmentStatus status,
    LocalDate fulfilmentDate,
    LocalDate atpDate,
    AppointmentWire appointment,
    BigDecimal value,
    BigDecimal balanceDue,
    String currency,
    String guestName,
    List<PhoneWire> phones,
    ContactStatus contactStatus,
    LocalDate contactDate) {
  public OrderSummaryWire {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(orderType, "orderType");
    Objects.requireNonNull(fulfilment, "fulfilment");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(balanceDue, "balanceDue");
    Objects.requireNonNull(guestName, "guestName");
    Objects.requireNonNull(phones, "phones");
    Objects.requireNonNull(contactStatus, "contactStatus");
  }

  /** {@code #/$defs/phone}: E.164. */
  public record PhoneWire(String number, PhoneType type, Boolean smsConsent) {
    public PhoneWire {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(smsConsent, "smsConsent");
    }
  }

  public static OrderSummaryWire of(OrderSummary s) {
    return new OrderSummaryWire(
        s.orderId(),
        s.orderType(),
        s.fulfilment(),
        s.storeId(),
        s.locationId(),
        s.status(),
        s.fulfilmentDate(),
        s.atpDate(),
        AppointmentWire.of(s.appointment()),
        s.value(),
        s.balanceDue(),
        s.currency(),
        s.guestName(),
        Wire.all(s.phones(), p -> new PhoneWire(p.number().value(), p.type(), p.smsConsent())),
        s.contactStatus(),
        s.contactDate());
  }

  public OrderSummary toDomain() {
    return new OrderSummary(
        orderId,
        orderType,
        fulfilment,
        storeId,
        locationId,
        status,
        fulfilmentDate,
        atpDate,
        AppointmentWire.toDomain(appointment),
        value,
        balanceDue,
        currency,
        guestName,
        Wire.each(
            "phones",
            phones,
            p -> new GuestPhone(Wire.phone("number", p.number()), p.type(), p.smsConsent())),
        contactStatus,
        contactDate);
  }
}
