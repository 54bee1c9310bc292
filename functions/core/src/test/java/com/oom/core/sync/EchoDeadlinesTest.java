package com.oom.core.sync;

import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.agent;
import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.system;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.audit.AuditWording;
import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.Escalation;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PendingKind;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessages;
import com.oom.core.rules.AppointmentBookings;
import com.oom.core.rules.ErpEchoChecks;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.core.worklist.WorkLists;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EchoDeadlinesTest {
  private static final BusinessCalendar WPG = BusinessCalendar.standard("101", WINNIPEG);
  private static final EchoDeadlines FOUR_HOURS = new EchoDeadlines(Duration.ofHours(4));
  private static final WorkLists LISTS =
      new WorkLists(OomConfig.defaults(), EscalationRules.from(OomConfig.defaults()));

  /** Booked in OOM on Friday 4 December at 19:00 in Winnipeg (the store closes at 21:00). */
  private static final Instant FRIDAY_7_PM = winnipeg("2026-12-04T19:00");

  private static OpenOrder bookedFridayEvening() {
    return AppointmentBookings.book(
            defaultOrder().build(),
            appointment(LocalDate.of(2026, 12, 10)),
            "Booked with guest",
            agent("b1", FRIDAY_7_PM))
        .after();
  }

  @Test
  void business_time_skips_the_hours_the_store_is_closed() {
    assertThat(WPG.plusBusinessTime(FRIDAY_7_PM, Duration.ofHours(4)))
        .isEqualTo(winnipeg("2026-12-05T11:00"));
    // Saturday closes at 18:00, Sunday is closed: Monday 09:00 + the last hour.
    assertThat(WPG.plusBusinessTime(winnipeg("2026-12-05T15:00"), Duration.ofHours(4)))
        .isEqualTo(winnipeg("2026-12-07T10:00"));
    // Christmas (Friday), Boxing Day (Saturday, observed Monday 28th) and Sunday do not count:
    // 24 December 20:00 + 2 h is Tuesday 29 December 10:00.
    assertThat(WPG.plusBusinessTime(winnipeg("2026-12-24T20:00"), Duration.ofHours(2)))
        .isEqualTo(winnipeg("2026-12-29T10:00"));
  }

  @Test
  void a_booking_the_erp_has_not_shown_within_four_business_hours_goes_on_the_sync_list() {
    OpenOrder booked = bookedFridayEvening();
    Instant due = winnipeg("2026-12-05T11:00");

    assertThat(LISTS.itemFor(WorkListKind.SYNC, booked, WPG, due.minusSeconds(1))).isEmpty();
    WorkItem item = LISTS.itemFor(WorkListKind.SYNC, booked, WPG, due).orElseThrow();
    assertThat(item.dueAt()).isEqualTo(due);
    assertThat(item.reason()).isEqualTo("Not shown by the ERP within 4 business hours");
    assertThat(item.missing())
        .containsExactly(
            "appointment DELIVERY 2026-12-10 08:00-12:00 pending since " + FRIDAY_7_PM);
  }

  @Test
  void the_sweep_looks_again_when_the_first_change_comes_due_and_reports_it_once() {
    OpenOrder booked = bookedFridayEvening();
    Instant due = winnipeg("2026-12-05T11:00");
    assertThat(FOUR_HOURS.nextReport(booked, WPG)).contains(due);

    OrderUpdate report =
        ErpEchoChecks.reportOverdue(booked, FOUR_HOURS, WPG, system("sweep-1", due));
    OrderEvent.ErpEchoOverdue event = (OrderEvent.ErpEchoOverdue) report.events().getFirst();
    assertThat(event.kinds()).containsExactly(PendingKind.APPOINTMENT);
    assertThat(AuditWording.entryFor(event).comment())
        .isEqualTo(
            "Not yet shown by the ERP: appointment DELIVERY 2026-12-10 08:00-12:00 since "
                + FRIDAY_7_PM
                + ". Sent to the ERP again; on the sync list.");
    // Stated again to the ERP, typed.
    OutboxMessage.ErpUpdate update =
        OutboxMessages.from(report, List.of()).stream()
            .filter(OutboxMessage.ErpUpdate.class::isInstance)
            .map(OutboxMessage.ErpUpdate.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(update.changes().appointment().appointment())
        .isEqualTo(appointment(LocalDate.of(2026, 12, 10)));

    OpenOrder reported = report.after();
    assertThat(FOUR_HOURS.nextReport(reported, WPG)).isEmpty();
    assertThat(
            ErpEchoChecks.reportOverdue(
                    reported, FOUR_HOURS, WPG, system("sweep-2", due.plusSeconds(300)))
                .events())
        .isEmpty();
    // Reported, and still on the list until the ERP shows it.
    assertThat(LISTS.itemFor(WorkListKind.SYNC, reported, WPG, due.plusSeconds(300))).isPresent();
  }

  @Test
  void nothing_is_waited_for_once_the_order_is_closed() {
    OpenOrder booked = bookedFridayEvening();
    OpenOrder delivered =
        booked.toBuilder().details(booked.details().withStatus(FulfilmentStatus.DELIVERED)).build();

    assertThat(FOUR_HOURS.waiting(delivered, WPG)).isEmpty();
    assertThat(FOUR_HOURS.nextReport(delivered, WPG)).isEmpty();
  }

  @Test
  void an_escalation_the_erp_never_acknowledges_is_on_the_sync_list_not_silent() {
    Instant escalatedAt = winnipeg("2026-12-01T10:00");
    OpenOrder cwc =
        defaultOrder().build().toBuilder()
            .details(defaultOrder().status(FulfilmentStatus.CWC).details())
            .escalation(new Escalation(EscalationReason.NO_CONTACT, escalatedAt, false, null))
            .build();

    WorkItem item =
        LISTS.itemFor(WorkListKind.SYNC, cwc, WPG, winnipeg("2026-12-01T14:00")).orElseThrow();
    assertThat(item.missing()).containsExactly("CWC (NO_CONTACT) pending since " + escalatedAt);
    assertThat(LISTS.itemFor(WorkListKind.SCHEDULING, cwc, WPG, escalatedAt)).isEmpty();

    OpenOrder acknowledged =
        cwc.toBuilder()
            .escalation(new Escalation(EscalationReason.NO_CONTACT, escalatedAt, true, null))
            .build();
    assertThat(LISTS.itemFor(WorkListKind.SYNC, acknowledged, WPG, winnipeg("2026-12-02T14:00")))
        .isEqualTo(Optional.empty());
  }
}
