package fr.fejdoc.write;

/**
 * How every writer deflates: one zlib level for the streams of a PDF (page content, object streams,
 * font programs) and for the entries of the office packages (DOCX, ODT, XLSX, ODS).
 *
 * <p>Level 3 rather than zlib's default 6: deflate was a third of the processor time of the project
 * threads in a first build of 1,000 projects (a CPU-time profile; zlib 22 % of all the processor
 * time), most of it in level 6's lazy matching. On the restitution finale's streams, level 3
 * deflates about twice as fast as level 6 for streams 4 % (font programs) to 18 % (document XML)
 * larger (bench/README.md, « Session du 6 décembre (fin de nuit) »). Same input, same bytes: a
 * level changes the bytes, never their determinism.
 */
public final class Compression {

  /** The zlib level of every deflated stream and zip entry fejdoc writes. */
  public static final int LEVEL = 3;

  private Compression() {}
}
