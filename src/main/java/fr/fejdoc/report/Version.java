package fr.fejdoc.report;

import fr.fejdoc.model.form.FormRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * What the program is: fejdoc's version (from {@code fr/fejdoc/version.properties}, filled in by
 * Maven when the program is built), the version of the forms' wording it reproduces ({@link
 * FormRegistry#VERSION}) and the Java runtime it runs on. Read by {@code fejdoc --version} and
 * written in the SARIF report.
 */
public final class Version {
  private Version() {}

  /** Said when the resource is absent or was not filled in (classes compiled outside Maven). */
  static final String UNKNOWN = "0.0.0-dev";

  private static final String PROGRAM = read();

  /** fejdoc's version, e.g. {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}. */
  public static String program() {
    return PROGRAM;
  }

  /** The version of the form registry (the wording of the FEJ forms). */
  public static String registry() {
    return FormRegistry.VERSION;
  }

  /** The Java runtime: its version, and its vendor when known. */
  public static String jdk() {
    String vendor = System.getProperty("java.vendor");
    String version = Runtime.version().toString();
    return vendor == null || vendor.isBlank() ? version : version + " (" + vendor + ")";
  }

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("/fr/fejdoc/version.properties")) {
      if (in == null) return UNKNOWN;
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      String v = p.getProperty("version", "").strip();
      return v.isEmpty() || v.contains("${") ? UNKNOWN : v;
    } catch (IOException e) {
      return UNKNOWN;
    }
  }
}
