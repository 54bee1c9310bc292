package com.oom.core.order;

import static com.oom.core.testing.Orders.defaultOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderUpdateTest {
  @Test
  void a_state_change_that_no_event_describes_is_still_a_change_to_save() {
    OpenOrder before = defaultOrder().sequence(1).build();
    OpenOrder after = defaultOrder().sequence(2).build();

    assertThat(new OrderUpdate(before, after, List.of()).changed()).isTrue();
  }

  @Test
  void the_same_state_and_no_event_is_nothing_to_save() {
    OpenOrder order = defaultOrder().build();

    assertThat(OrderUpdate.unchanged(order).changed()).isFalse();
    assertThat(new OrderUpdate(order, defaultOrder().build(), List.of()).changed()).isFalse();
  }
}
