package com.oom.core.rules;

import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.WORK;
import static com.oom.core.testing.Orders.defaultHomePhone;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent.TouchPointTriggered;
import com.oom.core.order.PhoneType;
import com.oom.core.order.TouchPoint;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TouchPointTriggersTest {

  private static final Instant NOW = winnipeg("2026-11-30T10:00");

  @Test
  void the_dedupe_key_is_the_order_the_touch_point_and_the_trigger() {
    assertThat(TouchPointTriggers.dedupeKey("SO-1001", TouchPoint.REVISED_ATP, "atp:2026-12-04"))
        .isEqualTo("SO-1001#REVISED_ATP#atp:2026-12-04");
  }

  @Test
  void a_touch_point_fires_to_the_guests_textable_mobile() {
    Optional<TouchPointTriggered> fired =
        TouchPointTriggers.fire(
            defaultOrder().build(), TouchPoint.BALANCE_DUE, "baldue:1", Orders.system("c1", NOW));

    assertThat(fired)
        .hasValueSatisfying(
            e -> {
              assertThat(e.touchPoint()).isEqualTo(TouchPoint.BALANCE_DUE);
              assertThat(e.to()).isEqualTo(MOBILE);
              assertThat(e.dedupeKey()).isEqualTo("SO-1001#BALANCE_DUE#baldue:1");
              assertThat(e.at()).isEqualTo(NOW);
            });
  }

  @Test
  void a_touch_point_already_fired_for_the_same_trigger_does_not_fire_again() {
    OpenOrder fired =
        defaultOrder().build().toBuilder().addTouchPointKey("SO-1001#BALANCE_DUE#baldue:1").build();

    assertThat(TouchPointTriggers.fire(fired, TouchPoint.BALANCE_DUE, "baldue:1", ctx())).isEmpty();
    assertThat(TouchPointTriggers.fire(fired, TouchPoint.BALANCE_DUE, "baldue:2", ctx()))
        .isPresent();
  }

  @ParameterizedTest
  @EnumSource(
      value = FulfilmentStatus.class,
      names = {"EST", "SCH"},
      mode = EnumSource.Mode.EXCLUDE)
  void cwc_and_closed_orders_get_nothing(FulfilmentStatus status) {
    OpenOrder order = defaultOrder().status(status).build();

    assertThat(TouchPointTriggers.fire(order, TouchPoint.MERCHANDISE_AVAILABLE, "available", ctx()))
        .isEmpty();
  }

  @Test
  void a_guest_without_a_consenting_mobile_gets_nothing() {
    OpenOrder noConsent =
        defaultOrder()
            .phones(new GuestPhone(MOBILE, PhoneType.MOBILE, false), defaultHomePhone())
            .build();
    OpenOrder landlineWithConsent =
        defaultOrder().phones(new GuestPhone(WORK, PhoneType.WORK, true)).build();

    assertThat(TouchPointTriggers.fire(noConsent, TouchPoint.BALANCE_DUE, "t", ctx())).isEmpty();
    assertThat(TouchPointTriggers.fire(landlineWithConsent, TouchPoint.BALANCE_DUE, "t", ctx()))
        .isEmpty();
  }

  @Test
  void the_consenting_mobile_is_used_whatever_its_place_in_the_file() {
    OpenOrder order = defaultOrder().phones(defaultHomePhone(), Orders.defaultMobile()).build();

    assertThat(TouchPointTriggers.fire(order, TouchPoint.BALANCE_DUE, "t", ctx()))
        .hasValueSatisfying(e -> assertThat(e.to()).isEqualTo(MOBILE));
  }

  @Test
  void the_event_id_is_stable_for_a_command_and_distinct_per_trigger() {
    OpenOrder order = defaultOrder().build();

    String once =
        TouchPointTriggers.fire(order, TouchPoint.BALANCE_DUE, "a", ctx()).orElseThrow().eventId();
    String again =
        TouchPointTriggers.fire(order, TouchPoint.BALANCE_DUE, "a", ctx()).orElseThrow().eventId();
    String other =
        TouchPointTriggers.fire(order, TouchPoint.BALANCE_DUE, "b", ctx()).orElseThrow().eventId();

    assertThat(once).isEqualTo(again).isNotEqualTo(other);
  }

  private static ChangeContext ctx() {
    return Orders.system("c1", NOW);
  }
}
