package com.oom.aws.wire.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.ContactStatus;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.outbox.ErpChanges;
import com.oom.core.outbox.OutboxMessage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutboxWireTest {

  /** An ERP update written to the outbox by the version before 2 (unpublished at deploy time). */
  private static final String VERSION_1 =
      """
      {"updateId":"80e730e1-a346-5791-987c-c0fdd202a07b","orderId":"SO-101-48377",
       "at":"2026-11-24T16:16:30Z","actor":{"kind":"AGENT","id":"agent-7"},
       "contactStatus":"HOLD","contactDate":"2026-11-26",
       "auditComment":"No answer on mobile. Holding; try evenings."}""";

  private static final String VERSION_1_ESCALATION =
      """
      {"updateId":"8b3e6132-7f33-5b6c-be65-63769c0e45aa","orderId":"SO-101-48377",
       "at":"2026-12-02T01:10:00Z","actor":{"kind":"SYSTEM","id":"oom"},
       "contactStatus":"HOLD","fulfilmentStatus":"CWC",
       "auditComment":"Escalated to CWC (NO_CONTACT). The store now owns this order."}""";

  @Test
  void a_version_1_erp_update_left_in_the_outbox_is_published_as_version_2_with_what_it_said() {
    OutboxMessage.ErpUpdate update =
        (OutboxMessage.ErpUpdate) OutboxWire.read("ErpUpdate", VERSION_1);

    assertThat(update.action()).isEqualTo("COMMENT");
    assertThat(update.contactStatus()).isEqualTo(ContactStatus.HOLD);
    assertThat(update.contactDate()).isEqualTo(LocalDate.of(2026, 11, 26));
    assertThat(update.changes()).isEqualTo(ErpChanges.NONE);
    assertThat(update.auditComment()).isEqualTo("No answer on mobile. Holding; try evenings.");
    assertThat(OutboxWire.body(update)).contains("\"schemaVersion\":2");
  }

  @Test
  void a_version_1_escalation_keeps_its_cwc_and_is_named_an_escalation() {
    OutboxMessage.ErpUpdate update =
        (OutboxMessage.ErpUpdate) OutboxWire.read("ErpUpdate", VERSION_1_ESCALATION);

    assertThat(update.action()).isEqualTo("ESCALATED");
    assertThat(update.fulfilmentStatus()).isEqualTo(FulfilmentStatus.CWC);
  }

  @Test
  void a_version_2_body_is_read_as_it_is() {
    String v2 = OutboxWire.upgraded(VERSION_1);
    assertThat(OutboxWire.upgraded(v2)).isSameAs(v2);
  }
}
