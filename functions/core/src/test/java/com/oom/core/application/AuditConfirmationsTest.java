package com.oom.core.application;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactChannel;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.core.worklist.ConfirmationAuditReport;
import com.oom.core.worklist.ConfirmationMiss;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditConfirmationsTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
  private static final Instant CLOSING = Instant.parse("2026-12-01T02:55:00Z"); // Monday 20:55
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
    bed.clock.set(CLOSING);

    ConfirmationAuditReport report = bed.services.auditConfirmations().handle("101");

    assertThat(report.day()).isEqualTo(MONDAY);
    assertThat(report.misses())
        .containsExactly(new ConfirmationMiss("SO-1001", "101", TUESDAY, List.of(HOME)));
  }

  @Test
  void the_report_is_stored_for_its_store_and_day_and_read_back() {
    bed.clock.set(CLOSING);

    ConfirmationAuditReport report = bed.services.auditConfirmations().handle("101");

    assertThat(report.auditedAt()).isEqualTo(CLOSING);
    assertThat(report.appointmentsChecked()).isEqualTo(1);
    assertThat(bed.confirmationAudits.find("101", MONDAY)).contains(report);
    assertThat(bed.services.readConfirmationAudit().handle("101", MONDAY)).contains(report);
    assertThat(bed.services.readConfirmationAudit().handle("101", null))
        .as("by default the store's business day today")
        .contains(report);
  }

  @Test
  void a_retried_audit_replaces_the_report_of_its_day_instead_of_adding_one() {
    bed.clock.set(CLOSING);
    bed.services.auditConfirmations().handle("101");
    bed.clock.advance(Duration.ofMinutes(3));

    ConfirmationAuditReport retried = bed.services.auditConfirmations().handle("101");

    assertThat(bed.confirmationAudits.size()).isEqualTo(1);
    assertThat(bed.services.readConfirmationAudit().handle("101", MONDAY)).contains(retried);
  }

  @Test
  void a_day_never_audited_has_no_report_and_an_unknown_store_is_refused() {
    assertThat(bed.services.readConfirmationAudit().handle("101", MONDAY)).isEmpty();

    Testbed known = Testbed.withStores(CLOSING, java.util.Set.of("101"));
    assertThatThrownBy(() -> known.services.readConfirmationAudit().handle("999", null))
        .isInstanceOf(UnknownStore.class);
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
