/**
 * The parameters of a request, checked before use: a client that sends malformed ones (no
 * `textDocument`, a position that is not one) gets an InvalidParams error that says what is
 * wrong, not a TypeError from deep inside a handler.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';

const invalid = (what: string): ResponseError<void> => new ResponseError(ErrorCodes.InvalidParams, `Invalid params: ${what}.`);
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isNat = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** `params.textDocument.uri`, a string. */
export function documentUri(params: unknown): string {
  const td = isObject(params) ? params.textDocument : undefined;
  if (!isObject(td) || typeof td.uri !== 'string') throw invalid('textDocument.uri must be a string');
  return td.uri;
}

/** A `{ line, character }` position at `params[key]`. */
export function position(params: unknown, key = 'position'): { line: number; character: number } {
  const p = isObject(params) ? params[key] : undefined;
  if (!isObject(p) || !isNat(p.line) || !isNat(p.character)) throw invalid(`${key} must be { line, character } with whole numbers`);
  return { line: p.line, character: p.character };
}

/** A `{ start, end }` range at `params.range`. */
export function range(params: unknown): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const r = isObject(params) ? params.range : undefined;
  if (!isObject(r)) throw invalid('range must be { start, end }');
  return { start: position(r, 'start'), end: position(r, 'end') };
}

/** The code action context: `diagnostics` a list, `only` absent or a list of strings. */
export function codeActionContext(params: unknown): { diagnostics: unknown[]; only?: string[] } {
  const c = isObject(params) ? params.context : undefined;
  if (!isObject(c) || !Array.isArray(c.diagnostics)) throw invalid('context.diagnostics must be a list');
  if (c.only !== undefined && !(Array.isArray(c.only) && c.only.every((k) => typeof k === 'string'))) throw invalid('context.only must be a list of strings');
  return { diagnostics: c.diagnostics, only: c.only as string[] | undefined };
}

/** A string field of a custom request's params (`required`: must be there). */
export function stringField(params: unknown, key: string, required: boolean): string | undefined {
  if (params !== undefined && params !== null && !isObject(params)) throw invalid('params must be an object');
  const v = isObject(params) ? params[key] : undefined;
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string') throw invalid(`${key} must be a string`);
  return v;
}

/** A list of strings at `params[key]` (absent: empty). */
export function stringList(params: unknown, key: string): string[] {
  if (params !== undefined && params !== null && !isObject(params)) throw invalid('params must be an object');
  const v = isObject(params) ? params[key] : undefined;
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw invalid(`${key} must be a list of strings`);
  return v;
}
