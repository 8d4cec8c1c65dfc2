package org.obaframework.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ResolvedModule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A developer embedding oba renders report cards without picocli, Jackson or a logging backend:
 * the HTML example runs in a fresh JVM whose class path holds only oba-examples' classes,
 * oba-core and what oba-core's module requires at run time (the SLF4J API, without a provider;
 * its statistics and optimisation libraries).
 */
class RendersWithoutTheCliTest {
  @Test
  void rendersWithOnlyObaCoreAndItsRuntimeDependencies(@TempDir Path directory) throws Exception {
    List<String> path = new ArrayList<>();
    path.add(Path.of("target", "classes").toAbsolutePath().toString());
    path.add(Path.of("..", "oba-core", "target", "classes").toAbsolutePath().toString());
    // oba-core's runtime dependencies: what its module requires, transitively, but not static.
    Configuration boot = ModuleLayer.boot().configuration();
    Deque<String> next = new ArrayDeque<>(List.of("org.obaframework.core"));
    Set<String> seen = new HashSet<>();
    while (!next.isEmpty()) {
      ResolvedModule module = boot.findModule(next.pop()).orElseThrow();
      for (ModuleDescriptor.Requires requires : module.reference().descriptor().requires()) {
        if (!requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
            && !requires.name().startsWith("java.") && !requires.name().startsWith("jdk.")
            && seen.add(requires.name())) {
          next.add(requires.name());
          path.add(Path.of(boot.findModule(requires.name()).orElseThrow().reference()
              .location().orElseThrow()).toString());
        }
      }
    }
    assertThat(seen).contains("org.slf4j");
    assertThat(path).noneMatch(p -> p.contains("picocli") || p.contains("jackson")
        || p.contains("slf4j-simple") || p.contains("oba-json"));
    Path err = directory.resolve("err.txt");
    Process java = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-cp", String.join(File.pathSeparator, path),
        "org.obaframework.examples.html.HtmlReportExample", directory.toString())
        .redirectErrorStream(true).redirectOutput(err.toFile()).start();
    assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(java.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
    assertThat(Files.readString(directory.resolve("report-card.html")))
        .startsWith("<!DOCTYPE html>").contains("class=\"small-curve\"");
  }
}
