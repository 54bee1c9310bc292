package com.oom.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** Reads of a synthesized template that assertions need: resources by type, policy statements. */
final class TemplateQueries {
  private final Stack stack;
  private final Map<String, Map<String, Object>> resources;

  /** Reads the template out of the CDK (one jsii call); every query then runs in Java. */
  @SuppressWarnings("unchecked")
  TemplateQueries(SynthesizedStacks.Synthesized synthesized) {
    this.stack = synthesized.stack();
    Template template = synthesized.template();
    this.resources =
        (Map<String, Map<String, Object>>) (Map<?, ?>) template.toJSON().get("Resources");
  }

  /** How CloudFormation refers to a token (e.g. {@code {"Fn::GetAtt":[id,"Arn"]}}). */
  Object cfn(Object token) {
    return stack.resolve(token);
  }

  Map<String, Map<String, Object>> resources(String type) {
    Map<String, Map<String, Object>> ofType = new java.util.LinkedHashMap<>();
    resources.forEach(
        (id, resource) -> {
          if (type.equals(resource.get("Type"))) {
            ofType.put(id, resource);
          }
        });
    return ofType;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> properties(Map<String, Object> resource) {
    return (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
  }

  Map<String, Object> resource(String logicalId) {
    Map<String, Object> resource = resources.get(logicalId);
    return Objects.requireNonNull(resource, "no resource " + logicalId);
  }

  /** The logical id of a resource a {@code Ref} / {@code GetAtt} points at. */
  @SuppressWarnings("unchecked")
  static String target(Object reference) {
    Map<String, Object> ref = (Map<String, Object>) reference;
    if (ref.containsKey("Ref")) {
      return (String) ref.get("Ref");
    }
    return (String) ((List<Object>) ref.get("Fn::GetAtt")).get(0);
  }

  /** Every logical id a {@code Ref} or {@code GetAtt} anywhere inside {@code value} points at. */
  @SuppressWarnings("unchecked")
  static List<String> referencesIn(Object value) {
    List<String> found = new ArrayList<>();
    if (value instanceof Map<?, ?> map) {
      if (map.containsKey("Ref") || map.containsKey("Fn::GetAtt")) {
        found.add(target(map));
      } else {
        map.values().forEach(v -> found.addAll(referencesIn(v)));
      }
    } else if (value instanceof List<?> list) {
      list.forEach(v -> found.addAll(referencesIn(v)));
    }
    return found;
  }

  /** Every statement of the IAM policies attached to the role with this logical id. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> statementsOfRole(String roleLogicalId) {
    List<Map<String, Object>> statements = new ArrayList<>();
    for (Map<String, Object> policy : resources("AWS::IAM::Policy").values()) {
      Map<String, Object> props = properties(policy);
      List<Object> roles = (List<Object>) props.get("Roles");
      if (roles.stream().anyMatch(r -> roleLogicalId.equals(target(r)))) {
        Map<String, Object> document = (Map<String, Object>) props.get("PolicyDocument");
        statements.addAll((List<Map<String, Object>>) document.get("Statement"));
      }
    }
    return statements;
  }

  /** Actions of a statement, always as a list. */
  @SuppressWarnings("unchecked")
  static List<String> actions(Map<String, Object> statement) {
    Object action = statement.get("Action");
    return action instanceof List<?> list ? (List<String>) list : List.of((String) action);
  }

  /** Resources of a statement, always as a list. */
  @SuppressWarnings("unchecked")
  static List<Object> resourcesOf(Map<String, Object> statement) {
    Object resource = statement.get("Resource");
    return resource instanceof List<?> list ? (List<Object>) list : List.of(resource);
  }

  /** The statement with this Sid among those of a role. */
  Map<String, Object> statement(String roleLogicalId, String sid) {
    return statementsOfRole(roleLogicalId).stream()
        .filter(s -> sid.equals(s.get("Sid")))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("role " + roleLogicalId + " has no statement " + sid));
  }

  String logicalId(software.constructs.IConstruct construct) {
    return stack.getLogicalId(
        (software.amazon.awscdk.CfnElement) construct.getNode().getDefaultChild());
  }
}
