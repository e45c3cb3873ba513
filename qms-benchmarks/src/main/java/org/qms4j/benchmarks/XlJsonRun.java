package org.qms4j.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.qms4j.benchmarks.json.Streaming;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.finding.FindingId;
import org.qms4j.json.JsonDocument;
import org.qms4j.json.QmsJson;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.RegisterType;
import org.qms4j.system.Registers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The XL JSON run (not JMH): one JVM generates the XL system (1,000,000 evidence items) and writes
 * it to a file with qms-json; a second JVM, under the heap limit that is the target, reads it
 * back and checks it. Run the two steps as two commands:
 *
 * <pre>
 * java -Xmx1g -cp qms-benchmarks/target/benchmarks.jar org.qms4j.benchmarks.XlJsonRun write /tmp/xl.json
 * java -Xmx1g -cp qms-benchmarks/target/benchmarks.jar org.qms4j.benchmarks.XlJsonRun read /tmp/xl.json
 * </pre>
 *
 * <p>Optional third and fourth arguments: the size (XL) and the seed (20261125). Both steps
 * print wall times (single shots, not JMH), the highest heap use seen while reading or writing
 * (the heap used just before each garbage collection, the most of those and of the heap used at
 * the end: garbage included, so it grows with the heap limit), the most heap still used just after
 * a collection in that time (the live data's high-water mark, as far as the collections show it)
 * and the heap used after a full GC.
 *
 * <p>The reading step checks the system it read, and then drops it: writing it again gives the
 * file's bytes (SHA-256), and the system generated again from the seed has the same register
 * sizes, the same sample items and also writes exactly the file's bytes. Since the format is
 * lossless (the round-trip properties of qms-json), equal documents mean equal systems; the two
 * systems are never held at once, so that the check fits in the same heap.
 */
public final class XlJsonRun {
  private XlJsonRun() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || !(args[0].equals("write") || args[0].equals("read"))) {
      System.err.println("usage: XlJsonRun write|read FILE [SIZE [SEED]]");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    Size size = args.length > 2 ? Size.valueOf(args[2]) : Size.XL;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261125L;
    System.out.printf(
        Locale.ROOT,
        "%s %s: %,d requirements, %,d evidence, %,d findings; max heap %,d MiB; %s%n",
        args[0], size, size.requirements, size.evidence, size.findings,
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.version"));
    HeapWatch watch = new HeapWatch();
    if (args[0].equals("write")) {
      write(file, size, seed, watch);
    } else {
      read(file, size, seed, watch);
    }
  }

  private static void write(Path file, Size size, long seed, HeapWatch watch) throws IOException {
    JsonDocument<QualitySystem> json = QmsJson.standard().system();
    long base = XlMemoryRun.usedAfterGc();
    long t0 = System.nanoTime();
    QualitySystem system = SyntheticSystems.generate(size, seed);
    XlMemoryRun.line("generate + build the system", System.nanoTime() - t0);
    long withSystem = XlMemoryRun.usedAfterGc();

    watch.start();
    t0 = System.nanoTime();
    json.write(system, file);
    long took = System.nanoTime() - t0;
    long peak = watch.stop();
    long bytes = Files.size(file);
    XlMemoryRun.line("write the file with qms-json", took);
    System.out.printf(Locale.ROOT, "%-48s %,15d bytes (%.1f MB/s)%n", "file size", bytes, bytes / 1e3 / (took / 1e6));
    System.out.printf(Locale.ROOT, "%-48s %s%n", "file SHA-256", sha256(file));
    mib("heap used after GC, before generating", base);
    mib("heap used after GC, system held", withSystem);
    mib("peak heap used while writing (before a GC)", peak);
    afterGc("peak heap used after a GC while writing", watch);
    gcs("while writing", watch);
    java.lang.ref.Reference.reachabilityFence(system);
  }

  private static void read(Path file, Size size, long seed, HeapWatch watch) throws IOException {
    JsonDocument<QualitySystem> json = QmsJson.standard().system();
    long bytes = Files.size(file);
    String fileHash = sha256(file);
    System.out.printf(Locale.ROOT, "%-48s %,15d bytes, SHA-256 %s%n", "file", bytes, fileHash);
    long base = XlMemoryRun.usedAfterGc();

    // the near-limit first (it also brings the file into the page cache for both passes)
    Streaming streaming = new Streaming(JsonMapper.builder().build().tokenStreamFactory());
    long t0 = System.nanoTime();
    long tokens;
    try (InputStream in = Files.newInputStream(file)) {
      tokens = streaming.pullTokens(in);
    }
    long took = System.nanoTime() - t0;
    XlMemoryRun.line("pull every token (Jackson streaming, nothing built)", took);
    rate(bytes, took);

    watch.start();
    t0 = System.nanoTime();
    QualitySystem system = json.read(file);
    took = System.nanoTime() - t0;
    long peak = watch.stop();
    XlMemoryRun.line("read the system with qms-json", took);
    rate(bytes, took);
    long withSystem = XlMemoryRun.usedAfterGc();
    mib("heap used after GC, before reading", base);
    mib("peak heap used while reading (before a GC)", peak);
    afterGc("peak heap used after a GC while reading", watch);
    mib("heap used after GC, system held", withSystem);
    gcs("while reading", watch);
    System.out.printf(Locale.ROOT, "(token pull checksum %d)%n", tokens);

    // the checks: written again, the system gives the file's bytes
    t0 = System.nanoTime();
    String again = writtenHash(json, system);
    XlMemoryRun.line("write it again to a SHA-256 digest", System.nanoTime() - t0);
    check("write(read(file)) is the file, byte for byte", again.equals(fileHash));
    int[] counts = counts(system);
    List<Object> samples = samples(system, size);
    system = null;
    XlMemoryRun.usedAfterGc();

    // and the system generated again from the seed is the same system
    t0 = System.nanoTime();
    QualitySystem generated = SyntheticSystems.generate(size, seed);
    XlMemoryRun.line("generate the system again from the seed", System.nanoTime() - t0);
    check("register sizes equal those generated", java.util.Arrays.equals(counts, counts(generated)));
    check("sample items equal those generated", samples.equals(samples(generated, size)));
    check("the generated system writes the file's bytes", writtenHash(json, generated).equals(fileHash));
    System.out.printf(Locale.ROOT, "register sizes: %s%n", registerSizes(counts));
  }

  private static int[] counts(QualitySystem s) {
    List<RegisterType<?, ?>> types = Registers.all();
    int[] c = new int[types.size() + 3];
    for (int i = 0; i < types.size(); i++) {
      c[i] = s.register(types.get(i)).size();
    }
    c[types.size()] = s.catalogs().size();
    c[types.size() + 1] = s.requirements().size();
    c[types.size() + 2] = s.exclusions().size();
    return c;
  }

  private static String registerSizes(int[] c) {
    StringBuilder out = new StringBuilder();
    List<RegisterType<?, ?>> types = Registers.all();
    for (int i = 0; i < types.size(); i++) {
      if (c[i] != 0) {
        out.append(types.get(i).name()).append(' ').append(String.format(Locale.ROOT, "%,d", c[i])).append(", ");
      }
    }
    return out.append(String.format(Locale.ROOT, "catalogs %d, requirements %,d, exclusions %d",
        c[types.size()], c[types.size() + 1], c[types.size() + 2])).toString();
  }

  /** A few items from everywhere in the system: first, middle and last evidence, findings, actions. */
  private static List<Object> samples(QualitySystem s, Size size) {
    return List.of(
        s.evidence(EvidenceId.of("EV-0")).orElseThrow(),
        s.evidence(EvidenceId.of("EV-" + size.evidence / 2)).orElseThrow(),
        s.evidence(EvidenceId.of("EV-" + (size.evidence - 1))).orElseThrow(),
        s.finding(FindingId.of("F-0")).orElseThrow(),
        s.finding(FindingId.of("F-" + (size.findings - 1))).orElseThrow(),
        s.correctiveActions().get(0),
        s.correctiveActions().get(s.correctiveActions().size() - 1),
        s.audits().get(0),
        s.catalogs().get(s.catalogs().size() - 1),
        s.exclusions());
  }

  private static String writtenHash(JsonDocument<QualitySystem> json, QualitySystem s) {
    MessageDigest sha = sha();
    try (OutputStream out =
        new java.io.BufferedOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), sha), 1 << 16)) {
      json.write(s, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest sha = sha();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        sha.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void check(String what, boolean ok) {
    System.out.printf(Locale.ROOT, "check: %-60s %s%n", what, ok ? "yes" : "NO");
    if (!ok) {
      throw new IllegalStateException("check failed: " + what);
    }
  }

  /**
   * The most heap used between {@link #start} and {@link #stop}: the heap used just before each
   * collection in between (between collections the heap only grows), and at the end.
   */
  static final class HeapWatch {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private volatile boolean on;
    private long gcCount;
    private long gcMillis;

    HeapWatch() {
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener(
            (n, h) -> {
              if (on && n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                peak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                peakAfterGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
              }
            },
            null,
            null);
      }
    }

    private static long heapUsed(Map<String, MemoryUsage> pools) {
      long used = 0;
      for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
        if (isHeap(e.getKey())) {
          used += e.getValue().getUsed();
        }
      }
      return used;
    }

    private static boolean isHeap(String pool) {
      return ManagementFactory.getMemoryPoolMXBeans().stream()
          .anyMatch(p -> p.getName().equals(pool) && p.getType() == java.lang.management.MemoryType.HEAP);
    }

    void start() {
      peak.set(0);
      peakAfterGc.set(0);
      gcCount = -collections();
      gcMillis = -collectionMillis();
      on = true;
    }

    long stop() {
      peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
      gcCount += collections();
      gcMillis += collectionMillis();
      // notifications arrive on another thread, shortly after each collection
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      on = false;
      return peak.get();
    }

    /** The most heap used just after a collection between start and stop: live data and what G1 kept. */
    long peakAfterGc() {
      return peakAfterGc.get();
    }

    private static long collections() {
      return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long collectionMillis() {
      return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
  }

  private static void afterGc(String what, HeapWatch w) {
    if (w.gcCount == 0) {
      System.out.printf(Locale.ROOT, "%-48s %12s%n", what, "(no collection)");
    } else {
      mib(what, w.peakAfterGc());
    }
  }

  private static void gcs(String when, HeapWatch w) {
    System.out.printf(Locale.ROOT, "%-48s %,12d collections, %,d ms%n", "garbage collection " + when, w.gcCount, w.gcMillis);
  }

  private static void rate(long bytes, long nanos) {
    System.out.printf(Locale.ROOT, "%-48s %,12.1f MB/s%n", "", bytes / 1e3 / (nanos / 1e6));
  }

  private static void mib(String what, long bytes) {
    System.out.printf(Locale.ROOT, "%-48s %,12.1f MiB%n", what, bytes / 1048576.0);
  }
}
