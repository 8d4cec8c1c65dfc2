package org.obaframework.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** oba-jdbc is a named module that exports its one package and needs only oba-core and java.sql. */
class ModuleTest {
  @Test
  void isANamedModuleExportingItsApiAndRequiringOnlyCoreAndJavaSql() {
    Module module = JdbcRecords.class.getModule();
    assertThat(module.isNamed()).isTrue();
    assertThat(module.getName()).isEqualTo("org.obaframework.jdbc");
    ModuleDescriptor descriptor = module.getDescriptor();
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.obaframework.jdbc");
    assertThat(descriptor.requires().stream()
        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("java.base", "java.sql", "org.obaframework.core");
  }
}
