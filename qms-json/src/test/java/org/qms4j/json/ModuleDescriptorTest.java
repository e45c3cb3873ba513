package org.qms4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;

/**
 * The module is packaged the Jackson way: its descriptor provides the {@link JacksonModule} and
 * exports only the API package, and the class-path service file names the same module.
 */
class ModuleDescriptorTest {
  @Test
  void theDescriptorProvidesTheJacksonModuleAndExportsOnlyTheApi() throws Exception {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertThat(d.name()).isEqualTo("org.qms4j.json");
    assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.qms4j.json");
    assertThat(d.provides()).singleElement().satisfies(p -> {
      assertThat(p.service()).isEqualTo(JacksonModule.class.getName());
      assertThat(p.providers()).containsExactly(QmsJsonModule.class.getName());
    });
    assertThat(d.requires()).filteredOn(r -> r.modifiers().contains(
            ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .extracting(ModuleDescriptor.Requires::name)
        .contains("org.qms4j.core", "tools.jackson.databind");
  }

  @Test
  void theServiceFileNamesTheModuleAndServiceLoaderFindsIt() throws Exception {
    String file = Files.readString(
        Path.of("target/classes/META-INF/services/" + JacksonModule.class.getName()),
        StandardCharsets.UTF_8);
    assertThat(file.strip()).isEqualTo(QmsJsonModule.class.getName());
    assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
        .contains(QmsJsonModule.class);
  }

  @Test
  void schemasShipInTheJar() {
    for (String s : new String[] {"common", "quality-system", "catalog", "mapping-set",
        "conformity-report", "records", "lifecycles"}) {
      assertThat(getClass().getResource("/org/qms4j/json/schema/1/" + s + ".schema.json"))
          .as(s).isNotNull();
    }
  }
}
