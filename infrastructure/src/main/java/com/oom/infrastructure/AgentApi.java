package com.oom.infrastructure;

import com.oom.catalogue.Route;
import com.oom.catalogue.Routes;
import com.oom.catalogue.SuiteFunction;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.PayloadFormatVersion;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The HTTP API (payload format 2.0): every route of the catalogue ({@link Routes}), the agents'
 * behind a JWT authorizer whose issuer and audience come from the stage, Jenny's webhook without an
 * authorizer at the gateway, its HMAC signature verified by the webhook function. Access logs in
 * JSON, and throttling on the stage.
 */
public final class AgentApi extends Construct {
  static final int RATE_LIMIT = 50;
  static final int BURST_LIMIT = 100;

  private final HttpApi api;
  private final HttpStage stage;

  public AgentApi(
      Construct scope, String id, StageConfig config, IFunction agentApi, IFunction webhook) {
    super(scope, id);
    boolean prod = config.stage().isProduction();
    api =
        HttpApi.Builder.create(this, "Api")
            .apiName("oom-agent-api-" + config.stage().id())
            .description("OOM agent API and Jenny webhook")
            .createDefaultStage(false)
            .build();
    LogGroup accessLogs =
        LogGroup.Builder.create(this, "AccessLogs")
            .logGroupName("/oom/" + config.stage().id() + "/agent-api-access")
            .retention(prod ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_MONTH)
            .removalPolicy(prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
            .build();
    stage =
        HttpStage.Builder.create(this, "DefaultStage")
            .httpApi(api)
            .stageName("$default")
            .autoDeploy(true)
            .throttle(
                ThrottleSettings.builder().rateLimit(RATE_LIMIT).burstLimit(BURST_LIMIT).build())
            .accessLogSettings(new JsonAccessLogs(new LogGroupLogDestination(accessLogs)))
            .build();

    IHttpRouteAuthorizer jwt =
        HttpJwtAuthorizer.Builder.create("AgentJwt", config.jwtIssuer())
            .authorizerName("oom-agent-jwt")
            .jwtAudience(config.jwtAudience())
            .identitySource(List.of("$request.header.Authorization"))
            .build();
    Map<SuiteFunction, HttpLambdaIntegration> integrations =
        Map.of(
            SuiteFunction.AGENT_API,
            integration("AgentApiIntegration", agentApi),
            SuiteFunction.JENNY_WEBHOOK,
            integration("JennyWebhookIntegration", webhook));
    for (Route route : Routes.all()) {
      HttpLambdaIntegration integration = integrations.get(route.function());
      if (integration == null) {
        throw new IllegalStateException(route.routeKey() + " is served by " + route.function());
      }
      api.addRoutes(
          AddRoutesOptions.builder()
              .path(route.path())
              .methods(List.of(HttpMethod.valueOf(route.method())))
              .integration(integration)
              .authorizer(route.access().jwt() ? jwt : new HttpNoneAuthorizer())
              .build());
    }
  }

  private static HttpLambdaIntegration integration(String id, IFunction function) {
    return HttpLambdaIntegration.Builder.create(id, function)
        .payloadFormatVersion(PayloadFormatVersion.VERSION_2_0)
        .build();
  }

  /**
   * One JSON line per request, with HTTP API context variables only: no caller identity beyond the
   * source IP, never a header or body.
   */
  static final String ACCESS_LOG_FORMAT =
      "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\","
          + "\"requestTime\":\"$context.requestTime\",\"routeKey\":\"$context.routeKey\","
          + "\"status\":\"$context.status\",\"protocol\":\"$context.protocol\","
          + "\"responseLength\":\"$context.responseLength\","
          + "\"latencyMs\":\"$context.responseLatency\","
          + "\"integrationError\":\"$context.integrationErrorMessage\","
          + "\"authorizerError\":\"$context.authorizer.error\"}";

  /** A plain class, not a record: jsii would take a record's accessor for a method override. */
  private static final class JsonAccessLogs implements IAccessLogSettings {
    private final IAccessLogDestination logDestination;

    JsonAccessLogs(IAccessLogDestination logDestination) {
      this.logDestination = logDestination;
    }

    @Override
    public IAccessLogDestination getDestination() {
      return logDestination;
    }

    @Override
    public AccessLogFormat getFormat() {
      return AccessLogFormat.custom(ACCESS_LOG_FORMAT);
    }
  }

  public HttpApi api() {
    return api;
  }

  public HttpStage stage() {
    return stage;
  }
}
