package com.oom.aws.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.oom.aws.client.AwsClients;
import com.oom.aws.client.AwsSettings;
import com.oom.core.order.PhoneNumber;
import com.oom.core.port.SmsGateway;
import com.oom.core.port.SmsGateway.SendResult;
import com.oom.tooling.metering.RequestCounter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real SDK client against WireMock speaking the AWS JSON 1.0 protocol of End User Messaging SMS
 * v2. WireMock answers every attempt the same way, so the request counts below document what the
 * SDK's default retry policy does before the gateway sees the outcome.
 */
class EndUserMessagingSmsGatewayIT {

  @RegisterExtension
  static final WireMockExtension sms =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String TARGET = "PinpointSMSVoiceV2.SendTextMessage";
  private static final String POOL = "pool-0123456789abcdef0123456789abcdef";
  private static final String CONFIGURATION_SET = "oom-transactional";
  private static final PhoneNumber GUEST = new PhoneNumber("+12045550142");
  private static final String BODY =
      "Hi Dana, your sofa from Winnipeg West arrives Tue May 19, 9-12. Reply C to confirm.";
  private static final String ORDER_ID = "ORD-2026-001001";
  private static final String TOUCH_POINT = "APPOINTMENT_REMINDER";

  /** The SDK's attempts for an error it retries: the first and three retries (legacy mode). */
  private static final int ATTEMPTS_WHEN_RETRIED = 4;

  private final RequestCounter counter = new RequestCounter();
  private SmsSettings settings;
  private AwsClients clients;
  private SmsGateway gateway;

  @BeforeEach
  void wireTheAdapterToWireMock() {
    URI endpoint = URI.create(sms.baseUrl());
    settings =
        new SmsSettings(
            POOL, CONFIGURATION_SET, SmsSettings.DEFAULT_TIME_TO_LIVE, Optional.of(endpoint));
    clients = new AwsClients(AwsSettings.emulator(endpoint), List.of(counter));
    gateway = SmsAdapters.endUserMessaging(clients, settings);
  }

  @Test
  void sends_one_transactional_text_from_the_pool_with_order_context_and_a_day_to_live() {
    sms.stubFor(post("/").willReturn(json(200, "{\"MessageId\":\"m-1\"}")));

    gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    sms.verify(
        1,
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo(TARGET))
            .withHeader("Content-Type", equalTo("application/x-amz-json-1.0"))
            .withHeader(
                "Authorization",
                matching("AWS4-HMAC-SHA256 Credential=testing/\\d{8}/us-east-1/sms-voice/.*"))
            .withRequestBody(
                equalToJson(
                    """
                    {
                      "DestinationPhoneNumber": "+12045550142",
                      "OriginationIdentity": "%s",
                      "MessageBody": "%s",
                      "MessageType": "TRANSACTIONAL",
                      "ConfigurationSetName": "%s",
                      "Context": {"orderId": "%s", "touchPoint": "%s"},
                      "TimeToLive": 86400
                    }
                    """
                        .formatted(POOL, BODY, CONFIGURATION_SET, ORDER_ID, TOUCH_POINT))));
  }

  @Test
  void time_to_live_comes_from_the_settings_in_seconds() {
    sms.stubFor(post("/").willReturn(json(200, "{\"MessageId\":\"m-2\"}")));
    var fourHours =
        new SmsSettings(POOL, CONFIGURATION_SET, Duration.ofHours(4), settings.endpoint());

    SmsAdapters.endUserMessaging(clients, fourHours).send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    sms.verify(
        postRequestedFor(urlEqualTo("/"))
            .withRequestBody(equalToJson("{\"TimeToLive\": 14400}", true, true)));
  }

  @Test
  void success_is_sent_with_the_message_id_from_the_response() {
    sms.stubFor(
        post("/")
            .willReturn(json(200, "{\"MessageId\":\"6a7c1f0e-3b7d-4d0a-9a57-2f5e8c1d9b20\"}")));

    SendResult result = gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    assertThat(result).isEqualTo(new SendResult.Sent("6a7c1f0e-3b7d-4d0a-9a57-2f5e8c1d9b20"));
    assertThat(counter.snapshot()).containsOnlyKeys("PinpointSmsVoiceV2.SendTextMessage");
  }

  @Test
  void conflict_because_the_destination_opted_out_is_opted_out_without_retrying() {
    sms.stubFor(
        post("/").willReturn(conflict("DESTINATION_PHONE_NUMBER_OPTED_OUT", "opt-out-list")));

    SendResult result = gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    assertThat(result).isEqualTo(new SendResult.OptedOut());
    assertThat(requestsReceived()).isEqualTo(1);
  }

  @Test
  void any_other_conflict_is_rejected_with_its_reason() {
    sms.stubFor(post("/").willReturn(conflict("MESSAGE_TYPE_MISMATCH", "pool")));

    SendResult result = gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    assertThat(result)
        .isEqualTo(new SendResult.Rejected("ConflictException (HTTP 400): MESSAGE_TYPE_MISMATCH"));
  }

  @Test
  void throttling_is_retryable_after_the_sdk_retried_it_itself() {
    sms.stubFor(post("/").willReturn(error(400, "ThrottlingException", "")));

    SendResult result = gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    assertThat(result).isEqualTo(new SendResult.Retryable("ThrottlingException (HTTP 400)"));
    assertThat(requestsReceived()).isEqualTo(ATTEMPTS_WHEN_RETRIED);
    assertThat(counter.count("PinpointSmsVoiceV2.SendTextMessage")).isEqualTo(1);
  }

  @Test
  void internal_server_error_is_retryable_after_the_sdk_retried_it_itself() {
    sms.stubFor(post("/").willReturn(error(500, "InternalServerException", "")));

    SendResult result = gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    assertThat(result).isEqualTo(new SendResult.Retryable("InternalServerException (HTTP 500)"));
    assertThat(requestsReceived()).isEqualTo(ATTEMPTS_WHEN_RETRIED);
  }

  @Test
  void an_unmodelled_5xx_is_retryable() {
    sms.stubFor(post("/").willReturn(error(503, "ServiceUnavailableException", "")));

    SendResult result = gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    assertThat(result)
        .isEqualTo(new SendResult.Retryable("ServiceUnavailableException (HTTP 503)"));
    assertThat(requestsReceived()).isEqualTo(ATTEMPTS_WHEN_RETRIED);
  }

  @Test
  void service_quota_exceeded_is_retryable_with_the_quota_and_not_retried_by_the_sdk() {
    sms.stubFor(
        post("/")
            .willReturn(
                error(
                    400,
                    "ServiceQuotaExceededException",
                    ",\"Reason\":\"MONTHLY_SPEND_LIMIT_REACHED\"")));

    SendResult result = gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    assertThat(result)
        .isEqualTo(
            new SendResult.Retryable(
                "ServiceQuotaExceededException (HTTP 400): MONTHLY_SPEND_LIMIT_REACHED"));
    assertThat(requestsReceived()).isEqualTo(1);
  }

  @Test
  void a_reset_connection_is_retryable_after_the_sdk_retried_it_itself() {
    sms.stubFor(post("/").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    SendResult result = gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    assertThat(result).isInstanceOf(SendResult.Retryable.class);
    assertThat(((SendResult.Retryable) result).reason()).startsWith("SdkClientException");
    assertThat(requestsReceived()).isEqualTo(ATTEMPTS_WHEN_RETRIED);
  }

  @Test
  void a_garbled_response_is_retryable_and_not_retried_by_the_sdk() {
    sms.stubFor(post("/").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));

    SendResult result = gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    assertThat(result).isEqualTo(new SendResult.Retryable("UncheckedIOException (IOException)"));
    assertThat(requestsReceived()).isEqualTo(1);
  }

  @Test
  void an_answer_slower_than_the_call_timeout_is_retryable() {
    sms.stubFor(post("/").willReturn(json(200, "{\"MessageId\":\"late\"}").withFixedDelay(3_000)));
    var impatient =
        new EndUserMessagingSmsGateway(
            clients.sms(settings.endpoint()), settings, Duration.ofMillis(300));

    long started = System.nanoTime();
    SendResult result = impatient.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(result).isEqualTo(new SendResult.Retryable("ApiCallTimeoutException"));
    assertThat(took).isLessThan(Duration.ofSeconds(2));
    assertThat(requestsReceived()).isEqualTo(1);
  }

  @Test
  void validation_failure_is_rejected_with_the_reason_and_the_field_names_only() {
    sms.stubFor(
        post("/")
            .willReturn(
                error(
                    400,
                    "ValidationException",
                    ",\"Reason\":\"INVALID_PARAMETER\",\"Fields\":[{\"Name\":"
                        + "\"DestinationPhoneNumber\",\"Message\":\"'+12045550142' is invalid\"}]")));

    SendResult result = gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    assertThat(result)
        .isEqualTo(
            new SendResult.Rejected(
                "ValidationException (HTTP 400): INVALID_PARAMETER [DestinationPhoneNumber]"));
    assertThat(requestsReceived()).isEqualTo(1);
  }

  @Test
  void access_denied_is_retryable_so_texts_wait_for_the_configuration_fix() {
    sms.stubFor(
        post("/")
            .willReturn(error(400, "AccessDeniedException", ",\"Reason\":\"ACCOUNT_DISABLED\"")));

    SendResult result = gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    assertThat(result)
        .isEqualTo(new SendResult.Retryable("AccessDeniedException (HTTP 400): ACCOUNT_DISABLED"));
  }

  @Test
  void an_unknown_pool_or_configuration_set_is_retryable() {
    sms.stubFor(
        post("/")
            .willReturn(
                error(
                    400,
                    "ResourceNotFoundException",
                    ",\"ResourceType\":\"pool\",\"ResourceId\":\"" + POOL + "\"")));

    SendResult result = gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    assertThat(result)
        .isEqualTo(new SendResult.Retryable("ResourceNotFoundException (HTTP 400): pool"));
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("throttling", error(400, "ThrottlingException", "")),
        Arguments.of("internal error", error(500, "InternalServerException", "")),
        Arguments.of("unmodelled 502", error(502, "BadGateway", "")),
        Arguments.of(
            "validation",
            error(
                400,
                "ValidationException",
                ",\"Reason\":\"OTHER\",\"Fields\":[{\"Name\":\"MessageBody\",\"Message\":\""
                    + BODY
                    + "\"}]")),
        Arguments.of("conflict", conflict("KEYWORD_MISMATCH", GUEST.value())),
        Arguments.of("not found", error(400, "ResourceNotFoundException", "")),
        Arguments.of("unmodelled 403", error(403, "UnrecognizedClientException", "")),
        Arguments.of("reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        Arguments.of("garbage", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void reasons_never_carry_the_phone_number_or_the_body(
      String failure, ResponseDefinitionBuilder response) {
    sms.stubFor(post("/").willReturn(response));

    SendResult result = gateway.send(GUEST, BODY, ORDER_ID, TOUCH_POINT);

    String reason =
        switch (result) {
          case SendResult.Retryable r -> r.reason();
          case SendResult.Rejected r -> r.reason();
          default -> throw new AssertionError(failure + " was mapped to " + result);
        };
    assertThat(reason)
        .isNotBlank()
        .doesNotContain(GUEST.value())
        .doesNotContain(GUEST.value().substring(1))
        .doesNotContain("5550142")
        .doesNotContain(BODY)
        .doesNotContain("sofa");
  }

  private static int requestsReceived() {
    return sms.findAll(postRequestedFor(urlEqualTo("/"))).size();
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/x-amz-json-1.0")
        .withBody(body);
  }

  /**
   * An AWS JSON 1.0 error. The free-text Message deliberately echoes the number and the body, as
   * real services do for some validation errors; the gateway must not pass it on.
   */
  private static ResponseDefinitionBuilder error(int status, String type, String members) {
    return json(
        status,
        "{\"__type\":\""
            + type
            + "\",\"Message\":\"cannot send '"
            + BODY
            + "' to "
            + GUEST.value()
            + "\""
            + members
            + "}");
  }

  private static ResponseDefinitionBuilder conflict(String reason, String resourceId) {
    return error(
        400,
        "ConflictException",
        ",\"Reason\":\""
            + reason
            + "\",\"ResourceType\":\"opt-out-list\",\"ResourceId\":\""
            + resourceId
            + "\"");
  }
}
