package com.oom.core.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WorkListKindTest {

  @Test
  void slugs_are_the_api_path_names() {
    assertThat(Arrays.stream(WorkListKind.values()).map(WorkListKind::slug))
        .containsExactly(
            "scheduling",
            "follow-up",
            "confirmation",
            "coded",
            "past-due",
            "missed",
            "sync",
            "phone-correction",
            "cwc");
  }

  @Test
  void every_slug_leads_back_to_its_list() {
    for (WorkListKind kind : WorkListKind.values()) {
      assertThat(WorkListKind.fromSlug(kind.slug())).contains(kind);
    }
  }

  @Test
  void unknown_slugs_and_enum_names_are_not_lists() {
    assertThat(WorkListKind.fromSlug("FOLLOW_UP")).isEmpty();
    assertThat(WorkListKind.fromSlug("CWC")).isEmpty();
    assertThat(WorkListKind.fromSlug("")).isEmpty();
    assertThat(WorkListKind.fromSlug(null)).isEmpty();
  }
}
