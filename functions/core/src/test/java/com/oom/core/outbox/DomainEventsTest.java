package com.oom.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.events.DomainEventType;
import com.oom.core.events.EventDetail;
import com.oom.core.order.Actor;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DomainEventsTest {
  private static final Instant AT = Orders.MONDAY_10_AM_WINNIPEG;

  private static OpenOrder order() {
    return Orders.ingest(
            Optional.empty(), Orders.defaultOrder().details(), 1, Orders.erp("erp-1", AT))
        .after();
  }

  @Test
  void a_store_returning_a_cwc_order_publishes_OrderReturnedToOom_with_the_new_status() {
    var returned =
        new OrderEvent.ReturnedToOom("ev-1", "SO-1001", AT, Actor.ERP, FulfilmentStatus.EST);

    assertThat(DomainEvents.of(order(), returned))
        .hasValueSatisfying(
            e -> {
              assertThat(e.type()).isEqualTo(DomainEventType.OrderReturnedToOom);
              assertThat(e.detail())
                  .isEqualTo(new EventDetail.OrderReturnedToOom(FulfilmentStatus.EST));
              assertThat(e.storeId()).isEqualTo("101");
            });
  }

  @Test
  void the_event_id_is_derived_from_the_order_event_and_differs_from_its_other_messages() {
    var returned =
        new OrderEvent.ReturnedToOom("ev-1", "SO-1001", AT, Actor.ERP, FulfilmentStatus.EST);

    String id = DomainEvents.of(order(), returned).orElseThrow().eventId();

    assertThat(id)
        .isEqualTo(DomainEvents.of(order(), returned).orElseThrow().eventId())
        .isNotEqualTo("ev-1")
        .isNotEqualTo(com.oom.core.order.DerivedId.of("ev-1", "erp"));
  }

  @Test
  void changes_outside_the_catalogue_publish_nothing() {
    assertThat(
            DomainEvents.of(
                order(), new OrderEvent.CommentAdded("ev-2", "SO-1001", AT, Actor.SYSTEM, "hi")))
        .isEmpty();
  }
}
