package com.oom.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeTablesTest {
  private static final String REGENERATE =
      "the README's tables are generated from the catalogue: after a build, run java -cp"
          + " catalogue/target/test-classes:catalogue/target/classes:functions/core/target/classes"
          + " com.oom.catalogue.ReadmeTables README.md";

  @Test
  void the_readme_shows_the_catalogue_as_it_is() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

    assertThat(readme).as(REGENERATE).isEqualTo(ReadmeTables.render(readme));
  }

  @Test
  void every_function_queue_and_route_has_a_row() {
    String functions = ReadmeTables.functions();
    for (SuiteFunction f : SuiteFunction.values()) {
      assertThat(functions).contains("`" + f.functionName() + "`");
    }
    String routes = ReadmeTables.routes();
    for (Route r : Routes.all()) {
      assertThat(routes).contains("`" + r.routeKey() + "`");
    }
    assertThat(ReadmeTables.queues()).contains("`oom-handoff-{storeId}.fifo`", "`oom-order-feed`");
  }

  @Test
  void a_changed_catalogue_shows_as_a_difference() {
    String stale =
        ReadmeTables.tables().stream()
            .map(t -> t.begin() + "\n| stale |\n" + t.end() + "\n")
            .reduce("", String::concat);

    assertThat(ReadmeTables.render(stale)).isNotEqualTo(stale).contains("`oom-order-feed`");
  }
}
