package org.qms4j.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qms4j.benchmarks.json.ByteSink;
import org.qms4j.benchmarks.json.PlainDocument;
import org.qms4j.benchmarks.json.Streaming;
import org.qms4j.json.JsonDocument;
import org.qms4j.json.QmsJson;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.RegisterType;
import org.qms4j.system.Registers;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing the whole quality-system document: qms-json against plain Jackson databind
 * of {@link PlainDocument} (records mirroring the document) and against Jackson's streaming API by
 * hand (the near-limit), at M and L.
 *
 * <p>Throughput mode: the primary figure is documents per second; the secondary {@code megabytes}
 * figure is the document's size in MB (10<sup>6</sup> bytes) times that, so it is <b>MB/s</b>
 * (JMH labels it {@code ops/s}). Time per document is 1 / the primary figure. The secondary
 * {@code cpuSeconds} figure is the JVM's CPU time per second; {@code megabytes / cpuSeconds} is MB
 * per CPU-second, which other load on the machine does not lower (see {@link Throughput}). Writing goes to a
 * reused in-memory {@link ByteSink}; reading comes from a {@code byte[]} through a {@link
 * ByteArrayInputStream}.
 *
 * <p>{@code @Setup} checks what is measured: the qms-json document read back equals the system,
 * databind and the hand-written generator write the very same bytes as qms-json, the plain
 * document read back equals the one written, and the token pull sees the same tokens in every
 * document. {@code systemBuild} is not JSON at all: it builds the {@link QualitySystem} from its
 * items (the registers' tries, indexes and checks), the part of a qms-json read that a reader into
 * plain classes does not do.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonBenchmarks {

  /** The system, its plain copy, the three documents and the readers and writers. */
  @State(Scope.Benchmark)
  public static class Documents {
    @Param({"M", "L"})
    public Size size;

    @Param("20261125")
    public long seed;

    QualitySystem system;
    PlainDocument plain;
    JsonDocument<QualitySystem> qmsJson;
    ObjectWriter databindWriter;
    ObjectReader databindReader;
    Streaming streaming;
    byte[] document;
    double megabytes;

    @Setup(Level.Trial)
    public void setUp() {
      system = SyntheticSystems.generate(size, seed);
      plain = PlainDocument.of(system);
      qmsJson = QmsJson.standard().system();
      JsonMapper mapper = JsonMapper.builder().build();
      databindWriter = mapper.writerFor(PlainDocument.class);
      databindReader = mapper.readerFor(PlainDocument.class);
      streaming = new Streaming(mapper.tokenStreamFactory());

      ByteSink sink = new ByteSink();
      qmsJson.write(system, sink);
      document = sink.toByteArray();
      sink.reset();
      databindWriter.writeValue(sink, plain);
      byte[] databind = sink.toByteArray();
      sink.reset();
      streaming.write(plain, sink);
      byte[] hand = sink.toByteArray();

      QualitySystem read = qmsJson.read(new ByteArrayInputStream(document));
      if (!read.equals(system)) {
        throw new IllegalStateException("qms-json read back a different system");
      }
      PlainDocument plainRead = databindReader.readValue(new ByteArrayInputStream(databind));
      if (!plainRead.equals(plain)) {
        throw new IllegalStateException("databind read back a different plain document");
      }
      same("databind", databind);
      same("the hand-written generator", hand);
      long tokens = streaming.pullTokens(new ByteArrayInputStream(document));
      if (streaming.pullTokens(new ByteArrayInputStream(hand)) != tokens) {
        throw new IllegalStateException("the token pull differs between documents");
      }
      if (!rebuild(system).equals(system)) {
        throw new IllegalStateException("the system built again differs");
      }
      megabytes = document.length / 1e6;
      System.out.printf(
          Locale.ROOT,
          "%n%s: qms-json, databind and streaming documents all %,d bytes (%.3f MB), identical%n",
          size, document.length, megabytes);
    }

    private void same(String who, byte[] bytes) {
      if (!Arrays.equals(bytes, document)) {
        throw new IllegalStateException(
            who + " wrote " + bytes.length + " bytes, not the " + document.length
                + " bytes qms-json wrote, or different ones");
      }
    }
  }

  /** Each thread's reused output buffer. */
  @State(Scope.Thread)
  public static class Sink {
    final ByteSink out = new ByteSink();
  }

  /**
   * The MB/s counter, and the CPU time the whole JVM (the benchmark thread, the garbage collector,
   * the JIT) spent meanwhile. JMH divides both by the iteration's wall time: {@code megabytes} is
   * MB/s, {@code cpuSeconds} the CPU-seconds used per second. Their ratio, MB per CPU-second, is
   * the speed on one core however many other processes share the machine.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Throughput {
    private static final com.sun.management.OperatingSystemMXBean OS =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /** MB processed; JMH reports it per second. */
    public double megabytes;

    /** CPU-seconds the JVM used; JMH reports it per second. */
    public double cpuSeconds;

    private long cpuAt;

    @Setup(Level.Iteration)
    public void reset() {
      megabytes = 0;
      cpuSeconds = 0;
      cpuAt = OS.getProcessCpuTime();
    }

    void done(double mb) {
      megabytes += mb;
      long now = OS.getProcessCpuTime();
      cpuSeconds += (now - cpuAt) / 1e9;
      cpuAt = now;
    }
  }

  /** qms-json writes the system. */
  @Benchmark
  public int qmsJsonWrite(Documents d, Sink s, Throughput t) {
    s.out.reset();
    d.qmsJson.write(d.system, s.out);
    t.done(d.megabytes);
    return s.out.size();
  }

  /** qms-json reads the system: parses, builds every item and then the system. */
  @Benchmark
  public QualitySystem qmsJsonRead(Documents d, Throughput t) {
    QualitySystem s = d.qmsJson.read(new ByteArrayInputStream(d.document));
    t.done(d.megabytes);
    return s;
  }

  /** Plain Jackson databind writes the plain records. */
  @Benchmark
  public int databindWrite(Documents d, Sink s, Throughput t) {
    s.out.reset();
    d.databindWriter.writeValue(s.out, d.plain);
    t.done(d.megabytes);
    return s.out.size();
  }

  /** Plain Jackson databind reads the plain records. */
  @Benchmark
  public PlainDocument databindRead(Documents d, Throughput t) {
    PlainDocument p = d.databindReader.readValue(new ByteArrayInputStream(d.document));
    t.done(d.megabytes);
    return p;
  }

  /** A hand-written {@code JsonGenerator} writes the plain records. */
  @Benchmark
  public int streamingWrite(Documents d, Sink s, Throughput t) {
    s.out.reset();
    d.streaming.write(d.plain, s.out);
    t.done(d.megabytes);
    return s.out.size();
  }

  /** A {@code JsonParser} pulls every token, building nothing. */
  @Benchmark
  public long streamingRead(Documents d, Throughput t) {
    long sum = d.streaming.pullTokens(new ByteArrayInputStream(d.document));
    t.done(d.megabytes);
    return sum;
  }

  /**
   * Not JSON: builds the system from its parts already in memory (catalogs, exclusions, every
   * register item), which a qms-json read does after parsing each item. The MB/s figure is that of
   * the document the system would be read from.
   */
  @Benchmark
  public QualitySystem systemBuild(Documents d, Throughput t) {
    QualitySystem s = rebuild(d.system);
    t.done(d.megabytes);
    return s;
  }

  /**
   * Builds a system again from its parts as the qms-json reader does: a new builder, then
   * everything added one by one, registers item by item.
   */
  static QualitySystem rebuild(QualitySystem system) {
    QualitySystem.Builder b =
        QualitySystem.builder().organisation(system.organisation()).scope(system.scope());
    system.catalogs().forEach(b::addCatalog);
    system.exclusions().forEach(b::addExclusion);
    system.mappingSets().forEach(b::addMappingSet);
    for (RegisterType<?, ?> type : Registers.all()) {
      addAll(b, system, type);
    }
    return b.build();
  }

  private static <K extends Comparable<? super K>, T> void addAll(
      QualitySystem.Builder b, QualitySystem system, RegisterType<K, T> type) {
    for (T item : system.register(type).items()) {
      b.add(type, item);
    }
  }
}
