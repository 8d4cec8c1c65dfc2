package org.obaframework.examples.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where the measures of a report card come from: {@code --measures}, else the built-in ones. */
final class MeasuresOption {
  @Option(names = "--measures", paramLabel = "FILE",
      description = "The measures of the report card, a MeasuresJson document, checked against "
          + "the framework. Default: the built-in measures.")
  @Nullable Path file;
}
