package com.oom.core.application;

import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.WorkListIndex;
import com.oom.core.worklist.ListEntry;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A work list, a page at a time, from the work-list index: the cost of a page is the entries it
 * reads, not the size of the store. The index is written with every order change and re-written
 * when an order's lines change with the day (its timer), so a page shows what the rules compute
 * from the orders at that instant.
 */
public final class ListWorkList {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  private final WorkListIndex index;
  private final BusinessCalendars calendars;

  public ListWorkList(WorkListIndex index, BusinessCalendars calendars) {
    this.index = index;
    this.calendars = calendars;
  }

  /** Whether the store is in the directory (a list of another store is refused, not empty). */
  public boolean knowsStore(String storeId) {
    return calendars.knows(storeId);
  }

  /**
   * One page of a list.
   *
   * @param stores the stores merged in priority order; null for every store
   * @param afterRank the rank of the last item of the previous page; null for the first page
   * @param total how many items the list holds in those stores
   * @param lastRank the rank to continue after; null on the last page
   */
  public record WorkListPage(List<WorkItem> items, long total, String lastRank) {
    public WorkListPage {
      items = List.copyOf(items);
    }
  }

  public WorkListPage page(WorkListKind kind, List<String> stores, String afterRank, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
    WorkListIndex.Page page = index.page(kind, stores, afterRank, limit);
    List<ListEntry> entries = page.entries();
    // An order of a store since dropped from the directory leaves the index at its next write
    // (no calendar, no lines); until then a page leaves it out rather than show a stale line.
    return new WorkListPage(
        entries.stream().map(ListEntry::item).filter(i -> knowsStore(i.storeId())).toList(),
        index.sizes(stores).getOrDefault(kind, 0L),
        page.more() && !entries.isEmpty() ? entries.getLast().rank() : null);
  }

  /**
   * Every item of a list, page after page (tests and tools; the API serves one page at a time).
   *
   * @param storeId one store, or null for every store
   */
  public List<WorkItem> handle(WorkListKind kind, String storeId) {
    List<String> stores = storeId == null ? null : List.of(storeId);
    List<WorkItem> all = new java.util.ArrayList<>();
    String after = null;
    do {
      WorkListPage page = page(kind, stores, after, MAX_LIMIT);
      all.addAll(page.items());
      after = page.lastRank();
    } while (after != null);
    return all;
  }

  /**
   * Every list's size, from the lists' counters.
   *
   * @param stores the stores counted; null for every store
   */
  public Map<WorkListKind, Integer> sizes(List<String> stores) {
    Map<WorkListKind, Integer> sizes = new EnumMap<>(WorkListKind.class);
    index.sizes(stores).forEach((kind, size) -> sizes.put(kind, Math.toIntExact(size)));
    return sizes;
  }

  /**
   * The store's open orders with no next step: none, unless a rule leaves an order without one (the
   * daily plan reports them).
   */
  public List<String> withoutNextStep(String storeId) {
    return index.withoutNextStep(storeId);
  }
}
