package fr.fejdoc.cli;

/**
 * The value labels of the options and parameters (DOSSIER, CHEMIN…), from the message bundles:
 * English with {@code --lang en}. Each is a picocli variable, {@code ${bundle:KEY:-FRENCH}}: the
 * bundle's text when one is set (only when a help prints, or an English parse error: see {@link
 * Main#run}, {@link FrenchParameterErrors}), the French label otherwise (a command that runs reads
 * no bundle for them). The French bundle holds the same French labels, so that the French help
 * stays as it was. Labels that are the same in both languages (FORMAT, URL, N, PORT…) are plain.
 */
final class Labels {
  private Labels() {}

  static final String PATH = "${bundle:cli.label.path:-CHEMIN}";
  static final String LANG = "${bundle:cli.label.lang:-LANGUE}";
  static final String FOLDER = "${bundle:cli.label.folder:-DOSSIER}";
  static final String FILE = "${bundle:cli.label.file:-FICHIER}";
  static final String ADDRESS = "${bundle:cli.label.address:-ADRESSE}";
  static final String REPORT = "${bundle:cli.label.report:-FORMAT=FICHIER}";
  static final String SEED = "${bundle:cli.label.seed:-GRAINE}";
  static final String DATE = "${bundle:cli.label.date:-AAAA-MM-JJ}";
  static final String DOSSIER = "${bundle:cli.label.dossier:-DOSSIER}";
}
