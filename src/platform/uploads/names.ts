/**
 * A file's name against its bytes. The bytes decide the type; a name whose extension claims another type
 * (a PNG named `izzina.pdf`) is refused, since whoever opens it later trusts the name. A name that claims
 * no known type (`skenejums`, `izzina.2026`) gets the extension of its bytes.
 */
import type { Locale } from '../i18n';

interface Kind {
  /** The extensions a name of this type may end in; the first is the one added to a name without one. */
  extensions: string[];
  short: string;
  lv: string;
  en: string;
}

const KINDS: Record<string, Kind> = {
  'application/pdf': { extensions: ['pdf'], short: 'PDF', lv: 'PDF dokuments', en: 'a PDF document' },
  'image/jpeg': {
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif'],
    short: 'JPG',
    lv: 'JPG attēls',
    en: 'a JPG image',
  },
  'image/png': { extensions: ['png'], short: 'PNG', lv: 'PNG attēls', en: 'a PNG image' },
  'image/tiff': { extensions: ['tif', 'tiff'], short: 'TIFF', lv: 'TIFF attēls', en: 'a TIFF image' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extensions: ['docx'],
    short: 'DOCX',
    lv: 'DOCX dokuments',
    en: 'a DOCX document',
  },
  'application/vnd.oasis.opendocument.text': {
    extensions: ['odt'],
    short: 'ODT',
    lv: 'ODT dokuments',
    en: 'an ODT document',
  },
  'application/vnd.etsi.asic-e+zip': {
    extensions: ['edoc', 'asice', 'sce', 'bdoc'],
    short: 'EDOC',
    lv: 'e-parakstīts EDOC konteiners',
    en: 'an e-signed EDOC container',
  },
};

/** Extensions of other types a name may claim (programs, archives, other documents and images). */
const OTHER_EXTENSIONS = new Set(
  (
    'exe msi com bat cmd scr dll ps1 sh js vbs jar apk zip rar 7z gz tar doc docm dot rtf txt xls xlsx ' +
    'xlsm csv ppt pptx ods odp xml json html htm svg gif bmp webp heic heif mp3 mp4 mov avi'
  ).split(' '),
);

const KNOWN = new Set([...Object.values(KINDS).flatMap((k) => k.extensions), ...OTHER_EXTENSIONS]);

/** Every extension of the types given, with its dot (for a file input's `accept`). */
export function extensionsOf(mediaTypes: readonly string[]): string[] {
  return mediaTypes.flatMap((t) => KINDS[t]?.extensions.map((e) => `.${e}`) ?? []);
}

export type NameCheck =
  | { ok: true; filename: string }
  /** The name claims `named` (its extension in capitals), the bytes are `mediaType`. */
  | { ok: false; named: string };

/** The name a file of `mediaType` is kept under, or the type its name wrongly claims. */
export function checkName(filename: string, mediaType: string): NameCheck {
  const kind = KINDS[mediaType];
  const dot = filename.lastIndexOf('.');
  const extension = dot === -1 ? '' : filename.slice(dot + 1).toLowerCase();
  if (!kind || kind.extensions.includes(extension)) return { ok: true, filename };
  if (KNOWN.has(extension)) {
    const claimed = Object.values(KINDS).find((k) => k.extensions.includes(extension));
    return { ok: false, named: claimed?.short ?? extension.toUpperCase() };
  }
  const added = kind.extensions[0]!;
  return { ok: true, filename: `${filename.slice(0, 199 - added.length)}.${added}` };
}

export const NAME_MISMATCH = {
  lv: 'Faila „{file}” nosaukums saka {named}, bet tas ir {actual}. Pievienojiet pareizo failu vai pārdēvējiet šo, lai nosaukums beigtos ar .{extension}',
  en: 'The name of the file ‘{file}’ says {named}, but it is {actual}. Attach the right file, or rename this one to end in .{extension}',
};

/** The words that fill NAME_MISMATCH, for a file whose bytes are `mediaType`. */
export function mismatchParams(
  locale: Locale,
  file: string,
  named: string,
  mediaType: string,
): Record<string, string> {
  const kind = KINDS[mediaType];
  return {
    file,
    named,
    actual: kind?.[locale] ?? mediaType,
    extension: kind?.extensions[0] ?? '',
  };
}

/** The refusal of a file whose name claims another type, in `locale`. */
export function mismatchMessage(locale: Locale, file: string, named: string, mediaType: string): string {
  const params = mismatchParams(locale, file, named, mediaType);
  return NAME_MISMATCH[locale].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
}
