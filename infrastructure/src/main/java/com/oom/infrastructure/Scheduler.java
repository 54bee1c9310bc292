package com.oom.infrastructure;

import com.oom.catalogue.Schedules;
import com.oom.catalogue.SuiteFunction;
import com.oom.catalogue.SuiteSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * EventBridge Scheduler: every schedule of the catalogue ({@link Schedules#all}), the daily plans
 * in each store's own time zone ({@code ScheduleExpressionTimezone}). Each schedule retries, then
 * gives up to a DLQ.
 */
public final class Scheduler extends Construct {
  private final Role role;
  private final Queue deadLetterQueue;
  private final CfnScheduleGroup group;
  private final List<CfnSchedule> schedules = new ArrayList<>();

  public Scheduler(
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

    Map<SuiteFunction, IFunction> targets =
        Map.of(SuiteFunction.TIMER_SWEEP, sweep, SuiteFunction.DAILY_PLAN, dailyPlan);
    for (SuiteSchedule schedule : Schedules.all(config.stores())) {
      IFunction target = targets.get(schedule.target());
      if (target == null) {
        throw new IllegalStateException(schedule.name() + " targets " + schedule.target());
      }
      add(schedule, target);
    }
  }

  /** Construct ids as they were before the catalogue, so a deploy updates rather than replaces. */
  private static String constructId(SuiteSchedule schedule) {
    return schedule.storeId() == null
        ? "TimerSweep"
        : "DailyPlan" + schedule.storeId() + SuiteQueues.logicalId(schedule.name());
  }

  private void add(SuiteSchedule schedule, IFunction target) {
    CfnSchedule.Builder builder =
        CfnSchedule.Builder.create(this, constructId(schedule))
            .name(schedule.name())
            .groupName(group.getRef())
            .scheduleExpression(schedule.expression())
            .flexibleTimeWindow(
                CfnSchedule.FlexibleTimeWindowProperty.builder().mode("OFF").build())
            .state("ENABLED")
            .target(
                CfnSchedule.TargetProperty.builder()
                    .arn(target.getFunctionArn())
                    .roleArn(role.getRoleArn())
                    .input(schedule.input())
                    .retryPolicy(
                        CfnSchedule.RetryPolicyProperty.builder()
                            .maximumRetryAttempts(Schedules.MAX_RETRIES)
                            .maximumEventAgeInSeconds(schedule.maxEventAge().toSeconds())
                            .build())
                    .deadLetterConfig(
                        CfnSchedule.DeadLetterConfigProperty.builder()
                            .arn(deadLetterQueue.getQueueArn())
                            .build())
                    .build());
    if (schedule.rate() == null) {
      builder.scheduleExpressionTimezone(schedule.zone().getId());
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
