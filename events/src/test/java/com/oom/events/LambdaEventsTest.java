package com.oom.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LambdaEventsTest {

  static List<String> sqsEvents() {
    return Contracts.lambdaEvents("sqs");
  }

  static List<String> schedulerEvents() {
    return Contracts.lambdaEvents("scheduler");
  }

  static List<String> httpEvents() {
    return Contracts.lambdaEvents("http");
  }

  @Test
  void thereIsAnSqsEventForEveryQueueAHandlerReads() {
    assertThat(sqsEvents())
        .containsExactlyInAnyOrder(
            "lambda/sqs/oom-confirmations.json",
            "lambda/sqs/oom-order-feed.json",
            "lambda/sqs/oom-sms-inbound.json",
            "lambda/sqs/oom-sms-requests.json");
  }

  @ParameterizedTest
  @MethodSource("sqsEvents")
  void sqsEventsLoadAsLambdaDeliversThem(String resource) {
    SQSEvent event = EventLoader.loadSQSEvent(resource);

    assertThat(event.getRecords()).hasSizeGreaterThanOrEqualTo(2);
    for (SQSMessage message : event.getRecords()) {
      assertThat(message.getEventSource()).isEqualTo("aws:sqs");
      assertThat(message.getEventSourceArn()).startsWith("arn:aws:sqs:ca-central-1:123456789012:");
      assertThat(message.getAwsRegion()).isEqualTo("ca-central-1");
      assertThat(message.getMessageId()).isNotBlank();
      assertThat(message.getReceiptHandle()).isNotBlank();
      assertThat(message.getAttributes()).containsKeys("ApproximateReceiveCount", "SentTimestamp");
      assertThat(message.getMd5OfBody()).isEqualTo(md5(message.getBody()));
    }
    assertThat(event.getRecords().stream().map(SQSMessage::getMessageId).distinct())
        .hasSize(event.getRecords().size());
  }

  @ParameterizedTest
  @MethodSource("schedulerEvents")
  void schedulerInputsLoadAndFollowTheScheduledJobSchema(String resource) {
    @SuppressWarnings("unchecked")
    Map<String, Object> input = EventLoader.loadEvent(resource, Map.class);

    assertThat(input).containsKey("job");
    assertThat(SchemaValidator.validate(Contracts.SCHEDULED_JOB, Contracts.read(resource)))
        .isEmpty();
  }

  @Test
  void schedulerInputsCoverTheSweepAndBothPhasesOfTheDailyPlan() {
    assertThat(schedulerEvents())
        .containsExactlyInAnyOrder(
            "lambda/scheduler/timer-sweep.json",
            "lambda/scheduler/daily-plan-start-of-day-101.json",
            "lambda/scheduler/daily-plan-end-of-day-101.json");
  }

  @ParameterizedTest
  @MethodSource("httpEvents")
  void httpApiEventsLoadWithTheCallersJwtClaims(String resource) {
    APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(resource);

    assertThat(event.getVersion()).isEqualTo("2.0");
    assertThat(event.getRouteKey()).isEqualTo("GET /orders/{orderId}");
    String orderId = event.getPathParameters().get("orderId");
    assertThat(event.getRawPath()).isEqualTo("/orders/" + orderId);
    assertThat(event.getRequestContext().getHttp().getMethod()).isEqualTo("GET");
    assertThat(event.getHeaders().get("authorization")).startsWith("Bearer ");
    Map<String, String> claims = event.getRequestContext().getAuthorizer().getJwt().getClaims();
    assertThat(claims.get("sub")).isNotBlank();
    assertThat(claims.get("groups")).matches("\\[[a-z0-9-]+( [a-z0-9-]+)*]");
  }

  private static String md5(String body) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
