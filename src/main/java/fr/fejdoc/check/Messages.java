package fr.fejdoc.check;

import fr.fejdoc.load.IoMessages;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import fr.fejdoc.text.FrenchFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The text of findings in one language. Messages use {@code {0}}, {@code {1}}... placeholders (no
 * MessageFormat quoting rules, so French apostrophes need no escaping). Numbers are written the way
 * the language writes them: "2 200,64" in French, "2,200.64" in English.
 */
public final class Messages {
  /** Each language's texts are read the first time they are asked for (a run speaks one). */
  private static final class French {
    static final Messages TEXTS = load(Lang.FR);
  }

  private static final class English {
    static final Messages TEXTS = load(Lang.EN);
  }

  /** The languages fejdoc speaks to its users. */
  public enum Lang {
    FR,
    EN;

    public static Lang parse(String s) {
      return switch (s.toLowerCase(Locale.ROOT)) {
        case "en", "english", "anglais" -> EN;
        default -> FR;
      };
    }
  }

  private final Lang lang;
  private final Properties texts;

  private Messages(Lang lang, Properties texts) {
    this.lang = lang;
    this.texts = texts;
  }

  public static Messages of(Lang lang) {
    return lang == Lang.EN ? English.TEXTS : French.TEXTS;
  }

  public Lang lang() {
    return lang;
  }

  /** The message of a finding, placeholders filled. */
  public String format(Finding f) {
    return fill(text(f.code().messageKey()), f.args());
  }

  /** The message of a code with each placeholder shown as "…", for the reference of codes. */
  public String template(Code code) {
    return text(code.messageKey()).replaceAll("\\{[0-9]\\}", "…");
  }

  /** Any other user-facing text of the bundle (summary lines, labels). */
  public String text(String key, Object... args) {
    return fill(text(key), List.of(args));
  }

  /**
   * The text of {@code key + ".one"} or {@code key + ".many"} as {@code n} asks in this language
   * (French: 0 and 1 take the singular; English: only 1 does), placeholders filled by {@code args}.
   */
  public String plural(long n, String key, Object... args) {
    boolean many = lang == Lang.EN ? n != 1 : n > 1;
    return text(key + (many ? ".many" : ".one"), args);
  }

  /** Why reading failed, in this language (never a stack trace nor a class name). */
  public String whyRead(IOException e) {
    return lang == Lang.EN ? IoMessages.english(e) : IoMessages.french(e);
  }

  /** Why writing failed, in this language. */
  public String whyWrite(IOException e) {
    return lang == Lang.EN ? IoMessages.englishWrite(e) : IoMessages.frenchWrite(e);
  }

  private String text(String key) {
    String t = texts.getProperty(key);
    if (t == null) throw new IllegalStateException("missing message " + key + " (" + lang + ")");
    return t;
  }

  private String fill(String template, List<Object> args) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
        int n = template.charAt(i + 1) - '0';
        if (n >= 0 && n < args.size()) {
          out.append(value(args.get(n)));
          i += 2;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private String value(Object o) {
    if (o instanceof Localized l) return l.in(lang == Lang.EN);
    if (o instanceof BigDecimal d) return number(d);
    if (o instanceof Integer || o instanceof Long)
      return number(BigDecimal.valueOf(((Number) o).longValue()));
    return String.valueOf(o);
  }

  /** A number written for this language. */
  public String number(BigDecimal d) {
    if (lang == Lang.FR) return FrenchFormat.number(d);
    DecimalFormat f =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    return f.format(d);
  }

  private static Messages load(Lang lang) {
    String name = "/fr/fejdoc/messages_" + lang.name().toLowerCase(Locale.ROOT) + ".properties";
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Messages(lang, p);
  }
}
