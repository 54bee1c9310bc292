package com.oom.core.worklist;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.WORK;
import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultHomePhone;
import static com.oom.core.testing.Orders.defaultMobile;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.unansweredCall;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.order.Confirmation;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneType;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfirmationAuditTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
  private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T15:30:00Z");

  private final BusinessCalendar calendar = BusinessCalendar.standard("101", WINNIPEG);
  private final OomConfig config = OomConfig.defaults();

  private static OpenOrder bookedFor(String orderId, LocalDate date) {
    return defaultOrder()
        .orderId(orderId)
        .status(FulfilmentStatus.SCH)
        .appointment(appointment(date))
        .build();
  }

  @Test
  void audit_reports_each_unconfirmed_appointment_with_the_exact_numbers_not_tried_that_day() {
    OpenOrder mobileTried =
        defaultOrder()
            .orderId("SO-2")
            .status(FulfilmentStatus.SCH)
            .appointment(appointment(TUESDAY))
            .phones(
                defaultMobile(), defaultHomePhone(), new GuestPhone(WORK, PhoneType.WORK, false))
            .build()
            .toBuilder()
            .addAttempt(unansweredCall(MOBILE, MONDAY_MORNING))
            .build();
    OpenOrder noneTried = bookedFor("SO-1", TUESDAY);

    List<ConfirmationMiss> misses =
        ConfirmationAudit.missesFor(MONDAY, List.of(mobileTried, noneTried), calendar, config);

    assertThat(misses)
        .containsExactly(
            new ConfirmationMiss("SO-1", "101", TUESDAY, List.of(MOBILE, HOME)),
            new ConfirmationMiss("SO-2", "101", TUESDAY, List.of(HOME, WORK)));
  }

  @Test
  void confirmed_appointments_are_not_misses() {
    OpenOrder confirmed =
        bookedFor("SO-1", TUESDAY).toBuilder()
            .confirmation(
                new Confirmation(
                    TUESDAY,
                    ConfirmationResultKind.CONFIRMED,
                    ConfirmationChannel.SMS,
                    MONDAY_MORNING,
                    null))
            .build();

    assertThat(ConfirmationAudit.missesFor(MONDAY, List.of(confirmed), calendar, config)).isEmpty();
  }

  @Test
  void guest_tried_on_every_number_that_day_is_not_a_miss() {
    OpenOrder everyNumberTried =
        bookedFor("SO-1", TUESDAY).toBuilder()
            .addAttempt(unansweredCall(MOBILE, MONDAY_MORNING))
            .addAttempt(unansweredCall(HOME, MONDAY_MORNING.plusSeconds(300)))
            .build();

    assertThat(ConfirmationAudit.missesFor(MONDAY, List.of(everyNumberTried), calendar, config))
        .isEmpty();
  }

  @Test
  void attempts_on_an_earlier_day_do_not_cover_the_audited_day() {
    OpenOrder triedSaturday =
        bookedFor("SO-1", TUESDAY).toBuilder()
            .addAttempt(unansweredCall(MOBILE, Instant.parse("2026-11-28T17:00:00Z")))
            .addAttempt(unansweredCall(HOME, Instant.parse("2026-11-28T17:05:00Z")))
            .build();

    assertThat(ConfirmationAudit.missesFor(MONDAY, List.of(triedSaturday), calendar, config))
        .singleElement()
        .extracting(ConfirmationMiss::phonesNotAttempted)
        .isEqualTo(List.of(MOBILE, HOME));
  }

  @Test
  void appointments_outside_the_window_and_orders_oom_does_not_work_are_not_audited() {
    OpenOrder dayAfterTomorrow = bookedFor("SO-1", TUESDAY.plusDays(1));
    OpenOrder cwc =
        defaultOrder()
            .orderId("SO-2")
            .status(FulfilmentStatus.CWC)
            .appointment(appointment(TUESDAY))
            .build();
    OpenOrder delivered =
        defaultOrder()
            .orderId("SO-3")
            .status(FulfilmentStatus.DELIVERED)
            .appointment(appointment(TUESDAY))
            .build();

    assertThat(
            ConfirmationAudit.missesFor(
                MONDAY, List.of(dayAfterTomorrow, cwc, delivered), calendar, config))
        .isEmpty();
  }

  @Test
  void saturday_audit_covers_tuesday_appointments_after_sunday_and_victoria_day() {
    LocalDate saturday = LocalDate.of(2026, 5, 16);
    LocalDate tuesday = LocalDate.of(2026, 5, 19);

    List<ConfirmationMiss> misses =
        ConfirmationAudit.missesFor(
            saturday,
            List.of(bookedFor("SO-1", tuesday), bookedFor("SO-2", LocalDate.of(2026, 5, 18))),
            calendar,
            config);

    assertThat(misses)
        .containsExactly(new ConfirmationMiss("SO-1", "101", tuesday, List.of(MOBILE, HOME)));
  }

  @Test
  void day_the_store_is_closed_has_no_confirmation_calls_to_miss() {
    LocalDate sunday = LocalDate.of(2026, 5, 17);

    assertThat(
            ConfirmationAudit.missesFor(
                sunday, List.of(bookedFor("SO-1", LocalDate.of(2026, 5, 19))), calendar, config))
        .isEmpty();
  }

  @Test
  void a_guest_reached_that_day_is_not_a_miss_though_other_numbers_were_not_tried() {
    OpenOrder reached =
        bookedFor("SO-1", TUESDAY).toBuilder()
            .addAttempt(com.oom.core.testing.Orders.reachedCall(MOBILE, MONDAY_MORNING))
            .build();

    assertThat(ConfirmationAudit.missesFor(MONDAY, List.of(reached), calendar, config)).isEmpty();
  }
}
