package com.oom.core.application;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.PhoneNumber;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.core.worklist.ConfirmationMiss;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jenny's chat results through the order transactions: the number chatted with counts as attempted
 * that day for the confirmation list and the end-of-day audit, the ERP gets the CHAT attempt, and a
 * redelivered result is recorded once.
 */
class ChatResultCoverageTest {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
  private static final Instant MONDAY_CLOSING = Instant.parse("2026-12-01T02:55:00Z");
  private static final String TRANSCRIPT = "https://chat.package.ai/t/c-5f2e91";
  // Monday 2026-11-30 10:00 in Winnipeg: Tuesday's appointments get their confirmation calls today
  private final Testbed bed = new Testbed(Orders.MONDAY_10_AM_WINNIPEG);

  @BeforeEach
  void appointmentTomorrow() {
    bed.services
        .ingestSnapshot()
        .handle(
            bed.snapshot(
                "erp-1",
                1,
                Orders.defaultOrder().appointment(Orders.appointment(TUESDAY)).details()));
    bed.queues.erpUpdates.clear();
  }

  private CommandResult chat(String eventId, PhoneNumber phone, ConfirmationResultKind result) {
    return bed.services
        .recordConfirmationResult()
        .handle(
            new RecordConfirmationResult.Command(
                eventId,
                "SO-1001",
                TUESDAY,
                result,
                ConfirmationChannel.CHAT,
                phone,
                bed.clock.instant(),
                TRANSCRIPT));
  }

  private List<WorkItem> confirmationList() {
    return bed.services.listWorkList().handle(WorkListKind.CONFIRMATION, "101");
  }

  @Test
  void a_number_jenny_chatted_on_is_no_longer_untried_on_the_confirmation_list() {
    assertThat(confirmationList())
        .singleElement()
        .satisfies(item -> assertThat(item.missing()).hasSize(2));

    chat("jenny-1", MOBILE, ConfirmationResultKind.NO_RESPONSE);

    assertThat(confirmationList())
        .singleElement()
        .satisfies(
            item -> assertThat(item.missing()).containsExactly("attempt on " + HOME.masked()));
  }

  @Test
  void the_end_of_day_audit_counts_the_chat_attempt() {
    chat("jenny-1", MOBILE, ConfirmationResultKind.NO_RESPONSE);
    bed.clock.set(MONDAY_CLOSING);

    assertThat(bed.services.auditConfirmations().handle("101").misses())
        .containsExactly(new ConfirmationMiss("SO-1001", "101", TUESDAY, List.of(HOME)));
  }

  @Test
  void chats_on_every_number_leave_nothing_to_audit() {
    chat("jenny-1", MOBILE, ConfirmationResultKind.NO_RESPONSE);
    chat("jenny-2", HOME, ConfirmationResultKind.NO_RESPONSE);
    bed.clock.set(MONDAY_CLOSING);

    assertThat(bed.services.auditConfirmations().handle("101").misses()).isEmpty();
  }

  @Test
  void the_erp_gets_the_chat_attempt_with_its_transcript_and_the_confirmation() {
    chat("jenny-1", MOBILE, ConfirmationResultKind.CONFIRMED);

    assertThat(bed.queues.erpUpdates)
        .extracting(OutboxMessage.ErpUpdate::action)
        .containsExactlyInAnyOrder("CONTACT_ATTEMPT", "CONFIRMATION");
    assertThat(bed.queues.erpUpdates)
        .filteredOn(u -> u.action().equals("CONTACT_ATTEMPT"))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.changes().contactAttempt().channel()).isEqualTo(ContactChannel.CHAT);
              assertThat(u.changes().contactAttempt().transcriptRef()).isEqualTo(TRANSCRIPT);
            });
  }

  @Test
  void a_redelivered_chat_result_is_recorded_once() {
    chat("jenny-1", MOBILE, ConfirmationResultKind.DECLINED);
    int audit = bed.orders.auditTrail("SO-1001").size();

    CommandResult again = chat("jenny-1", MOBILE, ConfirmationResultKind.DECLINED);

    assertThat(again.outcome()).isEqualTo(CommandResult.Outcome.DUPLICATE);
    assertThat(bed.orders.find("SO-1001").orElseThrow().attempts())
        .singleElement()
        .extracting(ContactAttempt::transcriptRef)
        .isEqualTo(TRANSCRIPT);
    assertThat(bed.orders.auditTrail("SO-1001")).hasSize(audit);
  }

  @Test
  void a_chat_on_a_number_not_the_guests_leaves_the_number_untried_and_the_audit_says_why() {
    chat("jenny-1", PhoneNumber.parse("+14165550100"), ConfirmationResultKind.NO_RESPONSE);

    assertThat(confirmationList())
        .singleElement()
        .satisfies(item -> assertThat(item.missing()).hasSize(2));
    assertThat(bed.orders.auditTrail("SO-1001"))
        .anySatisfy(entry -> assertThat(entry.comment()).contains("without a contact attempt"));
  }
}
