package com.oom.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.testing.AwsStack;
import com.oom.core.port.ConfirmationAudits;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.core.worklist.ConfirmationAuditReport;
import com.oom.core.worklist.ConfirmationMiss;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The end-of-day confirmation audits on moto: one item per store and day, kept 400 days. */
@ExtendWith(EmulatorExtension.class)
class DynamoConfirmationAuditsIT {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
  private static final Instant CLOSING = Instant.parse("2026-12-01T02:55:00Z");
  private AwsStack aws;
  private ConfirmationAudits audits;

  @BeforeEach
  void stack() {
    aws = new AwsStack(new MutableClock(CLOSING));
    audits = aws.dynamoAdapters.confirmationAudits();
  }

  private static ConfirmationAuditReport report(String storeId, Instant at, String... orderIds) {
    return new ConfirmationAuditReport(
        storeId,
        MONDAY,
        4,
        java.util.Arrays.stream(orderIds)
            .map(id -> new ConfirmationMiss(id, storeId, TUESDAY, List.of(Orders.HOME)))
            .toList(),
        at);
  }

  private List<Map<String, AttributeValue>> itemsOf(String storeId) {
    return aws.dynamo
        .query(
            b ->
                b.tableName(AwsStack.TABLE)
                    .keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(
                        Map.of(
                            ":pk", AttributeValue.fromS("REPORT#CONFIRMATION-AUDIT#" + storeId))))
        .items();
  }

  @Test
  void a_stored_report_reads_back_with_its_misses_and_numbers() {
    ConfirmationAuditReport report = report("101", CLOSING, "SO-1", "SO-2");

    audits.save(report);

    assertThat(audits.find("101", MONDAY)).contains(report);
  }

  @Test
  void a_retried_run_replaces_the_report_of_its_store_and_day() {
    audits.save(report("101", CLOSING, "SO-1", "SO-2"));
    ConfirmationAuditReport retried = report("101", CLOSING.plusSeconds(120), "SO-2");

    audits.save(retried);

    assertThat(audits.find("101", MONDAY)).contains(retried);
    assertThat(itemsOf("101")).singleElement();
  }

  @Test
  void another_store_or_another_day_has_a_report_of_its_own_or_none() {
    audits.save(report("101", CLOSING, "SO-1"));

    assertThat(audits.find("202", MONDAY)).isEmpty();
    assertThat(audits.find("101", TUESDAY)).isEmpty();
  }

  @Test
  void the_item_is_keyed_by_store_and_day_and_expires_400_days_after_the_audit() {
    audits.save(report("101", CLOSING));

    Map<String, AttributeValue> item = itemsOf("101").getFirst();
    assertThat(item.get("SK").s()).isEqualTo("DAY#2026-11-30");
    assertThat(Long.parseLong(item.get("expiresAt").n()))
        .isEqualTo(CLOSING.plus(Duration.ofDays(400)).getEpochSecond());
  }
}
