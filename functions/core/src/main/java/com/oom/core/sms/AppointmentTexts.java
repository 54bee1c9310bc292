package com.oom.core.sms;

import com.oom.core.order.Appointment;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.TouchPoint;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The texts about one appointment (its booking, its reminder, its time frame) and when one is no
 * longer true. Each carries the appointment it was triggered for in its dedupe key ({@code
 * <orderId>#TIME_FRAME#time-frame:2026-12-08T08:00-12:00}); at send time it is cancelled when that
 * is no longer the order's appointment (rebooked or cancelled: {@link
 * SendDecision.BlockReason#SUPERSEDED}) or when the appointment has passed ({@link
 * SendDecision.BlockReason#APPOINTMENT_PASSED}): for the booking and the time frame once the window
 * has ended, for the reminder once the appointment's day has begun (it asks the guest to confirm or
 * reschedule ahead of the day; on the day the time frame is the text that counts).
 */
public final class AppointmentTexts {
  private AppointmentTexts() {}

  /** Why a text is cancelled, for which appointment, in the audit trail's words. */
  public record Cancellation(SendDecision.BlockReason reason, AppointmentSlot slot, String why) {}

  /** Whether {@code touchPoint} is a text about one appointment. */
  public static boolean isAboutAnAppointment(TouchPoint touchPoint) {
    return prefix(touchPoint).isPresent();
  }

  /**
   * The trigger of {@code touchPoint} for {@code appointment} (a booking appends its command id).
   *
   * @throws IllegalArgumentException for a touch point that is not about an appointment
   */
  public static String trigger(TouchPoint touchPoint, Appointment appointment) {
    return prefix(touchPoint)
            .orElseThrow(
                () -> new IllegalArgumentException(touchPoint + " is not about an appointment"))
        + AppointmentSlot.of(appointment).text();
  }

  /** The appointment a text was triggered for, read back from its dedupe key. */
  public static Optional<AppointmentSlot> slotOf(
      String orderId, TouchPoint touchPoint, String dedupeKey) {
    Optional<String> prefix = prefix(touchPoint);
    String head = orderId + "#" + touchPoint + "#";
    if (prefix.isEmpty() || !dedupeKey.startsWith(head + prefix.get())) {
      return Optional.empty();
    }
    return AppointmentSlot.parse(dedupeKey.substring(head.length() + prefix.get().length()));
  }

  /**
   * Whether the text must be cancelled at {@code now} rather than sent; empty for a text that is
   * still true, a touch point about no appointment, or a key that names none.
   */
  public static Optional<Cancellation> cancellation(
      String orderId, TouchPoint touchPoint, String dedupeKey, OpenOrder order, Instant now) {
    Optional<AppointmentSlot> slot = slotOf(orderId, touchPoint, dedupeKey);
    if (slot.isEmpty()) {
      return Optional.empty();
    }
    Appointment current = order.details().appointment();
    if (!slot.get().isSlotOf(current)) {
      String why =
          current == null ? "the appointment was cancelled" : "the appointment was rebooked";
      return Optional.of(new Cancellation(SendDecision.BlockReason.SUPERSEDED, slot.get(), why));
    }
    ZoneId zone = order.details().timeZone();
    if (touchPoint == TouchPoint.APPOINTMENT_REMINDER) {
      Instant dayBegins = current.date().atStartOfDay(zone).toInstant();
      return now.isBefore(dayBegins)
          ? Optional.empty()
          : Optional.of(
              new Cancellation(
                  SendDecision.BlockReason.APPOINTMENT_PASSED,
                  slot.get(),
                  "the appointment's day has begun"));
    }
    return now.isBefore(TimeFrameTiming.windowEnd(current, zone))
        ? Optional.empty()
        : Optional.of(
            new Cancellation(
                SendDecision.BlockReason.APPOINTMENT_PASSED,
                slot.get(),
                "the appointment has passed"));
  }

  private static Optional<String> prefix(TouchPoint touchPoint) {
    return switch (touchPoint) {
      case APPOINTMENT_BOOKED -> Optional.of("booked:");
      case APPOINTMENT_REMINDER -> Optional.of("reminder:");
      case TIME_FRAME -> Optional.of("time-frame:");
      default -> Optional.empty();
    };
  }
}
