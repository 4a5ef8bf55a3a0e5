package fr.fejdoc.load.yaml;

import fr.fejdoc.load.Markdown;
import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads YAML 1.2 text into {@link YNode}s from SnakeYAML Engine's event stream.
 *
 * <p>We compose the tree ourselves instead of using Engine's recursive composer so that every guard
 * is ours and reported as a finding rather than an exception: nesting depth (no stack overflow on
 * 10,000 nested brackets), duplicate keys (all of them, with both lines), alias expansion (a
 * "billion laughs" document is stopped after {@link #MAX_EXPANDED_NODES} nodes without ever being
 * expanded in memory), complex keys and multiple documents. No Java object is ever constructed from
 * a tag.
 */
public final class YamlReader {
  public static final int MAX_DEPTH = 24;
  public static final int MAX_EXPANDED_NODES = 50_000;

  /**
   * Nodes (values, lists, blocks) written in one file: a real experiment.yaml has a few thousand. A
   * million-item list is stopped here with its own message (it was reported as too many aliases).
   */
  public static final int MAX_NODES = 50_000;

  public static final int MAX_CHARS = 2_000_000;

  private static final LoadSettings SETTINGS =
      LoadSettings.builder().setCodePointLimit(MAX_CHARS + 1).setUseMarks(true).build();

  /** The root node (null for an empty document or when reading stopped) and what was found. */
  public record Result(YNode root, List<Finding> findings) {}

  private final String file;
  private final int lineOffset;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<Anchor, Sized> anchors = new HashMap<>();
  private int nodes;
  private int controlFindings;

  /** Offsets of the text's line starts, made when first needed. */
  private int[] lineStarts;

  private record Sized(YNode node, long size) {}

  /** A container being built. */
  private static final class Frame {
    final boolean mapping;
    final Loc loc;
    final Optional<Anchor> anchor;
    final List<YNode> items = new ArrayList<>();
    final List<YNode.Entry> entries = new ArrayList<>();
    final Map<String, YNode.Scalar> seenKeys = new HashMap<>();
    YNode.Scalar pendingKey;
    boolean skipValue;
    boolean awaitingValue;
    long size = 1;

    Frame(boolean mapping, Loc loc, Optional<Anchor> anchor) {
      this.mapping = mapping;
      this.loc = loc;
      this.anchor = anchor;
    }
  }

  private YamlReader(String file, int lineOffset) {
    this.file = file;
    this.lineOffset = lineOffset;
  }

  /**
   * Reads {@code text}, which starts at line {@code lineOffset + 1} of {@code file} (front matter
   * starts after its {@code ---} line).
   */
  public static Result read(String text, String file, int lineOffset) {
    YamlReader r = new YamlReader(file, lineOffset);
    if (text.length() > MAX_CHARS) {
      r.findings.add(Finding.of(Code.YAML_TOO_LARGE, Loc.of(file), text.length(), MAX_CHARS));
      return new Result(null, r.findings);
    }
    YNode root = r.compose(text);
    return new Result(root, r.findings);
  }

  private Loc loc(Optional<Mark> mark) {
    return mark.map(m -> new Loc(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1))
        .orElse(Loc.of(file));
  }

  private YNode compose(String text) {
    Deque<Frame> stack = new ArrayDeque<>();
    YNode root = null;
    int documents = 0;
    int events = 0;
    try {
      for (Event ev : new Parse(SETTINGS).parseString(text)) {
        if ((++events & 0xFF) == 0) Deadline.check();
        lastRead = ev.getEndMark();
        switch (ev.getEventId()) {
          case DocumentStart -> {
            documents++;
            if (documents > 1) {
              findings.add(Finding.of(Code.YAML_MULTIPLE_DOCUMENTS, loc(ev.getStartMark())));
              return root;
            }
          }
          case MappingStart, SequenceStart -> {
            if (tooMany(ev)) return null;
            if (stack.size() >= MAX_DEPTH) {
              findings.add(Finding.of(Code.YAML_TOO_DEEP, loc(ev.getStartMark()), MAX_DEPTH));
              return null;
            }
            stack.push(
                new Frame(
                    ev instanceof MappingStartEvent,
                    loc(ev.getStartMark()),
                    ((NodeEvent) ev).getAnchor()));
          }
          case MappingEnd, SequenceEnd -> {
            Frame f = stack.pop();
            YNode node =
                f.mapping
                    ? new YNode.Map(List.copyOf(f.entries), f.loc)
                    : new YNode.Seq(List.copyOf(f.items), f.loc);
            if (!add(stack, node, f.size, f.anchor)) return null;
            if (stack.isEmpty()) root = node;
          }
          case Scalar -> {
            if (tooMany(ev)) return null;
            ScalarEvent s = (ScalarEvent) ev;
            if (swallowsKeys(s, text)) runaway = s;
            boolean plain = s.isPlain() && s.getTag().isEmpty();
            Loc at = loc(ev.getStartMark());
            String value = withoutControls(s.getValue(), at);
            if (value.length() >= Markdown.MAX_DEPTH && Markdown.mayNest(value)) {
              Markdown.check(value, file, at.line(), findings);
            }
            YNode node = new YNode.Scalar(value, plain, at);
            if (!add(stack, node, 1, s.getAnchor())) return null;
            if (stack.isEmpty()) root = node;
          }
          case Alias -> {
            AliasEvent a = (AliasEvent) ev;
            Sized target = anchors.get(a.getAlias());
            if (target == null) {
              findings.add(
                  Finding.of(
                      Code.YAML_SYNTAX,
                      loc(ev.getStartMark()),
                      new Localized(
                          "alias « *" + a.getAlias().getValue() + " » sans ancre définie avant lui",
                          "alias \"*"
                              + a.getAlias().getValue()
                              + "\" with no anchor defined before")));
              return null;
            }
            if (!add(stack, target.node(), target.size(), Optional.empty())) return null;
            if (stack.isEmpty()) root = target.node();
          }
          default -> {}
        }
      }
    } catch (MarkedYamlEngineException e) {
      findings.add(runaway != null && after(e, runaway) ? runawayQuote(runaway) : syntax(e));
      return null;
    } catch (ReaderException e) {
      int cp = e.getCodePoint();
      findings.add(
          Finding.of(
              Code.CONTROL_CHARACTER,
              position(text, e.getPosition()),
              cp <= 0xFFFF
                  ? Controls.describe((char) cp)
                  : new Localized(String.format("U+%04X", cp), String.format("U+%04X", cp))));
      return null;
    } catch (YamlEngineException e) {
      // an error SnakeYAML gives without a place: just after the last event it could read
      Loc at = lastRead.isPresent() ? loc(lastRead) : new Loc(file, 1, 1);
      findings.add(
          Finding.of(
              Code.YAML_SYNTAX,
              at,
              new Localized(YamlProblems.french(e.getMessage()), String.valueOf(e.getMessage()))));
      return null;
    } catch (IndexOutOfBoundsException | IllegalStateException | IllegalArgumentException e) {
      // SnakeYAML's own failures on some input (a surrogate pair across its read buffer): the
      // text cannot be read past this point; said where the reading stopped
      Loc at = lastRead.isPresent() ? loc(lastRead) : new Loc(file, 1, 1);
      findings.add(
          Finding.of(
              Code.YAML_SYNTAX,
              at,
              new Localized(
                  "le texte ne peut pas être lu au-delà de cet endroit (caractère ou tournure que"
                      + " le lecteur YAML ne sait pas lire) : retapez ce passage",
                  "the text cannot be read past this place (a character or construct the YAML"
                      + " reader cannot read): retype this passage")));
      return null;
    }
    return root;
  }

  /** The end of the last event read, where an error without a place of its own is reported. */
  private Optional<Mark> lastRead = Optional.empty();

  /**
   * A quoted scalar running over several lines, one of which reads like a key ("porteur:"): most
   * likely a quote left open that closed at the next quote, far below. Null when there is none.
   */
  private ScalarEvent runaway;

  private static final java.util.regex.Pattern KEY_LINE =
      java.util.regex.Pattern.compile("[ \\t]*(- )?[\\p{L}_][\\p{L}\\p{N}_-]*:( .*)?");

  /**
   * Whether {@code s} is quoted (block scalars end where the next key starts, legitimately) and one
   * of the lines between its quotes reads like a key.
   */
  private boolean swallowsKeys(ScalarEvent s, String text) {
    boolean quoted =
        s.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.DOUBLE_QUOTED
            || s.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.SINGLE_QUOTED;
    if (!quoted || s.getStartMark().isEmpty() || s.getEndMark().isEmpty()) return false;
    int first = s.getStartMark().get().getLine(), last = s.getEndMark().get().getLine();
    if (last - first < 2) return false;
    // the lines strictly between the opening and the closing quote (the text's line starts are
    // found once: looking for them from the top for each scalar was quadratic)
    if (lineStarts == null) lineStarts = lineStarts(text);
    for (int l = first + 1; l < last && l < lineStarts.length; l++) {
      int from = lineStarts[l];
      int to = l + 1 < lineStarts.length ? lineStarts[l + 1] - 1 : text.length();
      if (KEY_LINE.matcher(text.substring(from, Math.max(from, to))).matches()) return true;
    }
    return false;
  }

  /** Offsets where the lines of {@code text} start (as SnakeYAML counts lines: \n, \r\n, \r). */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') continue;
      if (c == '\n' || c == '\r') starts.add(i + 1);
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether one more node is over {@link #MAX_NODES} (reported once, at that node). */
  private boolean tooMany(Event ev) {
    if (++nodes <= MAX_NODES) return false;
    findings.add(Finding.of(Code.YAML_TOO_MANY_NODES, loc(ev.getStartMark()), MAX_NODES));
    return true;
  }

  /**
   * A scalar's value without the characters that have no place in a text ({@link Controls}), each
   * value holding some reported once at the value: YAML escapes ({@code "\\0"}, {@code "\\x01"},
   * {@code "\\uFFFF"}) write them without their bytes being in the file.
   */
  private String withoutControls(String value, Loc at) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      boolean bad = Controls.forbidden(value, i);
      if (bad && out == null) {
        out = new StringBuilder(value.length()).append(value, 0, i);
        if (controlFindings++ < 5) {
          findings.add(Finding.of(Code.CONTROL_CHARACTER, at, Controls.describe(value.charAt(i))));
        }
      }
      if (!bad && out != null) out.append(value.charAt(i));
    }
    return out == null ? value : out.toString();
  }

  /** Whether the parser gave up at or after the end of {@code s}. */
  private static boolean after(MarkedYamlEngineException e, ScalarEvent s) {
    Optional<Mark> at = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
    return at.isPresent() && at.get().getIndex() >= s.getEndMark().get().getIndex() - 1;
  }

  /** The finding for a quote left open: where it was opened, and where it closed instead. */
  private Finding runawayQuote(ScalarEvent s) {
    int closed = s.getEndMark().get().getLine() + 1 + lineOffset;
    return Finding.of(
        Code.YAML_SYNTAX,
        loc(s.getStartMark()),
        new Localized(
            "guillemets ouverts ici et refermés seulement ligne "
                + closed
                + ", au guillemet suivant : ajoutez le guillemet fermant à la fin de la valeur",
            "quote opened here and closed only at line "
                + closed
                + ", at the next quote: add the closing quote at the end of the value"));
  }

  /** Adds a finished node to its parent; false when a guard stops the reading. */
  private boolean add(Deque<Frame> stack, YNode node, long size, Optional<Anchor> anchor) {
    if (size > MAX_EXPANDED_NODES) {
      findings.add(Finding.of(Code.YAML_ALIASES, node.loc(), MAX_EXPANDED_NODES));
      return false;
    }
    anchor.ifPresent(a -> anchors.put(a, new Sized(node, size)));
    Frame parent = stack.peek();
    if (parent == null) return true;
    parent.size += size;
    if (parent.size > MAX_EXPANDED_NODES) {
      findings.add(Finding.of(Code.YAML_ALIASES, parent.loc, MAX_EXPANDED_NODES));
      return false;
    }
    if (!parent.mapping) {
      parent.items.add(node);
      return true;
    }
    if (!parent.awaitingValue) {
      parent.awaitingValue = true;
      parent.skipValue = false;
      if (node instanceof YNode.Scalar key) {
        YNode.Scalar first = parent.seenKeys.putIfAbsent(key.text(), key);
        if (first != null) {
          findings.add(
              Finding.of(Code.YAML_DUPLICATE_KEY, key.loc(), key.text(), first.loc().line()));
          parent.skipValue = true;
        }
        parent.pendingKey = key;
      } else {
        findings.add(Finding.of(Code.YAML_COMPLEX_KEY, node.loc()));
        parent.skipValue = true;
      }
    } else {
      parent.awaitingValue = false;
      if (!parent.skipValue) parent.entries.add(new YNode.Entry(parent.pendingKey, node));
    }
    return true;
  }

  /** Line and column of a character index of {@code text}. */
  private Loc position(String text, int index) {
    int line = 1, col = 1;
    for (int i = 0; i < Math.min(index, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new Loc(file, line + lineOffset, col);
  }

  /**
   * A syntax error, pointed where the holder must act: for an unclosed quote, bracket or brace,
   * where it was opened (the parser's "context"), not where the parser gave up.
   */
  private Finding syntax(MarkedYamlEngineException e) {
    String context = e.getContext() == null ? "" : e.getContext();
    String problem0 = e.getProblem() == null ? "" : e.getProblem();
    boolean unclosed =
        (context.contains("quoted scalar") && problem0.contains("end of stream"))
            || (context.contains("flow sequence") && problem0.contains("expected ','"))
            || (context.contains("flow mapping") && problem0.contains("expected ','"));
    Optional<Mark> mark =
        (unclosed && e.getContextMark().isPresent()) || e.getProblemMark().isEmpty()
            ? e.getContextMark()
            : e.getProblemMark();
    if (unclosed && context.contains("quoted scalar")) {
      return Finding.of(
          Code.YAML_SYNTAX,
          loc(mark),
          new Localized(
              "guillemets ouverts ici et jamais refermés : ajoutez le guillemet fermant",
              "quote opened here and never closed: add the closing quote"));
    }
    if (unclosed && context.contains("flow sequence")) {
      return Finding.of(
          Code.YAML_SYNTAX,
          loc(mark),
          new Localized("liste [ ] non fermée : ajoutez « ] »", "unclosed list [ ]: add \"]\""));
    }
    if (unclosed && context.contains("flow mapping")) {
      return Finding.of(
          Code.YAML_SYNTAX,
          loc(mark),
          new Localized("bloc { } non fermé : ajoutez « } »", "unclosed block { }: add \"}\""));
    }
    String problem = e.getProblem() == null ? String.valueOf(e.getContext()) : e.getProblem();
    return Finding.of(
        Code.YAML_SYNTAX, loc(mark), new Localized(YamlProblems.french(problem), problem));
  }
}
