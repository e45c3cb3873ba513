package org.qms4j.conformity;

import java.util.Objects;
import org.qms4j.InvalidModelException;
import org.qms4j.internal.Checks;

/**
 * One step of the decision chain that the engine runs for a requirement. Built-in rules implement
 * the default decision table ({@link Rules}); a host writes its own and registers it with {@link
 * ConformityEngine.Builder}.
 *
 * <p>A rule must be a pure function of the facts it is given: no I/O, no clock, no shared mutable
 * state, so that evaluation stays deterministic and thread-safe. Anything a rule throws (but a
 * {@link VirtualMachineError} such as {@link OutOfMemoryError}) fails the whole evaluation with a
 * {@link RuleFailedException} naming the rule and the requirement; so does returning null.
 *
 * <p>Every rule has a readable {@link #name()}. A class that implements {@code Rule} is named by
 * its class name unless it says otherwise; a lambda has no readable name, so give it one with
 * {@link #named(String, Rule)}: the engine's builder refuses an unnamed lambda. A rule declares
 * what it {@link #reads()}, so that a {@link ConformitySession} re-evaluates it when, and only
 * when, that changes.
 *
 * <pre>{@code
 * Rule recentRecord = Rule.named("record-within-12-months",
 *     RuleReads.requirementFacts().dependingOnInstant(),
 *     facts -> facts.validEvidence().stream()
 *             .anyMatch(e -> e.effectiveFrom().isAfter(facts.asOf().minus(Duration.ofDays(365))))
 *         ? Decision.pass()
 *         : Decision.cap(Verdict.PARTIALLY_CONFORMING,
 *             Reason.of("NO_RECENT_RECORD", "no record from the last 12 months")));
 * }</pre>
 */
@FunctionalInterface
public interface Rule {
  /** The longest rule name accepted. */
  int MAX_NAME = 200;

  /**
   * Judges one requirement.
   *
   * @param facts the requirement and the facts that exist at the evaluation instant, not null
   * @return the decision, never null
   */
  Decision apply(RequirementFacts facts);

  /**
   * The rule's name, used in error messages. Defaults to the class name; a lambda must be given a
   * name with {@link #named(String, Rule)}.
   *
   * @return the name
   */
  default String name() {
    return getClass().getName();
  }

  /**
   * What the rule reads; {@link RuleReads#everything()} unless overridden.
   *
   * @return the reads
   */
  default RuleReads reads() {
    return RuleReads.everything();
  }

  /**
   * Gives a rule a name; it keeps the rule's {@link #reads()}.
   *
   * @param name the name, one line, at most {@value #MAX_NAME} characters, not null
   * @param rule the rule, not null
   * @return a rule that behaves like {@code rule} and is called {@code name}
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if the name is blank, too long or not one line
   */
  static Rule named(String name, Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return named(name, rule.reads(), rule);
  }

  /**
   * Gives a rule a name and says what it reads.
   *
   * @param name the name, one line, at most {@value #MAX_NAME} characters, not null
   * @param reads what the rule reads, not null
   * @param rule the rule, not null
   * @return a rule that behaves like {@code rule}, is called {@code name} and reads {@code reads}
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if the name is blank, too long or not one line
   */
  static Rule named(String name, RuleReads reads, Rule rule) {
    Checks.line(Objects.requireNonNull(name, "name"), MAX_NAME, "rule name " + Checks.quote(name));
    Objects.requireNonNull(reads, "reads");
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
      public RuleReads reads() {
        return reads;
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
