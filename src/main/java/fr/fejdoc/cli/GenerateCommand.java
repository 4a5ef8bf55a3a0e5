package fr.fejdoc.cli;

import fr.fejdoc.synth.SyntheticProjects;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fejdoc generate}: writes valid synthetic projects for tests and benchmarks. */
@Command(
    name = "generate",
    description = {
      "Écrit des projets synthétiques valides (experiment.yaml, restitution finale, notes",
      "d'étape, fiches d'expérience) pour les tests et les mesures de performance. Même",
      "nombre et même graine : mêmes fichiers, octet pour octet. Code de sortie : 0 si tout",
      "est écrit, 2 en cas de problème d'écriture."
    })
public final class GenerateCommand implements Callable<Integer> {
  @Option(
      names = "--count",
      paramLabel = "N",
      defaultValue = "10",
      description = "Nombre de projets à écrire (par défaut : 10).")
  int count;

  @Option(
      names = "--seed",
      paramLabel = "GRAINE",
      defaultValue = "1",
      description = "Graine du tirage aléatoire (par défaut : 1).")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "DOSSIER",
      required = true,
      description = "Dossier où écrire les projets (créé au besoin).")
  Path out;

  @Override
  public Integer call() {
    if (count < 0 || count > SyntheticProjects.MAX_COUNT) {
      System.err.println(
          "fejdoc : --count doit être compris entre 0 et "
              + SyntheticProjects.MAX_COUNT
              + " (reçu : "
              + count
              + ").");
      return 2;
    }
    try {
      SyntheticProjects.generate(out, count, seed);
    } catch (IOException e) {
      System.err.println("fejdoc : impossible d'écrire dans " + out + " : " + reason(e) + ".");
      return 2;
    }
    String projects = count <= 1 ? " projet synthétique écrit" : " projets synthétiques écrits";
    System.out.println(count + projects + " dans " + out + ".");
    return 0;
  }

  /** A plain French reason for a write failure (never a stack trace). */
  static String reason(IOException e) {
    String where =
        e instanceof FileSystemException fse && fse.getFile() != null
            ? " (" + fse.getFile() + ")"
            : "";
    if (e instanceof AccessDeniedException) return "écriture refusée, droits d'accès" + where;
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return "un fichier porte déjà ce nom là où un dossier est attendu" + where;
    }
    if (e instanceof NoSuchFileException) return "chemin introuvable" + where;
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return "erreur du système de fichiers : " + fse.getReason() + where;
    }
    return "erreur d'écriture (" + e.getClass().getSimpleName() + ")";
  }
}
