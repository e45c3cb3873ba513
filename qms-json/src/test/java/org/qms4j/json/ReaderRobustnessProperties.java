package org.qms4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qms4j.json.testing.ExampleSystems;

/**
 * No input crashes a reader with anything but its own exception: random bytes, and the full
 * example document with random edits (cut, bytes replaced, inserted, removed, slices repeated),
 * either read or are refused with a {@link QmsJsonException}.
 */
class ReaderRobustnessProperties {
  private static final QmsJson JSON = QmsJson.standard();
  private static final QmsJson LENIENT = QmsJson.builder().lenient(true).build();
  private static final byte[] VALID =
      JSON.system().write(ExampleSystems.full()).getBytes(StandardCharsets.UTF_8);

  /** One edit of a document. */
  record Edit(int kind, int at, int length, byte value) {
    byte[] apply(byte[] doc) {
      int n = doc.length;
      if (n == 0) {
        return new byte[] {value};
      }
      int p = Math.floorMod(at, n);
      int len = Math.min(length, n - p);
      switch (kind) {
        case 0: // cut
          return java.util.Arrays.copyOf(doc, p);
        case 1: { // replace
          byte[] d = doc.clone();
          d[p] = value;
          return d;
        }
        case 2: { // insert
          byte[] d = new byte[n + 1];
          System.arraycopy(doc, 0, d, 0, p);
          d[p] = value;
          System.arraycopy(doc, p, d, p + 1, n - p);
          return d;
        }
        case 3: { // remove a range
          byte[] d = new byte[n - len];
          System.arraycopy(doc, 0, d, 0, p);
          System.arraycopy(doc, p + len, d, p, n - p - len);
          return d;
        }
        default: { // repeat a slice
          byte[] d = new byte[n + len];
          System.arraycopy(doc, 0, d, 0, p + len);
          System.arraycopy(doc, p, d, p + len, n - p);
          return d;
        }
      }
    }
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Byte> bytes = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of((byte) '{', (byte) '}', (byte) '[', (byte) ']',
            (byte) '"', (byte) ',', (byte) ':', (byte) '0', (byte) '-', (byte) 'n', (byte) '\\')),
        net.jqwik.api.Tuple.of(1, Arbitraries.bytes()));
    return Combinators.combine(Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.integers().between(1, 400), bytes)
        .as(Edit::new)
        .list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 400)
  void editedDocumentsReadOrAreRefusedWithTheModulesException(@ForAll("edits") List<Edit> edits) {
    byte[] doc = VALID;
    for (Edit e : edits) {
      doc = e.apply(doc);
    }
    net.jqwik.api.statistics.Statistics.label("strict").collect(readOrRefuse(JSON, doc));
    net.jqwik.api.statistics.Statistics.label("lenient").collect(readOrRefuse(LENIENT, doc));
  }

  @Property(tries = 300)
  void randomBytesAreRefusedWithTheModulesException(@ForAll byte[] bytes) {
    readOrRefuse(JSON, bytes);
  }

  static String readOrRefuse(QmsJson json, byte[] doc) {
    try {
      assertThat(json.system().read(new java.io.ByteArrayInputStream(doc))).isNotNull();
      return "read";
    } catch (QmsJsonException e) {
      assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(5_000);
      assertThat(e.path()).hasSizeLessThanOrEqualTo(QmsJsonException.MAX_PATH + 1);
      return "refused";
    }
  }
}
