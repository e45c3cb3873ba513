package org.qms4j.benchmarks;

import java.util.Locale;
import org.qms4j.benchmarks.drools.DroolsModel;

/**
 * Checks every implementation against qms4j at the given sizes without JMH, with one timing of
 * each: a quick way to see that the benchmarks' {@code @Setup} checks will pass.
 *
 * <pre>
 * java -cp qms-benchmarks/target/benchmarks.jar org.qms4j.benchmarks.CrossCheck S M L
 * </pre>
 */
public final class CrossCheck {
  private CrossCheck() {}

  public static void main(String[] args) {
    String[] sizes = args.length == 0 ? new String[] {"S", "M"} : args;
    DroolsModel model = new DroolsModel();
    for (String name : sizes) {
      long t0 = System.nanoTime();
      Workload w = new Workload(Size.valueOf(name), 20261125L, true);
      System.out.printf(Locale.ROOT, "%s: generated and checked in %.0f ms; qms4j %s%n",
          name, (System.nanoTime() - t0) / 1e6, Verdicts.format(w.expected));
      System.out.printf(Locale.ROOT, "  after the evidence change %s%n  after the finding change  %s%n",
          Verdicts.format(w.expectedAfterEvidence), Verdicts.format(w.expectedAfterFinding));
      Verdicts.check("hand-written arrays", w.expected, new HandWritten.Arrays1Pass(w.system, w.asOf).countVerdicts());
      DroolsModel.Facts facts = new DroolsModel.Facts(w.system, w.asOf);
      t0 = System.nanoTime();
      int[] drools = model.fullRun(facts);
      System.out.printf(Locale.ROOT, "  Drools full run %.0f ms (%,d facts)%n", (System.nanoTime() - t0) / 1e6, facts.all.size());
      Verdicts.check("Drools full run", w.expected, drools);
      Object evBefore = facts.inserted(w.evidenceBefore.id());
      Object evAfter = facts.ev(w.evidenceAfter);
      Object fBefore = facts.inserted(w.findingBefore.id());
      Object fAfter = facts.fnd(w.findingAfter);
      try (DroolsModel.Session s = model.live(facts)) {
        Verdicts.check("Drools session", w.expected, s.counts().clone());
        int[] byRequirement = s.verdicts(w.system.requirements().size());
        var results = w.engine.evaluate(w.system, w.asOf).results();
        for (int i = 0; i < byRequirement.length; i++) {
          if (byRequirement[i] != results.get(i).verdict().ordinal()) {
            throw new IllegalStateException("Drools disagrees with qms4j on " + results.get(i));
          }
        }
        Verdicts.check("Drools evidence change", w.expectedAfterEvidence, s.replace(evBefore, evAfter).clone());
        Verdicts.check("Drools evidence back", w.expected, s.replace(evAfter, evBefore).clone());
        Verdicts.check("Drools finding change", w.expectedAfterFinding, s.replace(fBefore, fAfter).clone());
        Verdicts.check("Drools finding back", w.expected, s.replace(fAfter, fBefore).clone());
      }
      var session = w.engine.session(w.system, w.asOf);
      Verdicts.check("qms4j evidence change", w.expectedAfterEvidence, Verdicts.of(session.putEvidence(w.evidenceAfter)));
      Verdicts.check("qms4j evidence back", w.expected, Verdicts.of(session.putEvidence(w.evidenceBefore)));
      Verdicts.check("qms4j finding change", w.expectedAfterFinding, Verdicts.of(session.putFinding(w.findingAfter)));
      Verdicts.check("qms4j finding back", w.expected, Verdicts.of(session.putFinding(w.findingBefore)));
      System.out.println("  every implementation agrees (Drools and the object walk requirement by requirement)");
    }
  }
}
