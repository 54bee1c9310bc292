package com.oom.local;

import com.oom.aws.json.SettingsJson;
import com.oom.aws.json.StoreDirectoryJson;
import com.oom.catalogue.StoreDirectory;
import com.oom.core.config.OomConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The runner's flags, each with an embedded default so {@code java -jar oom-local.jar} just works.
 *
 * @param awsEndpoint LocalStack or real AWS instead of a moto server started here
 * @param region the region of every AWS client of the suite (the product's default)
 * @param stores the store directory {@code --stores <file>} names (a stage's directory document,
 *     {@code infrastructure/stores/<stage>.json}); without it, the dev stage's, embedded
 * @param settings the thresholds, from the JSON settings document {@code --settings <file>} names
 *     (the document a stage's functions read from {@code OOM_SETTINGS}); without it, the defaults
 */
public record LocalOptions(
    int apiPort,
    int awsPort,
    Optional<URI> awsEndpoint,
    String region,
    Instant clock,
    StoreDirectory stores,
    boolean demo,
    int demoOrders,
    int demoDays,
    OomConfig settings) {

  public static final String DEFAULT_REGION = "ca-central-1";

  /** The dev stage's store directory, embedded from {@code infrastructure/stores/dev.json}. */
  private static final String DEFAULT_STORES = "dev.json";

  /** The runner's stores without {@code --stores}: the dev stage's directory. */
  public static StoreDirectory defaultStores() {
    try (InputStream in = LocalOptions.class.getResourceAsStream(DEFAULT_STORES)) {
      if (in == null) {
        throw new IllegalStateException("the embedded store directory is missing from the jar");
      }
      return StoreDirectoryJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static LocalOptions parse(String... args) {
    int apiPort = 8080;
    int awsPort = 4566;
    Optional<URI> awsEndpoint = Optional.empty();
    String region = DEFAULT_REGION;
    Instant clock = Instant.parse("2026-11-30T14:00:00Z");
    StoreDirectory stores = null;
    boolean demo = false;
    int demoOrders = 300;
    int demoDays = 10;
    OomConfig settings = OomConfig.defaults();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (value == null && !name.equals("--demo") && !name.equals("--help")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        value = args[++i];
      }
      try {
        switch (name) {
          case "--api-port" -> apiPort = Integer.parseInt(value);
          case "--aws-port" -> awsPort = Integer.parseInt(value);
          case "--aws-endpoint" -> awsEndpoint = Optional.of(URI.create(value));
          case "--region" -> region = requireRegion(value);
          case "--clock" -> clock = Instant.parse(value);
          case "--stores" -> stores = readStores(value);
          case "--demo" -> demo = true;
          case "--demo-orders" -> demoOrders = Integer.parseInt(value);
          case "--demo-days" -> demoDays = Integer.parseInt(value);
          case "--settings" -> settings = readSettings(value);
          case "--help" -> throw new IllegalArgumentException(usage());
          default -> throw new IllegalArgumentException("unknown option " + name + "\n" + usage());
        }
      } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException(name + ": cannot read '" + value + "'");
      }
    }
    return new LocalOptions(
        apiPort,
        awsPort,
        awsEndpoint,
        region,
        clock,
        stores == null ? defaultStores() : stores,
        demo,
        demoOrders,
        demoDays,
        settings);
  }

  private static OomConfig readSettings(String file) {
    try {
      return SettingsJson.parse(Files.readString(Path.of(file)));
    } catch (IOException e) {
      throw new IllegalArgumentException("--settings: cannot read " + file + ": " + e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--settings " + file + ": " + e.getMessage(), e);
    }
  }

  private static StoreDirectory readStores(String file) {
    try {
      return StoreDirectoryJson.read(Path.of(file));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--stores " + file + ": " + e.getMessage(), e);
    }
  }

  private static String requireRegion(String value) {
    if (!value.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
      throw new IllegalArgumentException("--region: '" + value + "' is not a region name");
    }
    return value;
  }

  public static String usage() {
    return """
        usage: oom-local [--api-port 8080] [--aws-port 4566] [--aws-endpoint URL]
                         [--region ca-central-1] [--clock 2026-11-30T14:00:00Z]
                         [--stores stores.json] [--settings settings.json]
                         [--demo [--demo-orders 300] [--demo-days 10]]""";
  }
}
