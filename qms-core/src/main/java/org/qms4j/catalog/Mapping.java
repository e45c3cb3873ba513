package org.qms4j.catalog;

import java.util.Objects;
import org.qms4j.InvalidModelException;

/**
 * A typed, directed relation between requirements of two catalogs, such as ISO 13485 clause 7.5.1
 * and a QMSR provision. Mappings travel in {@link MappingSet}s, which a quality system holds; the
 * conformity engine lets the source's facts count for the target:
 *
 * <ul>
 *   <li>where the relation {@linkplain MappingRelation#covers() covers} the target (equivalent,
 *       superset), the source's evidence and findings count as the target's own;
 *   <li>where it does not (subset, intersects), only the source's accepted, effective evidence
 *       counts, and it can make the target at best partially conforming.
 * </ul>
 *
 * <p>Only the source's own facts count, never facts mapped onto the source (mappings are not
 * transitive). A mapping whose source or target the evaluated system does not hold is ignored.
 * Immutable and thread-safe.
 *
 * @param source the requirement whose facts count, not null
 * @param relation how the source relates to the target, not null
 * @param target the requirement the facts count for, not null
 */
public record Mapping(RequirementId source, MappingRelation relation, RequirementId target) {

  /**
   * Creates a mapping.
   *
   * @param source the requirement whose facts count, not null
   * @param relation how the source relates to the target, not null
   * @param target the requirement the facts count for, not null
   * @throws NullPointerException if a part is null
   * @throws InvalidModelException if source and target are the same requirement
   */
  public Mapping {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(target, "target");
    if (source.equals(target)) {
      throw new InvalidModelException("mapping: source and target were both "
              + source
              + "; expected two requirements");
    }
  }

  /**
   * Creates a mapping.
   *
   * @param source the requirement whose facts count, not null
   * @param relation how the source relates to the target, not null
   * @param target the requirement the facts count for, not null
   * @return the mapping
   * @throws NullPointerException if a part is null
   * @throws InvalidModelException if source and target are the same requirement
   */
  public static Mapping of(RequirementId source, MappingRelation relation, RequirementId target) {
    return new Mapping(source, relation, target);
  }
}
