package com.oom.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who acts on an order is decided from the order's store alone. */
class ActingTest {
  private final Acting staff = Acting.staffOf(Set.of("101", "102"));

  @Test
  void an_agent_acts_on_any_stores_order_as_itself() {
    assertThat(Actor.agent("agent-7").on("101")).contains(Actor.agent("agent-7"));
    assertThat(Actor.agent("agent-7").on("999")).contains(Actor.agent("agent-7"));
  }

  @Test
  void an_agent_is_not_refused_when_there_is_no_order() {
    assertThat(Actor.agent("agent-7").on(null)).contains(Actor.agent("agent-7"));
  }

  @Test
  void store_staff_act_as_the_orders_store_when_it_is_one_of_theirs() {
    assertThat(staff.on("101")).contains(Actor.store("101"));
    assertThat(staff.on("102")).contains(Actor.store("102"));
  }

  @Test
  void store_staff_are_refused_another_stores_order() {
    assertThat(staff.on("202")).isEmpty();
  }

  @Test
  void store_staff_are_refused_when_there_is_no_order() {
    assertThat(staff.on(null)).isEmpty();
  }

  @Test
  void staff_of_no_store_are_refused_every_order() {
    assertThat(Acting.staffOf(Set.of()).on("101")).isEmpty();
  }

  @Test
  void a_store_acts_only_on_its_own_orders() {
    assertThat(Actor.store("101").on("101")).contains(Actor.store("101"));
    assertThat(Actor.store("101").on("202")).isEmpty();
    assertThat(Actor.store("101").on(null)).isEmpty();
  }

  @Test
  void automatic_parties_act_on_any_order() {
    assertThat(Actor.SYSTEM.on("202")).contains(Actor.SYSTEM);
    assertThat(Actor.ERP.on(null)).contains(Actor.ERP);
  }
}
