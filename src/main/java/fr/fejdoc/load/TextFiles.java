package fr.fejdoc.load;

import fr.fejdoc.load.yaml.Controls;
import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a holder's text file as strict UTF-8. An invalid byte is reported with its line and column
 * (the holder saved the file in Latin-1 or Windows-1252, usually) rather than silently replaced; a
 * UTF-8 byte order mark is dropped.
 */
public final class TextFiles {
  public static final long MAX_BYTES = 4L * 1024 * 1024;

  private TextFiles() {}

  /** The file's text, or null (with a finding) when it cannot be read as UTF-8 text. */
  public static String read(Path path, String display, List<Finding> findings) {
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        findings.add(Finding.of(Code.YAML_TOO_LARGE, Loc.of(display), size, MAX_BYTES));
        return null;
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      findings.add(
          Finding.of(
              Code.FILE_UNREADABLE,
              Loc.of(display),
              new Localized(IoMessages.french(e), IoMessages.english(e))));
      return null;
    }
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
      findings.add(Finding.of(Code.ENCODING, new Loc(display, 1, 1), "UTF-16", "0xFE/0xFF"));
      return null;
    }
    if (looksUtf16(bytes)) {
      findings.add(Finding.of(Code.ENCODING, new Loc(display, 1, 1), "UTF-16", "0x00"));
      return null;
    }
    int bad = firstInvalidUtf8(bytes, start);
    if (bad >= 0) {
      int line = 1, col = 1;
      for (int i = start; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          col = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          col++;
        }
      }
      findings.add(
          Finding.of(
              Code.ENCODING,
              new Loc(display, line, col),
              "Latin-1 / Windows-1252",
              String.format("0x%02X", bytes[bad] & 0xFF)));
      return null;
    }
    return withoutControls(
        new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), display, findings);
  }

  /**
   * Findings of {@link Code#CONTROL_CHARACTER} given for one file at most (they are all removed).
   */
  static final int MAX_CONTROL_FINDINGS = 5;

  /**
   * {@code text} without its {@link Controls#forbidden} characters, each reported as {@link
   * Code#CONTROL_CHARACTER} at its line and column (the first {@link #MAX_CONTROL_FINDINGS} of the
   * file): an error the holder must fix, and a value that never reaches the model as it is.
   */
  public static String withoutControls(String text, String display, List<Finding> findings) {
    StringBuilder out = null;
    int line = 1, col = 1, reported = 0;
    for (int i = 0; i < text.length(); i++) {
      if ((i & 0xFFFF) == 0) Deadline.check();
      char c = text.charAt(i);
      boolean bad = Controls.forbidden(text, i);
      if (bad) {
        if (out == null) out = new StringBuilder(text.length()).append(text, 0, i);
        if (reported++ < MAX_CONTROL_FINDINGS) {
          findings.add(
              Finding.of(
                  Code.CONTROL_CHARACTER, new Loc(display, line, col), Controls.describe(c)));
        }
      } else if (out != null) {
        out.append(c);
      }
      if (c == '\n') {
        line++;
        col = 1;
      } else if (!Character.isLowSurrogate(c) || bad) {
        col++;
      }
    }
    return out == null ? text : out.toString();
  }

  /** Text with NUL bytes at every other position: UTF-16 without a byte order mark. */
  static boolean looksUtf16(byte[] b) {
    int n = Math.min(b.length, 64);
    int nulEven = 0, nulOdd = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if (i % 2 == 0) nulEven++;
        else nulOdd++;
      }
    }
    return n >= 4 && (nulEven >= n / 4 || nulOdd >= n / 4);
  }

  /** Index of the first byte that breaks UTF-8 well-formedness, or -1. */
  static int firstInvalidUtf8(byte[] b, int from) {
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return i;
      }
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        if (i + k >= b.length) return i;
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) return i;
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
      i += n + 1;
    }
    return -1;
  }
}
