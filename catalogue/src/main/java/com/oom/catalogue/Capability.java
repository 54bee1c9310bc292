package com.oom.catalogue;

/** What a function may touch; the CDK app maps each to the IAM statements it needs. */
public enum Capability {
  /** Orders, audit, outbox, SMS log, consent, idempotency: the base table, no index. */
  ORDERS,
  /** The sweep's indexes: timers, outbox, deferredSms. */
  SWEEP_INDEXES,
  /**
   * The openByStore index: only the work-list backfill walks it (lists, the daily plan and the
   * confirmation audit read the work-list index, in the base table).
   */
  STORE_INDEX,
  /** SendMessage to oom-erp-updates, oom-sms-requests and every store hand-off queue. */
  PUBLISH_OUTBOX,
  /** sms-voice:SendTextMessage from the pool with the configuration set. */
  SEND_SMS,
  /** Webhook replay records ({@code WEBHOOK#<eventId>} items) only. */
  WEBHOOK_REPLAYS,
  /** SendMessage to oom-confirmations, and read the webhook secret. */
  ENQUEUE_CONFIRMATIONS,
  /** Read the key work-list cursors are signed with. */
  CURSOR_KEY
}
