package com.oom.aws.wire.order;

import com.oom.aws.wire.AppointmentWire;
import com.oom.aws.wire.Wire;
import com.oom.aws.wire.WireException;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.Fulfilment;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.Guest;
import com.oom.core.order.GuestLanguage;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderLine;
import com.oom.core.order.OrderType;
import com.oom.core.order.PhoneType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * {@code order.schema.json}: the order inside an ERP snapshot, with the contact status and date the
 * ERP holds when it states them ({@link ErpContactCode}).
 */
public record OrderWire(
    String orderId,
    OrderType orderType,
    Fulfilment fulfilment,
    String storeId,
    String locationId,
    ZoneId timeZone,
    String locale,
    FulfilmentStatus status,
    LocalDate fulfilmentDate,
    LocalDate atpDate,
    AppointmentWire appointment,
    BigDecimal value,
    BigDecimal balanceDue,
    String currency,
    GuestWire guest,
    List<LineWire> lines,
    ContactStatus contactStatus,
    LocalDate contactDate,
    Instant contactStatusSince) {
  public OrderWire {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(orderType, "orderType");
    Objects.requireNonNull(fulfilment, "fulfilment");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(balanceDue, "balanceDue");
    Objects.requireNonNull(guest, "guest");
    Objects.requireNonNull(lines, "lines");
  }

  /** {@code #/$defs/guest}. */
  public record GuestWire(
      String guestId, String firstName, String lastName, List<PhoneWire> phones) {
    public GuestWire {
      Objects.requireNonNull(guestId, "guestId");
      Objects.requireNonNull(phones, "phones");
    }
  }

  /** {@code #/$defs/phone}: the number as the ERP wrote it (normalised when read). */
  public record PhoneWire(String number, PhoneType type, Boolean smsConsent) {
    public PhoneWire {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(smsConsent, "smsConsent");
    }
  }

  /** {@code #/$defs/line}. */
  public record LineWire(
      String lineId,
      String sku,
      String description,
      Integer quantity,
      BigDecimal value,
      Boolean available,
      LocalDate atpDate) {
    public LineWire {
      Objects.requireNonNull(lineId, "lineId");
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(available, "available");
    }
  }

  /** The order without a contact code (the snapshot says nothing about it). */
  public static OrderWire of(OrderDetails d) {
    return of(d, null, null);
  }

  /**
   * The order with the ERP's contact code (may be null); the code's {@code since} is left out when
   * it is {@code snapshotAt}, the snapshot's own time, which stands for it when absent.
   */
  public static OrderWire of(OrderDetails d, ErpContactCode code, Instant snapshotAt) {
    Guest g = d.guest();
    return new OrderWire(
        d.orderId(),
        d.orderType(),
        d.fulfilment(),
        d.storeId(),
        d.locationId(),
        d.timeZone(),
        d.language().tag(),
        d.status(),
        d.fulfilmentDate(),
        d.atpDate(),
        AppointmentWire.of(d.appointment()),
        d.value(),
        d.balanceDue(),
        d.currency(),
        new GuestWire(
            g.guestId(),
            g.firstName(),
            g.lastName(),
            Wire.all(g.phones(), p -> new PhoneWire(p.number().value(), p.type(), p.smsConsent()))),
        Wire.all(
            d.lines(),
            l ->
                new LineWire(
                    l.lineId(),
                    l.sku(),
                    l.description(),
                    l.quantity(),
                    l.value(),
                    l.available(),
                    l.atpDate())),
        code == null ? null : code.status(),
        code == null ? null : code.contactDate(),
        code == null || code.since().equals(snapshotAt) ? null : code.since());
  }

  /**
   * The ERP's contact code, or null when the order carries no {@code contactStatus}; without {@code
   * contactStatusSince} the code dates from {@code snapshotAt}. A contact date or time without a
   * status names its field.
   */
  public ErpContactCode contactCode(Instant snapshotAt) {
    if (contactStatus == null) {
      if (contactDate != null) {
        throw new WireException("contactDate", "is only allowed with contactStatus");
      }
      if (contactStatusSince != null) {
        throw new WireException("contactStatusSince", "is only allowed with contactStatus");
      }
      return null;
    }
    return new ErpContactCode(
        contactStatus, contactDate, contactStatusSince == null ? snapshotAt : contactStatusSince);
  }

  /** The domain order; a failure names the field below this object. */
  public OrderDetails toDomain() {
    return new OrderDetails(
        orderId,
        orderType,
        fulfilment,
        storeId,
        locationId,
        timeZone,
        GuestLanguage.fromTag(locale),
        status,
        fulfilmentDate,
        atpDate,
        AppointmentWire.toDomain(appointment),
        value,
        balanceDue,
        currency,
        Wire.at("guest", () -> guest(guest)),
        Wire.each("lines", lines, OrderWire::line));
  }

  private static Guest guest(GuestWire g) {
    return new Guest(
        g.guestId(),
        g.firstName(),
        g.lastName(),
        Wire.each(
            "phones",
            g.phones(),
            p -> new GuestPhone(Wire.phone("number", p.number()), p.type(), p.smsConsent())));
  }

  private static OrderLine line(LineWire l) {
    return new OrderLine(
        l.lineId(), l.sku(), l.description(), l.quantity(), l.value(), l.available(), l.atpDate());
  }
}
