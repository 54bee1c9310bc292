package com.oom.handlers.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Jenny's webhook signature: {@code x-jenny-signature: v1=<hex HMAC-SHA256(secret, timestamp + "."
 * + raw body)>} with {@code x-jenny-timestamp} in epoch seconds. Several {@code v1=} entries
 * (comma-separated, as during a secret rotation) are accepted if any matches. Signatures are
 * compared in constant time; the timestamp is checked only once the signature holds, so a caller
 * without the secret learns nothing but "invalid".
 */
final class JennySignature {
  static final Duration TOLERANCE = Duration.ofMinutes(5);
  private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");
  private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
  private static final String ALGORITHM = "HmacSHA256";

  enum Verdict {
    VALID,
    MISSING,
    MALFORMED,
    MISMATCH,
    STALE
  }

  private final SecretKeySpec key;

  JennySignature(String secret) {
    if (secret == null || secret.length() < 16) {
      throw new IllegalStateException("the Jenny webhook secret must be at least 16 characters");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  Verdict verify(String timestamp, String signature, byte[] rawBody, Instant now) {
    if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
      return Verdict.MISSING;
    }
    String ts = timestamp.strip();
    if (!TIMESTAMP.matcher(ts).matches()) {
      return Verdict.MALFORMED;
    }
    byte[] expected = sign(ts, rawBody);
    boolean anyWellFormed = false;
    boolean matched = false;
    for (String entry : signature.split(",")) {
      String candidate = entry.strip();
      if (!candidate.startsWith("v1=")) {
        continue;
      }
      String hex = candidate.substring(3);
      if (!HEX_SHA256.matcher(hex).matches()) {
        continue;
      }
      anyWellFormed = true;
      // every entry is compared, so the time taken does not depend on which one matches
      matched |= MessageDigest.isEqual(expected, HexFormat.of().parseHex(hex));
    }
    if (!anyWellFormed) {
      return Verdict.MALFORMED;
    }
    if (!matched) {
      return Verdict.MISMATCH;
    }
    Instant sentAt = Instant.ofEpochSecond(Long.parseLong(ts));
    if (Duration.between(sentAt, now).abs().compareTo(TOLERANCE) > 0) {
      return Verdict.STALE;
    }
    return Verdict.VALID;
  }

  /** {@code v1=<hex>} for this timestamp and body: what Jenny sends (and what tests sign with). */
  String header(String timestamp, byte[] rawBody) {
    return "v1=" + HexFormat.of().formatHex(sign(timestamp, rawBody));
  }

  private byte[] sign(String timestamp, byte[] rawBody) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '.');
      return mac.doFinal(rawBody);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
