package com.oom.handlers.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oom.handlers.testing.FakeContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import software.amazon.lambda.powertools.logging.internal.LoggingManager;

class JsonLoggerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant AT = Instant.parse("2026-11-30T16:00:05.007Z");

  private final BasicMDCAdapter mdc = new BasicMDCAdapter();

  private JsonLogger logger(Level threshold) {
    return new JsonLogger("com.oom.test", threshold, mdc, "oom-api");
  }

  @Test
  void a_line_has_powertools_fields_in_its_layouts_order_then_our_keys() throws Exception {
    Map<String, String> context = new LinkedHashMap<>();
    context.put("orderId", "SO-1");
    context.put("function_name", "oom-agent-api");
    context.put("cold_start", "true");
    context.put("function_memory_size", "512");
    context.put("function_request_id", "req-1");
    context.put("messageId", "m-1");
    context.put("service", "oom-agent-api");

    String line = logger(Level.INFO).line(Level.INFO, "applied", null, context, AT);

    assertThat(line)
        .isEqualTo(
            "{\"level\":\"INFO\",\"message\":\"applied\",\"cold_start\":true,"
                + "\"function_memory_size\":512,\"function_name\":\"oom-agent-api\","
                + "\"function_request_id\":\"req-1\",\"service\":\"oom-agent-api\","
                + "\"timestamp\":\"2026-11-30T16:00:05.007Z\",\"messageId\":\"m-1\","
                + "\"orderId\":\"SO-1\"}");
  }

  @Test
  void the_service_comes_from_the_environment_when_powertools_has_not_set_it() throws Exception {
    JsonNode node = JSON.readTree(logger(Level.INFO).line(Level.WARN, "w", null, Map.of(), AT));

    assertThat(node.get("service").asText()).isEqualTo("oom-api");
    assertThat(node.has("cold_start")).isFalse();
  }

  @Test
  void quotes_backslashes_and_control_characters_stay_inside_one_json_line() throws Exception {
    String message = "said \"hi\"\\ then\nnew line\ttab \u0001 \u2028 é";

    String line = logger(Level.INFO).line(Level.INFO, message, null, Map.of("k\"ey", "v\nal"), AT);

    assertThat(line).doesNotContain("\n").doesNotContain("\u2028");
    JsonNode node = JSON.readTree(line);
    assertThat(node.get("message").asText()).isEqualTo(message);
    assertThat(node.get("k\"ey").asText()).isEqualTo("v\nal");
  }

  @Test
  void an_exception_is_written_under_error_with_its_stack() throws Exception {
    IllegalStateException failure = new IllegalStateException("queue gone");

    JsonNode node =
        JSON.readTree(logger(Level.INFO).line(Level.ERROR, "failed", failure, Map.of(), AT));

    assertThat(node.get("error").get("message").asText()).isEqualTo("queue gone");
    assertThat(node.get("error").get("name").asText()).isEqualTo("java.lang.IllegalStateException");
    assertThat(node.get("error").get("stack").asText())
        .startsWith("java.lang.IllegalStateException: queue gone")
        .contains("JsonLoggerTest");
    assertThat(node.get("timestamp").asText()).isEqualTo("2026-11-30T16:00:05.007Z");
  }

  @Test
  void a_non_numeric_memory_size_stays_a_string() throws Exception {
    JsonNode node =
        JSON.readTree(
            logger(Level.INFO)
                .line(Level.INFO, "m", null, Map.of("function_memory_size", "lots"), AT));

    assertThat(node.get("function_memory_size").isTextual()).isTrue();
  }

  @Test
  void ours_log_at_the_configured_level_and_libraries_at_warn() {
    JsonLoggers info = new JsonLoggers(mdc, Map.of());
    JsonLoggers debug = new JsonLoggers(mdc, Map.of("POWERTOOLS_LOG_LEVEL", "debug"));
    JsonLoggers nonsense = new JsonLoggers(mdc, Map.of("POWERTOOLS_LOG_LEVEL", "LOUD"));

    assertThat(info.getLogger("com.oom.handlers.X").isInfoEnabled()).isTrue();
    assertThat(info.getLogger("com.oom.handlers.X").isDebugEnabled()).isFalse();
    assertThat(info.getLogger("software.amazon.awssdk.X").isInfoEnabled()).isFalse();
    assertThat(info.getLogger("software.amazon.awssdk.X").isWarnEnabled()).isTrue();
    assertThat(info.getLogger("com.oomph.X").isInfoEnabled()).isFalse();
    assertThat(debug.getLogger("com.oom.handlers.X").isDebugEnabled()).isTrue();
    assertThat(nonsense.getLogger("com.oom.handlers.X").isInfoEnabled()).isTrue();
    assertThat(nonsense.getLogger("com.oom.handlers.X").isDebugEnabled()).isFalse();
    JsonLoggers lambdaControls = new JsonLoggers(mdc, Map.of("AWS_LAMBDA_LOG_LEVEL", "WARN"));
    assertThat(lambdaControls.getLogger("com.oom.handlers.X").isInfoEnabled()).isFalse();
    JsonLoggers fatal = new JsonLoggers(mdc, Map.of("POWERTOOLS_LOG_LEVEL", "FATAL"));
    assertThat(fatal.getLogger("com.oom.handlers.X").isWarnEnabled()).isFalse();
    assertThat(fatal.getLogger("com.oom.handlers.X").isErrorEnabled()).isTrue();
  }

  @Test
  void a_sampled_invocation_logs_at_debug_and_the_next_one_does_not() {
    Logger ours = LoggerFactory.getLogger("com.oom.handlers.logging.Sampled");
    Level configured = new JsonLogLevels().getLogLevel(ours);

    boolean debugWhileSampled =
        PowertoolsLogging.withLogging(new FakeContext("sampled"), 1.0, () -> ours.isDebugEnabled());
    boolean debugAfter =
        PowertoolsLogging.withLogging(new FakeContext("next"), () -> ours.isDebugEnabled());

    assertThat(debugWhileSampled).isTrue();
    assertThat(debugAfter).isEqualTo(configured.toInt() <= Level.DEBUG.toInt());
    assertThat(new JsonLogLevels().getLogLevel(ours)).isEqualTo(configured);
  }

  @Test
  void powertools_switches_the_level_of_ours_through_the_logging_manager() {
    JsonLoggers loggers = new JsonLoggers(mdc, Map.of());
    JsonLogger before = (JsonLogger) loggers.getLogger("com.oom.handlers.Before");
    JsonLogger library = (JsonLogger) loggers.getLogger("software.amazon.awssdk.X");

    loggers.ourLevel(Level.DEBUG);

    assertThat(before.isDebugEnabled()).isTrue();
    assertThat(loggers.getLogger("com.oom.handlers.After").isDebugEnabled()).isTrue();
    assertThat(library.isInfoEnabled()).isFalse();
    loggers.ourLevel(Level.ERROR);
    assertThat(before.isWarnEnabled()).isFalse();
    assertThat(new JsonLogLevels().getLogLevel(before)).isEqualTo(Level.ERROR);
    assertThat(new JsonLogLevels().getLogLevel(library)).isEqualTo(Level.WARN);
  }

  @Test
  void powertools_level_switch_reaches_the_loggers_slf4j_hands_out() {
    Logger ours = LoggerFactory.getLogger("com.oom.handlers.logging.Switched");
    Logger library = LoggerFactory.getLogger("org.example.Switched");
    Level before = new JsonLogLevels().getLogLevel(ours);
    try {
      new JsonLogLevels().setLogLevel(Level.DEBUG);

      assertThat(ours.isDebugEnabled()).isTrue();
      assertThat(LoggerFactory.getLogger("com.oom.handlers.logging.Later").isDebugEnabled())
          .isTrue();
      assertThat(library.isInfoEnabled()).isFalse();
    } finally {
      new JsonLogLevels().setLogLevel(before);
    }
    assertThat(new JsonLogLevels().getLogLevel(ours)).isEqualTo(before);
  }

  @Test
  void powertools_finds_exactly_this_logging_manager() {
    // With none, Powertools prints "ERROR. No LoggingManager was found" at every cold start.
    assertThat(ServiceLoader.load(LoggingManager.class).stream().map(ServiceLoader.Provider::type))
        .containsExactly(JsonLogLevels.class);
  }

  @Test
  void slf4j_finds_this_backend_and_it_writes_to_the_current_standard_output() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Logger logger = LoggerFactory.getLogger("com.oom.handlers.logging.Probe");
      MDC.put("orderId", "SO-7");
      logger.info("order {} has {} lines", "SO-7", 2);
      logger.debug("not written at INFO");
      LoggerFactory.getLogger("org.example.Library").info("not written: libraries warn");
    } finally {
      MDC.remove("orderId");
      System.setOut(original);
    }
    List<JsonNode> lines = new ArrayList<>();
    for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).hasSize(1);
    assertThat(lines.getFirst().get("message").asText()).isEqualTo("order SO-7 has 2 lines");
    assertThat(lines.getFirst().get("orderId").asText()).isEqualTo("SO-7");
    assertThat(lines.getFirst().get("level").asText()).isEqualTo("INFO");
  }
}
