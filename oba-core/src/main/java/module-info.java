/**
 * oba-core: outcomes frameworks, child- and family-level records, and the computations of
 * Outcomes Based Accountability over them. Pure Java; its run-time dependencies are SLF4J's API
 * (oba logs counts only, and only when the application has an SLF4J provider: without one it
 * says nothing, and SLF4J prints no warning), Apache Commons Statistics (the quantiles of
 * intervals) and ojAlgo (linear programming, for the disclosure audit).
 */
@org.jspecify.annotations.NullMarked
module org.obaframework.core {
  requires static org.jspecify;
  requires static org.immutables.value;
  requires org.slf4j;
  requires org.apache.commons.statistics.distribution;
  // ojAlgo's jar has no module descriptor nor Automatic-Module-Name: its automatic name is ojalgo.
  requires ojalgo;

  // Whether the application has an SLF4J provider, before SLF4J is asked for a logger.
  uses org.slf4j.spi.SLF4JServiceProvider;

  exports org.obaframework.core;
  exports org.obaframework.core.framework;
  exports org.obaframework.core.records;
  exports org.obaframework.core.change;
  exports org.obaframework.core.stats;
  exports org.obaframework.core.aggregate;
  exports org.obaframework.core.report;
  exports org.obaframework.core.curve;
}
