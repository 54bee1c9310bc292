package com.oom.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.services.sqs.Queue;

/**
 * cdk-nag's AWS Solutions rules over both stages: no error and no warning left unsuppressed (nor
 * any other synth warning), and every suppression says why.
 */
class CdkNagTest {

  @Test
  void theDevStageHasNoUnsuppressedFinding() {
    assertThat(findings(SynthesizedStacks.dev().stack())).isEmpty();
  }

  @Test
  void theProdStageHasNoUnsuppressedFinding() {
    assertThat(findings(SynthesizedStacks.prod().stack())).isEmpty();
  }

  @Test
  void theCrossAccountJennyBusHasNoUnsuppressedFinding() {
    assertThat(findings(SynthesizedStacks.devWithJennyAccount().stack())).isEmpty();
  }

  @Test
  void everySuppressionStatesAReason() {
    List<Map<String, Object>> suppressions = suppressions(SynthesizedStacks.dev());
    assertThat(suppressions)
        .extracting(s -> s.get("id"))
        .contains("AwsSolutions-SMG4", "AwsSolutions-SQS3", "AwsSolutions-APIG4");
    for (Map<String, Object> suppression : suppressions) {
      assertThat((String) suppression.get("reason"))
          .as("reason of %s", suppression.get("id"))
          .hasSizeGreaterThan(60);
    }
  }

  @Test
  void theChecksRunAndWouldCatchAnUnencryptedQueueWithoutTlsOrDlq() {
    App app = new App();
    Stack stack = new Stack(app, "Canary");
    Queue.Builder.create(stack, "Plain").build();
    Aspects.of(app).add(new AwsSolutionsChecks());
    List<String> errors =
        Annotations.fromStack(stack)
            .findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))
            .stream()
            .map(m -> String.valueOf(m.getEntry().getData()))
            .toList();
    assertThat(errors)
        .anyMatch(e -> e.startsWith("AwsSolutions-SQS3"))
        .anyMatch(e -> e.startsWith("AwsSolutions-SQS4"));
  }

  /** Errors and warnings of any origin: cdk-nag's, and the CDK's own. */
  private static List<String> findings(Stack stack) {
    Annotations annotations = Annotations.fromStack(stack);
    List<SynthesisMessage> messages = new ArrayList<>();
    messages.addAll(annotations.findError("*", Match.anyValue()));
    messages.addAll(annotations.findWarning("*", Match.anyValue()));
    return messages.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> suppressions(SynthesizedStacks.Synthesized stacks) {
    List<Map<String, Object>> all = new ArrayList<>();
    Map<String, Map<String, Object>> resources =
        (Map<String, Map<String, Object>>) (Map<?, ?>) stacks.template().toJSON().get("Resources");
    for (Map<String, Object> resource : resources.values()) {
      Map<String, Object> metadata = (Map<String, Object>) resource.get("Metadata");
      if (metadata != null && metadata.get("cdk_nag") instanceof Map<?, ?> nag) {
        all.addAll((List<Map<String, Object>>) nag.get("rules_to_suppress"));
      }
    }
    return all;
  }
}
