package org.obaframework.examples.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What Maven Central asks of oba's published modules (oba-bom, oba-core, oba-json, oba-jdbc): the
 * project's metadata in the POM, and the licence and notice in every jar the build makes.
 */
class PublishedArtifactsIT {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final String VERSION = version();

  @ParameterizedTest
  @ValueSource(strings = {"oba-core", "oba-json", "oba-jdbc"})
  void everyJarCarriesTheLicenceAndTheNotice(String module) throws Exception {
    for (String suffix : List.of("", "-sources")) {
      Path file = ROOT.resolve(module + "/target/" + module + "-" + VERSION + suffix + ".jar");
      try (JarFile jar = new JarFile(file.toFile())) {
        assertThat(jar.getEntry("META-INF/LICENSE")).as("%s", file).isNotNull();
        assertThat(jar.getEntry("META-INF/NOTICE")).as("%s", file).isNotNull();
      }
    }
    assertThat(ROOT.resolve(module + "/target/" + module + "-" + VERSION + "-javadoc.jar"))
        .exists();
  }

  @Test
  void theRootPomCarriesCentralsMetadata() throws Exception {
    String project = Files.readString(ROOT.resolve("pom.xml"));
    for (String element : List.of("name", "description", "url", "licenses", "developers",
        "scm", "organization", "issueManagement")) {
      assertThat(text(project, element)).as(element).isNotBlank();
    }
    assertThat(text(project, "licenses")).contains("Apache-2.0");
    assertThat(text(project, "scm")).contains("scm:git:");
    assertThat(project).contains("<id>release</id>", "maven-gpg-plugin",
        "<gpg.skip>true</gpg.skip>");
  }

  @Test
  void theJavadocFooterClaimsNoRightsTheLicenceDoesNotReserve() throws Exception {
    Path file = ROOT.resolve("oba-core/target/oba-core-" + VERSION + "-javadoc.jar");
    try (JarFile jar = new JarFile(file.toFile())) {
      String index = new String(jar.getInputStream(jar.getEntry("index-all.html"))
          .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(index).contains("the oba authors").doesNotContain("All rights reserved");
    }
  }

  @Test
  void theBomListsEveryPublishedModuleAndNoThirdPartyVersion() throws Exception {
    String flattened = Files.readString(ROOT.resolve("oba-bom/target/oba-bom.pom"));
    assertThat(flattened).contains("<artifactId>oba-core</artifactId>",
        "<artifactId>oba-json</artifactId>", "<artifactId>oba-jdbc</artifactId>",
        "<developers>", "<scm", "<licenses>");
    assertThat(flattened).doesNotContain("<parent>", "jackson", "junit");
  }

  @Test
  void theExamplesAreNotDeployed() throws Exception {
    assertThat(Files.readString(ROOT.resolve("oba-examples/pom.xml")))
        .contains("<maven.deploy.skip>true</maven.deploy.skip>");
  }

  /** The text of the first element of that name directly in the project element. */
  private static String text(String pom, String element) {
    String project = pom.replaceAll("(?s)<parent>.*?</parent>", "")
        .replaceAll("(?s)<(dependencyManagement|build|profiles|properties|modules)>.*?</\\1>", "");
    Matcher matcher = Pattern.compile("(?s)<" + element + "(?:\\s[^>]*)?>(.*?)</" + element + ">")
        .matcher(project);
    return matcher.find() ? matcher.group(1) : "";
  }

  private static String version() {
    try {
      return text(Files.readString(ROOT.resolve("pom.xml")), "version").trim();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
