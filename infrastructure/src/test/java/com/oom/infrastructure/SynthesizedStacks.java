package com.oom.infrastructure;

import com.oom.core.config.OomConfig;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The stacks the tests look at, each synthesized once per test JVM (synth runs the CDK in Node
 * through jsii and takes seconds): every test class shares them.
 *
 * <p>The handler jar is not needed: the stack takes its {@link Code} as an argument, and the tests
 * hand it a placeholder directory. The template only records the asset's hash and location, so what
 * is inside does not change anything asserted here; the app itself ({@link OomApp}) refuses to
 * synthesize without the real jar.
 */
public final class SynthesizedStacks {
  static final Environment ENV =
      Environment.builder().account("111122223333").region("ca-central-1").build();

  private static Synthesized dev;
  private static Synthesized prod;
  private static Synthesized jennyAccount;

  public record Synthesized(App app, OomStack stack, Template template) {}

  private SynthesizedStacks() {}

  /** The dev stage of cdk.json: three stores, the stack requests its own phone number and pool. */
  public static synchronized Synthesized dev() {
    if (dev == null) {
      dev = synthesize(devConfig());
    }
    return dev;
  }

  /**
   * A prod stage with an existing phone pool, an alarm address and Jenny's partner event source.
   */
  static synchronized Synthesized prod() {
    if (prod == null) {
      prod = synthesize(prodConfig());
    }
    return prod;
  }

  /** Dev with the cross-account path: the stack's own Jenny bus, open to Jenny's account. */
  static synchronized Synthesized devWithJennyAccount() {
    if (jennyAccount == null) {
      StageConfig dev = devConfig();
      jennyAccount =
          synthesize(
              new StageConfig(
                  dev.stage(),
                  dev.stores(),
                  dev.jwtIssuer(),
                  dev.jwtAudience(),
                  dev.smsPool(),
                  dev.smsConfigurationSet(),
                  dev.alarmEmail(),
                  dev.settings(),
                  new JennyBus(JennyBus.CREATE, JENNY_ACCOUNT_SOURCE, Optional.of(JENNY_ACCOUNT))));
    }
    return jennyAccount;
  }

  /** Jenny's account and source prefix in {@link #devWithJennyAccount()}. */
  static final String JENNY_ACCOUNT = "444455556666";

  static final String JENNY_ACCOUNT_SOURCE = "packageai.jenny.confirmations";

  /**
   * Prod's thresholds differ from the defaults, so the template shows whose settings it carries.
   */
  static final OomConfig PROD_SETTINGS = OomConfig.defaults().withSmsDailyCap(2);

  /**
   * The dev stage's store directory, the file cdk.json names, from this module's directory or a
   * sibling module's (the local runner's tests synthesize the stack too).
   */
  public static final Path DEV_STORES =
      Files.exists(Path.of("stores/dev.json"))
          ? Path.of("stores/dev.json")
          : Path.of("../infrastructure/stores/dev.json");

  /**
   * Prod's directory: store 101 as in dev, and a Halifax store with its own hours (Sunday
   * afternoons), an earlier end of business day, a winter closure, a holiday it opens on and the
   * hand-off queue its store system already polls.
   */
  static final String PROD_STORES =
      """
      {"stores": [
        {"id": "101", "name": "Winnipeg Kenaston", "zone": "America/Winnipeg", "province": "MB",
         "hours": {"MONDAY-FRIDAY": "09:00-21:00", "SATURDAY": "09:00-18:00"},
         "pickupLocationId": "888"},
        {"id": "404", "name": "Halifax Bayers Lake", "zone": "America/Halifax", "province": "NS",
         "hours": {"MONDAY-SATURDAY": "10:00-20:00", "SUNDAY": "12:00-17:00"},
         "endOfBusinessDay": "17:00",
         "closures": ["2027-01-02/2027-01-03"], "opensOn": ["2027-02-15"],
         "pickupLocationId": "404", "handOffQueue": "storis-404-oom.fifo"}]}
      """;

  public static StageConfig devConfig() {
    return new StageConfig(
        StageConfig.Stage.DEV,
        StageConfig.readStoreDirectory(DEV_STORES),
        "https://cognito-idp.ca-central-1.amazonaws.com/ca-central-1_Example",
        List.of("oom-agent-tools"),
        StageConfig.CREATE_SMS_POOL,
        "oom-dev",
        Optional.empty(),
        OomConfig.defaults(),
        JennyBus.created());
  }

  static StageConfig prodConfig() {
    return new StageConfig(
        StageConfig.Stage.PROD,
        prodStores(),
        "https://login.example-retailer.ca/oauth2/default",
        List.of("oom-agent-tools", "oom-supervisor-console"),
        "pool-0123456789abcdef0123456789abcdef",
        "oom-prod",
        Optional.of("oom-oncall@example-retailer.ca"),
        PROD_SETTINGS,
        JennyBus.partner(PROD_JENNY_SOURCE));
  }

  /** Prod takes Jenny's results from her partner event source's bus, as the samples carry it. */
  static final String PROD_JENNY_SOURCE = "aws.partner/package.ai/7310045528/jenny-confirmations";

  private static final com.oom.catalogue.StoreDirectory PROD_DIRECTORY =
      StageConfig.parseStoreDirectory(PROD_STORES, "PROD_STORES");

  static com.oom.catalogue.StoreDirectory prodStores() {
    return PROD_DIRECTORY;
  }

  private static Synthesized synthesize(StageConfig config) {
    App app = new App();
    OomStack stack =
        new OomStack(
            app,
            "Oom-" + config.stage().id(),
            StackProps.builder().env(ENV).build(),
            config,
            Code.fromAsset(placeholderCode().toString()));
    Aspects.of(app).add(new AwsSolutionsChecks());
    Template template = Template.fromStack(stack);
    return new Synthesized(app, stack, template);
  }

  private static Path placeholderCode() {
    try {
      Path dir = Files.createTempDirectory("oom-handlers-placeholder");
      Files.writeString(
          dir.resolve("README.txt"), "placeholder for the shaded handler jar in synth tests\n");
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
