package com.oom.core.port;

import com.oom.core.time.BusinessCalendar;
import java.util.List;
import java.util.Optional;

/** The business calendar (time zone, opening hours, holidays) of each store in the directory. */
public interface BusinessCalendars {
  /**
   * @throws IllegalArgumentException for a store not in the directory
   */
  BusinessCalendar forStore(String storeId);

  /** The store's calendar, or empty for a store not in the directory. */
  default Optional<BusinessCalendar> find(String storeId) {
    try {
      return Optional.of(forStore(storeId));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  /**
   * Every store in the directory (the walks over all stores need it).
   *
   * @throws UnsupportedOperationException for a directory that answers store by store only
   */
  default List<String> storeIds() {
    throw new UnsupportedOperationException("this store directory cannot list its stores");
  }

  /**
   * The distribution centre or location where the store's guests pick up ({@code 888}), if the
   * directory says.
   */
  default Optional<String> pickupLocationOf(String storeId) {
    return Optional.empty();
  }

  /** Whether the store is in the directory. */
  default boolean knows(String storeId) {
    return find(storeId).isPresent();
  }
}
