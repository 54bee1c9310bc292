package com.oom.handlers.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.Actor;
import com.oom.core.worklist.WorkListKind;
import com.oom.handlers.http.HttpProblem;
import com.oom.handlers.http.Problem;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallerTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "[oom-agent store-101]",
        "oom-agent,store-101",
        "oom-agent, store-101",
        "oom-agent store-101",
        "[\"oom-agent\",\"store-101\"]",
        "[oom-agent, store-101]",
      })
  void groups_are_read_in_every_form_api_gateway_and_issuers_use(String claim) {
    assertThat(Caller.groups(claim)).containsExactly("oom-agent", "store-101");
  }

  @Test
  void an_agent_works_every_store_and_acts_under_the_token_subject() {
    Caller caller = Caller.from(Map.of("sub", "agent-7", "cognito:groups", "[oom-agent]"));

    assertThat(caller.agent()).isTrue();
    assertThat(caller.mayList(WorkListKind.SCHEDULING, "202")).isTrue();
    assertThat(caller.mayList(WorkListKind.CWC, "202")).isFalse();
    assertThat(caller.acting().on("202")).contains(Actor.agent("agent-7"));
  }

  @Test
  void a_supervisor_is_an_agent_and_only_a_supervisor_is_one() {
    Caller supervisor = Caller.from(Map.of("sub", "sam", "groups", "oom-supervisor"));
    Caller agent = Caller.from(Map.of("sub", "ana", "groups", "oom-agent store-101"));
    Caller staff = Caller.from(Map.of("sub", "maria", "groups", "store-101"));
    Caller lookAlike = Caller.from(Map.of("sub", "eve", "groups", "oom-agent OOM-SUPERVISOR"));

    assertThat(supervisor.agent()).isTrue();
    assertThat(supervisor.supervisor()).isTrue();
    assertThat(agent.supervisor()).isFalse();
    assertThat(staff.supervisor()).isFalse();
    assertThat(lookAlike.supervisor()).isFalse();
    assertThat(supervisor.listsEveryStore(WorkListKind.CWC)).isTrue();
    assertThat(agent.listsEveryStore(WorkListKind.CWC)).isFalse();
    assertThat(agent.mayList(WorkListKind.CWC, "101")).isTrue();
  }

  @Test
  void a_stores_staff_work_their_stores_only_and_act_as_the_store() {
    Caller caller =
        Caller.from(Map.of("sub", "maria", "cognito:groups", "[store-101]", "groups", "store-303"));

    assertThat(caller.agent()).isFalse();
    assertThat(caller.stores()).containsExactlyInAnyOrder("101", "303");
    assertThat(caller.mayList(WorkListKind.SCHEDULING, "202")).isFalse();
    assertThat(caller.mayList(WorkListKind.CWC, "101")).isTrue();
    assertThat(caller.mayList(WorkListKind.CWC, "202")).isFalse();
    assertThat(caller.acting().on("101")).contains(Actor.store("101"));
    assertThat(caller.acting().on("202")).isEmpty();
  }

  @Test
  void unusable_store_groups_and_other_groups_give_no_role() {
    Caller caller =
        Caller.from(Map.of("sub", "x", "groups", "store- store-../1 marketing OOM-AGENT"));

    assertThat(caller.hasAnyRole()).isFalse();
  }

  @Test
  void no_subject_is_unauthenticated() {
    assertThatThrownBy(() -> Caller.from(Map.of("cognito:groups", "[oom-agent]")))
        .isInstanceOfSatisfying(
            HttpProblem.class, p -> assertThat(p.problem()).isEqualTo(Problem.UNAUTHENTICATED));
    assertThatThrownBy(() -> Caller.from(Map.of())).isInstanceOf(HttpProblem.class);
    assertThatThrownBy(() -> Caller.from(null)).isInstanceOf(HttpProblem.class);
  }

  @Test
  void a_subject_longer_than_openid_connect_allows_is_unauthenticated() {
    String longest = "s".repeat(Caller.MAX_SUBJECT_CHARS);

    assertThat(Caller.from(Map.of("sub", longest, "groups", "oom-agent")).subject())
        .isEqualTo(longest);
    assertThatThrownBy(() -> Caller.from(Map.of("sub", longest + "s", "groups", "oom-agent")))
        .isInstanceOfSatisfying(
            HttpProblem.class, p -> assertThat(p.problem()).isEqualTo(Problem.UNAUTHENTICATED));
  }
}
