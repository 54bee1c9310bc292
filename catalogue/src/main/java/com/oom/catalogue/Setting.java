package com.oom.catalogue;

/**
 * A setting a function reads from its environment. {@link Source} says who provides it on AWS, so
 * the CDK app can derive each function's environment from the settings it reads.
 */
public enum Setting {
  TABLE("OOM_TABLE", Source.STACK, "the single table's name"),
  STORE_DIRECTORY(
      "OOM_STORE_DIRECTORY",
      Source.STAGE,
      "the path of the store directory document (on AWS, in the stage's layer: /opt/oom/store-directory-<hash>.json)"),
  STAGE("OOM_STAGE", Source.STAGE, "dev or prod"),
  AWS_ENDPOINT("OOM_AWS_ENDPOINT", Source.EMULATOR, "an emulator's URL instead of AWS"),
  SMS_POOL_ID("OOM_SMS_POOL_ID", Source.STACK, "the End User Messaging phone pool"),
  SMS_CONFIGURATION_SET("OOM_SMS_CONFIGURATION_SET", Source.STACK, "its configuration set"),
  SMS_TTL_SECONDS("OOM_SMS_TTL_SECONDS", Source.DEFAULTED, "how long a text may wait to go"),
  SMS_ENDPOINT("OOM_SMS_ENDPOINT", Source.EMULATOR, "a stand-in for the SMS API"),
  JENNY_SECRET_ARN("OOM_JENNY_SECRET_ARN", Source.STACK, "the webhook secret in Secrets Manager"),
  JENNY_SECRET("OOM_JENNY_SECRET", Source.EMULATOR, "the webhook secret itself (local only)"),
  CURSOR_SECRET_ARN(
      "OOM_CURSOR_SECRET_ARN", Source.STACK, "the work-list cursor key in Secrets Manager"),
  CURSOR_SECRET(
      "OOM_CURSOR_SECRET", Source.EMULATOR, "the work-list cursor key itself (local only)"),
  SERVICE_NAME("POWERTOOLS_SERVICE_NAME", Source.STACK, "the function's name in logs and metrics"),
  METRICS_NAMESPACE("POWERTOOLS_METRICS_NAMESPACE", Source.STACK, "the metrics namespace: OOM"),
  SETTINGS(
      "OOM_SETTINGS",
      Source.STAGE,
      "the thresholds (OomConfig) as one JSON document, read once at init; none: the defaults"),
  EVENT_BUS(
      "OOM_EVENT_BUS",
      Source.STACK,
      "the EventBridge bus OOM's domain events are published on (oom-events-<stage>)");

  /** Who sets a setting when the suite runs on AWS. */
  public enum Source {
    /** The CDK app, from a resource it creates. */
    STACK,
    /** The CDK app, from the stage's configuration. */
    STAGE,
    /** Nobody on AWS: only emulators and tests set it. */
    EMULATOR,
    /** Nobody: the function's default applies unless an operator sets it. */
    DEFAULTED
  }

  private final String variable;
  private final Source source;
  private final String meaning;

  Setting(String variable, Source source, String meaning) {
    this.variable = variable;
    this.source = source;
    this.meaning = meaning;
  }

  /** The environment variable. */
  public String variable() {
    return variable;
  }

  public Source source() {
    return source;
  }

  public String meaning() {
    return meaning;
  }
}
