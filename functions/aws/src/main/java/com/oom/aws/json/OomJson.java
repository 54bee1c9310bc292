package com.oom.aws.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.oom.core.order.GuestLanguage;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.PhoneNumber;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The one JSON mapping of domain records, for stored state and for messages: camelCase fields from
 * record components only (no derived getters), instants as ISO-8601 UTC, dates as YYYY-MM-DD, money
 * as decimal strings, phone numbers as E.164 strings.
 */
public final class OomJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          // dates and times only as ISO strings: no epoch-day numbers, no date-times for dates
          .withConfigOverride(
              java.time.LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
          .withConfigOverride(
              java.time.LocalTime.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
          .withConfigOverride(
              BigDecimal.class,
              o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
          .addMixIn(PhoneNumber.class, PhoneNumberAsString.class)
          .addMixIn(GuestLanguage.class, LanguageAsLocaleTag.class)
          .addMixIn(OrderDetails.class, OrderDetailsWireNames.class)
          .build();

  private OomJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Numbers as people write them are accepted and normalised; they are written as E.164. A mix-in
   * annotates the target's own members, so the creator must have {@link PhoneNumber#parse}'s
   * signature (a differently named factory here would be ignored, leaving the strict E.164
   * constructor).
   */
  abstract static class PhoneNumberAsString {
    // A mix-in's creator must mirror a real method of the target: PhoneNumber.parse.
    @JsonCreator
    static PhoneNumber parse(String value) {
      return PhoneNumber.parse(value);
    }

    @JsonValue
    abstract String value();
  }

  /** Languages travel as locale tags ("en-CA", "fr-CA"), as the ERP sends them. */
  abstract static class LanguageAsLocaleTag {
    @JsonCreator
    static GuestLanguage fromTag(String tag) {
      return GuestLanguage.fromTag(tag);
    }

    @JsonValue
    abstract String tag();
  }

  /** The catalogue calls the guest's language {@code locale}. */
  abstract static class OrderDetailsWireNames {
    @JsonProperty("locale")
    GuestLanguage language;
  }
}
