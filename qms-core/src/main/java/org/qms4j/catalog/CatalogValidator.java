package org.qms4j.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects every problem of a catalog, in the order of its elements. */
final class CatalogValidator {
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");

  private final Catalog catalog;
  private final List<CatalogProblem> problems = new ArrayList<>();
  private final Map<String, String> clauses = new HashMap<>();
  private final Map<RequirementId, String> requirements = new HashMap<>();
  private final List<Runnable> referenceChecks = new ArrayList<>();

  CatalogValidator(Catalog catalog) {
    this.catalog = catalog;
  }

  List<CatalogProblem> validate() {
    String self = "catalog " + catalog.id();
    text(catalog.title(), self, "title");
    text(catalog.edition(), self, "edition");
    text(catalog.publisher(), self, "publisher");
    for (Clause clause : catalog.clauses()) {
      clause(clause, null, "");
    }
    referenceChecks.forEach(Runnable::run);
    return problems;
  }

  private void clause(Clause clause, String parent, String path) {
    String number = clause.number();
    String element = path + "clause " + (number.isBlank() ? "'" + number + "'" : number);
    if (!NUMBER.matcher(number).matches()) {
      add(
          CatalogProblem.Kind.MALFORMED_CLAUSE_NUMBER,
          element,
          "number '" + number + "' is not dot-separated letters and digits such as 7.5.3");
    } else if (parent == null && number.contains(".")) {
      add(
          CatalogProblem.Kind.CLAUSE_NOT_UNDER_PARENT,
          element,
          "number " + number + " has several segments but stands at the top level");
    } else if (parent != null && !isChildNumber(parent, number)) {
      add(
          CatalogProblem.Kind.CLAUSE_NOT_UNDER_PARENT,
          element,
          "number " + number + " does not belong under clause " + parent
              + "; expected " + parent + ".<segment>");
    }
    String earlier = clauses.putIfAbsent(number, element);
    if (earlier != null) {
      add(
          CatalogProblem.Kind.DUPLICATE_CLAUSE_NUMBER,
          element,
          "number " + number + " is already used by " + earlier);
    }
    text(clause.title(), element, "title");
    for (Requirement requirement : clause.requirements()) {
      requirement(requirement, element);
    }
    for (Clause sub : clause.subClauses()) {
      clause(sub, number, element + " > ");
    }
  }

  private static boolean isChildNumber(String parent, String child) {
    return child.length() > parent.length() + 1
        && child.startsWith(parent)
        && child.charAt(parent.length()) == '.'
        && child.indexOf('.', parent.length() + 1) < 0;
  }

  private void requirement(Requirement requirement, String clauseElement) {
    String element = "requirement " + requirement.id() + " in " + clauseElement;
    String earlier = requirements.putIfAbsent(requirement.id(), element);
    if (earlier != null) {
      add(
          CatalogProblem.Kind.DUPLICATE_REQUIREMENT_ID,
          element,
          "id " + requirement.id() + " is already used by " + earlier);
    }
    text(requirement.summary(), element, "summary");
    if (requirement.summary().indexOf('\n') >= 0 || requirement.summary().indexOf('\r') >= 0) {
      add(
          CatalogProblem.Kind.SUMMARY_NOT_ONE_LINE,
          element,
          "summary runs over several lines; expected one line of our own words");
    }
    requirement.guidance().ifPresent(g -> text(g, element, "guidance"));
    for (RequirementId related : requirement.related()) {
      referenceChecks.add(
          () -> {
            if (!requirements.containsKey(related)) {
              add(
                  CatalogProblem.Kind.DANGLING_REFERENCE,
                  element,
                  "refers to requirement " + related + ", which the catalog does not hold");
            }
          });
    }
  }

  private void text(String value, String element, String field) {
    if (value.isBlank()) {
      add(CatalogProblem.Kind.EMPTY_TEXT, element, field + " is blank; expected some text");
    }
  }

  private void add(CatalogProblem.Kind kind, String element, String message) {
    problems.add(new CatalogProblem(kind, element, message));
  }
}
