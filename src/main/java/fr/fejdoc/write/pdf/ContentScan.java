package fr.fejdoc.write.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a page's content stream as a viewer places it, without fonts' programs nor drawing: a small
 * tokenizer over the decoded bytes that follows the graphics and text state (q/Q, cm, BT/ET, Tm,
 * Td, TD, T*, TL, Tf, Tc, Tw, Tz, Ts) and advances the text position with the fonts' widths, given
 * by {@link Resources} (the widths OpenPDF laid the text out with, which its font dictionaries
 * declare). For each operator it gives where its bytes start (its first operand) and what it
 * paints: for a text operator, the place of its first glyph in default user space; for an image,
 * its box. What {@link Tagging} needs to insert marks into the stream as it is, without rewriting
 * its tokens.
 */
final class ContentScan {

  /** What an operator paints. */
  static final int NEUTRAL = 0;

  static final int TEXT = 1;
  static final int PATH = 2;
  static final int IMAGE = 3;
  static final int FORM = 4;

  /** Nesting of q allowed (deeper q are ignored, as the state then stays the same). */
  private static final int MAX_DEPTH = 64;

  /** One operator: its name, first byte (of its first operand), kind, and place or box. */
  record Op(String name, int start, int kind, float x, float y, float[] box) {}

  /** The operators in order. */
  final List<Op> ops = new ArrayList<>();

  /** The current transformation matrix after the stream's first operator when it is a cm. */
  double[] base = identity();

  private final byte[] b;
  private final Resources resources;
  private int pos;

  // graphics and text state
  private double[] ctm = identity();
  private double[] tm = identity();
  private double[] tlm = identity();
  private Font font;
  private double fontSize = 1;
  private double charSpacing;
  private double wordSpacing;
  private double scaling = 1;
  private double leading;
  private double rise;
  private final ArrayList<Object[]> saved = new ArrayList<>();

  // operands of the operator being read
  private final ArrayList<Object> operands = new ArrayList<>();
  private int operandStart = -1;

  private ContentScan(byte[] content, Resources resources) {
    this.b = content;
    this.resources = resources;
  }

  /** The operators of {@code content}, drawn with {@code resources}. */
  static ContentScan scan(byte[] content, Resources resources) {
    ContentScan s = new ContentScan(content, resources);
    s.run();
    return s;
  }

  /** What the resource names of a content stream stand for. */
  interface Resources {
    /** The font called {@code name}, or null. */
    Font font(String name);

    /** Whether {@code name} is an image (else a form, or nothing). */
    boolean image(String name);
  }

  // ---------------------------------------------------------------- tokens

  private static boolean white(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
  }

  private static boolean delimiter(int c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{'
        || c == '}' || c == '/' || c == '%';
  }

  private void run() {
    // arrays being read, innermost last (never recursive: a hostile nesting costs no stack)
    ArrayList<ArrayList<Object>> arrays = new ArrayList<>();
    int dicts = 0;
    int n = b.length;
    while (pos < n) {
      int c = b[pos] & 0xFF;
      if (white(c)) {
        pos++;
        continue;
      }
      if (c == '%') {
        while (pos < n && b[pos] != '\n' && b[pos] != '\r') pos++;
        continue;
      }
      int start = pos;
      Object value;
      if (c == '(') value = literal();
      else if (c == '<' && pos + 1 < n && b[pos + 1] == '<') {
        pos += 2;
        dicts++;
        markOperand(start);
        continue;
      } else if (c == '>' && pos + 1 < n && b[pos + 1] == '>') {
        pos += 2;
        dicts = Math.max(0, dicts - 1);
        continue;
      } else if (c == '<') value = hex();
      else if (c == '[') {
        pos++;
        markOperand(start);
        arrays.add(new ArrayList<>());
        continue;
      } else if (c == ']') {
        pos++;
        if (arrays.isEmpty()) continue;
        value = arrays.remove(arrays.size() - 1);
      } else if (c == '/') {
        pos++;
        while (pos < n && !white(b[pos] & 0xFF) && !delimiter(b[pos] & 0xFF)) pos++;
        value = new Name(start + 1, pos);
      } else if (c == '{' || c == '}' || c == ')' || c == '>') {
        pos++;
        continue;
      } else {
        while (pos < n && !white(b[pos] & 0xFF) && !delimiter(b[pos] & 0xFF)) pos++;
        value = number(start, pos);
        if (value == null) {
          if (!arrays.isEmpty() || dicts > 0) continue; // true, false, null inside a value
          String name = opName(start, pos);
          if (name.equals("true") || name.equals("false") || name.equals("null")) {
            markOperand(start);
            operands.add(new Name(start, start));
            continue;
          }
          operator(name, operandStart >= 0 ? operandStart : start);
          operands.clear();
          operandStart = -1;
          if (name.equals("BI")) inlineImage();
          continue;
        }
      }
      if (!arrays.isEmpty()) {
        arrays.get(arrays.size() - 1).add(value);
        continue;
      }
      if (dicts > 0) continue;
      markOperand(start);
      operands.add(value);
    }
  }

  /** The operator spelled from {@code from} to {@code to}: a constant for the usual ones. */
  private String opName(int from, int to) {
    int len = to - from;
    if (len >= 1 && len <= 3) {
      int key = 0;
      for (int i = from; i < to; i++) key = key << 8 | (b[i] & 0xFF);
      String known = KNOWN.get(key);
      if (known != null) return known;
    }
    return new String(b, from, len, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static final Map<Integer, String> KNOWN = new HashMap<>();

  static {
    for (String op :
        ("q Q cm w J j M d ri i gs m l c v y h re S s f F f* B B* b b* n W W* BT ET Tc Tw Tz TL Tf"
                + " Tr Ts Td TD Tm T* Tj TJ ' \" CS cs SC SCN sc scn G g RG rg K k sh Do BI"
                + " MP DP BMC BDC EMC BX EX d0 d1")
            .split(" ")) {
      int key = 0;
      for (int i = 0; i < op.length(); i++) key = key << 8 | op.charAt(i);
      KNOWN.put(key, op);
    }
  }

  private void markOperand(int start) {
    if (operandStart < 0) operandStart = start;
  }

  /** A name operand: where its spelling lies in the bytes (it matters only for Tf and Do). */
  private record Name(int from, int to) {}

  private Double number(int from, int to) {
    if (from >= to) return null;
    int c = b[from];
    if (!(c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'))) return null;
    double v = 0;
    double scale = 0;
    boolean negative = false;
    boolean digits = false;
    for (int i = from; i < to; i++) {
      int d = b[i];
      if (d == '-' && i == from) negative = true;
      else if (d == '+' && i == from) continue;
      else if (d == '.' && scale == 0) scale = 1;
      else if (d >= '0' && d <= '9') {
        digits = true;
        if (scale == 0) v = v * 10 + (d - '0');
        else {
          scale /= 10;
          v += (d - '0') * scale;
        }
      } else return null;
    }
    if (!digits) return 0d;
    return negative ? -v : v;
  }

  private byte[] literal() {
    int n = b.length;
    pos++; // (
    byte[] out = new byte[16];
    int len = 0;
    int depth = 1;
    while (pos < n) {
      int c = b[pos++] & 0xFF;
      if (c == '\\' && pos < n) {
        int e = b[pos++] & 0xFF;
        switch (e) {
          case 'n' -> c = '\n';
          case 'r' -> c = '\r';
          case 't' -> c = '\t';
          case 'b' -> c = '\b';
          case 'f' -> c = '\f';
          case '\r' -> {
            if (pos < n && b[pos] == '\n') pos++;
            continue;
          }
          case '\n' -> {
            continue;
          }
          default -> {
            if (e >= '0' && e <= '7') {
              int v = e - '0';
              for (int k = 0; k < 2 && pos < n && b[pos] >= '0' && b[pos] <= '7'; k++)
                v = v * 8 + (b[pos++] - '0');
              c = v & 0xFF;
            } else c = e;
          }
        }
      } else if (c == '(') depth++;
      else if (c == ')' && --depth == 0) break;
      if (len == out.length) out = Arrays.copyOf(out, len * 2);
      out[len++] = (byte) c;
    }
    return Arrays.copyOf(out, len);
  }

  private byte[] hex() {
    int n = b.length;
    pos++; // <
    byte[] out = new byte[16];
    int len = 0;
    int high = -1;
    while (pos < n) {
      int c = b[pos++] & 0xFF;
      if (c == '>') break;
      int v = Character.digit(c, 16);
      if (v < 0) continue;
      if (high < 0) high = v;
      else {
        if (len == out.length) out = Arrays.copyOf(out, len * 2);
        out[len++] = (byte) (high << 4 | v);
        high = -1;
      }
    }
    if (high >= 0) {
      if (len == out.length) out = Arrays.copyOf(out, len + 1);
      out[len++] = (byte) (high << 4);
    }
    return Arrays.copyOf(out, len);
  }

  /** Skips an inline image's data up to its EI (the BI operator stands for all of it). */
  private void inlineImage() {
    int n = b.length;
    while (pos + 1 < n) {
      if (b[pos] == 'I' && b[pos + 1] == 'D' && (pos + 2 >= n || white(b[pos + 2] & 0xFF))) break;
      pos++;
    }
    pos += 3;
    while (pos + 1 < n) {
      if (white(b[pos - 1] & 0xFF)
          && b[pos] == 'E'
          && b[pos + 1] == 'I'
          && (pos + 2 >= n || white(b[pos + 2] & 0xFF))) {
        pos += 2;
        return;
      }
      pos++;
    }
    pos = n;
  }

  // ---------------------------------------------------------------- operators

  private double num(int i) {
    return i < operands.size() && operands.get(i) instanceof Double d ? d : 0;
  }

  private boolean numbers(int count) {
    if (operands.size() < count) return false;
    for (int i = operands.size() - count; i < operands.size(); i++)
      if (!(operands.get(i) instanceof Double)) return false;
    return true;
  }

  /** The first operand, when it is a name. */
  private String firstName() {
    if (operands.isEmpty() || !(operands.get(0) instanceof Name n) || n.to() <= n.from())
      return null;
    return new String(b, n.from(), n.to() - n.from(), java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private void operator(String name, int start) {
    int kind = NEUTRAL;
    float x = Float.NaN;
    float y = Float.NaN;
    float[] box = null;
    switch (name) {
      case "q" -> {
        if (saved.size() < MAX_DEPTH)
          saved.add(
              new Object[] {
                ctm.clone(),
                font,
                new double[] {fontSize, charSpacing, wordSpacing, scaling, leading, rise}
              });
      }
      case "Q" -> {
        if (!saved.isEmpty()) {
          Object[] s = saved.remove(saved.size() - 1);
          ctm = (double[]) s[0];
          font = (Font) s[1];
          double[] t = (double[]) s[2];
          fontSize = t[0];
          charSpacing = t[1];
          wordSpacing = t[2];
          scaling = t[3];
          leading = t[4];
          rise = t[5];
        }
      }
      case "cm" -> {
        if (numbers(6)) ctm = multiply(six(), ctm);
        if (ops.isEmpty()) base = ctm.clone();
      }
      case "BT" -> {
        tm = identity();
        tlm = identity();
      }
      case "Tm" -> {
        if (numbers(6)) {
          tm = six();
          tlm = tm.clone();
        }
      }
      case "Td" -> moveText(num(0), num(1));
      case "TD" -> {
        leading = -num(1);
        moveText(num(0), num(1));
      }
      case "T*" -> moveText(0, -leading);
      case "TL" -> leading = num(0);
      case "Tc" -> charSpacing = num(0);
      case "Tw" -> wordSpacing = num(0);
      case "Tz" -> scaling = num(0) / 100;
      case "Ts" -> rise = num(0);
      case "Tf" -> {
        fontSize = num(operands.size() - 1);
        font = font(firstName());
      }
      case "Tj", "TJ", "'", "\"" -> {
        kind = TEXT;
        if (name.equals("\"")) {
          wordSpacing = num(0);
          charSpacing = num(1);
        }
        if (name.equals("'") || name.equals("\"")) moveText(0, -leading);
        Object last = operands.isEmpty() ? null : operands.get(operands.size() - 1);
        first = null;
        if (last instanceof byte[] s) show(s);
        else if (last instanceof List<?> array) {
          for (Object o : array) {
            if (o instanceof byte[] s) show(s);
            else if (o instanceof Double d) advance(-d / 1000 * fontSize * scaling);
          }
        }
        if (first == null) kind = NEUTRAL;
        else {
          x = (float) first[0];
          y = (float) first[1];
          if (first[2] != 0) kind = PATH; // turned text (the draft's band): never a chunk
        }
      }
      case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh" -> kind = PATH;
      case "Do" -> {
        String xobject = firstName();
        if (xobject != null && resources != null && resources.image(xobject)) {
          kind = IMAGE;
          box = box(ctm);
        } else kind = FORM;
      }
      default -> {}
    }
    ops.add(new Op(name, start, kind, x, y, box));
  }

  private double[] first;

  private void moveText(double tx, double ty) {
    tlm = multiply(new double[] {1, 0, 0, 1, tx, ty}, tlm);
    tm = tlm.clone();
  }

  private void advance(double tx) {
    tm[4] += tx * tm[0];
    tm[5] += tx * tm[1];
  }

  /** Shows string {@code s}: records its first glyph's place, moves past each glyph. */
  private void show(byte[] s) {
    Font f = font == null ? Font.NONE : font;
    int step = f.composite ? 2 : 1;
    for (int i = 0; i + step <= s.length; i += step) {
      int code = step == 2 ? (s[i] & 0xFF) << 8 | (s[i + 1] & 0xFF) : s[i] & 0xFF;
      if (first == null) {
        double[] trm = multiply(new double[] {fontSize * scaling, 0, 0, fontSize, 0, rise}, tm);
        trm = multiply(trm, ctm);
        boolean turned = Math.abs(trm[1]) > 1e-3 || Math.abs(trm[2]) > 1e-3;
        first = new double[] {trm[4], trm[5], turned ? 1 : 0};
      }
      double w = f.width(code) / 1000.0;
      double tx =
          (w * fontSize + charSpacing + (step == 1 && code == 32 ? wordSpacing : 0)) * scaling;
      advance(tx);
    }
  }

  private double[] six() {
    int k = operands.size() - 6;
    return new double[] {num(k), num(k + 1), num(k + 2), num(k + 3), num(k + 4), num(k + 5)};
  }

  /** {@code a × b} for matrices [a b c d e f] as PDF writes them (row vectors). */
  static double[] multiply(double[] a, double[] m) {
    return new double[] {
      a[0] * m[0] + a[1] * m[2],
      a[0] * m[1] + a[1] * m[3],
      a[2] * m[0] + a[3] * m[2],
      a[2] * m[1] + a[3] * m[3],
      a[4] * m[0] + a[5] * m[2] + m[4],
      a[4] * m[1] + a[5] * m[3] + m[5]
    };
  }

  static double[] identity() {
    return new double[] {1, 0, 0, 1, 0, 0};
  }

  private static float[] box(double[] m) {
    double[] xs = {m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]};
    double[] ys = {m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]};
    return new float[] {
      (float) Arrays.stream(xs).min().getAsDouble(),
      (float) Arrays.stream(ys).min().getAsDouble(),
      (float) Arrays.stream(xs).max().getAsDouble(),
      (float) Arrays.stream(ys).max().getAsDouble()
    };
  }

  // ---------------------------------------------------------------- resources

  private Font font(String name) {
    if (resources == null || name == null) return Font.NONE;
    Font f = resources.font(name);
    return f == null ? Font.NONE : f;
  }

  /** The widths a font declares, in thousandths of the text size. */
  abstract static class Font {
    static final Font NONE =
        new Font(false) {
          @Override
          float width(int code) {
            return 0;
          }
        };

    /** Two-byte codes (Identity-H). */
    final boolean composite;

    Font(boolean composite) {
      this.composite = composite;
    }

    /** The width of {@code code}, in thousandths of the text size. */
    abstract float width(int code);
  }
}
