package fr.fejdoc.load.yaml;

import fr.fejdoc.model.Loc;
import java.util.List;

/**
 * A YAML node as the holder wrote it: scalars keep their exact text (YAML 1.2: {@code no}, {@code
 * 01000} stay text; the schema reading them decides what they mean), and every node keeps its
 * location.
 */
public sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Map {

  Loc loc();

  /** French name of the node's kind, for messages ("un texte", "une liste"...). */
  String kindFr();

  /** English name of the node's kind. */
  String kindEn();

  /** A scalar: {@code plain} is false when the holder quoted it or used a block scalar. */
  record Scalar(String text, boolean plain, Loc loc) implements YNode {
    /** YAML 1.2 core schema nulls: empty, ~, null. */
    public boolean isNull() {
      return plain
          && (text.isEmpty()
              || text.equals("~")
              || text.equals("null")
              || text.equals("Null")
              || text.equals("NULL"));
    }

    @Override
    public String kindFr() {
      return isNull() ? "une valeur vide" : "« " + abbreviate(text) + " »";
    }

    @Override
    public String kindEn() {
      return isNull() ? "an empty value" : "\"" + abbreviate(text) + "\"";
    }

    private static String abbreviate(String s) {
      String one = s.strip().replace('\n', ' ');
      return one.length() <= 40 ? one : one.substring(0, 39) + "…";
    }
  }

  /** A sequence. */
  record Seq(List<YNode> items, Loc loc) implements YNode {
    @Override
    public String kindFr() {
      return "une liste";
    }

    @Override
    public String kindEn() {
      return "a list";
    }
  }

  /** A mapping, its entries in the order written. Keys are unique (duplicates are reported). */
  record Map(List<Entry> entries, Loc loc) implements YNode {
    public Entry entry(String key) {
      for (Entry e : entries) if (e.key().text().equals(key)) return e;
      return null;
    }

    public YNode get(String key) {
      Entry e = entry(key);
      return e == null ? null : e.value();
    }

    @Override
    public String kindFr() {
      return "un bloc de clés";
    }

    @Override
    public String kindEn() {
      return "a block of keys";
    }
  }

  /** One key: value pair of a mapping. */
  record Entry(Scalar key, YNode value) {}
}
