package com.oom.core.sms;

import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.TouchPoint;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class AppointmentTextsTest {
  private static final LocalDate DEC_8 = LocalDate.of(2026, 12, 8);
  private final OpenOrder booked = defaultOrder().appointment(appointment(DEC_8)).build();

  private static String key(TouchPoint touchPoint, String trigger) {
    return "SO-1001#" + touchPoint + "#" + trigger;
  }

  @Test
  void each_text_names_its_appointment_in_its_trigger_and_reads_it_back() {
    Appointment visit = appointment(DEC_8);
    String trigger = AppointmentTexts.trigger(TouchPoint.TIME_FRAME, visit);

    assertThat(trigger).isEqualTo("time-frame:2026-12-08T08:00-12:00");
    assertThat(
            AppointmentTexts.slotOf(
                "SO-1001", TouchPoint.TIME_FRAME, key(TouchPoint.TIME_FRAME, trigger)))
        .contains(new AppointmentSlot(DEC_8, LocalTime.of(8, 0), LocalTime.of(12, 0)));
    assertThat(
            AppointmentTexts.slotOf(
                "SO-1001",
                TouchPoint.APPOINTMENT_BOOKED,
                key(TouchPoint.APPOINTMENT_BOOKED, "booked:2026-12-08T08:00-12:00@req-7#x@y")))
        .contains(new AppointmentSlot(DEC_8, LocalTime.of(8, 0), LocalTime.of(12, 0)));
  }

  @Test
  void a_text_about_no_appointment_or_a_key_naming_none_is_never_cancelled() {
    assertThat(
            AppointmentTexts.cancellation(
                "SO-1001",
                TouchPoint.MERCHANDISE_AVAILABLE,
                key(TouchPoint.MERCHANDISE_AVAILABLE, "available"),
                booked,
                winnipeg("2026-12-20T10:00")))
        .isEmpty();
    assertThat(
            AppointmentTexts.cancellation(
                "SO-1001",
                TouchPoint.TIME_FRAME,
                key(TouchPoint.TIME_FRAME, "time-frame:not-a-slot"),
                booked,
                winnipeg("2026-12-20T10:00")))
        .isEmpty();
  }

  @Test
  void a_text_for_another_appointment_is_superseded() {
    String oldKey = key(TouchPoint.APPOINTMENT_REMINDER, "reminder:2026-12-07T13:00-17:00");

    assertThat(
            AppointmentTexts.cancellation(
                "SO-1001",
                TouchPoint.APPOINTMENT_REMINDER,
                oldKey,
                booked,
                winnipeg("2026-12-06T10:00")))
        .hasValueSatisfying(
            c -> {
              assertThat(c.reason()).isEqualTo(SendDecision.BlockReason.SUPERSEDED);
              assertThat(c.why()).isEqualTo("the appointment was rebooked");
              assertThat(c.slot().readable()).isEqualTo("2026-12-07 13:00–17:00");
            });
  }

  @Test
  void a_text_whose_appointment_was_cancelled_is_superseded() {
    OpenOrder cancelled = defaultOrder().build();

    assertThat(
            AppointmentTexts.cancellation(
                "SO-1001",
                TouchPoint.TIME_FRAME,
                key(TouchPoint.TIME_FRAME, "time-frame:2026-12-08T08:00-12:00"),
                cancelled,
                winnipeg("2026-12-07T20:59")))
        .hasValueSatisfying(c -> assertThat(c.why()).isEqualTo("the appointment was cancelled"));
  }

  @Test
  void the_time_frame_and_booking_texts_pass_when_the_window_ends() {
    String timeFrame = key(TouchPoint.TIME_FRAME, "time-frame:2026-12-08T08:00-12:00");

    assertThat(
            AppointmentTexts.cancellation(
                "SO-1001", TouchPoint.TIME_FRAME, timeFrame, booked, winnipeg("2026-12-08T11:59")))
        .isEmpty();
    assertThat(
            AppointmentTexts.cancellation(
                "SO-1001", TouchPoint.TIME_FRAME, timeFrame, booked, winnipeg("2026-12-08T12:00")))
        .hasValueSatisfying(
            c -> assertThat(c.reason()).isEqualTo(SendDecision.BlockReason.APPOINTMENT_PASSED));
  }

  @Test
  void the_reminder_passes_when_the_appointments_day_begins() {
    String reminder = key(TouchPoint.APPOINTMENT_REMINDER, "reminder:2026-12-08T08:00-12:00");

    assertThat(
            AppointmentTexts.cancellation(
                "SO-1001",
                TouchPoint.APPOINTMENT_REMINDER,
                reminder,
                booked,
                winnipeg("2026-12-07T23:59")))
        .isEmpty();
    assertThat(
            AppointmentTexts.cancellation(
                "SO-1001",
                TouchPoint.APPOINTMENT_REMINDER,
                reminder,
                booked,
                winnipeg("2026-12-08T00:00")))
        .hasValueSatisfying(
            c -> {
              assertThat(c.reason()).isEqualTo(SendDecision.BlockReason.APPOINTMENT_PASSED);
              assertThat(c.why()).isEqualTo("the appointment's day has begun");
            });
  }

  @Test
  void the_same_window_under_another_kind_is_still_the_same_appointment_text() {
    OpenOrder technician =
        defaultOrder()
            .appointment(
                new Appointment(
                    DEC_8, LocalTime.of(8, 0), LocalTime.of(12, 0), AppointmentKind.TECHNICIAN))
            .build();

    assertThat(
            AppointmentTexts.cancellation(
                "SO-1001",
                TouchPoint.TIME_FRAME,
                key(TouchPoint.TIME_FRAME, "time-frame:2026-12-08T08:00-12:00"),
                technician,
                winnipeg("2026-12-07T20:59")))
        .isEmpty();
  }
}
