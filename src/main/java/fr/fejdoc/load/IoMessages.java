package fr.fejdoc.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Plain-language explanations of I/O failures (never a stack trace, an exception's class name or a
 * path): {@link #french}/{@link #english} for a failure while reading, {@link #frenchWrite}/{@link
 * #englishWrite} while writing (a full disk or a denied folder is not a "read" problem).
 */
public final class IoMessages {
  private IoMessages() {}

  /** Why reading failed, in French, e.g. "lecture refusée (droits d'accès)". */
  public static String french(IOException e) {
    if (e instanceof NoSuchFileException) return "fichier introuvable";
    if (e instanceof AccessDeniedException) return "lecture refusée (droits d'accès)";
    if (e instanceof NotDirectoryException) return "ce n'est pas un dossier";
    String common = common(e, true);
    return common != null ? common : "lecture impossible (erreur du système de fichiers)";
  }

  /** Why reading failed, in English. */
  public static String english(IOException e) {
    if (e instanceof NoSuchFileException) return "file not found";
    if (e instanceof AccessDeniedException) return "read denied (permissions)";
    if (e instanceof NotDirectoryException) return "not a folder";
    String common = common(e, false);
    return common != null ? common : "cannot read (file system error)";
  }

  /** Why writing failed, in French, e.g. "disque plein" or "écriture refusée (droits d'accès)". */
  public static String frenchWrite(IOException e) {
    if (e instanceof AccessDeniedException) return "écriture refusée (droits d'accès)";
    if (e instanceof NoSuchFileException) return "dossier introuvable";
    if (e instanceof NotDirectoryException)
      return "un élément du chemin est un fichier, pas un dossier";
    if (e instanceof DirectoryNotEmptyException || e instanceof FileAlreadyExistsException)
      return "un dossier ou un fichier de ce nom est déjà là";
    String common = common(e, true);
    return common != null ? common : "écriture impossible (erreur du système de fichiers)";
  }

  /** Why writing failed, in English. */
  public static String englishWrite(IOException e) {
    if (e instanceof AccessDeniedException) return "write denied (permissions)";
    if (e instanceof NoSuchFileException) return "folder not found";
    if (e instanceof NotDirectoryException) return "a part of the path is a file, not a folder";
    if (e instanceof DirectoryNotEmptyException || e instanceof FileAlreadyExistsException)
      return "a folder or a file of that name is already there";
    String common = common(e, false);
    return common != null ? common : "cannot write (file system error)";
  }

  /**
   * The failures the operating system names the same way when reading or writing (its reason, in
   * English, is matched; never shown as such).
   */
  private static String common(IOException e, boolean french) {
    if (e instanceof FileSystemLoopException)
      return french ? "liens symboliques en boucle" : "symbolic links in a loop";
    String reason =
        e instanceof FileSystemException f && f.getReason() != null
            ? f.getReason()
            : e.getMessage();
    String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    if (r.contains("no space left") || r.contains("not enough space"))
      return french ? "disque plein" : "disk full";
    if (r.contains("quota")) return french ? "quota de disque dépassé" : "disk quota exceeded";
    if (r.contains("read-only file system"))
      return french ? "disque en lecture seule" : "read-only file system";
    if (r.contains("permission denied") || r.contains("operation not permitted"))
      return french ? "accès refusé (droits d'accès)" : "access denied (permissions)";
    if (r.contains("file name too long"))
      return french ? "nom de fichier trop long" : "file name too long";
    if (r.contains("too many open files"))
      return french ? "trop de fichiers ouverts à la fois" : "too many open files";
    if (r.contains("is a directory"))
      return french ? "c'est un dossier, pas un fichier" : "a folder, not a file";
    if (r.contains("not a directory"))
      return french
          ? "un élément du chemin est un fichier, pas un dossier"
          : "a part of the path is a file, not a folder";
    if (r.contains("input/output error"))
      return french ? "erreur matérielle du disque" : "disk hardware error";
    return null;
  }
}
