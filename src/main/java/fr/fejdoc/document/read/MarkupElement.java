package fr.fejdoc.document.read;

import java.util.List;
import java.util.Map;

/** A parsed element of the fejdoc markup: name, attributes, children (elements or text). */
record MarkupElement(String name, Map<String, String> attributes, List<Object> children, int line) {
  String attr(String key) {
    return attributes.get(key);
  }

  String attr(String key, String fallback) {
    return attributes.getOrDefault(key, fallback);
  }

  int intAttr(String key, int fallback) {
    String v = attributes.get(key);
    if (v == null || v.isBlank()) return fallback;
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new MarkupException(line, "attribut " + key + "=\"" + v + "\" : nombre attendu");
    }
  }

  MarkupElement child(String childName) {
    for (Object c : children)
      if (c instanceof MarkupElement e && e.name.equals(childName)) return e;
    return null;
  }
}
