package fr.fejdoc.model;

/**
 * Where a value was written: a file (as displayed to the user, relative to the working folder when
 * possible), a 1-based line and a 1-based column. {@link #line} 0 means "the whole file".
 */
public record Loc(String file, int line, int column) implements Comparable<Loc> {

  public static Loc of(String file) {
    return new Loc(file, 0, 0);
  }

  @Override
  public int compareTo(Loc o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line + ":" + column;
  }
}
