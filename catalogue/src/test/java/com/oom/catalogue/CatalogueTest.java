package com.oom.catalogue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  @Test
  void the_catalogue_depends_on_neither_the_aws_sdk_nor_the_cdk() {
    noClasses()
        .that()
        .resideInAPackage("com.oom.catalogue..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("software.amazon..", "com.amazonaws..", "software.constructs..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.oom.catalogue"));
  }

  @Test
  void every_queue_a_function_is_triggered_by_is_a_queue_of_the_suite() {
    List<String> names =
        Queues.all(StoreDirectory.standardStores("101=UTC")).stream()
            .map(SuiteQueue::name)
            .toList();
    for (SuiteFunction function : SuiteFunction.values()) {
      function
          .queueTrigger()
          .ifPresent(
              trigger -> assertThat(names).as(function.name()).contains(trigger.queueName()));
    }
  }

  @Test
  void a_consumed_queue_hides_a_message_six_times_its_consumers_timeout_plus_the_window() {
    SuiteQueue feed = Queues.named(Queues.ORDER_FEED, StoreDirectory.standardStores("101=UTC"));
    assertThat(feed.consumer()).contains(SuiteFunction.ORDER_FEED);
    assertThat(feed.visibilityTimeout()).hasSeconds(6 * 30 + 2);
    SuiteQueue erp = Queues.named(Queues.ERP_UPDATES, StoreDirectory.standardStores("101=UTC"));
    assertThat(erp.consumer()).isEmpty();
    assertThat(erp.visibilityTimeout()).isEqualTo(Queues.EXTERNAL_VISIBILITY);
  }

  @Test
  void every_http_function_serves_a_route_and_routes_are_unique_by_key_and_name() {
    for (SuiteFunction function : SuiteFunction.values()) {
      if (function.trigger() instanceof Trigger.HttpTrigger) {
        assertThat(Routes.servedBy(function)).as(function.name()).isNotEmpty();
      }
    }
    assertThat(Routes.all().stream().map(Route::routeKey).collect(Collectors.toSet()))
        .hasSize(Routes.all().size());
    assertThat(Routes.all().stream().map(Route::name).collect(Collectors.toSet()))
        .hasSize(Routes.all().size());
    assertThat(Routes.named("ORDER")).isEqualTo(Routes.ORDER);
  }

  @Test
  void only_the_webhook_is_left_to_its_function_to_authenticate() {
    assertThat(Routes.all().stream().filter(r -> !r.access().jwt()))
        .containsExactly(Routes.JENNY_WEBHOOK);
  }

  @Test
  void the_handler_names_its_class_and_method() {
    assertThat(SuiteFunction.ORDER_FEED.handler())
        .isEqualTo("com.oom.handlers.orderfeed.OrderFeedHandler::handleRequest");
    assertThat(SuiteFunction.ORDER_FEED.handlerSimpleName()).isEqualTo("OrderFeedHandler");
  }
}
