/**
 * The text of a catalogue file from its bytes. Turtle and JSON-LD are UTF-8 by their specifications, but
 * files saved on Latvian Windows desktops come as windows-1257 or ISO-8859-13, and RDF/XML may declare any
 * encoding in its XML declaration. Read as UTF-8 regardless, such a file's diacritics would become
 * replacement characters, and "Atļauja" would be imported as "At�auja" without a word. So the charset is
 * taken from what the sender declared (the media type's `charset`, else the XML declaration's `encoding`),
 * UTF-8 otherwise, and bytes that are not valid in it refuse the file instead of being replaced.
 */
export type DecodedCatalogue = { ok: true; text: string } | { ok: false; message: string };

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The encoding an XML declaration at the start of the bytes names (`<?xml version="1.0" encoding="…"?>`). */
function xmlDeclaredEncoding(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 200).toString('latin1');
  return /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}

/** The `charset` parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1];
}

export function decodeCatalogue(bytes: Buffer, declaredCharset?: string): DecodedCatalogue {
  const hasBom = bytes.subarray(0, 3).equals(UTF8_BOM);
  const charset = hasBom ? 'utf-8' : (declaredCharset ?? xmlDeclaredEncoding(bytes) ?? 'utf-8');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return {
      ok: false,
      message: `The character set "${charset}" is not known. Save the file as UTF-8; nothing was imported.`,
    };
  }
  try {
    return { ok: true, text: decoder.decode(hasBom ? bytes.subarray(3) : bytes) };
  } catch {
    const name = decoder.encoding.toUpperCase();
    return {
      ok: false,
      message:
        `The file is not valid ${name}: some of its bytes are not characters in ${name}. ` +
        'Save it as UTF-8, or say which character set it uses (the charset of its media type, or --charset, for ' +
        'example windows-1257); nothing was imported.',
    };
  }
}
