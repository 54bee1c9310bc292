package com.oom.handlers.common;

import com.oom.aws.AwsPorts;
import com.oom.aws.OomSettings;
import com.oom.aws.client.AwsClients;
import com.oom.aws.client.AwsSettings;
import com.oom.aws.json.SettingsJson;
import com.oom.aws.sms.SmsAdapters;
import com.oom.aws.sms.SmsSettings;
import com.oom.core.application.EscalateDueOrders;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What every function's wiring starts from, once per execution environment: the environment, the
 * clock and the SDK client factory. Settings, ports and use cases are built only when a function's
 * wiring asks for them, and the ports build each SDK client and adapter on first use ({@link
 * AwsPorts}), so a function builds only what its use cases take. Each function's {@code *Wiring}
 * picks its use cases here and names its SnapStart priming steps with {@link #prime}.
 */
public final class FunctionWiring {
  private final Map<String, String> env;
  private final Clock clock;
  private final AwsClients clients;
  private final OomConfig config;
  private AwsPorts ports;
  private UseCaseFactory useCases;
  private List<SnapStartPriming.Step> priming = List.of();

  public FunctionWiring(Map<String, String> env, Clock clock) {
    this.env = Map.copyOf(env);
    this.clock = clock;
    this.clients = new AwsClients(AwsSettings.fromEnvironment(env), List.of());
    this.config = SettingsJson.fromEnvironment(env);
  }

  /** What a handler's no-argument constructor wires from: Lambda's environment, UTC. */
  public static FunctionWiring fromEnvironment() {
    return new FunctionWiring(System.getenv(), Clock.systemUTC());
  }

  public Map<String, String> env() {
    return env;
  }

  /**
   * The deployment's thresholds, read from {@code OOM_SETTINGS} when the wiring was built (the
   * function's init): a bad setting fails the start, naming the setting, never a guest's request.
   */
  public OomConfig config() {
    return config;
  }

  public AwsClients clients() {
    return clients;
  }

  /** The ports on AWS: settings from the environment, the SMS settings only if a use case texts. */
  public synchronized AwsPorts ports() {
    if (ports == null) {
      ports =
          new AwsPorts(
              OomSettings.fromEnvironment(env),
              clients,
              () -> SmsAdapters.endUserMessaging(clients, SmsSettings.fromEnvironment(env)),
              clock);
    }
    return ports;
  }

  public synchronized UseCaseFactory useCases() {
    if (useCases == null) {
      // On an emulator (an endpoint override) the sweep works one order at a time: moto does not
      // isolate concurrent transactions.
      int sweepConcurrency =
          AwsSettings.fromEnvironment(env).endpointOverride().isPresent()
              ? 1
              : EscalateDueOrders.CONCURRENCY_ON_AWS;
      useCases = new UseCaseFactory(ports(), config, clock, sweepConcurrency);
    }
    return useCases;
  }

  /**
   * Registers the function's SnapStart priming ({@link SnapStartPriming}); the steps run only
   * before a snapshot. Returns {@code wired}, so a wiring can end with it.
   */
  public <T> T prime(T wired, SnapStartPriming.Step... steps) {
    priming = List.of(steps);
    SnapStartPriming.register(priming);
    return wired;
  }

  /** The names of the priming steps registered by {@link #prime}, in order. */
  public List<String> primingSteps() {
    return priming.stream().map(SnapStartPriming.Step::name).toList();
  }
}
