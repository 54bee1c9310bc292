package com.oom.core.port;

import com.oom.core.outbox.OutboxMessage;
import java.util.List;

/** Outbox messages committed with their order change but not yet published. */
public interface Outbox {
  List<OutboxMessage> unpublished(int limit);

  void markPublished(List<OutboxMessage> messages);
}
