package com.oom.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.json.ApiJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for the local API, signed HS256 with a key made at start-up; what API Gateway's JWT
 * authorizer does on AWS (issuer, audience, expiry, signature) is checked here before a request
 * reaches the function, which then sees the claims exactly as the authorizer passes them.
 */
final class LocalJwt {
  static final String ISSUER = "oom-local";
  static final String AUDIENCE = "oom-api";
  private static final Duration VALIDITY = Duration.ofDays(60);
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key = new byte[32];
  private final Clock clock;

  LocalJwt(Clock clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(key);
  }

  String issue(String subject, List<String> groups) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", subject);
    claims.put("groups", groups);
    claims.put("iss", ISSUER);
    claims.put("aud", AUDIENCE);
    long now = clock.instant().getEpochSecond();
    claims.put("iat", now);
    claims.put("exp", now + VALIDITY.toSeconds());
    String header = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    String payload = encode(ApiJson.write(claims));
    return header + "." + payload + "." + sign(header + "." + payload);
  }

  /** The claims API Gateway would pass (arrays as "[a b]"), or empty when the token is bad. */
  Optional<Map<String, String>> verify(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      return Optional.empty();
    }
    byte[] expected = sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    try {
      JsonNode claims = ApiJson.mapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
      if (!ISSUER.equals(claims.path("iss").asText())
          || !AUDIENCE.equals(claims.path("aud").asText())
          || claims.path("exp").asLong() < clock.instant().getEpochSecond()) {
        return Optional.empty();
      }
      Map<String, String> out = new LinkedHashMap<>();
      claims
          .fields()
          .forEachRemaining(
              field -> {
                JsonNode value = field.getValue();
                if (value.isArray()) {
                  List<String> items = new java.util.ArrayList<>();
                  value.forEach(v -> items.add(v.asText()));
                  out.put(field.getKey(), "[" + String.join(" ", items) + "]");
                } else {
                  out.put(field.getKey(), value.asText());
                }
              });
      return Optional.of(out);
    } catch (java.io.IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private String sign(String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return ENCODER.encodeToString(mac.doFinal(content.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String json) {
    return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
