/**
 * Reads and writes the qms4j model as JSON, in a versioned format described by JSON Schemas.
 *
 * <h2>Use</h2>
 *
 * <p>{@link org.qms4j.json.QmsJson} is the facade for the common case and needs no Jackson
 * knowledge: {@code QmsJson.standard().system().write(system, path)}, {@code
 * QmsJson.standard().catalog().read(text)}, and the same for mapping sets and conformity reports
 * (each a {@link org.qms4j.json.JsonDocument}). {@link org.qms4j.json.QmsJsonModule} is the
 * Jackson 3 module for hosts with their own {@code JsonMapper}; {@code
 * JsonMapper.builder().findAndAddModules()} finds it through {@link java.util.ServiceLoader}.
 *
 * <h2>The format</h2>
 *
 * <ul>
 *   <li>Four top-level documents: a quality system, a catalog, a mapping set and a conformity
 *       report. Each is an object whose first property is {@code "formatVersion": 1}. A newer
 *       version is refused, naming both versions; an older one would be upgraded as it is read
 *       (version 1 is the first, so there is none yet).
 *   <li>Property names are camelCase and written in a fixed order; a value that is absent ({@code
 *       Optional.empty()}) is left out, and {@code null} reads as absent; lists and sets are
 *       always written, sets in their natural order, and may be left out when empty.
 *   <li>Typed ids are plain strings; a clause is {@code catalog#number}, a document version
 *       {@code DOC@version}; map keys are these text forms.
 *   <li>Instants are ISO-8601 in UTC ({@code 2026-01-31T09:00:00Z}); dates, durations and
 *       periods ISO-8601.
 *   <li>Enum constants are lower-case names with hyphens: {@code MINOR_NONCONFORMITY} is {@code
 *       "minor-nonconformity"}.
 *   <li>A value of one of several kinds is an object whose first property, {@code "type"},
 *       names its kind from a fixed list. Class names are never written or read, and there is
 *       no default typing.
 *   <li>A corrective action, a controlled document and a certificate are written as their event
 *       history, with every event's hash, so a history read back still verifies (and against a
 *       head kept elsewhere). Their state is derived from the events again when read.
 *   <li>Registers are written under {@code "registers"} by their names ({@code "evidence"},
 *       {@code "corrective-actions"}, ...), items in the order of their ids; host facts under
 *       {@code "hostFacts"} by their keys' names, through the mapper's own handling of the key's
 *       type.
 * </ul>
 *
 * <p>The JSON Schemas (2020-12) ship in this module under {@code org/qms4j/json/schema/1/}: {@code
 * quality-system.schema.json}, {@code catalog.schema.json}, {@code mapping-set.schema.json} and
 * {@code conformity-report.schema.json}, with the shared parts in {@code common.schema.json},
 * {@code records.schema.json} and {@code lifecycles.schema.json}. Their {@code $id}s start with
 * {@code https://qms4j.org/schema/1/}.
 *
 * <h2>Safety</h2>
 *
 * <p>Readers refuse, with a {@link org.qms4j.json.QmsJsonException} naming the JSON Pointer of
 * the offending value and its line and column: malformed or truncated JSON; anything after the
 * document; a value of the wrong JSON type; an unknown property (unless reading leniently); a
 * repeated property; a missing required value; an unknown enum or type name; a value the core
 * model refuses (its message is kept, with the path added); an unsupported {@code
 * formatVersion}; a document beyond its {@link org.qms4j.json.JsonLimits} (nesting depth,
 * string, number, property name and document length). Values quoted in messages are shortened to
 * 60 characters and escaped. A quality system the core refuses is reported with the path of each
 * item a problem concerns. Nothing is half-built: a reader returns a whole value or throws.
 *
 * <p>Reading and writing stream: the text of a document is never held whole, so a system with a
 * million evidence items reads and writes in a heap not much larger than the system itself.
 *
 * <h2>How the types are mapped</h2>
 *
 * <p>Every type is read and written by a hand-written codec over Jackson's streaming parser and
 * generator, not by databind mix-ins. The generated Immutables builders would need a mix-in per
 * builder to pick one of the two setters of each {@code Optional}, to hide {@code from}, {@code
 * addX} and {@code addAllX}, and to keep auto-detection from calling them; the hand-written
 * {@code QualitySystem}, {@code Reason} and report types have no builder Jackson can use; and
 * databind's messages name Java types and builder methods rather than the JSON path and the
 * model's words. A codec declares each property once (name, value codec, accessor, builder
 * setter), which gives one place for the order written, for the checks of unknown, repeated and
 * missing properties, and for the messages, in about as many lines as the mix-ins would take.
 * It is also what lets registers stream.
 */
@NullMarked
package org.qms4j.json;

import org.jspecify.annotations.NullMarked;
