package com.oom.aws.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Item sizes as DynamoDB counts them, which the capacity units of the budget table rest on. */
class CapacityMeterTest {
  @Test
  void strings_count_their_utf8_bytes_and_names_count_too() {
    assertThat(CapacityMeter.size(Map.of("PK", AttributeValue.fromS("ORDER#1")))).isEqualTo(2 + 7);
    assertThat(CapacityMeter.size(Map.of("n", AttributeValue.fromS("é")))).isEqualTo(1 + 2);
  }

  @Test
  void numbers_count_one_byte_per_two_significant_digits_plus_one() {
    assertThat(CapacityMeter.size(Map.of("v", AttributeValue.fromN("1")))).isEqualTo(1 + 2);
    assertThat(CapacityMeter.size(Map.of("v", AttributeValue.fromN("1764518400000"))))
        .as("trailing zeros are not significant: 17645184, 8 digits")
        .isEqualTo(1 + 5);
    assertThat(CapacityMeter.size(Map.of("v", AttributeValue.fromN("123456")))).isEqualTo(1 + 4);
  }

  @Test
  void booleans_and_nulls_are_one_byte_and_documents_carry_three_plus_one_per_element() {
    assertThat(CapacityMeter.size(Map.of("b", AttributeValue.fromBool(true)))).isEqualTo(1 + 1);
    assertThat(CapacityMeter.size(Map.of("x", AttributeValue.fromNul(true)))).isEqualTo(1 + 1);
    assertThat(
            CapacityMeter.size(
                Map.of("l", AttributeValue.fromL(List.of(AttributeValue.fromS("ab"))))))
        .isEqualTo(1 + 3 + 1 + 2);
    assertThat(
            CapacityMeter.size(
                Map.of("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("ab"))))))
        .isEqualTo(1 + 3 + 1 + 1 + 2);
  }
}
