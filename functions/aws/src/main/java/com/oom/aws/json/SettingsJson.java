package com.oom.aws.json;

import com.oom.catalogue.Setting;
import com.oom.catalogue.SettingsDocument;
import com.oom.core.config.OomConfig;
import java.util.Map;

/**
 * Reads a deployment's thresholds from {@code OOM_SETTINGS} ({@link SettingsDocument}), once, when
 * a function starts: no document means the defaults; a document that is not JSON, names an unknown
 * setting or holds a value out of its range fails the start with the setting's name.
 */
public final class SettingsJson {
  public static final String VARIABLE = Setting.SETTINGS.variable();

  private SettingsJson() {}

  /** The config {@code OOM_SETTINGS} describes; the defaults when it is unset or blank. */
  public static OomConfig fromEnvironment(Map<String, String> env) {
    String document = env.get(VARIABLE);
    if (document == null || document.isBlank()) {
      return OomConfig.defaults();
    }
    try {
      return parse(document);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(VARIABLE + " is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * The config a JSON settings document describes.
   *
   * @throws IllegalArgumentException when it is not a JSON object, or naming the bad setting
   */
  public static OomConfig parse(String document) {
    Map<String, Object> fields = StrictJsonObject.parse(document, "the settings document");
    return SettingsDocument.read(fields);
  }
}
