package org.qms4j.json;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.qms4j.json.internal.Codec;
import org.qms4j.json.internal.In;
import org.qms4j.json.internal.Options;
import org.qms4j.json.internal.Out;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes one kind of qms4j document (a quality system, a catalog, a mapping set or a
 * conformity report) to and from strings, streams, readers, writers and files. Obtained from
 * {@link QmsJson}.
 *
 * <p>Reading and writing stream: a system with a million evidence items is read and written
 * without its text ever being held in memory. Reading refuses anything after the document.
 * Streams passed in are neither closed nor buffered by these methods; files are opened and closed
 * here, and a file is written whole or not at all (through a temporary file moved into place).
 *
 * <p>Every failure of the input is a {@link QmsJsonException} naming the JSON path; a failure to
 * read or write the underlying stream or file is an {@link UncheckedIOException}. Immutable and
 * thread-safe.
 *
 * @param <T> the document's type
 */
public final class JsonDocument<T> {
  private final JsonMapper mapper;
  private final Codec<T> codec;
  private final Options options;

  JsonDocument(JsonMapper mapper, Codec<T> codec, Options options) {
    this.mapper = mapper;
    this.codec = codec;
    this.options = options;
  }

  /**
   * Reads a document from a string.
   *
   * @param json the document, not null
   * @return what it holds
   * @throws QmsJsonException if the document is not a valid document of this kind
   */
  public T read(String json) {
    Objects.requireNonNull(json, "json");
    return read(mapper.createParser(json));
  }

  /**
   * Reads a document from a stream of UTF-8 (or UTF-16/32, detected) bytes, without closing it.
   *
   * @param in the stream, not null
   * @return what it holds
   * @throws QmsJsonException if the document is not a valid document of this kind
   * @throws UncheckedIOException if the stream fails
   */
  public T read(InputStream in) {
    Objects.requireNonNull(in, "in");
    return read(mapper.createParser(in));
  }

  /**
   * Reads a document from a reader, without closing it.
   *
   * @param in the reader, not null
   * @return what it holds
   * @throws QmsJsonException if the document is not a valid document of this kind
   * @throws UncheckedIOException if the reader fails
   */
  public T read(Reader in) {
    Objects.requireNonNull(in, "in");
    return read(mapper.createParser(in));
  }

  /**
   * Reads a document from a file.
   *
   * @param file the file, not null
   * @return what it holds
   * @throws QmsJsonException if the document is not a valid document of this kind
   * @throws UncheckedIOException if the file cannot be read
   */
  public T read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private T read(JsonParser parser) {
    try (JsonParser p = parser) {
      In in = new In(p, options);
      try {
        in.next();
        T value = codec.read(in);
        if (p.nextToken() != null) {
          throw in.error("unexpected content after the document");
        }
        return value;
      } catch (JacksonIOException e) {
        throw new UncheckedIOException(ioCause(e));
      } catch (JacksonException e) {
        throw in.parseError(e);
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(ioCause(e));
    }
  }

  /**
   * Writes a document to a string.
   *
   * @param value what to write, not null
   * @return the document
   * @throws QmsJsonException if the value holds something the format cannot hold (a host fact
   *     whose key is not registered)
   */
  public String write(T value) {
    StringWriter out = new StringWriter();
    write(value, out);
    return out.toString();
  }

  /**
   * Writes a document as UTF-8 to a stream, without closing it (it is flushed).
   *
   * @param value what to write, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void write(T value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(value, "value");
    write(value, mapper.createGenerator(out));
  }

  /**
   * Writes a document to a writer, without closing it (it is flushed).
   *
   * @param value what to write, not null
   * @param out the writer, not null
   * @throws UncheckedIOException if the writer fails
   */
  public void write(T value, Writer out) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(value, "value");
    write(value, mapper.createGenerator(out));
  }

  /**
   * Writes a document as UTF-8 to a file, replacing it: the document goes to a temporary file in
   * the same directory, which is then moved into place, so the file holds either the old document
   * or the whole new one. A replaced file keeps its permissions; a new one is {@code rw-r--r--}
   * where the file system has POSIX permissions.
   *
   * @param value what to write, not null
   * @param file the file, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(T value, Path file) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(file, "file");
    Path dir = file.toAbsolutePath().getParent();
    try {
      Path tmp = Files.createTempFile(dir, ".qms4j-", ".tmp");
      try {
        permitAsUsual(tmp, file);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
          write(value, out);
        }
        try {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A temporary file is created readable by its owner only; the file it replaces keeps its
   * permissions, and a new one gets the usual {@code rw-r--r--}, where the file system has POSIX
   * permissions.
   */
  private static void permitAsUsual(Path tmp, Path file) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(
        java.nio.file.attribute.PosixFileAttributeView.class)) {
      return;
    }
    Files.setPosixFilePermissions(tmp, Files.exists(file)
        ? Files.getPosixFilePermissions(file)
        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
  }

  private void write(T value, JsonGenerator generator) {
    try (JsonGenerator g = generator) {
      codec.write(new Out(g, options), value);
      g.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(ioCause(e));
    }
  }

  private static IOException ioCause(JacksonIOException e) {
    IOException cause = e.getCause();
    return cause != null ? cause : new IOException(e.getMessage(), e);
  }
}
