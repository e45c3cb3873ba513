package org.qms4j.conformity;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.EvidenceKind;

/** The plain-English messages of the built-in reasons, derived from their codes and ids. */
final class Messages {
  private Messages() {}

  static String describe(Reason r) {
    String kind = kindName(r.evidenceKind().orElse(null));
    switch (r.code()) {
      case OPEN_MAJOR_NONCONFORMITY:
        return "open major nonconformity " + join(r.findings()) + " raised" + via(r);
      case OPEN_MINOR_NONCONFORMITY:
        return "open minor nonconformity " + join(r.findings()) + " raised" + via(r);
      case OPEN_OBSERVATION:
        return "open observation " + join(r.findings()) + " recorded" + via(r);
      case OPEN_OPPORTUNITY_FOR_IMPROVEMENT:
        return "open opportunity for improvement " + join(r.findings()) + " recorded" + via(r);
      case NO_EVIDENCE:
        return "no evidence has been collected for the requirement";
      case MISSING_EVIDENCE_KIND:
        return "no " + kind + " has been collected, though the requirement expects one";
      case EVIDENCE_VALID:
        return "accepted, effective " + kind + " " + join(r.evidence()) + via(r);
      case EVIDENCE_EXPIRED:
        return "the only " + kind + " has expired: " + join(r.evidence()) + via(r);
      case EVIDENCE_REJECTED:
        return "the only " + kind + " was rejected: " + join(r.evidence()) + via(r);
      case EVIDENCE_SUPERSEDED:
        return "the only " + kind + " was superseded: " + join(r.evidence()) + via(r);
      case EVIDENCE_NOT_YET_EFFECTIVE:
        return "the only " + kind + " is not yet effective: " + join(r.evidence()) + via(r);
      case EVIDENCE_ON_OBSOLETE_DOCUMENT:
        return "the only " + kind + " rests on a document version now obsolete: " + join(r.evidence()) + via(r);
      case EVIDENCE_NOT_ACCEPTED:
        return "the only " + kind + " is a draft, not yet accepted: " + join(r.evidence()) + via(r);
      case PARTIAL_MAPPING_ONLY:
        return "some expected evidence counts only through a mapping that does not cover the"
            + " requirement in full ("
            + join(r.mappedFrom())
            + ")";
      case NO_RULE_DECIDED:
        return "no rule of the chain reached a decision";
      default:
        return r.code().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * A built-in message cut to {@link Reason#MAX_MESSAGE} characters (ending in {@code ...} where
   * cut, never between the halves of a surrogate pair), so that every reason keeps the bound its
   * builder checks and a stored reason can be built again.
   */
  static String bounded(String message) {
    if (message.length() <= Reason.MAX_MESSAGE) {
      return message;
    }
    int end = Reason.MAX_MESSAGE - 3;
    if (Character.isHighSurrogate(message.charAt(end - 1))) {
      end--;
    }
    return message.substring(0, end) + "...";
  }

  static String kindName(@Nullable EvidenceKind kind) {
    return kind == null ? "evidence" : kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String via(Reason r) {
    return r.mappedFrom().isEmpty() || r.code() == ReasonCode.PARTIAL_MAPPING_ONLY
        ? ""
        : " through mapped requirement " + join(r.mappedFrom());
  }

  private static String join(List<?> values) {
    if (values.size() == 1) {
      return values.get(0).toString();
    }
    StringBuilder s = new StringBuilder();
    for (Object v : values) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(v);
    }
    return s.toString();
  }
}
