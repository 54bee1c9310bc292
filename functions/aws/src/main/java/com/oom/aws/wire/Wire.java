package com.oom.aws.wire;

import com.oom.core.order.InvalidCommand;
import com.oom.core.order.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Mapping helpers: every domain value built from a wire field names that field when it fails. */
public final class Wire {
  private Wire() {}

  /** {@code value}, or a {@link WireException} naming {@code field} (nested names prefixed). */
  public static <T> T at(String field, Supplier<T> value) {
    try {
      return value.get();
    } catch (WireException e) {
      throw e.within(field);
    } catch (NullPointerException e) {
      throw new WireException(
          field, (e.getMessage() == null ? "a field" : e.getMessage()) + " is required");
    } catch (IllegalArgumentException | InvalidCommand e) {
      throw new WireException(field, e.getMessage() == null ? "invalid value" : e.getMessage());
    }
  }

  /** Each item mapped, a failure naming {@code field[index]}. */
  public static <W, T> List<T> each(String field, List<W> items, Function<W, T> map) {
    List<T> mapped = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      W item = items.get(i);
      mapped.add(at(field + "[" + i + "]", () -> map.apply(item)));
    }
    return mapped;
  }

  /** Each domain item as its wire record (no failure to name: the domain is valid). */
  public static <T, W> List<W> all(List<T> items, Function<T, W> map) {
    return items.stream().map(map).toList();
  }

  /** A phone number as partners write it (normalised), or null when absent. */
  public static PhoneNumber phone(String field, String raw) {
    return raw == null ? null : at(field, () -> PhoneNumber.parse(raw));
  }

  /** A phone number as OOM writes it (E.164), or null when absent. */
  public static String phone(PhoneNumber number) {
    return number == null ? null : number.value();
  }
}
