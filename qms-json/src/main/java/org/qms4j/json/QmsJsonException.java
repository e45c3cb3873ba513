package org.qms4j.json;

import org.jspecify.annotations.Nullable;
import org.qms4j.QmsException;

/**
 * A JSON document that qms4j cannot read: malformed or truncated JSON, a limit exceeded, a value of
 * the wrong type, an unknown or repeated property, a missing value, an unsupported {@code
 * formatVersion}, or a value the core model refuses.
 *
 * <p>The message names what was wrong and where: the JSON Pointer of the offending value (such as
 * {@code /registers/evidence/3/kind}) and, where known, its line and column. Values quoted from the
 * document are shortened and escaped, so a message never echoes unbounded or unprintable input.
 * Whatever the reader was building is discarded: there is never a half-built result.
 */
public class QmsJsonException extends QmsException {
  private static final long serialVersionUID = 1L;

  /** The longest path kept in {@link #path()}; longer paths keep their last segments. */
  public static final int MAX_PATH = 300;

  /** The JSON Pointer of the offending value. */
  private final String path;
  /** What was wrong, without the location. */
  private final String problem;
  /** The 1-based line, or -1. */
  private final long line;
  /** The 1-based column, or -1. */
  private final long column;

  /**
   * Creates an exception.
   *
   * @param problem what was wrong, already shortened and escaped, not null
   * @param path the JSON Pointer of the offending value ({@code ""} for the whole document), not
   *     null
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param cause the underlying failure, or null
   */
  public QmsJsonException(
      String problem, String path, long line, long column, @Nullable Throwable cause) {
    super(message(problem, path, line, column), cause);
    this.problem = problem;
    this.path = path;
    this.line = line;
    this.column = column;
  }

  private static String message(String problem, String path, long line, long column) {
    StringBuilder m = new StringBuilder(problem);
    m.append(path.isEmpty() ? " (at the document root" : " (at " + path);
    if (line > 0) {
      m.append(", line ").append(line);
      if (column > 0) {
        m.append(", column ").append(column);
      }
    }
    return m.append(')').toString();
  }

  /**
   * The JSON Pointer (RFC 6901) of the offending value, {@code ""} for the whole document.
   * Property names in it are shortened and escaped like quoted values.
   *
   * @return the path, not null
   */
  public String path() {
    return path;
  }

  /**
   * What was wrong, without the location.
   *
   * @return the problem, not null
   */
  public String problem() {
    return problem;
  }

  /**
   * The 1-based line of the offending value, or -1 when unknown.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * The 1-based column of the offending value, or -1 when unknown.
   *
   * @return the column
   */
  public long column() {
    return column;
  }
}
