package org.qms4j.plan;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.qms4j.InvalidModelException;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.NumberingStyle;
import org.qms4j.internal.Checks;
import org.qms4j.standards.StandardCatalogs;

/**
 * Which {@link Stage} the clauses of each catalog play: the table a {@link PlanGenerator} reads to
 * give a generated plan its dependencies.
 *
 * <p>A requirement's stage is the entry of the deepest clause on its clause path: in ISO 9001,
 * {@code 7.5.3.2} is document control by the entry for {@code 7.5}, {@code 7.1.2} support by the
 * entry for {@code 7}. A catalog without entries of its own uses those of the nearest catalog in
 * its {@linkplain Catalog#lineage() lineage} that has some (a hospital's extension of ISO 7101 is
 * planned as ISO 7101). A catalog with no entries anywhere in its lineage is read by the
 * harmonized structure when its numbering is dotted and its top-level clauses include 4 to 10 (ISO
 * 14001, ISO 45001, ISO 27001 and other management-system standards share it), unless {@link
 * #withHarmonizedFallback(boolean) turned off}, and its {@linkplain Catalog#reviewClause() review
 * clause}, if it names one, is the management review; every other clause of it is {@link
 * Stage#OTHER}, which waits for nothing.
 *
 * <h2>The standard table</h2>
 *
 * <table>
 *   <caption>Entries of {@link #standard()}</caption>
 *   <tr><th>catalog</th><th>clause</th><th>stage</th><th>what</th></tr>
 *   <tr><td>ISO 9001, ISO 7101</td><td>4</td><td>context</td><td>context, interested parties, scope, processes</td></tr>
 *   <tr><td>ISO 9001, ISO 7101</td><td>5</td><td>leadership</td><td>commitment, policy, roles</td></tr>
 *   <tr><td>ISO 9001, ISO 7101</td><td>6</td><td>planning</td><td>risks and opportunities, changes</td></tr>
 *   <tr><td>ISO 9001, ISO 7101</td><td>6.2</td><td>objectives</td><td>quality objectives</td></tr>
 *   <tr><td>ISO 9001, ISO 7101</td><td>7</td><td>support</td><td>resources, awareness, communication</td></tr>
 *   <tr><td>ISO 9001, ISO 7101</td><td>7.2</td><td>competence</td><td>competence</td></tr>
 *   <tr><td>ISO 9001, ISO 7101</td><td>7.5</td><td>document control</td><td>documented information</td></tr>
 *   <tr><td>ISO 9001, ISO 7101</td><td>8</td><td>operation</td><td>operation</td></tr>
 *   <tr><td>ISO 9001, ISO 7101</td><td>9</td><td>evaluation</td><td>monitoring, measurement, analysis</td></tr>
 *   <tr><td>ISO 9001, ISO 7101</td><td>9.2</td><td>internal audit</td><td>internal audit</td></tr>
 *   <tr><td>ISO 9001, ISO 7101</td><td>9.3</td><td>management review</td><td>management review</td></tr>
 *   <tr><td>ISO 9001, ISO 7101</td><td>10</td><td>improvement</td><td>nonconformity, corrective action</td></tr>
 *   <tr><td>ISO 13485</td><td>4</td><td>context</td><td>4.1 the QMS and its processes</td></tr>
 *   <tr><td>ISO 13485</td><td>4.1.5, 4.1.6</td><td>operation</td><td>outsourced processes, QMS software validation</td></tr>
 *   <tr><td>ISO 13485</td><td>4.2</td><td>document control</td><td>4.2.1 documentation, 4.2.4 control of documents, 4.2.5 control of records</td></tr>
 *   <tr><td>ISO 13485</td><td>4.2.2</td><td>context</td><td>the quality manual: scope and exclusions</td></tr>
 *   <tr><td>ISO 13485</td><td>4.2.3</td><td>operation</td><td>the medical device file</td></tr>
 *   <tr><td>ISO 13485</td><td>5</td><td>leadership</td><td>commitment, customer focus, policy, responsibility</td></tr>
 *   <tr><td>ISO 13485</td><td>5.4.1</td><td>objectives</td><td>quality objectives</td></tr>
 *   <tr><td>ISO 13485</td><td>5.4.2</td><td>planning</td><td>QMS planning</td></tr>
 *   <tr><td>ISO 13485</td><td>5.6</td><td>management review</td><td>management review</td></tr>
 *   <tr><td>ISO 13485</td><td>6</td><td>support</td><td>resources, infrastructure, work environment</td></tr>
 *   <tr><td>ISO 13485</td><td>6.2</td><td>competence</td><td>human resources: competence, training</td></tr>
 *   <tr><td>ISO 13485</td><td>7</td><td>operation</td><td>product realization</td></tr>
 *   <tr><td>ISO 13485</td><td>8</td><td>evaluation</td><td>feedback, complaints, monitoring, analysis of data</td></tr>
 *   <tr><td>ISO 13485</td><td>8.2.4</td><td>internal audit</td><td>internal audit</td></tr>
 *   <tr><td>ISO 13485</td><td>8.3</td><td>operation</td><td>control of nonconforming product</td></tr>
 *   <tr><td>ISO 13485</td><td>8.5</td><td>improvement</td><td>corrective and preventive action</td></tr>
 *   <tr><td>QMSR</td><td>A</td><td>context</td><td>820.1 scope, 820.3 definitions, 820.7 incorporation by reference</td></tr>
 *   <tr><td>QMSR</td><td>820.10</td><td>context</td><td>820.10(a): document a QMS that complies with ISO 13485</td></tr>
 *   <tr><td>QMSR</td><td>820.10(b), (c), (d)</td><td>operation</td><td>UDI, tracking, reporting, advisory notices; design; life-supporting devices</td></tr>
 *   <tr><td>QMSR</td><td>B</td><td>operation</td><td>820.35 complaint and servicing records, 820.45 labeling and packaging: the work is in the procedures that keep them</td></tr>
 * </table>
 *
 * <p>The QMSR has no internal audit or management review of its own: it incorporates ISO 13485,
 * whose 8.2.4 and 5.6 serve both. {@link Catalog#reviewClause()} names the same review clause for
 * the shipped catalogs (9.3 and 5.6).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StageTable table = StageTable.standard()
 *     .with(CatalogId.of("clinic-local:1"), "1", Stage.OPERATION)      // hand hygiene
 *     .with(CatalogId.of("clinic-local:1"), "9", Stage.INTERNAL_AUDIT);
 * }</pre>
 */
public final class StageTable {
  /** The most entries a table holds. */
  public static final int MAX_ENTRIES = 100_000;

  private static final Map<String, Stage> HARMONIZED = harmonized();
  private static final StageTable STANDARD = standardTable();

  private final Map<CatalogId, Map<String, Stage>> entries;
  private final boolean harmonizedFallback;
  private final int size;

  private StageTable(Map<CatalogId, Map<String, Stage>> entries, boolean harmonizedFallback) {
    Map<CatalogId, Map<String, Stage>> copy = new TreeMap<>();
    int n = 0;
    for (Map.Entry<CatalogId, Map<String, Stage>> e : entries.entrySet()) {
      copy.put(e.getKey(), Collections.unmodifiableMap(new TreeMap<>(e.getValue())));
      n += e.getValue().size();
    }
    if (n > MAX_ENTRIES) {
      throw new InvalidModelException("stage table: had " + n + " entries; expected at most " + MAX_ENTRIES);
    }
    this.entries = Collections.unmodifiableMap(copy);
    this.harmonizedFallback = harmonizedFallback;
    this.size = n;
  }

  private static Map<String, Stage> harmonized() {
    Map<String, Stage> m = new LinkedHashMap<>();
    m.put("4", Stage.CONTEXT);
    m.put("5", Stage.LEADERSHIP);
    m.put("6", Stage.PLANNING);
    m.put("6.2", Stage.OBJECTIVES);
    m.put("7", Stage.SUPPORT);
    m.put("7.2", Stage.COMPETENCE);
    m.put("7.5", Stage.DOCUMENT_CONTROL);
    m.put("8", Stage.OPERATION);
    m.put("9", Stage.EVALUATION);
    m.put("9.2", Stage.INTERNAL_AUDIT);
    m.put("9.3", Stage.MANAGEMENT_REVIEW);
    m.put("10", Stage.IMPROVEMENT);
    return Collections.unmodifiableMap(m);
  }

  private static StageTable standardTable() {
    Map<CatalogId, Map<String, Stage>> m = new TreeMap<>();
    m.put(StandardCatalogs.ISO_9001, HARMONIZED);
    m.put(StandardCatalogs.ISO_7101, HARMONIZED);
    Map<String, Stage> iso13485 = new LinkedHashMap<>();
    iso13485.put("4", Stage.CONTEXT);
    iso13485.put("4.1.5", Stage.OPERATION);
    iso13485.put("4.1.6", Stage.OPERATION);
    iso13485.put("4.2", Stage.DOCUMENT_CONTROL);
    iso13485.put("4.2.2", Stage.CONTEXT);
    iso13485.put("4.2.3", Stage.OPERATION);
    iso13485.put("5", Stage.LEADERSHIP);
    iso13485.put("5.4.1", Stage.OBJECTIVES);
    iso13485.put("5.4.2", Stage.PLANNING);
    iso13485.put("5.6", Stage.MANAGEMENT_REVIEW);
    iso13485.put("6", Stage.SUPPORT);
    iso13485.put("6.2", Stage.COMPETENCE);
    iso13485.put("7", Stage.OPERATION);
    iso13485.put("8", Stage.EVALUATION);
    iso13485.put("8.2.4", Stage.INTERNAL_AUDIT);
    iso13485.put("8.3", Stage.OPERATION);
    iso13485.put("8.5", Stage.IMPROVEMENT);
    m.put(StandardCatalogs.ISO_13485, iso13485);
    Map<String, Stage> qmsr = new LinkedHashMap<>();
    qmsr.put("A", Stage.CONTEXT);
    qmsr.put("820.10", Stage.CONTEXT);
    qmsr.put("820.10(b)", Stage.OPERATION);
    qmsr.put("820.10(c)", Stage.OPERATION);
    qmsr.put("820.10(d)", Stage.OPERATION);
    qmsr.put("B", Stage.OPERATION);
    m.put(StandardCatalogs.QMSR, qmsr);
    return new StageTable(m, true);
  }

  /**
   * The table of the shipped catalogs (see the class description), with the harmonized-structure
   * fallback for other catalogs.
   *
   * @return the standard table
   */
  public static StageTable standard() {
    return STANDARD;
  }

  /**
   * A table without entries, with the harmonized-structure fallback: every catalog is read by the
   * harmonized structure if it fits, else as {@link Stage#OTHER}.
   *
   * @return the table
   */
  public static StageTable empty() {
    return new StageTable(Map.of(), true);
  }

  /**
   * The entries of the harmonized structure of ISO management-system standards (clauses 4 to 10),
   * which ISO 9001 and ISO 7101 follow.
   *
   * @return clause number to stage, in clause order, unmodifiable
   */
  public static Map<String, Stage> harmonizedStructure() {
    return HARMONIZED;
  }

  /**
   * This table with one more entry, or a changed one: the clause with the given number of the given
   * catalog, and every clause under it that has no entry of its own, plays the given stage.
   *
   * @param catalog the catalog, not null
   * @param clause the clause number, not null, one line of at most {@value Catalog#MAX_NUMBER}
   *     characters
   * @param stage the stage, not null
   * @return the new table
   * @throws InvalidModelException if the number is blank or too long, or the table would exceed
   *     {@value #MAX_ENTRIES} entries
   */
  public StageTable with(CatalogId catalog, String clause, Stage stage) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(stage, "stage");
    Checks.line(clause, Catalog.MAX_NUMBER, "stage table: clause number " + Checks.quote(clause));
    Map<CatalogId, Map<String, Stage>> m = new TreeMap<>(entries);
    Map<String, Stage> c = new TreeMap<>(m.getOrDefault(catalog, Map.of()));
    c.put(clause, stage);
    m.put(catalog, c);
    return new StageTable(m, harmonizedFallback);
  }

  /**
   * This table with the harmonized-structure fallback on or off.
   *
   * @param on true to read catalogs without entries by the harmonized structure when it fits
   * @return the new table
   */
  public StageTable withHarmonizedFallback(boolean on) {
    return on == harmonizedFallback ? this : new StageTable(entries, on);
  }

  /**
   * Whether catalogs without entries are read by the harmonized structure when it fits.
   *
   * @return true if so
   */
  public boolean harmonizedFallback() {
    return harmonizedFallback;
  }

  /**
   * The catalogs with entries of their own.
   *
   * @return the catalog ids, sorted, unmodifiable
   */
  public Set<CatalogId> catalogs() {
    return entries.keySet();
  }

  /**
   * The entries of one catalog.
   *
   * @param catalog the catalog, not null
   * @return clause number to stage, sorted by number as text, unmodifiable; empty if the catalog
   *     has no entries of its own
   */
  public Map<String, Stage> entries(CatalogId catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return entries.getOrDefault(catalog, Map.of());
  }

  /**
   * The stage a clause plays: the entry of the deepest clause on the path, looked up in the
   * catalog's own entries, else those of the nearest catalog of its lineage with entries. A
   * catalog without entries anywhere in its lineage has its {@link Catalog#reviewClause()} as the
   * management review and is read by the harmonized structure if the fallback is on and the
   * catalog fits it; whatever is left is {@link Stage#OTHER}.
   *
   * @param catalog the catalog, not null
   * @param clausePath the clause numbers from the top-level clause down, not null
   * @return the stage
   */
  public Stage stageOf(Catalog catalog, List<String> clausePath) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(clausePath, "clausePath");
    Map<String, Stage> table = entriesFor(catalog);
    String review = table == null ? catalog.reviewClause().orElse(null) : null;
    if (table == null) {
      table = harmonizedFallback && fitsHarmonizedStructure(catalog) ? HARMONIZED : Map.of();
    }
    for (int i = clausePath.size() - 1; i >= 0; i--) {
      String number = clausePath.get(i);
      if (number.equals(review)) {
        return Stage.MANAGEMENT_REVIEW;
      }
      Stage s = table.get(number);
      if (s != null) {
        return s;
      }
    }
    return Stage.OTHER;
  }

  /** The entries of the catalog or the nearest catalog of its lineage, or null if none has any. */
  private @Nullable Map<String, Stage> entriesFor(Catalog catalog) {
    Map<String, Stage> own = entries.get(catalog.id());
    if (own != null) {
      return own;
    }
    for (CatalogId base : catalog.lineage()) {
      Map<String, Stage> inherited = entries.get(base);
      if (inherited != null) {
        return inherited;
      }
    }
    return null;
  }

  /**
   * Tells whether a catalog looks like a standard of the harmonized structure: dotted numbering and
   * top-level clauses that include 4, 5, 6, 7, 8, 9 and 10.
   *
   * @param catalog the catalog, not null
   * @return true if it does
   */
  public static boolean fitsHarmonizedStructure(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    if (catalog.numbering() != NumberingStyle.DOTTED) {
      return false;
    }
    Set<String> top = new HashSet<>();
    for (Clause c : catalog.clauses()) {
      top.add(c.number());
    }
    return top.containsAll(List.of("4", "5", "6", "7", "8", "9", "10"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StageTable t && harmonizedFallback == t.harmonizedFallback && entries.equals(t.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode() * 31 + Boolean.hashCode(harmonizedFallback);
  }

  @Override
  public String toString() {
    return "StageTable{" + entries.size() + " catalogs, " + size + " entries, harmonizedFallback=" + harmonizedFallback + "}";
  }
}
