package com.oom.aws.wire;

import com.oom.core.order.Actor;
import java.util.Objects;

/** {@code common.schema.json#/$defs/actor}: who made a change. */
public record ActorWire(Actor.Kind kind, String id) {
  public ActorWire {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static ActorWire of(Actor actor) {
    return new ActorWire(actor.kind(), actor.id());
  }

  public Actor toDomain() {
    return Wire.at("actor", () -> new Actor(kind, id));
  }
}
