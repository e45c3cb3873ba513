package org.qms4j.benchmarks.drools;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.utils.KieHelper;
import org.qms4j.benchmarks.Verdicts;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.system.QualitySystem;

/**
 * The qms4j default decision table (rows 1 to 7, no mappings) as Drools rules, and a system turned
 * into Drools facts.
 *
 * <p>Slot states (covered, lapsed, missing) and verdicts are derived by logical insertion, so that
 * Drools' truth maintenance keeps them right when a fact changes in a live session. Final verdicts
 * are counted by a listener on {@link Outcome} insertions and deletions.
 */
public final class DroolsModel {

  /** The decision table in DRL. Verdicts and grades are ordinals of the qms4j enums. */
  public static final String DRL =
      """
      package org.qms4j.benchmarks.drools;

      import org.qms4j.benchmarks.Verdicts;

      // ---- slots: how each expected kind of a requirement is covered at the instant ----

      rule "slot covered"
      when
          AsOf( $t : instant )
          Slot( $r : req, $k : kind )
          exists Ev( req == $r, ( $k == -1 || kind == $k ), accepted == true,
                     collected <= $t, effective <= $t, expires > $t )
      then
          insertLogical( new SlotState( $r, $k, SlotState.COVERED ) );
      end

      rule "slot lapsed"
      when
          AsOf( $t : instant )
          Slot( $r : req, $k : kind )
          exists Ev( req == $r, ( $k == -1 || kind == $k ), collected <= $t )
          not Ev( req == $r, ( $k == -1 || kind == $k ), accepted == true,
                  collected <= $t, effective <= $t, expires > $t )
      then
          insertLogical( new SlotState( $r, $k, SlotState.LAPSED ) );
      end

      rule "slot missing"
      when
          AsOf( $t : instant )
          Slot( $r : req, $k : kind )
          not Ev( req == $r, ( $k == -1 || kind == $k ), collected <= $t )
      then
          insertLogical( new SlotState( $r, $k, SlotState.MISSING ) );
      end

      // ---- row 1: excluded ----

      rule "row 1: excluded"
      when
          Req( excluded == true, $r : id )
      then
          insertLogical( new Outcome( $r, 4 ) );
      end

      // ---- row 2: open major nonconformity ----

      rule "row 2: open major nonconformity"
      when
          AsOf( $t : instant )
          Req( excluded == false, $r : id )
          exists Fnd( req == $r, grade == 0, raised <= $t, closed > $t )
      then
          insertLogical( new Outcome( $r, 2 ) );
      end

      // ---- rows 4 to 7: the base verdict where no open major nonconformity decides ----

      rule "row 4: no evidence"
      when
          AsOf( $t : instant )
          Req( excluded == false, $r : id )
          not Fnd( req == $r, grade == 0, raised <= $t, closed > $t )
          not Ev( req == $r, collected <= $t )
      then
          insertLogical( new Base( $r, 3 ) );
      end

      rule "row 4: none of any expected kind"
      when
          AsOf( $t : instant )
          Req( excluded == false, $r : id )
          not Fnd( req == $r, grade == 0, raised <= $t, closed > $t )
          exists Ev( req == $r, collected <= $t )
          not SlotState( req == $r, state != SlotState.MISSING )
      then
          insertLogical( new Base( $r, 3 ) );
      end

      rule "row 5: an expected kind with only lapsed evidence"
      when
          AsOf( $t : instant )
          Req( excluded == false, $r : id )
          not Fnd( req == $r, grade == 0, raised <= $t, closed > $t )
          exists SlotState( req == $r, state == SlotState.LAPSED )
      then
          insertLogical( new Base( $r, 2 ) );
      end

      rule "row 6: partial coverage"
      when
          AsOf( $t : instant )
          Req( excluded == false, $r : id )
          not Fnd( req == $r, grade == 0, raised <= $t, closed > $t )
          not SlotState( req == $r, state == SlotState.LAPSED )
          exists SlotState( req == $r, state == SlotState.COVERED )
          exists SlotState( req == $r, state == SlotState.MISSING )
      then
          insertLogical( new Base( $r, 1 ) );
      end

      rule "row 7: full coverage"
      when
          AsOf( $t : instant )
          Req( excluded == false, $r : id )
          not Fnd( req == $r, grade == 0, raised <= $t, closed > $t )
          not SlotState( req == $r, state != SlotState.COVERED )
          exists SlotState( req == $r, state == SlotState.COVERED )
      then
          insertLogical( new Base( $r, 0 ) );
      end

      // ---- row 3: an open minor nonconformity caps the base verdict ----

      rule "row 3: open minor nonconformity caps"
      when
          AsOf( $t : instant )
          Base( $r : req, $v : verdict )
          exists Fnd( req == $r, grade == 1, raised <= $t, closed > $t )
      then
          insertLogical( new Outcome( $r, Verdicts.worse( $v, 1 ) ) );
      end

      rule "row 3: no open minor nonconformity"
      when
          AsOf( $t : instant )
          Base( $r : req, $v : verdict )
          not Fnd( req == $r, grade == 1, raised <= $t, closed > $t )
      then
          insertLogical( new Outcome( $r, $v ) );
      end
      """;

  private final KieBase kieBase;

  /** Compiles the rules. */
  public DroolsModel() {
    this.kieBase = new KieHelper().addContent(DRL, ResourceType.DRL).build();
  }

  /**
   * A system as facts: requirements, slots, one {@link Ev} per (evidence item, requirement) pair,
   * one {@link Fnd} per (finding, requirement) pair, and the instant.
   */
  public static final class Facts {
    public final AsOf asOf;
    public final List<Object> all = new ArrayList<>();
    final Map<RequirementId, Integer> index = new HashMap<>();
    final Map<Object, Object> byItem = new HashMap<>();

    /** Turns a system into facts. */
    public Facts(QualitySystem system, Instant asOf) {
      this.asOf = new AsOf(asOf.toEpochMilli());
      all.add(this.asOf);
      int i = 0;
      for (LocatedRequirement r : system.requirements()) {
        index.put(r.id(), i);
        boolean excluded = system.exclusionFor(r.id()).isPresent();
        all.add(new Req(i, excluded));
        if (!excluded) {
          if (r.requirement().expectedEvidence().isEmpty()) {
            all.add(new Slot(i, Slot.ANY));
          } else {
            for (EvidenceKind k : r.requirement().expectedEvidence()) {
              all.add(new Slot(i, k.ordinal()));
            }
          }
        }
        i++;
      }
      for (Evidence e : system.evidence()) {
        for (RequirementId r : e.requirements()) {
          Ev fact = ev(index.get(r), e);
          all.add(fact);
          byItem.put(e.id(), fact);
        }
      }
      for (Finding f : system.findings()) {
        for (RequirementId r : f.requirements()) {
          Fnd fact = fnd(index.get(r), f);
          all.add(fact);
          byItem.put(f.id(), fact);
        }
      }
    }

    /**
     * The fact inserted for an item (an evidence or finding id) that refers to one requirement.
     *
     * @param id an {@code EvidenceId} or a {@code FindingId}
     * @return the fact
     */
    public Object inserted(Object id) {
      Object fact = byItem.get(id);
      if (fact == null) {
        throw new IllegalArgumentException("no fact for " + id);
      }
      return fact;
    }

    /** The fact for an evidence item of a single requirement. */
    public Ev ev(Evidence e) {
      return ev(index.get(e.requirements().iterator().next()), e);
    }

    /** The fact for a finding against a single requirement. */
    public Fnd fnd(Finding f) {
      return fnd(index.get(f.requirements().iterator().next()), f);
    }

    private static Ev ev(int req, Evidence e) {
      return new Ev(
          req,
          e.kind().ordinal(),
          e.status() == EvidenceStatus.ACCEPTED,
          e.collectedAt().toEpochMilli(),
          e.effectiveFrom().toEpochMilli(),
          e.expiresAt().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE));
    }

    private static Fnd fnd(int req, Finding f) {
      return new Fnd(
          req,
          f.grade().ordinal(),
          f.raisedAt().toEpochMilli(),
          f.closedAt().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE));
    }
  }

  /** A session with its verdict counter. */
  public final class Session implements AutoCloseable {
    private final KieSession session;
    private final int[] counts = new int[Verdicts.COUNT];
    private final Map<Object, FactHandle> handles = new HashMap<>();

    Session(Facts facts, boolean keepHandles) {
      session = kieBase.newKieSession();
      session.addEventListener(
          new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
              if (event.getObject() instanceof Outcome) {
                counts[((Outcome) event.getObject()).getVerdict()]++;
              }
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
              if (event.getOldObject() instanceof Outcome) {
                counts[((Outcome) event.getOldObject()).getVerdict()]--;
              }
            }

            @Override
            public void objectUpdated(ObjectUpdatedEvent event) {
              if (event.getObject() instanceof Outcome) {
                throw new IllegalStateException("outcomes are never updated");
              }
            }
          });
      for (Object fact : facts.all) {
        FactHandle h = session.insert(fact);
        if (keepHandles) {
          handles.put(fact, h);
        }
      }
      session.fireAllRules();
    }

    /**
     * The verdict of every requirement, by requirement index (the system's order).
     *
     * @param requirements how many requirements the facts hold
     * @return verdict ordinals; -1 where no outcome was derived
     */
    public int[] verdicts(int requirements) {
      int[] verdicts = new int[requirements];
      java.util.Arrays.fill(verdicts, -1);
      for (Object o : session.getObjects(f -> f instanceof Outcome)) {
        Outcome outcome = (Outcome) o;
        if (verdicts[outcome.getReq()] != -1) {
          throw new IllegalStateException("two outcomes for requirement " + outcome.getReq());
        }
        verdicts[outcome.getReq()] = outcome.getVerdict();
      }
      return verdicts;
    }

    /** The verdict counts now; the live array, do not change it. */
    public int[] counts() {
      return counts;
    }

    /**
     * Replaces one fact by another and fires.
     *
     * @param before a fact inserted earlier (or put here earlier)
     * @param after its replacement
     * @return the counts after the change
     */
    public int[] replace(Object before, Object after) {
      FactHandle h = handles.remove(before);
      if (h == null) {
        throw new IllegalArgumentException("not a fact of this session: " + before);
      }
      session.update(h, after);
      handles.put(after, h);
      session.fireAllRules();
      return counts;
    }

    @Override
    public void close() {
      session.dispose();
    }
  }

  /**
   * The full run: a new session, every fact inserted, every rule fired, the session disposed.
   *
   * @return the verdict counts
   */
  public int[] fullRun(Facts facts) {
    try (Session s = new Session(facts, false)) {
      return s.counts().clone();
    }
  }

  /**
   * Opens a live session holding every fact, rules fired, for incremental updates.
   *
   * @return the session; close it
   */
  public Session live(Facts facts) {
    return new Session(facts, true);
  }
}
