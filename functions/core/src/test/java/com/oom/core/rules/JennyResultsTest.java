package com.oom.core.rules;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultHomePhone;
import static com.oom.core.testing.Orders.defaultMobile;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.Actor;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessages;
import com.oom.core.testing.Orders;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.core.worklist.WorkLists;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Jenny's results kept in full: the number, the channel and the result's own time. */
class JennyResultsTest {
  private static final Instant NOW = winnipeg("2026-12-09T10:00");
  private static final LocalDate BOOKED = LocalDate.of(2026, 12, 10);
  private static final WorkLists LISTS =
      new WorkLists(OomConfig.defaults(), EscalationRules.from(OomConfig.defaults()));
  private static final BusinessCalendar WPG = BusinessCalendar.standard("101", Orders.WINNIPEG);
  private final OpenOrder booked = defaultOrder().appointment(appointment(BOOKED)).build();

  private static com.oom.core.order.OrderUpdate jenny(
      OpenOrder order, ConfirmationResultKind result, PhoneNumber phone, Instant occurredAt) {
    return ConfirmationResults.record(
        order,
        new ConfirmationResults.Result(
            BOOKED, result, ConfirmationChannel.VOICE, phone, occurredAt),
        new ChangeContext("jenny-" + result + occurredAt, Actor.JENNY, NOW));
  }

  @Test
  void the_phone_and_the_result_time_are_kept_and_sent_to_the_erp() {
    var update = jenny(booked, ConfirmationResultKind.CONFIRMED, HOME, NOW.minusSeconds(600));

    assertThat(update.after().confirmation().phone()).isEqualTo(HOME);
    assertThat(update.after().confirmation().at()).isEqualTo(NOW.minusSeconds(600));
    OutboxMessage.ErpUpdate erp =
        OutboxMessages.from(update, List.of()).stream()
            .filter(OutboxMessage.ErpUpdate.class::isInstance)
            .map(OutboxMessage.ErpUpdate.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(erp.changes().confirmation().phone()).isEqualTo(HOME);
    assertThat(erp.changes().confirmation().channel()).isEqualTo(ConfirmationChannel.VOICE);
    assertThat(erp.changes().confirmation().occurredAt()).isEqualTo(NOW.minusSeconds(600));
  }

  @Test
  void an_older_confirmed_never_overwrites_a_newer_declined() {
    OpenOrder declined =
        jenny(booked, ConfirmationResultKind.DECLINED, MOBILE, NOW.minusSeconds(60)).after();

    var late = jenny(declined, ConfirmationResultKind.CONFIRMED, MOBILE, NOW.minusSeconds(3600));

    assertThat(late.after().confirmation()).isEqualTo(declined.confirmation());
    assertThat(late.after().isAppointmentConfirmed()).isFalse();
    assertThat(late.events())
        .singleElement()
        .isInstanceOfSatisfying(
            OrderEvent.ConfirmationRecorded.class, e -> assertThat(e.applied()).isFalse());
  }

  @Test
  void an_older_declined_arriving_late_does_not_put_a_confirmed_order_on_follow_up() {
    OpenOrder confirmed =
        jenny(booked, ConfirmationResultKind.CONFIRMED, MOBILE, NOW.minusSeconds(60)).after();

    var late = jenny(confirmed, ConfirmationResultKind.DECLINED, MOBILE, NOW.minusSeconds(3600));

    assertThat(late.after().followUp()).isNull();
    assertThat(late.after().isAppointmentConfirmed()).isTrue();
  }

  @Test
  void a_wrong_number_marks_that_phone_not_the_order_and_lists_it_for_correction() {
    var update = jenny(booked, ConfirmationResultKind.WRONG_NUMBER, HOME, NOW);

    OpenOrder after = update.after();
    assertThat(after.isWrongNumber(HOME)).isTrue();
    assertThat(after.isWrongNumber(MOBILE)).isFalse();
    assertThat(after.contactStatus()).isEqualTo(booked.contactStatus());
    WorkItem item = LISTS.itemFor(WorkListKind.PHONE_CORRECTION, after, WPG, NOW).orElseThrow();
    assertThat(item.missing()).containsExactly("correct " + HOME.masked() + " in the ERP");
    assertThat(item.dueAt()).isEqualTo(NOW);
  }

  @Test
  void a_wrong_number_leaves_the_correction_list_when_the_erp_no_longer_lists_it() {
    OpenOrder marked = jenny(booked, ConfirmationResultKind.WRONG_NUMBER, HOME, NOW).after();
    GuestPhone corrected = new GuestPhone(PhoneNumber.parse("204-555-0111"), PhoneType.HOME, false);

    OpenOrder after =
        Orders.ingest(
                Optional.of(marked),
                defaultOrder()
                    .appointment(appointment(BOOKED))
                    .phones(defaultMobile(), corrected)
                    .details(),
                2,
                Orders.erp("s2", NOW.plusSeconds(60)))
            .after();

    assertThat(after.wrongNumbers()).isEmpty();
    assertThat(LISTS.itemFor(WorkListKind.PHONE_CORRECTION, after, WPG, NOW)).isEmpty();
  }

  @Test
  void a_wrong_number_result_must_name_the_phone() {
    assertThatThrownBy(() -> jenny(booked, ConfirmationResultKind.WRONG_NUMBER, null, NOW))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("phone"));
  }

  @Test
  void touch_points_skip_a_mobile_reported_wrong() {
    OpenOrder marked = jenny(booked, ConfirmationResultKind.WRONG_NUMBER, MOBILE, NOW).after();
    GuestPhone secondMobile =
        new GuestPhone(PhoneNumber.parse("204-555-0123"), PhoneType.MOBILE, true);
    OpenOrder twoMobiles =
        marked.toBuilder()
            .details(
                defaultOrder()
                    .appointment(appointment(BOOKED))
                    .phones(defaultMobile(), secondMobile, defaultHomePhone())
                    .details())
            .build();

    assertThat(
            TouchPointTriggers.fire(
                marked, TouchPoint.APPOINTMENT_REMINDER, "r", Orders.system("c", NOW)))
        .isEmpty();
    assertThat(
            TouchPointTriggers.fire(
                    twoMobiles, TouchPoint.APPOINTMENT_REMINDER, "r", Orders.system("c", NOW))
                .orElseThrow()
                .to())
        .isEqualTo(secondMobile.number());
  }
}
