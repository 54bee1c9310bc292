package com.oom.core.testing;

import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.Fulfilment;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.Guest;
import com.oom.core.order.GuestLanguage;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderLine;
import com.oom.core.order.OrderType;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.SnapshotIngestion;
import com.oom.core.time.CanadianFederalHolidays;
import com.oom.core.time.ContactSlot;
import com.oom.core.time.SlotBoundaries;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test-data builders. Start from {@link #defaultOrder()} (an available EST delivery in Winnipeg,
 * $1,500 over two lines, guest with a consenting mobile and a home phone) and change only what the
 * test is about.
 */
public final class Orders {
  public static final ZoneId WINNIPEG = ZoneId.of("America/Winnipeg");
  public static final ZoneId REGINA = ZoneId.of("America/Regina");
  public static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  public static final PhoneNumber MOBILE = PhoneNumber.parse("204-555-0142");
  public static final PhoneNumber HOME = PhoneNumber.parse("204-555-0199");
  public static final PhoneNumber WORK = PhoneNumber.parse("204-555-0177");

  /** Monday 30 November 2026, 10:00 in Winnipeg. */
  public static final Instant MONDAY_10_AM_WINNIPEG = Instant.parse("2026-11-30T16:00:00Z");

  private Orders() {}

  public static Builder defaultOrder() {
    return new Builder();
  }

  public static GuestPhone defaultMobile() {
    return new GuestPhone(MOBILE, PhoneType.MOBILE, true);
  }

  public static GuestPhone defaultHomePhone() {
    return new GuestPhone(HOME, PhoneType.HOME, false);
  }

  public static OrderLine line(String id, String value, boolean available) {
    return new OrderLine(
        id,
        "SKU-" + id,
        "Item " + id,
        1,
        new BigDecimal(value),
        available,
        LocalDate.of(2026, 11, 20));
  }

  /**
   * Applies the ERP's snapshot of {@code details} at {@code sequence}, produced when it is applied
   * ({@code ctx.at()}) and carrying no contact code.
   */
  public static OrderUpdate ingest(
      Optional<OpenOrder> current, OrderDetails details, long sequence, ChangeContext ctx) {
    return SnapshotIngestion.apply(
        current, new ErpSnapshot(details, sequence, ctx.at(), null), ctx);
  }

  public static Appointment appointment(LocalDate date) {
    return new Appointment(date, LocalTime.of(8, 0), LocalTime.of(12, 0), AppointmentKind.DELIVERY);
  }

  /**
   * An unanswered phone call to {@code phone} at {@code at}, its slot classified in Winnipeg with
   * the default slot boundaries and federal holidays.
   */
  public static ContactAttempt unansweredCall(PhoneNumber phone, Instant at) {
    return call(phone, at, AttemptOutcome.NO_ANSWER, "no answer");
  }

  /** A call on {@code phone} at {@code at} that reached the guest. */
  public static ContactAttempt reachedCall(PhoneNumber phone, Instant at) {
    return call(phone, at, AttemptOutcome.REACHED, "guest reached");
  }

  private static ContactAttempt call(
      PhoneNumber phone, Instant at, AttemptOutcome outcome, String comment) {
    return new ContactAttempt(
        "attempt-" + phone.value() + "-" + at,
        phone,
        ContactChannel.PHONE,
        outcome,
        "agent-7",
        comment,
        at,
        SlotBoundaries.defaults()
            .classify(at, WINNIPEG, CanadianFederalHolidays.defaults()::contains));
  }

  /** The instant of a local date-time ("2026-11-30T10:00") in {@code zone}. */
  public static Instant local(String localDateTime, ZoneId zone) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  /** The instant of a local date-time in Winnipeg, the default order's zone. */
  public static Instant winnipeg(String localDateTime) {
    return local(localDateTime, WINNIPEG);
  }

  /** The agent "agent-7" acting for command {@code commandId} at {@code at}. */
  public static ChangeContext agent(String commandId, Instant at) {
    return new ChangeContext(commandId, Actor.agent("agent-7"), at);
  }

  /** The ERP feed, for a message {@code commandId} handled at {@code at}. */
  public static ChangeContext erp(String commandId, Instant at) {
    return new ChangeContext(commandId, Actor.ERP, at);
  }

  /** OOM itself (the timer sweep), for a sweep {@code commandId} at {@code at}. */
  public static ChangeContext system(String commandId, Instant at) {
    return new ChangeContext(commandId, Actor.SYSTEM, at);
  }

  /** An unsuccessful phone attempt to the default mobile, already classified in {@code slot}. */
  public static ContactAttempt attempt(Instant at, ContactSlot slot) {
    return attempt(at, slot, AttemptOutcome.NO_ANSWER);
  }

  /** A phone attempt to the default mobile with {@code outcome}, already classified. */
  public static ContactAttempt attempt(Instant at, ContactSlot slot, AttemptOutcome outcome) {
    return new ContactAttempt(
        "A-" + at + "-" + slot + "-" + outcome,
        MOBILE,
        ContactChannel.PHONE,
        outcome,
        "agent-7",
        "Called: " + outcome,
        at,
        slot);
  }

  public static final class Builder {
    private String orderId = "SO-1001";
    private OrderType orderType = OrderType.SALE;
    private Fulfilment fulfilment = Fulfilment.DELIVERY;
    private String storeId = "101";
    private ZoneId zone = WINNIPEG;
    private GuestLanguage language = GuestLanguage.ENGLISH;
    private FulfilmentStatus status = FulfilmentStatus.EST;
    private LocalDate fulfilmentDate = LocalDate.of(2026, 12, 10);
    private LocalDate atpDate = LocalDate.of(2026, 11, 20);
    private Appointment appointment;
    private BigDecimal value = new BigDecimal("1500.00");
    private BigDecimal balanceDue = BigDecimal.ZERO;
    private List<GuestPhone> phones = new ArrayList<>(List.of(defaultMobile(), defaultHomePhone()));
    private List<OrderLine> lines =
        new ArrayList<>(List.of(line("1", "1000.00", true), line("2", "500.00", true)));
    private Instant firstSeenAt = Instant.parse("2026-11-01T15:00:00Z");
    private long sequence = 1;
    private String locationId = "888";

    public Builder orderId(String value) {
      orderId = value;
      return this;
    }

    public Builder orderType(OrderType value) {
      orderType = value;
      return this;
    }

    public Builder fulfilment(Fulfilment value) {
      fulfilment = value;
      return this;
    }

    public Builder storeId(String value) {
      storeId = value;
      return this;
    }

    public Builder zone(ZoneId value) {
      zone = value;
      return this;
    }

    public Builder language(GuestLanguage value) {
      language = value;
      return this;
    }

    public Builder status(FulfilmentStatus value) {
      status = value;
      return this;
    }

    public Builder fulfilmentDate(LocalDate value) {
      fulfilmentDate = value;
      return this;
    }

    public Builder atpDate(LocalDate value) {
      atpDate = value;
      return this;
    }

    public Builder appointment(Appointment value) {
      appointment = value;
      return this;
    }

    public Builder value(String amount) {
      value = new BigDecimal(amount);
      return this;
    }

    public Builder balanceDue(String amount) {
      balanceDue = new BigDecimal(amount);
      return this;
    }

    public Builder phones(GuestPhone... values) {
      phones = new ArrayList<>(List.of(values));
      return this;
    }

    public Builder lines(OrderLine... values) {
      lines = new ArrayList<>(List.of(values));
      return this;
    }

    /** One line still waiting for stock: the order is not available. */
    public Builder notAvailable() {
      lines = new ArrayList<>(List.of(line("1", "1000.00", true), line("2", "500.00", false)));
      return this;
    }

    public Builder firstSeenAt(Instant value) {
      firstSeenAt = value;
      return this;
    }

    public Builder sequence(long value) {
      sequence = value;
      return this;
    }

    /** The order's fulfilment location (where the merchandise is); 888 by default. */
    public Builder locationId(String value) {
      locationId = value;
      return this;
    }

    public OrderDetails details() {
      return new OrderDetails(
          orderId,
          orderType,
          fulfilment,
          storeId,
          locationId,
          zone,
          language,
          status,
          fulfilmentDate,
          atpDate,
          appointment,
          value,
          balanceDue,
          "CAD",
          new Guest("G-" + orderId, "Alex", "Martin", phones),
          lines);
    }

    public OpenOrder build() {
      return OpenOrder.first(details(), sequence, firstSeenAt);
    }
  }
}
