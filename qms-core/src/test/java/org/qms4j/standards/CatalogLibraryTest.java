package org.qms4j.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qms4j.InvalidModelException;
import org.qms4j.QmsException;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.CatalogLibrary;
import org.qms4j.catalog.CatalogProvider;
import org.qms4j.catalog.MappingSet;

class CatalogLibraryTest {

  @Test
  void load_findsTheStandardCatalogsThroughTheModulesProvides() {
    CatalogLibrary library = CatalogLibrary.load();

    assertThat(library.catalog(StandardCatalogs.ISO_9001)).containsSame(StandardCatalogs.iso9001());
    assertThat(library.catalogs()).extracting(Catalog::id)
        .contains(StandardCatalogs.ISO_9001, StandardCatalogs.ISO_13485, StandardCatalogs.ISO_7101, StandardCatalogs.QMSR);
    assertThat(library.mappingSet(StandardCatalogs.QMSR_TO_ISO_13485)).contains(StandardCatalogs.qmsrToIso13485());
  }

  @Test
  void mappingSetsFor_givesTheSetsBothOfWhoseCatalogsAreHeld_orDerivedFrom() {
    CatalogLibrary library = CatalogLibrary.of(List.of(new StandardCatalogProvider()));
    Catalog hospital7101 = StandardCatalogs.iso7101().extend().id(CatalogId.of("riverside-7101:2023")).build();

    assertThat(library.mappingSetsFor(List.of(hospital7101, StandardCatalogs.iso9001())))
        .containsExactly(StandardCatalogs.iso7101ToIso9001());
    assertThat(library.mappingSetsFor(List.of(StandardCatalogs.iso13485(), StandardCatalogs.qmsr())))
        .containsExactly(StandardCatalogs.qmsrToIso13485());
    assertThat(library.mappingSetsFor(List.of(StandardCatalogs.iso13485()))).isEmpty();
  }

  @Test
  void of_twoProvidersOfOneCatalog_isRefusedNamingBoth() {
    CatalogProvider again = () -> List.of(StandardCatalogs.iso9001());

    assertThatThrownBy(() -> CatalogLibrary.of(List.of(new StandardCatalogProvider(), again)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("catalog iso-9001:2015 is provided by both org.qms4j.standards.StandardCatalogProvider and");
  }

  @Test
  void of_twoProvidersOfOneMappingSet_isRefused() {
    CatalogProvider again =
        new CatalogProvider() {
          @Override
          public List<Catalog> catalogs() {
            return List.of();
          }

          @Override
          public List<MappingSet> mappingSets() {
            return List.of(StandardCatalogs.iso7101ToIso9001());
          }
        };

    assertThatThrownBy(() -> CatalogLibrary.of(List.of(new StandardCatalogProvider(), again)))
        .hasMessageContaining("mapping set iso-7101-to-iso-9001 is provided by both");
  }

  @Test
  void of_providerThatThrows_isNamed() {
    CatalogProvider broken = () -> {
      throw new IllegalStateException("no database");
    };

    assertThatThrownBy(() -> CatalogLibrary.of(List.of(broken)))
        .isInstanceOf(QmsException.class)
        .hasMessageContaining("failed: java.lang.IllegalStateException: no database")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void lookups_refuseNull() {
    CatalogLibrary library = CatalogLibrary.of(List.of());
    assertThatThrownBy(() -> library.catalog(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> library.mappingSet(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> CatalogLibrary.of(null)).isInstanceOf(NullPointerException.class).hasMessage("providers");
  }
}
