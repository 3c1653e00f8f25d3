/**
 * The editors' changes to a version's online form, as pure operations on the stored definition. Each
 * gives a candidate that parseFormDefinition then accepts or refuses; nothing here validates beyond
 * finding what the change names (a page or question changed meanwhile is a 'stale' issue).
 */
import type { Bilingual } from '../../db/schema';
import { type FormDefinition, type FormField, type FormPage, RESERVED_PAGE_IDS } from '../eforms/definition';

/** A question as the editor posted it: shaped like a FormField, not yet checked. */
export type FieldCandidate = Record<string, unknown> & { code: string };

export type FormChange =
  | { kind: 'saveField'; page: string; original?: string; field: FieldCandidate }
  | { kind: 'deleteField'; page: string; field: string }
  | { kind: 'moveField'; page: string; field: string; by: -1 | 1 }
  | { kind: 'savePage'; original?: string; id: string; title: Bilingual; firstField?: FieldCandidate }
  | { kind: 'deletePage'; page: string }
  | { kind: 'movePage'; page: string; by: -1 | 1 }
  | { kind: 'remove' };

/** The candidate definition after a change (null: no online form), or why the change names nothing. */
export type ChangeResult = { candidate: unknown } | { stale: true };

type Pages = (Omit<FormPage, 'fields'> & { fields: Record<string, unknown>[] })[];

function clonePages(def: FormDefinition | null): Pages {
  return structuredClone(def?.pages ?? []) as unknown as Pages;
}

function withPages(def: FormDefinition | null, pages: Pages): unknown {
  return { ...(def ?? {}), pages };
}

export function applyFormChange(def: FormDefinition | null, change: FormChange): ChangeResult {
  const pages = clonePages(def);
  const pageIndex = (id: string) => pages.findIndex((p) => p.id === id);
  switch (change.kind) {
    case 'remove':
      return { candidate: null };
    case 'saveField': {
      const p = pageIndex(change.page);
      if (p < 0) return { stale: true };
      const fields = pages[p]!.fields;
      if (change.original === undefined) {
        fields.push(change.field);
        return { candidate: withPages(def, pages) };
      }
      const f = fields.findIndex((x) => x.code === change.original);
      if (f < 0) return { stale: true };
      fields[f] = change.field;
      if (change.original !== change.field.code) renameConditions(pages, change.original, change.field.code);
      return { candidate: withPages(def, pages) };
    }
    case 'deleteField': {
      const p = pageIndex(change.page);
      const f = p < 0 ? -1 : pages[p]!.fields.findIndex((x) => x.code === change.field);
      if (f < 0) return { stale: true };
      pages[p]!.fields.splice(f, 1);
      return { candidate: withPages(def, pages) };
    }
    case 'moveField':
      return moveField(def, pages, change.page, change.field, change.by);
    case 'savePage': {
      const page = { id: change.id, title: change.title };
      if (change.original === undefined) {
        pages.push({ ...page, fields: change.firstField ? [change.firstField] : [] });
        return { candidate: withPages(def, pages) };
      }
      const p = pageIndex(change.original);
      if (p < 0) return { stale: true };
      pages[p] = { ...pages[p]!, ...page };
      return { candidate: withPages(def, pages) };
    }
    case 'deletePage': {
      const p = pageIndex(change.page);
      if (p < 0) return { stale: true };
      pages.splice(p, 1);
      return { candidate: withPages(def, pages) };
    }
    case 'movePage': {
      const p = pageIndex(change.page);
      const to = p + change.by;
      if (p < 0) return { stale: true };
      if (to < 0 || to >= pages.length) return { candidate: withPages(def, pages) };
      [pages[p], pages[to]] = [pages[to]!, pages[p]!];
      return { candidate: withPages(def, pages) };
    }
  }
}

/** Up or down within its page; past the top or bottom it goes to the end of the page before or the start of the next. */
function moveField(def: FormDefinition | null, pages: Pages, pageId: string, code: string, by: -1 | 1) {
  const p = pages.findIndex((x) => x.id === pageId);
  const fields = pages[p]?.fields;
  const f = fields ? fields.findIndex((x) => x.code === code) : -1;
  if (!fields || f < 0) return { stale: true } as const;
  const to = f + by;
  if (to >= 0 && to < fields.length) {
    [fields[f], fields[to]] = [fields[to]!, fields[f]!];
  } else {
    const next = pages[p + by];
    if (next) {
      const [moved] = fields.splice(f, 1);
      if (by < 0) next.fields.push(moved!);
      else next.fields.unshift(moved!);
    }
  }
  return { candidate: withPages(def, pages) };
}

/** A renamed question keeps the conditions of the questions that depend on it. */
function renameConditions(pages: Pages, from: string, to: string): void {
  for (const page of pages)
    for (const field of page.fields) {
      const cond = field.showWhen as { field: string } | undefined;
      if (cond?.field === from) field.showWhen = { ...cond, field: to };
    }
}

/** Where a field is in a definition: its page and its position in the whole form. */
export function locateField(def: FormDefinition, code: string) {
  let index = 0;
  for (const page of def.pages)
    for (const [f, field] of page.fields.entries()) {
      if (field.code === code) return { page, field, fieldIndex: f, index };
      index++;
    }
  return undefined;
}

/** The questions a condition may name: yes/no and choice questions asked before the one edited. */
export function conditionSources(def: FormDefinition | null, pageId: string, code?: string): FormField[] {
  const before: FormField[] = [];
  for (const page of def?.pages ?? []) {
    for (const field of page.fields) {
      if (field.code === code) return before;
      if (field.type === 'yesno' || field.type === 'choice' || field.type === 'choices') before.push(field);
    }
    if (page.id === pageId && code === undefined) return before;
  }
  return before;
}

/** Lower-case ASCII letters and digits joined by `sep`, from a Latvian text ("Bērna vārds" → "berna_vards"). */
export function slugOf(textValue: string, sep: '_' | '-', max = 40): string {
  const words = textValue
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}${sep}${w}` : w;
    if (next.length > max) break;
    slug = next;
  }
  return /^[a-z]/.test(slug) ? slug : slug ? `x${sep}${slug}`.slice(0, max) : '';
}

/** A page id from its Latvian title when the editor left it empty: unique, never a reserved word. */
export function pageIdFor(def: FormDefinition | null, title: string, original?: string): string {
  const base = slugOf(title, '-', 36) || 'lapa';
  const taken = new Set((def?.pages ?? []).map((p) => p.id).filter((id) => id !== original));
  let id = base;
  for (let n = 2; taken.has(id) || RESERVED_PAGE_IDS.includes(id); n++) id = `${base}-${n}`;
  return id;
}
