package org.obaframework.json;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider for the tests of oba-json that keeps every log line at every level, as it
 * would be written, so that a test can assert that no line holds a child's data. Chosen by the
 * system property {@code slf4j.provider}, which the build sets for this module's tests.
 */
public final class CapturingLogs implements SLF4JServiceProvider {
  private static final List<String> LINES = new ArrayList<>();

  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();
  private final ILoggerFactory loggers = Capturing::new;

  /** Creates the provider; SLF4J does. */
  public CapturingLogs() {}

  /**
   * Returns the lines logged so far, and forgets them.
   *
   * @return the lines, in the order logged
   */
  public static List<String> take() {
    synchronized (LINES) {
      List<String> lines = List.copyOf(LINES);
      LINES.clear();
      return lines;
    }
  }

  /**
   * Tells whether this provider is the one SLF4J uses, so that a test relying on it fails when
   * it is not (rather than pass on a silent no-operation logger).
   *
   * @return whether logging is captured
   */
  public static boolean isActive() {
    return org.slf4j.LoggerFactory.getILoggerFactory().getLogger("check") instanceof Capturing;
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    // Nothing to set up.
  }

  /** A logger of every level that keeps its formatted lines. */
  private static final class Capturing extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    Capturing(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return Capturing.class.getName();
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
        Object[] arguments, Throwable throwable) {
      String line = level + " " + name + " " + MessageFormatter.basicArrayFormat(pattern,
          arguments) + (throwable == null ? "" : " " + throwable);
      synchronized (LINES) {
        LINES.add(line);
      }
    }
  }
}
