/**
 * The hand-over of fields OOM shares with the ERP (docs/erp-contract.md): which side's value stands
 * when a snapshot arrives, what OOM is still waiting to see echoed, and when that wait is overdue.
 * Pure functions over the order; the rules package turns their decisions into events.
 */
package com.oom.core.sync;
