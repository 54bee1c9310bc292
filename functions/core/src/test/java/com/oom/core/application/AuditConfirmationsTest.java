package com.oom.core.application;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactChannel;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.core.worklist.ConfirmationMiss;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditConfirmationsTest {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
  // Monday 2026-11-30 10:00 in Winnipeg
  private final Testbed bed = new Testbed(Instant.parse("2026-11-30T16:00:00Z"));

  @BeforeEach
  void appointmentTomorrow() {
    bed.services
        .ingestSnapshot()
        .handle(
            bed.snapshot(
                "erp-1",
                1,
                Orders.defaultOrder().appointment(Orders.appointment(TUESDAY)).details()));
  }

  @Test
  void end_of_day_audit_names_the_number_not_attempted() {
    bed.services
        .recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                "req-1",
                "SO-1001",
                Actor.agent("a"),
                MOBILE,
                ContactChannel.PHONE,
                AttemptOutcome.VOICEMAIL,
                "left message"));
    bed.clock.set(Instant.parse("2026-12-01T02:55:00Z")); // Monday 20:55, end of day

    AuditConfirmations.Report report = bed.services.auditConfirmations().handle("101");

    assertThat(report.day()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(report.misses())
        .containsExactly(new ConfirmationMiss("SO-1001", "101", TUESDAY, java.util.List.of(HOME)));
  }

  @Test
  void confirmed_appointments_are_not_misses() {
    bed.services
        .recordConfirmationResult()
        .handle(
            new RecordConfirmationResult.Command(
                "jenny-1",
                "SO-1001",
                TUESDAY,
                ConfirmationResultKind.CONFIRMED,
                ConfirmationChannel.VOICE,
                Orders.MOBILE,
                bed.clock.instant()));

    assertThat(bed.services.auditConfirmations().handle("101").misses()).isEmpty();
  }
}
