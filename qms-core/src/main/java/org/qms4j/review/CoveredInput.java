package org.qms4j.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.ReviewInput;
import org.qms4j.internal.Checks;

/**
 * One input a management review covered: the code of a catalog's {@link ReviewInput} (such as
 * {@code audit-results}), what was presented for it and, optionally, a summary of what was found.
 * The code is matched against the {@link Catalog#reviewInputs() review inputs} of every catalog the
 * review lists, so one covered input can answer the same code in several catalogs.
 *
 * <p>Limits: the code has the syntax of {@link ReviewInput#code()} (1 to {@value
 * ReviewInput#MAX_CODE} lower-case letters, digits and {@code -}, starting with a letter); at least
 * one and at most {@value #MAX_PRESENTED} things presented; a summary of at most {@value
 * #MAX_SUMMARY} characters, possibly over several lines. Immutable and thread-safe.
 *
 * <pre>{@code
 * CoveredInput audits = CoveredInput.of("audit-results", Presented.audit(AuditId.of("IA-2026-03")));
 * }</pre>
 *
 * @param code the review input's code
 * @param presented what was presented for it, at least one, unmodifiable
 * @param summary what the review found, if recorded
 */
public record CoveredInput(String code, List<Presented> presented, Optional<String> summary) {
  /** The most things presented for one input. */
  public static final int MAX_PRESENTED = 100;
  /** The longest summary accepted. */
  public static final int MAX_SUMMARY = 2_000;

  /**
   * Creates a covered input.
   *
   * @param code the review input's code, not null
   * @param presented what was presented for it, not null, no null element
   * @param summary what the review found, not null
   * @throws NullPointerException if a part or an element of {@code presented} is null
   * @throws InvalidModelException if the code is not a review input code, nothing or more than
   *     {@value #MAX_PRESENTED} things were presented, or the summary is blank or longer than
   *     {@value #MAX_SUMMARY} characters
   */
  public CoveredInput {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(presented, "presented");
    Objects.requireNonNull(summary, "summary");
    checkCode(code);
    presented = List.copyOf(presented);
    String where = "covered input " + code;
    if (presented.isEmpty()) {
      throw new InvalidModelException(where + ": presented was empty; expected at least one thing presented");
    }
    if (presented.size() > MAX_PRESENTED) {
      throw new InvalidModelException(
          where + ": presented had " + presented.size() + " entries; expected at most " + MAX_PRESENTED);
    }
    summary.ifPresent(s -> Checks.text(s, MAX_SUMMARY, where + ": summary"));
  }

  /**
   * Creates a covered input without a summary.
   *
   * @param code the review input's code, not null
   * @param first the first thing presented, not null
   * @param more the others, not null
   * @return the covered input
   * @throws NullPointerException if an argument or element is null
   * @throws InvalidModelException if the code is not a review input code or too much was presented
   */
  public static CoveredInput of(String code, Presented first, Presented... more) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(more, "more");
    Presented[] all = new Presented[more.length + 1];
    all[0] = first;
    System.arraycopy(more, 0, all, 1, more.length);
    return new CoveredInput(code, List.of(all), Optional.empty());
  }

  /**
   * A copy with a summary.
   *
   * @param text what the review found, not null
   * @return the copy
   * @throws NullPointerException if the text is null
   * @throws InvalidModelException if the text is blank or longer than {@value #MAX_SUMMARY}
   *     characters
   */
  public CoveredInput withSummary(String text) {
    Objects.requireNonNull(text, "text");
    return new CoveredInput(code, presented, Optional.of(text));
  }

  /** The syntax of {@link ReviewInput#code()}, which that record checks in its constructor only. */
  private static void checkCode(String code) {
    boolean ok = !code.isEmpty() && code.length() <= ReviewInput.MAX_CODE && code.charAt(0) >= 'a' && code.charAt(0) <= 'z';
    for (int i = 1; ok && i < code.length(); i++) {
      char c = code.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }
    if (!ok) {
      throw new InvalidModelException(
          "covered input: code was "
              + Checks.quote(code)
              + "; expected 1 to "
              + ReviewInput.MAX_CODE
              + " lower-case letters, digits or -, starting with a letter");
    }
  }
}
