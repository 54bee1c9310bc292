package com.oom.infrastructure;

import static com.oom.infrastructure.TemplateQueries.properties;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.oom.catalogue.Setting;
import com.oom.catalogue.SettingsDocument;
import com.oom.catalogue.SuiteFunction;
import com.oom.core.config.OomConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stage's thresholds reach every function, as the one document the function reads at init. */
class SettingsTemplateTest {

  @Test
  void everyDevFunctionCarriesTheDefaultSettingsDocument() throws Exception {
    assertEveryFunctionCarries(SynthesizedStacks.dev(), OomConfig.defaults());
  }

  @Test
  void everyProdFunctionCarriesProdsOwnSettings() throws Exception {
    assertEveryFunctionCarries(SynthesizedStacks.prod(), SynthesizedStacks.PROD_SETTINGS);
  }

  @SuppressWarnings("unchecked")
  private static void assertEveryFunctionCarries(
      SynthesizedStacks.Synthesized stage, OomConfig expected) throws Exception {
    TemplateQueries q = new TemplateQueries(stage);
    for (SuiteFunction spec : SuiteFunction.values()) {
      assertThat(spec.settings()).as(spec.slug()).contains(Setting.SETTINGS);
      Map<String, Object> props =
          properties(q.resource(q.logicalId(stage.stack().functions().function(spec))));
      Map<String, Object> env =
          (Map<String, Object>) ((Map<String, Object>) props.get("Environment")).get("Variables");
      Object document = env.get(Setting.SETTINGS.variable());
      assertThat(document).as(spec.slug()).isEqualTo(SettingsDocument.write(expected));
      // Lambda allows 4 KB of environment in all: the document leaves room for the rest.
      assertThat(((String) document).length()).as(spec.slug()).isLessThan(1024);
      Map<String, Object> parsed = new ObjectMapper().readValue((String) document, Map.class);
      assertThat(SettingsDocument.read(parsed)).as(spec.slug()).isEqualTo(expected);
    }
  }
}
