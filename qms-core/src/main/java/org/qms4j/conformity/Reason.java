package org.qms4j.conformity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.FindingId;

/**
 * Why a verdict was reached: a stable {@link ReasonCode}, a plain-English message, and the ids of
 * the evidence, findings and mapped requirements behind it, so that a host can explain and localise
 * every verdict.
 *
 * <p>Id lists are sorted, so equal facts give equal reasons whatever order they were added in.
 * Immutable and thread-safe.
 */
public final class Reason {
  private final ReasonCode code;
  private @Nullable String message;
  private final @Nullable EvidenceKind evidenceKind;
  private final List<EvidenceId> evidence;
  private final List<FindingId> findings;
  private final List<RequirementId> mappedFrom;

  private Reason(Builder b) {
    this.code = Objects.requireNonNull(b.code, "code");
    this.message = Objects.requireNonNull(b.message, "message");
    this.evidenceKind = b.evidenceKind;
    this.evidence = sorted(b.evidence);
    this.findings = sorted(b.findings);
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
    this.message = null;
    this.evidenceKind = evidenceKind;
    this.evidence = evidence;
    this.findings = findings;
    this.mappedFrom = sortedInPlace(mappedFrom);
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
   */
  public static Builder builder(ReasonCode code, String message) {
    return new Builder(code, message);
  }

  /**
   * Creates a reason with a code and a message and no ids.
   *
   * @param code the stable code, not null
   * @param message the plain-English explanation, not null
   * @return the reason
   */
  public static Reason of(ReasonCode code, String message) {
    return new Builder(code, message).build();
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
   * The plain-English explanation.
   *
   * @return the message
   */
  public String message() {
    String m = message;
    if (m == null) {
      // a benign race, as in String.hashCode: every thread derives the same text
      m = Messages.describe(this);
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
        && evidenceKind == other.evidenceKind
        && message().equals(other.message())
        && evidence.equals(other.evidence)
        && findings.equals(other.findings)
        && mappedFrom.equals(other.mappedFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, evidenceKind, evidence, findings, mappedFrom);
  }

  @Override
  public String toString() {
    return code + ": " + message();
  }

  /** Builds a {@link Reason}. Not thread-safe. */
  public static final class Builder {
    private final ReasonCode code;
    private final String message;
    private @Nullable EvidenceKind evidenceKind;
    private List<EvidenceId> evidence = List.of();
    private List<FindingId> findings = List.of();
    private List<RequirementId> mappedFrom = List.of();

    private Builder(ReasonCode code, String message) {
      this.code = Objects.requireNonNull(code, "code");
      this.message = Objects.requireNonNull(message, "message");
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
      this.evidence = List.copyOf(ids);
      return this;
    }

    /**
     * Names the findings behind the reason.
     *
     * @param ids the finding ids, not null
     * @return this builder
     */
    public Builder findings(Collection<FindingId> ids) {
      this.findings = List.copyOf(ids);
      return this;
    }

    /**
     * Names the mapped source requirements whose facts counted.
     *
     * @param ids the requirement ids, not null
     * @return this builder
     */
    public Builder mappedFrom(Collection<RequirementId> ids) {
      this.mappedFrom = List.copyOf(ids);
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
