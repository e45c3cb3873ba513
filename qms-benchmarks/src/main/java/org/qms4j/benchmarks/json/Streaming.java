package org.qms4j.benchmarks.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.qms4j.benchmarks.json.PlainDocument.PlainAudit;
import org.qms4j.benchmarks.json.PlainDocument.PlainCatalog;
import org.qms4j.benchmarks.json.PlainDocument.PlainClause;
import org.qms4j.benchmarks.json.PlainDocument.PlainCorrectiveAction;
import org.qms4j.benchmarks.json.PlainDocument.PlainEvent;
import org.qms4j.benchmarks.json.PlainDocument.PlainEvidence;
import org.qms4j.benchmarks.json.PlainDocument.PlainExclusion;
import org.qms4j.benchmarks.json.PlainDocument.PlainFinding;
import org.qms4j.benchmarks.json.PlainDocument.PlainRequirement;
import org.qms4j.benchmarks.json.PlainDocument.PlainReviewInput;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Jackson's streaming API used by hand, the near-limit for the quality-system document: a writer
 * that puts the {@link PlainDocument} out token by token (the same bytes qms-json and databind
 * write), and a reader that pulls every token of a document and builds nothing.
 */
public final class Streaming {
  private final JsonFactory factory;

  /**
   * Creates the writer and reader on a factory.
   *
   * @param factory Jackson's factory, default settings
   */
  public Streaming(JsonFactory factory) {
    this.factory = factory;
  }

  /**
   * Reads a document by pulling every token; the value is the sum of the lengths of every property
   * name and string and of the int value of every number, so that no token can be skipped.
   *
   * @param in the document
   * @return the sum
   */
  public long pullTokens(InputStream in) {
    long sum = 0;
    try (JsonParser p = factory.createParser(in)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case PROPERTY_NAME:
          case VALUE_STRING:
            sum += p.getStringLength();
            break;
          case VALUE_NUMBER_INT:
            sum += p.getIntValue();
            break;
          default:
            sum++;
        }
      }
    }
    return sum;
  }

  /**
   * Writes a document by hand, property by property in qms-json's order.
   *
   * @param d the document
   * @param out where to write; flushed, not closed
   */
  public void write(PlainDocument d, OutputStream out) {
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberProperty("formatVersion", d.formatVersion());
      g.writeStringProperty("organisation", d.organisation());
      g.writeStringProperty("scope", d.scope());
      g.writeArrayPropertyStart("catalogs");
      for (PlainCatalog c : d.catalogs()) {
        catalog(g, c);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("exclusions");
      for (PlainExclusion e : d.exclusions()) {
        g.writeStartObject();
        optional(g, "requirement", e.requirement());
        optional(g, "clause", e.clause());
        g.writeStringProperty("justification", e.justification());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("mappingSets");
      g.writeEndArray();
      g.writeObjectPropertyStart("registers");
      g.writeArrayPropertyStart("evidence");
      for (PlainEvidence e : d.registers().evidence()) {
        evidence(g, e);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("findings");
      for (PlainFinding f : d.registers().findings()) {
        finding(g, f);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("corrective-actions");
      for (PlainCorrectiveAction a : d.registers().correctiveActions()) {
        g.writeStartObject();
        g.writeStringProperty("id", a.id());
        g.writeArrayPropertyStart("history");
        for (PlainEvent e : a.history()) {
          event(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("audits");
      for (PlainAudit a : d.registers().audits()) {
        audit(g, a);
      }
      g.writeEndArray();
      for (String empty :
          List.of("documents", "people", "roles", "training", "objectives", "risks", "reviews", "certificates")) {
        g.writeArrayPropertyStart(empty);
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeObjectPropertyStart("hostFacts");
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
    }
  }

  private static void catalog(JsonGenerator g, PlainCatalog c) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id());
    g.writeStringProperty("title", c.title());
    g.writeStringProperty("edition", c.edition());
    g.writeStringProperty("publisher", c.publisher());
    g.writeStringProperty("numbering", c.numbering() == PlainDocument.Numbering.DOTTED ? "dotted" : "free");
    optional(g, "source", c.source());
    optional(g, "note", c.note());
    g.writeArrayPropertyStart("reviewInputs");
    for (PlainReviewInput r : c.reviewInputs()) {
      g.writeStartObject();
      g.writeStringProperty("code", r.code());
      g.writeStringProperty("description", r.description());
      g.writeEndObject();
    }
    g.writeEndArray();
    optional(g, "reviewClause", c.reviewClause());
    strings(g, "lineage", c.lineage());
    g.writeArrayPropertyStart("clauses");
    for (PlainClause k : c.clauses()) {
      clause(g, k);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void clause(JsonGenerator g, PlainClause c) {
    g.writeStartObject();
    g.writeStringProperty("number", c.number());
    optional(g, "label", c.label());
    g.writeStringProperty("title", c.title());
    g.writeArrayPropertyStart("requirements");
    for (PlainRequirement r : c.requirements()) {
      g.writeStartObject();
      g.writeStringProperty("id", r.id());
      optional(g, "label", r.label());
      g.writeStringProperty("summary", r.summary());
      g.writeArrayPropertyStart("expectedEvidence");
      for (PlainDocument.Kind k : r.expectedEvidence()) {
        g.writeString(KINDS[k.ordinal()]);
      }
      g.writeEndArray();
      g.writeStringProperty("exclusionRule", RULES[r.exclusionRule().ordinal()]);
      optional(g, "guidance", r.guidance());
      strings(g, "related", r.related());
      strings(g, "externalReferences", r.externalReferences());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("subClauses");
    for (PlainClause k : c.subClauses()) {
      clause(g, k);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void evidence(JsonGenerator g, PlainEvidence e) {
    g.writeStartObject();
    g.writeStringProperty("id", e.id());
    strings(g, "requirements", e.requirements());
    g.writeStringProperty("kind", KINDS[e.kind().ordinal()]);
    g.writeStringProperty("status", STATUSES[e.status().ordinal()]);
    instant(g, "collectedAt", e.collectedAt());
    instant(g, "effectiveFrom", e.effectiveFrom());
    instant(g, "expiresAt", e.expiresAt());
    g.writeStringProperty("owner", e.owner());
    g.writeStringProperty("reference", e.reference());
    optional(g, "contentHash", e.contentHash());
    optional(g, "document", e.document());
    g.writeEndObject();
  }

  private static void finding(JsonGenerator g, PlainFinding f) {
    g.writeStartObject();
    g.writeStringProperty("id", f.id());
    strings(g, "requirements", f.requirements());
    g.writeStringProperty("grade", GRADES[f.grade().ordinal()]);
    g.writeStringProperty("statement", f.statement());
    g.writeStringProperty("objectiveEvidence", f.objectiveEvidence());
    instant(g, "raisedAt", f.raisedAt());
    optional(g, "audit", f.audit());
    instant(g, "closedAt", f.closedAt());
    g.writeEndObject();
  }

  private static void event(JsonGenerator g, PlainEvent e) {
    g.writeStartObject();
    g.writeNumberProperty("sequence", e.sequence());
    g.writeStringProperty("actor", e.actor());
    optional(g, "actorName", e.actorName());
    instant(g, "at", e.at());
    g.writeStringProperty("action", e.action());
    g.writeObjectPropertyStart("data");
    for (Map.Entry<String, String> d : e.data().entrySet()) {
      g.writeStringProperty(d.getKey(), d.getValue());
    }
    g.writeEndObject();
    optional(g, "reason", e.reason());
    if (e.meaning() != null) {
      g.writeStringProperty("meaning", MEANINGS[e.meaning().ordinal()]);
    }
    g.writeStringProperty("previousHash", e.previousHash());
    g.writeStringProperty("hash", e.hash());
    g.writeEndObject();
  }

  private static void audit(JsonGenerator g, PlainAudit a) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id());
    g.writeStringProperty("kind", AUDIT_KINDS[a.kind().ordinal()]);
    g.writeStringProperty("title", a.title());
    strings(g, "scope", a.scope());
    g.writeStringProperty("leadAuditor", a.leadAuditor());
    strings(g, "team", a.team());
    instant(g, "plannedStart", a.plannedStart());
    instant(g, "plannedEnd", a.plannedEnd());
    instant(g, "startedAt", a.startedAt());
    instant(g, "reportedAt", a.reportedAt());
    instant(g, "closedAt", a.closedAt());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeArrayPropertyStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, String name, String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  private static void instant(JsonGenerator g, String name, Instant value) {
    if (value != null) {
      g.writeStringProperty(name, value.toString());
    }
  }

  private static final String[] KINDS =
      {"document", "procedure", "record", "training-record", "observation", "interview", "test-report"};
  private static final String[] STATUSES = {"draft", "accepted", "rejected", "superseded"};
  private static final String[] GRADES =
      {"major-nonconformity", "minor-nonconformity", "observation", "opportunity-for-improvement"};
  private static final String[] RULES =
      {"not-permitted", "no-effect-on-conformity", "activity-not-performed", "permitted-by-regulation"};
  private static final String[] AUDIT_KINDS = {"internal", "supplier", "surveillance", "recertification"};
  private static final String[] MEANINGS = {"authored", "reviewed", "approved", "verified"};
}
