package org.qms4j.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qms4j.internal.Checks;

/**
 * Collects every problem of a catalog, in the order of its elements. Walks the clause tree with an
 * explicit stack, checks numbers without regular expressions and stops counting at the documented
 * limits, so that no input exhausts the stack or the heap here. Every value it quotes is shortened
 * and escaped by {@link Checks#printable}.
 */
final class CatalogValidator {
  private final Catalog catalog;
  private final List<CatalogProblem> problems = new ArrayList<>();
  private final Map<String, String> clauses = new HashMap<>();
  private final Map<RequirementId, String> requirements = new HashMap<>();
  private final List<Object[]> related = new ArrayList<>();
  private int clauseCount;
  private int requirementCount;

  CatalogValidator(Catalog catalog) {
    this.catalog = catalog;
  }

  List<CatalogProblem> validate() {
    String self = "catalog " + catalog.id();
    line(catalog.title(), Catalog.MAX_TITLE, self, "title");
    line(catalog.edition(), Catalog.MAX_TITLE, self, "edition");
    line(catalog.publisher(), Catalog.MAX_TITLE, self, "publisher");
    catalog.source().ifPresent(s -> text(s, Catalog.MAX_NOTE, self, "source"));
    catalog.note().ifPresent(s -> text(s, Catalog.MAX_NOTE, self, "note"));
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (ReviewInput input : catalog.reviewInputs()) {
      if (!codes.add(input.code())) {
        add(CatalogProblem.Kind.DUPLICATE_REVIEW_INPUT, self, "review input " + input.code() + " is listed more than once");
      }
    }
    if (catalog.lineage().size() > Catalog.MAX_DEPTH) {
      add(CatalogProblem.Kind.TOO_LARGE, self, "lineage holds " + catalog.lineage().size() + " catalogs; expected at most " + Catalog.MAX_DEPTH);
    }
    Deque<Object[]> stack = new ArrayDeque<>();
    pushAll(stack, catalog.clauses(), null, new String[0]);
    while (!stack.isEmpty()) {
      Object[] frame = stack.pop();
      if (++clauseCount > Catalog.MAX_CLAUSES) {
        add(CatalogProblem.Kind.TOO_LARGE, self, "holds more than " + Catalog.MAX_CLAUSES + " clauses; validation stopped there");
        return problems;
      }
      Clause clause = (Clause) frame[0];
      String[] ancestors = (String[]) frame[2];
      String shown = shown(clause.number());
      String element = clause(clause, (String) frame[1], prefix(ancestors) + "clause " + shown);
      pushAll(stack, clause.subClauses(), clause.number(), append(ancestors, shown));
    }
    catalog.reviewClause().ifPresent(
        number -> {
          if (catalog.clause(number).isEmpty()) {
            add(CatalogProblem.Kind.DANGLING_REFERENCE, self, "review clause " + shown(number) + " is not a clause of the catalog");
          }
        });
    Set<RequirementId> dropped =
        catalog.tailoring().map(Tailoring::droppedRequirements).orElse(Set.of());
    for (Object[] link : related) {
      RequirementId target = (RequirementId) link[0];
      if (!requirements.containsKey(target) && !dropped.contains(target)) {
        add(
            CatalogProblem.Kind.DANGLING_REFERENCE,
            (String) link[1],
            "is related to requirement "
                + target
                + ", which the catalog does not hold; name it in externalReferences if it need not"
                + " resolve");
      }
    }
    return problems;
  }

  private static void pushAll(Deque<Object[]> stack, List<Clause> subs, @Nullable String parent, String[] ancestors) {
    for (int i = subs.size() - 1; i >= 0; i--) {
      stack.push(new Object[] {subs.get(i), parent, ancestors});
    }
  }

  /** A clause number as elements show it: shortened and escaped, quoted when blank. */
  private static String shown(String number) {
    return number.isBlank() ? Checks.quote(number) : Checks.printable(number);
  }

  /** The ancestors an element names: the two nearest, after "... > " when there are more. */
  private static String prefix(String[] ancestors) {
    StringBuilder s = new StringBuilder();
    int from = Math.max(0, ancestors.length - 2);
    if (from > 0) {
      s.append("... > ");
    }
    for (int i = from; i < ancestors.length; i++) {
      s.append("clause ").append(ancestors[i]).append(" > ");
    }
    return s.toString();
  }

  private static String[] append(String[] ancestors, String number) {
    String[] next = java.util.Arrays.copyOf(ancestors, ancestors.length + 1);
    next[ancestors.length] = number;
    return next;
  }

  private String clause(Clause clause, @Nullable String parent, String element) {
    String number = clause.number();
    String malformed = catalog.numbering() == NumberingStyle.DOTTED ? dottedProblem(number) : freeProblem(number);
    if (malformed != null) {
      add(CatalogProblem.Kind.MALFORMED_CLAUSE_NUMBER, element, "number " + Checks.quote(number) + " " + malformed);
    } else if (catalog.numbering() == NumberingStyle.DOTTED) {
      if (parent == null && number.indexOf('.') >= 0) {
        add(
            CatalogProblem.Kind.CLAUSE_NOT_UNDER_PARENT,
            element,
            "number " + number + " has several segments but stands at the top level");
      } else if (parent != null && !isChildNumber(parent, number)) {
        add(
            CatalogProblem.Kind.CLAUSE_NOT_UNDER_PARENT,
            element,
            "number "
                + number
                + " does not belong under clause "
                + Checks.printable(parent)
                + "; expected "
                + Checks.printable(parent)
                + ".<segment>");
      }
    }
    String earlier = clauses.putIfAbsent(number, element);
    if (earlier != null) {
      add(
          CatalogProblem.Kind.DUPLICATE_CLAUSE_NUMBER,
          element,
          "number " + Checks.quote(number) + " is already used by " + earlier);
    }
    clause.label().ifPresent(l -> line(l, Catalog.MAX_LABEL, element, "label"));
    line(clause.title(), Catalog.MAX_TITLE, element, "title");
    for (Requirement requirement : clause.requirements()) {
      requirement(requirement, element);
    }
    return element;
  }

  /** Dot-separated segments of ASCII letters and digits, checked character by character. */
  private static @Nullable String dottedProblem(String number) {
    if (number.isEmpty() || number.length() > Catalog.MAX_NUMBER) {
      return "is " + number.length() + " characters long; expected 1 to " + Catalog.MAX_NUMBER;
    }
    boolean segmentStart = true;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == '.') {
        if (segmentStart) {
          return "has an empty segment; expected dot-separated letters and digits such as 7.5.3";
        }
        segmentStart = true;
      } else if (Checks.isAsciiLetterOrDigit(c)) {
        segmentStart = false;
      } else {
        return "is not dot-separated letters and digits such as 7.5.3 (the catalog's numbering is"
            + " DOTTED; declare FREE for other labels)";
      }
    }
    return segmentStart ? "ends with a dot; expected dot-separated letters and digits such as 7.5.3" : null;
  }

  private static @Nullable String freeProblem(String number) {
    String problem = Checks.lineProblem(number, Catalog.MAX_NUMBER);
    if (problem != null) {
      return problem;
    }
    if (isSpace(number.charAt(0)) || isSpace(number.charAt(number.length() - 1))) {
      return "starts or ends with white space";
    }
    return null;
  }

  /** White space, including the no-break spaces that text copied from web pages carries. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isChildNumber(String parent, String child) {
    return child.length() > parent.length() + 1
        && child.startsWith(parent)
        && child.charAt(parent.length()) == '.'
        && child.indexOf('.', parent.length() + 1) < 0;
  }

  private void requirement(Requirement requirement, String clauseElement) {
    String element = "requirement " + requirement.id() + " in " + clauseElement;
    if (++requirementCount > Catalog.MAX_REQUIREMENTS) {
      if (requirementCount == Catalog.MAX_REQUIREMENTS + 1) {
        add(CatalogProblem.Kind.TOO_LARGE, element, "is beyond the limit of " + Catalog.MAX_REQUIREMENTS + " requirements");
      }
      return;
    }
    String earlier = requirements.putIfAbsent(requirement.id(), element);
    if (earlier != null) {
      add(
          CatalogProblem.Kind.DUPLICATE_REQUIREMENT_ID,
          element,
          "id " + requirement.id() + " is already used by " + earlier);
    }
    requirement.label().ifPresent(l -> line(l, Catalog.MAX_LABEL, element, "label"));
    line(requirement.summary(), Catalog.MAX_SUMMARY, element, "summary");
    requirement.guidance().ifPresent(g -> text(g, Catalog.MAX_GUIDANCE, element, "guidance"));
    for (RequirementId target : requirement.related()) {
      if (!requirement.externalReferences().contains(target)) {
        related.add(new Object[] {target, element});
      }
    }
  }

  /** A one-line text: blank, several lines and other problems are told apart. */
  private void line(String value, int max, String element, String field) {
    String problem = Checks.lineProblem(value, max);
    if (problem == null) {
      return;
    }
    if (value.isBlank()) {
      add(CatalogProblem.Kind.EMPTY_TEXT, element, field + " is blank; expected some text");
    } else if (value.length() <= max && Checks.hasLineBreak(value)) {
      add(
          CatalogProblem.Kind.SUMMARY_NOT_ONE_LINE,
          element,
          field + " runs over several lines; expected one line");
    } else {
      add(CatalogProblem.Kind.INVALID_TEXT, element, field + " " + problem);
    }
  }

  private void text(String value, int max, String element, String field) {
    String problem = Checks.textProblem(value, max);
    if (problem == null) {
      return;
    }
    if (value.isBlank()) {
      add(CatalogProblem.Kind.EMPTY_TEXT, element, field + " is blank; expected some text");
    } else {
      add(CatalogProblem.Kind.INVALID_TEXT, element, field + " " + problem);
    }
  }

  private void add(CatalogProblem.Kind kind, String element, String message) {
    problems.add(new CatalogProblem(kind, element, message));
  }
}
