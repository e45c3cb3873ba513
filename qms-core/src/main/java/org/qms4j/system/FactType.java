package org.qms4j.system;

/**
 * A kind of fact a quality system holds beyond its catalogs: one of its {@linkplain RegisterType
 * registers}, or a {@linkplain HostFactKey host fact}. A rule names the fact types it reads, so
 * that a conformity session knows what to re-evaluate when they change.
 */
public sealed interface FactType permits RegisterType, HostFactKey {

  /**
   * The name of the fact type, such as {@code evidence} or a host fact's key.
   *
   * @return the name
   */
  String name();
}
