package com.oom.core.application;

import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.RuleViolation;
import com.oom.core.order.TroubleReason;
import com.oom.core.port.ConcurrentUpdate;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.Comments;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Idempotency, optimistic locking and the outbox, the guarantees every use case relies on. */
class OrderTransactionsTest {
  private static final Actor AGENT = Actor.agent("agent-1");
  private final Testbed bed = new Testbed(Instant.parse("2026-11-30T16:00:00Z"));

  private CommandResult ingest(String eventId, long sequence, Orders.Builder order) {
    return bed.services.ingestSnapshot().handle(bed.snapshot(eventId, sequence, order.details()));
  }

  @Test
  void first_snapshot_creates_the_order_with_its_audit_entry_and_touch_point() {
    CommandResult result = ingest("erp-1", 1, Orders.defaultOrder());

    assertThat(result.outcome()).isEqualTo(CommandResult.Outcome.APPLIED);
    assertThat(result.order().version()).isEqualTo(1);
    assertThat(bed.orders.auditTrail("SO-1001"))
        .extracting("action")
        .containsExactly("ORDER_RECEIVED", "MERCHANDISE_AVAILABLE", "SMS_REQUESTED");
    assertThat(bed.queues.smsRequests).hasSize(1);
  }

  @Test
  void redelivered_snapshot_is_a_no_op() {
    ingest("erp-1", 1, Orders.defaultOrder());
    CommandResult again = ingest("erp-1", 1, Orders.defaultOrder());

    assertThat(again.outcome()).isEqualTo(CommandResult.Outcome.DUPLICATE);
    assertThat(bed.orders.auditTrail("SO-1001")).hasSize(3);
    assertThat(bed.queues.smsRequests).hasSize(1);
  }

  @Test
  void snapshot_arriving_out_of_order_is_ignored() {
    ingest("erp-3", 3, Orders.defaultOrder().value("1500.00"));
    CommandResult older = ingest("erp-2", 2, Orders.defaultOrder().value("999.00"));

    assertThat(older.outcome()).isEqualTo(CommandResult.Outcome.UNCHANGED);
    assertThat(bed.orders.find("SO-1001").orElseThrow().details().value())
        .isEqualByComparingTo("1500.00");
  }

  @Test
  void change_made_concurrently_is_retried_on_a_fresh_read_and_nothing_is_lost() {
    ingest("erp-1", 1, Orders.defaultOrder());
    AtomicBoolean interfered = new AtomicBoolean();
    bed.orders.beforeSave(
        () -> {
          if (interfered.compareAndSet(false, true)) {
            var current = bed.orders.find("SO-1001").orElseThrow();
            bed.orders.put(
                Comments.add(
                        current,
                        "store note",
                        new ChangeContext("other", AGENT, bed.clock.instant()))
                    .after());
          }
        });

    bed.services
        .recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                "req-1",
                "SO-1001",
                AGENT,
                MOBILE,
                ContactChannel.PHONE,
                AttemptOutcome.NO_ANSWER,
                "no answer"));

    assertThat(interfered).isTrue();
    assertThat(bed.orders.find("SO-1001").orElseThrow().attempts()).hasSize(1);
  }

  @Test
  void stale_expected_version_is_refused() {
    ingest("erp-1", 1, Orders.defaultOrder());
    ingest("erp-2", 2, Orders.defaultOrder().value("1600.00"));

    assertThatThrownBy(
            () ->
                bed.services
                    .setContactStatus()
                    .handle(
                        new SetContactStatus.Command(
                            "req-1", "SO-1001", AGENT, ContactStatus.HOLD, null, "guest away", 1L)))
        .isInstanceOf(ConcurrentUpdate.class);
    assertThat(bed.orders.find("SO-1001").orElseThrow().contactStatus())
        .isEqualTo(ContactStatus.NONE);
  }

  @Test
  void queue_outage_after_the_commit_leaves_messages_in_the_outbox_for_the_sweep() {
    bed.queues.failing(true);
    ingest("erp-1", 1, Orders.defaultOrder());
    assertThat(bed.queues.smsRequests).isEmpty();
    assertThat(bed.orders.unpublished(10)).hasSize(1);

    bed.queues.failing(false);
    assertThat(bed.services.publishOutbox().republishPending(10)).isEqualTo(1);
    assertThat(bed.services.publishOutbox().republishPending(10)).isZero();
    assertThat(bed.queues.smsRequests).hasSize(1);
  }

  @Test
  void agent_change_without_a_comment_is_refused_and_writes_nothing() {
    ingest("erp-1", 1, Orders.defaultOrder());

    assertThatThrownBy(
            () ->
                bed.services
                    .setContactStatus()
                    .handle(
                        new SetContactStatus.Command(
                            "req-1", "SO-1001", AGENT, ContactStatus.HOLD, null, " ", null)))
        .isInstanceOf(InvalidCommand.class)
        .extracting(e -> ((InvalidCommand) e).field())
        .isEqualTo("comment");
    assertThat(bed.orders.auditTrail("SO-1001")).hasSize(3);
  }

  @Test
  void unknown_order_is_reported_as_such() {
    assertThatThrownBy(
            () ->
                bed.services
                    .addComment()
                    .handle(new AddComment.Command("req-1", "SO-404", AGENT, "hello")))
        .isInstanceOf(UnknownOrder.class);
  }

  @Test
  void contact_status_cannot_change_once_the_store_owns_the_order() {
    ingest("erp-1", 1, Orders.defaultOrder());
    bed.services
        .reportTrouble()
        .handle(
            new ReportTrouble.Command("req-1", "SO-1001", AGENT, TroubleReason.NO_FIT, "too deep"));

    assertThatThrownBy(
            () ->
                bed.services
                    .setContactStatus()
                    .handle(
                        new SetContactStatus.Command(
                            "req-2", "SO-1001", AGENT, ContactStatus.HOLD, null, "hold", null)))
        .isInstanceOf(RuleViolation.class);
  }
}
