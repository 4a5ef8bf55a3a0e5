package fr.fejdoc.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one way fejdoc makes its digests (the catalogue's keys, the projects' fingerprints,
 * the findings' keys). A new digest is a copy of one made once: {@code MessageDigest.getInstance}
 * looks the algorithm up among the security providers and builds the digest by reflection each
 * time, which cost more than hashing a catalogue row.
 */
public final class Sha256 {
  private static final MessageDigest PROTOTYPE = create();

  private Sha256() {}

  private static MessageDigest create() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new, empty SHA-256 digest. */
  public static MessageDigest digest() {
    try {
      return (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      return create();
    }
  }

  /** The digest of {@code text} (UTF-8), in lower-case hexadecimal. */
  public static String hex(String text) {
    return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
