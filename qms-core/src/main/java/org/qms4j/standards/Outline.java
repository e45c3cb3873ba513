package org.qms4j.standards;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.ExclusionRule;
import org.qms4j.catalog.ImmutableCatalog;
import org.qms4j.catalog.ImmutableClause;
import org.qms4j.catalog.ImmutableRequirement;
import org.qms4j.catalog.Mapping;
import org.qms4j.catalog.MappingRelation;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;
import org.qms4j.catalog.NumberingStyle;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.catalog.ReviewInput;

/**
 * Reads the line format the shipped catalogs and mapping sets are written in: one element per
 * line, fields separated by {@code " | "}, two spaces of indentation per level of the clause tree.
 *
 * <pre>
 * catalog &lt;id&gt; | &lt;title&gt; | &lt;edition&gt; | &lt;publisher&gt; | DOTTED or FREE
 * source &lt;text&gt;
 * note &lt;text&gt;
 * review-clause &lt;clause number&gt;
 * review-input &lt;code&gt; | &lt;description&gt;
 * clause &lt;number&gt; | &lt;title&gt; [| &lt;label&gt;]
 *   requirement &lt;kinds or -&gt; | &lt;exclusion rule&gt; | &lt;summary&gt;
 *   guidance &lt;text&gt;
 *   clause ...
 *
 * mapping-set &lt;id&gt; | &lt;version&gt; | &lt;title&gt; | &lt;source catalog&gt; -&gt; &lt;target catalog&gt;
 * source &lt;text&gt;
 * note &lt;text&gt;
 * &lt;source clause&gt; &lt;RELATION&gt; &lt;target clause&gt;
 * </pre>
 *
 * <p>A clause holds at most one requirement, whose id is {@code <catalog id>/<clause number>}. The
 * format is internal: it serves the shipped data, whose tests prove it parses, so a malformed line
 * is a programming error and throws {@link IllegalStateException} naming the line.
 */
final class Outline {
  private Outline() {}

  /** A clause being read, before it is built bottom-up. */
  private static final class Node {
    final String number;
    final String title;
    final @Nullable String label;
    final List<Node> children = new ArrayList<>();
    /** The clause's requirement while its guidance may still follow. */
    ImmutableRequirement.@Nullable Builder held;

    Node(String number, String title, @Nullable String label) {
      this.number = number;
      this.title = title;
      this.label = label;
    }
  }

  static Catalog catalog(String text) {
    ImmutableCatalog.Builder catalog = Catalog.builder();
    CatalogId id = null;
    List<Node> roots = new ArrayList<>();
    List<Node> open = new ArrayList<>();
    Node last = null;
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String raw = lines[n];
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int indent = raw.length() - raw.stripLeading().length();
      String keyword = line.substring(0, line.indexOf(' ') < 0 ? line.length() : line.indexOf(' '));
      String rest = line.substring(keyword.length()).strip();
      switch (keyword) {
        case "catalog": {
          String[] f = fields(rest, 5, n);
          id = CatalogId.of(f[0]);
          catalog.id(id).title(f[1]).edition(f[2]).publisher(f[3]).numbering(NumberingStyle.valueOf(f[4]));
          break;
        }
        case "source":
          catalog.source(rest);
          break;
        case "note":
          catalog.note(rest);
          break;
        case "review-clause":
          catalog.reviewClause(rest);
          break;
        case "review-input": {
          String[] f = fields(rest, 2, n);
          catalog.addReviewInput(ReviewInput.of(f[0], f[1]));
          break;
        }
        case "clause": {
          if (indent % 2 != 0) {
            throw error(n, "indentation must be two spaces per level");
          }
          int depth = indent / 2;
          if (depth > open.size()) {
            throw error(n, "clause indented deeper than its parent allows");
          }
          String[] f = rest.split(" \\| ", -1);
          if (f.length < 2 || f.length > 3) {
            throw error(n, "expected clause <number> | <title> [| <label>]");
          }
          Node node = new Node(f[0].strip(), f[1].strip(), f.length == 3 ? f[2].strip() : null);
          while (open.size() > depth) {
            open.remove(open.size() - 1);
          }
          if (depth == 0) {
            roots.add(node);
          } else {
            open.get(depth - 1).children.add(node);
          }
          open.add(node);
          last = node;
          break;
        }
        case "requirement": {
          int depth = indent / 2;
          if (depth < 1 || depth > open.size()) {
            throw error(n, "a requirement stands one level below its clause");
          }
          Node clause = open.get(depth - 1);
          if (clause.held != null) {
            throw error(n, "clause " + clause.number + " already holds a requirement");
          }
          if (id == null) {
            throw error(n, "requirement before the catalog line");
          }
          String[] f = fields(rest, 3, n);
          ImmutableRequirement.Builder r =
              Requirement.builder()
                  .id(RequirementId.of(id.value() + "/" + clause.number))
                  .expectedEvidence(kinds(f[0], n))
                  .exclusionRule(ExclusionRule.valueOf(f[1]))
                  .summary(f[2]);
          clause.held = r;
          last = clause;
          break;
        }
        case "guidance":
          if (last == null || last.held == null) {
            throw error(n, "guidance must follow a requirement");
          }
          last.held.guidance(rest);
          break;
        default:
          throw error(n, "unknown keyword '" + keyword + "'");
      }
    }
    for (Node root : roots) {
      catalog.addClause(build(root));
    }
    return catalog.build();
  }

  /** Builds a clause bottom-up; depth is bounded by the shipped data (and by Catalog.MAX_DEPTH). */
  private static Clause build(Node node) {
    ImmutableClause.Builder b = Clause.builder().number(node.number).title(node.title).label(Optional.ofNullable(node.label));
    if (node.held != null) {
      b.addRequirement(node.held.build());
    }
    for (Node child : node.children) {
      b.addSubClause(build(child));
    }
    return b.build();
  }

  static MappingSet mappingSet(String text) {
    var set = MappingSet.builder();
    String source = null;
    String target = null;
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("mapping-set ")) {
        String[] f = fields(line.substring("mapping-set ".length()), 4, n);
        String[] ends = f[3].split(" -> ", -1);
        if (ends.length != 2) {
          throw error(n, "expected <source catalog> -> <target catalog>");
        }
        source = ends[0].strip();
        target = ends[1].strip();
        set.id(MappingSetId.of(f[0])).version(f[1]).title(f[2]).sourceCatalog(CatalogId.of(source)).targetCatalog(CatalogId.of(target));
      } else if (line.startsWith("source ")) {
        set.source(line.substring("source ".length()).strip());
      } else if (line.startsWith("note ")) {
        set.note(line.substring("note ".length()).strip());
      } else {
        if (source == null || target == null) {
          throw error(n, "mapping before the mapping-set line");
        }
        String[] f = line.split(" ", -1);
        if (f.length != 3) {
          throw error(n, "expected <source clause> <RELATION> <target clause>");
        }
        set.addMapping(
            Mapping.of(
                RequirementId.of(source + "/" + f[0]), MappingRelation.valueOf(f[1]), RequirementId.of(target + "/" + f[2])));
      }
    }
    return set.build();
  }

  private static Set<EvidenceKind> kinds(String field, int n) {
    Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
    if (field.equals("-")) {
      return kinds;
    }
    for (String k : field.split(",", -1)) {
      try {
        kinds.add(EvidenceKind.valueOf(k.strip()));
      } catch (IllegalArgumentException e) {
        throw error(n, "unknown evidence kind '" + k + "'");
      }
    }
    return kinds;
  }

  private static String[] fields(String rest, int count, int n) {
    String[] f = rest.split(" \\| ", -1);
    if (f.length != count) {
      throw error(n, "expected " + count + " fields separated by ' | ', found " + f.length);
    }
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].strip();
    }
    return f;
  }

  private static IllegalStateException error(int n, String message) {
    return new IllegalStateException("outline line " + (n + 1) + ": " + message);
  }
}
