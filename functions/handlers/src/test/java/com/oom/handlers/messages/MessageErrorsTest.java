package com.oom.handlers.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.oom.core.testing.Orders;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.testing.FeedMessages;
import org.junit.jupiter.api.Test;

/**
 * A message the wire record reads but the domain refuses names the field, as when Jackson read the
 * domain records directly: the handler reports it as a batch item failure (then the DLQ).
 */
class MessageErrorsTest {
  private static final String SNAPSHOT = FeedMessages.snapshot("e-1", 1, Orders.defaultOrder());

  private static InvalidMessage refused(String body) {
    return catchThrowableOfType(InvalidMessage.class, () -> OrderFeedMessage.parse(body));
  }

  @Test
  void a_snapshot_is_read_into_the_domain_order() {
    var snapshot = (OrderFeedMessage.OrderSnapshot) OrderFeedMessage.parse(SNAPSHOT);
    assertThat(snapshot.order()).isEqualTo(Orders.defaultOrder().details());
    assertThat(snapshot.sequence()).isEqualTo(1);
  }

  @Test
  void a_bad_phone_number_names_its_field() {
    InvalidMessage e = refused(SNAPSHOT.replace("\"+12045550142\"", "\"204-555-01x\""));
    assertThat(e.field()).isEqualTo("order.guest.phones[0].number");
    assertThat(e.getMessage()).contains("not a phone number").doesNotContain("555-01x");
  }

  @Test
  void a_line_the_domain_refuses_names_the_line() {
    InvalidMessage e = refused(SNAPSHOT.replaceFirst("\"quantity\":1", "\"quantity\":0"));
    assertThat(e.field()).isEqualTo("order.lines[0]");
    assertThat(e.getMessage()).contains("quantity must be positive");
  }

  @Test
  void an_order_the_domain_refuses_names_the_order() {
    InvalidMessage e = refused(SNAPSHOT.replace("\"balanceDue\":\"0\"", "\"balanceDue\":\"-1\""));
    assertThat(e.field()).isEqualTo("order");
    assertThat(e.getMessage()).contains("balanceDue must not be negative");
  }

  @Test
  void a_missing_required_field_names_its_object_and_the_field() {
    InvalidMessage e = refused(SNAPSHOT.replace("\"guestId\":\"G-SO-1001\",", ""));
    assertThat(e.field()).isEqualTo("order.guest");
    assertThat(e.getMessage()).contains("guestId is required");
  }

  @Test
  void an_unknown_enum_value_names_its_field() {
    InvalidMessage e = refused(SNAPSHOT.replace("\"status\":\"EST\"", "\"status\":\"NOPE\""));
    assertThat(e.field()).isEqualTo("order.status");
    assertThat(e.getMessage()).contains("must be one of");
  }

  @Test
  void an_sms_request_with_a_bad_number_names_to() {
    String body =
        """
        {"requestId":"r-1","orderId":"SO-1","touchPoint":"MERCHANDISE_AVAILABLE",
         "dedupeKey":"SO-1#MERCHANDISE_AVAILABLE#a","to":"12","requestedAt":"2026-11-30T16:00:00Z"}
        """;
    InvalidMessage e =
        catchThrowableOfType(InvalidMessage.class, () -> SmsRequestMessage.parse(body));
    assertThat(e.field()).isEqualTo("to");
  }

  @Test
  void an_inbound_text_from_a_bad_number_names_origination_number() {
    String body =
        """
        {"originationNumber":"abc","destinationNumber":"+12045550100",
         "messageBody":"C","inboundMessageId":"in-1"}
        """;
    InvalidMessage e =
        catchThrowableOfType(InvalidMessage.class, () -> InboundSmsMessage.parse(body));
    assertThat(e.field()).isEqualTo("originationNumber");
  }

  @Test
  void a_number_where_a_phone_number_goes_is_refused() {
    InvalidMessage e = refused(SNAPSHOT.replace("\"+12045550142\"", "2045550142"));
    assertThat(e.field()).isEqualTo("order.guest.phones[0].number");
  }
}
