package com.oom.infrastructure;

import static com.oom.infrastructure.TemplateQueries.properties;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.catalogue.Queues;
import com.oom.catalogue.SuiteFunction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The dev stage's alarms: every DLQ, every function, the sweep and the custom metrics. */
class AlarmsTemplateTest {
  private static SynthesizedStacks.Synthesized dev;
  private static Template template;
  private static TemplateQueries q;

  @BeforeAll
  static void synthesize() {
    dev = SynthesizedStacks.dev();
    template = dev.template();
    q = new TemplateQueries(dev);
  }

  @Test
  void everyDeadLetterQueueHasAnAlarmWhenItIsNotEmpty() {
    List<String> dlqs =
        q.resources("AWS::SQS::Queue").entrySet().stream()
            .filter(e -> ((String) properties(e.getValue()).get("QueueName")).contains("-dlq"))
            .map(Map.Entry::getKey)
            .toList();
    assertThat(dlqs).hasSize(Queues.all(dev.stack().config().stores()).size() + 2);
    for (String dlq : dlqs) {
      template.hasResourceProperties(
          "AWS::CloudWatch::Alarm",
          Match.objectLike(
              Map.of(
                  "MetricName",
                  "ApproximateNumberOfMessagesVisible",
                  "Threshold",
                  0,
                  "ComparisonOperator",
                  "GreaterThanThreshold",
                  "Dimensions",
                  List.of(
                      Map.of(
                          "Name",
                          "QueueName",
                          "Value",
                          Map.of("Fn::GetAtt", List.of(dlq, "QueueName")))),
                  "AlarmActions",
                  List.of(Map.of("Ref", alarmTopic())))));
    }
  }

  @Test
  void everyFunctionHasErrorAndThrottleAlarms() {
    for (SuiteFunction spec : SuiteFunction.values()) {
      for (String metric : List.of("Errors", "Throttles")) {
        template.hasResourceProperties(
            "AWS::CloudWatch::Alarm",
            Match.objectLike(
                Map.of(
                    "MetricName",
                    metric,
                    "Namespace",
                    "AWS/Lambda",
                    "Dimensions",
                    List.of(
                        Map.of(
                            "Name",
                            "FunctionName",
                            "Value",
                            Map.of("Ref", q.logicalId(dev.stack().functions().function(spec))))),
                    "AlarmActions",
                    List.of(Map.of("Ref", alarmTopic())))));
      }
    }
  }

  @Test
  void theCustomMetricAlarmsQueryTheOomNamespace() {
    assertThat(alarmExpression("oom-dev-oldest-due-timer"))
        .isEqualTo("SELECT MAX(OldestDueTimerAgeSeconds) FROM OOM");
    assertThat(alarmNamed("oom-dev-oldest-due-timer").get("Threshold")).isEqualTo(900);
    assertThat(alarmExpression("oom-dev-sms-failures")).isEqualTo("SELECT SUM(SmsFailed) FROM OOM");
    assertThat(alarmExpression("oom-dev-confirmation-misses"))
        .isEqualTo("SELECT SUM(ConfirmationMisses) FROM OOM");
    assertThat(alarmExpression("oom-dev-unknown-store-messages"))
        .isEqualTo("SELECT SUM(UnknownStoreMessages) FROM OOM");
    assertThat(alarmExpression("oom-dev-erp-echo-overdue"))
        .isEqualTo("SELECT SUM(ErpEchoOverdue) FROM OOM");
    assertThat(alarmExpression("oom-dev-orders-without-next-step"))
        .isEqualTo("SELECT SUM(OrdersWithoutNextStep) FROM OOM");
    assertThat(alarmNamed("oom-dev-timer-sweep-not-running").get("TreatMissingData"))
        .isEqualTo("breaching");
  }

  @Test
  void
      aMessageForAnUnknownStoreAChangeTheErpHasNotShownAndAnOrderWithoutANextStepAlarmAtTheFirst() {
    for (String name :
        List.of(
            "oom-dev-unknown-store-messages",
            "oom-dev-erp-echo-overdue",
            "oom-dev-orders-without-next-step")) {
      assertThat(alarmNamed(name))
          .as(name)
          .containsEntry("Threshold", 0)
          .containsEntry("ComparisonOperator", "GreaterThanThreshold")
          .containsEntry("EvaluationPeriods", 1)
          .containsEntry("TreatMissingData", "notBreaching")
          .containsEntry("AlarmActions", List.of(Map.of("Ref", alarmTopic())));
    }
  }

  @SuppressWarnings("unchecked")
  @Test
  void anOrderWithoutANextStepIsSummedOverAnHour() {
    Map<String, Object> alarm = alarmNamed("oom-dev-orders-without-next-step");
    assertThat(((List<Map<String, Object>>) alarm.get("Metrics")).getFirst().get("Period"))
        .isEqualTo(3600);
  }

  private static List<String> storeIds() {
    return dev.stack().config().storeIds();
  }

  private static String alarmTopic() {
    return q.logicalId(
        dev.stack().getNode().findChild("Monitoring").getNode().findChild("AlarmTopic"));
  }

  private static Map<String, Object> alarmNamed(String name) {
    return q.resources("AWS::CloudWatch::Alarm").values().stream()
        .map(TemplateQueries::properties)
        .filter(p -> name.equals(p.get("AlarmName")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no alarm " + name));
  }

  @SuppressWarnings("unchecked")
  private static String alarmExpression(String name) {
    return (String)
        ((List<Map<String, Object>>) alarmNamed(name).get("Metrics")).getFirst().get("Expression");
  }
}
