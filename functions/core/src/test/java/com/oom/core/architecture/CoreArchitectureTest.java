package com.oom.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core is pure Java: the JDK only, time only from an injected Clock, and packages that depend
 * on each other without cycles.
 */
class CoreArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.oom.core");
  }

  @Test
  void core_depends_only_on_the_jdk() {
    ArchRule rule =
        classes()
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("com.oom.core..", "java..")
            .because("the domain core must run without AWS, Jackson or any framework");
    rule.check(core);
  }

  @Test
  void core_never_reads_the_wall_clock() {
    Set<String> clockReaders =
        Set.of("now", "systemUTC", "systemDefaultZone", "currentTimeMillis", "nanoTime");
    DescribedPredicate<JavaCall<?>> wallClock =
        DescribedPredicate.describe(
            "a clock-less now() or the system clock",
            call -> {
              String owner = call.getTargetOwner().getPackageName();
              String name = call.getName();
              boolean clockLessNow =
                  owner.startsWith("java.time")
                      && name.equals("now")
                      && call.getTarget().getRawParameterTypes().isEmpty();
              boolean systemClock =
                  clockReaders.contains(name)
                      && !name.equals("now")
                      && (call.getTargetOwner().getName().equals("java.time.Clock")
                          || call.getTargetOwner().getName().equals("java.lang.System"));
              return clockLessNow || systemClock;
            });
    ArchRule rule =
        noClasses()
            .should()
            .callMethodWhere(wallClock)
            .because("every rule takes time from an injected Clock, so tests control it");
    rule.check(core);
  }

  @Test
  void domain_model_does_not_depend_on_use_cases_or_ports() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "com.oom.core.order..",
            "com.oom.core.rules..",
            "com.oom.core.escalation..",
            "com.oom.core.time..",
            "com.oom.core.sms..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.oom.core.application..", "com.oom.core.port..")
        .check(core);
  }

  @Test
  void core_packages_are_free_of_cycles() {
    slices()
        .matching("com.oom.core.(*)..")
        .should()
        .beFreeOfCycles()
        .because(
            "each package builds on the ones below it (order below sms, sms below rules), so it"
                + " can be read, tested and changed without the packages above it")
        .check(core);
  }
}
