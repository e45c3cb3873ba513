package org.qms4j.json;

/**
 * The limits a reader puts on a JSON document before any of it reaches the model. Exceeding one
 * is a {@link QmsJsonException} naming the limit and where it was exceeded; the reader never
 * holds more than the limit allows, whatever the input.
 *
 * <p>The defaults ({@link #defaults()}) fit every document qms4j itself writes, including a system
 * with a million evidence items, and are far below what would strain a JVM. A host changes one
 * limit with its {@code with...} method: {@code JsonLimits.defaults().withMaxStringLength(5_000_000)}.
 *
 * <p>A record rather than an Immutables type: five numbers, each checked, with withers; a builder
 * would add nothing. Immutable and thread-safe.
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays, default {@value
 *     #DEFAULT_NESTING_DEPTH}: a catalog's clauses nest at most 32 deep, two levels each
 * @param maxStringLength the longest string value in characters, default {@value
 *     #DEFAULT_STRING_LENGTH}
 * @param maxNumberLength the longest number in characters, default {@value #DEFAULT_NUMBER_LENGTH}
 * @param maxNameLength the longest property name in characters, default {@value
 *     #DEFAULT_NAME_LENGTH}
 * @param maxDocumentLength the longest document in bytes (or characters, for text input),
 *     default {@value #DEFAULT_DOCUMENT_LENGTH} (4 GiB)
 */
public record JsonLimits(
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    long maxDocumentLength) {

  /** The default deepest nesting. */
  public static final int DEFAULT_NESTING_DEPTH = 100;

  /**
   * The highest nesting depth a host may allow: the readers recurse once per level of nesting,
   * and this bound keeps them far from the end of a thread's stack.
   */
  public static final int MAX_NESTING_DEPTH = 1_000;

  /**
   * The most items any array or object inside a register item, a catalog or a report may hold (a
   * fixed limit, the largest collection the model accepts); the registers themselves are bounded
   * by the document's length.
   */
  public static final int MAX_ITEMS = 1_000_000;

  /** The default longest string, in characters. */
  public static final int DEFAULT_STRING_LENGTH = 1_000_000;

  /** The default longest number, in characters. */
  public static final int DEFAULT_NUMBER_LENGTH = 100;

  /** The default longest property name, in characters. */
  public static final int DEFAULT_NAME_LENGTH = 1_000;

  /** The default longest document, in bytes: 4 GiB. */
  public static final long DEFAULT_DOCUMENT_LENGTH = 4L << 30;

  private static final JsonLimits DEFAULTS =
      new JsonLimits(
          DEFAULT_NESTING_DEPTH,
          DEFAULT_STRING_LENGTH,
          DEFAULT_NUMBER_LENGTH,
          DEFAULT_NAME_LENGTH,
          DEFAULT_DOCUMENT_LENGTH);

  /**
   * Creates limits.
   *
   * @param maxNestingDepth the deepest nesting of objects and arrays, 10 to {@value
   *     #MAX_NESTING_DEPTH}
   * @param maxStringLength the longest string value in characters, positive
   * @param maxNumberLength the longest number in characters, at least 20
   * @param maxNameLength the longest property name in characters, positive
   * @param maxDocumentLength the longest document in bytes (or characters), positive
   * @throws IllegalArgumentException if a limit is not positive, the nesting depth is below 10
   *     or above {@value #MAX_NESTING_DEPTH}, or the number length below 20
   */
  public JsonLimits {
    if (maxNestingDepth < 10 || maxNestingDepth > MAX_NESTING_DEPTH) {
      throw new IllegalArgumentException("maxNestingDepth must be between 10 and "
          + MAX_NESTING_DEPTH + ": " + maxNestingDepth);
    }
    if (maxStringLength < 1) {
      throw new IllegalArgumentException("maxStringLength must be positive: " + maxStringLength);
    }
    if (maxNumberLength < 20) {
      throw new IllegalArgumentException("maxNumberLength must be at least 20: " + maxNumberLength);
    }
    if (maxNameLength < 1) {
      throw new IllegalArgumentException("maxNameLength must be positive: " + maxNameLength);
    }
    if (maxDocumentLength < 1) {
      throw new IllegalArgumentException(
          "maxDocumentLength must be positive: " + maxDocumentLength);
    }
  }

  /**
   * The default limits.
   *
   * @return the defaults
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * These limits with another nesting depth.
   *
   * @param value the deepest nesting, 10 to {@value #MAX_NESTING_DEPTH}
   * @return the changed limits
   */
  public JsonLimits withMaxNestingDepth(int value) {
    return new JsonLimits(value, maxStringLength, maxNumberLength, maxNameLength, maxDocumentLength);
  }

  /**
   * These limits with another string length.
   *
   * @param value the longest string in characters, positive
   * @return the changed limits
   */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(maxNestingDepth, value, maxNumberLength, maxNameLength, maxDocumentLength);
  }

  /**
   * These limits with another number length.
   *
   * @param value the longest number in characters, at least 20
   * @return the changed limits
   */
  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(maxNestingDepth, maxStringLength, value, maxNameLength, maxDocumentLength);
  }

  /**
   * These limits with another property-name length.
   *
   * @param value the longest property name in characters, positive
   * @return the changed limits
   */
  public JsonLimits withMaxNameLength(int value) {
    return new JsonLimits(
        maxNestingDepth, maxStringLength, maxNumberLength, value, maxDocumentLength);
  }

  /**
   * These limits with another document length.
   *
   * @param value the longest document in bytes, positive
   * @return the changed limits
   */
  public JsonLimits withMaxDocumentLength(long value) {
    return new JsonLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, value);
  }
}
