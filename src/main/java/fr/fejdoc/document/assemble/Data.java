package fr.fejdoc.document.assemble;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map for templates that leaves out null values (templates test presence with {@code ??} and give
 * defaults with {@code !}). Only strings, numbers, booleans, lists and maps go in: the template
 * engine wraps nothing else, so templates can never reach a Java object.
 */
final class Data extends LinkedHashMap<String, Object> {
  private static final long serialVersionUID = 1L;

  Data with(String key, Object value) {
    if (value != null) put(key, value);
    return this;
  }

  static Data of(Object... keyValues) {
    Data d = new Data();
    for (int i = 0; i < keyValues.length; i += 2) d.with((String) keyValues[i], keyValues[i + 1]);
    return d;
  }

  static Map<String, Object> copy(Map<String, Object> m) {
    return new LinkedHashMap<>(m);
  }
}
