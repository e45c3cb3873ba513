package org.qms4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module exports only its API package and hands the core on to its users. */
class ModuleDescriptorTest {
  @Test
  void descriptor_exportsOnlyTheApiAndRequiresTheCoreTransitively() throws Exception {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertThat(d.name()).isEqualTo("org.qms4j.report");
    assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.qms4j.report");
    assertThat(d.requires()).filteredOn(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .extracting(ModuleDescriptor.Requires::name).containsExactly("org.qms4j.core");
    assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name)
        .containsExactlyInAnyOrder("java.base", "org.qms4j.core", "org.immutables.value.annotations");
    assertThat(d.requires()).filteredOn(r -> r.name().equals("org.immutables.value.annotations"))
        .allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
  }
}
