package org.qms4j.plan;

/** How far {@link Schedule#level(Levelling)} may move tasks to relieve over-allocated people. */
public enum Levelling {
  /**
   * Only within each task's slack: the project's finish stays where it was, critical tasks stay
   * where they were, and what cannot be relieved that way stays over-allocated.
   */
  WITHIN_SLACK,
  /**
   * As late as it takes: a task may start after its latest start, which moves the project's finish
   * ({@link Move#beyondSlack()} says which tasks did). What stays over-allocated is mostly a task
   * with more hours than its person's week, which levelling spreads over two weeks as far as that
   * helps.
   */
  EXTEND_FINISH
}
