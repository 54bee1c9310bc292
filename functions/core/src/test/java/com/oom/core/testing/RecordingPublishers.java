package com.oom.core.testing;

import com.oom.core.outbox.OutboxMessage.ErpUpdate;
import com.oom.core.outbox.OutboxMessage.HandOff;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.ErpUpdatePublisher;
import com.oom.core.port.HandOffPublisher;
import com.oom.core.port.SmsRequestPublisher;
import java.util.ArrayList;
import java.util.List;

/** Captures what would go to the queues; can be told to fail, as a queue outage would. */
public final class RecordingPublishers
    implements HandOffPublisher, ErpUpdatePublisher, SmsRequestPublisher {
  public final List<HandOff> handOffs = new ArrayList<>();
  public final List<ErpUpdate> erpUpdates = new ArrayList<>();
  public final List<SmsRequest> smsRequests = new ArrayList<>();
  private boolean failing;

  public void failing(boolean value) {
    failing = value;
  }

  @Override
  public synchronized void publish(HandOff handOff) {
    failIfAsked();
    handOffs.add(handOff);
  }

  @Override
  public synchronized void publish(ErpUpdate update) {
    failIfAsked();
    erpUpdates.add(update);
  }

  @Override
  public synchronized void publish(SmsRequest request) {
    failIfAsked();
    smsRequests.add(request);
  }

  private void failIfAsked() {
    if (failing) {
      throw new IllegalStateException("queue unavailable");
    }
  }
}
