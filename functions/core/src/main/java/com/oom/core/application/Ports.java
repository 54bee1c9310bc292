package com.oom.core.application;

import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.ConfirmationAudits;
import com.oom.core.port.ConsentLedger;
import com.oom.core.port.ErpUpdatePublisher;
import com.oom.core.port.EventPublisher;
import com.oom.core.port.HandOffPublisher;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.Outbox;
import com.oom.core.port.SmsGateway;
import com.oom.core.port.SmsLog;
import com.oom.core.port.SmsRequestPublisher;
import com.oom.core.port.WorkListIndex;

/**
 * Every port the use cases may need. {@link UseCaseFactory} asks for a port only when it builds a
 * use case that takes it, so an implementation can build its adapters (and their SDK clients) on
 * first use: the AWS one does. {@link #of} holds ports built up front (in-memory fakes in tests).
 */
public interface Ports {
  OpenOrders orders();

  Outbox outbox();

  HandOffPublisher handOffs();

  ErpUpdatePublisher erpUpdates();

  SmsRequestPublisher smsRequests();

  SmsGateway smsGateway();

  ConsentLedger consent();

  SmsLog smsLog();

  ConfirmationAudits confirmationAudits();

  WorkListIndex workListIndex();

  BusinessCalendars calendars();

  /** The event bus domain events are published on. */
  EventPublisher events();

  static Ports of(
      OpenOrders orders,
      Outbox outbox,
      HandOffPublisher handOffs,
      ErpUpdatePublisher erpUpdates,
      SmsRequestPublisher smsRequests,
      SmsGateway smsGateway,
      ConsentLedger consent,
      SmsLog smsLog,
      ConfirmationAudits confirmationAudits,
      WorkListIndex workListIndex,
      BusinessCalendars calendars,
      EventPublisher events) {
    return new Fixed(
        orders,
        outbox,
        handOffs,
        erpUpdates,
        smsRequests,
        smsGateway,
        consent,
        smsLog,
        confirmationAudits,
        workListIndex,
        calendars,
        events);
  }

  /** Ports built up front. */
  record Fixed(
      OpenOrders orders,
      Outbox outbox,
      HandOffPublisher handOffs,
      ErpUpdatePublisher erpUpdates,
      SmsRequestPublisher smsRequests,
      SmsGateway smsGateway,
      ConsentLedger consent,
      SmsLog smsLog,
      ConfirmationAudits confirmationAudits,
      WorkListIndex workListIndex,
      BusinessCalendars calendars,
      EventPublisher events)
      implements Ports {}
}
