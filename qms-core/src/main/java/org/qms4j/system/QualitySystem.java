package org.qms4j.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingId;
import org.qms4j.internal.Checks;

/**
 * The aggregate root: one organisation's quality system as an immutable snapshot. It holds the
 * scope statement, the applicable catalogs, the exclusions, and the evidence and finding registers,
 * with look-ups by id and by requirement.
 *
 * <p>A snapshot is always consistent: requirement ids are unique across its catalogs; every
 * evidence item, finding and exclusion refers only to requirements and clauses its catalogs hold;
 * ids are unique within each register; an exclusion is refused where the catalog does not permit
 * excluding the requirement. Violations are refused with an {@link InvalidModelException} naming
 * every offending id, and nothing is built.
 *
 * <p>The {@code with...} and {@code without...} methods return new snapshots and leave this one
 * unchanged. Each copies and re-indexes the registers, so for many changes at once use {@link
 * #toBuilder()}. Immutable and thread-safe.
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
  private final String organisation;
  private final String scope;
  private final List<Catalog> catalogs;
  private final List<Exclusion> exclusions;
  private final Map<EvidenceId, Evidence> evidence;
  private final Map<FindingId, Finding> findings;

  private final Map<RequirementId, LocatedRequirement> requirements;
  private final Map<RequirementId, Exclusion> exclusionByRequirement;
  private final Map<RequirementId, List<Evidence>> evidenceByRequirement;
  private final Map<RequirementId, List<Finding>> findingsByRequirement;

  private QualitySystem(Builder b) {
    this.organisation =
        Checks.notBlank(require(b.organisation, "organisation"), "quality system: organisation");
    this.scope = Checks.notBlank(require(b.scope, "scope"), "quality system: scope");
    this.catalogs = List.copyOf(b.catalogs.values());
    this.exclusions = List.copyOf(b.exclusions);
    this.evidence = Collections.unmodifiableMap(new LinkedHashMap<>(b.evidence));
    this.findings = Collections.unmodifiableMap(new LinkedHashMap<>(b.findings));
    this.requirements = indexRequirements(catalogs);
    this.exclusionByRequirement = indexExclusions(exclusions, requirements, catalogs);
    this.evidenceByRequirement =
        indexByRequirement(
            evidence.values(),
            Evidence::requirements,
            "evidence",
            e -> e.id().toString(),
            Comparator.comparing(Evidence::id));
    this.findingsByRequirement =
        indexByRequirement(
            findings.values(),
            Finding::requirements,
            "finding",
            f -> f.id().toString(),
            Comparator.comparing(Finding::id));
  }

  private static String require(String value, String field) {
    if (value == null) {
      throw new InvalidModelException("quality system: " + field + " was not set");
    }
    return value;
  }

  private static Map<RequirementId, LocatedRequirement> indexRequirements(List<Catalog> catalogs) {
    Map<RequirementId, LocatedRequirement> index = new LinkedHashMap<>();
    Set<String> clashes = new TreeSet<>();
    for (Catalog catalog : catalogs) {
      for (LocatedRequirement located : catalog.requirements()) {
        LocatedRequirement earlier = index.putIfAbsent(located.id(), located);
        if (earlier != null) {
          clashes.add(located.id() + " (in " + earlier.catalog() + " and " + located.catalog() + ")");
        }
      }
    }
    if (!clashes.isEmpty()) {
      throw new InvalidModelException(
          "quality system: requirement ids must be unique across catalogs, but these repeat: "
              + String.join(", ", clashes));
    }
    return Collections.unmodifiableMap(index);
  }

  private static Map<RequirementId, Exclusion> indexExclusions(
      List<Exclusion> exclusions,
      Map<RequirementId, LocatedRequirement> requirements,
      List<Catalog> catalogs) {
    Map<RequirementId, Exclusion> index = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Exclusion exclusion : exclusions) {
      List<LocatedRequirement> targets = new ArrayList<>();
      if (exclusion.requirement().isPresent()) {
        LocatedRequirement located = requirements.get(exclusion.requirement().get());
        if (located == null) {
          problems.add(exclusion.target() + " is not held by any catalog of the system");
          continue;
        }
        targets.add(located);
      } else {
        var clause = exclusion.clause().orElseThrow();
        Optional<Catalog> catalog =
            catalogs.stream().filter(c -> c.id().equals(clause.catalog())).findFirst();
        if (catalog.isEmpty() || catalog.get().clause(clause.number()).isEmpty()) {
          problems.add(exclusion.target() + " is not held by any catalog of the system");
          continue;
        }
        targets.addAll(catalog.get().requirementsUnder(clause.number()));
      }
      for (LocatedRequirement target : targets) {
        if (!target.requirement().exclusionRule().permitsExclusion()) {
          problems.add(
              "exclusion of "
                  + exclusion.target()
                  + " would exclude requirement "
                  + target.id()
                  + ", which its catalog does not permit to be excluded");
        } else {
          index.putIfAbsent(target.id(), exclusion);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidModelException("quality system: " + String.join("; ", problems));
    }
    return Collections.unmodifiableMap(index);
  }

  private <T> Map<RequirementId, List<T>> indexByRequirement(
      Collection<T> items,
      Function<T, Set<RequirementId>> refs,
      String what,
      Function<T, String> name,
      Comparator<T> byId) {
    Map<RequirementId, List<T>> index = new HashMap<>();
    Map<String, Set<RequirementId>> unknown = new LinkedHashMap<>();
    for (T item : items) {
      for (RequirementId ref : refs.apply(item)) {
        if (!requirements.containsKey(ref)) {
          unknown.computeIfAbsent(name.apply(item), k -> new TreeSet<>()).add(ref);
        } else {
          index.computeIfAbsent(ref, k -> new ArrayList<>(2)).add(item);
        }
      }
    }
    if (!unknown.isEmpty()) {
      StringBuilder message = new StringBuilder("quality system: unknown requirement ids referenced");
      unknown.forEach(
          (item, ids) -> message.append("; ").append(what).append(' ').append(item).append(" refers to ").append(ids));
      throw new InvalidModelException(message.toString());
    }
    index.replaceAll(
        (k, v) -> {
          v.sort(byId);
          return List.copyOf(v);
        });
    return Collections.unmodifiableMap(index);
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
   * Returns a builder holding everything this snapshot holds.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().organisation(organisation).scope(scope);
    catalogs.forEach(b::addCatalog);
    exclusions.forEach(b::addExclusion);
    b.evidence.putAll(evidence);
    b.findings.putAll(findings);
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
   * @return the catalogs
   */
  public List<Catalog> catalogs() {
    return catalogs;
  }

  /**
   * The exclusions, in the order they were added.
   *
   * @return the exclusions
   */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  /**
   * Every requirement of every catalog, catalog by catalog in document order.
   *
   * @return the requirements and where each stands
   */
  public Collection<LocatedRequirement> requirements() {
    return requirements.values();
  }

  /**
   * Finds a requirement of any catalog by its id.
   *
   * @param id the id, not null
   * @return the requirement and where it stands, if a catalog holds it
   */
  public Optional<LocatedRequirement> requirement(RequirementId id) {
    return Optional.ofNullable(requirements.get(id));
  }

  /**
   * The exclusion that applies to a requirement, directly or through its clause.
   *
   * @param id the requirement id, not null
   * @return the exclusion, if the requirement is excluded
   */
  public Optional<Exclusion> exclusionFor(RequirementId id) {
    return Optional.ofNullable(exclusionByRequirement.get(id));
  }

  /**
   * The evidence register, in the order items were first added.
   *
   * @return every evidence item
   */
  public Collection<Evidence> evidence() {
    return evidence.values();
  }

  /**
   * Finds an evidence item by its id.
   *
   * @param id the id, not null
   * @return the item, if the register holds it
   */
  public Optional<Evidence> evidence(EvidenceId id) {
    return Optional.ofNullable(evidence.get(id));
  }

  /**
   * The evidence items that support a requirement, sorted by id.
   *
   * @param id the requirement id, not null
   * @return the items, empty if there are none
   */
  public List<Evidence> evidenceFor(RequirementId id) {
    return evidenceByRequirement.getOrDefault(id, List.of());
  }

  /**
   * The finding register, in the order findings were first added.
   *
   * @return every finding
   */
  public Collection<Finding> findings() {
    return findings.values();
  }

  /**
   * Finds a finding by its id.
   *
   * @param id the id, not null
   * @return the finding, if the register holds it
   */
  public Optional<Finding> finding(FindingId id) {
    return Optional.ofNullable(findings.get(id));
  }

  /**
   * The findings raised against a requirement, sorted by id.
   *
   * @param id the requirement id, not null
   * @return the findings, empty if there are none
   */
  public List<Finding> findingsFor(RequirementId id) {
    return findingsByRequirement.getOrDefault(id, List.of());
  }

  /**
   * Returns a snapshot with an evidence item added, or replacing the item with the same id.
   *
   * @param item the item, not null
   * @return the new snapshot
   * @throws InvalidModelException if the item refers to an unknown requirement
   */
  public QualitySystem withEvidence(Evidence item) {
    Objects.requireNonNull(item, "item");
    Builder b = toBuilder();
    b.evidence.put(item.id(), item);
    return b.build();
  }

  /**
   * Returns a snapshot without an evidence item.
   *
   * @param id the id of the item to remove, not null
   * @return the new snapshot
   * @throws InvalidModelException if the register holds no item with that id
   */
  public QualitySystem withoutEvidence(EvidenceId id) {
    Objects.requireNonNull(id, "id");
    if (!evidence.containsKey(id)) {
      throw new InvalidModelException("quality system: no evidence " + id + " to remove");
    }
    Builder b = toBuilder();
    b.evidence.remove(id);
    return b.build();
  }

  /**
   * Returns a snapshot with a finding added, or replacing the finding with the same id.
   *
   * @param finding the finding, not null
   * @return the new snapshot
   * @throws InvalidModelException if the finding refers to an unknown requirement
   */
  public QualitySystem withFinding(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    Builder b = toBuilder();
    b.findings.put(finding.id(), finding);
    return b.build();
  }

  /**
   * Returns a snapshot without a finding.
   *
   * @param id the id of the finding to remove, not null
   * @return the new snapshot
   * @throws InvalidModelException if the register holds no finding with that id
   */
  public QualitySystem withoutFinding(FindingId id) {
    Objects.requireNonNull(id, "id");
    if (!findings.containsKey(id)) {
      throw new InvalidModelException("quality system: no finding " + id + " to remove");
    }
    Builder b = toBuilder();
    b.findings.remove(id);
    return b.build();
  }

  /**
   * Returns a snapshot with one more exclusion.
   *
   * @param exclusion the exclusion, not null
   * @return the new snapshot
   * @throws InvalidModelException if the target does not exist or may not be excluded
   */
  public QualitySystem withExclusion(Exclusion exclusion) {
    return toBuilder().addExclusion(exclusion).build();
  }

  /**
   * Two snapshots are equal when they hold equal organisation, scope, catalogs (in the same
   * order, which is the order of reports), exclusions, evidence and findings; the order in which
   * exclusions and register items were added does not matter.
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
    return organisation.equals(other.organisation)
        && scope.equals(other.scope)
        && catalogs.equals(other.catalogs)
        && Set.copyOf(exclusions).equals(Set.copyOf(other.exclusions))
        && evidence.equals(other.evidence)
        && findings.equals(other.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organisation, scope, catalogs, Set.copyOf(exclusions), evidence, findings);
  }

  @Override
  public String toString() {
    return "QualitySystem{organisation="
        + organisation
        + ", catalogs="
        + catalogs.stream().map(Catalog::id).toList()
        + ", exclusions="
        + exclusions.size()
        + ", evidence="
        + evidence.size()
        + ", findings="
        + findings.size()
        + "}";
  }

  /**
   * Builds a {@link QualitySystem}. Not thread-safe; {@link #build()} checks everything at once.
   */
  public static final class Builder {
    private String organisation;
    private String scope;
    private final Map<CatalogId, Catalog> catalogs = new LinkedHashMap<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final Map<EvidenceId, Evidence> evidence = new LinkedHashMap<>();
    private final Map<FindingId, Finding> findings = new LinkedHashMap<>();
    private final Set<String> duplicates = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Sets the organisation.
     *
     * @param organisation the organisation's name, not blank
     * @return this builder
     */
    public Builder organisation(String organisation) {
      this.organisation = Objects.requireNonNull(organisation, "organisation");
      return this;
    }

    /**
     * Sets the scope statement.
     *
     * @param scope the scope statement, not blank
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
        duplicates.add("catalog " + catalog.id());
      }
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
      return this;
    }

    /**
     * Adds an evidence item.
     *
     * @param item the item, whose id must not be added already, not null
     * @return this builder
     */
    public Builder addEvidence(Evidence item) {
      Objects.requireNonNull(item, "item");
      if (evidence.putIfAbsent(item.id(), item) != null) {
        duplicates.add("evidence " + item.id());
      }
      return this;
    }

    /**
     * Adds evidence items.
     *
     * @param items the items, not null
     * @return this builder
     */
    public Builder addAllEvidence(Iterable<Evidence> items) {
      items.forEach(this::addEvidence);
      return this;
    }

    /**
     * Adds a finding.
     *
     * @param finding the finding, whose id must not be added already, not null
     * @return this builder
     */
    public Builder addFinding(Finding finding) {
      Objects.requireNonNull(finding, "finding");
      if (findings.putIfAbsent(finding.id(), finding) != null) {
        duplicates.add("finding " + finding.id());
      }
      return this;
    }

    /**
     * Adds findings.
     *
     * @param items the findings, not null
     * @return this builder
     */
    public Builder addAllFindings(Iterable<Finding> items) {
      items.forEach(this::addFinding);
      return this;
    }

    /**
     * Builds the snapshot.
     *
     * @return the quality system
     * @throws InvalidModelException naming every duplicate id, unknown reference or forbidden
     *     exclusion of one kind at once
     */
    public QualitySystem build() {
      if (!duplicates.isEmpty()) {
        throw new InvalidModelException(
            "quality system: ids added more than once: " + String.join(", ", duplicates));
      }
      return new QualitySystem(this);
    }
  }
}
