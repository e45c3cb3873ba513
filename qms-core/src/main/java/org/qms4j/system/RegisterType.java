package org.qms4j.system;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.RequirementId;

/**
 * Describes one register of a quality system: what its items are, how an item's id is read, and,
 * for registers indexed by requirement, which requirements an item concerns. The registers there
 * are are listed in {@link Registers}; a quality system holds one {@link Register} of each.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <K> the id type
 * @param <T> the item type
 */
public final class RegisterType<K extends Comparable<? super K>, T> implements FactType {
  private final String name;
  private final String itemName;
  private final int ordinal;
  private final Class<T> itemType;
  private final Function<T, K> idOf;
  private final @Nullable Function<T, Set<RequirementId>> requirementsOf;
  private final Comparator<T> byId;
  private final Function<T, List<Instant>> datesOf;
  private final @Nullable Function<T, Collection<?>> linksOf;
  private final @Nullable BiFunction<T, QualitySystem, Set<RequirementId>> touches;
  private final Checker<T> onPut;
  private final Checker<T> onRemove;

  /**
   * Checks an item against the snapshot it joined or left; adds a problem for each violation. On a
   * put, {@code old} is the item it replaced (null when new, and at build); on a removal, {@code
   * item} is the removed one and {@code old} is null.
   */
  @FunctionalInterface
  interface Checker<T> {
    void check(@Nullable T old, T item, QualitySystem system, List<SystemProblem> problems);
  }

  RegisterType(
      String name,
      String itemName,
      int ordinal,
      Class<T> itemType,
      Function<T, K> idOf,
      @Nullable Function<T, Set<RequirementId>> requirementsOf,
      Function<T, List<Instant>> datesOf,
      @Nullable Function<T, Collection<?>> linksOf,
      @Nullable BiFunction<T, QualitySystem, Set<RequirementId>> touches,
      Checker<T> onPut,
      Checker<T> onRemove) {
    this.name = name;
    this.itemName = itemName;
    this.ordinal = ordinal;
    this.itemType = itemType;
    this.idOf = idOf;
    this.requirementsOf = requirementsOf;
    this.byId = Comparator.comparing(idOf);
    this.datesOf = datesOf;
    this.linksOf = linksOf;
    this.touches = touches;
    this.onPut = onPut;
    this.onRemove = onRemove;
  }

  /**
   * The register's name, such as {@code evidence} or {@code findings}.
   *
   * @return the name
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * What one item is called in messages, such as {@code evidence} or {@code finding}.
   *
   * @return the item name
   */
  public String itemName() {
    return itemName;
  }

  /**
   * The type of the items.
   *
   * @return the item type
   */
  public Class<T> itemType() {
    return itemType;
  }

  /**
   * Reads an item's id.
   *
   * @param item the item, not null
   * @return its id
   */
  public K idOf(T item) {
    return idOf.apply(Objects.requireNonNull(item, "item"));
  }

  /**
   * Tells whether the register is indexed by requirement, so that {@link Register#itemsFor} finds
   * the items that concern a requirement.
   *
   * @return true for evidence and findings
   */
  public boolean isIndexedByRequirement() {
    return requirementsOf != null;
  }

  /**
   * The requirements an item concerns; empty for registers not indexed by requirement.
   *
   * @param item the item, not null
   * @return the requirement ids
   */
  public Set<RequirementId> requirementsOf(T item) {
    Objects.requireNonNull(item, "item");
    return requirementsOf == null ? Set.of() : requirementsOf.apply(item);
  }

  /**
   * The instants at which an item's state may change as time passes: when evidence is collected,
   * becomes effective and expires; when a finding is raised and closed; a corrective action's
   * events and due dates; when an audit starts, is reported and closed. A conformity session
   * judges again the rules that read this register when time passes one of them.
   *
   * @param item the item, not null
   * @return the instants, possibly empty
   */
  public List<Instant> datesOf(T item) {
    return datesOf.apply(Objects.requireNonNull(item, "item"));
  }

  /**
   * Orders items by id, the order of {@link Register#items()}.
   *
   * @return the comparator
   */
  public Comparator<T> byId() {
    return byId;
  }

  int ordinal() {
    return ordinal;
  }

  /** A checker for registers whose items need no check beyond their references. */
  static final Checker<Object> NO_CHECKS = (old, item, system, problems) -> {};

  @SuppressWarnings("unchecked")
  static <T> Checker<T> noChecks() {
    return (Checker<T>) (Checker<?>) NO_CHECKS;
  }

  boolean checksPuts() {
    return onPut != NO_CHECKS;
  }

  boolean checksRemovals() {
    return onRemove != NO_CHECKS;
  }

  void checkPut(@Nullable T old, T item, QualitySystem system, List<SystemProblem> problems) {
    onPut.check(old, item, system, problems);
  }

  void checkRemoval(T item, QualitySystem system, List<SystemProblem> problems) {
    onRemove.check(null, item, system, problems);
  }

  /**
   * The ids of other registers' items an item refers to, such as the findings and evidence a
   * corrective action links; {@link Register#itemsLinkedTo} finds the items that refer to an id.
   *
   * @param item the item, not null
   * @return the ids referred to, possibly empty
   */
  public Collection<?> linksOf(T item) {
    Objects.requireNonNull(item, "item");
    return linksOf == null ? List.of() : linksOf.apply(item);
  }

  boolean isIndexedByLink() {
    return linksOf != null;
  }

  /**
   * The requirements whose facts an item bears on in a snapshot: for evidence and findings their
   * own requirements; for a corrective action those of the findings it links; none for audits.
   * A conformity session judges these requirements again when the item changes.
   *
   * @param item the item, not null
   * @param system the snapshot holding the item, not null
   * @return the requirement ids
   */
  public Set<RequirementId> requirementsTouched(T item, QualitySystem system) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(system, "system");
    return touches == null ? requirementsOf(item) : touches.apply(item, system);
  }

  @Override
  public String toString() {
    return "register " + name;
  }
}
