package com.oom.aws.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * How every JSON mapper of the suite writes values: camelCase fields from record components only
 * (no derived getters), absent values left out, instants as ISO-8601 UTC, dates as YYYY-MM-DD
 * (never epoch-day numbers), money as decimal strings. {@link #values()} knows no domain type (the
 * message wire records); {@link #domain()} adds the mix-ins that map domain records directly
 * (stored state, API bodies).
 */
public final class JsonMappers {
  private JsonMappers() {}

  /** The value conventions only: for records that are their own JSON shape. */
  public static JsonMapper.Builder values() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
        .withConfigOverride(LocalTime.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
        .withConfigOverride(
            BigDecimal.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)));
  }

  /** {@link #values()} plus phone numbers as E.164 strings and languages as locale tags. */
  public static JsonMapper.Builder domain() {
    return values()
        .addMixIn(PhoneNumber.class, DomainMixIns.PhoneNumberAsString.class)
        .addMixIn(GuestLanguage.class, DomainMixIns.LanguageAsLocaleTag.class)
        .addMixIn(OrderDetails.class, DomainMixIns.OrderDetailsWireNames.class);
  }

  public static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
