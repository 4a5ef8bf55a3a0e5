package fr.fejdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordJson} reaches record components through method handles found once per class; it
 * writes the very bytes, and reads back the very values, of the reflective version it replaced
 * ({@link RecordJsonBefore}, kept in the tests as the reference), on thousands of varied records:
 * every kind of value, nulls, escapes, nesting, empty and long lists, and text that is not a row.
 */
class RecordJsonSameBytesTest {
  enum Kind {
    ONE,
    TWO,
    THREE_WITH_A_LONGER_NAME
  }

  record Leaf(String text, Integer small, Long big, BigDecimal amount, Boolean flag, Kind kind) {}

  record Branch(String name, List<Leaf> leaves, Leaf first, List<List<String>> grid, long count) {}

  record Tree(Branch main, List<Branch> others, int depth, boolean sound, List<Kind> kinds) {}

  /** A record whose constructor refuses some values: the reader says it cannot make it. */
  record Picky(String value) {
    Picky {
      if ("refusé".equals(value)) throw new IllegalArgumentException("no");
    }
  }

  private static final String[] TEXTS = {
    "",
    "a",
    "é à ç « » — …",
    "quote \" backslash \\ slash /",
    "line\nbreak\r\ttab",
    "<script>&amp;",
    "\u0000\u0001\u001f control",
    "\u2028\u2029 separators",
    "emoji \uD83D\uDE00 and a lone \uD800 surrogate",
    "  spaces  ",
    "x".repeat(300),
  };

  private final Random random = new Random(20261205);

  private String text() {
    return random.nextInt(8) == 0 ? null : TEXTS[random.nextInt(TEXTS.length)];
  }

  private <T> T orNull(T value) {
    return random.nextInt(6) == 0 ? null : value;
  }

  private BigDecimal amount() {
    return switch (random.nextInt(5)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> new BigDecimal("123456789012345678901234567890.000100");
      case 2 -> BigDecimal.valueOf(random.nextLong(), random.nextInt(12) - 4);
      case 3 -> new BigDecimal("-0.5");
      default -> new BigDecimal("1E+3");
    };
  }

  private Leaf leaf() {
    return new Leaf(
        text(),
        orNull(random.nextInt()),
        orNull(random.nextBoolean() ? random.nextLong() : Long.MIN_VALUE),
        orNull(amount()),
        orNull(random.nextBoolean()),
        orNull(Kind.values()[random.nextInt(Kind.values().length)]));
  }

  private <T> List<T> list(java.util.function.Supplier<T> each) {
    int n = random.nextInt(4) == 0 ? 0 : random.nextInt(6);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(each.get());
    return List.copyOf(out.stream().filter(x -> x != null).toList());
  }

  private Branch branch() {
    return new Branch(
        text(),
        random.nextInt(10) == 0 ? null : list(this::leaf),
        orNull(leaf()),
        list(() -> list(() -> TEXTS[random.nextInt(TEXTS.length)])),
        random.nextLong());
  }

  private Tree tree() {
    return new Tree(
        orNull(branch()),
        list(this::branch),
        random.nextInt(),
        random.nextBoolean(),
        list(() -> Kind.values()[random.nextInt(Kind.values().length)]));
  }

  @Test
  void writesTheSameBytesAndReadsTheSameValues() throws Exception {
    int nulls = 0, escapes = 0;
    for (int i = 0; i < 3_000; i++) {
      Tree t = tree();
      String before = RecordJsonBefore.write(t);
      String now = RecordJson.write(t);
      assertThat(now).isEqualTo(before);
      Tree back = RecordJson.read(now, Tree.class);
      assertThat(back).isEqualTo(RecordJsonBefore.read(before, Tree.class));
      assertThat(RecordJson.write(back)).isEqualTo(now); // BigDecimal's scale aside, the same
      if (now.contains("null")) nulls++;
      if (now.contains("\\u0000")) escapes++;
    }
    // the corpus has what it claims
    assertThat(nulls).isGreaterThan(1_000);
    assertThat(escapes).isGreaterThan(100);
  }

  @Test
  void refusesWhatTheReflectiveVersionRefused() {
    String sound = RecordJson.write(tree());
    List<String> texts = new ArrayList<>();
    // every prefix of a sound row, and the row with one character changed
    for (int cut = 0; cut < sound.length(); cut += 7) texts.add(sound.substring(0, cut));
    for (int at = 0; at < sound.length(); at += 5)
      for (char c : new char[] {'"', '1', '{', ']', 'x', ',', ':'})
        texts.add(sound.substring(0, at) + c + sound.substring(at + 1));
    texts.add("{\"value\":\"refusé\"}");
    texts.add(RecordJson.write(new Picky("accepté")));
    texts.add("{\"value\":null}");
    texts.add("{\"value\":1}");
    int refused = 0;
    for (String text : texts) {
      for (Class<?> type : List.of(Tree.class, Picky.class)) {
        Object before, now;
        try {
          before = RecordJsonBefore.read(text, type);
        } catch (RecordJsonBefore.Unreadable e) {
          before = "refused: " + e.getMessage();
        }
        try {
          now = RecordJson.read(text, type);
        } catch (RecordJson.Unreadable e) {
          now = "refused: " + e.getMessage();
        }
        assertThat(now).as(text).isEqualTo(before);
        if (now instanceof String) refused++;
      }
    }
    assertThat(refused).isGreaterThan(texts.size());
  }

  @Test
  void aRecordTheWriterCannotWriteIsRefusedAlike() {
    record Odd(Object value) {}
    for (Object value : List.of(new Object(), List.of(new StringBuilder()), 1.5d)) {
      Class<?> before = thrown(() -> RecordJsonBefore.write(new Odd(value)));
      Class<?> now = thrown(() -> RecordJson.write(new Odd(value)));
      assertThat(now).isEqualTo(before).isEqualTo(IllegalArgumentException.class);
    }
  }

  private static Class<?> thrown(Runnable r) {
    try {
      r.run();
      return null;
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }
}
