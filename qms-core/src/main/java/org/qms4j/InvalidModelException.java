package org.qms4j;

/**
 * Thrown when a model object would break one of its invariants: a required attribute is missing, a
 * date lies before the date it must follow, a reference names something that does not exist.
 *
 * <p>The message names the field, the offending value and what was expected. Nothing is changed
 * when this exception is thrown: the object is simply not built.
 */
public class InvalidModelException extends QmsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the field, the value and what was expected, not null
   */
  public InvalidModelException(String message) {
    super(message);
  }
}
