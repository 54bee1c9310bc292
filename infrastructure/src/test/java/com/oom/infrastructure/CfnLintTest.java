package com.oom.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * cfn-lint over both synthesized templates: no error (E*) findings. Skipped, saying so, where
 * cfn-lint is not installed; it is looked for on the PATH and in ~/.pyenv/shims and ~/.local/bin.
 */
class CfnLintTest {

  @Test
  void theDevTemplatePassesCfnLint() throws Exception {
    assertThat(lint(SynthesizedStacks.dev(), "dev")).isEmpty();
  }

  @Test
  void theProdTemplatePassesCfnLint() throws Exception {
    assertThat(lint(SynthesizedStacks.prod(), "prod")).isEmpty();
  }

  @Test
  void theCrossAccountJennyTemplatePassesCfnLint() throws Exception {
    assertThat(lint(SynthesizedStacks.devWithJennyAccount(), "jenny-account")).isEmpty();
  }

  /** The error lines cfn-lint prints (warnings and informational findings are not errors). */
  private static List<String> lint(SynthesizedStacks.Synthesized stacks, String name)
      throws IOException, InterruptedException {
    Optional<Path> cfnLint = cfnLint();
    assumeTrue(
        cfnLint.isPresent(),
        "SKIPPED: cfn-lint is not installed (looked on the PATH, in ~/.pyenv/shims and"
            + " ~/.local/bin); install it with: pip install cfn-lint");
    Path file = Files.createTempFile("oom-" + name + "-", ".template.json");
    Files.writeString(
        file,
        new ObjectMapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(stacks.template().toJSON()));
    Process process =
        new ProcessBuilder(
                cfnLint.get().toString(),
                "--format",
                "parseable",
                "--regions",
                "ca-central-1",
                "--",
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("cfn-lint finished").isTrue();
    List<String> errors = new ArrayList<>();
    for (String line : output.split("\n")) {
      // parseable: file:line:col:endline:endcol:RULE:message
      String[] fields = line.split(":", 7);
      if (fields.length == 7 && fields[5].startsWith("E")) {
        errors.add(line);
      }
    }
    System.out.printf(
        "cfn-lint %s: %d error(s), exit %d%n%s%n",
        name, errors.size(), process.exitValue(), output);
    // exit codes are a bit mask: 2 = error, 4 = warning, 8 = informational
    assertThat(process.exitValue() & 2)
        .as("cfn-lint error bit (exit %d)", process.exitValue())
        .isZero();
    assertThat(process.exitValue() & 1).as("cfn-lint crashed:%n%s", output).isZero();
    return errors;
  }

  static Optional<Path> cfnLint() {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        candidates.add(Path.of(dir, "cfn-lint"));
      }
    }
    String home = System.getProperty("user.home");
    candidates.add(Path.of(home, ".pyenv", "shims", "cfn-lint"));
    candidates.add(Path.of(home, ".local", "bin", "cfn-lint"));
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }
}
