package com.oom.core.order;

/** Kind of sales order in the ERP. */
public enum OrderType {
  SALE,
  EXCHANGE,
  TRANSFER,
  /** Customer service order (CSO). */
  SERVICE
}
