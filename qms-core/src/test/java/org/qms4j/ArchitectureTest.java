package org.qms4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.NullMarked;

/**
 * The architecture rules of qms-core: it is pure (no JSON, no I/O, no system clock, no standard
 * streams), its packages form no cycle, and its public API does not leak internal types.
 */
@AnalyzeClasses(packages = "org.qms4j", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule core_does_not_depend_on_jackson =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("tools.jackson..", "com.fasterxml..")
          .as("qms-core does not depend on Jackson")
          .because("JSON belongs to qms-json; qms-core has no run-time dependency");

  @ArchTest
  static final ArchRule core_performs_no_io =
      noClasses()
          .should()
          .dependOnClassesThat(ioTypes())
          .as("qms-core uses no I/O types (java.io except Serializable, java.nio.file, java.nio.channels,"
              + " java.net except URI parsing)")
          .because("qms-core is pure: the host owns storage and transport, the core only models");

  @ArchTest
  static final ArchRule core_does_not_read_the_system_clock =
      noClasses()
          .should()
          .callMethodWhere(readsTheSystemClock())
          .as("qms-core never reads the system clock")
          .because("time enters as an Instant or a Clock argument, so the same inputs give the same answer");

  @ArchTest
  static final ArchRule core_does_not_use_standard_streams =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .as("qms-core does not write to System.out or System.err")
          .because("a library reports through return values and exceptions, never on the console");

  @ArchTest
  static final ArchRule packages_are_free_of_cycles =
      slices()
          .matching("org.qms4j.(*)..")
          .should()
          .beFreeOfCycles()
          .as("the packages of qms-core are free of cycles")
          .because("package by feature only works when features depend on each other one way");

  @ArchTest
  static final ArchRule public_api_does_not_expose_internal_types =
      members()
          .that()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("org.qms4j.internal..")
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .and(arePublicOrProtected())
          .should(notExposeInternalTypes())
          .as("public API members do not expose org.qms4j.internal types")
          .because("org.qms4j.internal is not exported, so users could not name those types");

  @ArchTest
  static final ArchRule exported_packages_are_null_marked =
      classes()
          .that()
          .resideOutsideOfPackage("org.qms4j.internal..")
          .and()
          .arePublic()
          .should(resideInANullMarkedPackage())
          .as("every exported package of qms-core is @NullMarked")
          .because("no method of the API accepts or returns null; absent values are Optional or empty");

  @ArchTest
  static final ArchRule api_types_are_immutable =
      fields()
          .that()
          .areDeclaredInClassesThat(areApiValueTypes())
          .and()
          .areNotStatic()
          .should(beFinalOrAPrivateCache())
          .as("the fields of API types are final, or private caches marked @Cached")
          .because("API values are immutable and thread-safe; builders, extensions, sessions and the"
              + " facts lent to rules are the documented mutable exceptions");

  private static ArchCondition<JavaClass> resideInANullMarkedPackage() {
    return new ArchCondition<>("reside in a package annotated with @NullMarked") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        if (!c.getPackage().isAnnotatedWith(NullMarked.class)) {
          events.add(SimpleConditionEvent.violated(c, "package " + c.getPackageName() + " of " + c.getName() + " is not @NullMarked"));
        }
      }
    };
  }

  /** Public classes of exported packages, but for the documented mutable ones. */
  private static DescribedPredicate<JavaClass> areApiValueTypes() {
    Set<String> mutableByDesign =
        Set.of(
            "org.qms4j.catalog.CatalogExtension",
            "org.qms4j.catalog.CatalogTailoring",
            "org.qms4j.conformity.ConformitySession",
            "org.qms4j.conformity.RequirementFacts");
    return new DescribedPredicate<>("are API value types") {
      @Override
      public boolean test(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.PUBLIC)
            && !c.getPackageName().startsWith("org.qms4j.internal")
            && !c.getSimpleName().equals("Builder")
            && !c.isAssignableTo(Throwable.class)
            && !mutableByDesign.contains(c.getName());
      }
    };
  }

  private static ArchCondition<JavaField> beFinalOrAPrivateCache() {
    return new ArchCondition<>("be final, or private and @Cached") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        Set<JavaModifier> m = field.getModifiers();
        boolean ok =
            m.contains(JavaModifier.FINAL)
                || (m.contains(JavaModifier.PRIVATE) && field.isAnnotatedWith(org.qms4j.internal.Cached.class));
        if (!ok) {
          events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is neither final nor a private @Cached field"));
        }
      }
    };
  }

  private static DescribedPredicate<JavaClass> ioTypes() {
    return new DescribedPredicate<>("are I/O types") {
      @Override
      public boolean test(JavaClass c) {
        String name = c.getName();
        String pkg = c.getPackageName();
        if (pkg.equals("java.io") || pkg.startsWith("java.io.")) {
          return !name.equals("java.io.Serializable");
        }
        if (pkg.startsWith("java.net")) {
          return !name.equals("java.net.URI") && !name.equals("java.net.URISyntaxException");
        }
        return pkg.startsWith("java.nio.file")
            || pkg.startsWith("java.nio.channels")
            || pkg.startsWith("java.util.logging")
            || pkg.startsWith("java.sql");
      }
    };
  }

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

  private static DescribedPredicate<JavaMember> arePublicOrProtected() {
    return new DescribedPredicate<>("are public or protected") {
      @Override
      public boolean test(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
      }
    };
  }

  private static ArchCondition<JavaMember> notExposeInternalTypes() {
    return new ArchCondition<>("not expose org.qms4j.internal types in their signature") {
      @Override
      public void check(JavaMember member, ConditionEvents events) {
        List<JavaClass> exposed = new ArrayList<>();
        if (member instanceof JavaField field) {
          exposed.addAll(field.getType().getAllInvolvedRawTypes());
        } else if (member instanceof JavaCodeUnit codeUnit) {
          exposed.addAll(codeUnit.getReturnType().getAllInvolvedRawTypes());
          codeUnit.getParameterTypes().forEach(t -> exposed.addAll(t.getAllInvolvedRawTypes()));
          codeUnit.getExceptionTypes().forEach(exposed::add);
        }
        for (JavaClass type : exposed) {
          if (type.getPackageName().startsWith("org.qms4j.internal")) {
            events.add(
                SimpleConditionEvent.violated(
                    member, member.getFullName() + " exposes internal type " + type.getName()));
          }
        }
      }
    };
  }
}
