package com.oom.aws.dynamo;

import static com.oom.aws.dynamo.Items.n;
import static com.oom.aws.dynamo.Items.s;

import com.oom.core.port.ConfirmationAudits;
import com.oom.core.worklist.ConfirmationAuditReport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The end-of-day confirmation audits: {@code REPORT#CONFIRMATION-AUDIT#<storeId>} / {@code
 * DAY#<date>}, the report as a document, kept 400 days after the audit ({@code expiresAt}, TTL).
 * One PutItem per run: a retried run of the same store and day replaces its report.
 */
final class DynamoConfirmationAudits implements ConfirmationAudits {
  /** Long enough to compare a day with the same day a year before. */
  static final Duration KEPT_FOR = Duration.ofDays(400);

  private final DynamoDbClient dynamo;
  private final String table;

  DynamoConfirmationAudits(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public void save(ConfirmationAuditReport report) {
    Map<String, AttributeValue> item = itemKey(report.storeId(), report.day());
    item.put("report", s(StateJson.write(report)));
    item.put(OomTable.TTL, n(report.auditedAt().plus(KEPT_FOR).getEpochSecond()));
    dynamo.putItem(b -> b.tableName(table).item(item));
  }

  @Override
  public Optional<ConfirmationAuditReport> find(String storeId, LocalDate day) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(b -> b.tableName(table).key(itemKey(storeId, day)).consistentRead(true))
            .item();
    if (item == null || !item.containsKey("report")) {
      return Optional.empty();
    }
    return Optional.of(StateJson.read(Items.string(item, "report"), ConfirmationAuditReport.class));
  }

  private static Map<String, AttributeValue> itemKey(String storeId, LocalDate day) {
    return Items.key(Items.confirmationAudit(storeId), Items.day(day));
  }
}
