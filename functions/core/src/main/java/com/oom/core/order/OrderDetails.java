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
    return copy(newStatus, fulfilmentDate, appointment, balanceDue, lines);
  }

  public OrderDetails withFulfilmentDate(LocalDate newDate) {
    return copy(status, newDate, appointment, balanceDue, lines);
  }

  public OrderDetails withAppointment(Appointment newAppointment) {
    return copy(status, fulfilmentDate, newAppointment, balanceDue, lines);
  }

  /** The same order with the balance the guest still owes (zero once paid). */
  public OrderDetails withBalanceDue(BigDecimal newBalanceDue) {
    return copy(status, fulfilmentDate, appointment, newBalanceDue, lines);
  }

  /** The same order with its lines as the ERP now has them (e.g. merchandise received). */
  public OrderDetails withLines(List<OrderLine> newLines) {
    return copy(status, fulfilmentDate, appointment, balanceDue, newLines);
  }

  /** The fields OOM or the ERP change over an order's life; the rest is the order's identity. */
  private OrderDetails copy(
      FulfilmentStatus newStatus,
      LocalDate newFulfilmentDate,
      Appointment newAppointment,
      BigDecimal newBalanceDue,
      List<OrderLine> newLines) {
    return new OrderDetails(
        orderId,
        orderType,
        fulfilment,
        storeId,
        locationId,
        timeZone,
        language,
        newStatus,
        newFulfilmentDate,
        atpDate,
        newAppointment,
        value,
        newBalanceDue,
        currency,
        guest,
        newLines);
  }
}
