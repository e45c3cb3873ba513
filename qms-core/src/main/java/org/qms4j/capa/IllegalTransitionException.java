package org.qms4j.capa;

import java.util.List;
import org.qms4j.QmsException;

/**
 * Thrown when a transition of a {@link CorrectiveAction} is not allowed: it names the action, its
 * current state, the transition attempted and what is missing. The action is unchanged.
 */
public final class IllegalTransitionException extends QmsException {
  private static final long serialVersionUID = 1L;

  /** The action whose transition was refused. */
  private final transient CorrectiveActionId action;
  /** Its state, unchanged. */
  private final ActionState state;
  /** The transition attempted. */
  private final Transition transition;
  /** What was missing. */
  private final transient List<String> missing;

  IllegalTransitionException(CorrectiveActionId action, ActionState state, Transition transition, List<String> missing) {
    super(
        "corrective action "
            + action
            + ": cannot "
            + transition.name()
            + " in state "
            + state
            + "; missing "
            + String.join(", ", missing));
    this.action = action;
    this.state = state;
    this.transition = transition;
    this.missing = List.copyOf(missing);
  }

  /**
   * The action whose transition was refused.
   *
   * @return the id
   */
  public CorrectiveActionId action() {
    return action;
  }

  /**
   * The action's state, unchanged.
   *
   * @return the state
   */
  public ActionState state() {
    return state;
  }

  /**
   * The transition attempted.
   *
   * @return the transition
   */
  public Transition transition() {
    return transition;
  }

  /**
   * What the transition needs and did not have, in words.
   *
   * @return the missing things, not empty
   */
  public List<String> missing() {
    return missing;
  }
}
