package fr.fejdoc.write;

import fr.fejdoc.write.html.HtmlWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every output format, by its name on the command line. Adding a format = one line here. */
public final class Writers {
  private static final Map<String, DocumentWriter> ALL = new LinkedHashMap<>();

  static {
    register(new HtmlWriter());
  }

  private Writers() {}

  private static void register(DocumentWriter w) {
    ALL.put(w.extension(), w);
  }

  public static Map<String, DocumentWriter> all() {
    return ALL;
  }
}
