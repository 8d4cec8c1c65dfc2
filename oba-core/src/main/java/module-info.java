/**
 * oba-core: outcomes frameworks, child- and family-level records, and the computations of
 * Outcomes Based Accountability over them. Pure Java; its only run-time dependency is SLF4J.
 */
@org.jspecify.annotations.NullMarked
module org.obaframework.core {
  requires static org.jspecify;
  requires static org.immutables.value;
  requires org.slf4j;
  requires org.apache.commons.statistics.distribution;

  exports org.obaframework.core;
  exports org.obaframework.core.framework;
  exports org.obaframework.core.records;
  exports org.obaframework.core.change;
  exports org.obaframework.core.stats;
  exports org.obaframework.core.aggregate;
  exports org.obaframework.core.report;
  exports org.obaframework.core.curve;
}
