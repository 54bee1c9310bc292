package com.oom.infrastructure;

import static com.oom.infrastructure.TemplateQueries.properties;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.oom.catalogue.Setting;
import com.oom.catalogue.Store;
import com.oom.catalogue.StoreDirectory;
import com.oom.catalogue.SuiteFunction;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void theStoresOfTheDirectoryGetTheirQueuesRolesAndHalifaxItsOwnSchedules() {
    List<String> names =
        q.resources("AWS::SQS::Queue").values().stream()
            .map(r -> (String) properties(r).get("QueueName"))
            .filter(n -> !n.startsWith("oom-") || n.startsWith("oom-handoff-"))
            .filter(n -> !n.contains("dlq"))
            .sorted()
            .toList();
    assertThat(names).containsExactly("oom-handoff-101.fifo", "storis-404-oom.fifo");
    assertThat(
            q.resources("AWS::Scheduler::Schedule").values().stream()
                .map(TemplateQueries::properties)
                .filter(p -> "America/Halifax".equals(p.get("ScheduleExpressionTimezone")))
                .map(p -> p.get("Name") + " " + p.get("ScheduleExpression"))
                .sorted())
        .containsExactly(
            "oom-daily-plan-404-end-mon-sun cron(55 16 ? * MON-SUN *)",
            "oom-daily-plan-404-start-mon-sat cron(0 10 ? * MON-SAT *)",
            "oom-daily-plan-404-start-sun cron(0 12 ? * SUN *)");
    assertThat(
            q.resources("AWS::IAM::Role").values().stream()
                .map(r -> (String) properties(r).get("RoleName"))
                .filter(n -> n != null && n.contains("-store-")))
        .containsExactlyInAnyOrder("oom-prod-store-101-handoffs", "oom-prod-store-404-handoffs");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyFunctionThatReadsTheStoreDirectoryGetsTheStagesDocumentThroughItsLayer()
      throws Exception {
    OomFunctions functions = prod.stack().functions();
    String layer = q.logicalId(functions.storeDirectoryLayer());
    int reading = 0;
    for (SuiteFunction function : SuiteFunction.values()) {
      Map<String, Object> env =
          (Map<String, Object>)
              ((Map<String, Object>)
                      properties(
                              q.resource(q.logicalId(prod.stack().functions().function(function))))
                          .get("Environment"))
                  .get("Variables");
      Object layers =
          properties(q.resource(q.logicalId(functions.function(function)))).get("Layers");
      if (function.settings().contains(Setting.STORE_DIRECTORY)) {
        reading++;
        String path = (String) env.get("OOM_STORE_DIRECTORY");
        assertThat(path).as(function.name()).startsWith("/opt/oom/store-directory-");
        assertThat(layers).as(function.name()).isEqualTo(List.of(Map.of("Ref", layer)));
        Path inLayer = functions.storeDirectoryFolder().resolve(path.substring("/opt/".length()));
        StoreDirectory read =
            StageConfig.parseStoreDirectory(Files.readString(inLayer), inLayer.toString());
        assertThat(read.stores()).isEqualTo(SynthesizedStacks.prodStores().stores());
      } else {
        assertThat(env).as(function.name()).doesNotContainKey("OOM_STORE_DIRECTORY");
        assertThat(layers).as(function.name()).isNull();
      }
    }
    assertThat(reading).isGreaterThanOrEqualTo(7);
    Store halifax = SynthesizedStacks.prodStores().store("404").orElseThrow();
    assertThat(halifax.handOffQueue()).isEqualTo("storis-404-oom.fifo");
  }

  @Test
  void logsAreKeptLongerAndNotDeletedWithTheStack() {
    for (Map<String, Object> group : q.resources("AWS::Logs::LogGroup").values()) {
      assertThat(group.get("DeletionPolicy")).isEqualTo("Retain");
      assertThat((Integer) properties(group).get("RetentionInDays")).isGreaterThanOrEqualTo(90);
    }
  }
}
