package com.oom.catalogue;

import com.oom.core.port.BusinessCalendars;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.Province;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stores of a deployment ({@link Store}), from its store directory document ({@link
 * StoreDirectoryDocument}): each store's business calendar, hand-off queue and pick-up location.
 * The functions, the CDK app and the local runner all read the same document.
 */
public final class StoreDirectory implements BusinessCalendars {
  private final Map<String, Store> stores;
  private final Map<String, BusinessCalendar> calendars;
  private final List<String> storeIds;

  /**
   * @throws IllegalArgumentException for no store, a store listed twice or two stores sharing a
   *     hand-off queue
   */
  public StoreDirectory(List<Store> stores) {
    if (stores.isEmpty()) {
      throw new IllegalArgumentException("at least one store is required");
    }
    Map<String, Store> byId = new LinkedHashMap<>();
    Map<String, String> queueOwners = new HashMap<>();
    for (Store store : stores) {
      if (byId.put(store.id(), store) != null) {
        throw new IllegalArgumentException("store " + store.id() + " is listed twice");
      }
      String owner = queueOwners.put(store.handOffQueue(), store.id());
      if (owner != null) {
        throw new IllegalArgumentException(
            "stores "
                + owner
                + " and "
                + store.id()
                + " both name hand-off queue "
                + store.handOffQueue()
                + ": each store needs its own");
      }
    }
    Map<String, BusinessCalendar> built = new LinkedHashMap<>();
    byId.forEach((id, store) -> built.put(id, store.calendar()));
    this.stores = byId;
    this.calendars = built;
    this.storeIds = List.copyOf(byId.keySet());
  }

  /** Standard stores ({@link Store#standard}) in these zones, with the federal holidays. */
  public StoreDirectory(Map<String, ZoneId> zones) {
    this(zones, Map.of());
  }

  /** Standard stores in {@code zones}; those in {@code provinces} keep that province's holidays. */
  public StoreDirectory(Map<String, ZoneId> zones, Map<String, Province> provinces) {
    this(standardStores(zones, provinces));
  }

  private static List<Store> standardStores(
      Map<String, ZoneId> zones, Map<String, Province> provinces) {
    provinces.keySet().stream()
        .filter(store -> !zones.containsKey(store))
        .findFirst()
        .ifPresent(
            store -> {
              throw new IllegalArgumentException("province given for unknown store " + store);
            });
    List<Store> stores = new ArrayList<>();
    zones.forEach(
        (id, zone) -> stores.add(Store.standard(id, zone, Optional.ofNullable(provinces.get(id)))));
    return stores;
  }

  /**
   * Standard stores in the short form {@code id=Zone[@Province],...} ({@code
   * 101=America/Winnipeg@MB,303=America/Toronto}): tests and quick local runs; a deployment's
   * directory is a {@link StoreDirectoryDocument}.
   */
  public static StoreDirectory standardStores(String spec) {
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

  /** Every store, in the document's order. */
  public List<Store> stores() {
    return List.copyOf(stores.values());
  }

  /** The store with this id, if the directory has it. */
  public Optional<Store> store(String storeId) {
    return Optional.ofNullable(stores.get(storeId));
  }

  /** The store's province, whose holidays it keeps; empty: the federal holidays. */
  public Optional<Province> province(String storeId) {
    return store(storeId).flatMap(Store::province);
  }

  /**
   * The store's hand-off queue.
   *
   * @throws IllegalArgumentException for a store not in the directory
   */
  public String handOffQueue(String storeId) {
    return store(storeId)
        .map(Store::handOffQueue)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "store " + storeId + " is not in the store directory: no hand-off queue"));
  }

  @Override
  public Optional<String> pickupLocationOf(String storeId) {
    return store(storeId).flatMap(Store::pickupLocationId);
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
