package org.qms4j.benchmarks.json;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * An in-memory byte sink that is reset and reused, so that writing a document costs a copy into a
 * buffer that has already grown to the document's size: neither I/O nor growth is measured. Not
 * synchronized, unlike {@link java.io.ByteArrayOutputStream}.
 */
public final class ByteSink extends OutputStream {
  private byte[] buf = new byte[1 << 16];
  private int count;

  /** Forgets what was written; keeps the buffer. */
  public void reset() {
    count = 0;
  }

  /** How many bytes were written since the last reset. */
  public int size() {
    return count;
  }

  /** A copy of what was written since the last reset. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, count);
  }

  @Override
  public void write(int b) {
    ensure(1);
    buf[count++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buf, count, len);
    count += len;
  }

  private void ensure(int more) {
    if (count + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
    }
  }
}
