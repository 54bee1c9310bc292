package com.oom.core.sms;

import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.time.QuietHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides, at send time, what happens to a touch-point text. Eligibility is checked first (the
 * order is known, open and not CWC; the number is still on file, mobile, with consent and not opted
 * out); then quiet hours in the guest's zone; then the per-number daily cap. A text that is not
 * allowed now is deferred to the next allowed instant, never dropped.
 */
public record SmsSendPolicy(QuietHours quietHours, int dailyCap) {

  public SmsSendPolicy {
    if (dailyCap <= 0) {
      throw new IllegalArgumentException("dailyCap must be positive");
    }
  }

  /**
   * @param sentToday texts already sent to this number on the guest's local day of {@code now}
   */
  public SendDecision decide(
      Optional<OpenOrder> order,
      PhoneNumber to,
      boolean optedOut,
      int sentToday,
      Instant now,
      Predicate<LocalDate> isHoliday) {
    Optional<SendDecision.BlockReason> blocked = eligibility(order, to, optedOut);
    if (blocked.isPresent()) {
      return new SendDecision.Block(blocked.get());
    }
    ZoneId zone = order.orElseThrow().details().timeZone();
    if (!quietHours.allows(now, zone, isHoliday)) {
      return new SendDecision.Defer(
          quietHours.nextAllowed(now, zone, isHoliday), SendDecision.DeferReason.QUIET_HOURS);
    }
    if (sentToday >= dailyCap) {
      Instant tomorrow = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
      return new SendDecision.Defer(
          quietHours.nextAllowed(tomorrow, zone, isHoliday), SendDecision.DeferReason.DAILY_CAP);
    }
    return new SendDecision.Send();
  }

  /** Why the text may never go to this number for this order, if it may not. */
  public static Optional<SendDecision.BlockReason> eligibility(
      Optional<OpenOrder> order, PhoneNumber to, boolean optedOut) {
    if (order.isEmpty()) {
      return Optional.of(SendDecision.BlockReason.ORDER_UNKNOWN);
    }
    OpenOrder o = order.get();
    if (o.isClosed()) {
      return Optional.of(SendDecision.BlockReason.ORDER_CLOSED);
    }
    if (o.isCwc()) {
      return Optional.of(SendDecision.BlockReason.ORDER_IN_CWC);
    }
    Optional<GuestPhone> phone = o.details().guest().phone(to);
    if (phone.isEmpty()) {
      return Optional.of(SendDecision.BlockReason.NUMBER_NOT_ON_FILE);
    }
    if (phone.get().type() != PhoneType.MOBILE) {
      return Optional.of(SendDecision.BlockReason.NOT_MOBILE);
    }
    if (!phone.get().smsConsent()) {
      return Optional.of(SendDecision.BlockReason.NO_CONSENT);
    }
    if (optedOut) {
      return Optional.of(SendDecision.BlockReason.OPTED_OUT);
    }
    return Optional.empty();
  }

  /** The guest's local day containing {@code now}: the span the daily cap counts over. */
  public static GuestDay guestDay(Instant now, ZoneId zone) {
    LocalDate day = now.atZone(zone).toLocalDate();
    return new GuestDay(
        day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** [start, end) of one local day. */
  public record GuestDay(Instant start, Instant end) {}
}
