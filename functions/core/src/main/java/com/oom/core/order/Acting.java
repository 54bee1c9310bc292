package com.oom.core.order;

import java.util.Optional;
import java.util.Set;

/**
 * Who asks to change or read an order, decided against the order's own store once it is read: an
 * {@link Actor} acts as itself (an agent or an automatic party on any order, a store on its own
 * orders), and a store's staff act as the order's store if it is one of theirs. A refusal is
 * answered like an unknown order, so another store's orders are not revealed.
 */
public sealed interface Acting permits Actor, Acting.StoreStaff {

  /**
   * The actor a change to an order of {@code orderStoreId} is recorded under, or empty when this
   * party may not touch it ({@code null}: there is no such order).
   */
  Optional<Actor> on(String orderStoreId);

  /** The staff of these stores (their {@code store-<storeId>} groups). */
  static Acting staffOf(Set<String> storeIds) {
    return new StoreStaff(storeIds);
  }

  /** A store's staff: each change is recorded under the order's store. */
  record StoreStaff(Set<String> stores) implements Acting {
    public StoreStaff {
      stores = Set.copyOf(stores);
    }

    @Override
    public Optional<Actor> on(String orderStoreId) {
      return orderStoreId != null && stores.contains(orderStoreId)
          ? Optional.of(Actor.store(orderStoreId))
          : Optional.empty();
    }
  }
}
