package com.oom.handlers.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.ConfirmationResultKind;
import com.oom.handlers.api.ApiRequests.CallResult;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What the API's words for a confirmation call mean in the core. */
class ApiRequestsTest {

  @Test
  void no_answer_maps_to_the_cores_no_response() {
    assertThat(CallResult.NO_ANSWER.kind()).isEqualTo(ConfirmationResultKind.NO_RESPONSE);
  }

  @Test
  void every_other_call_result_is_the_core_result_of_the_same_name_and_each_core_result_has_one() {
    Arrays.stream(CallResult.values())
        .filter(r -> r != CallResult.NO_ANSWER)
        .forEach(r -> assertThat(r.kind().name()).isEqualTo(r.name()));
    assertThat(Arrays.stream(CallResult.values()).map(CallResult::kind))
        .containsExactlyInAnyOrder(ConfirmationResultKind.values());
  }
}
