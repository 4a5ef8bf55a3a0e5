package fr.fejdoc.write.odf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming XML writer for ODF parts (content.xml, styles.xml, meta.xml): elements opened
 * and closed in order, attributes escaped, text escaped and stripped of what XML 1.0 cannot hold.
 * Nothing is parsed and no DOM is built, so the same calls give the same bytes.
 *
 * <pre>{@code
 * OdfXml x = new OdfXml();
 * x.open("office:document-content").attr("xmlns:office", OdfXml.NS_OFFICE);
 * x.open("text:p").attr("text:style-name", "P1").odfText("a  b").close();
 * x.close();
 * byte[] bytes = x.bytes();
 * }</pre>
 */
public final class OdfXml {

  public static final String NS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  public static final String NS_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  public static final String NS_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  public static final String NS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  public static final String NS_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
  public static final String NS_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
  public static final String NS_XLINK = "http://www.w3.org/1999/xlink";
  public static final String NS_DC = "http://purl.org/dc/elements/1.1/";
  public static final String NS_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
  public static final String NS_NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
  public static final String NS_SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
  public static final String NS_OF = "urn:oasis:names:tc:opendocument:xmlns:of:1.2";
  public static final String NS_LOEXT =
      "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0";

  /** The ODF version written in every part. */
  public static final String VERSION = "1.3";

  private final StringBuilder out;
  private final Deque<String> open = new ArrayDeque<>();
  private boolean startTagOpen;

  public OdfXml() {
    this(16 * 1024);
  }

  public OdfXml(int capacity) {
    this(capacity, true);
  }

  private OdfXml(int capacity, boolean declaration) {
    out = new StringBuilder(capacity);
    if (declaration) out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /**
   * A fragment without the XML declaration, to be written later into a document with {@link
   * #raw(String)} (content.xml's body, written before its automatic styles are known).
   */
  public static OdfXml fragment(int capacity) {
    return new OdfXml(capacity, false);
  }

  /**
   * Appends well-formed XML as it is (built-in constants, a finished fragment's {@link #xml()}).
   */
  public OdfXml raw(String xml) {
    finishStartTag();
    out.append(xml);
    return this;
  }

  /** The text written so far; every element must be closed. */
  public String xml() {
    if (!open.isEmpty()) throw new IllegalStateException("unclosed element " + open.peek());
    return out.toString();
  }

  /** Opens element {@code name} (qualified, e.g. {@code text:p}); attributes may follow. */
  public OdfXml open(String name) {
    finishStartTag();
    out.append('<').append(name);
    open.push(name);
    startTagOpen = true;
    return this;
  }

  /** Adds an attribute to the element just opened; a null value adds nothing. */
  public OdfXml attr(String name, String value) {
    if (!startTagOpen) throw new IllegalStateException("attribute outside a start tag: " + name);
    if (value == null) return this;
    out.append(' ').append(name).append("=\"");
    escapeAttribute(out, value);
    out.append('"');
    return this;
  }

  /** Adds an integer attribute. */
  public OdfXml attr(String name, long value) {
    return attr(name, Long.toString(value));
  }

  /** Text, escaped, exactly as given (ODF collapses runs of spaces: see {@link #odfText}). */
  public OdfXml text(String s) {
    if (s == null || s.isEmpty()) return this;
    finishStartTag();
    escape(out, s);
    return this;
  }

  /**
   * Text inside an ODF paragraph, kept as written: a run of spaces after the first becomes {@code
   * text:s}, a tab {@code text:tab}, a line feed {@code text:line-break}.
   */
  public OdfXml odfText(String s) {
    if (s == null || s.isEmpty()) return this;
    finishStartTag();
    int n = s.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\n')) {
        escape(out, s.substring(start, i));
        int j = i;
        while (j < n && s.charAt(j) == ' ') j++;
        out.append("<text:s");
        if (j - i > 1) out.append(" text:c=\"").append(j - i).append('"');
        out.append("/>");
        i = j - 1;
        start = j;
      } else if (c == '\t' || c == '\n' || c == '\r') {
        escape(out, s.substring(start, i));
        if (c == '\t') out.append("<text:tab/>");
        else if (c == '\n') out.append("<text:line-break/>");
        start = i + 1;
      }
    }
    escape(out, s.substring(start));
    return this;
  }

  /** Closes the innermost open element ({@code <x/>} when it has no content). */
  public OdfXml close() {
    String name = open.pop();
    if (startTagOpen) {
      out.append("/>");
      startTagOpen = false;
    } else {
      out.append("</").append(name).append('>');
    }
    return this;
  }

  /** Opens and closes an element with the given attribute pairs (name, value, name, value...). */
  public OdfXml empty(String name, String... attributes) {
    open(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) attr(attributes[i], attributes[i + 1]);
    return close();
  }

  /** How many elements are open. */
  public int depth() {
    return open.size();
  }

  /** The document as UTF-8 bytes; every element must be closed. */
  public byte[] bytes() {
    if (!open.isEmpty()) throw new IllegalStateException("unclosed element " + open.peek());
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void finishStartTag() {
    if (startTagOpen) {
      out.append('>');
      startTagOpen = false;
    }
  }

  /**
   * Appends {@code s} escaped for XML text and double-quoted attributes: {@code & < > "} become
   * references; characters XML 1.0 cannot hold (C0 controls but tab, line feed and carriage return;
   * U+FFFE, U+FFFF; lone surrogates) are dropped.
   */
  public static void escape(StringBuilder out, String s) {
    if (s == null) return;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\t', '\n', '\r' -> out.append(c);
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) continue;
          if (Character.isHighSurrogate(c)) {
            if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
              out.append(c).append(s.charAt(++i));
            }
          } else if (!Character.isLowSurrogate(c)) {
            out.append(c);
          }
        }
      }
    }
  }

  /**
   * Appends {@code s} escaped for a double-quoted attribute value: as {@link #escape(StringBuilder,
   * String)}, and tab, line feed and carriage return written as character references, which a
   * reader keeps (written as they are, a reader's attribute-value normalisation turns each into a
   * space: an alt text "a&lt;line feed&gt;b" would read back "a b").
   */
  public static void escapeAttribute(StringBuilder out, String s) {
    if (s == null) return;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') continue;
      escape(out, s.substring(from, i));
      out.append(c == '\t' ? "&#9;" : c == '\n' ? "&#10;" : "&#13;");
      from = i + 1;
    }
    escape(out, from == 0 ? s : s.substring(from));
  }

  /** {@code s} without the characters XML 1.0 cannot hold (see {@link #escape}); null → "". */
  public static String clean(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
      if (c == 0xFFFE || c == 0xFFFF) continue;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1)))
          b.append(c).append(s.charAt(++i));
      } else if (!Character.isLowSurrogate(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code s} escaped as by {@link #escape(StringBuilder, String)}. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s == null ? 0 : s.length() + 16);
    escape(b, s);
    return b.toString();
  }
}
