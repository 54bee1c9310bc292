package com.oom.core.application;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Actor;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.PhoneNumber;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An agent's confirmation call through the order transactions: the confirmation list and the
 * end-of-day audit see it, the ERP gets both parts, and a redelivered request changes nothing.
 */
class RecordAgentConfirmationTest {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
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

  private CommandResult call(String requestId, PhoneNumber phone, ConfirmationResultKind result) {
    return bed.services
        .recordAgentConfirmation()
        .handle(
            new RecordAgentConfirmation.Command(
                requestId,
                "SO-1001",
                Actor.agent("agent-7"),
                phone,
                result,
                "confirmation call",
                null));
  }

  private List<WorkItem> confirmationList() {
    return bed.services.listWorkList().handle(WorkListKind.CONFIRMATION, "101");
  }

  @Test
  void confirmed_by_an_agent_takes_the_order_off_the_confirmation_list() {
    assertThat(confirmationList()).hasSize(1);

    CommandResult result = call("req-1", MOBILE, ConfirmationResultKind.CONFIRMED);

    assertThat(result.outcome()).isEqualTo(CommandResult.Outcome.APPLIED);
    assertThat(confirmationList()).isEmpty();
  }

  @Test
  void a_number_the_agent_called_is_no_longer_missing_on_the_list_nor_a_miss_at_closing() {
    call("req-1", MOBILE, ConfirmationResultKind.NO_RESPONSE);

    assertThat(confirmationList())
        .singleElement()
        .satisfies(
            item -> assertThat(item.missing()).containsExactly("attempt on " + HOME.masked()));

    call("req-2", HOME, ConfirmationResultKind.NO_RESPONSE);
    bed.clock.set(Instant.parse("2026-12-01T02:55:00Z")); // Monday 20:55, before closing

    assertThat(bed.services.auditConfirmations().handle("101").misses()).isEmpty();
  }

  @Test
  void the_erp_gets_the_attempt_and_the_confirmation() {
    call("req-1", MOBILE, ConfirmationResultKind.CONFIRMED);

    assertThat(bed.queues.erpUpdates)
        .extracting(OutboxMessage.ErpUpdate::action)
        .containsExactlyInAnyOrder("CONTACT_ATTEMPT", "CONFIRMATION");
  }

  @Test
  void a_redelivered_request_is_a_no_op() {
    call("req-1", MOBILE, ConfirmationResultKind.DECLINED);
    int audit = bed.orders.auditTrail("SO-1001").size();

    CommandResult again = call("req-1", MOBILE, ConfirmationResultKind.DECLINED);

    assertThat(again.outcome()).isEqualTo(CommandResult.Outcome.DUPLICATE);
    assertThat(bed.orders.find("SO-1001").orElseThrow().attempts()).hasSize(1);
    assertThat(bed.orders.auditTrail("SO-1001")).hasSize(audit);
  }
}
