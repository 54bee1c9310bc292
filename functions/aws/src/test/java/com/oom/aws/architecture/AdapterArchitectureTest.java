package com.oom.aws.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdapterArchitectureTest {
  private static JavaClasses adapters;

  @BeforeAll
  static void importAdapters() {
    adapters =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.oom.aws");
  }

  @Test
  void production_code_never_scans_the_table() {
    noClasses()
        .should()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "DynamoDB Scan",
                call ->
                    call.getTargetOwner()
                            .getName()
                            .startsWith("software.amazon.awssdk.services.dynamodb.DynamoDb")
                        && (call.getName().equals("scan")
                            || call.getName().equals("scanPaginator"))))
        .because("sweeps Query sparse indexes: their cost follows what is due, not the table size")
        .check(adapters);
  }
}
