package com.oom.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.catalogue.Routes;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local runner matches a request to its route as API Gateway does: a literal path first. */
class LocalApiServerRoutingTest {

  @Test
  void the_pick_up_desks_literal_path_wins_over_a_work_list_kind() {
    assertThat(LocalApiServer.match("GET", "/worklists/pickup-desk"))
        .hasValueSatisfying(
            m -> {
              assertThat(m.route()).isEqualTo(Routes.PICKUP_DESK);
              assertThat(m.parameters()).isEmpty();
            });
    assertThat(LocalApiServer.match("GET", "/worklists/missed"))
        .hasValueSatisfying(
            m -> {
              assertThat(m.route()).isEqualTo(Routes.WORK_LIST);
              assertThat(m.parameters()).isEqualTo(Map.of("kind", "missed"));
            });
    assertThat(LocalApiServer.match("POST", "/orders/SO-1/pickup"))
        .hasValueSatisfying(m -> assertThat(m.route()).isEqualTo(Routes.PICKUP));
  }
}
