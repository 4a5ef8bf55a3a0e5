package fr.fejdoc.document.assemble;

import fr.fejdoc.model.finding.Localized;
import freemarker.core.InvalidReferenceException;
import freemarker.core.NonBooleanException;
import freemarker.core.NonDateException;
import freemarker.core.NonHashException;
import freemarker.core.NonMethodException;
import freemarker.core.NonNumericalException;
import freemarker.core.NonSequenceException;
import freemarker.core.NonSequenceOrCollectionException;
import freemarker.core.NonStringException;
import freemarker.core.NonStringOrTemplateOutputException;
import freemarker.core.ParseException;
import freemarker.core.StopException;
import freemarker.core.UnexpectedTypeException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeMarker's failures as the holder can act on them: a French sentence saying what is wrong and
 * what to write instead, with at most a short quoted extract of FreeMarker's own (English)
 * explanation, cleaned of Java class names, paths and FreeMarker's "tips".
 */
final class TemplateErrors {
  /** What went wrong, and where: the template's source name (null if unknown), line, column. */
  record Failure(String template, int line, int column, Localized what, List<Frame> stack) {
    Failure(String template, int line, int column, Localized what) {
      this(template, line, column, what, List.of());
    }
  }

  /** A frame of FreeMarker's instruction stack, innermost first. */
  record Frame(String template, int line, int column) {}

  private static final Pattern FRAME =
      Pattern.compile("\\[in template \"([^\"]*)\" at line (\\d+), column (\\d+)\\]");
  private static final Pattern PARAMETER_VALUE =
      Pattern.compile("for parameter value \"([^\"]{1,120})\"");

  private static final int EXTRACT = 140;
  private static final List<String> TAILS =
      List.of(
          "Help (latest",
          "(See FreeMarker Manual",
          "Check if the FreeMarker end-tags",
          "(Note that");
  private static final Pattern EVALUATED_TO =
      Pattern.compile("has evaluated to an? (?:extended_)?([a-z_+ ]+?)[ (,.]");
  private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"(.{1,60}?)\"");
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*(?:\\.[\\w$]+)*");
  private static final Pattern UNIX_PATH =
      Pattern.compile("(?<![\\w.])/(?:[^\\s\"'/]+/)+[^\\s\"']*");
  private static final Pattern WINDOWS_PATH = Pattern.compile("\\b[A-Za-z]:\\\\[^\\s\"']*");
  private static final Pattern IN_TEMPLATE =
      Pattern.compile("\\s*\\[in template \"[^\"]*\"(?: at line \\d+, column \\d+)?\\]");

  private TemplateErrors() {}

  /** The failure {@code e} (a parse or processing failure, found in its causes), or null. */
  static Failure of(Throwable e) {
    // a template that cannot be parsed is the cause, even when an include of it failed: the
    // holder is sent to the included template's own line, not to the built-in that includes it
    int depth = 0;
    for (Throwable t = e; t != null && depth++ < 50; t = t.getCause()) {
      if (t instanceof ParseException p) return parse(p);
      if (t.getCause() == t) break;
    }
    depth = 0;
    for (Throwable t = e; t != null && depth++ < 50; t = t.getCause()) {
      if (t instanceof TemplateException x) return processing(x);
      if (t.getCause() == t) break;
    }
    return null;
  }

  private static Failure parse(ParseException p) {
    String detail = p.getEditorMessage();
    String unexpected = null;
    Matcher m = ENCOUNTERED.matcher(detail == null ? "" : detail);
    if (m.find()) unexpected = m.group(1);
    String fr;
    String en;
    String d = detail == null ? "" : detail;
    if (d.contains("Unclosed") || d.contains("Unexpected end of file")) {
      fr =
          "erreur de syntaxe : une directive ou une expression n'est pas refermée (un « <#if> »"
              + " sans « </#if> », un « <#list> » sans « </#list> », un « ${ » sans « } »,"
              + " une chaîne sans guillemet fermant…).";
      en =
          "syntax error: a directive or an expression is not closed (an \"<#if>\" without"
              + " \"</#if>\", a \"<#list>\" without \"</#list>\", a \"${\" without \"}\", a string"
              + " without its closing quote…).";
    } else if (d.contains("Unknown directive")) {
      fr = "erreur de syntaxe : directive inconnue (vérifiez l'orthographe après « <# »).";
      en = "syntax error: unknown directive (check the spelling after \"<#\").";
    } else if (d.contains("Unknown built-in") || d.contains("nknown built-in")) {
      fr = "erreur de syntaxe : opération « ?… » inconnue (vérifiez son orthographe).";
      en = "syntax error: unknown \"?…\" built-in (check its spelling).";
    } else if (unexpected != null && !unexpected.isEmpty()) {
      String u = shorten(unexpected.strip(), 40);
      fr = "erreur de syntaxe : « " + u + " » inattendu ici.";
      en = "syntax error: unexpected \"" + u + "\" here.";
    } else {
      fr = "erreur de syntaxe.";
      en = "syntax error.";
    }
    String extract = extract(d);
    if (!extract.isEmpty()) {
      fr += " Détail (FreeMarker) : « " + extract + " ».";
      en += " Detail (FreeMarker): \"" + extract + "\".";
    }
    fr += " Corrigez le modèle à cet endroit.";
    en += " Fix the template at this place.";
    return new Failure(
        p.getTemplateName(),
        Math.max(0, p.getLineNumber()),
        Math.max(0, p.getColumnNumber()),
        new Localized(fr, en));
  }

  private static Failure processing(TemplateException x) {
    Failure f = processingWhat(x);
    List<Frame> stack = new ArrayList<>();
    String trace = x.getFTLInstructionStack();
    if (trace != null) {
      Matcher m = FRAME.matcher(trace);
      while (m.find() && stack.size() < 50) {
        stack.add(
            new Frame(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      }
    }
    return new Failure(f.template(), f.line(), f.column(), f.what(), List.copyOf(stack));
  }

  private static Failure processingWhat(TemplateException x) {
    String blamed = x.getBlamedExpressionString();
    String b = blamed == null ? null : shorten(blamed.strip(), 60);
    String message = x.getMessageWithoutStackTop();
    String fr;
    String en;
    TemplateNotFoundException missing = null;
    for (Throwable t = x.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof TemplateNotFoundException n) missing = n;
    }
    if (missing != null) {
      Matcher m = PARAMETER_VALUE.matcher(message == null ? "" : message);
      String name =
          m.find()
              ? m.group(1)
              : missing.getTemplateName() == null ? "?" : missing.getTemplateName();
      fr =
          "le modèle « "
              + shorten(name, 80)
              + " » à inclure ou importer est introuvable (ni dans le dossier templates/ du"
              + " projet, ni parmi les modèles fournis). Vérifiez son nom.";
      en =
          "template \""
              + shorten(name, 80)
              + "\" to include or import is not found (neither in the project's templates/"
              + " folder nor among the default templates). Check its name.";
    } else if (x instanceof InvalidReferenceException) {
      String v = b == null ? "?" : b;
      fr =
          "« "
              + v
              + " » n'existe pas ou est vide ici. Vérifiez son orthographe ; si la valeur est"
              + " facultative, écrivez « ${"
              + v
              + "!} » (rien si absente), « "
              + v
              + "!\"texte\" » (une valeur par défaut) ou testez-la avec « <#if "
              + v
              + "??> ».";
      en =
          "\""
              + v
              + "\" does not exist or is empty here. Check its spelling; if the value is optional,"
              + " write \"${"
              + v
              + "!}\", \""
              + v
              + "!\\\"text\\\"\" or test it with \"<#if "
              + v
              + "??>\".";
    } else if (x instanceof UnexpectedTypeException) {
      String[] expected = expected(x);
      String[] found = found(message);
      String v = b == null ? "cette valeur" : "« " + b + " »";
      String ve = b == null ? "this value" : "\"" + b + "\"";
      String extract = found == null ? extract(message) : "";
      String detailFr = extract.isEmpty() ? "" : " (FreeMarker : « " + extract + " »)";
      String detailEn = extract.isEmpty() ? "" : " (FreeMarker: \"" + extract + "\")";
      fr =
          v
              + " n'a pas le type attendu ici : "
              + expected[0]
              + " attendu"
              + (found == null ? "" : ", trouvé " + found[0])
              + detailFr
              + ". Vérifiez la variable employée, ou convertissez-la (?string, ?number, ?join(\", \")…).";
      en =
          ve
              + " does not have the type expected here: expected "
              + expected[1]
              + (found == null ? "" : ", found " + found[1])
              + detailEn
              + ". Check the variable used, or convert it (?string, ?number, ?join(\", \")…).";
    } else if (x instanceof StopException) {
      String why = extract(message.replaceFirst("(?s)^Stop instruction encountered\\.?", ""));
      fr =
          "le modèle s'arrête sur une instruction <#stop>"
              + (why.isEmpty() ? "" : " : « " + why + " »")
              + ". Retirez-la ou corrigez ce qu'elle signale.";
      en =
          "the template stops at a <#stop> instruction"
              + (why.isEmpty() ? "" : ": \"" + why + "\"")
              + ". Remove it or fix what it reports.";
    } else {
      String extract = extract(message);
      fr =
          "le modèle échoue ici"
              + (extract.isEmpty() ? "" : " (FreeMarker : « " + extract + " »)")
              + ". Corrigez le modèle à cet endroit.";
      en =
          "the template fails here"
              + (extract.isEmpty() ? "" : " (FreeMarker: \"" + extract + "\")")
              + ". Fix the template at this place.";
    }
    return new Failure(
        x.getTemplateSourceName(),
        x.getLineNumber() == null ? 0 : x.getLineNumber(),
        x.getColumnNumber() == null ? 0 : x.getColumnNumber(),
        new Localized(fr, en));
  }

  private static String[] expected(TemplateException x) {
    if (x instanceof NonStringOrTemplateOutputException || x instanceof NonStringException)
      return new String[] {"un texte", "a text"};
    if (x instanceof NonNumericalException) return new String[] {"un nombre", "a number"};
    if (x instanceof NonBooleanException)
      return new String[] {"un booléen (true/false)", "a boolean (true/false)"};
    if (x instanceof NonSequenceException || x instanceof NonSequenceOrCollectionException)
      return new String[] {"une liste", "a list"};
    if (x instanceof NonHashException) return new String[] {"un bloc de clés", "a block of keys"};
    if (x instanceof NonDateException) return new String[] {"une date", "a date"};
    if (x instanceof NonMethodException) return new String[] {"une fonction", "a function"};
    if (x.getClass().getSimpleName().contains("Directive"))
      return new String[] {"une macro", "a macro"};
    return new String[] {"un autre type", "another type"};
  }

  /** The type FreeMarker says the value has, in French and English, or null. */
  private static String[] found(String message) {
    if (message == null) return null;
    Matcher m = EVALUATED_TO.matcher(message);
    if (!m.find()) return null;
    String t = m.group(1).toLowerCase(Locale.ROOT);
    if (t.startsWith("string") || t.startsWith("markup"))
      return new String[] {"un texte", "a text"};
    if (t.startsWith("number")) return new String[] {"un nombre", "a number"};
    if (t.startsWith("boolean")) return new String[] {"un booléen", "a boolean"};
    if (t.startsWith("sequence")) return new String[] {"une liste", "a list"};
    if (t.startsWith("hash")) return new String[] {"un bloc de clés", "a block of keys"};
    if (t.startsWith("date") || t.startsWith("time")) return new String[] {"une date", "a date"};
    if (t.startsWith("method") || t.startsWith("function"))
      return new String[] {"une fonction", "a function"};
    if (t.contains("macro") || t.contains("directive"))
      return new String[] {"une macro", "a macro"};
    return null;
  }

  /**
   * The first meaningful line of FreeMarker's explanation, without class names, paths, template
   * locations (the finding has them) nor its tips, shortened.
   */
  static String extract(String message) {
    if (message == null) return "";
    for (String line : message.split("\\R")) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("----") || s.startsWith("Tip:") || s.startsWith("==>"))
        continue;
      if (s.startsWith("FTL stack trace") || s.startsWith("- Failed at")) break;
      s = IN_TEMPLATE.matcher(s).replaceAll("");
      for (String tail : TAILS) {
        int cut = s.indexOf(tail);
        if (cut >= 0) s = s.substring(0, cut);
      }
      s = CLASS_NAME.matcher(s).replaceAll("…");
      s = UNIX_PATH.matcher(s).replaceAll("…");
      s = WINDOWS_PATH.matcher(s).replaceAll("…");
      s = s.replace('«', '"').replace('»', '"').strip();
      if (s.isEmpty()) continue;
      return shorten(s, EXTRACT);
    }
    return "";
  }

  static String shorten(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
