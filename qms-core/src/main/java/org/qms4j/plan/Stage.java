package org.qms4j.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The part a clause plays in building a quality management system, which decides what a generated
 * plan's tasks wait for. Constants are declared so that every stage comes after the stages it
 * waits for. {@link StageTable} says which clauses of which catalogs play which part.
 *
 * <table>
 *   <caption>What each stage waits for (direct predecessors; waiting is transitive)</caption>
 *   <tr><th>stage</th><th>waits for</th><th>why</th></tr>
 *   <tr><td>{@link #CONTEXT}</td><td>nothing</td><td>context and scope decide what the system covers</td></tr>
 *   <tr><td>{@link #LEADERSHIP}</td><td>context</td><td>the policy fits the organisation's context</td></tr>
 *   <tr><td>{@link #PLANNING}</td><td>context</td><td>risks and opportunities come from the context and interested parties</td></tr>
 *   <tr><td>{@link #OBJECTIVES}</td><td>context, leadership</td><td>objectives are set within the scope and the policy's framework</td></tr>
 *   <tr><td>{@link #SUPPORT}</td><td>context</td><td>resources, awareness, communication serve the system in scope</td></tr>
 *   <tr><td>{@link #DOCUMENT_CONTROL}</td><td>context</td><td>the documents to control follow from the scope</td></tr>
 *   <tr><td>{@link #COMPETENCE}</td><td>context</td><td>the competence needed follows from the processes in scope</td></tr>
 *   <tr><td>{@link #OPERATION}</td><td>context, planning, document control</td><td>procedures are controlled documents and carry out the planned actions</td></tr>
 *   <tr><td>{@link #EVALUATION}</td><td>objectives, document control</td><td>monitoring measures the objectives, by controlled procedures</td></tr>
 *   <tr><td>{@link #IMPROVEMENT}</td><td>document control</td><td>the corrective-action procedure is a controlled document</td></tr>
 *   <tr><td>{@link #OTHER}</td><td>nothing</td><td>clauses whose part is not known</td></tr>
 *   <tr><td>{@link #INTERNAL_AUDIT}</td><td>competence and every stage above but other</td><td>an audit checks the implemented system, by competent auditors</td></tr>
 *   <tr><td>{@link #MANAGEMENT_REVIEW}</td><td>internal audit and every stage above but other</td><td>the review takes the audit results as an input</td></tr>
 * </table>
 *
 * <p>The certification audit milestone waits for every stage.
 */
public enum Stage {
  /** Context of the organisation, interested parties, scope, the system and its processes. */
  CONTEXT("Context and scope"),
  /** Leadership and commitment, the quality policy, roles and responsibilities. */
  LEADERSHIP("Leadership and policy"),
  /** Risks and opportunities, planning of changes, QMS planning. */
  PLANNING("Planning"),
  /** Quality objectives and the planning to reach them. */
  OBJECTIVES("Quality objectives"),
  /** Resources, infrastructure, work environment, awareness, communication. */
  SUPPORT("Support"),
  /** Control of documents and records (documented information). */
  DOCUMENT_CONTROL("Document control"),
  /** Competence and training. */
  COMPETENCE("Competence and training"),
  /** Operation: the procedures of product and service realisation. */
  OPERATION("Operation"),
  /** Monitoring, measurement, analysis and evaluation (but the internal audit). */
  EVALUATION("Monitoring and evaluation"),
  /** Nonconformity, corrective action, continual improvement. */
  IMPROVEMENT("Improvement"),
  /** A clause whose part the {@link StageTable} does not know: it waits for nothing. */
  OTHER("Other requirements"),
  /** The internal audit. */
  INTERNAL_AUDIT("Internal audit"),
  /** The management review. */
  MANAGEMENT_REVIEW("Management review");

  private final String title;

  Stage(String title) {
    this.title = title;
  }

  /**
   * A short title for reports, such as {@code Document control}.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The stages this one waits for directly (see the table above).
   *
   * @return the stages, unmodifiable
   */
  public Set<Stage> predecessors() {
    Set<Stage> s = EnumSet.noneOf(Stage.class);
    switch (this) {
      case CONTEXT, OTHER -> { }
      case LEADERSHIP, PLANNING, SUPPORT, DOCUMENT_CONTROL, COMPETENCE -> s.add(CONTEXT);
      case OBJECTIVES -> s.addAll(EnumSet.of(CONTEXT, LEADERSHIP));
      case OPERATION -> s.addAll(EnumSet.of(CONTEXT, PLANNING, DOCUMENT_CONTROL));
      case EVALUATION -> s.addAll(EnumSet.of(OBJECTIVES, DOCUMENT_CONTROL));
      case IMPROVEMENT -> s.add(DOCUMENT_CONTROL);
      case INTERNAL_AUDIT -> s.addAll(EnumSet.range(CONTEXT, IMPROVEMENT));
      case MANAGEMENT_REVIEW -> {
        s.addAll(EnumSet.range(CONTEXT, IMPROVEMENT));
        s.add(INTERNAL_AUDIT);
      }
    }
    return Collections.unmodifiableSet(s);
  }
}
