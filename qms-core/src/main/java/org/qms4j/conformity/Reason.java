package org.qms4j.conformity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.FindingId;
import org.qms4j.internal.Cached;
import org.qms4j.internal.Checks;

/**
 * Why a verdict was reached: a stable {@link ReasonCode}, a plain-English message, and the ids of
 * the evidence, findings, corrective actions and mapped requirements behind it, so that a host can explain and localise
 * every verdict.
 *
 * <p>A host rule's reason has the code {@link ReasonCode#HOST_RULE} and may carry a {@linkplain
 * #hostCode() host code} of the host's own: upper-case letters, digits and underscores, at most
 * {@value #MAX_HOST_CODE} characters, starting with a letter, and not the name of a built-in code.
 * {@link #key()} is the code to filter and localise by either way. Messages are at most {@value
 * #MAX_MESSAGE} characters without control characters but line breaks and tabs.
 *
 * <p>Id lists are sorted, so equal facts give equal reasons whatever order they were added in.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Reason r = Reason.builder("HAND_HYGIENE_BELOW_TARGET", "compliance 82% against a target of 90%")
 *     .evidence(List.of(EvidenceId.of("hh-audit-2026-05")))
 *     .build();
 * }</pre>
 */
public final class Reason {
  /** The longest host code accepted. */
  public static final int MAX_HOST_CODE = 64;
  /** The longest message accepted. */
  public static final int MAX_MESSAGE = 2_000;

  private final ReasonCode code;
  private final @Nullable String hostCode;
  @Cached private @Nullable String message;
  private final @Nullable EvidenceKind evidenceKind;
  private final List<EvidenceId> evidence;
  private final List<FindingId> findings;
  private final List<CorrectiveActionId> correctiveActions;
  private final List<RequirementId> mappedFrom;

  private Reason(Builder b) {
    this.code = b.code;
    this.hostCode = b.hostCode;
    this.message = b.message;
    this.evidenceKind = b.evidenceKind;
    this.evidence = sorted(b.evidence);
    this.findings = sorted(b.findings);
    this.correctiveActions = sorted(b.correctiveActions);
    this.mappedFrom = sorted(b.mappedFrom);
  }

  /**
   * A built-in reason whose message is derived from its code and ids when first asked for, so that
   * an evaluation builds no text nobody reads. The evidence and finding lists are immutable and
   * taken as they are: the engine builds them from lists already sorted by id.
   */
  Reason(
      ReasonCode code,
      @Nullable EvidenceKind evidenceKind,
      List<EvidenceId> evidence,
      List<FindingId> findings,
      List<RequirementId> mappedFrom) {
    this.code = code;
    this.hostCode = null;
    this.message = null;
    this.evidenceKind = evidenceKind;
    this.evidence = evidence;
    this.findings = findings;
    this.correctiveActions = List.of();
    this.mappedFrom = sortedInPlace(mappedFrom);
  }

  /** A built-in reason about corrective actions, with its message given. */
  Reason(ReasonCode code, List<FindingId> findings, List<CorrectiveActionId> correctiveActions, String message) {
    this.code = code;
    this.hostCode = null;
    this.message = Messages.bounded(message);
    this.evidenceKind = null;
    this.evidence = List.of();
    this.findings = sorted(findings);
    this.correctiveActions = sorted(correctiveActions);
    this.mappedFrom = List.of();
  }

  /** A built-in reason with its message given, unchecked (the engine writes it). */
  Reason(
      ReasonCode code,
      @Nullable EvidenceKind evidenceKind,
      List<EvidenceId> evidence,
      List<FindingId> findings,
      List<RequirementId> mappedFrom,
      String message) {
    this(code, evidenceKind, evidence, findings, mappedFrom);
    this.message = Messages.bounded(message);
  }

  private static <T extends Comparable<? super T>> List<T> sortedInPlace(List<T> values) {
    int n = values.size();
    if (n == 0) {
      return List.of();
    }
    if (n == 1) {
      return List.of(values.get(0));
    }
    Collections.sort(values);
    return Collections.unmodifiableList(values);
  }

  private static <T extends Comparable<? super T>> List<T> sorted(List<T> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    if (values.size() == 1) {
      return List.of(values.get(0));
    }
    List<T> copy = new ArrayList<>(values);
    Collections.sort(copy);
    return Collections.unmodifiableList(copy);
  }

  /**
   * Starts a reason with a code and a message.
   *
   * @param code the stable code, not null
   * @param message the plain-English explanation, not null
   * @return a builder
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if the message is blank, too long or holds control characters
   */
  public static Builder builder(ReasonCode code, String message) {
    return new Builder(Objects.requireNonNull(code, "code"), null, message);
  }

  /**
   * Starts a host rule's reason with a host code of its own and a message; its {@link #code()} is
   * {@link ReasonCode#HOST_RULE}.
   *
   * @param hostCode the host's stable code, such as {@code HAND_HYGIENE_BELOW_TARGET}, not null
   * @param message the plain-English explanation, not null
   * @return a builder
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if the host code is malformed or a built-in code's name, or the
   *     message is blank, too long or holds control characters
   */
  public static Builder builder(String hostCode, String message) {
    return new Builder(ReasonCode.HOST_RULE, checkHostCode(hostCode), message);
  }

  /**
   * Creates a reason with a code and a message and no ids.
   *
   * @param code the stable code, not null
   * @param message the plain-English explanation, not null
   * @return the reason
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if the message is blank, too long or holds control characters
   */
  public static Reason of(ReasonCode code, String message) {
    return builder(code, message).build();
  }

  /**
   * Creates a host rule's reason with a host code and a message and no ids.
   *
   * @param hostCode the host's stable code, not null
   * @param message the plain-English explanation, not null
   * @return the reason
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if the host code is malformed or a built-in code's name, or the
   *     message is blank, too long or holds control characters
   */
  public static Reason of(String hostCode, String message) {
    return builder(hostCode, message).build();
  }

  private static String checkHostCode(String hostCode) {
    Objects.requireNonNull(hostCode, "hostCode");
    boolean ok = !hostCode.isEmpty() && hostCode.length() <= MAX_HOST_CODE && hostCode.charAt(0) >= 'A' && hostCode.charAt(0) <= 'Z';
    for (int i = 1; ok && i < hostCode.length(); i++) {
      char c = hostCode.charAt(i);
      ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (!ok) {
      throw new InvalidModelException(
          "reason: host code was "
              + Checks.quote(hostCode)
              + "; expected 1 to "
              + MAX_HOST_CODE
              + " upper-case letters, digits or _, starting with a letter");
    }
    for (ReasonCode builtIn : ReasonCode.values()) {
      if (builtIn.name().equals(hostCode)) {
        throw new InvalidModelException(
            "reason: host code was " + hostCode + ", the name of a built-in code; use Reason.of(ReasonCode." + hostCode
                + ", ...) for it or choose a code of your own");
      }
    }
    return hostCode;
  }

  /**
   * The stable code.
   *
   * @return the code
   */
  public ReasonCode code() {
    return code;
  }

  /**
   * The host's own code for a host rule's reason.
   *
   * @return the host code, if the reason has one
   */
  public Optional<String> hostCode() {
    return Optional.ofNullable(hostCode);
  }

  /**
   * The code to filter and localise by: the {@linkplain #hostCode() host code} where there is one,
   * else the name of the {@link #code()}.
   *
   * @return the key
   */
  public String key() {
    return hostCode != null ? hostCode : code.name();
  }

  /**
   * The plain-English explanation.
   *
   * @return the message
   */
  public String message() {
    String m = message;
    if (m == null) {
      // a benign race, as in String.hashCode: every thread derives the same text
      m = Messages.bounded(Messages.describe(this));
      message = m;
    }
    return m;
  }

  /**
   * The expected evidence kind the reason is about, for codes about kinds.
   *
   * @return the kind, if the reason concerns one
   */
  public Optional<EvidenceKind> evidenceKind() {
    return Optional.ofNullable(evidenceKind);
  }

  /**
   * The evidence behind the reason, sorted.
   *
   * @return the evidence ids, possibly empty
   */
  public List<EvidenceId> evidence() {
    return evidence;
  }

  /**
   * The findings behind the reason, sorted.
   *
   * @return the finding ids, possibly empty
   */
  public List<FindingId> findings() {
    return findings;
  }

  /**
   * The corrective actions behind the reason, sorted.
   *
   * @return the corrective action ids, possibly empty
   */
  public List<CorrectiveActionId> correctiveActions() {
    return correctiveActions;
  }

  /**
   * The requirements whose evidence or findings counted here through a mapping, sorted.
   *
   * @return the mapped source requirement ids, possibly empty
   */
  public List<RequirementId> mappedFrom() {
    return mappedFrom;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Reason)) {
      return false;
    }
    Reason other = (Reason) o;
    return code == other.code
        && Objects.equals(hostCode, other.hostCode)
        && evidenceKind == other.evidenceKind
        && message().equals(other.message())
        && evidence.equals(other.evidence)
        && findings.equals(other.findings)
        && correctiveActions.equals(other.correctiveActions)
        && mappedFrom.equals(other.mappedFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, hostCode, evidenceKind, evidence, findings, correctiveActions, mappedFrom);
  }

  @Override
  public String toString() {
    return key() + ": " + message();
  }

  /** Builds a {@link Reason}. Not thread-safe. */
  public static final class Builder {
    private final ReasonCode code;
    private final @Nullable String hostCode;
    private final String message;
    private @Nullable EvidenceKind evidenceKind;
    private List<EvidenceId> evidence = List.of();
    private List<FindingId> findings = List.of();
    private List<CorrectiveActionId> correctiveActions = List.of();
    private List<RequirementId> mappedFrom = List.of();

    private Builder(ReasonCode code, @Nullable String hostCode, String message) {
      this.code = code;
      this.hostCode = hostCode;
      this.message = Checks.text(Objects.requireNonNull(message, "message"), MAX_MESSAGE, "reason: message");
    }

    /**
     * Names the evidence kind the reason is about.
     *
     * @param kind the kind, not null
     * @return this builder
     */
    public Builder evidenceKind(EvidenceKind kind) {
      this.evidenceKind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Names the evidence behind the reason.
     *
     * @param ids the evidence ids, not null
     * @return this builder
     */
    public Builder evidence(Collection<EvidenceId> ids) {
      this.evidence = List.copyOf(Objects.requireNonNull(ids, "ids"));
      return this;
    }

    /**
     * Names the findings behind the reason.
     *
     * @param ids the finding ids, not null
     * @return this builder
     */
    public Builder findings(Collection<FindingId> ids) {
      this.findings = List.copyOf(Objects.requireNonNull(ids, "ids"));
      return this;
    }

    /**
     * Names the corrective actions behind the reason.
     *
     * @param ids the corrective action ids, not null
     * @return this builder
     */
    public Builder correctiveActions(Collection<CorrectiveActionId> ids) {
      this.correctiveActions = List.copyOf(Objects.requireNonNull(ids, "ids"));
      return this;
    }

    /**
     * Names the mapped source requirements whose facts counted.
     *
     * @param ids the requirement ids, not null
     * @return this builder
     */
    public Builder mappedFrom(Collection<RequirementId> ids) {
      this.mappedFrom = List.copyOf(Objects.requireNonNull(ids, "ids"));
      return this;
    }

    /**
     * Builds the reason.
     *
     * @return the reason
     */
    public Reason build() {
      return new Reason(this);
    }
  }
}
