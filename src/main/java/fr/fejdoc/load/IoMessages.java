package fr.fejdoc.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Plain-language explanations of I/O failures (never a stack trace). */
public final class IoMessages {
  private IoMessages() {}

  public static String french(IOException e) {
    if (e instanceof NoSuchFileException) return "fichier introuvable";
    if (e instanceof AccessDeniedException) return "lecture refusée (droits d'accès)";
    if (e instanceof NotDirectoryException) return "ce n'est pas un dossier";
    return "lecture impossible (" + e.getClass().getSimpleName() + ")";
  }

  public static String english(IOException e) {
    if (e instanceof NoSuchFileException) return "file not found";
    if (e instanceof AccessDeniedException) return "read denied (permissions)";
    if (e instanceof NotDirectoryException) return "not a folder";
    return "cannot read (" + e.getClass().getSimpleName() + ")";
  }
}
