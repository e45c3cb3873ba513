package org.qms4j.conformity;

import java.util.Objects;
import java.util.Optional;
import org.qms4j.catalog.RequirementId;

/**
 * A requirement whose verdict moved between two reports. Immutable and thread-safe.
 *
 * @param requirement the requirement, not null
 * @param before its verdict in the earlier report, empty if it was not there
 * @param after its verdict in the later report, empty if it is no longer there
 */
public record StatusChange(
    RequirementId requirement, Optional<Verdict> before, Optional<Verdict> after) {

  /** Creates a change; every part is required.
   *
   * @param requirement the requirement, not null
   * @param before its verdict in the earlier report, empty if it was not there
   * @param after its verdict in the later report, empty if it is no longer there
   */
  public StatusChange {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  @Override
  public String toString() {
    return requirement
        + ": "
        + before.map(Enum::name).orElse("(absent)")
        + " -> "
        + after.map(Enum::name).orElse("(absent)");
  }
}
