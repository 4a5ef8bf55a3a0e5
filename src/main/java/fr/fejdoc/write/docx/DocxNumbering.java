package fr.fejdoc.write.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Real list numbering: one abstract definition for bullets (•, ◦, ▪ by level) and one for decimal
 * lists; every ordered list gets its own numbering instance so that it restarts at its own start.
 * The numbering part is written at the end, and only when the document has lists.
 */
final class DocxNumbering {
  private static final int BULLETS = 0;
  private static final int DECIMAL = 1;

  /** A numbering instance: its abstract definition, and where a decimal list starts. */
  private record Instance(int abstractId, int start, int level) {}

  private final List<Instance> instances = new ArrayList<>();
  private int bullets;

  /** The numbering instance shared by every bullet list. */
  int bullets() {
    if (bullets == 0) bullets = add(new Instance(BULLETS, 1, 0));
    return bullets;
  }

  /** A new decimal numbering instance whose level {@code level} starts at {@code start}. */
  int ordered(int start, int level) {
    return add(new Instance(DECIMAL, Math.max(0, start), level));
  }

  private int add(Instance i) {
    instances.add(i);
    return instances.size();
  }

  /** Writes the numbering part into {@code pkg} when lists were used. */
  void finish(DocxPackage pkg) {
    if (instances.isEmpty()) return;
    StringBuilder x = new StringBuilder(8192 + 64 * instances.size());
    x.append(DocxXml.DECLARATION)
        .append("<w:numbering xmlns:w=\"")
        .append(DocxXml.NS_W)
        .append("\">");
    abstractNum(x, BULLETS, true);
    abstractNum(x, DECIMAL, false);
    for (int n = 0; n < instances.size(); n++) {
      Instance i = instances.get(n);
      x.append("<w:num w:numId=\"")
          .append(n + 1)
          .append("\"><w:abstractNumId w:val=\"")
          .append(i.abstractId())
          .append("\"/>");
      if (i.abstractId() == DECIMAL && i.start() != 1) {
        x.append("<w:lvlOverride w:ilvl=\"")
            .append(i.level())
            .append("\"><w:startOverride w:val=\"")
            .append(i.start())
            .append("\"/></w:lvlOverride>");
      }
      x.append("</w:num>");
    }
    x.append("</w:numbering>");
    pkg.add("numbering.xml", DocxPackage.CT + "numbering+xml", DocxXml.bytes(x));
    pkg.document.add(DocxPackage.REL + "numbering", "numbering.xml", false);
  }

  private static void abstractNum(StringBuilder x, int id, boolean bullet) {
    x.append("<w:abstractNum w:abstractNumId=\"")
        .append(id)
        .append("\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
    String[] marks = {"•", "◦", "▪"};
    for (int lvl = 0; lvl < 9; lvl++) {
      x.append("<w:lvl w:ilvl=\"").append(lvl).append("\"><w:start w:val=\"1\"/>");
      if (bullet) {
        x.append("<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"")
            .append(marks[lvl % 3])
            .append("\"/>");
      } else {
        x.append("<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%")
            .append(lvl + 1)
            .append(".\"/>");
      }
      x.append("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"")
          .append(357 * (lvl + 1))
          .append("\" w:hanging=\"357\"/></w:pPr></w:lvl>");
    }
    x.append("</w:abstractNum>");
  }
}
