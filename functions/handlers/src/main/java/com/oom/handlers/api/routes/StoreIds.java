package com.oom.handlers.api.routes;

import com.oom.handlers.common.InvalidMessage;
import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code storeId} query parameter: what a store id looks like (else a 400 naming it). */
final class StoreIds {
  private static final Pattern STORE_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  private StoreIds() {}

  /** The request's {@code storeId}, if given. */
  static Optional<String> query(ApiCall call) {
    Optional<String> storeId = call.request().query("storeId");
    if (storeId.isPresent() && !STORE_ID.matcher(storeId.get()).matches()) {
      throw new InvalidMessage("storeId", "is not a store id");
    }
    return storeId;
  }
}
