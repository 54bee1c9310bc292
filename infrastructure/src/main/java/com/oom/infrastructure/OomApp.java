package com.oom.infrastructure;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The CDK app: one {@link OomStack} for the stage named by {@code -c oom:stage=dev|prod}, checked
 * by cdk-nag's AWS Solutions rules on every synth.
 */
public final class OomApp {
  private OomApp() {}

  public static void main(String[] args) {
    App app = new App();
    StageConfig config = StageConfig.fromContext(key -> app.getNode().tryGetContext(key));
    Optional<String> jarContext =
        Optional.ofNullable(app.getNode().tryGetContext(HandlerJar.CONTEXT_KEY))
            .map(String::valueOf);
    Code code = Code.fromAsset(HandlerJar.require(jarContext).toString());
    new OomStack(
        app,
        "Oom-" + config.stage().id(),
        StackProps.builder()
            .env(
                Environment.builder()
                    .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                    .region(System.getenv("CDK_DEFAULT_REGION"))
                    .build())
            .description("OOM functions (" + config.stage().id() + "): Open Order Management")
            .build(),
        config,
        code);
    Aspects.of(app).add(new AwsSolutionsChecks());
    app.synth();
  }
}
