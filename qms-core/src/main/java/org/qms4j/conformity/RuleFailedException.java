package org.qms4j.conformity;

import org.qms4j.QmsException;
import org.qms4j.catalog.RequirementId;
import org.qms4j.internal.Checks;

/**
 * Thrown when a rule throws, or returns null, while judging a requirement. Anything a rule throws
 * is wrapped (its cause), except a {@link VirtualMachineError} such as {@link OutOfMemoryError},
 * which propagates as it is. The evaluation fails as a whole: the engine never reports a verdict it
 * could not reach, and a session's change that fails this way changes nothing.
 */
public class RuleFailedException extends QmsException {
  private static final long serialVersionUID = 1L;

  /** The name of the rule that failed. */
  private final String rule;
  private final transient RequirementId requirement;

  RuleFailedException(String rule, RequirementId requirement, String problem, Throwable cause) {
    super("rule '" + rule + "' failed on requirement " + requirement + ": " + Checks.printable(problem), cause);
    this.rule = rule;
    this.requirement = requirement;
  }

  RuleFailedException(String rule, RequirementId requirement, String problem) {
    super("rule '" + rule + "' failed on requirement " + requirement + ": " + problem);
    this.rule = rule;
    this.requirement = requirement;
  }

  /**
   * The name of the rule that failed.
   *
   * @return the rule's name
   */
  public String rule() {
    return rule;
  }

  /**
   * The requirement being judged.
   *
   * @return the requirement id
   */
  public RequirementId requirement() {
    return requirement;
  }
}
