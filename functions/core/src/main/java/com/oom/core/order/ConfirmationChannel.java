package com.oom.core.order;

public enum ConfirmationChannel {
  SMS,
  VOICE,
  CHAT
}
