package com.oom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomesTest {
  @Test
  void a_stream_handlers_answer_is_named_like_the_typed_one() {
    assertThat(Outcomes.describeJson("{\"batchItemFailures\":[]}"))
        .isEqualTo("batchItemFailures:0");
    assertThat(
            Outcomes.describeJson(
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"a\"},{\"itemIdentifier\":\"b\"}]}"))
        .isEqualTo("batchItemFailures:2");
    assertThat(Outcomes.describeJson("{\"statusCode\":202,\"body\":\"{}\"}"))
        .isEqualTo("status:202");
    assertThat(Outcomes.describeJson("{\"report\":1}")).isEqualTo("bytes:12");
  }
}
