package com.oom.core.order;

/**
 * How someone tried to reach the guest: an agent by telephone or text, or Jenny (the Package AI) in
 * an online chat ({@code CHAT}, from Jenny's chat results).
 */
public enum ContactChannel {
  PHONE,
  SMS,
  CHAT
}
