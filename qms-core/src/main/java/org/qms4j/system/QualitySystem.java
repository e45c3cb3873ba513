package org.qms4j.system;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.capa.DeadlinePolicy;
import org.qms4j.capa.Overdue;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingId;
import org.qms4j.internal.Cached;
import org.qms4j.internal.Checks;

/**
 * The aggregate root: one organisation's quality system as an immutable snapshot. It holds the
 * scope statement, the applicable catalogs, the exclusions, the mapping sets it uses, one {@link
 * Register} of each {@linkplain Registers register type} (evidence, findings, corrective actions,
 * audits), and the host's own
 * {@linkplain HostFactKey facts}.
 *
 * <h2>Consistency</h2>
 *
 * <p>A snapshot is always consistent: requirement ids are unique across its catalogs; every
 * register item, exclusion and mapping set refers only to requirements, clauses, catalogs and items
 * the system holds, and nothing another item refers to can be removed; a closed major or minor
 * nonconformity has a linked corrective action whose effectiveness check passed by its closing
 * instant; ids are unique within each register; an exclusion is refused where the catalog
 * does not permit excluding a requirement it covers, and two different exclusions may not cover
 * the same requirement. Whatever is wrong is reported at once, as a list of {@link SystemProblem}s
 * in one {@link InvalidSystemException}, and nothing is built or changed. Limits: the organisation
 * at most {@value #MAX_ORGANISATION} characters on one line, the scope statement at most {@value
 * #MAX_SCOPE}.
 *
 * <h2>Changes</h2>
 *
 * <p>The {@code with...} and {@code without...} methods return new snapshots and leave this one
 * unchanged. The registers are persistent: a new snapshot shares everything but the changed path
 * with the old one, so a change costs about the same at every size and a host may keep every
 * snapshot (an undo history, an audit trail of states). Changing exclusions or mapping sets keeps
 * the catalogs' index; changing catalogs goes through {@link #toBuilder()}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * QualitySystem qs = QualitySystem.builder()
 *     .organisation("Example Clinic")
 *     .scope("Outpatient care at the main site")
 *     .addCatalog(iso9001)
 *     .addEvidence(sop)
 *     .build();
 * QualitySystem later = qs.withFinding(nc);
 * }</pre>
 */
public final class QualitySystem {
  /** The longest organisation name accepted. */
  public static final int MAX_ORGANISATION = 300;
  /** The longest scope statement accepted. */
  public static final int MAX_SCOPE = 5_000;

  private final String organisation;
  private final String scope;
  private final SystemBasis basis;
  private final Register<?, ?>[] registers;
  private final Map<HostFactKey<?>, Object> hostFacts;
  @Cached private int hash;

  private QualitySystem(
      String organisation,
      String scope,
      SystemBasis basis,
      Register<?, ?>[] registers,
      Map<HostFactKey<?>, Object> hostFacts) {
    this.organisation = organisation;
    this.scope = scope;
    this.basis = basis;
    this.registers = registers;
    this.hostFacts = hostFacts;
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding everything this snapshot holds. Adding an item whose id the snapshot
   * already holds is reported as a duplicate; use {@code with...} to replace.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.organisation = organisation;
    b.scope = scope;
    basis.catalogs.forEach(c -> b.catalogs.put(c.id(), c));
    b.exclusions.addAll(basis.exclusions);
    basis.mappingSets.forEach(s -> b.mappingSets.put(s.id(), s));
    for (int i = 0; i < registers.length; i++) {
      b.arrivals[i].items.addAll(registers[i].items());
    }
    b.hostFacts.putAll(hostFacts);
    b.basis = basis;
    return b;
  }

  /**
   * The organisation whose system this is.
   *
   * @return the organisation's name
   */
  public String organisation() {
    return organisation;
  }

  /**
   * The scope statement: which sites, products and services the system covers.
   *
   * @return the scope statement
   */
  public String scope() {
    return scope;
  }

  /**
   * The applicable catalogs, in the order they were added.
   *
   * @return the catalogs, unmodifiable
   */
  public List<Catalog> catalogs() {
    return basis.catalogs;
  }

  /**
   * Finds a catalog of the system by its id.
   *
   * @param id the catalog id, not null
   * @return the catalog, if the system holds it
   */
  public Optional<Catalog> catalog(CatalogId id) {
    return Optional.ofNullable(basis.byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The exclusions, in the order they were added; an exclusion added twice is held once.
   *
   * @return the exclusions, unmodifiable
   */
  public List<Exclusion> exclusions() {
    return basis.exclusions;
  }

  /**
   * The mapping sets the system uses, in the order they were added.
   *
   * @return the mapping sets, unmodifiable
   */
  public List<MappingSet> mappingSets() {
    return basis.mappingSets;
  }

  /**
   * Finds a mapping set by its id.
   *
   * @param id the id, not null
   * @return the set, if the system holds it
   */
  public Optional<MappingSet> mappingSet(MappingSetId id) {
    return Optional.ofNullable(basis.setsById.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Every requirement of every catalog, catalog by catalog in document order.
   *
   * @return the requirements and where each stands, unmodifiable
   */
  public List<LocatedRequirement> requirements() {
    return basis.table.list;
  }

  /**
   * Finds a requirement of any catalog by its id.
   *
   * @param id the id, not null
   * @return the requirement and where it stands, if a catalog holds it
   */
  public Optional<LocatedRequirement> requirement(RequirementId id) {
    int i = basis.table.ordinal(Objects.requireNonNull(id, "id"));
    return i < 0 ? Optional.empty() : Optional.of(basis.table.get(i));
  }

  /**
   * The exclusion that applies to a requirement, directly or through its clause.
   *
   * @param id the requirement id, not null
   * @return the exclusion, if the requirement is excluded
   */
  public Optional<Exclusion> exclusionFor(RequirementId id) {
    return Optional.ofNullable(basis.excluded.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * One register of the system.
   *
   * @param type the register type, not null
   * @param <K> the id type
   * @param <T> the item type
   * @return the register
   */
  @SuppressWarnings("unchecked")
  public <K extends Comparable<? super K>, T> Register<K, T> register(RegisterType<K, T> type) {
    return (Register<K, T>) registers[Objects.requireNonNull(type, "type").ordinal()];
  }

  /**
   * The evidence register's items, sorted by id.
   *
   * @return every evidence item, unmodifiable
   */
  public List<Evidence> evidence() {
    return register(Registers.EVIDENCE).items();
  }

  /**
   * Finds an evidence item by its id.
   *
   * @param id the id, not null
   * @return the item, if the register holds it
   */
  public Optional<Evidence> evidence(EvidenceId id) {
    return register(Registers.EVIDENCE).get(id);
  }

  /**
   * The evidence items that support a requirement, sorted by id.
   *
   * @param id the requirement id, not null
   * @return the items, unmodifiable; empty if there are none
   */
  public List<Evidence> evidenceFor(RequirementId id) {
    return register(Registers.EVIDENCE).itemsFor(Objects.requireNonNull(id, "id"));
  }

  /**
   * The finding register's items, sorted by id.
   *
   * @return every finding, unmodifiable
   */
  public List<Finding> findings() {
    return register(Registers.FINDINGS).items();
  }

  /**
   * Finds a finding by its id.
   *
   * @param id the id, not null
   * @return the finding, if the register holds it
   */
  public Optional<Finding> finding(FindingId id) {
    return register(Registers.FINDINGS).get(id);
  }

  /**
   * The findings raised against a requirement, sorted by id.
   *
   * @param id the requirement id, not null
   * @return the findings, unmodifiable; empty if there are none
   */
  public List<Finding> findingsFor(RequirementId id) {
    return register(Registers.FINDINGS).itemsFor(Objects.requireNonNull(id, "id"));
  }

  /**
   * The corrective-action register's items, sorted by id.
   *
   * @return every corrective action, unmodifiable
   */
  public List<CorrectiveAction> correctiveActions() {
    return register(Registers.CORRECTIVE_ACTIONS).items();
  }

  /**
   * Finds a corrective action by its id.
   *
   * @param id the id, not null
   * @return the action, if the register holds it
   */
  public Optional<CorrectiveAction> correctiveAction(CorrectiveActionId id) {
    return register(Registers.CORRECTIVE_ACTIONS).get(id);
  }

  /**
   * The corrective actions that link a finding, sorted by id.
   *
   * @param finding the finding's id, not null
   * @return the actions, unmodifiable; empty if there are none
   */
  public List<CorrectiveAction> correctiveActionsFor(FindingId finding) {
    return register(Registers.CORRECTIVE_ACTIONS).itemsLinkedTo(Objects.requireNonNull(finding, "finding"));
  }

  /**
   * Every deadline a nonconformity or its corrective actions missed as of an instant, by the
   * policy's deadlines and the plans' due dates ({@link DeadlinePolicy#overdue}): what a CAPA
   * tracker lists as overdue. Finding by finding, in id order.
   *
   * @param policy the deadline policy, such as {@link DeadlinePolicy#standard()}, not null
   * @param asOf the instant, not null
   * @return the overdue steps, unmodifiable; empty if none
   */
  public List<Overdue> overdue(DeadlinePolicy policy, Instant asOf) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    List<Overdue> all = new ArrayList<>();
    for (Finding f : findings()) {
      if (f.grade().isNonconformity()) {
        all.addAll(policy.overdue(f, correctiveActionsFor(f.id()), asOf));
      }
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * The audit register's items, sorted by id.
   *
   * @return every audit, unmodifiable
   */
  public List<Audit> audits() {
    return register(Registers.AUDITS).items();
  }

  /**
   * Finds an audit by its id.
   *
   * @param id the id, not null
   * @return the audit, if the register holds it
   */
  public Optional<Audit> audit(AuditId id) {
    return register(Registers.AUDITS).get(id);
  }

  /**
   * The findings an audit raised, sorted by id.
   *
   * @param audit the audit's id, not null
   * @return the findings whose {@link Finding#audit()} it is, unmodifiable
   */
  public List<Finding> findingsOf(AuditId audit) {
    return register(Registers.FINDINGS).itemsLinkedTo(Objects.requireNonNull(audit, "audit"));
  }

  /**
   * A host fact attached to the snapshot.
   *
   * @param key the fact's key, not null
   * @param <T> the fact's type
   * @return the value, if one is attached
   */
  public <T> Optional<T> hostFact(HostFactKey<T> key) {
    Object value = hostFacts.get(Objects.requireNonNull(key, "key"));
    return value == null ? Optional.empty() : Optional.of(key.type().cast(value));
  }

  /**
   * The keys of every host fact attached to the snapshot.
   *
   * @return the keys, unmodifiable
   */
  public Set<HostFactKey<?>> hostFactKeys() {
    return hostFacts.keySet();
  }

  /**
   * Returns a snapshot with an item added to a register, or replacing the item with the same id.
   *
   * @param type the register, not null
   * @param item the item, not null
   * @param <K> the id type
   * @param <T> the item type
   * @return the new snapshot, or this one if it already holds this very item
   * @throws InvalidSystemException if the item refers to something the system does not hold, or
   *     breaks a rule between registers (see {@link Registers})
   */
  public <K extends Comparable<? super K>, T> QualitySystem with(RegisterType<K, T> type, T item) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(item, "item");
    type.itemType().cast(item);
    if (!knowsEveryRequirementOf(type, item)) {
      List<SystemProblem> problems = new ArrayList<>(1);
      checkReferences(type, item, basis.table, problems);
      if (type.checksPuts()) {
        // the item cannot join the register; its links to the other registers are checked here
        type.checkPut(register(type).find(type.idOf(item)), item, this, problems);
      }
      throw new InvalidSystemException(problems);
    }
    Register<K, T> before = register(type);
    Register<K, T> after = before.with(item);
    if (after == before) {
      return this;
    }
    QualitySystem next = withRegister(type, after);
    if (type.checksPuts()) {
      List<SystemProblem> problems = new ArrayList<>(0);
      type.checkPut(before.find(type.idOf(item)), item, next, problems);
      throwIfAny(problems);
    }
    return next;
  }

  /**
   * Returns a snapshot without an item of a register.
   *
   * @param type the register, not null
   * @param id the id of the item to remove, not null
   * @param <K> the id type
   * @param <T> the item type
   * @return the new snapshot
   * @throws InvalidSystemException if the register holds no item with that id, or another item
   *     refers to it (see {@link Registers})
   */
  public <K extends Comparable<? super K>, T> QualitySystem without(RegisterType<K, T> type, K id) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Register<K, T> before = register(type);
    T old = before.find(id);
    if (old == null) {
      throw new InvalidSystemException(
          List.of(
              new SystemProblem(
                  SystemProblem.Kind.NOT_FOUND,
                  type.itemName() + " " + Checks.printable(String.valueOf(id)),
                  "cannot be removed: the " + type.name() + " register holds no such item")));
    }
    QualitySystem next = withRegister(type, before.without(id));
    if (type.checksRemovals()) {
      List<SystemProblem> problems = new ArrayList<>(0);
      type.checkRemoval(old, next, problems);
      throwIfAny(problems);
    }
    return next;
  }

  /**
   * Returns a snapshot with an evidence item added, or replacing the item with the same id.
   *
   * @param item the item, not null
   * @return the new snapshot
   * @throws InvalidSystemException if the item refers to an unknown requirement
   */
  public QualitySystem withEvidence(Evidence item) {
    return with(Registers.EVIDENCE, item);
  }

  /**
   * Returns a snapshot without an evidence item.
   *
   * @param id the id of the item to remove, not null
   * @return the new snapshot
   * @throws InvalidSystemException if the register holds no item with that id
   */
  public QualitySystem withoutEvidence(EvidenceId id) {
    return without(Registers.EVIDENCE, id);
  }

  /**
   * Returns a snapshot with a finding added, or replacing the finding with the same id.
   *
   * @param finding the finding, not null
   * @return the new snapshot
   * @throws InvalidSystemException if the finding refers to an unknown requirement
   */
  public QualitySystem withFinding(Finding finding) {
    return with(Registers.FINDINGS, Objects.requireNonNull(finding, "finding"));
  }

  /**
   * Returns a snapshot without a finding.
   *
   * @param id the id of the finding to remove, not null
   * @return the new snapshot
   * @throws InvalidSystemException if the register holds no finding with that id
   */
  public QualitySystem withoutFinding(FindingId id) {
    return without(Registers.FINDINGS, id);
  }

  /**
   * Returns a snapshot with one more exclusion; an exclusion equal to one already held changes
   * nothing.
   *
   * @param exclusion the exclusion, not null
   * @return the new snapshot
   * @throws InvalidSystemException if the target does not exist, may not be excluded, or is
   *     already excluded by another exclusion
   */
  public QualitySystem withExclusion(Exclusion exclusion) {
    Objects.requireNonNull(exclusion, "exclusion");
    if (basis.exclusions.contains(exclusion)) {
      return this;
    }
    List<Exclusion> next = new ArrayList<>(basis.exclusions);
    next.add(exclusion);
    return withExclusions(next);
  }

  /**
   * Returns a snapshot without an exclusion.
   *
   * @param exclusion the exclusion to remove, not null
   * @return the new snapshot
   * @throws InvalidSystemException if the system holds no such exclusion
   */
  public QualitySystem withoutExclusion(Exclusion exclusion) {
    Objects.requireNonNull(exclusion, "exclusion");
    if (!basis.exclusions.contains(exclusion)) {
      throw new InvalidSystemException(
          List.of(
              new SystemProblem(
                  SystemProblem.Kind.NOT_FOUND,
                  "exclusion of " + exclusion.target(),
                  "cannot be removed: the system holds no such exclusion")));
    }
    List<Exclusion> next = new ArrayList<>(basis.exclusions);
    next.remove(exclusion);
    return withExclusions(next);
  }

  private QualitySystem withExclusions(List<Exclusion> exclusions) {
    List<SystemProblem> problems = new ArrayList<>();
    SystemBasis next = basis.withExclusions(exclusions, problems);
    throwIfAny(problems);
    return new QualitySystem(organisation, scope, next, registers, hostFacts);
  }

  /**
   * Returns a snapshot with a mapping set added, or replacing the set with the same id.
   *
   * @param set the mapping set, not null
   * @return the new snapshot
   * @throws InvalidSystemException if the system does not hold both the set's source and its
   *     target catalog (or catalogs derived from them): a system holds the sets it uses
   */
  public QualitySystem withMappingSet(MappingSet set) {
    Objects.requireNonNull(set, "set");
    List<MappingSet> next = new ArrayList<>(basis.mappingSets);
    next.removeIf(s -> s.id().equals(set.id()));
    next.add(set);
    return withMappingSets(next);
  }

  /**
   * Returns a snapshot without a mapping set.
   *
   * @param id the id of the set to remove, not null
   * @return the new snapshot
   * @throws InvalidSystemException if the system holds no set with that id
   */
  public QualitySystem withoutMappingSet(MappingSetId id) {
    Objects.requireNonNull(id, "id");
    if (!basis.setsById.containsKey(id)) {
      throw new InvalidSystemException(
          List.of(
              new SystemProblem(
                  SystemProblem.Kind.NOT_FOUND, "mapping set " + id, "cannot be removed: the system holds no such set")));
    }
    List<MappingSet> next = new ArrayList<>(basis.mappingSets);
    next.removeIf(s -> s.id().equals(id));
    return withMappingSets(next);
  }

  private QualitySystem withMappingSets(List<MappingSet> sets) {
    List<SystemProblem> problems = new ArrayList<>();
    SystemBasis next = basis.withMappingSets(sets, problems);
    throwIfAny(problems);
    return new QualitySystem(organisation, scope, next, registers, hostFacts);
  }

  /**
   * Returns a snapshot with a corrective action added, or replacing the action with the same id,
   * whose history the new one must continue.
   *
   * @param action the action, not null
   * @return the new snapshot
   * @throws InvalidSystemException if the action links a finding or evidence the system does not
   *     hold, or does not continue the history of the action it replaces
   */
  public QualitySystem withCorrectiveAction(CorrectiveAction action) {
    return with(Registers.CORRECTIVE_ACTIONS, Objects.requireNonNull(action, "action"));
  }

  /**
   * Returns a snapshot with an audit added, or replacing the audit with the same id.
   *
   * @param audit the audit, not null
   * @return the new snapshot
   * @throws InvalidSystemException if the audit's scope names a clause no catalog holds
   */
  public QualitySystem withAudit(Audit audit) {
    return with(Registers.AUDITS, Objects.requireNonNull(audit, "audit"));
  }

  /**
   * Returns a snapshot with a host fact attached, replacing the value the key had.
   *
   * @param key the fact's key, not null
   * @param value the value, immutable, not null
   * @param <T> the fact's type
   * @return the new snapshot
   * @throws InvalidSystemException if the value is not of the key's type
   */
  public <T> QualitySystem withHostFact(HostFactKey<T> key, T value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (!key.type().isInstance(value)) {
      throw new InvalidSystemException(
          List.of(
              new SystemProblem(
                  SystemProblem.Kind.WRONG_TYPE,
                  String.valueOf(key),
                  "value is a " + value.getClass().getName() + "; expected a " + key.type().getName())));
    }
    Map<HostFactKey<?>, Object> next = new LinkedHashMap<>(hostFacts);
    next.put(key, value);
    return new QualitySystem(organisation, scope, basis, registers, Collections.unmodifiableMap(next));
  }

  /**
   * Returns a snapshot without a host fact.
   *
   * @param key the fact's key, not null
   * @return the new snapshot
   * @throws InvalidSystemException if no value is attached under the key
   */
  public QualitySystem withoutHostFact(HostFactKey<?> key) {
    Objects.requireNonNull(key, "key");
    if (!hostFacts.containsKey(key)) {
      throw new InvalidSystemException(
          List.of(new SystemProblem(SystemProblem.Kind.NOT_FOUND, String.valueOf(key), "cannot be removed: none is attached")));
    }
    Map<HostFactKey<?>, Object> next = new LinkedHashMap<>(hostFacts);
    next.remove(key);
    return new QualitySystem(organisation, scope, basis, registers, Collections.unmodifiableMap(next));
  }

  private QualitySystem withRegister(RegisterType<?, ?> type, Register<?, ?> register) {
    Register<?, ?>[] next = registers.clone();
    next[type.ordinal()] = register;
    return new QualitySystem(organisation, scope, basis, next, hostFacts);
  }

  private <T> boolean knowsEveryRequirementOf(RegisterType<?, T> type, T item) {
    for (RequirementId r : type.requirementsOf(item)) {
      if (basis.table.ordinal(r) < 0) {
        return false;
      }
    }
    return true;
  }

  private static <T> void checkReferences(
      RegisterType<?, T> type, T item, RequirementTable table, List<SystemProblem> problems) {
    Set<RequirementId> unknown = null;
    for (RequirementId r : type.requirementsOf(item)) {
      if (table.ordinal(r) < 0) {
        if (unknown == null) {
          unknown = new TreeSet<>();
        }
        unknown.add(r);
      }
    }
    if (unknown != null) {
      problems.add(unknownReferences(type, item, unknown));
    }
  }

  /** The problem of an item that refers to requirements no catalog of the system holds. */
  static <T> SystemProblem unknownReferences(RegisterType<?, T> type, T item, Set<RequirementId> unknown) {
    return new SystemProblem(
        SystemProblem.Kind.UNKNOWN_REFERENCE,
        type.itemName() + " " + Checks.printable(String.valueOf(type.idOf(item))),
        "refers to " + (unknown.size() == 1 ? "requirement " : "requirements ") + Checks.listed(unknown, 5)
            + ", which no catalog of the system holds");
  }

  private static void throwIfAny(List<SystemProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidSystemException(problems);
    }
  }

  /**
   * Two snapshots are equal when they hold equal organisation, scope, catalogs (in the same
   * order, which is the order of reports), exclusions, mapping sets, register items and host facts;
   * the order in which exclusions, mapping sets and items were added does not matter.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof QualitySystem)) {
      return false;
    }
    QualitySystem other = (QualitySystem) o;
    return hashCode() == other.hashCode()
        && organisation.equals(other.organisation)
        && scope.equals(other.scope)
        && basis.catalogs.equals(other.basis.catalogs)
        && Set.copyOf(basis.exclusions).equals(Set.copyOf(other.basis.exclusions))
        && basis.setsById.equals(other.basis.setsById)
        && java.util.Arrays.equals(registers, other.registers)
        && hostFacts.equals(other.hostFacts);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h =
          Objects.hash(
              organisation,
              scope,
              basis.catalogs,
              Set.copyOf(basis.exclusions),
              basis.setsById,
              java.util.Arrays.hashCode(registers),
              hostFacts);
      hash = h == 0 ? 1 : h;
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("QualitySystem{organisation=")
            .append(Checks.printable(organisation))
            .append(", catalogs=")
            .append(basis.catalogs.stream().map(Catalog::id).toList())
            .append(", exclusions=")
            .append(basis.exclusions.size())
            .append(", mappingSets=")
            .append(basis.mappingSets.size());
    for (Register<?, ?> r : registers) {
      s.append(", ").append(r.type().name()).append('=').append(r.size());
    }
    return s.append(", hostFacts=").append(hostFacts.size()).append('}').toString();
  }

  /**
   * Builds a {@link QualitySystem}. Not thread-safe; {@link #build()} checks everything at once and
   * reports every problem in one exception.
   *
   * <p>Items may be added in any order. Items added to a register in ascending id order (as a
   * database query sorted by id, or a qms-json document, gives them) are the fastest to build: the
   * builder then needs neither to sort them nor to look each id up to find repeats.
   */
  public static final class Builder {
    private @Nullable String organisation;
    private @Nullable String scope;
    private final Map<CatalogId, Catalog> catalogs = new LinkedHashMap<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final Map<MappingSetId, MappingSet> mappingSets = new LinkedHashMap<>();
    /** Each register's items, by the register's ordinal. */
    private final Arrivals[] arrivals = new Arrivals[Registers.all().size()];
    private final Map<HostFactKey<?>, Object> hostFacts = new LinkedHashMap<>();
    private final List<SystemProblem> problems = new ArrayList<>();
    private @Nullable SystemBasis basis;

    private Builder() {
      for (int i = 0; i < arrivals.length; i++) {
        arrivals[i] = new Arrivals();
      }
    }

    /**
     * A register's items in the order they were added. While their ids ascend strictly, nothing
     * else is kept: ascending ids cannot repeat, and the list is already the register's order. From
     * the first item out of order on, a hash map of the ids finds repeats (a {@code HashMap}, whose
     * buckets of colliding {@code Comparable} ids are trees), and the list is sorted when built.
     */
    private static final class Arrivals {
      final ArrayList<Object> items = new ArrayList<>();
      java.util.@Nullable HashMap<Object, Object> ids;
    }

    /**
     * Sets the organisation.
     *
     * @param organisation the organisation's name, one line, not blank, not null
     * @return this builder
     */
    public Builder organisation(String organisation) {
      this.organisation = Objects.requireNonNull(organisation, "organisation");
      return this;
    }

    /**
     * Sets the scope statement.
     *
     * @param scope the scope statement, not blank, not null
     * @return this builder
     */
    public Builder scope(String scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Adds an applicable catalog.
     *
     * @param catalog the catalog, whose id must not be added already, not null
     * @return this builder
     */
    public Builder addCatalog(Catalog catalog) {
      Objects.requireNonNull(catalog, "catalog");
      if (catalogs.putIfAbsent(catalog.id(), catalog) != null) {
        problems.add(new SystemProblem(SystemProblem.Kind.DUPLICATE_ID, "catalog " + Checks.printable(catalog.id().value()), "was added more than once"));
      }
      basis = null;
      return this;
    }

    /**
     * Adds an exclusion.
     *
     * @param exclusion the exclusion, not null
     * @return this builder
     */
    public Builder addExclusion(Exclusion exclusion) {
      exclusions.add(Objects.requireNonNull(exclusion, "exclusion"));
      basis = null;
      return this;
    }

    /**
     * Adds a mapping set.
     *
     * @param set the mapping set, whose id must not be added already, not null
     * @return this builder
     */
    public Builder addMappingSet(MappingSet set) {
      Objects.requireNonNull(set, "set");
      if (mappingSets.putIfAbsent(set.id(), set) != null) {
        problems.add(new SystemProblem(SystemProblem.Kind.DUPLICATE_ID, "mapping set " + Checks.printable(set.id().value()), "was added more than once"));
      }
      basis = null;
      return this;
    }

    /**
     * Adds an item to a register.
     *
     * @param type the register, not null
     * @param item the item, whose id must not be added already, not null
     * @param <K> the id type
     * @param <T> the item type
     * @return this builder
     */
    public <K extends Comparable<? super K>, T> Builder add(RegisterType<K, T> type, T item) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(item, "item");
      K id = type.idOf(type.itemType().cast(item));
      Arrivals a = arrivals[type.ordinal()];
      if (a.ids == null) {
        if (a.items.isEmpty()
            || type.idOf(type.itemType().cast(a.items.get(a.items.size() - 1))).compareTo(id) < 0) {
          a.items.add(item);
          return this;
        }
        a.ids = new java.util.HashMap<>();
        for (Object held : a.items) {
          a.ids.put(type.idOf(type.itemType().cast(held)), held);
        }
      }
      if (a.ids.putIfAbsent(id, item) != null) {
        problems.add(new SystemProblem(SystemProblem.Kind.DUPLICATE_ID, type.itemName() + " " + Checks.printable(String.valueOf(id)), "was added more than once"));
      } else {
        a.items.add(item);
      }
      return this;
    }

    /**
     * Adds items to a register.
     *
     * @param type the register, not null
     * @param items the items, not null
     * @param <K> the id type
     * @param <T> the item type
     * @return this builder
     */
    public <K extends Comparable<? super K>, T> Builder addAll(RegisterType<K, T> type, Iterable<? extends T> items) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(items, "items").forEach(item -> add(type, item));
      return this;
    }

    /**
     * Adds an evidence item.
     *
     * @param item the item, whose id must not be added already, not null
     * @return this builder
     */
    public Builder addEvidence(Evidence item) {
      return add(Registers.EVIDENCE, item);
    }

    /**
     * Adds evidence items.
     *
     * @param items the items, not null
     * @return this builder
     */
    public Builder addAllEvidence(Iterable<Evidence> items) {
      return addAll(Registers.EVIDENCE, items);
    }

    /**
     * Adds a finding.
     *
     * @param finding the finding, whose id must not be added already, not null
     * @return this builder
     */
    public Builder addFinding(Finding finding) {
      return add(Registers.FINDINGS, Objects.requireNonNull(finding, "finding"));
    }

    /**
     * Adds findings.
     *
     * @param items the findings, not null
     * @return this builder
     */
    public Builder addAllFindings(Iterable<Finding> items) {
      return addAll(Registers.FINDINGS, items);
    }

    /**
     * Adds a corrective action.
     *
     * @param action the action, whose id must not be added already, not null
     * @return this builder
     */
    public Builder addCorrectiveAction(CorrectiveAction action) {
      return add(Registers.CORRECTIVE_ACTIONS, Objects.requireNonNull(action, "action"));
    }

    /**
     * Adds an audit.
     *
     * @param audit the audit, whose id must not be added already, not null
     * @return this builder
     */
    public Builder addAudit(Audit audit) {
      return add(Registers.AUDITS, Objects.requireNonNull(audit, "audit"));
    }

    /**
     * Attaches a host fact, replacing any value the key had.
     *
     * @param key the fact's key, not null
     * @param value the value, immutable, not null
     * @param <T> the fact's type
     * @return this builder
     */
    public <T> Builder hostFact(HostFactKey<T> key, T value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (!key.type().isInstance(value)) {
        problems.add(
            new SystemProblem(
                SystemProblem.Kind.WRONG_TYPE,
                String.valueOf(key),
                "value is a " + value.getClass().getName() + "; expected a " + key.type().getName()));
      } else {
        hostFacts.put(key, value);
      }
      return this;
    }

    /**
     * Builds the snapshot.
     *
     * @return the quality system
     * @throws InvalidSystemException naming every missing value, duplicate id, unknown reference,
     *     forbidden or conflicting exclusion, all at once
     */
    public QualitySystem build() {
      List<SystemProblem> all = new ArrayList<>(problems);
      text(organisation, "organisation", MAX_ORGANISATION, true, all);
      text(scope, "scope", MAX_SCOPE, false, all);
      SystemBasis b = basis;
      if (b == null) {
        b = SystemBasis.of(List.copyOf(catalogs.values()), exclusions, List.copyOf(mappingSets.values()), all);
      }
      List<RegisterType<?, ?>> types = Registers.all();
      Register<?, ?>[] registers = new Register<?, ?>[types.size()];
      for (RegisterType<?, ?> type : types) {
        registers[type.ordinal()] = registerOf(type, b.table, all);
      }
      // checked even when something above is wrong, so that every problem is reported at once;
      // the system is returned only when there is none
      QualitySystem system =
          new QualitySystem(
              organisation == null ? "" : organisation,
              scope == null ? "" : scope,
              b,
              registers,
              Collections.unmodifiableMap(new LinkedHashMap<>(hostFacts)));
      for (RegisterType<?, ?> type : types) {
        checkItems(type, system, all);
      }
      throwIfAny(all);
      return system;
    }

    private <K extends Comparable<? super K>, T> Register<K, T> registerOf(
        RegisterType<K, T> type, RequirementTable table, List<SystemProblem> all) {
      Arrivals a = arrivals[type.ordinal()];
      Object[] values = a.items.toArray();
      if (a.ids != null) {
        Class<T> itemType = type.itemType();
        java.util.Arrays.sort(values, (x, y) -> type.byId().compare(itemType.cast(x), itemType.cast(y)));
      }
      return Register.of(type, table, values, all);
    }

    private static <K extends Comparable<? super K>, T> void checkItems(
        RegisterType<K, T> type, QualitySystem system, List<SystemProblem> all) {
      for (T item : system.register(type).items()) {
        type.checkPut(null, item, system, all);
      }
    }

    private static void text(@Nullable String value, String field, int max, boolean oneLine, List<SystemProblem> all) {
      if (value == null) {
        all.add(new SystemProblem(SystemProblem.Kind.MISSING_VALUE, "quality system", field + " was not set"));
        return;
      }
      String problem = oneLine ? Checks.lineProblem(value, max) : Checks.textProblem(value, max);
      if (problem != null) {
        all.add(new SystemProblem(SystemProblem.Kind.INVALID_TEXT, "quality system", field + " " + problem));
      }
    }
  }
}
