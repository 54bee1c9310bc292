package com.oom.handlers.api;

import com.oom.handlers.http.HttpProblem;
import com.oom.handlers.http.Problem;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code cursor} of {@code GET /worklists/{kind}}: where the page before ended, for one list
 * and one scope (a store, every store, or a store's staff's stores). Opaque to clients: the payload
 * {@code 1|<list>|<scope>|<rank>} in base64url, a dot, and its HMAC-SHA256 under the function's key
 * in base64url. A cursor that does not verify, does not read, or was issued for another list or
 * another scope than the request's is a 400 {@code invalid-cursor} naming {@code cursor}. It grants
 * nothing: who may read what is checked from the request every time.
 */
public final class WorkListCursors {
  /** Keys shorter than SHA-256's output would weaken the MAC. */
  public static final int MIN_KEY_BYTES = 32;

  /** Far above any cursor issued (a rank is 35 characters and the order id). */
  static final int MAX_CURSOR_CHARS = 1024;

  private static final String VERSION = "1";
  private static final String NOT_ISSUED =
      "not one this API issued, or altered; pass the nextCursor of the page before as it is";
  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  /**
   * @param key the secret (at least {@link #MIN_KEY_BYTES} bytes of UTF-8)
   */
  public WorkListCursors(String key) {
    if (key == null || key.getBytes(StandardCharsets.UTF_8).length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the work-list cursor key must have at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    mac(new byte[0]); // the provider is loaded and the key checked at start, not on a request
  }

  /** The cursor of the page after {@code rank} on {@code list} in {@code scope}. */
  public String issue(String list, String scope, String rank) {
    byte[] payload = String.join("|", VERSION, list, scope, rank).getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
  }

  /**
   * The rank the page after {@code cursor} starts after, if the cursor is one this key issued for
   * this list and scope; else a 400 {@code invalid-cursor}.
   */
  public String rankAfter(String cursor, String list, String scope) {
    String[] parts = cursor.length() > MAX_CURSOR_CHARS ? new String[0] : cursor.split("\\.", -1);
    if (parts.length != 2) {
      throw invalid(NOT_ISSUED);
    }
    byte[] payload = decoded(parts[0]);
    if (!MessageDigest.isEqual(mac(payload), decoded(parts[1]))) {
      throw invalid(NOT_ISSUED);
    }
    String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\|", 4);
    if (fields.length != 4 || !fields[0].equals(VERSION) || fields[3].isEmpty()) {
      throw invalid(NOT_ISSUED);
    }
    if (!fields[1].equals(list)) {
      throw invalid("issued for another list; ask this one without a cursor");
    }
    if (!fields[2].equals(scope)) {
      throw invalid("issued for other stores; ask these without a cursor");
    }
    return fields[3];
  }

  private static byte[] decoded(String part) {
    try {
      return DECODER.decode(part);
    } catch (IllegalArgumentException notBase64) {
      throw invalid(NOT_ISSUED);
    }
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static HttpProblem invalid(String why) {
    return new HttpProblem(Problem.INVALID_CURSOR, "cursor: " + why, "cursor", Map.of());
  }
}
