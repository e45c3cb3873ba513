package org.qms4j;

/**
 * The root of every exception that qms4j throws on purpose.
 *
 * <p>All qms4j exceptions are unchecked: they signal input that can never be valid or a misuse of
 * the API, which a caller fixes rather than recovers from.
 */
public class QmsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the element and the value, not null
   */
  public QmsException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, not null
   * @param cause the underlying failure, not null
   */
  public QmsException(String message, Throwable cause) {
    super(message, cause);
  }
}
