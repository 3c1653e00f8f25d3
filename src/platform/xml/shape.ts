/**
 * How deep and how many the elements of an XML text are, read in one pass without parsing it: what a
 * parser or a sanitiser must not be given unbounded (nesting tens of thousands deep costs them quadratic
 * time). Comments, processing instructions, CDATA and declarations are stepped over. Approximate where an
 * attribute value holds a `>`: a bound to check before parsing, not a parser.
 */
export interface XmlShape {
  depth: number;
  elements: number;
  /** Whether the text ends with its root element closed: after it only blanks, comments and instructions. */
  rootClosed: boolean;
}

const SKIPPED: [open: string, close: string][] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
];

const blank = (text: string, from: number, to: number) => /^\s*$/.test(text.slice(from, to));

export function xmlShape(text: string): XmlShape {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  // Once the root is closed: whether anything but blanks, comments and instructions came after it.
  let closed = false;
  let trailing = false;
  let i = text.indexOf('<');
  while (i >= 0) {
    const skipped = SKIPPED.find(([open]) => text.startsWith(open, i));
    let end = text.indexOf(skipped ? skipped[1] : '>', i + (skipped ? skipped[0].length : 1));
    if (end < 0) return { depth: deepest, elements, rootClosed: false };
    end += skipped ? skipped[1].length - 1 : 0;
    if (!skipped) {
      if (closed) trailing = true;
      if (text[i + 1] === '/') depth--;
      else {
        elements++;
        if (text[end - 1] !== '/') depth++;
        deepest = Math.max(deepest, depth);
      }
      if (depth <= 0) closed = true;
    }
    const next = text.indexOf('<', end + 1);
    if (closed && !blank(text, end + 1, next < 0 ? text.length : next)) trailing = true;
    i = next;
  }
  return { depth: deepest, elements, rootClosed: elements > 0 && closed && depth === 0 && !trailing };
}
