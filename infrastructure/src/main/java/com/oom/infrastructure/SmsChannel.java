package com.oom.infrastructure;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.smsvoice.CfnConfigurationSet;
import software.amazon.awscdk.services.smsvoice.CfnOptOutList;
import software.amazon.awscdk.services.smsvoice.CfnPhoneNumber;
import software.amazon.awscdk.services.smsvoice.CfnPool;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.SqsSubscription;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * End User Messaging SMS, as far as CloudFormation reaches ({@code AWS::SMSVOICE::*}): the
 * configuration set with a CloudWatch Logs event destination for delivery events, an opt-out list,
 * the SNS topic two-way SMS publishes guests' replies to (subscribed by {@code oom-sms-inbound}),
 * and — when the stage says {@code smsPool: create} — a Canadian long-code phone number with
 * two-way SMS on that topic, in a pool of its own. Otherwise the stage names an existing pool (see
 * the README for what to set on it by hand).
 *
 * <p>Opt-outs are self-managed: the SMS inbound function answers HELP and records STOP / ARRET in
 * the table; End User Messaging answering too would text the guest twice.
 */
public final class SmsChannel extends Construct {
  static final String HELP_MESSAGE =
      "Order updates from your furniture store. Msg&data rates may apply. Reply STOP to opt out."
          + " / Mises a jour de votre commande. Repondez ARRET pour vous desabonner.";
  static final String STOP_MESSAGE =
      "You will no longer receive order texts. / Vous ne recevrez plus de textos sur votre"
          + " commande.";

  private final Topic inboundTopic;
  private final CfnConfigurationSet configurationSet;
  private final String poolId;
  private final List<String> sendTextResources = new ArrayList<>();

  public SmsChannel(
      Construct scope, String id, StageConfig config, IQueue inboundQueue, IKey topicKey) {
    super(scope, id);
    boolean prod = config.stage().isProduction();

    LogGroup events =
        LogGroup.Builder.create(this, "DeliveryEvents")
            .logGroupName("/oom/" + config.stage().id() + "/sms-delivery-events")
            .retention(prod ? RetentionDays.SIX_MONTHS : RetentionDays.ONE_MONTH)
            .removalPolicy(prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
            .build();
    Role eventsRole =
        Role.Builder.create(this, "DeliveryEventsRole")
            .assumedBy(
                ServicePrincipal.Builder.create("sms-voice.amazonaws.com")
                    .conditions(
                        java.util.Map.of(
                            "StringEquals",
                            java.util.Map.of("aws:SourceAccount", Stack.of(this).getAccount())))
                    .build())
            .description("End User Messaging SMS writes delivery events to their log group")
            .build();
    eventsRole.addToPolicy(
        PolicyStatement.Builder.create()
            .actions(
                List.of("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"))
            .resources(List.of(events.getLogGroupArn()))
            .build());

    configurationSet =
        CfnConfigurationSet.Builder.create(this, "ConfigurationSet")
            .configurationSetName(config.smsConfigurationSet())
            .eventDestinations(
                List.of(
                    CfnConfigurationSet.EventDestinationProperty.builder()
                        .eventDestinationName("delivery-events-to-logs")
                        .enabled(true)
                        .matchingEventTypes(List.of("TEXT_ALL"))
                        .cloudWatchLogsDestination(
                            CfnConfigurationSet.CloudWatchLogsDestinationProperty.builder()
                                .iamRoleArn(eventsRole.getRoleArn())
                                .logGroupArn(events.getLogGroupArn())
                                .build())
                        .build()))
            .build();
    configurationSet.getNode().addDependency(eventsRole);

    CfnOptOutList optOutList =
        CfnOptOutList.Builder.create(this, "OptOutList")
            .optOutListName("oom-" + config.stage().id())
            .build();

    inboundTopic =
        Topic.Builder.create(this, "InboundTopic")
            .topicName("oom-sms-inbound-" + config.stage().id())
            .displayName("OOM two-way SMS replies")
            .masterKey(topicKey)
            .enforceSsl(true)
            .build();
    inboundTopic.addToResourcePolicy(
        PolicyStatement.Builder.create()
            .sid("EndUserMessagingPublishesReplies")
            .principals(List.of(new ServicePrincipal("sms-voice.amazonaws.com")))
            .actions(List.of("sns:Publish"))
            .resources(List.of(inboundTopic.getTopicArn()))
            .conditions(
                java.util.Map.of(
                    "StringEquals",
                    java.util.Map.of("aws:SourceAccount", Stack.of(this).getAccount())))
            .build());
    inboundTopic.addSubscription(SqsSubscription.Builder.create(inboundQueue).build());

    Stack stack = Stack.of(this);
    sendTextResources.add(configurationSet.getAttrArn());
    if (config.createsSmsPool()) {
      CfnPhoneNumber number =
          CfnPhoneNumber.Builder.create(this, "PhoneNumber")
              .isoCountryCode("CA")
              .numberType("LONG_CODE")
              .numberCapabilities(List.of("SMS"))
              .mandatoryKeywords(
                  CfnPhoneNumber.MandatoryKeywordsProperty.builder()
                      .help(
                          CfnPhoneNumber.MandatoryKeywordProperty.builder()
                              .message(HELP_MESSAGE)
                              .build())
                      .stop(
                          CfnPhoneNumber.MandatoryKeywordProperty.builder()
                              .message(STOP_MESSAGE)
                              .build())
                      .build())
              .selfManagedOptOutsEnabled(true)
              .optOutListName(optOutList.getRef())
              .twoWay(
                  CfnPhoneNumber.TwoWayProperty.builder()
                      .enabled(true)
                      .channelArn(inboundTopic.getTopicArn())
                      .build())
              .deletionProtectionEnabled(prod)
              .build();
      number.getNode().addDependency(inboundTopic);
      CfnPool pool =
          CfnPool.Builder.create(this, "Pool")
              .originationIdentities(List.of(number.getAttrArn()))
              .mandatoryKeywords(
                  CfnPool.MandatoryKeywordsProperty.builder()
                      .help(
                          CfnPool.MandatoryKeywordProperty.builder().message(HELP_MESSAGE).build())
                      .stop(
                          CfnPool.MandatoryKeywordProperty.builder().message(STOP_MESSAGE).build())
                      .build())
              .selfManagedOptOutsEnabled(true)
              .optOutListName(optOutList.getRef())
              .sharedRoutesEnabled(false)
              .deletionProtectionEnabled(prod)
              .build();
      poolId = pool.getAttrPoolId();
      sendTextResources.add(pool.getAttrArn());
      sendTextResources.add(number.getAttrArn());
    } else {
      poolId = config.smsPool();
      sendTextResources.add(
          stack.formatArn(
              ArnComponents.builder()
                  .service("sms-voice")
                  .resource("pool")
                  .resourceName(poolId)
                  .arnFormat(ArnFormat.SLASH_RESOURCE_NAME)
                  .build()));
    }
  }

  public Topic inboundTopic() {
    return inboundTopic;
  }

  /** {@code OOM_SMS_POOL_ID}. */
  public String poolId() {
    return poolId;
  }

  /** {@code OOM_SMS_CONFIGURATION_SET}. */
  public String configurationSetName() {
    return configurationSet.getRef();
  }

  /** What sms-voice:SendTextMessage is allowed on: the configuration set, the pool (and number). */
  public List<String> sendTextResources() {
    return List.copyOf(sendTextResources);
  }
}
