package com.oom.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.Acting;
import com.oom.core.order.Actor;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.TroubleReason;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A store's staff act only on their own store's orders, decided inside the transaction from the
 * order it reads anyway: another store's order is refused as unknown before anything is applied.
 */
class StoreStaffAccessTest {
  private static final Acting STAFF_OF_101 = Acting.staffOf(Set.of("101"));
  private static final Acting STAFF_OF_202 = Acting.staffOf(Set.of("202"));
  private final Testbed bed = new Testbed(Orders.MONDAY_10_AM_WINNIPEG);

  @BeforeEach
  void anOrderOfStore101() {
    bed.services.ingestSnapshot().handle(bed.snapshot("erp-1", 1, Orders.defaultOrder().details()));
    bed.queues.erpUpdates.clear();
  }

  private CommandResult comment(String requestId, Acting acting) {
    return bed.services
        .addComment()
        .handle(new AddComment.Command(requestId, "SO-1001", acting, "guest emailed"));
  }

  @Test
  void staff_change_their_own_stores_order_recorded_under_the_store() {
    CommandResult result = comment("req-1", STAFF_OF_101);

    assertThat(result.outcome()).isEqualTo(CommandResult.Outcome.APPLIED);
    assertThat(bed.orders.auditTrail("SO-1001").getLast().actor()).isEqualTo(Actor.store("101"));
  }

  @Test
  void another_stores_order_is_refused_as_unknown_and_nothing_is_written() {
    int audit = bed.orders.auditTrail("SO-1001").size();
    long version = bed.orders.find("SO-1001").orElseThrow().version();

    assertThatThrownBy(() -> comment("req-1", STAFF_OF_202)).isInstanceOf(UnknownOrder.class);
    assertThatThrownBy(
            () ->
                bed.services
                    .reportTrouble()
                    .handle(
                        new ReportTrouble.Command(
                            "req-2", "SO-1001", STAFF_OF_202, TroubleReason.FAULTY, "broken")))
        .isInstanceOf(UnknownOrder.class);

    assertThat(bed.orders.auditTrail("SO-1001")).hasSize(audit);
    assertThat(bed.orders.find("SO-1001").orElseThrow().version()).isEqualTo(version);
    assertThat(bed.orders.alreadyApplied(OrderTransactions.idempotencyKey("req-1", "SO-1001")))
        .isFalse();
    assertThat(bed.queues.erpUpdates).isEmpty();
    assertThat(bed.queues.handOffs).isEmpty();
  }

  @Test
  void another_stores_order_is_refused_before_its_version_is_compared() {
    assertThatThrownBy(
            () ->
                bed.services
                    .setContactStatus()
                    .handle(
                        new SetContactStatus.Command(
                            "req-1", "SO-1001", STAFF_OF_202, ContactStatus.HOLD, null, "x", 99L)))
        .isInstanceOf(UnknownOrder.class);
  }

  @Test
  void a_replay_is_not_answered_to_staff_of_another_store() {
    comment("req-1", STAFF_OF_101);

    assertThatThrownBy(() -> comment("req-1", STAFF_OF_202)).isInstanceOf(UnknownOrder.class);
    assertThat(comment("req-1", STAFF_OF_101).outcome()).isEqualTo(CommandResult.Outcome.DUPLICATE);
  }

  @Test
  void staff_asking_for_an_order_that_does_not_exist_get_unknown_order() {
    assertThatThrownBy(
            () ->
                bed.services
                    .addComment()
                    .handle(new AddComment.Command("req-1", "SO-404", STAFF_OF_101, "hello")))
        .isInstanceOf(UnknownOrder.class);
  }

  @Test
  void the_order_view_is_shown_to_the_orders_own_staff_only() {
    assertThat(bed.services.viewOrder().handle("SO-1001", STAFF_OF_101).order().orderId())
        .isEqualTo("SO-1001");
    assertThatThrownBy(() -> bed.services.viewOrder().handle("SO-1001", STAFF_OF_202))
        .isInstanceOf(UnknownOrder.class);
  }

  @Test
  void the_order_view_of_an_order_that_does_not_exist_is_unknown_for_agents_too() {
    assertThatThrownBy(() -> bed.services.viewOrder().handle("SO-404", Actor.agent("agent-7")))
        .isInstanceOf(UnknownOrder.class);
    assertThatThrownBy(() -> bed.services.viewOrder().handle("SO-404", STAFF_OF_101))
        .isInstanceOf(UnknownOrder.class);
  }
}
