package org.qms4j.json.internal;

/**
 * Reads and writes one type of value.
 *
 * @param <T> the type
 */
public interface Codec<T> {
  /**
   * Reads a value whose first token is the parser's current token; on return the current token
   * is the value's last one.
   *
   * @param in the input
   * @return the value, not null
   */
  T read(In in);

  /**
   * Writes a value.
   *
   * @param out the output
   * @param value the value, not null
   */
  void write(Out out, T value);

  /**
   * What the value is, for messages and the schema: {@code "an instant"}, {@code "evidence"}.
   *
   * @return the label
   */
  String label();
}
