package com.oom.handlers.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.events.Contracts;
import com.oom.events.SchemaValidator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {
  @Test
  void the_json_step_reads_and_writes_the_sample_snapshot_without_network() {
    SnapStartPriming.register(List.of(SnapStartPriming.json()));

    assertThat(SnapStartPriming.primeRegistered()).isEqualTo(1);
  }

  @Test
  void the_sample_snapshot_is_a_valid_order_snapshot_with_a_contact_code() {
    assertThat(SchemaValidator.validate(Contracts.ORDER_SNAPSHOT, SnapStartPriming.SAMPLE_SNAPSHOT))
        .isEmpty();
    assertThat(SnapStartPriming.SAMPLE_SNAPSHOT).contains("\"contactStatus\"");
  }

  @Test
  void the_lambda_events_step_reads_and_writes_sample_events_without_network() {
    SnapStartPriming.lambdaEvents().action().run();
    SnapStartPriming.register(List.of(SnapStartPriming.lambdaEvents()));

    assertThat(SnapStartPriming.primeRegistered()).isEqualTo(1);
  }

  @Test
  void a_failing_step_is_skipped_and_the_others_still_run() {
    AtomicInteger ran = new AtomicInteger();
    SnapStartPriming.register(
        List.of(
            new SnapStartPriming.Step(
                "unreachable",
                () -> {
                  throw new IllegalStateException("no network");
                }),
            new SnapStartPriming.Step("counted", ran::incrementAndGet)));

    assertThat(SnapStartPriming.primeRegistered()).isEqualTo(1);
    assertThat(ran).hasValue(1);
  }
}
