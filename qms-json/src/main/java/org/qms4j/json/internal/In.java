package org.qms4j.json.internal;

import org.jspecify.annotations.Nullable;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.json.QmsJsonException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/** Where values are read from: a parser, the options, and errors that name the JSON path. */
public final class In {
  private final JsonParser p;
  private final Options options;

  /**
   * Creates an input.
   *
   * @param p the parser, positioned at or before the first token of what is read
   * @param options the options
   */
  public In(JsonParser p, Options options) {
    this.p = p;
    this.options = options;
  }

  /** The most distinct strings {@link #shared} keeps. */
  static final int MAX_SHARED = 4_096;

  /** The longest string {@link #shared} keeps. */
  static final int MAX_SHARED_LENGTH = 100;

  /** The requirement ids of the catalogs read so far, by their text. */
  private java.util.@Nullable Map<String, RequirementId> requirements;

  /** Short strings read more than once, such as owners: one instance each. */
  private java.util.@Nullable Map<String, String> shared;

  /**
   * Makes the requirement ids of a catalog just read the ones every later reference to them gets,
   * so that a document's thousands of references share the catalog's instances (less memory, and
   * look-ups that find them by identity).
   *
   * @param catalog the catalog
   */
  public void knowRequirements(Catalog catalog) {
    if (requirements == null) {
      requirements = new java.util.HashMap<>();
    }
    for (LocatedRequirement r : catalog.requirements()) {
      requirements.putIfAbsent(r.id().value(), r.id());
    }
  }

  /**
   * The requirement id of a catalog read earlier with this text, if there is one.
   *
   * @param text the text read
   * @return the id, or null
   */
  public @Nullable RequirementId knownRequirement(String text) {
    return requirements == null ? null : requirements.get(text);
  }

  /**
   * The instance of a short string read before that equals this one, or this one: the first {@value
   * #MAX_SHARED} distinct strings of at most {@value #MAX_SHARED_LENGTH} characters are kept.
   *
   * @param text the text read
   * @return an equal string
   */
  public String shared(String text) {
    if (text.length() > MAX_SHARED_LENGTH) {
      return text;
    }
    if (shared == null) {
      shared = new java.util.HashMap<>();
    }
    String held = shared.get(text);
    if (held != null) {
      return held;
    }
    if (shared.size() < MAX_SHARED) {
      shared.put(text, text);
    }
    return text;
  }

  /** The parser. */
  public JsonParser parser() {
    return p;
  }

  /** The options. */
  public Options options() {
    return options;
  }

  /**
   * The JSON Pointer of the current token (at a closing brace: of the object it closes).
   *
   * @return the path, {@code ""} for the document
   */
  public String path() {
    return path(p);
  }

  /** The current token, or null before the first. */
  public @Nullable JsonToken token() {
    return p.currentToken();
  }

  /**
   * Moves to the next token.
   *
   * @return the token, never null
   * @throws QmsJsonException at the end of the input
   */
  public JsonToken next() {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw error("the document ends too early");
    }
    return t;
  }

  /** Skips the current value, with everything in it. */
  public void skip() {
    p.skipChildren();
  }

  /**
   * An error at the current token.
   *
   * @param problem what is wrong, with quoted values already shortened
   * @return the exception, to throw
   */
  public QmsJsonException error(String problem) {
    return error(problem, null);
  }

  /**
   * An error at the current token, with a cause.
   *
   * @param problem what is wrong
   * @param cause the cause, or null
   * @return the exception, to throw
   */
  public QmsJsonException error(String problem, @Nullable Throwable cause) {
    return at(p, problem, cause);
  }

  /**
   * An error at a parser's current token.
   *
   * @param p the parser
   * @param problem what is wrong
   * @param cause the cause, or null
   * @return the exception
   */
  public static QmsJsonException at(JsonParser p, String problem, @Nullable Throwable cause) {
    String path;
    long line = -1;
    long column = -1;
    try {
      path = path(p);
      TokenStreamLocation loc = p.currentTokenLocation();
      if (loc != null) {
        line = loc.getLineNr();
        column = loc.getColumnNr();
      }
    } catch (RuntimeException e) {
      path = "";
    }
    return new QmsJsonException(problem, path, line, column, cause);
  }

  /**
   * The JSON Pointer of a parser's current value, with each segment shortened and escaped. At an
   * opening bracket or brace the parser is already inside the new array or object: the path is
   * that of the array or object itself.
   */
  static String path(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
    JsonToken t = p.currentToken();
    if (context != null && (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT)) {
      context = context.getParent();
    }
    if (context == null) {
      return "";
    }
    java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.getCurrentIndex() < 0) {
          continue;
        }
        segments.addFirst(Integer.toString(c.getCurrentIndex()));
      } else if (c.inObject()) {
        String name = c.currentName();
        if (name == null) {
          continue;
        }
        segments.addFirst(Texts.clip(name.replace("~", "~0").replace("/", "~1"), Texts.SHOWN));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String s : segments) {
      out.append('/').append(s);
    }
    String path = out.toString();
    if (path.length() > QmsJsonException.MAX_PATH) {
      path = "\u2026" + path.substring(path.length() - QmsJsonException.MAX_PATH);
    }
    return path;
  }

  /**
   * Turns a failure of the parser itself (malformed JSON, a limit exceeded) into the module's
   * exception at the current position.
   *
   * @param e the failure
   * @return the exception
   */
  public QmsJsonException parseError(JacksonException e) {
    String m = e.getOriginalMessage();
    String text = Texts.clip(m == null ? "" : m, 200);
    String problem;
    if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
      problem = "the document exceeds a limit: " + text;
    } else if (m != null && m.startsWith("Duplicate Object property")) {
      problem = "a property appears twice: " + text;
    } else {
      problem = "the document is not well-formed JSON: " + text;
    }
    QmsJsonException x = at(p, problem, null);
    TokenStreamLocation loc = e.getLocation();
    if (loc != null && loc.getLineNr() > 0) {
      return new QmsJsonException(problem, x.path(), loc.getLineNr(), loc.getColumnNr(), null);
    }
    return x;
  }

  /** A description of the current token, for "expected X but found Y". */
  public String found() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string " + Texts.quote(p.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + Texts.clip(p.getString(), Texts.SHOWN);
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return t.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The error for a value of the wrong type.
   *
   * @param expected what was expected, such as {@code "a string"}
   * @return the exception, to throw
   */
  public QmsJsonException expected(String expected) {
    return error("expected " + expected + " but found " + found());
  }

  /**
   * The current string value.
   *
   * @param label what the string is, for the message
   * @return the string
   */
  public String string(String label) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected(label);
    }
    return p.getString();
  }

  /**
   * The current integer value.
   *
   * @param label what the number is
   * @return the value
   */
  public int integer(String label) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT) {
      throw expected(label);
    }
    return p.getIntValue();
  }

  /**
   * The current number as a double.
   *
   * @param label what the number is
   * @return the value
   */
  public double decimal(String label) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw expected(label);
    }
    double d = p.getDoubleValue();
    if (!Double.isFinite(d)) {
      throw error(label + " is out of range: " + found());
    }
    return d;
  }

  /**
   * The current boolean value.
   *
   * @param label what the value is
   * @return the value
   */
  public boolean bool(String label) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw expected(label);
  }

  /**
   * Checks that the current token starts an object.
   *
   * @param label what the object is
   */
  public void startObject(String label) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw expected(label + " (an object)");
    }
  }

  /**
   * Checks that the current token starts an array.
   *
   * @param label what the array holds
   */
  public void startArray(String label) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw expected(label + " (an array)");
    }
  }
}
