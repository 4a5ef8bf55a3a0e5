package fr.fejdoc.write.docx;

import org.apache.poi.xwpf.usermodel.Document;

/** The type and pixel size of a PNG or JPEG image, read from its header; null for anything else. */
final class ImageSize {
  private ImageSize() {}

  static DocxPictures.Image read(byte[] b) {
    if (b == null || b.length < 24) return null;
    if ((b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      int w = int32(b, 16);
      int h = int32(b, 20);
      return w > 0 && h > 0 ? new DocxPictures.Image(b, Document.PICTURE_TYPE_PNG, w, h) : null;
    }
    if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) return jpeg(b);
    return null;
  }

  private static DocxPictures.Image jpeg(byte[] b) {
    int i = 2;
    while (i + 9 < b.length) {
      if ((b[i] & 0xFF) != 0xFF) return null;
      int marker = b[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++;
        continue;
      }
      if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        i += 2;
        continue;
      }
      int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
      boolean sof =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (sof) {
        int h = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
        int w = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
        return w > 0 && h > 0 ? new DocxPictures.Image(b, Document.PICTURE_TYPE_JPEG, w, h) : null;
      }
      if (length < 2) return null;
      i += 2 + length;
    }
    return null;
  }

  private static int int32(byte[] b, int at) {
    return ((b[at] & 0xFF) << 24)
        | ((b[at + 1] & 0xFF) << 16)
        | ((b[at + 2] & 0xFF) << 8)
        | (b[at + 3] & 0xFF);
  }
}
