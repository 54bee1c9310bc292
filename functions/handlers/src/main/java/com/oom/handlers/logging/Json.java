package com.oom.handlers.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

/** A JSON object written field by field: just what a log line needs, no reflection. */
final class Json {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private final StringBuilder out = new StringBuilder(256).append('{');
  private boolean first = true;

  Json field(String name, String value) {
    name(name);
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  /** A number or boolean written as is. */
  Json literal(String name, String value) {
    name(name);
    out.append(value);
    return this;
  }

  Json object(String name) {
    name(name);
    out.append('{');
    first = true;
    return this;
  }

  Json end() {
    out.append('}');
    first = false;
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static boolean isLiteral(String value) {
    return value.equals("true") || value.equals("false") || NUMBER.matcher(value).matches();
  }

  static String stackTrace(Throwable throwable) {
    StringWriter trace = new StringWriter();
    throwable.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  private void name(String name) {
    if (!first) {
      out.append(',');
    }
    first = false;
    string(name);
    out.append(':');
  }

  private void string(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
