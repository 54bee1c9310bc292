package com.oom.handlers.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.handlers.http.Problem;
import com.oom.handlers.testing.OpenApiDocument;
import com.oom.handlers.webhook.JennyWebhookHandler;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document describes exactly what the handlers serve: every route with every status it
 * can answer (and none it cannot), bodies with the fields the handlers read and write, errors as
 * problem details, bearer JWT security. The ITs check each real answer against it as well.
 */
class OpenApiDocumentTest {
  private final OpenApiDocument openApi = OpenApiDocument.load();
  private final JsonNode root = openApi.root();

  @Test
  void it_is_openapi_3_1_secured_by_bearer_jwt() {
    assertThat(root.get("openapi").asText()).startsWith("3.1.");
    JsonNode bearer = root.at("/components/securitySchemes/bearerJwt");
    assertThat(bearer.get("type").asText()).isEqualTo("http");
    assertThat(bearer.get("scheme").asText()).isEqualTo("bearer");
    assertThat(bearer.get("bearerFormat").asText()).isEqualTo("JWT");
    assertThat(root.at("/security/0").has("bearerJwt")).isTrue();
  }

  @Test
  void every_route_is_documented_with_exactly_the_statuses_the_handler_can_answer() {
    for (ApiRoute route : ApiRoute.values()) {
      assertThat(openApi.operation(route.method(), route.template()).isMissingNode())
          .as(route.routeKey())
          .isFalse();
      assertThat(openApi.statuses(route.method(), route.template()))
          .as(route.routeKey())
          .isEqualTo(route.statuses());
    }
  }

  @Test
  void the_webhook_is_documented_with_its_statuses_and_its_own_signature_security() {
    assertThat(openApi.statuses("POST", JennyWebhookHandler.PATH))
        .isEqualTo(JennyWebhookHandler.STATUSES);
    JsonNode security = openApi.operation("POST", JennyWebhookHandler.PATH).get("security");
    assertThat(security.get(0).has("jennySignature")).isTrue();
    assertThat(security.get(0).has("bearerJwt")).isFalse();
  }

  @Test
  void nothing_is_documented_that_no_handler_serves() {
    Set<String> served = new HashSet<>();
    for (ApiRoute route : ApiRoute.values()) {
      served.add(route.method().toLowerCase(Locale.ROOT) + " " + route.template());
    }
    served.add("post " + JennyWebhookHandler.PATH);
    Set<String> documented = new TreeSet<>();
    root.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          if (!method.equals("parameters")) {
                            documented.add(method + " " + path.getKey());
                          }
                        }));
    assertThat(documented).isEqualTo(new TreeSet<>(served));
  }

  @Test
  void every_error_is_problem_details_and_every_400_names_its_field() {
    root.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          if (operation.getKey().equals("parameters")) {
                            return;
                          }
                          operation
                              .getValue()
                              .get("responses")
                              .properties()
                              .forEach(
                                  response -> {
                                    int status = Integer.parseInt(response.getKey());
                                    JsonNode content =
                                        openApi.resolve(response.getValue()).get("content");
                                    if (status >= 400) {
                                      assertThat(content.has("application/problem+json"))
                                          .as(path.getKey() + " " + status)
                                          .isTrue();
                                      String schema =
                                          content
                                              .at("/application~1problem+json/schema/$ref")
                                              .asText();
                                      assertThat(schema)
                                          .as(path.getKey() + " " + status)
                                          .isEqualTo(
                                              status == 400
                                                  ? "#/components/schemas/ValidationProblem"
                                                  : "#/components/schemas/ProblemDetails");
                                    } else {
                                      assertThat(content.has("application/json")).isTrue();
                                    }
                                  });
                        }));
  }

  @Test
  void the_problem_types_the_handlers_use_are_all_documented() {
    String documented =
        root.at("/components/schemas/ProblemDetails/properties/type/description").asText();
    for (Problem problem : Problem.values()) {
      assertThat(documented).contains(problem.slug());
    }
  }

  @Test
  void request_bodies_have_exactly_the_fields_the_handler_reads() {
    assertFields("ContactAttemptRequest", ApiRequests.ContactAttemptRequest.class);
    assertFields("ContactStatusRequest", ApiRequests.ContactStatusRequest.class);
    assertFields("AppointmentRequest", ApiRequests.AppointmentRequest.class);
    assertFields("TroubleRequest", ApiRequests.TroubleRequest.class);
    assertFields("CommentRequest", ApiRequests.CommentRequest.class);
    assertFields("FulfilmentDateRequest", ApiRequests.FulfilmentDateRequest.class);
    assertFields("ConfirmationRequest", ApiRequests.ConfirmationRequest.class);
    assertFields("PickupRequest", PickupRequest.class);
    assertFields("TextRequest", ApiRequests.TextRequest.class);
  }

  @Test
  void response_bodies_document_every_field_the_handler_writes() {
    assertFields("WorkList", ApiResponses.WorkList.class);
    assertFields("WorkListItem", ApiResponses.WorkListItem.class);
    assertFields("NextStep", ApiResponses.NextStep.class);
    assertFields("OrderView", ApiResponses.OrderView.class);
    assertFields("Text", ApiResponses.Text.class);
    assertFields("CommandOutcome", ApiResponses.CommandOutcome.class);
    assertFields("PendingTimer", com.oom.core.escalation.PendingTimer.class);
    assertFields("WaitingOn", com.oom.core.escalation.EscalationDecision.NotYet.class);
    assertFields("ContactAttempt", com.oom.core.order.ContactAttempt.class);
    assertFields("AuditEntry", com.oom.core.audit.AuditEntry.class);
    assertFields("OpenOrder", com.oom.core.order.OpenOrder.class);
    assertFields("PendingChange", ApiResponses.PendingChange.class);
    assertFields("WrongNumber", com.oom.core.order.WrongNumber.class);
    assertFields("ConfirmationAudit", ApiResponses.ConfirmationAudit.class);
    assertFields("ConfirmationAuditMiss", ApiResponses.ConfirmationAuditMiss.class);
    assertFields("PickupDeskList", PickupDeskResponses.DeskList.class);
    assertFields("PickupDeskItem", PickupDeskResponses.DeskItem.class);
    assertFields("PickupOutcome", PickupDeskResponses.PickupOutcome.class);
    assertFields("PickupDesk", com.oom.core.order.PickupDesk.class);
    assertFields("OrdersOfPhone", OrdersOfPhone.class);
    assertFields("OrderSummary", OrdersOfPhone.OrderSummary.class);
    assertFields("ConversationText", ApiResponses.ConversationText.class);
    assertFields("TextOutcome", ApiResponses.TextOutcome.class);
    assertFields("TextMessage", com.oom.core.order.TextMessage.class);
  }

  @Test
  void the_order_states_nested_records_are_documented_field_for_field() {
    JsonNode order = root.at("/components/schemas/OpenOrder/properties");
    assertProperties(order.at("/sync"), com.oom.core.order.ErpSync.class);
    assertProperties(order.at("/sync/properties/booking"), com.oom.core.order.PendingBooking.class);
    assertProperties(order.at("/sync/properties/redate"), com.oom.core.order.PendingRedate.class);
    assertProperties(order.at("/sync/properties/code"), com.oom.core.order.PendingCode.class);
    assertThat(order.at("/confirmation/$ref").asText())
        .isEqualTo("#/components/schemas/Confirmation");
    assertFields("Confirmation", com.oom.core.order.Confirmation.class);
  }

  @Test
  void the_text_refusals_and_touch_points_are_the_cores() {
    assertThat(texts(root.at("/components/schemas/ProblemDetails/properties/reason/enum")))
        .isEqualTo(
            Arrays.stream(com.oom.core.order.TextRefused.Reason.values()).map(Enum::name).toList());
    assertThat(texts(root.at("/components/schemas/TouchPoint/enum")))
        .isEqualTo(Arrays.stream(com.oom.core.order.TouchPoint.values()).map(Enum::name).toList());
    assertThat(texts(root.at("/components/schemas/ConversationText/properties/state/enum")))
        .isEqualTo(
            Arrays.stream(com.oom.core.application.Conversation.State.values())
                .map(Enum::name)
                .toList());
  }

  @Test
  void the_next_actions_are_the_cores() {
    assertThat(texts(root.at("/components/schemas/NextAction/enum")))
        .isEqualTo(
            Arrays.stream(com.oom.core.worklist.NextAction.values()).map(Enum::name).toList());
  }

  @Test
  void the_work_list_kinds_and_pending_kinds_are_the_cores() {
    List<String> slugs =
        Arrays.stream(com.oom.core.worklist.WorkListKind.values())
            .map(com.oom.core.worklist.WorkListKind::slug)
            .toList();
    assertThat(texts(root.at("/paths/~1worklists~1{kind}/parameters/0/schema/enum")))
        .isEqualTo(slugs);
    assertThat(texts(root.at("/components/schemas/WorkList/properties/kind/enum")))
        .isEqualTo(slugs);
    assertThat(texts(root.at("/components/schemas/PendingKind/enum")))
        .isEqualTo(Arrays.stream(com.oom.core.order.PendingKind.values()).map(Enum::name).toList());
  }

  @Test
  void a_confirmation_calls_results_are_the_apis_own_words() {
    assertThat(texts(root.at("/components/schemas/ConfirmationCallResult/enum")))
        .isEqualTo(Arrays.stream(ApiRequests.CallResult.values()).map(Enum::name).toList())
        .containsExactly(
            "CONFIRMED", "RESCHEDULE_REQUESTED", "DECLINED", "NO_ANSWER", "WRONG_NUMBER");
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static void assertProperties(JsonNode schema, Class<? extends Record> type) {
    Set<String> documented = new TreeSet<>();
    schema.path("properties").fieldNames().forEachRemaining(documented::add);
    assertThat(documented)
        .as(type.getSimpleName())
        .isEqualTo(
            Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void every_reference_resolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(root, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(root.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  private void assertFields(String schema, Class<? extends Record> type) {
    Set<String> components =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(openApi.propertyNames(schema)).as(schema).isEqualTo(components);
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      if (node.has("$ref")) {
        refs.add(node.get("$ref").asText());
      }
      node.elements().forEachRemaining(child -> collectRefs(child, refs));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collectRefs(child, refs));
    }
  }
}
