package org.qms4j.capa;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qms4j.history.SignatureMeaning;

/**
 * The acts that change a {@link CorrectiveAction}, each recorded as one event whose {@linkplain
 * org.qms4j.history.Event#action() action} is {@link #eventName()}.
 *
 * <table>
 *   <caption>Transitions, their gates and their signature meanings</caption>
 *   <tr><th>transition</th><th>from</th><th>to</th><th>needs</th><th>meaning</th></tr>
 *   <tr><td>{@code OPEN}</td><td>(nothing)</td><td>{@code OPENED}</td><td>an id and a title</td>
 *       <td>authored</td></tr>
 *   <tr><td>{@code LINK_FINDING}</td><td>any open state</td><td>(same)</td><td>a finding not yet
 *       linked</td><td></td></tr>
 *   <tr><td>{@code RECORD_CORRECTION}</td><td>{@code OPENED}</td><td>{@code CORRECTED}</td>
 *       <td>what was done</td><td></td></tr>
 *   <tr><td>{@code IDENTIFY_ROOT_CAUSE}</td><td>{@code CORRECTED}</td>
 *       <td>{@code ROOT_CAUSE_IDENTIFIED}</td><td>the root cause</td><td></td></tr>
 *   <tr><td>{@code PLAN}</td><td>{@code ROOT_CAUSE_IDENTIFIED}, {@code PLANNED}</td>
 *       <td>{@code PLANNED}</td><td>a root cause</td><td>authored</td></tr>
 *   <tr><td>{@code IMPLEMENT}</td><td>{@code PLANNED}, {@code IMPLEMENTED}</td>
 *       <td>{@code IMPLEMENTED}</td><td>a plan with an owner and a due date</td><td></td></tr>
 *   <tr><td>{@code VERIFY_EFFECTIVENESS}</td><td>{@code IMPLEMENTED}</td>
 *       <td>{@code EFFECTIVENESS_VERIFIED}</td><td>evidence of implementation, evidence of the
 *       check, a verifier who is not an implementer</td><td>verified</td></tr>
 *   <tr><td>{@code FAIL_EFFECTIVENESS}</td><td>{@code IMPLEMENTED}</td><td>{@code CORRECTED} or
 *       {@code ROOT_CAUSE_IDENTIFIED}</td><td>evidence of implementation, a verifier who is not an
 *       implementer</td><td>verified</td></tr>
 *   <tr><td>{@code CLOSE}</td><td>{@code EFFECTIVENESS_VERIFIED}</td><td>{@code CLOSED}</td>
 *       <td>a passed effectiveness check</td><td>approved</td></tr>
 *   <tr><td>{@code CANCEL}</td><td>any open state</td><td>{@code CANCELLED}</td><td>a reason</td>
 *       <td>approved</td></tr>
 * </table>
 */
public enum Transition {
  /** Opens the action. */
  OPEN("opened", SignatureMeaning.AUTHORED),
  /** Links one more finding the action answers. */
  LINK_FINDING("finding-linked", null),
  /** Records the correction (containment). */
  RECORD_CORRECTION("correction-recorded", null),
  /** Records the root cause. */
  IDENTIFY_ROOT_CAUSE("root-cause-identified", null),
  /** Records or revises the plan. */
  PLAN("action-planned", SignatureMeaning.AUTHORED),
  /** Records the implementation and its evidence. */
  IMPLEMENT("implemented", null),
  /** Records a passed effectiveness check. */
  VERIFY_EFFECTIVENESS("effectiveness-verified", SignatureMeaning.VERIFIED),
  /** Records a failed effectiveness check, returning the action to analysis or planning. */
  FAIL_EFFECTIVENESS("effectiveness-failed", SignatureMeaning.VERIFIED),
  /** Closes the action. */
  CLOSE("closed", SignatureMeaning.APPROVED),
  /** Cancels the action. */
  CANCEL("cancelled", SignatureMeaning.APPROVED);

  private final String eventName;
  private final @Nullable SignatureMeaning meaning;

  Transition(String eventName, @Nullable SignatureMeaning meaning) {
    this.eventName = eventName;
    this.meaning = meaning;
  }

  /**
   * The event's action name, such as {@code root-cause-identified}.
   *
   * @return the name
   */
  public String eventName() {
    return eventName;
  }

  /**
   * What the act means as a signature, where it is one.
   *
   * @return the meaning, if any
   */
  public Optional<SignatureMeaning> meaning() {
    return Optional.ofNullable(meaning);
  }

  static Optional<Transition> ofEventName(String name) {
    for (Transition t : values()) {
      if (t.eventName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
