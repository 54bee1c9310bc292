package com.oom.aws;

import com.oom.aws.client.AwsSettings;
import com.oom.aws.json.StoreDirectoryJson;
import com.oom.catalogue.Setting;
import com.oom.catalogue.StoreDirectory;
import java.util.Map;

/**
 * Everything the adapters need from the environment, read once when a function starts: where AWS
 * is, the table, and the stores with their time zones.
 */
public record OomSettings(AwsSettings aws, String table, StoreDirectory stores) {
  public static final String TABLE = Setting.TABLE.variable();
  public static final String STORE_DIRECTORY = Setting.STORE_DIRECTORY.variable();

  public static OomSettings fromEnvironment(Map<String, String> env) {
    return new OomSettings(
        AwsSettings.fromEnvironment(env),
        env.getOrDefault(TABLE, "oom"),
        StoreDirectoryJson.fromEnvironment(env));
  }
}
