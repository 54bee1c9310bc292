package com.oom.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the message contracts live on the classpath: one JSON Schema (draft 2020-12) per message,
 * valid and invalid samples of each, and AWS-shaped Lambda events. JDK only, so any module's tests
 * can find them.
 *
 * <p>Resource layout, all relative to the classpath root:
 *
 * <ul>
 *   <li>{@code schemas/<name>.schema.json}, with {@code $id} {@code
 *       https://oom.example/schemas/<name>.schema.json};
 *   <li>{@code samples/<name>/*.json}: messages the schema accepts;
 *   <li>{@code samples-invalid/<name>/*.json}: messages it refuses, each for the one reason its
 *       file name gives;
 *   <li>{@code lambda/sqs/<queue>.json}, {@code lambda/scheduler/*.json}, {@code
 *       lambda/http/*.json}: events as Lambda delivers them to the handlers.
 * </ul>
 */
public final class Contracts {
  /** The {@code $id} of every schema is this followed by its file name. */
  public static final String ID_BASE = "https://oom.example/schemas/";

  public static final String SCHEMA_FOLDER = "schemas/";
  public static final String SAMPLE_FOLDER = "samples/";
  public static final String INVALID_SAMPLE_FOLDER = "samples-invalid/";
  public static final String LAMBDA_FOLDER = "lambda/";

  /** Shared value types ({@code $defs} only): money, instants, dates, phones, the enums. */
  public static final String COMMON = "schemas/common.schema.json";

  /** The order inside an OrderSnapshot ({@code OrderDetails}). */
  public static final String ORDER = "schemas/order.schema.json";

  /** {@code oom-order-feed}: the ERP's snapshot of an order. */
  public static final String ORDER_SNAPSHOT = "schemas/order-snapshot.schema.json";

  /** {@code oom-order-feed}: what happened at a delivery or pick-up. */
  public static final String FULFILMENT_OUTCOME = "schemas/fulfilment-outcome.schema.json";

  /** {@code oom-confirmations}: Jenny's result as the raw webhook payload. */
  public static final String CONFIRMATION_RESULT = "schemas/confirmation-result.schema.json";

  /** {@code oom-confirmations}: Jenny's result wrapped in an EventBridge event. */
  public static final String EVENTBRIDGE_CONFIRMATION_RESULT =
      "schemas/eventbridge-confirmation-result.schema.json";

  /** {@code oom-sms-inbound}: the SNS notification whose Message is a two-way SMS payload. */
  public static final String SMS_INBOUND_NOTIFICATION =
      "schemas/sms-inbound-notification.schema.json";

  /** The End User Messaging two-way SMS payload inside an SNS notification's Message. */
  public static final String SMS_INBOUND_PAYLOAD = "schemas/sms-inbound-payload.schema.json";

  /** {@code oom-sms-requests}: a touch point for the SMS sender. */
  public static final String SMS_REQUEST = "schemas/sms-request.schema.json";

  /** {@code oom-handoff-<storeId>.fifo}: a CWC order handed to its store. */
  public static final String STORE_HAND_OFF = "schemas/store-hand-off.schema.json";

  /** {@code oom-erp-updates}: the write-back of one audit entry to the ERP. */
  public static final String ERP_UPDATE = "schemas/erp-update.schema.json";

  /** The input EventBridge Scheduler passes to the timer sweep and the daily plan. */
  public static final String SCHEDULED_JOB = "schemas/scheduled-job.schema.json";

  /**
   * The details of OOM's domain events on its bus ({@code oom-events-<stage>}, source {@code oom}):
   * one schema per detail-type, {@code event-<detail-type in kebab case>}; see {@link
   * #eventSchema}.
   */
  public static final List<String> DOMAIN_EVENTS =
      List.of(
          "schemas/event-order-escalated.schema.json",
          "schemas/event-order-returned-to-oom.schema.json",
          "schemas/event-appointment-booked.schema.json",
          "schemas/event-contact-attempt-recorded.schema.json",
          "schemas/event-confirmation-recorded.schema.json",
          "schemas/event-text-sent.schema.json",
          "schemas/event-text-deferred.schema.json",
          "schemas/event-text-blocked.schema.json",
          "schemas/event-guest-opted-out.schema.json");

  private static final List<String> MESSAGE_SCHEMAS =
      List.of(
          COMMON,
          ORDER,
          ORDER_SNAPSHOT,
          FULFILMENT_OUTCOME,
          CONFIRMATION_RESULT,
          EVENTBRIDGE_CONFIRMATION_RESULT,
          SMS_INBOUND_NOTIFICATION,
          SMS_INBOUND_PAYLOAD,
          SMS_REQUEST,
          STORE_HAND_OFF,
          ERP_UPDATE,
          SCHEDULED_JOB);

  private static final List<String> SCHEMAS =
      java.util.stream.Stream.concat(MESSAGE_SCHEMAS.stream(), DOMAIN_EVENTS.stream()).toList();

  private static final String SCHEMA_SUFFIX = ".schema.json";

  private Contracts() {}

  /**
   * The schema of a domain event's detail by its detail-type: {@code
   * "schemas/event-order-escalated.schema.json"} for {@code "OrderEscalated"}.
   */
  public static String eventSchema(String detailType) {
    String kebab = detailType.replaceAll("(?<!^)([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    return path("event-" + kebab);
  }

  /** Whether a schema (by name or path) is a domain event's detail. */
  public static boolean isDomainEvent(String schema) {
    return DOMAIN_EVENTS.contains(path(schema));
  }

  /** Resource paths of every schema. */
  public static List<String> schemas() {
    return SCHEMAS;
  }

  /**
   * The schema's name: {@code "order-snapshot"} for {@link #ORDER_SNAPSHOT}; a name is returned as
   * it is.
   */
  public static String name(String schema) {
    String name = schema;
    if (name.startsWith(SCHEMA_FOLDER)) {
      name = name.substring(SCHEMA_FOLDER.length());
    }
    if (name.endsWith(SCHEMA_SUFFIX)) {
      name = name.substring(0, name.length() - SCHEMA_SUFFIX.length());
    }
    return name;
  }

  /** The resource path of a schema given by name or path, e.g. {@code "order-snapshot"}. */
  public static String path(String schema) {
    String path = SCHEMA_FOLDER + name(schema) + SCHEMA_SUFFIX;
    if (!SCHEMAS.contains(path)) {
      throw new IllegalArgumentException("no such schema: " + schema);
    }
    return path;
  }

  /** The {@code $id} of a schema given by name or path. */
  public static String id(String schema) {
    return ID_BASE + path(schema).substring(SCHEMA_FOLDER.length());
  }

  /** Valid samples of a schema (by name or path): resource paths, sorted. */
  public static List<String> samples(String schema) {
    return list(SAMPLE_FOLDER + name(path(schema)));
  }

  /** Invalid samples of a schema (by name or path): resource paths, sorted. */
  public static List<String> invalidSamples(String schema) {
    return list(INVALID_SAMPLE_FOLDER + name(path(schema)));
  }

  /** Lambda events of one kind: {@code "sqs"}, {@code "scheduler"} or {@code "http"}. */
  public static List<String> lambdaEvents(String kind) {
    return list(LAMBDA_FOLDER + kind);
  }

  /** The text of a resource, e.g. a sample; fails when there is none. */
  public static String read(String resource) {
    try (InputStream in = loader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no such resource on the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Contracts.class.getClassLoader();
  }

  /** The JSON files directly in a classpath folder, as resource paths, sorted. */
  private static synchronized List<String> list(String folder) {
    List<String> found = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader().getResources(folder))) {
        URI uri = url.toURI();
        if ("jar".equals(uri.getScheme())) {
          listInJar(uri, folder, found);
        } else {
          listIn(Path.of(uri), folder, found);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return found.stream().distinct().sorted().toList();
  }

  private static void listInJar(URI uri, String folder, List<String> found) throws IOException {
    FileSystem opened = null;
    try {
      try {
        opened = FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException alreadyOpen) {
        // someone else's: read through it, leave it open
      }
      listIn(Path.of(uri), folder, found);
    } finally {
      if (opened != null) {
        opened.close();
      }
    }
  }

  private static void listIn(Path dir, String folder, List<String> found) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .forEach(n -> found.add(folder + "/" + n));
    }
  }
}
