package org.qms4j.system;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingId;
import org.qms4j.testing.Examples;

/**
 * Every public method of {@link QualitySystem}, its {@link QualitySystem.Builder} and {@link
 * Register} refuses null with a {@link NullPointerException} whose message is the parameter's
 * name. The test finds the methods by reflection, so a method added without an entry here fails it.
 */
class NullArgumentsTest {

  /** The parameter names, by method; {@code equals(Object)} is left out (it answers false). */
  private static final Map<String, List<String>> NAMES =
      Map.ofEntries(
          entry("QualitySystem.catalog(CatalogId)", List.of("id")),
          entry("QualitySystem.mappingSet(MappingSetId)", List.of("id")),
          entry("QualitySystem.requirement(RequirementId)", List.of("id")),
          entry("QualitySystem.exclusionFor(RequirementId)", List.of("id")),
          entry("QualitySystem.register(RegisterType)", List.of("type")),
          entry("QualitySystem.evidence(EvidenceId)", List.of("id")),
          entry("QualitySystem.evidenceFor(RequirementId)", List.of("id")),
          entry("QualitySystem.finding(FindingId)", List.of("id")),
          entry("QualitySystem.findingsFor(RequirementId)", List.of("id")),
          entry("QualitySystem.hostFact(HostFactKey)", List.of("key")),
          entry("QualitySystem.with(RegisterType,Object)", List.of("type", "item")),
          entry("QualitySystem.without(RegisterType,Comparable)", List.of("type", "id")),
          entry("QualitySystem.withEvidence(Evidence)", List.of("item")),
          entry("QualitySystem.withoutEvidence(EvidenceId)", List.of("id")),
          entry("QualitySystem.withFinding(Finding)", List.of("finding")),
          entry("QualitySystem.withoutFinding(FindingId)", List.of("id")),
          entry("QualitySystem.withExclusion(Exclusion)", List.of("exclusion")),
          entry("QualitySystem.withoutExclusion(Exclusion)", List.of("exclusion")),
          entry("QualitySystem.withMappingSet(MappingSet)", List.of("set")),
          entry("QualitySystem.withoutMappingSet(MappingSetId)", List.of("id")),
          entry("QualitySystem.withHostFact(HostFactKey,Object)", List.of("key", "value")),
          entry("QualitySystem.withoutHostFact(HostFactKey)", List.of("key")),
          entry("Builder.organisation(String)", List.of("organisation")),
          entry("Builder.scope(String)", List.of("scope")),
          entry("Builder.addCatalog(Catalog)", List.of("catalog")),
          entry("Builder.addExclusion(Exclusion)", List.of("exclusion")),
          entry("Builder.addMappingSet(MappingSet)", List.of("set")),
          entry("Builder.add(RegisterType,Object)", List.of("type", "item")),
          entry("Builder.addAll(RegisterType,Iterable)", List.of("type", "items")),
          entry("Builder.addEvidence(Evidence)", List.of("item")),
          entry("Builder.addAllEvidence(Iterable)", List.of("items")),
          entry("Builder.addFinding(Finding)", List.of("finding")),
          entry("Builder.addAllFindings(Iterable)", List.of("items")),
          entry("Builder.hostFact(HostFactKey,Object)", List.of("key", "value")),
          entry("Register.get(Comparable)", List.of("id")),
          entry("Register.contains(Comparable)", List.of("id")),
          entry("Register.itemsFor(RequirementId)", List.of("requirement")),
          entry("Register.itemsLinkedTo(Object)", List.of("id")),
          entry("Builder.addCorrectiveAction(CorrectiveAction)", List.of("action")),
          entry("Builder.addAudit(Audit)", List.of("audit")),
          entry("QualitySystem.audit(AuditId)", List.of("id")),
          entry("QualitySystem.correctiveAction(CorrectiveActionId)", List.of("id")),
          entry("QualitySystem.correctiveActionsFor(FindingId)", List.of("finding")),
          entry("QualitySystem.findingsOf(AuditId)", List.of("audit")),
          entry("QualitySystem.withAudit(Audit)", List.of("audit")),
          entry("QualitySystem.overdue(DeadlinePolicy,Instant)", List.of("policy", "asOf")),
          entry("QualitySystem.withCorrectiveAction(CorrectiveAction)", List.of("action")));

  private static final Evidence EVIDENCE = Examples.evidence("ev-1").build();
  /** A key whose values are evidence items, so that one sample serves every {@code Object} parameter. */
  private static final HostFactKey<Evidence> KEY = HostFactKey.of("sample", Evidence.class);

  /** A valid, non-null argument of each parameter type. */
  private static final Map<Class<?>, Object> SAMPLES =
      Map.ofEntries(
          entry(CatalogId.class, Examples.DEMO),
          entry(MappingSetId.class, MappingSetId.of("set")),
          entry(RequirementId.class, Examples.R4A),
          entry(EvidenceId.class, EvidenceId.of("ev-1")),
          entry(FindingId.class, FindingId.of("F-1")),
          entry(RegisterType.class, Registers.EVIDENCE),
          entry(Comparable.class, EvidenceId.of("ev-1")),
          entry(Object.class, EVIDENCE),
          entry(String.class, "text"),
          entry(Catalog.class, Examples.otherCatalog()),
          entry(Exclusion.class, Exclusion.ofRequirement(Examples.R75A, "j")),
          entry(
              MappingSet.class,
              MappingSet.builder().id(MappingSetId.of("set")).version("1").title("t").sourceCatalog(Examples.DEMO)
                  .targetCatalog(Examples.DEMO).build()),
          entry(HostFactKey.class, KEY),
          // empty, so that a method that checks its argument only while iterating is caught
          entry(Iterable.class, List.of()),
          entry(Evidence.class, EVIDENCE),
          entry(Finding.class, Examples.finding("F-1").build()),
          entry(org.qms4j.audit.AuditId.class, org.qms4j.audit.AuditId.of("A-1")),
          entry(org.qms4j.capa.DeadlinePolicy.class, org.qms4j.capa.DeadlinePolicy.standard()),
          entry(java.time.Instant.class, java.time.Instant.EPOCH),
          entry(org.qms4j.capa.CorrectiveActionId.class, org.qms4j.capa.CorrectiveActionId.of("CA-1")),
          entry(
              org.qms4j.capa.CorrectiveAction.class,
              org.qms4j.capa.CorrectiveAction.open(
                  org.qms4j.capa.CorrectiveActionId.of("CA-1"), "t", java.util.Set.of(), org.qms4j.history.By.of(org.qms4j.people.PersonId.of("p"), java.time.Instant.EPOCH))),
          entry(
              org.qms4j.audit.Audit.class,
              org.qms4j.audit.Audit.builder().id(org.qms4j.audit.AuditId.of("A-1")).kind(org.qms4j.audit.AuditKind.INTERNAL).title("t")
                  .addScope(org.qms4j.catalog.ClauseRef.of(Examples.DEMO, "4")).leadAuditor(org.qms4j.people.PersonId.of("p"))
                  .plannedStart(java.time.Instant.EPOCH).plannedEnd(java.time.Instant.EPOCH).build()));

  private static List<Method> checked(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
        .filter(m -> Arrays.stream(m.getParameterTypes()).anyMatch(p -> !p.isPrimitive()))
        .filter(m -> !(m.getName().equals("equals") && m.getParameterCount() == 1))
        .toList();
  }

  private static String signature(Class<?> type, Method m) {
    return type.getSimpleName()
        + "."
        + m.getName()
        + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
  }

  @Test
  void everyPublicMethod_null_throwsNullPointerExceptionNamingTheParameter() throws Exception {
    QualitySystem system = Examples.system().withHostFact(KEY, EVIDENCE);
    Map<Class<?>, Supplier<Object>> receivers =
        Map.of(
            QualitySystem.class, () -> system,
            QualitySystem.Builder.class, QualitySystem::builder,
            Register.class, () -> system.register(Registers.EVIDENCE));

    List<String> seen = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<Class<?>, Supplier<Object>> receiver : receivers.entrySet()) {
      for (Method method : checked(receiver.getKey())) {
        String signature = signature(receiver.getKey(), method);
        seen.add(signature);
        List<String> names = NAMES.get(signature);
        if (names == null) {
          failures.add(signature + ": no expected parameter names; add it to NAMES");
          continue;
        }
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
          Object[] args = new Object[types.length];
          for (int k = 0; k < types.length; k++) {
            args[k] = k == i ? null : SAMPLES.get(types[k]);
          }
          String failure = call(method, receiver.getValue().get(), args, names.get(i));
          if (failure != null) {
            failures.add(signature + " with null " + names.get(i) + ": " + failure);
          }
        }
      }
    }

    assertThat(failures).isEmpty();
    assertThat(new TreeSet<>(seen)).as("methods found").isEqualTo(new TreeSet<>(NAMES.keySet()));
  }

  private static String call(Method method, Object receiver, Object[] args, String expected) throws IllegalAccessException {
    try {
      method.invoke(receiver, args);
      return "returned normally";
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (!(cause instanceof NullPointerException)) {
        return "threw " + cause;
      }
      return expected.equals(cause.getMessage()) ? null : "message was '" + cause.getMessage() + "'";
    }
  }

  @Test
  void equals_null_isFalse() {
    QualitySystem system = Examples.system();

    assertThat(system.equals(null)).isFalse();
    assertThat(system.register(Registers.EVIDENCE).equals(null)).isFalse();
  }
}
