package com.oom.aws.json;

import com.oom.catalogue.Setting;
import com.oom.catalogue.StoreDirectory;
import com.oom.catalogue.StoreDirectoryDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a deployment's store directory ({@link StoreDirectoryDocument}) from the file {@code
 * OOM_STORE_DIRECTORY} names, once, when a function starts: a missing file, a document that is not
 * JSON or a store that is wrong fails the start with the store and the field.
 */
public final class StoreDirectoryJson {
  public static final String VARIABLE = Setting.STORE_DIRECTORY.variable();

  private StoreDirectoryJson() {}

  /** The directory in the file {@code OOM_STORE_DIRECTORY} names. */
  public static StoreDirectory fromEnvironment(Map<String, String> env) {
    String path = env.get(VARIABLE);
    if (path == null || path.isBlank()) {
      throw new IllegalStateException("environment variable " + VARIABLE + " is not set");
    }
    try {
      return read(Path.of(path));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          VARIABLE + " (" + path + ") is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * The directory in this file.
   *
   * @throws IllegalArgumentException when it cannot be read, is not JSON, or naming the bad store
   */
  public static StoreDirectory read(Path file) {
    String document;
    try {
      document = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the store directory " + file + ": " + e, e);
    }
    return parse(document);
  }

  /** The directory a JSON document describes. */
  public static StoreDirectory parse(String document) {
    Map<String, Object> fields = StrictJsonObject.parse(document, "the store directory");
    return StoreDirectoryDocument.read(fields);
  }
}
