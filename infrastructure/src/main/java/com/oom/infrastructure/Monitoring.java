package com.oom.infrastructure;

import com.oom.catalogue.SuiteFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * Alarms, all notifying one SNS topic (mailed to the stage's alarm address, if any):
 *
 * <ul>
 *   <li>any dead-letter queue not empty;
 *   <li>errors and throttles of every function, and a timer sweep that stopped running;
 *   <li>the oldest due timer older than 15 minutes, SMS failures, confirmation misses, messages
 *       refused for a store not in the directory, changes the ERP has not shown in time and open
 *       orders without a next step, from the functions' EMF metrics in namespace {@value
 *       OomFunctions#METRICS_NAMESPACE} (the README's metric contract). Those are queried with
 *       CloudWatch Metrics Insights ({@code SELECT ... FROM OOM}), which sums a metric over all its
 *       dimension sets, so the alarm holds whatever dimensions a function adds.
 * </ul>
 */
public final class Monitoring extends Construct {
  public static final String OLDEST_DUE_TIMER_METRIC = "OldestDueTimerAgeSeconds";
  public static final String SMS_FAILED_METRIC = "SmsFailed";
  public static final String CONFIRMATION_MISSES_METRIC = "ConfirmationMisses";
  public static final String UNKNOWN_STORE_METRIC = "UnknownStoreMessages";
  public static final String ERP_ECHO_OVERDUE_METRIC = "ErpEchoOverdue";
  public static final String ORDERS_WITHOUT_NEXT_STEP_METRIC = "OrdersWithoutNextStep";

  static final int OLDEST_DUE_TIMER_THRESHOLD_SECONDS = 15 * 60;
  static final int SMS_FAILED_THRESHOLD = 5;

  private final Topic topic;
  private final List<Alarm> alarms = new ArrayList<>();
  private final String prefix;

  public Monitoring(Construct scope, String id, StageConfig config, IKey topicKey) {
    super(scope, id);
    prefix = "oom-" + config.stage().id() + "-";
    topic =
        Topic.Builder.create(this, "AlarmTopic")
            .topicName(prefix + "alarms")
            .displayName("OOM alarms (" + config.stage().id() + ")")
            .masterKey(topicKey)
            .enforceSsl(true)
            .build();
    config.alarmEmail().ifPresent(email -> topic.addSubscription(new EmailSubscription(email)));
  }

  /** Any message in the queue (a DLQ) is worth a look. */
  public void deadLetterQueue(String name, IQueue dlq) {
    add(
        "Dlq" + SuiteQueues.logicalId(name),
        prefix + "dlq-" + name,
        "Messages are waiting in the dead-letter queue " + name,
        dlq.metricApproximateNumberOfMessagesVisible(
            MetricOptions.builder().period(Duration.minutes(5)).statistic("Maximum").build()),
        0,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        1,
        TreatMissingData.NOT_BREACHING);
  }

  public void function(SuiteFunction spec, software.amazon.awscdk.services.lambda.IFunction fn) {
    MetricOptions sum5 =
        MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build();
    String id = SuiteQueues.logicalId(spec.slug());
    add(
        id + "Errors",
        prefix + spec.slug() + "-errors",
        "Function " + spec.functionName() + " failed (errors, timeouts)",
        fn.metricErrors(sum5),
        0,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        1,
        TreatMissingData.NOT_BREACHING);
    add(
        id + "Throttles",
        prefix + spec.slug() + "-throttles",
        "Function " + spec.functionName() + " was throttled",
        fn.metricThrottles(sum5),
        0,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        1,
        TreatMissingData.NOT_BREACHING);
  }

  /** The sweep runs every 5 minutes: three empty periods mean it stopped. */
  public void sweepRunning(software.amazon.awscdk.services.lambda.IFunction sweep) {
    add(
        "TimerSweepNotRunning",
        prefix + "timer-sweep-not-running",
        "The timer sweep has not run for 15 minutes",
        sweep.metricInvocations(
            MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build()),
        1,
        ComparisonOperator.LESS_THAN_THRESHOLD,
        3,
        TreatMissingData.BREACHING);
  }

  /** The custom metrics of the README's contract. */
  public void customMetrics() {
    add(
        "OldestDueTimer",
        prefix + "oldest-due-timer",
        "A timer has been due for more than 15 minutes without being handled",
        insights("MAX", OLDEST_DUE_TIMER_METRIC, Duration.minutes(5)),
        OLDEST_DUE_TIMER_THRESHOLD_SECONDS,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        1,
        TreatMissingData.NOT_BREACHING);
    add(
        "SmsFailures",
        prefix + "sms-failures",
        "At least " + SMS_FAILED_THRESHOLD + " texts failed within 15 minutes",
        insights("SUM", SMS_FAILED_METRIC, Duration.minutes(15)),
        SMS_FAILED_THRESHOLD,
        ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        1,
        TreatMissingData.NOT_BREACHING);
    add(
        "ConfirmationMisses",
        prefix + "confirmation-misses",
        "The end-of-day audit found appointments not attempted on every number: the stored report"
            + " lists them (GET /reports/confirmation-audit?storeId=&date=, docs/operations.md)",
        insights("SUM", CONFIRMATION_MISSES_METRIC, Duration.hours(1)),
        0,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        1,
        TreatMissingData.NOT_BREACHING);
    add(
        "UnknownStoreMessages",
        prefix + "unknown-store-messages",
        "Messages were refused because they name a store not in the store directory (stores/<stage>.json):"
            + " add the store, then redrive the DLQ (docs/operations.md)",
        insights("SUM", UNKNOWN_STORE_METRIC, Duration.minutes(5)),
        0,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        1,
        TreatMissingData.NOT_BREACHING);
    add(
        "ErpEchoOverdue",
        prefix + "erp-echo-overdue",
        "The ERP has not shown changes OOM made (booking, re-date, contact code, CWC) in time:"
            + " see GET /worklists/sync (docs/operations.md)",
        insights("SUM", ERP_ECHO_OVERDUE_METRIC, Duration.hours(1)),
        0,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        1,
        TreatMissingData.NOT_BREACHING);
    // The daily plan states the count once per store, at its opening, and any order counted is a
    // rule leaving an order behind: the first one alarms. One hour, not a day: a Metrics Insights
    // alarm evaluates only the last 3 hours of data; an hour holds the morning's plans of a store
    // (stores in other zones open in other hours), and the next morning's plan counts the order
    // again until it is fixed, so a quiet hour (missing data) is not breaching.
    add(
        "OrdersWithoutNextStep",
        prefix + "orders-without-next-step",
        "The daily plan found open orders without a next step (a rule left them behind):"
            + " see the plan's WARN line naming them (docs/operations.md)",
        insights("SUM", ORDERS_WITHOUT_NEXT_STEP_METRIC, Duration.hours(1)),
        0,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        1,
        TreatMissingData.NOT_BREACHING);
  }

  static String insightsQuery(String statistic, String metric) {
    return "SELECT %s(%s) FROM %s".formatted(statistic, metric, OomFunctions.METRICS_NAMESPACE);
  }

  private static IMetric insights(String statistic, String metric, Duration period) {
    return MathExpression.Builder.create()
        .expression(insightsQuery(statistic, metric))
        .usingMetrics(Map.of())
        .label(metric)
        .period(period)
        .build();
  }

  private void add(
      String id,
      String name,
      String description,
      IMetric metric,
      double threshold,
      ComparisonOperator comparison,
      int periods,
      TreatMissingData missing) {
    Alarm alarm =
        Alarm.Builder.create(this, id)
            .alarmName(name)
            .alarmDescription(description)
            .metric(metric)
            .threshold(threshold)
            .comparisonOperator(comparison)
            .evaluationPeriods(periods)
            .datapointsToAlarm(periods)
            .treatMissingData(missing)
            .build();
    alarm.addAlarmAction(new SnsAction(topic));
    alarms.add(alarm);
  }

  public Topic topic() {
    return topic;
  }

  public List<Alarm> alarms() {
    return List.copyOf(alarms);
  }
}
