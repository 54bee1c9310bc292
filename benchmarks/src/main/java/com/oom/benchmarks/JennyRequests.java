package com.oom.benchmarks;

import com.oom.catalogue.Routes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook's sample: an API Gateway HTTP API event for {@code POST /webhooks/jenny}, signed as
 * Jenny signs ({@code x-jenny-signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>})
 * with {@link #TEST_SECRET}, which the harness gives the function as {@code OOM_JENNY_SECRET}. It
 * is built in the parent JVM just before each launch (a fresh timestamp inside the 5-minute
 * tolerance and a fresh eventId, so no run is refused as a replay), and written under {@code
 * …/events/http/} where {@link InvokeOnce} reads it with the runtime's serializer like the other
 * HTTP samples.
 */
final class JennyRequests {
  /** The event name in {@link ColdStart#CASES}: generated per run, not a stored sample. */
  static final String GENERATED = "generated:jenny-webhook";

  static final String TEST_SECRET = "whsec_bench_jenny_secret_0123456789";

  private JennyRequests() {}

  static Path signedEvent(Path dir) throws IOException {
    Instant now = Instant.now();
    String eventId = "jenny-bench-" + UUID.randomUUID();
    String body =
        "{\"eventId\":\""
            + eventId
            + "\",\"occurredAt\":\""
            + now.minusSeconds(30).toString().replaceAll("\\.\\d+Z$", "Z")
            + "\",\"orderId\":\"SO-101-48213\",\"appointmentDate\":\"2026-12-08\","
            + "\"result\":\"CONFIRMED\",\"phone\":\"+12045550142\",\"channel\":\"SMS\"}";
    String timestamp = Long.toString(now.getEpochSecond());
    String event =
        """
        {
          "version": "2.0",
          "routeKey": "{{ROUTE_KEY}}",
          "rawPath": "{{PATH}}",
          "rawQueryString": "",
          "headers": {
            "content-type": "application/json",
            "host": "oomapi7k2d.execute-api.ca-central-1.amazonaws.com",
            "user-agent": "jenny-webhooks/1.0",
            "x-jenny-timestamp": "%s",
            "x-jenny-signature": "%s",
            "x-forwarded-proto": "https"
          },
          "requestContext": {
            "accountId": "123456789012",
            "apiId": "oomapi7k2d",
            "domainName": "oomapi7k2d.execute-api.ca-central-1.amazonaws.com",
            "http": {
              "method": "POST",
              "path": "{{PATH}}",
              "protocol": "HTTP/1.1",
              "sourceIp": "203.0.113.9",
              "userAgent": "jenny-webhooks/1.0"
            },
            "requestId": "%s",
            "routeKey": "{{ROUTE_KEY}}",
            "stage": "$default",
            "timeEpoch": %d
          },
          "body": "%s",
          "isBase64Encoded": false
        }
        """
            .formatted(
                timestamp,
                "v1=" + HexFormat.of().formatHex(sign(timestamp, body)),
                eventId,
                now.toEpochMilli(),
                body.replace("\"", "\\\""))
            .replace("{{ROUTE_KEY}}", Routes.JENNY_WEBHOOK.routeKey())
            .replace("{{PATH}}", Routes.JENNY_WEBHOOK.path());
    Path file = dir.resolve("http").resolve("jenny-webhook-" + eventId + ".json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, event);
    return file;
  }

  static byte[] sign(String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(TEST_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
