package com.oom.infrastructure;

import static com.oom.infrastructure.TemplateQueries.actions;
import static com.oom.infrastructure.TemplateQueries.properties;
import static com.oom.infrastructure.TemplateQueries.resourcesOf;
import static com.oom.infrastructure.TemplateQueries.target;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.catalogue.Queues;
import com.oom.catalogue.Setting;
import com.oom.catalogue.SuiteFunction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The buses: OOM's domain events (the bus, its archive, who may publish on it) and Jenny's, in each
 * of its variants: the stack's own bus (dev), the same open to Jenny's account, and the partner
 * event source's bus (prod).
 */
class EventBusesTemplateTest {

  // --- oom-events-<stage> ---

  @Test
  void theDomainEventBusIsNamedAfterTheStageAndArchivesEveryOomEventForThirtyDaysInDev() {
    assertArchived(SynthesizedStacks.dev(), "oom-events-dev", 30);
  }

  @Test
  void prodArchivesItsDomainEventsForAYear() {
    assertArchived(SynthesizedStacks.prod(), "oom-events-prod", 365);
  }

  @Test
  void everyFunctionReadingTheEventBusMayPutEventsOnThatBusAndNoOtherFunctionMay() {
    SynthesizedStacks.Synthesized dev = SynthesizedStacks.dev();
    TemplateQueries q = new TemplateQueries(dev);
    String bus = q.logicalId(dev.stack().domainEvents().bus());
    int publishing = 0;
    for (SuiteFunction spec : SuiteFunction.values()) {
      String role = q.logicalId(dev.stack().functions().function(spec).getRole());
      List<Map<String, Object>> putEvents =
          q.statementsOfRole(role).stream()
              .filter(s -> actions(s).stream().anyMatch(a -> a.startsWith("events:")))
              .toList();
      Map<String, Object> env = environment(q, dev, spec);
      if (spec.settings().contains(Setting.EVENT_BUS)) {
        publishing++;
        assertThat(env.get("OOM_EVENT_BUS")).as(spec.slug()).isEqualTo(Map.of("Ref", bus));
        assertThat(putEvents).as(spec.slug()).hasSize(1);
        Map<String, Object> statement = putEvents.getFirst();
        assertThat(statement.get("Sid")).isEqualTo("PublishDomainEvents");
        assertThat(actions(statement)).containsExactly("events:PutEvents");
        assertThat(resourcesOf(statement))
            .containsExactly(Map.of("Fn::GetAtt", List.of(bus, "Arn")));
      } else {
        assertThat(env).as(spec.slug()).doesNotContainKey("OOM_EVENT_BUS");
        assertThat(putEvents).as(spec.slug()).isEmpty();
      }
    }
    assertThat(publishing).isEqualTo(7);
  }

  @Test
  void theStackOutputsTheDomainEventBusNameAndArn() {
    SynthesizedStacks.Synthesized dev = SynthesizedStacks.dev();
    TemplateQueries q = new TemplateQueries(dev);
    String bus = q.logicalId(dev.stack().domainEvents().bus());
    assertThat(output(dev, "EventBusName")).isEqualTo(Map.of("Ref", bus));
    assertThat(output(dev, "EventBusArn")).isEqualTo(Map.of("Fn::GetAtt", List.of(bus, "Arn")));
  }

  // --- Jenny: the stack's own bus ---

  @Test
  void devCreatesItsJennyBusAndRoutesConfirmationResultsOfTheLocalSourceToTheQueue() {
    SynthesizedStacks.Synthesized dev = SynthesizedStacks.dev();
    TemplateQueries q = new TemplateQueries(dev);
    String jenny = q.logicalId(dev.stack().confirmationBus().bus());
    assertThat(properties(q.resource(jenny)).get("Name")).isEqualTo("oom-jenny-dev");
    Map<String, Object> rule = jennyRule(q);
    assertThat(rule.get("EventPattern"))
        .isEqualTo(
            Map.of(
                "source", List.of(Map.of("prefix", "packageai.jenny")),
                "detail-type", List.of("ConfirmationResult")));
    assertThat(target(rule.get("EventBusName"))).isEqualTo(jenny);
    assertDeliveredToTheConfirmationsQueue(q, rule);
    assertThat(q.resources("AWS::Events::EventBusPolicy")).isEmpty();
  }

  @Test
  void aCreatedJennyBusWithJennysAccountLetsOnlyThatAccountPutItsConfirmationResults() {
    SynthesizedStacks.Synthesized stage = SynthesizedStacks.devWithJennyAccount();
    TemplateQueries q = new TemplateQueries(stage);
    String jenny = q.logicalId(stage.stack().confirmationBus().bus());
    Map<String, Map<String, Object>> policies = q.resources("AWS::Events::EventBusPolicy");
    assertThat(policies).hasSize(1);
    Map<String, Object> policy = properties(policies.values().iterator().next());
    assertThat(policy.get("EventBusName")).isEqualTo(Map.of("Ref", jenny));
    @SuppressWarnings("unchecked")
    Map<String, Object> statement = (Map<String, Object>) policy.get("Statement");
    assertThat(statement.get("Effect")).isEqualTo("Allow");
    assertThat(statement.get("Action")).isEqualTo("events:PutEvents");
    assertThat(statement.get("Resource")).isEqualTo(Map.of("Fn::GetAtt", List.of(jenny, "Arn")));
    assertThat(String.valueOf(statement.get("Principal")))
        .contains(":iam::" + SynthesizedStacks.JENNY_ACCOUNT + ":root");
    assertThat(statement.get("Condition"))
        .isEqualTo(
            Map.of(
                "ForAllValues:StringLike",
                Map.of("events:source", SynthesizedStacks.JENNY_ACCOUNT_SOURCE + "*"),
                "StringEquals",
                Map.of("events:detail-type", "ConfirmationResult")));
    Map<String, Object> rule = jennyRule(q);
    assertThat(rule.get("EventPattern"))
        .isEqualTo(
            Map.of(
                "source", List.of(Map.of("prefix", SynthesizedStacks.JENNY_ACCOUNT_SOURCE)),
                "detail-type", List.of("ConfirmationResult")));
    assertThat(target(rule.get("EventBusName"))).isEqualTo(jenny);
    assertDeliveredToTheConfirmationsQueue(q, rule);
  }

  // --- Jenny: the partner event source's bus ---

  @Test
  void prodPutsItsRuleOnThePartnerBusWithoutCreatingOrOpeningAnyJennyBus() {
    SynthesizedStacks.Synthesized prod = SynthesizedStacks.prod();
    TemplateQueries q = new TemplateQueries(prod);
    String partner = SynthesizedStacks.PROD_JENNY_SOURCE;
    assertThat(
            q.resources("AWS::Events::EventBus").values().stream()
                .map(r -> properties(r).get("Name")))
        .containsExactly("oom-events-prod");
    assertThat(q.resources("AWS::Events::EventBusPolicy")).isEmpty();
    Map<String, Object> rule = jennyRule(q);
    assertThat(rule.get("EventBusName")).isEqualTo(partner);
    assertThat(rule.get("EventPattern"))
        .isEqualTo(
            Map.of(
                "source", List.of(Map.of("prefix", partner)),
                "detail-type", List.of("ConfirmationResult")));
    assertDeliveredToTheConfirmationsQueue(q, rule);
    assertThat(String.valueOf(output(prod, "JennyEventBusArn"))).contains(":event-bus/" + partner);
  }

  // --- helpers ---

  private static void assertArchived(
      SynthesizedStacks.Synthesized stage, String busName, int retentionDays) {
    TemplateQueries q = new TemplateQueries(stage);
    String bus = q.logicalId(stage.stack().domainEvents().bus());
    assertThat(properties(q.resource(bus)).get("Name")).isEqualTo(busName);
    Map<String, Map<String, Object>> archives = q.resources("AWS::Events::Archive");
    assertThat(archives).hasSize(1);
    Map<String, Object> archive = properties(archives.values().iterator().next());
    assertThat(archive.get("ArchiveName")).isEqualTo(busName);
    assertThat(archive.get("SourceArn")).isEqualTo(Map.of("Fn::GetAtt", List.of(bus, "Arn")));
    assertThat(archive.get("EventPattern")).isEqualTo(Map.of("source", List.of("oom")));
    assertThat(archive.get("RetentionDays")).isEqualTo(retentionDays);
    // an empty key id fails the deployment in some regions; none is the AWS-owned key
    assertThat(archive).doesNotContainKey("KmsKeyIdentifier");
  }

  private static Map<String, Object> jennyRule(TemplateQueries q) {
    Map<String, Map<String, Object>> rules = q.resources("AWS::Events::Rule");
    assertThat(rules).as("the stack's only rule is Jenny's").hasSize(1);
    return properties(rules.values().iterator().next());
  }

  @SuppressWarnings("unchecked")
  private static void assertDeliveredToTheConfirmationsQueue(
      TemplateQueries q, Map<String, Object> rule) {
    List<Map<String, Object>> targets = (List<Map<String, Object>>) rule.get("Targets");
    assertThat(targets).hasSize(1);
    Map<String, Object> ruleTarget = targets.getFirst();
    assertThat(target(ruleTarget.get("Arn"))).isEqualTo(queue(q, Queues.CONFIRMATIONS));
    assertThat(ruleTarget.get("RetryPolicy"))
        .isEqualTo(Map.of("MaximumRetryAttempts", 8, "MaximumEventAgeInSeconds", 86400));
    Map<String, Object> dlq = (Map<String, Object>) ruleTarget.get("DeadLetterConfig");
    assertThat(target(dlq.get("Arn"))).isEqualTo(queue(q, "oom-confirmation-bus-dlq"));
  }

  private static String queue(TemplateQueries q, String name) {
    return q.resources("AWS::SQS::Queue").entrySet().stream()
        .filter(e -> name.equals(properties(e.getValue()).get("QueueName")))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no queue " + name));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> environment(
      TemplateQueries q, SynthesizedStacks.Synthesized stage, SuiteFunction spec) {
    Map<String, Object> props =
        properties(q.resource(q.logicalId(stage.stack().functions().function(spec))));
    return (Map<String, Object>) ((Map<String, Object>) props.get("Environment")).get("Variables");
  }

  @SuppressWarnings("unchecked")
  private static Object output(SynthesizedStacks.Synthesized stage, String name) {
    Map<String, Map<String, Object>> outputs =
        (Map<String, Map<String, Object>>) (Map<?, ?>) stage.template().toJSON().get("Outputs");
    assertThat(outputs).containsKey(name);
    return outputs.get(name).get("Value");
  }
}
