package org.qms4j.standards;

import java.util.List;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.MappingSet;
import org.qms4j.catalog.MappingSetId;

/**
 * The catalogs and mapping sets qms4j ships: ISO 9001:2015 (with Amendment 1:2024), ISO
 * 13485:2016, ISO 7101:2023 and the FDA's QMSR (21 CFR part 820 as in force since 2 February
 * 2026), and the correspondences between them.
 *
 * <p>For the ISO standards, each catalog carries the clause numbers, our own short titles and our
 * own one-line summaries of what each clause asks, never ISO's text: the standards themselves
 * must be bought from ISO or a national body. The QMSR is US federal text, in the public domain,
 * and its summaries quote it. Each catalog's {@link Catalog#source()} says what it was checked
 * against and its {@link Catalog#note()} what was verified and left out. A clause holds at most
 * one requirement, whose id is {@code <catalog id>/<clause number>}, such as {@code
 * iso-9001:2015/7.5.3.2}.
 *
 * <p>Each catalog is read once, on first use, and shared: catalogs are immutable. Extend one with
 * {@link Catalog#extend()}: the rules and mapping sets written for it apply to the extension.
 *
 * <pre>{@code
 * Catalog ours = StandardCatalogs.iso7101().extend()
 *     .id(CatalogId.of("riverside-7101:2023"))
 *     .addRequirement("8.1", Requirement.builder()
 *         .id(RequirementId.of("riverside/ic-1"))
 *         .summary("Central lines are checked daily against the insertion bundle.")
 *         .addExpectedEvidence(EvidenceKind.RECORD)
 *         .build())
 *     .build();
 * }</pre>
 */
public final class StandardCatalogs {
  /** The id of ISO 9001:2015 with Amendment 1:2024. */
  public static final CatalogId ISO_9001 = CatalogId.of("iso-9001:2015");
  /** The id of ISO 13485:2016. */
  public static final CatalogId ISO_13485 = CatalogId.of("iso-13485:2016");
  /** The id of ISO 7101:2023. */
  public static final CatalogId ISO_7101 = CatalogId.of("iso-7101:2023");
  /** The id of the FDA QMSR, 21 CFR part 820 as in force since 2 February 2026. */
  public static final CatalogId QMSR = CatalogId.of("fda-qmsr:2026");
  /** The id of the mapping set from ISO 13485:2016 to ISO 9001:2015. */
  public static final MappingSetId ISO_13485_TO_ISO_9001 = MappingSetId.of("iso-13485-to-iso-9001");
  /** The id of the mapping set from the QMSR to ISO 13485:2016. */
  public static final MappingSetId QMSR_TO_ISO_13485 = MappingSetId.of("qmsr-to-iso-13485");
  /** The id of the mapping set from ISO 7101:2023 to ISO 9001:2015. */
  public static final MappingSetId ISO_7101_TO_ISO_9001 = MappingSetId.of("iso-7101-to-iso-9001");

  private StandardCatalogs() {}

  /**
   * ISO 9001:2015 with Amendment 1:2024: clauses 4 to 10.
   *
   * @return the catalog
   */
  public static Catalog iso9001() {
    return Iso9001.CATALOG;
  }

  /**
   * ISO 13485:2016: clauses 4 to 8, with the exclusion rules of clauses 1 and 4.2.2.
   *
   * @return the catalog
   */
  public static Catalog iso13485() {
    return Iso13485.CATALOG;
  }

  /**
   * ISO 7101:2023: clauses 4 to 10, at the levels public sources confirm (see its note).
   *
   * @return the catalog
   */
  public static Catalog iso7101() {
    return Iso7101.CATALOG;
  }

  /**
   * The FDA QMSR: the sections of 21 CFR part 820 that stand since 2 February 2026 and their
   * paragraphs, numbered {@code 820.10(a)}.
   *
   * @return the catalog
   */
  public static Catalog qmsr() {
    return Qmsr.CATALOG;
  }

  /**
   * ISO 13485:2016 to ISO 9001:2015, guided by ISO 13485's correspondence annex.
   *
   * @return the mapping set
   */
  public static MappingSet iso13485ToIso9001() {
    return Sets.ISO_13485_TO_ISO_9001;
  }

  /**
   * The QMSR to ISO 13485:2016: the ISO clauses each QMSR provision supplements.
   *
   * @return the mapping set
   */
  public static MappingSet qmsrToIso13485() {
    return Sets.QMSR_TO_ISO_13485;
  }

  /**
   * ISO 7101:2023 to ISO 9001:2015, where the harmonized structure makes the correspondence plain.
   *
   * @return the mapping set
   */
  public static MappingSet iso7101ToIso9001() {
    return Sets.ISO_7101_TO_ISO_9001;
  }

  /**
   * Every shipped catalog.
   *
   * @return ISO 9001, ISO 13485, ISO 7101 and the QMSR, in that order
   */
  public static List<Catalog> catalogs() {
    return List.of(iso9001(), iso13485(), iso7101(), qmsr());
  }

  /**
   * Every shipped mapping set.
   *
   * @return ISO 13485 to ISO 9001, the QMSR to ISO 13485, ISO 7101 to ISO 9001, in that order
   */
  public static List<MappingSet> mappingSets() {
    return List.of(iso13485ToIso9001(), qmsrToIso13485(), iso7101ToIso9001());
  }

  // one holder per catalog, so that each is read on first use only (class initialisation is
  // lazy, thread-safe and happens once)
  private static final class Iso9001 {
    static final Catalog CATALOG = Outline.catalog(Iso9001Outline.TEXT);
  }

  private static final class Iso13485 {
    static final Catalog CATALOG = Outline.catalog(Iso13485Outline.TEXT);
  }

  private static final class Iso7101 {
    static final Catalog CATALOG = Outline.catalog(Iso7101Outline.TEXT);
  }

  private static final class Qmsr {
    static final Catalog CATALOG = Outline.catalog(QmsrOutline.TEXT);
  }

  private static final class Sets {
    static final MappingSet ISO_13485_TO_ISO_9001 = Outline.mappingSet(Iso13485ToIso9001.TEXT);
    static final MappingSet QMSR_TO_ISO_13485 = Outline.mappingSet(QmsrToIso13485.TEXT);
    static final MappingSet ISO_7101_TO_ISO_9001 = Outline.mappingSet(Iso7101ToIso9001.TEXT);
  }
}
