package fr.fejdoc.document.assemble;

import fr.fejdoc.text.FigureKind;
import fr.fejdoc.text.FrenchFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.core.XMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Typed figures for the templates: a value that prints, through {@code ${…}}, as the markup's
 * {@code <num kind="…" value="…"/>} (docs/markup.md), so that the document tree keeps the exact
 * value and its kind down to the writers. A template that prints it needs no change; a value the
 * markup cannot carry (beyond 15 digits) prints as its text, as before.
 */
final class Figures {
  private Figures() {}

  static Object amount(BigDecimal v) {
    return v == null ? null : of(FigureKind.AMOUNT, v.setScale(2, RoundingMode.HALF_UP), null);
  }

  static Object count(long v) {
    return of(FigureKind.COUNT, BigDecimal.valueOf(v), null);
  }

  static Object count(Integer v) {
    return v == null ? "" : count(v.longValue());
  }

  static Object percent(BigDecimal v) {
    return v == null ? null : of(FigureKind.PERCENT, v, null);
  }

  static Object decimal(FigureKind kind, BigDecimal v) {
    return v == null ? null : of(kind, v, null);
  }

  /**
   * A figure as the holder wrote it ({@code own}, printed as written) with its exact value; the
   * text alone when there is no value.
   */
  static Object written(FigureKind kind, BigDecimal v, String own) {
    if (v == null) return own;
    return of(kind, v, own == null || own.equals(FrenchFormat.figure(kind, v)) ? null : own);
  }

  /** The figure followed by a text ("45 % *"). */
  static Object then(Object figure, String text) {
    if (figure instanceof TemplateMarkupOutputModel<?> m) {
      try {
        return XMLOutputFormat.INSTANCE.concat(
            (freemarker.core.TemplateXMLOutputModel) m,
            XMLOutputFormat.INSTANCE.fromPlainTextByEscaping(text));
      } catch (TemplateModelException e) {
        return figure + text;
      }
    }
    return figure == null ? null : figure + text;
  }

  private static Object of(FigureKind kind, BigDecimal v, String own) {
    String plain = FigureKind.plain(v);
    if (FigureKind.parse(plain) == null) return own != null ? own : FrenchFormat.figure(kind, v);
    try {
      String open = "<num kind=\"" + kind.markup() + "\" value=\"" + plain + "\"";
      if (own == null) return XMLOutputFormat.INSTANCE.fromMarkup(open + "/>");
      return XMLOutputFormat.INSTANCE.concat(
          XMLOutputFormat.INSTANCE.fromMarkup(open + ">"),
          XMLOutputFormat.INSTANCE.concat(
              XMLOutputFormat.INSTANCE.fromPlainTextByEscaping(own),
              XMLOutputFormat.INSTANCE.fromMarkup("</num>")));
    } catch (TemplateModelException e) {
      return own != null ? own : FrenchFormat.figure(kind, v);
    }
  }
}
