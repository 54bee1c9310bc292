package com.oom.handlers.common;

import com.oom.aws.json.ApiJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reading and writing the raw JSON of stream handlers with our own mapper. */
public final class StreamHandlers {
  private StreamHandlers() {}

  public static String read(InputStream input) {
    try {
      return new String(input.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(OutputStream output, Object value) {
    try {
      output.write(ApiJson.write(value).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
