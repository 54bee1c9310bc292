package com.oom.tooling.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * oom_moto.py changes how fast moto answers, never what: one random sequence of 600 DynamoDB
 * requests, run against plain moto and against oom_moto.py, gives the same answer to every request
 * (the comparison is {@code emulator/oom_moto_equivalence.py}; a planted defect in the query index
 * makes it report mismatches).
 */
class OomMotoEquivalenceIT {
  @Test
  void answersEveryRequestAsPlainMotoDoes() throws Exception {
    assertThat(MotoServer.pythonWithMoto()).as("a python3 that can import moto").isPresent();
    String python = MotoServer.pythonWithMoto().orElseThrow();
    String server = MotoServer.wrapperScript().toString();
    Path comparison = Files.createTempFile("oom_moto_equivalence", ".py");
    try (InputStream in = getClass().getResourceAsStream("/emulator/oom_moto_equivalence.py")) {
      Files.write(comparison, in.readAllBytes());
    }
    Process process =
        new ProcessBuilder(python, comparison.toString(), server, "20261127", "600")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    System.out.println("RELIABILITY OomMotoEquivalence: " + output.strip());
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("requests 600, mismatches 0");
    Files.deleteIfExists(comparison);
  }
}
