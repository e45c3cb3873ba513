package org.qms4j.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.qms4j.people.Person;
import org.qms4j.people.PersonId;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.training.Competence;
import org.qms4j.training.CompetenceGap;
import org.qms4j.training.CompetenceMatrix;
import org.qms4j.training.GapKind;
import org.qms4j.training.Role;

/**
 * The competence matrix as a grid: one row per person holding a role at the matrix's instant, one
 * column per competence their roles require, each cell met, not required, or the kind of gap.
 */
final class CompetenceSection implements Section {
  private final Instant asOf;
  /** Each person holding a role, with the names of the roles they hold. */
  private final Map<PersonId, List<String>> people = new TreeMap<>();
  /** Each person's name, where the people register knows it. */
  private final Map<PersonId, String> names = new HashMap<>();
  /** Every competence a held role requires, in the competences' order. */
  private final List<Competence> competences;
  /** The competences each person owes through their roles. */
  private final Map<PersonId, Set<Competence>> required = new HashMap<>();
  /** The gaps, by person and competence. */
  private final Map<PersonId, Map<Competence, GapKind>> gaps = new HashMap<>();
  private final Map<GapKind, Integer> totals = new EnumMap<>(GapKind.class);
  private int met;

  CompetenceSection(QualitySystem system, CompetenceMatrix matrix) {
    this.asOf = matrix.asOf();
    Set<Competence> columns = new TreeSet<>();
    for (Role role : system.register(Registers.ROLES).items()) {
      Set<PersonId> holders = role.holdersAt(asOf);
      if (holders.isEmpty()) {
        continue;
      }
      columns.addAll(role.requires());
      for (PersonId p : holders) {
        people.computeIfAbsent(p, k -> new ArrayList<>()).add(role.name());
        required.computeIfAbsent(p, k -> new TreeSet<>()).addAll(role.requires());
      }
    }
    this.competences = List.copyOf(columns);
    for (PersonId p : people.keySet()) {
      system.register(Registers.PEOPLE).get(p).map(Person::name).ifPresent(n -> names.put(p, n));
    }
    for (CompetenceGap g : matrix.gaps()) {
      if (required.getOrDefault(g.person(), Set.of()).contains(g.competence())) {
        gaps.computeIfAbsent(g.person(), k -> new HashMap<>()).put(g.competence(), g.kind());
      }
    }
    for (Map.Entry<PersonId, Set<Competence>> e : required.entrySet()) {
      Map<Competence, GapKind> mine = gaps.getOrDefault(e.getKey(), Map.of());
      for (Competence c : e.getValue()) {
        GapKind k = mine.get(c);
        if (k == null) {
          met++;
        } else {
          totals.merge(k, 1, Integer::sum);
        }
      }
    }
  }

  /** How many cells the grid has: people times competences. */
  static long cells(QualitySystem system, Instant asOf) {
    Set<PersonId> people = new TreeSet<>();
    Set<Competence> columns = new TreeSet<>();
    for (Role role : system.register(Registers.ROLES).items()) {
      Set<PersonId> holders = role.holdersAt(asOf);
      if (!holders.isEmpty()) {
        people.addAll(holders);
        columns.addAll(role.requires());
      }
    }
    return (long) people.size() * columns.size();
  }

  @Override
  public String heading() {
    return "Competence";
  }

  static String competenceName(Competence c) {
    if (c instanceof Competence.Skill s) {
      return s.name();
    }
    return ((Competence.ControlledDocument) c).id() + " (document)";
  }

  /** The CSS class of a cell: {@code k-met}, {@code k-not-required} or the gap kind's. */
  static String kindClass(GapKind kind) {
    return "k-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String kindLabel(GapKind kind) {
    return switch (kind) {
      case NEVER_TRAINED -> "\u2717 missing";
      case EXPIRED -> "\u2717 expired";
      case RETRAINING_OWED -> "\u21BB retraining owed";
      case NOT_EFFECTIVE -> "\u2717 not effective";
      case EFFECTIVENESS_NOT_EVALUATED -> "? not evaluated";
    };
  }

  private static final String MET = "\u2713 met";
  private static final String NOT_REQUIRED = "\u2013";

  private String summary() {
    StringBuilder s = new StringBuilder();
    s.append(people.size()).append(people.size() == 1 ? " person" : " people").append(" holding roles, ")
        .append(competences.size()).append(competences.size() == 1 ? " competence" : " competences")
        .append(" required: ").append(met).append(" met");
    for (GapKind k : GapKind.values()) {
      Integer n = totals.get(k);
      if (n != null) {
        s.append(", ").append(n).append(' ').append(kindLabel(k).substring(2));
      }
    }
    return s.append('.').toString();
  }

  private String person(PersonId p) {
    String name = names.get(p);
    return name == null ? p.value() : name;
  }

  @Override
  public void html(Html h, String anchor) {
    h.open("section", "id", anchor, "class", "competence");
    h.element("h2", "Competence as of " + Look.instant(asOf));
    h.element("p", summary(), "class", "note");
    if (people.isEmpty()) {
      h.element("p", "Nobody holds a role then.").close("section");
      return;
    }
    h.open("div", "class", "legend").element("span", MET, "class", "badge k-met");
    for (GapKind k : GapKind.values()) {
      h.element("span", kindLabel(k), "class", "badge " + kindClass(k));
    }
    h.element("span", NOT_REQUIRED + " not required", "class", "badge k-not-required").close("div");
    h.open("table", "class", "matrix").open("thead").open("tr").element("th", "Person").element("th", "Roles");
    for (Competence c : competences) {
      h.element("th", competenceName(c), "data-competence", c.toString());
    }
    h.close("tr").close("thead").open("tbody");
    for (Map.Entry<PersonId, List<String>> e : people.entrySet()) {
      PersonId p = e.getKey();
      h.open("tr", "data-person", p.value()).open("th").text(person(p));
      if (names.containsKey(p)) {
        h.constant(" ").element("span", p.value(), "class", "id");
      }
      h.close("th").element("td", String.join(", ", e.getValue()));
      Set<Competence> mine = required.get(p);
      Map<Competence, GapKind> owed = gaps.getOrDefault(p, Map.of());
      for (Competence c : competences) {
        if (!mine.contains(c)) {
          h.element("td", NOT_REQUIRED, "class", "cell-k k-not-required", "title", "not required");
        } else {
          GapKind k = owed.get(c);
          String label = k == null ? MET : kindLabel(k);
          h.element("td", label, "class", "cell-k " + (k == null ? "k-met" : kindClass(k)),
              "title", person(p) + ": " + competenceName(c) + " \u2014 " + label.substring(2));
        }
      }
      h.close("tr");
    }
    h.close("tbody").close("table").close("section");
  }

  @Override
  public void markdown(Markdown md) {
    md.heading(2, "Competence as of " + Look.instant(asOf));
    md.text(summary()).constant("\n\n");
    if (people.isEmpty()) {
      return;
    }
    md.constant("| Person | Roles |");
    for (Competence c : competences) {
      md.constant(" ").text(competenceName(c)).constant(" |");
    }
    md.constant("\n| --- | --- |").constant(" --- |".repeat(competences.size())).constant("\n");
    for (Map.Entry<PersonId, List<String>> e : people.entrySet()) {
      PersonId p = e.getKey();
      md.constant("| ").text(person(p));
      if (names.containsKey(p)) {
        md.constant(" ").code(p.value());
      }
      md.constant(" | ").text(String.join(", ", e.getValue())).constant(" |");
      Set<Competence> mine = required.get(p);
      Map<Competence, GapKind> owed = gaps.getOrDefault(p, Map.of());
      for (Competence c : competences) {
        GapKind k = owed.get(c);
        md.constant(" ").text(!mine.contains(c) ? NOT_REQUIRED : k == null ? MET : kindLabel(k)).constant(" |");
      }
      md.constant("\n");
    }
    md.constant("\n");
  }
}
