package com.oom.aws.sms;

import com.oom.core.order.PhoneNumber;
import com.oom.core.port.SmsGateway;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.AccessDeniedException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.ConflictException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.ConflictExceptionReason;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.InternalServerException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.MessageType;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.ResourceNotFoundException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageRequest;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageResponse;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.ThrottlingException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.ValidationException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.ValidationExceptionField;

/**
 * Sends one transactional text through AWS End User Messaging SMS ({@code
 * PinpointSMSVoiceV2.SendTextMessage}) and maps what the service says to a {@link SendResult}.
 *
 * <p>The SDK's own retries (throttling, 5xx, I/O errors) run inside one {@link #send} call, bounded
 * as a whole by the call timeout; whatever is still failing after them comes back as {@link
 * SendResult.Retryable} and the core defers the touch point. A timeout or a reset connection is
 * ambiguous (the service may have accepted the text), and SendTextMessage takes no idempotency
 * token: retrying it can, rarely, text the guest twice. Reasons are built from error codes and the
 * service's reason enums only: never from the service's free-text message (which can echo request
 * values), the phone number or the body.
 */
final class EndUserMessagingSmsGateway implements SmsGateway {

  /** Bounds one send, SDK retries and back-off included, well inside a Lambda's timeout. */
  static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);

  private static final int MAX_REASON_LENGTH = 200;

  private final PinpointSmsVoiceV2Client client;
  private final SmsSettings settings;
  private final AwsRequestOverrideConfiguration callTimeout;

  EndUserMessagingSmsGateway(PinpointSmsVoiceV2Client client, SmsSettings settings) {
    this(client, settings, DEFAULT_CALL_TIMEOUT);
  }

  EndUserMessagingSmsGateway(
      PinpointSmsVoiceV2Client client, SmsSettings settings, Duration callTimeout) {
    this.client = Objects.requireNonNull(client, "client");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.callTimeout =
        AwsRequestOverrideConfiguration.builder()
            .apiCallTimeout(Objects.requireNonNull(callTimeout, "callTimeout"))
            .build();
  }

  @Override
  public SendResult send(PhoneNumber to, String body, String orderId, String touchPoint) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(touchPoint, "touchPoint");
    SendTextMessageRequest request =
        SendTextMessageRequest.builder()
            .destinationPhoneNumber(to.value())
            .originationIdentity(settings.originationIdentity())
            .messageBody(body)
            .messageType(MessageType.TRANSACTIONAL)
            .configurationSetName(settings.configurationSetName())
            .context(Map.of("orderId", orderId, "touchPoint", touchPoint))
            .timeToLive(settings.timeToLiveSeconds())
            .overrideConfiguration(callTimeout)
            .build();
    SendResult result;
    try {
      SendTextMessageResponse response = client.sendTextMessage(request);
      String messageId = response.messageId();
      result =
          messageId == null || messageId.isBlank()
              ? new SendResult.Rejected("SendTextMessage answered without a MessageId")
              : new SendResult.Sent(messageId);
    } catch (ConflictException e) {
      result =
          e.reason() == ConflictExceptionReason.DESTINATION_PHONE_NUMBER_OPTED_OUT
              ? new SendResult.OptedOut()
              : new SendResult.Rejected(withReason(e, e.reasonAsString()));
    } catch (ThrottlingException | InternalServerException e) {
      result = new SendResult.Retryable(describe(e));
    } catch (ServiceQuotaExceededException e) {
      result = new SendResult.Retryable(withReason(e, e.reasonAsString()));
    } catch (ValidationException e) {
      result = new SendResult.Rejected(withReason(e, e.reasonAsString()) + fieldNames(e));
    } catch (AccessDeniedException e) {
      // Our configuration (IAM, account) is wrong, not the message: keep it until it is fixed.
      result = new SendResult.Retryable(withReason(e, e.reasonAsString()));
    } catch (ResourceNotFoundException e) {
      result = new SendResult.Retryable(withReason(e, e.resourceTypeAsString()));
    } catch (AwsServiceException e) {
      result =
          e.statusCode() >= 500 || e.isThrottlingException()
              ? new SendResult.Retryable(describe(e))
              : new SendResult.Rejected(describe(e));
    } catch (SdkClientException e) {
      result = new SendResult.Retryable(describe(e));
    } catch (UncheckedIOException e) {
      // The url-connection client throws this, outside the SDK's retries, for a garbled response.
      result = new SendResult.Retryable(describe(e));
    }
    return scrubbed(result, to, body);
  }

  private static String describe(AwsServiceException e) {
    String code =
        e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
            ? e.awsErrorDetails().errorCode()
            : e.getClass().getSimpleName();
    return code + " (HTTP " + e.statusCode() + ")";
  }

  private static String withReason(AwsServiceException e, String reason) {
    return reason == null || reason.isBlank() ? describe(e) : describe(e) + ": " + reason;
  }

  private static String fieldNames(ValidationException e) {
    if (!e.hasFields() || e.fields().isEmpty()) {
      return "";
    }
    return e.fields().stream()
        .map(ValidationExceptionField::name)
        .filter(Objects::nonNull)
        .collect(Collectors.joining(",", " [", "]"));
  }

  /** The exception's class and its root cause's class: "SdkClientException (SocketException)". */
  private static String describe(RuntimeException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String name = e.getClass().getSimpleName();
    return root == e ? name : name + " (" + root.getClass().getSimpleName() + ")";
  }

  /**
   * Reasons go to the SMS log and the audit trail. They are built from codes only; this is the last
   * guard in case a service-supplied code or enum ever echoes the number or the text.
   */
  private static SendResult scrubbed(SendResult result, PhoneNumber to, String body) {
    return switch (result) {
      case SendResult.Retryable r -> new SendResult.Retryable(scrub(r.reason(), to, body));
      case SendResult.Rejected r -> new SendResult.Rejected(scrub(r.reason(), to, body));
      case SendResult.Sent s -> s;
      case SendResult.OptedOut o -> o;
    };
  }

  private static String scrub(String reason, PhoneNumber to, String body) {
    String out = reason.replace(to.value(), to.masked());
    out = out.replace(to.value().substring(1), to.masked());
    if (!body.isBlank()) {
      out = out.replace(body, "<message body>");
    }
    return out.length() <= MAX_REASON_LENGTH ? out : out.substring(0, MAX_REASON_LENGTH);
  }
}
