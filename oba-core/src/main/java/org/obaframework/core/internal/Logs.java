package org.obaframework.core.internal;

import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * oba's loggers, quiet by default: a logger is SLF4J's only when the application has an SLF4J
 * provider (a binding such as slf4j-simple or logback, found by the service loader, or named by
 * the {@code slf4j.provider} system property), and otherwise a logger that says nothing. Without
 * a provider, SLF4J itself is never initialised, so an application without one sees no "No SLF4J
 * providers were found" warning on standard error from oba.
 */
public final class Logs {
  /** Whether the application has an SLF4J provider; looked up once. */
  private static final boolean BOUND = bound();

  private Logs() {}

  /**
   * Returns the logger of a class: SLF4J's if the application has a provider, else a logger
   * that says nothing.
   *
   * @param type the class that logs
   * @return the logger
   */
  public static Logger of(Class<?> type) {
    return BOUND ? LoggerFactory.getLogger(type) : NOPLogger.NOP_LOGGER;
  }

  private static boolean bound() {
    if (System.getProperty(LoggerFactory.PROVIDER_PROPERTY_KEY) != null) {
      return true;
    }
    try {
      // Provider types only: no provider is instantiated here, so none is initialised twice.
      return ServiceLoader.load(SLF4JServiceProvider.class, Logs.class.getClassLoader()).stream()
          .findAny().isPresent();
    } catch (java.util.ServiceConfigurationError e) {
      // A broken provider: SLF4J reports it itself, when asked.
      return true;
    }
  }
}
