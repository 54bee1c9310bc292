package com.oom.handlers.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.oom.catalogue.SuiteFunction;
import com.oom.catalogue.Trigger;
import java.lang.reflect.Modifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every function the catalogue names is a handler class here, of the kind its trigger calls. */
class CatalogueHandlersTest {
  @ParameterizedTest
  @EnumSource(SuiteFunction.class)
  void the_catalogues_handler_class_exists_with_the_constructor_lambda_calls(SuiteFunction f)
      throws Exception {
    Class<?> handler = Class.forName(f.handlerClass(), false, getClass().getClassLoader());

    assertThat(RequestStreamHandler.class).isAssignableFrom(handler);
    assertThat(Modifier.isPublic(handler.getConstructor().getModifiers())).isTrue();
    Class<?> kind =
        switch (f.trigger()) {
          case Trigger.QueueTrigger q -> SqsFunction.class;
          case Trigger.HttpTrigger h -> HttpFunction.class;
          case Trigger.ScheduleTrigger s -> RequestStreamHandler.class;
        };
    assertThat(kind).as(f.name()).isAssignableFrom(handler);
  }
}
