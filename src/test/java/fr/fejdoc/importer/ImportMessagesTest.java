package fr.fejdoc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the importer's readers can give (a literal {@code "import.x"} key of a {@code
 * NotImportable}) has its message {@code cli.importer.x} in French and in English: a refused file
 * is always said in words, never as a key.
 */
class ImportMessagesTest {
  private static final Pattern KEY = Pattern.compile("\"import\\.([a-z-]+)\"");

  @Test
  void everyRefusalHasItsMessageInBothLanguages() throws Exception {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> s = Files.list(Path.of("src/main/java/fr/fejdoc/importer"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(p));
        while (m.find()) keys.add(m.group(1));
      }
    }
    // the command's own refusals
    Matcher m =
        KEY.matcher(Files.readString(Path.of("src/main/java/fr/fejdoc/cli/ImportCommand.java")));
    while (m.find()) keys.add(m.group(1));
    assertThat(keys).contains("not-a-note", "pdf-encrypted", "docx-unreadable", "too-slow");
    for (String lang : new String[] {"fr", "en"}) {
      Properties p = new Properties();
      try (InputStream in =
          getClass().getResourceAsStream("/fr/fejdoc/messages_" + lang + ".properties")) {
        p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      for (String k : keys) {
        assertThat(p.getProperty("cli.importer." + k))
            .as(lang + ": cli.importer." + k)
            .isNotBlank();
      }
    }
  }
}
