package fr.fejdoc.document.assemble;

import fr.fejdoc.model.finding.Localized;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.Template;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a template may not contain, checked once on its parsed tree before it runs.
 *
 * <ul>
 *   <li>{@code ?interpret} and {@code ?eval}: they build templates and expressions from text at run
 *       time, which would escape the budget's checks (and {@code ?eval} reaches {@code
 *       ?interpret}); {@code ?new} and {@code ?api} reach Java (the configuration disables them
 *       too, this says so plainly).
 *   <li>A range ({@code 1..}, {@code 1..n}, {@code 1..*n}) anywhere but as what a {@code <#list>}
 *       walks through or as a slice ({@code x[1..3]}): handed to a built-in ({@code ?join}, {@code
 *       ?seq_contains}, {@code ?filter}…), it would enumerate up to billions of numbers inside
 *       FreeMarker, where no budget check runs. A {@code <#list>} over a range is checked at every
 *       turn.
 * </ul>
 */
final class TemplateRules {
  /** A construct the template may not use, and where it is. */
  record Violation(int line, int column, Localized what) {}

  private static final Set<String> FORBIDDEN_BUILT_INS =
      Set.of("interpret", "eval", "new", "api", "has_api");
  private static final Set<String> RANGES = Set.of("..", "..<", "..!", "..*");

  private static final int MAX_DEPTH = 10_000;
  private static final Violation TOO_DEEP =
      new Violation(
          0,
          0,
          new Localized(
              "le modèle est imbriqué sur plus de "
                  + MAX_DEPTH
                  + " niveaux : simplifiez ses expressions et ses directives.",
              "the template is nested more than "
                  + MAX_DEPTH
                  + " levels deep: simplify its expressions and directives."));

  private static final Method SYMBOL = method("getNodeTypeSymbol");
  private static final Method COUNT = method("getParameterCount");
  private static final Method VALUE = method("getParameterValue", int.class);

  private TemplateRules() {}

  /** The first forbidden construct of {@code t}, or null. */
  static Violation check(Template t) {
    if (SYMBOL == null || COUNT == null || VALUE == null) return null;
    return walk(
        t.getRootTreeNode(), null, -1, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  /**
   * Walks {@code o}, the {@code index}-th parameter of a node whose symbol is {@code parent}
   * (parentheses are seen through).
   */
  private static Violation walk(Object o, String parent, int index, int depth, Set<Object> seen) {
    if (depth > MAX_DEPTH) return TOO_DEEP;
    if (o instanceof TemplateObject node) {
      if (!seen.add(node)) return null;
      String symbol = symbol(node);
      if (symbol == null) return null;
      if (symbol.startsWith("?") && FORBIDDEN_BUILT_INS.contains(symbol.substring(1))) {
        return new Violation(
            node.getBeginLine(),
            node.getBeginColumn(),
            new Localized(
                "« "
                    + symbol
                    + " » n'est pas permis dans un modèle de fejdoc (les modèles ne font que mettre"
                    + " en forme les données du projet). Retirez-le.",
                "\""
                    + symbol
                    + "\" is not allowed in a fejdoc template (templates only lay out the"
                    + " project's data). Remove it."));
      }
      if (RANGES.contains(symbol) && !rangeAllowed(parent, index)) {
        return new Violation(
            node.getBeginLine(),
            node.getBeginColumn(),
            new Localized(
                "une plage de nombres (« "
                    + TemplateErrors.shorten(node.getCanonicalForm(), 40)
                    + " ») ne peut servir qu'à une boucle <#list> ou à extraire une partie d'un"
                    + " texte ou d'une liste (x[1..3]) : ailleurs, elle pourrait énumérer des"
                    + " milliards de nombres. Écrivez la boucle avec <#list>.",
                "a range of numbers (\""
                    + TemplateErrors.shorten(node.getCanonicalForm(), 40)
                    + "\") may only be walked by a <#list> or slice a text or list (x[1..3]):"
                    + " elsewhere it could enumerate billions of numbers. Write the loop with"
                    + " <#list>."));
      }
      String through = symbol.equals("(...)") ? parent : symbol;
      int count = count(node);
      for (int i = 0; i < count; i++) {
        Violation v =
            walk(value(node, i), through, symbol.equals("(...)") ? index : i, depth + 1, seen);
        if (v != null) return v;
      }
      if (node instanceof TemplateElement e) {
        for (int i = 0; i < e.getChildCount(); i++) {
          Violation v = walk(e.getChildAt(i), symbol, -1, depth + 1, seen);
          if (v != null) return v;
        }
      }
      return null;
    }
    if (o instanceof Collection<?> c) {
      for (Object x : c) {
        Violation v = walk(x, parent, index, depth + 1, seen);
        if (v != null) return v;
      }
    } else if (o instanceof Map<?, ?> m) {
      for (Object x : m.values()) {
        Violation v = walk(x, parent, index, depth + 1, seen);
        if (v != null) return v;
      }
    } else if (o instanceof Object[] a) {
      for (Object x : a) {
        Violation v = walk(x, parent, index, depth + 1, seen);
        if (v != null) return v;
      }
    }
    return null;
  }

  /** A range is allowed as the sequence a {@code <#list>} walks, or as a slice's index. */
  private static boolean rangeAllowed(String parent, int index) {
    if (parent == null) return false;
    if (parent.equals("#list") || parent.equals("#foreach")) return index == 0;
    if (parent.equals("...[...]")) return index == 1;
    return false;
  }

  private static String symbol(TemplateObject o) {
    try {
      return (String) SYMBOL.invoke(o);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static int count(TemplateObject o) {
    try {
      return (Integer) COUNT.invoke(o);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return 0;
    }
  }

  private static Object value(TemplateObject o, int i) {
    try {
      return VALUE.invoke(o, i);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Method method(String name, Class<?>... types) {
    try {
      Method m = TemplateObject.class.getDeclaredMethod(name, types);
      m.setAccessible(true);
      return m;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
