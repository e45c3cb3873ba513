package org.qms4j.objective;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Checks;
import org.qms4j.internal.QmsStyle;

/**
 * A quality objective (ISO 9001 6.2): what the organisation means to achieve, the requirements it
 * bears on, the indicators that measure it and, if set, when it is to be achieved. ISO 7101 puts
 * patient outcomes and experience first among a healthcare organisation's objectives.
 *
 * <p>Limits: a statement of at most {@value #MAX_STATEMENT} characters on one line; one to {@value
 * #MAX_REQUIREMENTS} requirements; one to {@value #MAX_INDICATORS} indicators with distinct ids.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Objective safer = Objective.builder()
 *     .id(ObjectiveId.of("OBJ-2026-01"))
 *     .statement("Reduce avoidable harm on the medical wards")
 *     .addRequirement(RequirementId.of("iso-9001:2015/6.2.1"))
 *     .addIndicator(handHygiene)   // %, higher is better, target 90
 *     .addIndicator(falls)         // per 1,000 bed-days, lower is better, target 3.0
 *     .due(Instant.parse("2026-12-31T00:00:00Z"))
 *     .build();
 * safer.indicator(IndicatorId.of("falls")).flatMap(i -> i.isMetAt(now));
 * }</pre>
 */
@Value.Immutable
@QmsStyle
public abstract class Objective {
  /** The longest statement accepted. */
  public static final int MAX_STATEMENT = 1_000;
  /** The most requirements an objective bears on. */
  public static final int MAX_REQUIREMENTS = 1_000;
  /** The most indicators an objective has. */
  public static final int MAX_INDICATORS = 100;

  Objective() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static ImmutableObjective.Builder builder() {
    return new ImmutableObjective.Builder();
  }

  /**
   * The id, unique within a quality system.
   *
   * @return the id
   */
  public abstract ObjectiveId id();

  /**
   * What is to be achieved, on one line.
   *
   * @return the statement
   */
  public abstract String statement();

  /**
   * The requirements the objective bears on; at least one.
   *
   * @return the requirement ids
   */
  public abstract Set<RequirementId> requirements();

  /**
   * The indicators that measure the objective, in the order given; at least one, with distinct ids.
   *
   * @return the indicators
   */
  public abstract List<Indicator> indicators();

  /**
   * When the objective is to be achieved, if set.
   *
   * @return the due instant
   */
  public abstract Optional<Instant> due();

  /**
   * One of the objective's indicators.
   *
   * @param id the indicator's id, not null
   * @return the indicator, or empty if the objective has none with that id
   */
  public Optional<Indicator> indicator(IndicatorId id) {
    Objects.requireNonNull(id, "id");
    for (Indicator i : indicators()) {
      if (i.id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * The instants at which what this objective answers may change: its due instant, if set, and
   * every indicator's {@link Indicator#dates()}.
   *
   * @return the instants, unsorted, possibly with repeats
   */
  public List<Instant> dates() {
    List<Instant> all = new ArrayList<>();
    due().ifPresent(all::add);
    for (Indicator i : indicators()) {
      all.addAll(i.dates());
    }
    return Collections.unmodifiableList(all);
  }

  @Value.Check
  void check() {
    String where = "objective " + id();
    Checks.line(statement(), MAX_STATEMENT, where + ": statement");
    if (requirements().isEmpty()) {
      throw new InvalidModelException(where + ": requirements was empty; expected at least one requirement id");
    }
    if (requirements().size() > MAX_REQUIREMENTS) {
      throw new InvalidModelException(
          where + ": requirements had " + requirements().size() + " entries; expected at most " + MAX_REQUIREMENTS);
    }
    if (indicators().isEmpty()) {
      throw new InvalidModelException(where + ": indicators was empty; expected at least one indicator");
    }
    if (indicators().size() > MAX_INDICATORS) {
      throw new InvalidModelException(
          where + ": indicators had " + indicators().size() + " entries; expected at most " + MAX_INDICATORS);
    }
    Set<IndicatorId> seen = new HashSet<>();
    for (Indicator i : indicators()) {
      if (!seen.add(i.id())) {
        throw new InvalidModelException(
            where + ": indicators had two with id " + Checks.quote(i.id().value()) + "; expected distinct ids");
      }
    }
  }
}
