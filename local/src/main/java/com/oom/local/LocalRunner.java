package com.oom.local;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.oom.catalogue.Schedules;
import com.oom.tooling.emulator.MotoServer;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar local/target/oom-local.jar}: the whole suite on this machine. Starts moto
 * (unless --aws-endpoint), creates the table, queues and buses, serves the API, and runs the
 * schedules on a simulated clock that {@code POST /_local/clock} moves. With --demo it simulates
 * ten business days of a store network and prints a daily summary, then exits.
 */
public final class LocalRunner {
  private LocalRunner() {}

  /** What the runner prints once it serves: where the API and AWS are, the region, the clock. */
  static String readyLine(URI api, URI aws, String region, java.time.Instant clock) {
    return "OOM local ready: api=%s aws=%s region=%s clock=%s".formatted(api, aws, region, clock);
  }

  public static void main(String[] args) throws Exception {
    LocalOptions options;
    try {
      options = LocalOptions.parse(args);
    } catch (IllegalArgumentException bad) {
      System.err.println(bad.getMessage());
      System.exit(2);
      return;
    }
    PrintStream terminal = System.out;
    if (options.demo()) {
      // The functions' JSON logs and metrics would bury the daily table: they go to a file.
      Path functionLog = Files.createTempFile("oom-local-demo-functions-", ".log");
      System.setOut(new PrintStream(Files.newOutputStream(functionLog), true, UTF_8));
      terminal.println("function logs: " + functionLog);
    }
    // Not serialized: the event sources long-poll SQS, as Lambda does.
    MotoServer moto =
        options.awsEndpoint().isPresent()
            ? null
            : MotoServer.builder().port(options.awsPort()).start();
    URI aws = moto == null ? options.awsEndpoint().orElseThrow() : moto.endpoint();
    LocalApiServer server = null;
    try {
      LocalSuite suite =
          new LocalSuite(
              aws,
              options.region(),
              options.clock(),
              options.stores(),
              options.demo() ? Demo.SWEEP_EVERY : Schedules.SWEEP_EVERY,
              options.settings());
      if (options.demo()) {
        new Demo(suite, options.demoOrders(), options.demoDays(), terminal).run();
        return;
      }
      server = new LocalApiServer(suite, options.apiPort());
      System.out.println(readyLine(server.address(), aws, suite.region, suite.now()));
      System.out.println("  Jenny webhook secret: " + LocalHttpFunctions.JENNY_SECRET);
      suite.buses.arns().forEach((name, arn) -> System.out.printf("  bus %-10s %s%n", name, arn));
      suite.queueUrls.forEach((name, url) -> System.out.printf("  queue %-32s %s%n", name, url));
      // Lambda polls its event sources all the time; here a background thread does.
      Thread poller =
          Thread.ofPlatform()
              .daemon()
              .name("event-sources")
              .start(
                  () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                      try {
                        if (suite.drain() == 0) {
                          Thread.sleep(500);
                        }
                      } catch (InterruptedException e) {
                        return;
                      } catch (RuntimeException e) {
                        System.err.println("event source: " + e.getMessage());
                      }
                    }
                  });
      CountDownLatch stopped = new CountDownLatch(1);
      LocalApiServer running = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    poller.interrupt();
                    running.close();
                    if (moto != null) {
                      moto.close();
                    }
                    stopped.countDown();
                  }));
      stopped.await();
    } finally {
      if (options.demo()) {
        if (server != null) {
          server.close();
        }
        if (moto != null) {
          moto.close();
        }
      }
    }
  }
}
