package org.qms4j.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules of qms-report: like the core, it performs no I/O and reads no clock, and
 * it needs nothing at run time but the core and the JDK.
 */
@AnalyzeClasses(packages = "org.qms4j.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule report_performs_no_io =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.io..", "java.net..", "java.nio.file..", "java.nio.channels..", "java.util.logging..",
              "java.sql..")
          .as("qms-report uses no I/O types (java.io, java.nio.file, java.nio.channels, java.net)")
          .because("a report is returned as a string; the host writes it where it wants");

  @ArchTest
  static final ArchRule report_does_not_read_the_system_clock =
      noClasses()
          .should()
          .callMethodWhere(readsTheSystemClock())
          .as("qms-report never reads the system clock")
          .because("every instant a report shows comes from the data, so the same data renders the same text");

  @ArchTest
  static final ArchRule report_does_not_use_standard_streams =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .as("qms-report does not write to System.out or System.err")
          .because("a library reports through return values and exceptions, never on the console");

  @ArchTest
  static final ArchRule report_needs_only_the_core_and_the_jdk =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.qms4j..", "org.jspecify..", "org.immutables..")
          .as("qms-report depends on nothing but qms-core and the JDK")
          .because("reports are plain string building; a template library has not earned its place");

  private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
    return new DescribedPredicate<>("the target reads the system clock") {
      @Override
      public boolean test(JavaMethodCall call) {
        String owner = call.getTarget().getOwner().getName();
        String method = call.getTarget().getName();
        if (owner.equals("java.lang.System")) {
          return method.equals("currentTimeMillis") || method.equals("nanoTime");
        }
        if (owner.equals("java.time.Clock")) {
          return method.startsWith("system");
        }
        return owner.startsWith("java.time.") && method.equals("now");
      }
    };
  }
}
