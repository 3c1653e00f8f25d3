/**
 * Open311 GeoReport v2 answers in JSON or XML. XML is built by fast-xml-parser's XMLBuilder (it escapes
 * every value); the root and item names are the spec's: services/service, service_definition,
 * service_requests/request, errors/error.
 */

import { XMLBuilder } from 'fast-xml-parser';
import type { FastifyReply } from 'fastify';

export const FORMATS = ['json', 'xml'] as const;
export type Format = (typeof FORMATS)[number];

export const JSON_TYPE = 'application/json; charset=utf-8';
export const XML_TYPE = 'text/xml; charset=utf-8';
const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

const builder = new XMLBuilder({ ignoreAttributes: true, format: false, suppressEmptyNode: false });

// XML 1.0 cannot carry these at all, escaped or not.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Values as XML text: booleans and numbers as written in JSON, null as an empty element. */
function forXml(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(NOT_XML, '');
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(forXml);
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, forXml(v)]),
    );
  return String(value);
}

export function toXml(root: string, body: Record<string, unknown>): string {
  return DECLARATION + builder.build({ [root]: forXml(body) });
}

export interface Rendered {
  contentType: string;
  body: string;
}

/** A list: `[…]` in JSON, `<root><item>…</item>…</root>` in XML. */
export function renderList(format: Format, root: string, item: string, items: object[]): Rendered {
  if (format === 'json') return { contentType: JSON_TYPE, body: JSON.stringify(items) };
  return { contentType: XML_TYPE, body: toXml(root, items.length === 0 ? {} : { [item]: items }) };
}

/** One object: itself in JSON, `<root>…</root>` in XML. */
export function renderObject(format: Format, root: string, body: Record<string, unknown>): Rendered {
  if (format === 'json') return { contentType: JSON_TYPE, body: JSON.stringify(body) };
  return { contentType: XML_TYPE, body: toXml(root, body) };
}

export function send(reply: FastifyReply, rendered: Rendered) {
  return reply.type(rendered.contentType).send(rendered.body);
}

export function sendList(reply: FastifyReply, format: Format, root: string, item: string, items: object[]) {
  return send(reply, renderList(format, root, item, items));
}

export interface Open311Error {
  code: number;
  description: string;
}

/** The spec's error answer: an array of {code, description}, `<errors><error>…` in XML. */
export function sendErrors(reply: FastifyReply, format: Format, status: number, errors: Open311Error[]) {
  return sendList(reply.code(status), format, 'errors', 'error', errors);
}
