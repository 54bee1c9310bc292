package com.oom.core.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** The order as the ERP last described it (the content of an {@code OrderSnapshot}). */
public record OrderDetails(
    String orderId,
    OrderType orderType,
    Fulfilment fulfilment,
    String storeId,
    String locationId,
    ZoneId timeZone,
    GuestLanguage language,
    FulfilmentStatus status,
    LocalDate fulfilmentDate,
    LocalDate atpDate,
    Appointment appointment,
    BigDecimal value,
    BigDecimal balanceDue,
    String currency,
    Guest guest,
    List<OrderLine> lines) {

  public OrderDetails {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(orderType, "orderType");
    Objects.requireNonNull(fulfilment, "fulfilment");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(balanceDue, "balanceDue");
    Objects.requireNonNull(guest, "guest");
    lines = List.copyOf(lines);
    if (balanceDue.signum() < 0) {
      throw new IllegalArgumentException("balanceDue must not be negative");
    }
  }

  public boolean isOpen() {
    return !status.isClosed();
  }

  /** Available for possession: the order is open and every line is in stock. */
  public boolean isAvailable() {
    return isOpen() && !lines.isEmpty() && lines.stream().allMatch(OrderLine::available);
  }

  /** Value of merchandise not yet delivered: what booking this order adds to delivered dollars. */
  public BigDecimal undeliveredValue() {
    if (!isOpen()) {
      return BigDecimal.ZERO;
    }
    if (lines.isEmpty()) {
      return value;
    }
    return lines.stream().map(OrderLine::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public boolean owesBalance() {
    return balanceDue.signum() > 0;
  }

  public OrderDetails withStatus(FulfilmentStatus newStatus) {
    return new OrderDetails(
        orderId,
        orderType,
        fulfilment,
        storeId,
        locationId,
        timeZone,
        language,
        newStatus,
        fulfilmentDate,
        atpDate,
        appointment,
        value,
        balanceDue,
        currency,
        guest,
        lines);
  }

  public OrderDetails withFulfilmentDate(LocalDate newDate) {
    return new OrderDetails(
        orderId,
        orderType,
        fulfilment,
        storeId,
        locationId,
        timeZone,
        language,
        status,
        newDate,
        atpDate,
        appointment,
        value,
        balanceDue,
        currency,
        guest,
        lines);
  }

  public OrderDetails withAppointment(Appointment newAppointment) {
    return new OrderDetails(
        orderId,
        orderType,
        fulfilment,
        storeId,
        locationId,
        timeZone,
        language,
        status,
        fulfilmentDate,
        atpDate,
        newAppointment,
        value,
        balanceDue,
        currency,
        guest,
        lines);
  }

  /** The same order with the balance the guest still owes (zero once paid). */
  public OrderDetails withBalanceDue(BigDecimal newBalanceDue) {
    return new OrderDetails(
        orderId,
        orderType,
        fulfilment,
        storeId,
        locationId,
        timeZone,
        language,
        status,
        fulfilmentDate,
        atpDate,
        appointment,
        value,
        newBalanceDue,
        currency,
        guest,
        lines);
  }

  /** The same order with its lines as the ERP now has them (e.g. merchandise received). */
  public OrderDetails withLines(List<OrderLine> newLines) {
    return new OrderDetails(
        orderId,
        orderType,
        fulfilment,
        storeId,
        locationId,
        timeZone,
        language,
        status,
        fulfilmentDate,
        atpDate,
        appointment,
        value,
        balanceDue,
        currency,
        guest,
        newLines);
  }
}
