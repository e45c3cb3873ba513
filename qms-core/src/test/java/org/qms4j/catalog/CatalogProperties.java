package org.qms4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.catalog.CatalogProblem.Kind;
import org.qms4j.testing.QmsArbitraries;

class CatalogProperties {

  @Provide
  Arbitrary<Catalog> catalogs() {
    return QmsArbitraries.catalogs();
  }

  @Group
  class BuilderRoundTrip {

    @Property(tries = 200)
    void catalog_fromThenBuild_isEqual(@ForAll("catalogs") Catalog catalog) {
      Catalog copy = Catalog.builder().from(catalog).build();

      assertThat(copy).isEqualTo(catalog).hasSameHashCodeAs(catalog);
      assertThat(copy.requirements()).isEqualTo(catalog.requirements());
    }

    @Property(tries = 200)
    void clause_fromThenBuild_isEqual(@ForAll("catalogs") Catalog catalog) {
      for (Clause clause : catalog.clauses()) {
        assertThat(Clause.builder().from(clause).build()).isEqualTo(clause).hasSameHashCodeAs(clause);
      }
    }

    @Property(tries = 200)
    void requirement_fromThenBuild_isEqual(@ForAll("catalogs") Catalog catalog) {
      for (LocatedRequirement located : catalog.requirements()) {
        Requirement r = located.requirement();
        assertThat(Requirement.builder().from(r).build()).isEqualTo(r).hasSameHashCodeAs(r);
      }
    }
  }

  @Group
  class Lookups {

    @Property(tries = 200)
    void everyRequirement_isFoundByIdInItsClause(@ForAll("catalogs") Catalog catalog) {
      for (LocatedRequirement located : catalog.requirements()) {
        assertThat(catalog.requirement(located.id())).contains(located);
        Clause holder = catalog.clause(located.clauseNumber()).orElseThrow();
        assertThat(holder.requirements()).contains(located.requirement());
        assertThat(catalog.requirementsUnder(located.clausePath().get(0))).contains(located);
      }
    }
  }

  // ---------------------------------------------------------------- extension leaves the base alone

  enum OpKind {
    ADD_TOP_CLAUSE, ADD_SUB_CLAUSE, ADD_REQUIREMENT, REPLACE_REQUIREMENT, REPLACE_SUMMARY, REPLACE_GUIDANCE,
    SET_ID, SET_TITLE, SET_EDITION, SET_PUBLISHER
  }

  record Op(OpKind kind, int target, boolean existing, String text) {}

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<String> texts =
        Arbitraries.oneOf(QmsArbitraries.texts(), Arbitraries.of("", " ", "two\nlines"));
    return Combinators.combine(
            Arbitraries.of(OpKind.class), Arbitraries.integers().between(0, 1000), Arbitraries.of(true, true, false), texts)
        .as(Op::new)
        .list()
        .ofMaxSize(6);
  }

  @Group
  class Extension {

    @Property(tries = 200)
    void extend_anyChanges_leaveTheBaseAsItWas(
        @ForAll("catalogs") Catalog base, @ForAll("operations") List<Op> operations) {
      String before = base.toString();
      List<LocatedRequirement> requirementsBefore = base.requirements();
      List<String> clauseNumbersBefore = clauseNumbers(base.clauses(), new ArrayList<>());

      CatalogExtension extension = base.extend();
      for (int i = 0; i < operations.size(); i++) {
        apply(base, extension, operations.get(i), i);
      }
      Catalog derived = null;
      try {
        derived = extension.build();
      } catch (InvalidCatalogException expected) {
        assertThat(expected.problems()).isNotEmpty();
      }

      assertThat(base.toString()).isEqualTo(before);
      assertThat(base.requirements()).isEqualTo(requirementsBefore);
      assertThat(clauseNumbers(base.clauses(), new ArrayList<>())).isEqualTo(clauseNumbersBefore);
      if (derived != null) {
        // an extension only adds or replaces: every base clause and requirement is still there
        Catalog result = derived;
        clauseNumbersBefore.forEach(n -> assertThat(result.clause(n)).isPresent());
        requirementsBefore.forEach(r -> assertThat(result.requirement(r.id())).isPresent());
      }
    }

    private void apply(Catalog base, CatalogExtension extension, Op op, int index) {
      List<String> numbers = clauseNumbers(base.clauses(), new ArrayList<>());
      List<LocatedRequirement> requirements = base.requirements();
      String clause = op.existing() ? numbers.get(op.target() % numbers.size()) : "99.9";
      RequirementId known = requirements.get(op.target() % requirements.size()).id();
      RequirementId requirementId = op.existing() ? known : RequirementId.of("new/" + index);
      String text = op.text();
      switch (op.kind()) {
        case ADD_TOP_CLAUSE ->
            extension.addClause(
                Clause.builder().number(op.existing() ? String.valueOf(90 + index) : numbers.get(0)).title("Added").build());
        case ADD_SUB_CLAUSE ->
            extension.addClause(clause, Clause.builder().number(clause + "." + (90 + index)).title(text).build());
        case ADD_REQUIREMENT ->
            extension.addRequirement(
                clause,
                Requirement.builder().id(op.existing() ? RequirementId.of("new/" + index) : known).summary(text).build());
        case REPLACE_REQUIREMENT ->
            extension.replaceRequirement(Requirement.builder().id(requirementId).summary(text).build());
        case REPLACE_SUMMARY -> extension.replaceSummary(requirementId, text);
        case REPLACE_GUIDANCE -> extension.replaceGuidance(requirementId, text);
        case SET_ID -> extension.id(CatalogId.of("derived:" + index));
        case SET_TITLE -> extension.title(text);
        case SET_EDITION -> extension.edition(text);
        case SET_PUBLISHER -> extension.publisher(text);
      }
    }
  }

  private static List<String> clauseNumbers(List<Clause> clauses, List<String> into) {
    for (Clause c : clauses) {
      into.add(c.number());
      clauseNumbers(c.subClauses(), into);
    }
    return into;
  }

  // ---------------------------------------------------------------- injected defects are reported

  enum DefectKind {
    BLANK_CLAUSE_TITLE, BLANK_SUMMARY, MULTI_LINE_SUMMARY, MALFORMED_CLAUSE_NUMBER, SUB_CLAUSE_NOT_EXTENDING_PARENT,
    DUPLICATE_CLAUSE_NUMBER, DUPLICATE_REQUIREMENT_ID, DANGLING_RELATED
  }

  record Defect(DefectKind kind, int target, int variant) {}

  @Provide
  Arbitrary<List<Defect>> defects() {
    return Combinators.combine(
            Arbitraries.of(DefectKind.class), Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000))
        .as(Defect::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  /** A mutable copy of a clause tree, so that defects can be injected before the catalog is rebuilt. */
  static final class MClause {
    String number;
    String title;
    final MClause parent;
    final List<MRequirement> requirements = new ArrayList<>();
    final List<MClause> subs = new ArrayList<>();

    MClause(String number, String title, MClause parent) {
      this.number = number;
      this.title = title;
      this.parent = parent;
    }

    /** The element as problems name it: the clause after at most its two nearest ancestors. */
    String element() {
      List<String> chain = new ArrayList<>();
      for (MClause c = this; c != null; c = c.parent) {
        chain.add(0, "clause " + c.number);
      }
      String shown = String.join(" > ", chain.subList(Math.max(0, chain.size() - 3), chain.size()));
      return chain.size() > 3 ? "... > " + shown : shown;
    }

    Clause build() {
      var b = Clause.builder().number(number).title(title);
      requirements.forEach(r -> b.addRequirement(r.build()));
      subs.forEach(s -> b.addSubClause(s.build()));
      return b.build();
    }
  }

  static final class MRequirement {
    final Requirement original;
    final MClause holder;
    String summary;
    final Set<RequirementId> extraRelated = new LinkedHashSet<>();

    MRequirement(Requirement original, MClause holder) {
      this.original = original;
      this.holder = holder;
      this.summary = original.summary();
    }

    String element() {
      return "requirement " + original.id() + " in " + holder.element();
    }

    Requirement build() {
      return Requirement.builder().from(original).summary(summary).addAllRelated(extraRelated).build();
    }
  }

  /** What an injected defect must produce: its kind, one of the acceptable elements, a message part. */
  record Expected(Kind kind, List<Object> nodes, String messagePart) {}

  @Group
  class Validation {

    @Property(tries = 200)
    void validCatalog_rebuiltFromItsParts_reportsNoProblem(@ForAll("catalogs") Catalog catalog) {
      List<MClause> tops = new ArrayList<>();
      catalog.clauses().forEach(c -> tops.add(copy(c, null, new ArrayList<>(), new ArrayList<>())));

      Catalog rebuilt = rebuild(catalog, tops);

      assertThat(rebuilt).isEqualTo(catalog);
    }

    @Property(tries = 250)
    void injectedDefects_areEachReported(@ForAll("catalogs") Catalog catalog, @ForAll("defects") List<Defect> defects) {
      List<MClause> tops = new ArrayList<>();
      List<MClause> clauses = new ArrayList<>();
      List<MRequirement> requirements = new ArrayList<>();
      catalog.clauses().forEach(c -> tops.add(copy(c, null, clauses, requirements)));
      List<Expected> expected = new ArrayList<>();
      Map<Object, Boolean> textDefected = new IdentityHashMap<>();
      String[] malformed = {"7..1", ".5", "x-1", "a b", "7.", "4/2"};

      for (int i = 0; i < defects.size(); i++) {
        Defect d = defects.get(i);
        int t = d.target();
        switch (d.kind()) {
          case BLANK_CLAUSE_TITLE -> pick(clauses, t, textDefected, c -> {
            c.title = d.variant() % 2 == 0 ? "" : "  ";
            expected.add(new Expected(Kind.EMPTY_TEXT, List.of(c), "title is blank"));
          });
          case BLANK_SUMMARY -> pick(requirements, t, textDefected, r -> {
            r.summary = d.variant() % 2 == 0 ? "" : " \t ";
            expected.add(new Expected(Kind.EMPTY_TEXT, List.of(r), "summary is blank"));
          });
          case MULTI_LINE_SUMMARY -> pick(requirements, t, textDefected, r -> {
            r.summary = d.variant() % 2 == 0 ? "first line\nsecond line" : "first\rsecond";
            expected.add(new Expected(Kind.SUMMARY_NOT_ONE_LINE, List.of(r), "several lines"));
          });
          case MALFORMED_CLAUSE_NUMBER -> {
            String number = malformed[d.variant() % malformed.length];
            MClause added = addLeaf(tops, clauses, t, number);
            expected.add(new Expected(Kind.MALFORMED_CLAUSE_NUMBER, List.of(added), "'" + number + "'"));
          }
          case SUB_CLAUSE_NOT_EXTENDING_PARENT -> {
            String number = "Z" + i + "." + (1 + d.variant() % 9);
            MClause added = addLeaf(tops, clauses, t, number);
            expected.add(new Expected(Kind.CLAUSE_NOT_UNDER_PARENT, List.of(added), "number " + number));
          }
          case DUPLICATE_CLAUSE_NUMBER -> {
            MClause original = clauses.get(t % clauses.size());
            MClause copy = new MClause(original.number, "Copy", original.parent);
            (original.parent == null ? tops : original.parent.subs).add(copy);
            expected.add(
                new Expected(Kind.DUPLICATE_CLAUSE_NUMBER, List.of(copy), "number '" + original.number + "' is already used"));
          }
          case DUPLICATE_REQUIREMENT_ID -> {
            MRequirement original = requirements.get(t % requirements.size());
            MClause into = clauses.get(d.variant() % clauses.size());
            MRequirement copy = new MRequirement(original.original, into);
            into.requirements.add(copy);
            expected.add(
                new Expected(
                    Kind.DUPLICATE_REQUIREMENT_ID, List.of(copy, original), "id " + original.original.id() + " is already used"));
          }
          case DANGLING_RELATED -> {
            MRequirement r = requirements.get(t % requirements.size());
            RequirementId missing = RequirementId.of("zz-missing/" + i);
            r.extraRelated.add(missing);
            expected.add(new Expected(Kind.DANGLING_REFERENCE, List.of(r), "is related to requirement " + missing));
          }
        }
      }

      InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, () -> rebuild(catalog, tops));

      assertThat(e).as("defects %s were not reported", defects).isNotNull();
      for (Expected x : expected) {
        List<String> elements =
            x.nodes().stream().map(n -> n instanceof MClause c ? c.element() : ((MRequirement) n).element()).toList();
        assertThat(e.problems())
            .as("expected %s at one of %s", x, elements)
            .anySatisfy(
                p -> {
                  assertThat(p.kind()).isEqualTo(x.kind());
                  assertThat(p.element()).isIn(elements);
                  assertThat(p.message()).contains(x.messagePart());
                });
      }
      assertThat(e.getMessage()).contains(String.valueOf(e.problems().size()));
    }

    private <T> void pick(List<T> candidates, int target, Map<Object, Boolean> used, Consumer<T> inject) {
      for (int k = 0; k < candidates.size(); k++) {
        T candidate = candidates.get((target + k) % candidates.size());
        if (used.putIfAbsent(candidate, true) == null) {
          inject.accept(candidate);
          return;
        }
      }
    }

    private MClause addLeaf(List<MClause> tops, List<MClause> clauses, int target, String number) {
      int choice = target % (clauses.size() + 1);
      MClause parent = choice == clauses.size() ? null : clauses.get(choice);
      MClause leaf = new MClause(number, "Injected", parent);
      (parent == null ? tops : parent.subs).add(leaf);
      return leaf;
    }
  }

  private static MClause copy(Clause clause, MClause parent, List<MClause> clauses, List<MRequirement> requirements) {
    MClause m = new MClause(clause.number(), clause.title(), parent);
    clauses.add(m);
    for (Requirement r : clause.requirements()) {
      MRequirement mr = new MRequirement(r, m);
      m.requirements.add(mr);
      requirements.add(mr);
    }
    clause.subClauses().forEach(s -> m.subs.add(copy(s, m, clauses, requirements)));
    return m;
  }

  private static Catalog rebuild(Catalog catalog, List<MClause> tops) {
    var b = Catalog.builder().id(catalog.id()).title(catalog.title()).edition(catalog.edition()).publisher(catalog.publisher());
    tops.forEach(t -> b.addClause(t.build()));
    return b.build();
  }
}
