package com.oom.infrastructure;

import com.oom.aws.StoreDirectory;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.OpeningHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.scheduler.CfnSchedule;
import software.amazon.awscdk.services.scheduler.CfnScheduleGroup;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * EventBridge Scheduler: the timer sweep every 5 minutes, and for each store the daily plan at the
 * start and the end of its business day in the store's own time zone ({@code
 * ScheduleExpressionTimezone}), from the same standard calendar the functions use ({@link
 * BusinessCalendar#standard}). One cron per distinct opening (or closing) time, so Saturday's 18:00
 * close gets its own. Each schedule retries, then gives up to a DLQ.
 */
public final class Schedules extends Construct {
  /** Scheduler's placeholder, replaced by the id of each execution: a retry has the same one. */
  public static final String EXECUTION_ID = "<aws.scheduler.execution-id>";

  static final int MAX_RETRIES = 3;

  /** A sweep older than its interval is superseded by the next one anyway. */
  static final int SWEEP_MAX_EVENT_AGE_SECONDS = 300;

  /** A day-plan run may still be useful within the hour. */
  static final int DAILY_PLAN_MAX_EVENT_AGE_SECONDS = 3600;

  private final Role role;
  private final Queue deadLetterQueue;
  private final CfnScheduleGroup group;
  private final List<CfnSchedule> schedules = new ArrayList<>();

  public Schedules(
      Construct scope, String id, StageConfig config, IFunction sweep, IFunction dailyPlan) {
    super(scope, id);
    Stack stack = Stack.of(this);
    group =
        CfnScheduleGroup.Builder.create(this, "Group").name("oom-" + config.stage().id()).build();
    deadLetterQueue =
        SuiteQueues.base(this, "Dlq", "oom-scheduler-dlq")
            .retentionPeriod(SuiteQueues.LONG_RETENTION)
            .build();
    role =
        Role.Builder.create(this, "Role")
            .assumedBy(
                ServicePrincipal.Builder.create("scheduler.amazonaws.com")
                    .conditions(
                        Map.of("StringEquals", Map.of("aws:SourceAccount", stack.getAccount())))
                    .build())
            .description("EventBridge Scheduler invokes the OOM sweep and daily plan")
            .build();
    role.addToPolicy(
        PolicyStatement.Builder.create()
            .sid("InvokeScheduledFunctions")
            .actions(List.of("lambda:InvokeFunction"))
            .resources(List.of(sweep.getFunctionArn(), dailyPlan.getFunctionArn()))
            .build());
    role.addToPolicy(
        PolicyStatement.Builder.create()
            .sid("DeadLetters")
            .actions(List.of("sqs:SendMessage"))
            .resources(List.of(deadLetterQueue.getQueueArn()))
            .build());

    schedule(
        "TimerSweep",
        "oom-timer-sweep",
        "rate(5 minutes)",
        null,
        sweep,
        "{\"job\":\"timer-sweep\",\"executionId\":\"" + EXECUTION_ID + "\"}",
        SWEEP_MAX_EVENT_AGE_SECONDS);

    StoreDirectory stores = StoreDirectory.parse(config.storesSpec());
    for (String storeId : config.storeIds()) {
      BusinessCalendar calendar = stores.forStore(storeId);
      addDailyPlan(
          storeId, calendar.zone(), "START_OF_DAY", calendar, OpeningHours::opens, dailyPlan);
      addDailyPlan(
          storeId, calendar.zone(), "END_OF_DAY", calendar, OpeningHours::closes, dailyPlan);
    }
  }

  private void addDailyPlan(
      String storeId,
      ZoneId zone,
      String phase,
      BusinessCalendar calendar,
      Function<OpeningHours, LocalTime> at,
      IFunction dailyPlan) {
    Map<LocalTime, List<DayOfWeek>> days = new TreeMap<>();
    calendar.openingHours().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                days.computeIfAbsent(at.apply(e.getValue()), t -> new ArrayList<>())
                    .add(e.getKey()));
    String input =
        "{\"job\":\"daily-plan\",\"phase\":\"%s\",\"storeId\":\"%s\",\"executionId\":\"%s\"}"
            .formatted(phase, storeId, EXECUTION_ID);
    for (Map.Entry<LocalTime, List<DayOfWeek>> entry : days.entrySet()) {
      LocalTime time = entry.getKey();
      String dayList = cronDays(entry.getValue());
      String name =
          "oom-daily-plan-%s-%s-%s"
              .formatted(
                  storeId,
                  phase.equals("START_OF_DAY") ? "start" : "end",
                  dayList.replace(",", "-").toLowerCase(Locale.ROOT));
      schedule(
          "DailyPlan" + storeId + SuiteQueues.logicalId(name),
          name,
          "cron(%d %d ? * %s *)".formatted(time.getMinute(), time.getHour(), dayList),
          zone.getId(),
          dailyPlan,
          input,
          DAILY_PLAN_MAX_EVENT_AGE_SECONDS);
    }
  }

  /** MON,TUE,WED,THU,FRI becomes MON-FRI; single days stay as they are. */
  static String cronDays(List<DayOfWeek> days) {
    List<DayOfWeek> sorted = days.stream().sorted().toList();
    boolean consecutive = true;
    for (int i = 1; i < sorted.size(); i++) {
      consecutive &= sorted.get(i).getValue() == sorted.get(i - 1).getValue() + 1;
    }
    Function<DayOfWeek, String> name =
        d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT);
    if (consecutive && sorted.size() > 2) {
      return name.apply(sorted.getFirst()) + "-" + name.apply(sorted.getLast());
    }
    return sorted.stream().map(name).collect(Collectors.joining(","));
  }

  private void schedule(
      String id,
      String name,
      String expression,
      String timeZone,
      IFunction target,
      String input,
      int maxEventAgeSeconds) {
    CfnSchedule.Builder builder =
        CfnSchedule.Builder.create(this, id)
            .name(name)
            .groupName(group.getRef())
            .scheduleExpression(expression)
            .flexibleTimeWindow(
                CfnSchedule.FlexibleTimeWindowProperty.builder().mode("OFF").build())
            .state("ENABLED")
            .target(
                CfnSchedule.TargetProperty.builder()
                    .arn(target.getFunctionArn())
                    .roleArn(role.getRoleArn())
                    .input(input)
                    .retryPolicy(
                        CfnSchedule.RetryPolicyProperty.builder()
                            .maximumRetryAttempts(MAX_RETRIES)
                            .maximumEventAgeInSeconds(maxEventAgeSeconds)
                            .build())
                    .deadLetterConfig(
                        CfnSchedule.DeadLetterConfigProperty.builder()
                            .arn(deadLetterQueue.getQueueArn())
                            .build())
                    .build());
    if (timeZone != null) {
      builder.scheduleExpressionTimezone(timeZone);
    }
    schedules.add(builder.build());
  }

  public Role role() {
    return role;
  }

  public Queue deadLetterQueue() {
    return deadLetterQueue;
  }

  public List<CfnSchedule> schedules() {
    return List.copyOf(schedules);
  }
}
