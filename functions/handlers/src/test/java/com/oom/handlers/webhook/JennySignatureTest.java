package com.oom.handlers.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.handlers.webhook.JennySignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JennySignatureTest {
  private static final String SECRET = "whsec_test_0123456789abcdef";
  private static final byte[] BODY = "{\"eventId\":\"evt-1\"}".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.ofEpochSecond(1_796_054_400L);

  /** Computed independently: python3 hmac.new(secret, b"1796054400." + body, sha256). */
  private static final String KNOWN =
      "v1=98a3c6dfd2262d1cc14bc97ec2d456adaf7e0608bd19b4eda72ac2bf471aa4e0";

  private final JennySignature signature = new JennySignature(SECRET);

  @Test
  void a_signature_computed_elsewhere_over_timestamp_dot_body_is_valid() {
    assertThat(signature.header("1796054400", BODY)).isEqualTo(KNOWN);
    assertThat(signature.verify("1796054400", KNOWN, BODY, NOW)).isEqualTo(Verdict.VALID);
    assertThat(signature.verify("1796054400", KNOWN.toUpperCase().replace("V1=", "v1="), BODY, NOW))
        .isEqualTo(Verdict.VALID);
  }

  @Test
  void any_matching_v1_entry_is_enough_during_a_secret_rotation() {
    String rotated = "v0=abc, v1=" + "0".repeat(64) + ", " + KNOWN;

    assertThat(signature.verify("1796054400", rotated, BODY, NOW)).isEqualTo(Verdict.VALID);
  }

  @Test
  void a_changed_body_timestamp_or_secret_does_not_match() {
    byte[] tampered = "{\"eventId\":\"evt-2\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(signature.verify("1796054400", KNOWN, tampered, NOW)).isEqualTo(Verdict.MISMATCH);
    assertThat(signature.verify("1796054401", KNOWN, BODY, NOW)).isEqualTo(Verdict.MISMATCH);
    assertThat(
            new JennySignature("another-secret-of-some-length")
                .verify("1796054400", KNOWN, BODY, NOW))
        .isEqualTo(Verdict.MISMATCH);
  }

  @Test
  void a_timestamp_more_than_five_minutes_away_either_way_is_stale() {
    String early = signature.header("1796054099", BODY);
    String late = signature.header("1796054701", BODY);
    String edge = signature.header("1796054100", BODY);

    assertThat(signature.verify("1796054099", early, BODY, NOW)).isEqualTo(Verdict.STALE);
    assertThat(signature.verify("1796054701", late, BODY, NOW)).isEqualTo(Verdict.STALE);
    assertThat(signature.verify("1796054100", edge, BODY, NOW)).isEqualTo(Verdict.VALID);
  }

  @Test
  void missing_or_malformed_headers_are_refused() {
    assertThat(signature.verify(null, KNOWN, BODY, NOW)).isEqualTo(Verdict.MISSING);
    assertThat(signature.verify("1796054400", " ", BODY, NOW)).isEqualTo(Verdict.MISSING);
    assertThat(signature.verify("2026-11-30T16:00:00Z", KNOWN, BODY, NOW))
        .isEqualTo(Verdict.MALFORMED);
    assertThat(signature.verify("1796054400", "sha256=abc", BODY, NOW))
        .isEqualTo(Verdict.MALFORMED);
    assertThat(signature.verify("1796054400", "v1=xyz", BODY, NOW)).isEqualTo(Verdict.MALFORMED);
  }

  @Test
  void a_short_secret_is_refused_at_start() {
    assertThatThrownBy(() -> new JennySignature("short")).isInstanceOf(IllegalStateException.class);
  }
}
