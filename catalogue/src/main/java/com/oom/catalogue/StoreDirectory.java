package com.oom.catalogue;

import com.oom.core.port.BusinessCalendars;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.Province;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stores, their time zones and, optionally, their provinces, from configuration ({@code
 * 101=America/Winnipeg@MB,202=America/Regina@SK}); each gets the standard business calendar in its
 * zone, with its province's general holidays, or the federal ones when no province is given.
 */
public final class StoreDirectory implements BusinessCalendars {
  private final Map<String, BusinessCalendar> calendars;
  private final List<String> storeIds;
  private final Map<String, Province> provinces;

  public StoreDirectory(Map<String, ZoneId> zones) {
    this(zones, Map.of());
  }

  /** Stores in {@code zones}; those in {@code provinces} keep that province's holidays. */
  public StoreDirectory(Map<String, ZoneId> zones, Map<String, Province> provinces) {
    if (zones.isEmpty()) {
      throw new IllegalArgumentException("at least one store is required");
    }
    provinces.keySet().stream()
        .filter(store -> !zones.containsKey(store))
        .findFirst()
        .ifPresent(
            store -> {
              throw new IllegalArgumentException("province given for unknown store " + store);
            });
    Map<String, BusinessCalendar> built = new LinkedHashMap<>();
    zones.forEach(
        (store, zone) -> {
          Province province = provinces.get(store);
          built.put(
              store,
              province == null
                  ? BusinessCalendar.standard(store, zone)
                  : BusinessCalendar.standard(store, zone, province));
        });
    this.calendars = Map.copyOf(built);
    this.storeIds = List.copyOf(zones.keySet());
    this.provinces = Map.copyOf(provinces);
  }

  /**
   * Parses {@code id=Zone[@Province],...} ({@code 101=America/Winnipeg@MB,303=America/Toronto}); a
   * clear error names the store and what is wrong.
   */
  public static StoreDirectory parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException(
          "no stores configured (expected e.g. 101=America/Winnipeg)");
    }
    Map<String, ZoneId> zones = new LinkedHashMap<>();
    Map<String, Province> provinces = new LinkedHashMap<>();
    for (String entry : spec.split(",")) {
      String[] parts = entry.strip().split("=", 2);
      if (parts.length != 2 || parts[0].isBlank()) {
        throw new IllegalArgumentException(
            "store entry '" + entry.strip() + "' is not id=TimeZone or id=TimeZone@Province");
      }
      String store = parts[0].strip();
      String[] zoneAndProvince = parts[1].split("@", 2);
      String zone = zoneAndProvince[0].strip();
      try {
        zones.put(store, ZoneId.of(zone));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("store " + store + ": unknown time zone " + zone);
      }
      if (zoneAndProvince.length == 2) {
        String code = zoneAndProvince[1].strip();
        provinces.put(
            store,
            Province.fromCode(code)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "store "
                                + store
                                + ": unknown province '"
                                + code
                                + "' (expected a two-letter code: "
                                + Arrays.toString(Province.values())
                                + ")")));
      }
    }
    return new StoreDirectory(zones, provinces);
  }

  /** The store's province, whose holidays it keeps; empty: the federal holidays. */
  public Optional<Province> province(String storeId) {
    return Optional.ofNullable(provinces.get(storeId));
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
