package com.oom.handlers.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other integration test of this module (same JVM) and checks every line they
 * wrote — the functions' JSON logs, stack traces, the suites' own output — for phone numbers in any
 * format and for the words of the guests' and agents' texts the suites send ({@link LogCapture}),
 * and what the unit tests and property tests wrote before them. {@link PrivacyIT} checks SMS bodies
 * and a guest's words on its own scenarios; this covers all the others.
 */
@Order(Integer.MAX_VALUE)
class EveryLogLineIT {
  @Test
  void no_suite_wrote_a_phone_number() throws Exception {
    assertThat(LogCapture.installed()).as("the capture ran from the start of the JVM").isTrue();
    assertThat(LogCapture.PHONE.matcher("sent to +12045550142").find()).isTrue();
    assertThat(LogCapture.PHONE.matcher("(204) 555-0142").find()).isTrue();
    assertThat(LogCapture.PHONE.matcher("sent to +1******42").find()).isFalse();
    assertThat(LogCapture.PHONE.matcher("arn:aws:lambda:ca-central-1:123456789012").find())
        .isFalse();
    assertThat(LogCapture.holdsPhoneNumber("messageId 0c6f1e2a-4b7d-4c1e-9f3a-2045550142ab"))
        .isFalse();
    assertThat(LogCapture.holdsPhoneNumber("messageId 0c6f1e2a-4b7d, to 204-555-0142")).isTrue();
    assertThat(
            LogCapture.holdsTextWords("body: Hi Marie, the driver can come after 3 pm on Tuesday"))
        .isTrue();
    assertThat(LogCapture.holdsTextWords("TEXTS APPLIED QUEUED")).isFalse();
    List<String> unit =
        Files.exists(LogCapture.UNIT_FINDINGS)
            ? Files.readAllLines(LogCapture.UNIT_FINDINGS)
            : List.of("lines 0");
    long unitLines = Long.parseLong(unit.getFirst().substring("lines ".length()));
    System.out.printf(
        "RELIABILITY every log line: %d lines of unit tests and properties, %d of integration"
            + " tests; %d with a phone number or a text's words%n",
        unitLines, LogCapture.lines(), unit.size() - 1 + LogCapture.suspicious().size());
    assertThat(unit.subList(1, unit.size())).as("unit tests and properties").isEmpty();
    assertThat(LogCapture.suspicious()).as("integration tests").isEmpty();
  }
}
