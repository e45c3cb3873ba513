package org.qms4j.conformity;

import java.util.Objects;

/**
 * One step of the decision chain that the engine runs for a requirement. Built-in rules implement
 * the default decision table ({@link Rules}); a host writes its own as a lambda or a class and
 * registers it with {@link ConformityEngine.Builder}.
 *
 * <p>A rule must be a pure function of the facts it is given: no I/O, no clock, no shared mutable
 * state, so that evaluation stays deterministic and thread-safe. A rule that throws makes the whole
 * evaluation fail with a {@link RuleFailedException} naming the rule and the requirement.
 *
 * <pre>{@code
 * Rule recentRecord = Rule.named("record-within-12-months", facts ->
 *     facts.validEvidence().stream()
 *         .anyMatch(e -> e.effectiveFrom().isAfter(facts.asOf().minus(Duration.ofDays(365))))
 *         ? Decision.pass()
 *         : Decision.cap(Verdict.PARTIALLY_CONFORMING, List.of(Reason.of(ReasonCode.HOST_RULE,
 *             "no record from the last 12 months"))));
 * }</pre>
 */
@FunctionalInterface
public interface Rule {

  /**
   * Judges one requirement.
   *
   * @param facts the requirement and the facts that exist at the evaluation instant, not null
   * @return the decision, never null
   */
  Decision apply(RequirementFacts facts);

  /**
   * The rule's name, used in error messages. Defaults to the class name; give lambdas a name
   * with {@link #named(String, Rule)}.
   *
   * @return the name
   */
  default String name() {
    return getClass().getName();
  }

  /**
   * Gives a rule a name.
   *
   * @param name the name, not null
   * @param rule the rule, not null
   * @return a rule that behaves like {@code rule} and is called {@code name}
   */
  static Rule named(String name, Rule rule) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    return new Rule() {
      @Override
      public Decision apply(RequirementFacts facts) {
        return rule.apply(facts);
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
