package fr.fejdoc.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fejdoc.check.Messages;
import fr.fejdoc.text.RecordJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows kept beside built documents: every catalogue entry of the examples (and of hostile
 * projects, with their findings) comes back equal through {@link RecordJson}; what is not exactly a
 * row is refused, never half-read.
 */
class RowCacheTest {
  @TempDir Path tmp;

  @Test
  void everyEntryComesBackEqual() throws Exception {
    List<CatalogueEntry> entries =
        CatalogueFixtures.allEntries(CatalogueFixtures.PROJECTS, tmp.resolve("out"));
    assertThat(entries).hasSizeGreaterThanOrEqualTo(5);
    for (CatalogueEntry e : entries) {
      RowCache.Row row = new RowCache.Row(e, "rapport « é »\n\t\"x\"\\", 1, 2, 3, 4);
      String json = RecordJson.write(row);
      assertThat(RecordJson.read(json, RowCache.Row.class)).as(e.project()).isEqualTo(row);
      RowCache.write(tmp, e.project(), "empreinte", List.of("a.html"), Messages.Lang.FR, row);
      assertThat(RowCache.read(tmp, e.project(), "empreinte", List.of("a.html"), Messages.Lang.FR))
          .isEqualTo(row);
      // other inputs, other files, another language: not this row
      assertThat(RowCache.read(tmp, e.project(), "autre", List.of("a.html"), Messages.Lang.FR))
          .isNull();
      assertThat(RowCache.read(tmp, e.project(), "empreinte", List.of("b.html"), Messages.Lang.FR))
          .isNull();
      assertThat(RowCache.read(tmp, e.project(), "empreinte", List.of("a.html"), Messages.Lang.EN))
          .isNull();
    }
  }

  @Test
  void whatIsNotExactlyARowIsRefused() {
    record Small(String a, Integer b, List<Long> c) {}
    for (String bad :
        List.of(
            "",
            "{",
            "{\"a\":\"x\",\"b\":1}", // a field missing
            "{\"a\":\"x\",\"b\":1,\"c\":[],\"d\":2}", // one too many
            "{\"a\":\"x\",\"b\":1.5,\"c\":[]}", // not an integer
            "{\"a\":1,\"b\":1,\"c\":[]}", // not a string
            "{\"a\":\"x\",\"a\":\"y\",\"b\":1,\"c\":[]}", // a key twice
            "{\"a\":\"x\",\"b\":1,\"c\":[]} x", // text after
            "{\"a\":\"\\u12\",\"b\":1,\"c\":[]}", // a broken escape
            "[".repeat(10_000))) {
      assertThatThrownBy(() -> RecordJson.read(bad, Small.class))
          .as(bad.length() > 40 ? bad.substring(0, 40) : bad)
          .isInstanceOf(RecordJson.Unreadable.class);
    }
  }
}
