package org.obaframework.core;

/**
 * The root of oba's one family of unchecked exceptions.
 *
 * <p>Messages name the rule that was broken, the expected and the found value, and the position or
 * id of the record concerned; they never contain a child's attribute values or free text. A rated
 * value is quoted only when it does not fit its scale, since the message must say what was found.
 */
public class ObaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, where, what was expected and what was found
   */
  public ObaException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, where, what was expected and what was found
   * @param cause the underlying failure
   */
  public ObaException(String message, Throwable cause) {
    super(message, cause);
  }
}
