package com.oom.handlers.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.handlers.http.HttpProblem;
import com.oom.handlers.http.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A work-list cursor reads back only under the key that signed it, unaltered, for the list and the
 * stores it was issued for; anything else is a 400 invalid-cursor naming {@code cursor}.
 */
class WorkListCursorsTest {
  private static final String RANK = "10999999999000000000001764518400000SO-1001";
  private final WorkListCursors cursors = new WorkListCursors(ApiTestbed.CURSOR_KEY);

  /** The cursor with one byte of its payload (part 0) or signature (part 1) flipped. */
  static String flipped(String cursor, int part, int index) {
    String[] parts = cursor.split("\\.");
    byte[] bytes = Base64.getUrlDecoder().decode(parts[part]);
    bytes[index % bytes.length] ^= 0x01;
    parts[part] = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return parts[0] + "." + parts[1];
  }

  private void assertInvalid(String cursor, String list, String scope) {
    assertThatThrownBy(() -> cursors.rankAfter(cursor, list, scope))
        .isInstanceOfSatisfying(
            HttpProblem.class,
            problem -> {
              assertThat(problem.problem()).isEqualTo(Problem.INVALID_CURSOR);
              assertThat(problem.problem().status()).isEqualTo(400);
              assertThat(problem.field()).isEqualTo("cursor");
              assertThat(problem.getMessage()).startsWith("cursor: ").doesNotContain(RANK);
            });
  }

  @Test
  void a_cursor_reads_back_as_the_rank_it_was_issued_after() {
    String cursor = cursors.issue("scheduling", "all", RANK);

    assertThat(cursor).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    assertThat(cursors.rankAfter(cursor, "scheduling", "all")).isEqualTo(RANK);
  }

  @Test
  void a_rank_with_the_separator_in_its_order_id_reads_back_whole() {
    String rank = "1000|odd|order";
    String cursor = cursors.issue("coded", "stores:101,202", rank);

    assertThat(cursors.rankAfter(cursor, "coded", "stores:101,202")).isEqualTo(rank);
  }

  @Test
  void a_cursor_of_another_list_or_other_stores_is_refused() {
    String cursor = cursors.issue("scheduling", "store:101", RANK);

    assertInvalid(cursor, "follow-up", "store:101");
    assertInvalid(cursor, "scheduling", "store:202");
    assertInvalid(cursor, "scheduling", "all");
    assertInvalid(cursor, "scheduling", "stores:101");
  }

  @Test
  void a_cursor_with_any_byte_flipped_is_refused() {
    String cursor = cursors.issue("scheduling", "all", RANK);
    int payloadBytes = Base64.getUrlDecoder().decode(cursor.split("\\.")[0]).length;

    for (int i = 0; i < payloadBytes; i++) {
      assertInvalid(flipped(cursor, 0, i), "scheduling", "all");
    }
    for (int i = 0; i < 32; i++) {
      assertInvalid(flipped(cursor, 1, i), "scheduling", "all");
    }
  }

  @Test
  void a_cursor_signed_with_another_key_or_forged_is_refused() {
    String otherKey =
        new WorkListCursors("another-work-list-cursor-key-0123456789")
            .issue("scheduling", "all", RANK);
    String unsigned =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(("1|scheduling|all|" + RANK).getBytes(StandardCharsets.UTF_8));

    assertInvalid(otherKey, "scheduling", "all");
    assertInvalid(unsigned, "scheduling", "all");
    assertInvalid(unsigned + ".", "scheduling", "all");
    assertInvalid(unsigned + ".AAAA", "scheduling", "all");
  }

  @Test
  void garbage_is_refused_not_an_error() {
    for (String garbage :
        new String[] {
          "", ".", "..", "abc", "a.b.c", "%%%.***", "\u00e9.\u00e9", "x".repeat(5000) + ".x"
        }) {
      assertInvalid(garbage, "scheduling", "all");
    }
  }

  @Test
  void a_signed_cursor_without_a_rank_is_refused() {
    assertInvalid(cursors.issue("scheduling", "all", ""), "scheduling", "all");
  }

  @Test
  void a_key_shorter_than_32_bytes_is_refused_at_start() {
    assertThatThrownBy(() -> new WorkListCursors("short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32");
    assertThatThrownBy(() -> new WorkListCursors(null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
