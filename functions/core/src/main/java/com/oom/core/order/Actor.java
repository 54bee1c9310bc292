package com.oom.core.order;

import java.util.Objects;
import java.util.Optional;

/** Who made a change: an agent (by id), a store, or one of the automatic parties. */
public record Actor(Kind kind, String id) implements Acting {
  public enum Kind {
    AGENT,
    STORE,
    SYSTEM,
    ERP,
    JENNY,
    GUEST
  }

  public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "oom");
  public static final Actor ERP = new Actor(Kind.ERP, "erp");
  public static final Actor JENNY = new Actor(Kind.JENNY, "jenny");
  public static final Actor GUEST = new Actor(Kind.GUEST, "guest");

  public Actor {
    Objects.requireNonNull(kind, "kind");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("actor id is blank");
    }
  }

  public static Actor agent(String id) {
    return new Actor(Kind.AGENT, id);
  }

  public static Actor store(String storeId) {
    return new Actor(Kind.STORE, storeId);
  }

  /** A store acts only on its own orders; everyone else on any order. */
  @Override
  public Optional<Actor> on(String orderStoreId) {
    return kind != Kind.STORE || id.equals(orderStoreId) ? Optional.of(this) : Optional.empty();
  }

  /** People must explain their changes; automatic parties get standard wording. */
  public boolean isPerson() {
    return kind == Kind.AGENT || kind == Kind.STORE;
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}
