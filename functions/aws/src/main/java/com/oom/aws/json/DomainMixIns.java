package com.oom.aws.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.oom.core.order.GuestLanguage;
import com.oom.core.order.PhoneNumber;

/** The mix-ins of {@link JsonMappers#domain()}. */
final class DomainMixIns {
  private DomainMixIns() {}

  /**
   * Numbers as people write them are accepted and normalised; they are written as E.164. A mix-in
   * annotates the target's own members, so the creator must have {@link PhoneNumber#parse}'s
   * signature (a differently named factory here would be ignored, leaving the strict E.164
   * constructor).
   */
  abstract static class PhoneNumberAsString {
    @JsonCreator
    static PhoneNumber parse(String value) {
      return PhoneNumber.parse(value);
    }

    @JsonValue
    abstract String value();
  }

  /** Languages as locale tags ("en-CA", "fr-CA"). */
  abstract static class LanguageAsLocaleTag {
    @JsonCreator
    static GuestLanguage fromTag(String tag) {
      return GuestLanguage.fromTag(tag);
    }

    @JsonValue
    abstract String tag();
  }

  /** The guest's language is stored as {@code locale}, as the order schema calls it. */
  abstract static class OrderDetailsWireNames {
    @JsonProperty("locale")
    GuestLanguage language;
  }
}
