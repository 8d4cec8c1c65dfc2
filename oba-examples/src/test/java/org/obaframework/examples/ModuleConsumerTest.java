package org.obaframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.json.ObaModule;

/**
 * Consumes oba-core and oba-json as named JPMS modules, as a modular application would: this
 * module's descriptor requires them, and these tests run on the module path.
 */
class ModuleConsumerTest {
  @Test
  void runsAsANamedModuleThatReadsObaCoreAndObaJson() {
    Module self = ModuleConsumerTest.class.getModule();
    assertThat(self.isNamed()).isTrue();
    assertThat(self.getName()).isEqualTo("org.obaframework.examples");
    assertThat(self.canRead(Indicator.class.getModule())).isTrue();
    assertThat(self.canRead(ObaModule.class.getModule())).isTrue();
    assertThat(self.canRead(org.obaframework.jdbc.JdbcRecords.class.getModule())).isTrue();
  }

  @Test
  void exportsItsExamplePackages() {
    Set<String> exported = ModuleConsumerTest.class.getModule().getDescriptor().exports()
        .stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrder(
        "org.obaframework.examples",
        "org.obaframework.examples.cli",
        "org.obaframework.examples.cms",
        "org.obaframework.examples.html",
        "org.obaframework.examples.ifs",
        "org.obaframework.examples.population",
        "org.obaframework.examples.starter");
  }

  @Test
  void obaCoreIsANamedModuleExportingOnlyItsApi() {
    Module core = Label.class.getModule();
    assertThat(core.isNamed()).isTrue();
    assertThat(core.getName()).isEqualTo("org.obaframework.core");
    ModuleDescriptor descriptor = core.getDescriptor();
    Set<String> exported = descriptor.exports().stream()
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrder(
        "org.obaframework.core",
        "org.obaframework.core.framework",
        "org.obaframework.core.records",
        "org.obaframework.core.change",
        "org.obaframework.core.stats",
        "org.obaframework.core.aggregate",
        "org.obaframework.core.report",
        "org.obaframework.core.curve");
    assertThat(core.isExported("org.obaframework.core.internal")).isFalse();
    assertThat(core.getPackages()).contains("org.obaframework.core.internal");
  }

  @Test
  void obaCoreNeedsNeitherImmutablesNorJacksonAtRunTime() {
    ModuleDescriptor descriptor = Label.class.getModule().getDescriptor();
    Set<String> mandatory = descriptor.requires().stream()
        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());
    // ojAlgo audits disclosure control; its jar names no module, so its automatic name is ojalgo.
    assertThat(mandatory).containsExactlyInAnyOrder("java.base", "org.slf4j",
        "org.apache.commons.statistics.distribution", "ojalgo");
    assertThat(ModuleLayer.boot().findModule("org.immutables.value")).isEmpty();
  }

  @Test
  void obaJsonProvidesItsJacksonModuleToTheServiceLoader() {
    ModuleDescriptor descriptor = ObaModule.class.getModule().getDescriptor();
    assertThat(ObaModule.class.getModule().getName()).isEqualTo("org.obaframework.json");
    assertThat(descriptor.provides())
        .anySatisfy(p -> {
          assertThat(p.service()).isEqualTo("tools.jackson.databind.JacksonModule");
          assertThat(p.providers()).containsExactly("org.obaframework.json.ObaModule");
        });
  }

  @Test
  void readsFrameworkDocumentsAndShipsTheirSchemaOnTheModulePath() {
    Module json = org.obaframework.json.FrameworkJson.class.getModule();
    assertThat(json.getName()).isEqualTo("org.obaframework.json");
    assertThat(json.isExported("org.obaframework.json.internal")).isFalse();
    assertThat(org.obaframework.json.FrameworkJson.schema()).contains("draft/2020-12");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> org.obaframework.json.FrameworkJson.standard().read("{}"))
        .isInstanceOf(org.obaframework.json.JsonFormatException.class)
        .isInstanceOf(org.obaframework.core.ValidationException.class)
        .hasMessageContaining("(root) (line 1, column 1), field formatVersion: missing value");
  }

  @Test
  void readsAndWritesMeasuresDocumentsOnTheModulePath() {
    org.obaframework.json.MeasuresJson json = org.obaframework.json.MeasuresJson.standard();
    assertThat(org.obaframework.json.MeasuresJson.schema()).contains("draft/2020-12");
    String document = "{\"formatVersion\": 1, \"measures\": [{\"type\": \"count\","
        + " \"code\": \"IFS-FAMILIES\", \"name\": {\"en\": \"Families supported\"},"
        + " \"programme\": \"IFS\", \"countingUnit\": \"FAMILY\"}]}";
    java.util.List<org.obaframework.core.aggregate.MeasureDefinition> read = json.read(document);
    assertThat(read).containsExactly(org.obaframework.core.aggregate.CountMeasure.of(
        "IFS-FAMILIES", Label.of("Families supported"), "IFS",
        org.obaframework.core.framework.CountingUnit.FAMILY));
    assertThat(json.read(json.write(read))).isEqualTo(read);
  }

  @Test
  void aGeneratedImplementationIsNotVisibleOutsideOfObaCore() throws Exception {
    Class<?> hidden = Class.forName("org.obaframework.core.framework.ImmutableIndicator");
    assertThat(java.lang.reflect.Modifier.isPublic(hidden.getModifiers())).isFalse();
  }
}
