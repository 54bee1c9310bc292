package com.oom.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueuesTest {
  @Test
  void a_stores_hand_off_queue_is_named_after_the_store_and_is_fifo() {
    assertThat(Queues.defaultHandOff("101")).isEqualTo("oom-handoff-101.fifo");
  }

  @Test
  void a_forty_character_store_id_still_names_a_queue_and_its_dlq_within_sqs_limits() {
    String store = "S".repeat(40);

    SuiteQueue queue = Queues.all(StoreDirectory.standardStores(store + "=UTC")).getLast();

    assertThat(queue.name()).isEqualTo("oom-handoff-" + store + ".fifo");
    assertThat(queue.deadLetterName()).isEqualTo("oom-handoff-" + store + "-dlq.fifo");
    assertThat(queue.deadLetterName().length()).isLessThanOrEqualTo(80);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1 01",
        " 101",
        "101/2",
        "store.9",
        "éé",
        "12345678901234567890123456789012345678901"
      })
  void a_store_id_that_cannot_name_a_queue_is_refused_with_a_clear_message(String storeId) {
    assertThatThrownBy(() -> Queues.defaultHandOff(storeId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + storeId + "'")
        .hasMessageContaining("1 to 40 letters, digits, '-' or '_'");
  }

  @Test
  void a_missing_store_id_is_refused_with_a_clear_message() {
    assertThatThrownBy(() -> Queues.defaultHandOff(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("store id is missing");
  }

  @Test
  void an_invalid_store_is_refused_before_any_queue_is_defined() {
    assertThatThrownBy(() -> StoreDirectory.standardStores("101=UTC,bad store=UTC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'bad store'");
  }

  @Test
  void every_queue_has_a_dlq_named_after_it_and_five_receives_before_it_moves_there() {
    List<SuiteQueue> queues = Queues.all(StoreDirectory.standardStores("101=UTC,202=UTC"));

    assertThat(queues)
        .extracting(SuiteQueue::name, SuiteQueue::deadLetterName, SuiteQueue::fifo)
        .containsExactly(
            tuple("oom-order-feed", "oom-order-feed-dlq", false),
            tuple("oom-confirmations", "oom-confirmations-dlq", false),
            tuple("oom-sms-inbound", "oom-sms-inbound-dlq", false),
            tuple("oom-sms-requests", "oom-sms-requests-dlq", false),
            tuple("oom-erp-updates", "oom-erp-updates-dlq", false),
            tuple("oom-handoff-101.fifo", "oom-handoff-101-dlq.fifo", true),
            tuple("oom-handoff-202.fifo", "oom-handoff-202-dlq.fifo", true));
    assertThat(queues).extracting(SuiteQueue::maxReceiveCount).containsOnly(5);
  }
}
