package org.qms4j.gap;

import java.util.Objects;

/**
 * How many gaps lie in a clause, a catalog or a whole analysis, by priority.
 *
 * <p>Immutable and thread-safe.
 *
 * @param openMajorNonconformity gaps of priority {@link GapPriority#OPEN_MAJOR_NONCONFORMITY}
 * @param missingDocumentedInformation gaps of priority {@link
 *     GapPriority#MISSING_DOCUMENTED_INFORMATION}
 * @param other gaps of priority {@link GapPriority#OTHER}
 */
public record GapTotals(int openMajorNonconformity, int missingDocumentedInformation, int other) {
  /** No gap. */
  public static final GapTotals NONE = new GapTotals(0, 0, 0);

  /**
   * Creates totals.
   *
   * @param openMajorNonconformity zero or more
   * @param missingDocumentedInformation zero or more
   * @param other zero or more
   * @throws IllegalArgumentException if a count is negative
   */
  public GapTotals {
    if (openMajorNonconformity < 0 || missingDocumentedInformation < 0 || other < 0) {
      throw new IllegalArgumentException(
          "gap totals were " + openMajorNonconformity + ", " + missingDocumentedInformation + ", " + other
              + "; expected counts of zero or more");
    }
  }

  /**
   * The number of gaps of every priority.
   *
   * @return the total
   */
  public int total() {
    return openMajorNonconformity + missingDocumentedInformation + other;
  }

  /**
   * The number of gaps of one priority.
   *
   * @param priority the priority, not null
   * @return the count
   */
  public int count(GapPriority priority) {
    return switch (Objects.requireNonNull(priority, "priority")) {
      case OPEN_MAJOR_NONCONFORMITY -> openMajorNonconformity;
      case MISSING_DOCUMENTED_INFORMATION -> missingDocumentedInformation;
      case OTHER -> other;
    };
  }
}
