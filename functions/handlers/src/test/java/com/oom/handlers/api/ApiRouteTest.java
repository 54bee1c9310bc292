package com.oom.handlers.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.catalogue.Routes;
import com.oom.catalogue.SuiteFunction;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiRouteTest {
  private static ApiRoute.Resolution resolve(String method, String path) {
    return ApiRoute.resolve("$default", Map.of(), method, path);
  }

  @Test
  void api_gateways_route_key_and_path_parameters_win() {
    var resolution =
        ApiRoute.resolve(
            "PUT /orders/{orderId}/contact-status",
            Map.of("orderId", "SO 1"),
            "PUT",
            "/orders/SO%201/contact-status");

    assertThat(resolution)
        .isEqualTo(
            new ApiRoute.Resolution.Found(
                new ApiRoute.Match(ApiRoute.CONTACT_STATUS, Map.of("orderId", "SO 1"))));
  }

  @Test
  void without_a_route_key_the_method_and_path_choose_the_route() {
    assertThat(resolve("GET", "/worklists/past-due"))
        .isEqualTo(
            new ApiRoute.Resolution.Found(
                new ApiRoute.Match(ApiRoute.WORK_LIST, Map.of("kind", "past-due"))));
    assertThat(resolve("POST", "/orders/SO%2F1/trouble/"))
        .isEqualTo(
            new ApiRoute.Resolution.Found(
                new ApiRoute.Match(ApiRoute.TROUBLE, Map.of("orderId", "SO/1"))));
  }

  @Test
  void the_pick_up_desks_literal_path_wins_over_a_work_list_kind() {
    assertThat(resolve("GET", "/worklists/pickup-desk"))
        .isEqualTo(
            new ApiRoute.Resolution.Found(new ApiRoute.Match(ApiRoute.PICKUP_DESK, Map.of())));
    assertThat(resolve("GET", "/worklists/scheduling"))
        .isEqualTo(
            new ApiRoute.Resolution.Found(
                new ApiRoute.Match(ApiRoute.WORK_LIST, Map.of("kind", "scheduling"))));
    assertThat(resolve("POST", "/orders/SO-1/pickup"))
        .isEqualTo(
            new ApiRoute.Resolution.Found(
                new ApiRoute.Match(ApiRoute.PICKUP, Map.of("orderId", "SO-1"))));
  }

  @Test
  void a_known_path_with_another_method_lists_the_allowed_ones() {
    assertThat(resolve("PATCH", "/orders/SO-1/contact-status"))
        .isEqualTo(new ApiRoute.Resolution.WrongMethod(java.util.List.of("PUT")));
  }

  @Test
  void the_collection_of_orders_is_the_lookup_by_phone_and_takes_no_other_method() {
    assertThat(resolve("GET", "/orders"))
        .isEqualTo(
            new ApiRoute.Resolution.Found(new ApiRoute.Match(ApiRoute.ORDERS_BY_PHONE, Map.of())));
    assertThat(resolve("POST", "/orders"))
        .isEqualTo(new ApiRoute.Resolution.WrongMethod(java.util.List.of("GET")));
  }

  @Test
  void anything_else_is_no_such_path() {
    assertThat(resolve("GET", "/reports")).isInstanceOf(ApiRoute.Resolution.NoSuchPath.class);
    assertThat(resolve("GET", "/orders//comments"))
        .isInstanceOf(ApiRoute.Resolution.NoSuchPath.class);
    assertThat(resolve("GET", "/orders/SO-1/comments/x"))
        .isInstanceOf(ApiRoute.Resolution.NoSuchPath.class);
    assertThat(resolve("GET", "/orders/%ZZ")).isInstanceOf(ApiRoute.Resolution.NoSuchPath.class);
  }

  @Test
  void every_route_can_answer_its_success_and_the_common_refusals() {
    for (ApiRoute route : ApiRoute.values()) {
      assertThat(route.statuses()).contains(route.successStatus(), 401, 403, 500);
    }
  }

  @Test
  void the_enum_holds_exactly_the_catalogues_agent_api_routes() {
    assertThat(Arrays.stream(ApiRoute.values()).map(ApiRoute::spec))
        .containsExactlyElementsOf(Routes.servedBy(SuiteFunction.AGENT_API));
  }
}
