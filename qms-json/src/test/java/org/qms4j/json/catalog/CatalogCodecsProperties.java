package org.qms4j.json.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.CatalogTailoring;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.ImmutableClause;
import org.qms4j.catalog.ImmutableRequirement;
import org.qms4j.catalog.InvalidCatalogException;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingRelation;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.NumberingStyle;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.catalog.ReviewInput;
import org.qms4j.json.QmsJson;
import org.qms4j.json.internal.CatalogCodecs;
import org.qms4j.json.testing.CodecIo;
import org.qms4j.json.testing.Schemas;
import org.qms4j.testing.CatalogArbitraries;
import org.qms4j.testing.QmsArbitraries;

class CatalogCodecsProperties {

  @Group
  class Catalogs {
    @Property(tries = 300)
    void catalog_roundTripsByteStableAndValid(@ForAll("catalogs") Catalog catalog) {
      Statistics.label("lineage").collect(catalog.lineage().size());
      Statistics.label("tailored").collect(catalog.tailoring().isPresent());

      String json = CodecIo.write(CatalogCodecs.CATALOG_DOCUMENT, catalog);
      Catalog read = CodecIo.read(CatalogCodecs.CATALOG_DOCUMENT, json);

      assertThat(read).isEqualTo(catalog);
      assertThat(CodecIo.write(CatalogCodecs.CATALOG_DOCUMENT, read)).isEqualTo(json);
      Schemas.assertValid("catalog.schema.json", json);

      Statistics.label("lineage").coverage(c -> {
        c.check(0).percentage(p -> p > 5);
        c.check(1).percentage(p -> p > 5);
        c.check(2).percentage(p -> p > 5);
      });
      Statistics.label("tailored").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 200)
    void freeNumberedCatalog_roundTrips(@ForAll("freeCatalogs") Catalog catalog) {
      String json = CodecIo.write(CatalogCodecs.CATALOG_DOCUMENT, catalog);

      assertThat(CodecIo.read(CatalogCodecs.CATALOG_DOCUMENT, json)).isEqualTo(catalog);
      Schemas.assertValid("catalog.schema.json", json);
    }

    @Property(tries = 300)
    void hostileText_theCatalogAccepts_roundTripsAsUtf8Bytes(
        @ForAll("hostileTexts") String text) {
      Catalog catalog;
      try {
        catalog = Catalog.builder().from(CatalogExamples.clinicRules()).note(text).build();
      } catch (InvalidCatalogException e) {
        Assume.that(false);
        return;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      QmsJson.standard().catalog().write(catalog, bytes);

      Catalog read =
          QmsJson.standard().catalog().read(new ByteArrayInputStream(bytes.toByteArray()));

      assertThat(read.note()).contains(text);
      assertThat(QmsJson.standard().catalog().read(QmsJson.standard().catalog().write(catalog)))
          .isEqualTo(catalog);
    }

    @Provide
    Arbitrary<Catalog> catalogs() {
      return Combinators.combine(bases(), Arbitraries.integers().between(0, 3),
              QmsArbitraries.texts().optional(0.5))
          .as((base, derivation, rationale) -> derive(base, derivation, rationale));
    }

    @Provide
    Arbitrary<Catalog> freeCatalogs() {
      return CatalogArbitraries.freeClauseNumbers().list().uniqueElements()
          .ofMinSize(1).ofMaxSize(5)
          .map(CatalogCodecsProperties::freeCatalog);
    }

    @Provide
    Arbitrary<String> hostileTexts() {
      return CatalogArbitraries.hostileTexts();
    }
  }

  @Group
  class MappingSets {
    @Property(tries = 300)
    void mappingSet_roundTripsByteStableAndValid(@ForAll("mappingSets") MappingSet set) {
      String json = CodecIo.write(CatalogCodecs.MAPPING_SET_DOCUMENT, set);
      MappingSet read = CodecIo.read(CatalogCodecs.MAPPING_SET_DOCUMENT, json);

      assertThat(read).isEqualTo(set);
      assertThat(CodecIo.write(CatalogCodecs.MAPPING_SET_DOCUMENT, read)).isEqualTo(json);
      Schemas.assertValid("mapping-set.schema.json", json);
    }

    @Provide
    Arbitrary<MappingSet> mappingSets() {
      Arbitrary<RequirementId> ids =
          CatalogArbitraries.idTexts(CatalogArbitraries.ID_PUNCTUATION).map(RequirementId::of);
      Arbitrary<Mapping> mappings =
          Combinators.combine(ids, Arbitraries.of(MappingRelation.class), ids)
              .as(Tuple::of)
              .filter(t -> !t.get1().equals(t.get3()))
              .map(t -> Mapping.of(t.get1(), t.get2(), t.get3()));
      Arbitrary<String> line = QmsArbitraries.texts();
      Arbitrary<String> note = line.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n", l));
      return Combinators.combine(
              CatalogArbitraries.idTexts(CatalogArbitraries.ID_PUNCTUATION).map(MappingSetId::of),
              line, line, CatalogArbitraries.catalogIds(), CatalogArbitraries.catalogIds(),
              mappings.list().ofMaxSize(6).uniqueElements(m -> List.of(m.source(), m.target())),
              note.optional(0.5), note.optional(0.5))
          .as((id, version, title, source, target, list, src, nt) ->
              MappingSet.builder().id(id).version(version).title(title).sourceCatalog(source)
                  .targetCatalog(target).mappings(list).source(src).note(nt).build());
    }
  }

  /**
   * Generated catalogs with what the generator of qms-core leaves out: an id in the full
   * syntax, a source and a note over several lines, review inputs and a review clause, labels on
   * clauses and requirements, external references.
   */
  private static Arbitrary<Catalog> bases() {
    Arbitrary<String> line = QmsArbitraries.texts();
    Arbitrary<String> lines = line.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n", l));
    Arbitrary<ReviewInput> input = Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(1),
            Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
                .ofMaxLength(20),
            line)
        .as((first, rest, description) -> ReviewInput.of(first + rest, description));
    Arbitrary<List<RequirementId>> external =
        CatalogArbitraries.idTexts(CatalogArbitraries.ID_PUNCTUATION).map(RequirementId::of)
            .list().ofMaxSize(2);
    return Combinators.combine(
            QmsArbitraries.catalogs(),
            CatalogArbitraries.catalogIds().optional(0.5),
            lines.optional(0.5),
            lines.optional(0.5),
            input.list().ofMaxSize(3).uniqueElements(ReviewInput::code),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            external)
        .as((catalog, id, source, note, inputs, reviewClause, labels, refs) ->
            Catalog.builder().from(catalog)
                .id(id.orElse(catalog.id()))
                .source(source).note(note)
                .reviewInputs(inputs)
                .reviewClause(reviewClause
                    ? Optional.of(catalog.clauseNumbers().get(catalog.clauseNumbers().size() - 1))
                    : Optional.empty())
                .clauses(decorate(catalog.clauses(), labels, refs))
                .build());
  }

  private static List<Clause> decorate(
      List<Clause> clauses, boolean labels, List<RequirementId> external) {
    List<Clause> out = new ArrayList<>();
    for (Clause c : clauses) {
      ImmutableClause.Builder b = Clause.builder().from(c)
          .requirements(List.of())
          .subClauses(decorate(c.subClauses(), labels, external));
      if (labels) {
        b.label("Clause " + c.number());
      }
      int n = 0;
      for (Requirement r : c.requirements()) {
        ImmutableRequirement.Builder rb = Requirement.builder().from(r).addAllExternalReferences(external);
        if (labels) {
          rb.label(c.number() + "(" + ++n + ")");
        }
        b.addRequirement(rb.build());
      }
      out.add(b.build());
    }
    return out;
  }

  /** The base itself (0), an extension (1), a tailoring (2), a tailored extension (3). */
  private static Catalog derive(Catalog base, int derivation, Optional<String> rationale) {
    Catalog c = base;
    if (derivation == 1 || derivation == 3) {
      c = base.extend()
          .id(CatalogId.of("derived.extension:1"))
          .title(base.title() + " extended")
          .addRequirement(base.clauseNumbers().get(0), Requirement.builder()
              .id(RequirementId.of("derived.extension:1/added"))
              .summary("An added requirement")
              .addExpectedEvidence(EvidenceKind.RECORD)
              .build())
          .replaceSummary(base.requirements().get(0).id(), "A replaced summary")
          .build();
    }
    if (derivation >= 2) {
      CatalogTailoring t = c.tailor().id(CatalogId.of("derived.tailoring:1")).edition("subset");
      if (c.clauses().size() > 1) {
        t.drop(c.clauses().get(c.clauses().size() - 1).number());
      } else if (!c.clauses().get(0).subClauses().isEmpty()) {
        t.select(c.clauses().get(0).subClauses().get(0).number());
      } else {
        t.dropRequirement(c.requirements().get(0).id());
      }
      rationale.ifPresent(t::rationale);
      c = t.build();
    }
    return c;
  }

  /** A free-numbered catalog: the first number a clause, each other number a sub-clause of it. */
  private static Catalog freeCatalog(List<String> numbers) {
    ImmutableClause.Builder first = Clause.builder().number(numbers.get(0)).title("First")
        .label("Section " + numbers.get(0).length());
    for (int i = 1; i < numbers.size(); i++) {
      first.addSubClause(Clause.builder().number(numbers.get(i)).title("Sub " + i)
          .addRequirement(Requirement.builder().id(RequirementId.of("free:1/r" + i))
              .summary("Requirement " + i).build())
          .build());
    }
    first.addRequirement(Requirement.builder().id(RequirementId.of("free:1/r0"))
        .summary("Requirement 0").build());
    return Catalog.builder().id(CatalogId.of("free:1")).title("Free").edition("1")
        .publisher("P").numbering(NumberingStyle.FREE).addClause(first.build()).build();
  }
}
