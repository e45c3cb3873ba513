package org.qms4j.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.CatalogLibrary;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.ReviewInput;

/**
 * Prints a shipped or provided catalog as one line per clause and requirement: number, title or
 * summary, expected evidence and exclusion rule. It is how a user looks a catalog over, and how a
 * reviewer checks it against the published standard's table of contents.
 *
 * <pre>
 * ./mvnw -q -pl qms-examples -am compile exec:java -Dexec.mainClass=org.qms4j.examples.CatalogOutline -Dexec.args="iso-9001:2015"
 * </pre>
 *
 * <p>Arguments: catalog ids (every catalog the {@link CatalogLibrary} holds when none is given),
 * and {@code --mappings} to print the mapping sets as well.
 */
public final class CatalogOutline {
  private CatalogOutline() {}

  /**
   * Prints the outlines.
   *
   * @param args catalog ids, and {@code --mappings}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    CatalogLibrary library = CatalogLibrary.load();
    List<String> ids = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
    boolean mappings = List.of(args).contains("--mappings");
    List<Catalog> catalogs =
        ids.isEmpty()
            ? library.catalogs()
            : ids.stream()
                .map(id -> library.catalog(CatalogId.of(id)).orElseThrow(() -> new IllegalArgumentException(
                    "no catalog " + id + "; the library holds " + library.catalogs().stream().map(c -> c.id().value()).toList())))
                .toList();
    catalogs.forEach(c -> print(out, c));
    if (mappings) {
      library.mappingSets().forEach(s -> print(out, s));
    }
  }

  static void print(PrintStream out, Catalog catalog) {
    out.printf(Locale.ROOT, "== %s  %s (edition %s, %s, %s numbering)%n", catalog.id(), catalog.title(), catalog.edition(),
        catalog.publisher(), catalog.numbering().name().toLowerCase(Locale.ROOT));
    catalog.source().ifPresent(s -> out.println("   source: " + s));
    catalog.note().ifPresent(s -> out.println("   note:   " + s));
    for (ReviewInput input : catalog.reviewInputs()) {
      out.println("   review input " + input.code() + ": " + input.description());
    }
    for (Clause clause : catalog.clauses()) {
      print(out, clause, 0);
    }
    out.printf(Locale.ROOT, "   %d clauses, %d requirements%n%n", catalog.clauseNumbers().size(), catalog.requirements().size());
  }

  private static void print(PrintStream out, Clause clause, int depth) {
    String indent = "  ".repeat(depth);
    out.printf(Locale.ROOT, "%s%s  %s%n", indent, clause.label().orElse(clause.number()), clause.title());
    for (Requirement r : clause.requirements()) {
      String kinds =
          r.expectedEvidence().isEmpty()
              ? "any evidence"
              : r.expectedEvidence().stream().map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
      out.printf(Locale.ROOT, "%s  - %s [%s; %s]%n", indent, r.summary(), kinds, exclusion(r));
    }
    for (Clause sub : clause.subClauses()) {
      print(out, sub, depth + 1);
    }
  }

  private static String exclusion(Requirement r) {
    switch (r.exclusionRule()) {
      case NOT_PERMITTED:
        return "never excluded";
      case NO_EFFECT_ON_CONFORMITY:
        return "excludable if conformity is unaffected";
      case ACTIVITY_NOT_PERFORMED:
        return "excludable if the activity is not performed";
      default:
        return "excludable where regulation permits";
    }
  }

  static void print(PrintStream out, MappingSet set) {
    out.printf(Locale.ROOT, "== mapping set %s %s: %s -> %s (%d mappings)%n", set.id(), set.version(), set.sourceCatalog(),
        set.targetCatalog(), set.mappings().size());
    set.source().ifPresent(s -> out.println("   source: " + s));
    set.mappings().forEach(m -> out.printf(Locale.ROOT, "  %s %s %s%n", m.source(), m.relation(), m.target()));
    out.println();
  }
}
