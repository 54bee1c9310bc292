package com.oom.infrastructure;

import static com.oom.infrastructure.TemplateQueries.properties;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.oom.catalogue.SuiteFunction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What differs in production: kept data, an existing phone pool, alarm mail, other stores. */
class ProdStageTest {
  private static SynthesizedStacks.Synthesized prod;
  private static TemplateQueries q;

  @BeforeAll
  static void synthesize() {
    prod = SynthesizedStacks.prod();
    q = new TemplateQueries(prod);
  }

  @Test
  void theTableIsRetainedAndProtectedFromDeletion() {
    Map<String, Object> table = q.resources("AWS::DynamoDB::Table").values().iterator().next();
    assertThat(table.get("DeletionPolicy")).isEqualTo("Retain");
    assertThat(table.get("UpdateReplacePolicy")).isEqualTo("Retain");
    assertThat(properties(table).get("DeletionProtectionEnabled")).isEqualTo(true);
  }

  @Test
  void anExistingPoolIsUsedAndNoNumberIsRequested() {
    assertThat(q.resources("AWS::SMSVOICE::PhoneNumber")).isEmpty();
    assertThat(q.resources("AWS::SMSVOICE::Pool")).isEmpty();
    String sender =
        q.logicalId(prod.stack().functions().function(SuiteFunction.SMS_SENDER).getRole());
    String resources =
        new ObjectMapper()
            .valueToTree(TemplateQueries.resourcesOf(q.statement(sender, "SendText")))
            .toString();
    assertThat(resources)
        .contains(
            ":sms-voice:ca-central-1:111122223333:pool/pool-0123456789abcdef0123456789abcdef");
    @SuppressWarnings("unchecked")
    Map<String, Object> env =
        (Map<String, Object>)
            ((Map<String, Object>)
                    properties(
                            q.resource(
                                q.logicalId(
                                    prod.stack().functions().function(SuiteFunction.SMS_SENDER))))
                        .get("Environment"))
                .get("Variables");
    assertThat(env.get("OOM_SMS_POOL_ID")).isEqualTo("pool-0123456789abcdef0123456789abcdef");
  }

  @Test
  void alarmsAreMailedToTheOnCallAddress() {
    Map<String, Object> subscription =
        properties(
            q.resources("AWS::SNS::Subscription").values().stream()
                .filter(s -> "email".equals(properties(s).get("Protocol")))
                .findFirst()
                .orElseThrow());
    assertThat(subscription.get("Endpoint")).isEqualTo("oom-oncall@example-retailer.ca");
  }

  @Test
  void theStoresOfTheStageGetTheirQueuesRolesAndHalifaxSchedules() {
    List<String> names =
        q.resources("AWS::SQS::Queue").values().stream()
            .map(r -> (String) properties(r).get("QueueName"))
            .filter(n -> n.startsWith("oom-handoff-") && !n.contains("dlq"))
            .sorted()
            .toList();
    assertThat(names).containsExactly("oom-handoff-101.fifo", "oom-handoff-404.fifo");
    assertThat(
            q.resources("AWS::Scheduler::Schedule").values().stream()
                .map(TemplateQueries::properties)
                .filter(p -> "America/Halifax".equals(p.get("ScheduleExpressionTimezone")))
                .count())
        .isEqualTo(3);
    assertThat(
            q.resources("AWS::IAM::Role").values().stream()
                .map(r -> (String) properties(r).get("RoleName"))
                .filter(n -> n != null && n.contains("-store-")))
        .containsExactlyInAnyOrder("oom-prod-store-101-handoffs", "oom-prod-store-404-handoffs");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyFunctionThatReadsTheStoresGetsTheirProvinces() {
    int reading = 0;
    for (SuiteFunction function : SuiteFunction.values()) {
      Map<String, Object> env =
          (Map<String, Object>)
              ((Map<String, Object>)
                      properties(
                              q.resource(q.logicalId(prod.stack().functions().function(function))))
                          .get("Environment"))
                  .get("Variables");
      if (env.containsKey("OOM_STORES")) {
        reading++;
        assertThat(env.get("OOM_STORES"))
            .as(function.name())
            .isEqualTo("101=America/Winnipeg,404=America/Halifax@NS");
      }
    }
    assertThat(reading).isGreaterThanOrEqualTo(7);
  }

  @Test
  void logsAreKeptLongerAndNotDeletedWithTheStack() {
    for (Map<String, Object> group : q.resources("AWS::Logs::LogGroup").values()) {
      assertThat(group.get("DeletionPolicy")).isEqualTo("Retain");
      assertThat((Integer) properties(group).get("RetentionInDays")).isGreaterThanOrEqualTo(90);
    }
  }
}
