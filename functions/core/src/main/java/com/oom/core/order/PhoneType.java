package com.oom.core.order;

public enum PhoneType {
  MOBILE,
  HOME,
  WORK
}
