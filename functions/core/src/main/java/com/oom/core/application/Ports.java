package com.oom.core.application;

import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.ConsentLedger;
import com.oom.core.port.ErpUpdatePublisher;
import com.oom.core.port.HandOffPublisher;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.Outbox;
import com.oom.core.port.SmsGateway;
import com.oom.core.port.SmsLog;
import com.oom.core.port.SmsRequestPublisher;

/** Every port the use cases need: real adapters on AWS, in-memory fakes in unit tests. */
public record Ports(
    OpenOrders orders,
    Outbox outbox,
    HandOffPublisher handOffs,
    ErpUpdatePublisher erpUpdates,
    SmsRequestPublisher smsRequests,
    SmsGateway smsGateway,
    ConsentLedger consent,
    SmsLog smsLog,
    BusinessCalendars calendars) {}
