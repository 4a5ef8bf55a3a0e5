package fr.fejdoc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.load.Keys;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fuzzers' YAML dictionary follows the input contract: every key and choice of {@link Keys}.
 */
class DictionaryTest {
  @Test
  void yamlDictionaryHasEveryKeyOfTheContract() throws Exception {
    String dict = resource("/fr/fejdoc/fuzz/yaml.dict");
    List<String> keys = new ArrayList<>();
    for (Field f : Keys.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers())) continue;
      Object v = f.get(null);
      if (v instanceof List<?> l) for (Object o : l) keys.add((String) o);
      else if (v instanceof String s) keys.add(s);
    }
    assertThat(keys).hasSizeGreaterThan(50);
    for (String k : keys) assertThat(dict).as("yaml.dict").contains("\n\"" + k + ": \"\n");
  }

  @Test
  void dictionariesAreInLibFuzzerFormat() throws Exception {
    for (String name : List.of("yaml.dict", "markdown.dict", "markup.dict")) {
      for (String line : resource("/fr/fejdoc/fuzz/" + name).split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) continue;
        // one "token" per line: printable ASCII, other bytes as \xNN
        assertThat(line)
            .as(name)
            .matches("\"([\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\\"|\\\\\\\\|\\\\x[0-9A-F]{2})*\"");
      }
    }
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = DictionaryTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
