package com.oom.aws.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.testing.AwsStack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;

/**
 * A table of measured request budgets in {@code functions/aws/README.md}, between markers named
 * after it: the rows a budget IT measures, rendered after all its tests ran and compared with the
 * README (or written into it with {@code -Doom.budgets.write=true}).
 */
final class BudgetTable {
  private static final Path README = Path.of("README.md");

  private final String name;
  private final String writtenBy;
  private final List<String> rows;
  private final Map<Integer, Measured> measured = new ConcurrentSkipListMap<>();

  /** What one use case cost; {@code indexWriteUnits} is the part of the work-list index items. */
  record Measured(
      Map<String, Long> requests, double readUnits, long writeUnits, long indexWriteUnits) {}

  /**
   * @param name the markers' name ({@code <!-- name:begin (writtenBy) -->}) and the file under
   *     {@code target/} holding the last measurement
   * @param rows every row in table order
   */
  BudgetTable(String name, String writtenBy, List<String> rows) {
    this.name = name;
    this.writtenBy = writtenBy;
    this.rows = List.copyOf(rows);
  }

  /** Runs {@code useCase} and returns what it cost. */
  static Measured measure(AwsStack aws, Runnable useCase) {
    aws.requests.reset();
    aws.capacity.reset();
    useCase.run();
    return new Measured(
        aws.requests.snapshot(),
        aws.capacity.readUnits(),
        aws.capacity.writeUnits(),
        aws.capacity.indexWriteUnits());
  }

  /** Two request budgets added up. */
  static Map<String, Long> plus(Map<String, Long> a, Map<String, Long> b) {
    Map<String, Long> sum = new TreeMap<>(a);
    b.forEach((operation, count) -> sum.merge(operation, count, Long::sum));
    return sum;
  }

  void record(String row, Measured cost) {
    int index = rows.indexOf(row);
    assertThat(index).as("a row of the table: " + row).isNotNegative();
    measured.put(index, cost);
    System.out.printf(
        "BUDGET %s: %s, %s RRU, %d WRU (work-list index %d)%n",
        row, cost.requests(), units(cost.readUnits()), cost.writeUnits(), cost.indexWriteUnits());
  }

  Measured measured(String row) {
    return measured.get(rows.indexOf(row));
  }

  /**
   * After every test of the class: the README's table is what they measured. Nothing is checked
   * when only part of the class ran.
   */
  void checkReadme() throws IOException {
    if (measured.size() != rows.size()) {
      return;
    }
    String begin = "<!-- " + name + ":begin (" + writtenBy + ") -->";
    String end = "<!-- " + name + ":end -->";
    String table = render();
    Files.writeString(Path.of("target", name + ".md"), table, StandardCharsets.UTF_8);
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int from = readme.indexOf(begin);
    int to = readme.indexOf(end);
    assertThat(from).as("README has the " + name + " markers").isNotNegative();
    assertThat(to).isGreaterThan(from);
    if (Boolean.getBoolean("oom.budgets.write")) {
      Files.writeString(
          README,
          readme.substring(0, from + begin.length())
              + "\n"
              + table.strip()
              + "\n"
              + readme.substring(to),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(readme.substring(from + begin.length(), to).strip())
        .as(
            "functions/aws/README.md %s (measured: target/%s.md; regenerate with"
                + " -Doom.budgets.write=true)",
            name, name)
        .isEqualTo(table.strip());
  }

  String render() {
    StringBuilder out = new StringBuilder();
    out.append(
        "| use case | DynamoDB requests | other requests | RRU | WRU | of which work-list index |\n");
    out.append("|---|---|---|---:|---:|---:|\n");
    for (int i = 0; i < rows.size(); i++) {
      Measured m = measured.get(i);
      Map<String, Long> dynamo = new TreeMap<>();
      Map<String, Long> other = new TreeMap<>();
      m.requests()
          .forEach(
              (operation, count) -> {
                if (operation.startsWith("DynamoDb.")) {
                  dynamo.put(operation.substring("DynamoDb.".length()), count);
                } else {
                  other.put(
                      operation
                          .replace("Sqs.", "SQS ")
                          .replace("EventBridge.", "EventBridge ")
                          .replace("PinpointSmsVoiceV2.", "End User Messaging "),
                      count);
                }
              });
      out.append("| ")
          .append(rows.get(i))
          .append(" | ")
          .append(render(dynamo))
          .append(" | ")
          .append(render(other))
          .append(" | ")
          .append(units(m.readUnits()))
          .append(" | ")
          .append(m.writeUnits())
          .append(" | ")
          .append(m.indexWriteUnits())
          .append(" |\n");
    }
    return out.toString();
  }

  private static String render(Map<String, Long> requests) {
    if (requests.isEmpty()) {
      return "—";
    }
    return requests.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(" + "));
  }

  static String units(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
