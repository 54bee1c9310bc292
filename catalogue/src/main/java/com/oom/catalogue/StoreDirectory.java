package com.oom.catalogue;

import com.oom.core.port.BusinessCalendars;
import com.oom.core.time.BusinessCalendar;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stores and their time zones, from configuration ({@code 101=America/Winnipeg,
 * 202=America/Regina}); each gets the standard business calendar in its zone.
 */
public final class StoreDirectory implements BusinessCalendars {
  private final Map<String, BusinessCalendar> calendars;
  private final List<String> storeIds;

  public StoreDirectory(Map<String, ZoneId> zones) {
    if (zones.isEmpty()) {
      throw new IllegalArgumentException("at least one store is required");
    }
    Map<String, BusinessCalendar> built = new LinkedHashMap<>();
    zones.forEach((store, zone) -> built.put(store, BusinessCalendar.standard(store, zone)));
    this.calendars = Map.copyOf(built);
    this.storeIds = List.copyOf(zones.keySet());
  }

  /** Parses {@code id=Zone,id=Zone}; a clear error names what is wrong. */
  public static StoreDirectory parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException(
          "no stores configured (expected e.g. 101=America/Winnipeg)");
    }
    Map<String, ZoneId> zones = new LinkedHashMap<>();
    for (String entry : spec.split(",")) {
      String[] parts = entry.strip().split("=", 2);
      if (parts.length != 2 || parts[0].isBlank()) {
        throw new IllegalArgumentException(
            "store entry '" + entry.strip() + "' is not id=TimeZone");
      }
      try {
        zones.put(parts[0].strip(), ZoneId.of(parts[1].strip()));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "store " + parts[0].strip() + ": unknown time zone " + parts[1].strip());
      }
    }
    return new StoreDirectory(zones);
  }

  @Override
  public List<String> storeIds() {
    return storeIds;
  }

  @Override
  public Optional<BusinessCalendar> find(String storeId) {
    return Optional.ofNullable(calendars.get(storeId));
  }

  @Override
  public BusinessCalendar forStore(String storeId) {
    BusinessCalendar calendar = calendars.get(storeId);
    if (calendar == null) {
      throw new IllegalArgumentException("unknown store " + storeId);
    }
    return calendar;
  }
}
