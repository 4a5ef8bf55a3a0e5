package fr.fejdoc.text;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RecordJson} as it was before its record components were reached through method handles
 * (each component read and each record made by a reflective call): the reference that {@code
 * RecordJsonSameBytesTest} compares the current version with, byte for byte.
 */
public final class RecordJsonBefore {
  static final int MAX_DEPTH = 32;

  /** The text is not a JSON value of the asked type. */
  public static final class Unreadable extends Exception {
    Unreadable(String why) {
      super(why, null, false, false);
    }
  }

  private RecordJsonBefore() {}

  /** A record class as read and written: its components and canonical constructor, found once. */
  private record Shape(RecordComponent[] parts, Constructor<?> make) {}

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> c) {
          RecordComponent[] parts = c.getRecordComponents();
          Class<?>[] types = new Class<?>[parts.length];
          for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            try {
              parts[i].getAccessor().setAccessible(true);
            } catch (RuntimeException e) {
              // a public record's accessors are reachable anyway
            }
          }
          try {
            Constructor<?> make = c.getDeclaredConstructor(types);
            make.setAccessible(true);
            return new Shape(parts, make);
          } catch (ReflectiveOperationException | RuntimeException e) {
            return new Shape(parts, null);
          }
        }
      };

  /** The JSON of {@code value} (a record, list, string, number, boolean, enum or null). */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(value, out, 0);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out, int depth) {
    if (depth > MAX_DEPTH) throw new IllegalArgumentException("nesting deeper than " + MAX_DEPTH);
    switch (value) {
      case null -> out.append("null");
      case String s -> out.append(jsonString(s));
      case Boolean b -> out.append(b);
      case Integer i -> out.append(i);
      case Long l -> out.append(l);
      case BigDecimal d -> out.append(d.toPlainString());
      case Enum<?> e -> out.append(jsonString(e.name()));
      case List<?> list -> {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) out.append(',');
          write(list.get(i), out, depth + 1);
        }
        out.append(']');
      }
      case Record r -> {
        out.append('{');
        RecordComponent[] parts = SHAPES.get(r.getClass()).parts();
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) out.append(',');
          out.append(jsonString(parts[i].getName())).append(':');
          try {
            write(parts[i].getAccessor().invoke(r), out, depth + 1);
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
          }
        }
        out.append('}');
      }
      default ->
          throw new IllegalArgumentException("not writable as JSON: " + value.getClass().getName());
    }
  }

  /** The value of type {@code type} the JSON {@code text} holds. */
  public static <T> T read(String text, Class<T> type) throws Unreadable {
    Parser p = new Parser(text);
    Object tree = p.value(0);
    p.space();
    if (p.at < text.length()) throw new Unreadable("text after the value at " + p.at);
    return type.cast(convert(tree, type, 0));
  }

  private static Object convert(Object tree, Type type, int depth) throws Unreadable {
    if (depth > MAX_DEPTH) throw new Unreadable("too deep");
    if (tree == null) {
      if (type instanceof Class<?> c && c.isPrimitive()) throw new Unreadable("null for " + c);
      return null;
    }
    if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
      if (!(tree instanceof List<?> list)) throw new Unreadable("not an array");
      List<Object> out = new ArrayList<>(list.size());
      for (Object o : list) out.add(convert(o, pt.getActualTypeArguments()[0], depth + 1));
      return Collections.unmodifiableList(out);
    }
    if (!(type instanceof Class<?> c)) throw new Unreadable("unsupported type " + type);
    if (c == String.class) return as(tree, String.class);
    if (c == Boolean.class || c == boolean.class) return as(tree, Boolean.class);
    if (c == BigDecimal.class) return as(tree, BigDecimal.class);
    if (c == Integer.class || c == int.class) {
      try {
        return as(tree, BigDecimal.class).intValueExact();
      } catch (ArithmeticException e) {
        throw new Unreadable("not an int");
      }
    }
    if (c == Long.class || c == long.class) {
      try {
        return as(tree, BigDecimal.class).longValueExact();
      } catch (ArithmeticException e) {
        throw new Unreadable("not a long");
      }
    }
    if (c.isEnum()) {
      String name = as(tree, String.class);
      for (Object constant : c.getEnumConstants())
        if (((Enum<?>) constant).name().equals(name)) return constant;
      throw new Unreadable("unknown constant " + name);
    }
    if (c.isRecord()) {
      if (!(tree instanceof Map<?, ?> map)) throw new Unreadable("not an object");
      Shape shape = SHAPES.get(c);
      RecordComponent[] parts = shape.parts();
      if (map.size() != parts.length) throw new Unreadable("fields of " + c.getSimpleName());
      Object[] args = new Object[parts.length];
      for (int i = 0; i < parts.length; i++) {
        if (!map.containsKey(parts[i].getName()))
          throw new Unreadable("missing " + parts[i].getName());
        args[i] = convert(map.get(parts[i].getName()), parts[i].getGenericType(), depth + 1);
      }
      try {
        if (shape.make() == null) throw new Unreadable("cannot make " + c.getSimpleName());
        return shape.make().newInstance(args);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new Unreadable("cannot make " + c.getSimpleName());
      }
    }
    throw new Unreadable("unsupported type " + c);
  }

  private static <T> T as(Object tree, Class<T> type) throws Unreadable {
    if (!type.isInstance(tree)) throw new Unreadable("not a " + type.getSimpleName());
    return type.cast(tree);
  }

  /** A strict JSON reader (RFC 8259): objects as maps, arrays as lists, numbers as BigDecimal. */
  private static final class Parser {
    final String s;
    int at;

    Parser(String s) {
      this.s = s;
    }

    void space() {
      while (at < s.length() && " \t\r\n".indexOf(s.charAt(at)) >= 0) at++;
    }

    Object value(int depth) throws Unreadable {
      if (depth > MAX_DEPTH) throw new Unreadable("too deep");
      space();
      if (at >= s.length()) throw new Unreadable("cut short");
      char c = s.charAt(at);
      switch (c) {
        case '{' -> {
          at++;
          Map<String, Object> map = new LinkedHashMap<>();
          space();
          if (peek('}')) return map;
          do {
            space();
            if (!peek('"')) throw new Unreadable("key expected at " + at);
            at--;
            String key = string();
            space();
            if (!peek(':')) throw new Unreadable("':' expected at " + at);
            if (map.put(key, value(depth + 1)) != null) throw new Unreadable("key twice: " + key);
            space();
          } while (peek(','));
          if (!peek('}')) throw new Unreadable("'}' expected at " + at);
          return map;
        }
        case '[' -> {
          at++;
          List<Object> list = new ArrayList<>();
          space();
          if (peek(']')) return list;
          do {
            list.add(value(depth + 1));
            space();
          } while (peek(','));
          if (!peek(']')) throw new Unreadable("']' expected at " + at);
          return list;
        }
        case '"' -> {
          return string();
        }
        default -> {
          if (word("null")) return null;
          if (word("true")) return Boolean.TRUE;
          if (word("false")) return Boolean.FALSE;
          return number();
        }
      }
    }

    boolean peek(char c) {
      if (at < s.length() && s.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    boolean word(String w) {
      if (s.startsWith(w, at)) {
        at += w.length();
        return true;
      }
      return false;
    }

    BigDecimal number() throws Unreadable {
      int start = at;
      while (at < s.length() && "+-0123456789.eE".indexOf(s.charAt(at)) >= 0) at++;
      if (start == at || at - start > 64) throw new Unreadable("value expected at " + start);
      try {
        return new BigDecimal(s.substring(start, at));
      } catch (NumberFormatException e) {
        throw new Unreadable("bad number at " + start);
      }
    }

    String string() throws Unreadable {
      at++; // the opening quote
      StringBuilder out = new StringBuilder();
      while (true) {
        if (at >= s.length()) throw new Unreadable("string cut short");
        char c = s.charAt(at++);
        if (c == '"') return out.toString();
        if (c < 0x20) throw new Unreadable("control character in a string");
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (at >= s.length()) throw new Unreadable("string cut short");
        char e = s.charAt(at++);
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (at + 4 > s.length()) throw new Unreadable("bad escape");
            try {
              out.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
            } catch (NumberFormatException x) {
              throw new Unreadable("bad escape");
            }
            at += 4;
          }
          default -> throw new Unreadable("bad escape");
        }
      }
    }
  }

  /** Json.string as it was then (escaping into an interim string, one character at a time). */
  private static String jsonString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("\\u003c"); // harmless if ever embedded in HTML
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
