package com.oom.aws;

import com.oom.aws.client.AwsSettings;
import com.oom.aws.json.StoreDirectoryJson;
import com.oom.catalogue.EventBuses;
import com.oom.catalogue.Setting;
import com.oom.catalogue.StoreDirectory;
import java.util.Map;

/**
 * Everything the adapters need from the environment, read once when a function starts: where AWS
 * is, the table, the stores with their time zones, and the bus domain events go to.
 *
 * @param eventBus the EventBridge bus of OOM's domain events ({@code OOM_EVENT_BUS}; {@code
 *     oom-events-<stage>} on AWS, {@code oom-events} on emulators)
 */
public record OomSettings(AwsSettings aws, String table, StoreDirectory stores, String eventBus) {
  public static final String TABLE = Setting.TABLE.variable();
  public static final String STORE_DIRECTORY = Setting.STORE_DIRECTORY.variable();
  public static final String EVENT_BUS = Setting.EVENT_BUS.variable();

  /** On the plain bus name {@code oom-events} (emulators: the tests, the local runner). */
  public OomSettings(AwsSettings aws, String table, StoreDirectory stores) {
    this(aws, table, stores, EventBuses.EVENTS);
  }

  public static OomSettings fromEnvironment(Map<String, String> env) {
    return new OomSettings(
        AwsSettings.fromEnvironment(env),
        env.getOrDefault(TABLE, "oom"),
        StoreDirectoryJson.fromEnvironment(env),
        env.getOrDefault(EVENT_BUS, EventBuses.EVENTS));
  }
}
