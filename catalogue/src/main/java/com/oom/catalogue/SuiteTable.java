package com.oom.catalogue;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The single table: its key schema, its sparse indexes and its TTL attribute. Tests and the local
 * runner create it from this, the CDK app deploys it from this, the adapters query it by these
 * names.
 */
public final class SuiteTable {
  public static final String PK = "PK";
  public static final String SK = "SK";
  public static final String TTL = "expiresAt";

  /** Orders with a running timer, by due time: the sweep's Query. */
  public static final Index TIMERS = new Index("timers", "timerShard", "timerDue", 8, true);

  /** Outbox messages not yet published. */
  public static final Index OUTBOX = new Index("outbox", "outboxShard", "createdAt", 4, true);

  /** Texts deferred to the end of quiet hours or the next day, by when they may go. */
  public static final Index DEFERRED_SMS =
      new Index("deferredSms", "deferredShard", "notBefore", 4, true);

  /** Open orders of a store: the work-list backfill walks it (lists read the work-list index). */
  public static final Index OPEN_BY_STORE =
      new Index("openByStore", "storeOpen", "orderId", 1, false);

  public static final List<Index> INDEXES = List.of(TIMERS, OUTBOX, DEFERRED_SMS, OPEN_BY_STORE);

  /**
   * The work lists across stores are written to this many partitions per list (by order id), and a
   * page across stores reads each: every order change of every store writes there, and a partition
   * takes 1,000 write units a second. A snapshot burst of 500 changed orders a second, each
   * re-keying one entry (a transactional delete and put, 2 units each), is 2,000 units a second:
   * four partitions leave twice that as headroom, for four Queries per page.
   */
  public static final int WORK_LIST_SHARDS = 4;

  /**
   * Each list's size is counted in this many items per store and per shard of the all-stores view
   * (by order id), so concurrent changes rarely update the same counter in two transactions at
   * once; one Query reads them all.
   */
  public static final int WORK_LIST_COUNTERS = 8;

  private SuiteTable() {}

  /**
   * A sparse GSI: only items carrying its partition attribute appear in it.
   *
   * @param shards partitions the writes are spread over; readers query every shard
   * @param numericSort sort key is epoch milliseconds (else a string)
   */
  public record Index(
      String name,
      String partitionAttribute,
      String sortAttribute,
      int shards,
      boolean numericSort) {
    public String shardOf(String id) {
      return name + "#" + Math.floorMod(id.hashCode(), shards);
    }

    public List<String> allShards() {
      return IntStream.range(0, shards).mapToObj(i -> name + "#" + i).toList();
    }
  }
}
