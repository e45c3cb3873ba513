package org.qms4j.document;

import java.util.Optional;
import org.qms4j.history.SignatureMeaning;

/**
 * The acts that change a {@link ControlledDocument}, each recorded as one event whose {@linkplain
 * org.qms4j.history.Event#action() action} is {@link #eventName()}. No act is allowed after {@link
 * #WITHDRAW}.
 *
 * <table>
 *   <caption>Transitions, their gates and their signature meanings</caption>
 *   <tr><th>transition</th><th>version from</th><th>version to</th><th>needs</th><th>meaning</th></tr>
 *   <tr><td>{@code CREATE}</td><td>(nothing)</td><td>(no version)</td><td>an id, a title, a review
 *       interval</td><td>authored</td></tr>
 *   <tr><td>{@code DRAFT}</td><td>(nothing)</td><td>{@code DRAFT}</td><td>a version label not yet
 *       used, room for another version</td><td>authored</td></tr>
 *   <tr><td>{@code REVIEW}</td><td>{@code DRAFT}</td><td>{@code DRAFT}</td><td>a draft</td>
 *       <td>reviewed</td></tr>
 *   <tr><td>{@code APPROVE}</td><td>{@code DRAFT}</td><td>{@code APPROVED}</td><td>an approver
 *       who did not draft the version</td><td>approved</td></tr>
 *   <tr><td>{@code MAKE_EFFECTIVE}</td><td>{@code APPROVED}</td><td>{@code EFFECTIVE} from the
 *       date given; the version effective before becomes {@code OBSOLETE} then</td><td>an
 *       approved version never made effective, a date not before the act and after every earlier
 *       effective date</td><td>approved</td></tr>
 *   <tr><td>{@code RECORD_PERIODIC_REVIEW}</td><td>{@code EFFECTIVE}</td><td>{@code EFFECTIVE}
 *       </td><td>an effective version</td><td>reviewed</td></tr>
 *   <tr><td>{@code WITHDRAW}</td><td>{@code EFFECTIVE}</td><td>{@code OBSOLETE}</td><td>a
 *       reason</td><td>approved</td></tr>
 * </table>
 */
public enum DocumentTransition {
  /** Creates the document, without any version. */
  CREATE("document-created", SignatureMeaning.AUTHORED),
  /** Drafts a new version. */
  DRAFT("version-drafted", SignatureMeaning.AUTHORED),
  /** Records a review of a draft. */
  REVIEW("version-reviewed", SignatureMeaning.REVIEWED),
  /** Approves a draft. */
  APPROVE("version-approved", SignatureMeaning.APPROVED),
  /** Makes an approved version effective from a date, superseding the version effective before. */
  MAKE_EFFECTIVE("version-made-effective", SignatureMeaning.APPROVED),
  /** Records the periodic review of the effective version. */
  RECORD_PERIODIC_REVIEW("periodic-review-recorded", SignatureMeaning.REVIEWED),
  /** Withdraws the whole document. */
  WITHDRAW("document-withdrawn", SignatureMeaning.APPROVED);

  private final String eventName;
  private final SignatureMeaning meaning;

  DocumentTransition(String eventName, SignatureMeaning meaning) {
    this.eventName = eventName;
    this.meaning = meaning;
  }

  /**
   * The event's action name, such as {@code version-approved}.
   *
   * @return the name
   */
  public String eventName() {
    return eventName;
  }

  /**
   * What the act means as a signature; every act on a document is one.
   *
   * @return the meaning
   */
  public SignatureMeaning meaning() {
    return meaning;
  }

  static Optional<DocumentTransition> ofEventName(String name) {
    for (DocumentTransition t : values()) {
      if (t.eventName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
