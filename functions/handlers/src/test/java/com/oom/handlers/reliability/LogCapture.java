package com.oom.handlers.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Watches every line written to standard output and error by a test JVM, from before the first test
 * (registered as a JUnit launcher session listener, so it is installed before any function logs).
 * Lines that hold something shaped like a North American phone number in any common format are kept
 * for {@link EveryLogLineIT}; the rest are only counted. The unit-test JVM (surefire, which also
 * runs the QuickTheories properties) writes its findings to {@link #UNIT_FINDINGS} when it ends,
 * for EveryLogLineIT in the integration-test JVM to check as well.
 */
public final class LogCapture implements LauncherSessionListener {
  /**
   * +12045550142, 12045550142, 2045550142, (204) 555-0142, 204-555-0142, 204.555.0142, 1 204 555
   * 0142 — not inside a longer run of digits (account ids, epoch milliseconds), and not masked.
   */
  static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\d*])(?:\\+?1[\\s.-]?)?\\(?[2-9]\\d{2}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?![\\d*])");

  /**
   * Random UUIDs (message and request ids) hold runs of ten digits now and then ("…-2045550142ab"):
   * they are taken out before a line is searched, so only real numbers are found.
   */
  static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** Whether a log line holds a phone number in any format, ids aside. */
  static boolean holdsPhoneNumber(String line) {
    return PHONE.matcher(UUID.matcher(line).replaceAll("<uuid>")).find();
  }

  /**
   * Words of guests' and agents' texts the suites send (AgentTextsRouteIT, PrivacyIT): they are
   * kept on orders and shown to agents, and never written to a log line.
   */
  static final List<String> TEXT_WORDS =
      List.of(
          "the driver can come after 3 pm on Tuesday",
          "I work until 2:30",
          "Kowalczyk",
          "the sofa legs arrived scratched");

  /** Whether a log line holds the words of a guest's or an agent's text. */
  static boolean holdsTextWords(String line) {
    return TEXT_WORDS.stream().anyMatch(line::contains);
  }

  static final Path UNIT_FINDINGS = Path.of("target", "log-capture", "unit.txt");

  private static final List<String> suspicious = new ArrayList<>();
  private static long lines;
  private static boolean installed;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    install();
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (!"unit".equals(System.getProperty("oom.test.phase"))) {
      return;
    }
    List<String> findings = new ArrayList<>();
    synchronized (LogCapture.class) {
      findings.add("lines " + lines);
      findings.addAll(suspicious);
    }
    try {
      Files.createDirectories(UNIT_FINDINGS.getParent());
      Files.write(UNIT_FINDINGS, findings, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    System.setOut(tee(System.out));
    System.setErr(tee(System.err));
  }

  static synchronized boolean installed() {
    return installed;
  }

  static synchronized long lines() {
    return lines;
  }

  static synchronized List<String> suspicious() {
    return List.copyOf(suspicious);
  }

  private static synchronized void line(String line) {
    lines++;
    if (holdsPhoneNumber(line) || holdsTextWords(line)) {
      suspicious.add(line.length() > 500 ? line.substring(0, 500) + "…" : line);
    }
  }

  private static PrintStream tee(PrintStream original) {
    OutputStream splitter =
        new OutputStream() {
          private final java.io.ByteArrayOutputStream current = new java.io.ByteArrayOutputStream();

          @Override
          public synchronized void write(int b) {
            original.write(b);
            accept(b);
          }

          @Override
          public synchronized void write(byte[] bytes, int offset, int length) {
            original.write(bytes, offset, length);
            for (int i = offset; i < offset + length; i++) {
              accept(bytes[i]);
            }
          }

          @Override
          public void flush() {
            original.flush();
          }

          private void accept(int b) {
            if (b == '\n') {
              line(current.toString(StandardCharsets.UTF_8));
              current.reset();
            } else {
              current.write(b);
            }
          }
        };
    return new PrintStream(splitter, true, StandardCharsets.UTF_8);
  }
}
