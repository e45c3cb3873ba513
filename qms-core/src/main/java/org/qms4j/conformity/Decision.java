package org.qms4j.conformity;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;

/**
 * What a {@link Rule} says about a requirement. A rule either
 *
 * <ul>
 *   <li>{@linkplain #pass() passes}, letting the next rule of the chain decide;
 *   <li>{@linkplain #note(List) notes} reasons that do not change the verdict and passes;
 *   <li>{@linkplain #cap(Verdict, List) caps} the verdict: whatever later rules decide, the result
 *       is at best the cap (the worse of the two by {@link Verdict#severity()});
 *   <li>or {@linkplain #decide(Verdict, List) decides} the verdict; later rules are not asked.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Decision {
  private static final Decision PASS = new Decision(Kind.PASS, null, List.of());

  /** The four kinds of decision. */
  public enum Kind {
    /** No opinion: the next rule decides. */
    PASS,
    /** Reasons only: the next rule decides. */
    NOTE,
    /** An upper bound on what later rules decide. */
    CAP,
    /** The verdict; the chain stops. */
    DECIDE
  }

  private final Kind kind;
  private final @Nullable Verdict verdict;
  private final List<Reason> reasons;

  private Decision(Kind kind, @Nullable Verdict verdict, List<Reason> reasons) {
    this.kind = kind;
    this.verdict = verdict;
    this.reasons = reasons;
  }

  /**
   * No opinion: the next rule decides.
   *
   * @return the shared pass decision
   */
  public static Decision pass() {
    return PASS;
  }

  /**
   * Adds reasons without changing the verdict.
   *
   * @param reasons the reasons, not null, no element null
   * @return the decision, or {@link #pass()} when there are no reasons
   * @throws NullPointerException if the list or one of its reasons is null
   */
  public static Decision note(List<Reason> reasons) {
    List<Reason> copy = copy(reasons);
    return copy.isEmpty() ? PASS : new Decision(Kind.NOTE, null, copy);
  }

  /**
   * Adds one reason without changing the verdict.
   *
   * @param reason the reason, not null
   * @return the decision
   * @throws NullPointerException if the reason is null
   */
  public static Decision note(Reason reason) {
    return new Decision(Kind.NOTE, null, List.of(Objects.requireNonNull(reason, "reason")));
  }

  /**
   * Caps the verdict that later rules decide.
   *
   * @param atBest the best verdict later rules may reach, not null
   * @param reasons why, not empty, no element null
   * @return the decision
   * @throws NullPointerException if an argument or one of the reasons is null
   * @throws InvalidModelException if there is no reason
   */
  public static Decision cap(Verdict atBest, List<Reason> reasons) {
    return new Decision(Kind.CAP, Objects.requireNonNull(atBest, "atBest"), nonEmpty(reasons));
  }

  /**
   * Caps the verdict that later rules decide, for one reason.
   *
   * @param atBest the best verdict later rules may reach, not null
   * @param reason why, not null
   * @return the decision
   * @throws NullPointerException if an argument is null
   */
  public static Decision cap(Verdict atBest, Reason reason) {
    return new Decision(
        Kind.CAP, Objects.requireNonNull(atBest, "atBest"), List.of(Objects.requireNonNull(reason, "reason")));
  }

  /**
   * Decides the verdict; later rules are not asked.
   *
   * @param verdict the verdict, not null
   * @param reasons why, not empty, no element null
   * @return the decision
   * @throws NullPointerException if an argument or one of the reasons is null
   * @throws InvalidModelException if there is no reason
   */
  public static Decision decide(Verdict verdict, List<Reason> reasons) {
    return new Decision(Kind.DECIDE, Objects.requireNonNull(verdict, "verdict"), nonEmpty(reasons));
  }

  /**
   * Decides the verdict for one reason.
   *
   * @param verdict the verdict, not null
   * @param reason why, not null
   * @return the decision
   * @throws NullPointerException if an argument is null
   */
  public static Decision decide(Verdict verdict, Reason reason) {
    return new Decision(
        Kind.DECIDE, Objects.requireNonNull(verdict, "verdict"), List.of(Objects.requireNonNull(reason, "reason")));
  }

  /** {@link #note(List)} for built-in rules that hand over an unshared, non-empty list. */
  static Decision noteOwned(List<Reason> reasons) {
    return new Decision(Kind.NOTE, null, reasons);
  }

  /** {@link #cap(Verdict, List)} for built-in rules that hand over an unshared, non-empty list. */
  static Decision capOwned(Verdict atBest, List<Reason> reasons) {
    return new Decision(Kind.CAP, atBest, reasons);
  }

  /** {@link #decide(Verdict, List)} for built-in rules that hand over an unshared, non-empty list. */
  static Decision decideOwned(Verdict verdict, List<Reason> reasons) {
    return new Decision(Kind.DECIDE, verdict, reasons);
  }

  private static List<Reason> copy(List<Reason> reasons) {
    Objects.requireNonNull(reasons, "reasons");
    for (Reason r : reasons) {
      Objects.requireNonNull(r, "reasons holds a null reason");
    }
    return List.copyOf(reasons);
  }

  private static List<Reason> nonEmpty(List<Reason> reasons) {
    List<Reason> copy = copy(reasons);
    if (copy.isEmpty()) {
      throw new InvalidModelException("decision: reasons was empty; a cap or a decision needs at least one reason");
    }
    return copy;
  }

  /**
   * The kind of decision.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The verdict of a {@code DECIDE}, or the cap of a {@code CAP}.
   *
   * @return the verdict
   * @throws IllegalStateException for {@code PASS} and {@code NOTE}
   */
  public Verdict verdict() {
    if (verdict == null) {
      throw new IllegalStateException("a " + kind + " decision has no verdict");
    }
    return verdict;
  }

  /**
   * The reasons given.
   *
   * @return the reasons, empty for {@code PASS}
   */
  public List<Reason> reasons() {
    return reasons;
  }

  @Override
  public String toString() {
    return kind + (verdict == null ? "" : " " + verdict) + " " + reasons;
  }
}
