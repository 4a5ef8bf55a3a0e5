package fr.fejdoc.write;

import fr.fejdoc.document.Block;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the spreadsheet editions (XLSX, ODS) share, whatever their file format: the role of a cell
 * in the form (its styling), the sheets' names, and the measures column widths are made from.
 */
public final class Sheets {
  private Sheets() {}

  /** What a cell is in the form. */
  public enum Role {
    TITLE,
    LABEL,
    VALUE,
    HEADER,
    GROUP,
    BODY,
    DETAIL,
    TOTAL,
    /** The mark of a draft, above the table. */
    DRAFT
  }

  /** The role of the cells of a row of {@code kind}. */
  public static Role role(Block.RowKind kind) {
    if (kind == null) return Role.BODY;
    return switch (kind) {
      case HEADER -> Role.HEADER;
      case GROUP -> Role.GROUP;
      case TOTAL -> Role.TOTAL;
      case DETAIL -> Role.DETAIL;
      case BODY -> Role.BODY;
    };
  }

  /** The names of one workbook's sheets, each unique (case aside). */
  public static final class Names {
    private final Set<String> taken = new HashSet<>();

    /**
     * The sheet of table {@code n}: its id made readable ("tableau-1a" → "Tableau 1a",
     * "bilan-charges" → "Bilan charges"), else its caption ({@code caption}, as plain text) before
     * its dash, else "Tableau n"; at most 31 characters without {@code []:*?/\'} or control
     * characters, and unique.
     */
    public String of(String id, String caption, int n) {
      String name = null;
      if (id != null && !id.isBlank()) {
        String readable = id.strip().replace('-', ' ').replace('_', ' ');
        name = readable.substring(0, 1).toUpperCase(Locale.ROOT) + readable.substring(1);
      } else {
        int dash = caption.indexOf(" — ");
        if (dash < 0) dash = caption.indexOf(" – ");
        if (dash > 0) name = caption.substring(0, dash);
        else if (!caption.isEmpty() && caption.length() <= 31) name = caption;
      }
      if (name == null || name.isBlank()) name = "Tableau " + n;
      name = name.replaceAll("[\\[\\]:*?/\\\\'\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
      if (name.length() > 31) name = name.substring(0, 31).strip();
      if (name.isEmpty()) name = "Tableau " + n;
      String unique = name;
      for (int k = 2; taken.contains(unique.toLowerCase(Locale.ROOT)); k++) {
        String suffix = " (" + k + ")";
        unique = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
      }
      taken.add(unique.toLowerCase(Locale.ROOT));
      return unique;
    }
  }

  /** The length of the longest line of {@code text}. */
  public static int longestLine(String text) {
    int max = 0;
    for (String line : text.split("\n", -1)) max = Math.max(max, line.length());
    return max;
  }

  /** The length of the longest word of {@code text} (at least its length up to 14). */
  public static int longestWord(String text) {
    int max = 0;
    for (String w : text.split("[\\s\u00A0\u202F]+")) max = Math.max(max, w.length());
    return Math.max(max, Math.min(14, text.length()));
  }
}
