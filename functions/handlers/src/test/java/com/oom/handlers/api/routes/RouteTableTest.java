package com.oom.handlers.api.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.handlers.api.AgentApiWiring;
import com.oom.handlers.api.ApiRoute;
import com.oom.handlers.api.ApiTestbed;
import com.oom.handlers.api.WorkListCursors;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The route table answers every route of the catalogue, each with exactly one class. */
class RouteTableTest {
  private final RouteTable table =
      RouteTable.of(
          AgentApiWiring.useCases(new Testbed(Orders.MONDAY_10_AM_WINNIPEG).services),
          new WorkListCursors(ApiTestbed.CURSOR_KEY));

  @Test
  void every_api_route_has_its_route_class() {
    assertThat(table.routes().keySet()).isEqualTo(EnumSet.allOf(ApiRoute.class));
    for (ApiRoute route : ApiRoute.values()) {
      assertThat(table.get(route).route()).as(route.name()).isEqualTo(route);
    }
  }

  @Test
  void each_route_class_is_its_own() {
    assertThat(table.routes().values().stream().map(Object::getClass).distinct())
        .hasSize(ApiRoute.values().length);
  }

  @Test
  void two_classes_for_one_route_are_refused() {
    Route comments = table.get(ApiRoute.COMMENTS);
    assertThatThrownBy(() -> new RouteTable(List.of(comments, comments)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COMMENTS");
  }

  @Test
  void a_route_without_a_class_is_an_error_not_a_silent_404() {
    RouteTable partial = new RouteTable(List.of(table.get(ApiRoute.COMMENTS)));
    assertThatThrownBy(() -> partial.get(ApiRoute.ORDER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ORDER");
  }
}
