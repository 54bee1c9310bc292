package com.oom.core.application;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Acting;
import com.oom.core.order.Actor;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.PhoneNumber;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding a caller's orders by the number they ring from, in the caller's scope. */
class FindOrdersByPhoneTest {
  private final Testbed bed = new Testbed(Orders.MONDAY_10_AM_WINNIPEG);

  @BeforeEach
  void ordersOfTwoStoresForOneGuest() {
    bed.services
        .ingestSnapshot()
        .handle(bed.snapshot("erp-1", 1, Orders.defaultOrder().orderId("SO-1001").details()));
    bed.clock.advance(Duration.ofHours(1));
    bed.services
        .ingestSnapshot()
        .handle(
            bed.snapshot(
                "erp-2", 1, Orders.defaultOrder().orderId("SO-2002").storeId("202").details()));
  }

  private FindOrdersByPhone.Result find(PhoneNumber phone, Acting acting) {
    return bed.services.findOrdersByPhone().handle(phone, acting);
  }

  @Test
  void an_agent_sees_every_open_order_of_the_number_newest_first_with_its_next_step() {
    FindOrdersByPhone.Result result = find(MOBILE, Actor.agent("agent-7"));

    assertThat(result.phone()).isEqualTo(MOBILE);
    assertThat(result.orders())
        .extracting(found -> found.order().orderId())
        .containsExactly("SO-2002", "SO-1001");
    assertThat(result.orders()).allSatisfy(found -> assertThat(found.nextStep()).isNotNull());
  }

  @Test
  void a_stores_staff_see_only_their_own_stores_orders_and_nothing_of_the_others() {
    assertThat(find(MOBILE, Acting.staffOf(Set.of("101"))).orders())
        .extracting(found -> found.order().orderId())
        .containsExactly("SO-1001");
    assertThat(find(MOBILE, Acting.staffOf(Set.of("303"))).orders()).isEmpty();
  }

  @Test
  void every_number_on_the_guests_file_finds_the_order() {
    assertThat(find(HOME, Actor.agent("agent-7")).orders()).hasSize(2);
  }

  @Test
  void a_number_with_no_orders_finds_none() {
    assertThat(find(PhoneNumber.parse("+14165550100"), Actor.agent("agent-7")).orders()).isEmpty();
  }

  @Test
  void a_closed_order_is_not_found() {
    bed.services
        .ingestSnapshot()
        .handle(
            bed.snapshot(
                "erp-3",
                2,
                Orders.defaultOrder()
                    .orderId("SO-2002")
                    .storeId("202")
                    .status(FulfilmentStatus.DELIVERED)
                    .details()));

    assertThat(find(MOBILE, Actor.agent("agent-7")).orders())
        .extracting(found -> found.order().orderId())
        .containsExactly("SO-1001");
  }
}
