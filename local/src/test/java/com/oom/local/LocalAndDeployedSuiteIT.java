package com.oom.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.catalogue.SuiteSchedule;
import com.oom.infrastructure.SynthesizedStacks;
import com.oom.tooling.emulator.MotoServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/**
 * The local runner and the CDK app hold the same suite: the same queues, the same schedules (name,
 * expression, zone, input) and the same routes, for the dev stage's stores. Both derive them from
 * the catalogue; this catches either side growing a list of its own.
 */
class LocalAndDeployedSuiteIT {
  /** Queues only the deployment has: Scheduler's and the confirmation bus's dead letters. */
  private static final Set<String> DEPLOYMENT_ONLY_QUEUES =
      Set.of("oom-scheduler-dlq", "oom-confirmation-bus-dlq");

  private static MotoServer moto;
  private static LocalSuite suite;
  private static Template template;

  @BeforeAll
  static void start() throws Exception {
    template = SynthesizedStacks.dev().template();
    moto = MotoServer.builder().start();
    suite =
        new LocalSuite(
            moto.endpoint(),
            Instant.parse("2026-11-30T16:00:00Z"),
            SynthesizedStacks.devConfig().stores());
  }

  @AfterAll
  static void stop() {
    moto.close();
  }

  @Test
  void the_runners_default_stores_are_the_dev_stages_store_directory() {
    assertThat(LocalOptions.defaultStores().stores())
        .isEqualTo(SynthesizedStacks.devConfig().stores().stores());
  }

  @Test
  void the_runner_creates_exactly_the_queues_the_stack_deploys() {
    Set<String> deployed =
        resources("AWS::SQS::Queue").stream()
            .map(p -> (String) p.get("QueueName"))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> local = new TreeSet<>(suite.queueUrls.keySet());

    assertThat(deployed).containsAll(DEPLOYMENT_ONLY_QUEUES);
    deployed.removeAll(DEPLOYMENT_ONLY_QUEUES);
    assertThat(local).isEqualTo(deployed);
  }

  @Test
  void the_runner_fires_exactly_the_schedules_the_stack_deploys() {
    Set<String> deployed = new TreeSet<>();
    for (Map<String, Object> p : resources("AWS::Scheduler::Schedule")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> target = (Map<String, Object>) p.get("Target");
      deployed.add(
          String.join(
              " | ",
              (String) p.get("Name"),
              (String) p.get("ScheduleExpression"),
              String.valueOf(p.getOrDefault("ScheduleExpressionTimezone", "UTC")),
              (String) target.get("Input")));
    }
    Set<String> local = new TreeSet<>();
    for (SuiteSchedule s : suite.schedules) {
      local.add(
          String.join(
              " | ",
              s.name(),
              s.expression(),
              s.rate() == null ? s.zone().getId() : "UTC",
              s.input()));
    }

    assertThat(local).hasSize(1 + 3 * 3).isEqualTo(deployed);
  }

  @Test
  void the_runner_serves_exactly_the_routes_the_stack_deploys() {
    Set<String> deployed =
        resources("AWS::ApiGatewayV2::Route").stream()
            .map(p -> (String) p.get("RouteKey"))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(new TreeSet<>(LocalApiServer.routeKeys()))
        .contains(
            "GET /orders",
            "GET /worklists/pickup-desk",
            "POST /orders/{orderId}/pickup",
            "POST /orders/{orderId}/texts",
            "POST /orders/{orderId}/transfers",
            "POST /webhooks/jenny")
        .isEqualTo(deployed);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> resources(String type) {
    List<Map<String, Object>> found = new ArrayList<>();
    for (Object resource : template.findResources(type).values()) {
      found.add((Map<String, Object>) ((Map<String, Object>) resource).get("Properties"));
    }
    return found;
  }
}
