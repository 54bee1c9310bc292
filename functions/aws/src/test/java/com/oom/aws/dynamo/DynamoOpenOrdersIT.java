package com.oom.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.aws.testing.AwsStack;
import com.oom.core.audit.AuditEntry;
import com.oom.core.order.Actor;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent.FieldChange;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.port.AlreadyApplied;
import com.oom.core.port.ConcurrentUpdate;
import com.oom.core.port.OrderChange;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class DynamoOpenOrdersIT {
  private static final Instant NOW = Instant.parse("2026-11-30T16:00:00Z");
  private final MutableClock clock = new MutableClock(NOW);
  private AwsStack aws;
  private DynamoOpenOrders orders;

  @BeforeEach
  void stack() {
    aws = new AwsStack(clock);
    orders = (DynamoOpenOrders) aws.dynamoAdapters.orders();
  }

  private static AuditEntry audit(String id, OpenOrder order) {
    return new AuditEntry(
        id,
        order.orderId(),
        NOW,
        Actor.ERP,
        "ORDER_RECEIVED",
        List.of(new FieldChange("status", "-", "EST")),
        "received");
  }

  private static OutboxMessage.SmsRequest sms(String id, OpenOrder order) {
    return new OutboxMessage.SmsRequest(
        id, order.orderId(), TouchPoint.MERCHANDISE_AVAILABLE, "k-" + id, Orders.MOBILE, NOW);
  }

  private OpenOrder saveNew(OpenOrder order, String key, Instant timer) {
    return orders.save(
        new OrderChange(
            null,
            order,
            0,
            List.of(audit("a-" + key, order)),
            List.of(sms("o-" + key, order)),
            key,
            timer));
  }

  @Test
  void saved_order_reads_back_equal_with_its_new_version() {
    OpenOrder order = Orders.defaultOrder().build();

    OpenOrder saved = saveNew(order, "cmd-1", null);

    assertThat(saved.version()).isEqualTo(1);
    assertThat(orders.find(order.orderId())).contains(saved);
    assertThat(orders.auditTrail(order.orderId()))
        .extracting(AuditEntry::auditId)
        .containsExactly("a-cmd-1");
  }

  @Test
  void write_at_a_stale_version_is_a_concurrent_update_and_writes_nothing() {
    OpenOrder saved = saveNew(Orders.defaultOrder().build(), "cmd-1", null);
    orders.save(new OrderChange(saved, saved, 1, List.of(), List.of(), "cmd-2", null));

    assertThatThrownBy(
            () ->
                orders.save(
                    new OrderChange(
                        saved, saved, 1, List.of(audit("a-3", saved)), List.of(), "cmd-3", null)))
        .isInstanceOf(ConcurrentUpdate.class);
    assertThat(orders.auditTrail(saved.orderId())).hasSize(1);
    assertThat(orders.alreadyApplied("cmd-3")).isFalse();
  }

  @Test
  void second_order_with_the_same_id_is_a_concurrent_update() {
    saveNew(Orders.defaultOrder().build(), "cmd-1", null);
    assertThatThrownBy(() -> saveNew(Orders.defaultOrder().build(), "cmd-2", null))
        .isInstanceOf(ConcurrentUpdate.class);
  }

  @Test
  void same_command_applied_twice_is_already_applied() {
    OpenOrder saved = saveNew(Orders.defaultOrder().build(), "cmd-1", null);

    assertThatThrownBy(
            () ->
                orders.save(new OrderChange(saved, saved, 1, List.of(), List.of(), "cmd-1", null)))
        .isInstanceOf(AlreadyApplied.class);
    assertThat(orders.load(saved.orderId(), "cmd-1").alreadyApplied()).isTrue();
    assertThat(orders.load(saved.orderId(), "cmd-9").alreadyApplied()).isFalse();
    assertThat(orders.load(saved.orderId(), "cmd-9").order()).contains(saved);
  }

  @Test
  void sweep_finds_only_due_timers() {
    saveNew(
        Orders.defaultOrder().orderId("SO-DUE").build(), "c1", NOW.minus(Duration.ofMinutes(1)));
    saveNew(Orders.defaultOrder().orderId("SO-LATER").build(), "c2", NOW.plus(Duration.ofHours(1)));
    saveNew(Orders.defaultOrder().orderId("SO-NONE").build(), "c3", null);

    assertThat(orders.dueForTimers(NOW, 100))
        .extracting(OpenOrder::orderId)
        .containsExactly("SO-DUE");
  }

  @Test
  void outbox_keeps_messages_until_marked_published() {
    OpenOrder saved = saveNew(Orders.defaultOrder().build(), "cmd-1", null);

    List<OutboxMessage> pending = orders.unpublished(10);
    assertThat(pending).singleElement().isEqualTo(sms("o-cmd-1", saved));

    orders.markPublished(pending);
    assertThat(orders.unpublished(10)).isEmpty();
  }

  @Test
  void open_orders_by_store_and_by_phone_leave_closed_orders_out() {
    OpenOrder a = saveNew(Orders.defaultOrder().orderId("SO-A").build(), "c1", null);
    saveNew(Orders.defaultOrder().orderId("SO-B").storeId("202").build(), "c2", null);
    OpenOrder closed =
        a.toBuilder().details(a.details().withStatus(FulfilmentStatus.DELIVERED)).build();
    orders.save(new OrderChange(a, closed, 1, List.of(), List.of(), "c3", null));
    saveNew(Orders.defaultOrder().orderId("SO-C").firstSeenAt(NOW).build(), "c4", null);

    assertThat(orders.openOrders("101")).extracting(OpenOrder::orderId).containsExactly("SO-C");
    assertThat(orders.openOrders(null))
        .extracting(OpenOrder::orderId)
        .containsExactlyInAnyOrder("SO-B", "SO-C");
    assertThat(orders.openOrdersByPhone(Orders.MOBILE))
        .extracting(OpenOrder::orderId)
        .containsExactly("SO-C", "SO-B");
  }
}
