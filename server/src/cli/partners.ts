/**
 * mou-check --partners FOLDER: the partner registry (core/registry) of the agreements found, as
 * text, JSON, CSV (one row per partner and agreement) or one printable HTML page.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { Registry } from '../core';
import { renderRegistryHtml } from '../core/render';
import { plain } from '../plain-text';
import { VERSION } from '../version';

const relative = (f: string) => path.relative(process.cwd(), path.resolve(f)) || f;

function text(r: Registry): string {
  const out: string[] = [];
  for (const p of r.partners) {
    out.push(`${p.name}${p.names.length > 1 ? ` (also: ${p.names.filter((n) => n !== p.name).join(', ')})` : ''}${p.home ? ' — a party to every agreement: read as your own organisation' : ''}`);
    for (const a of p.agreements) {
      out.push(`  ${relative(a.path)}: ${a.statusText} — ${a.why}`);
      for (const c of a.contacts) out.push(`    contact: ${c.text}`);
    }
    for (const f of p.findings) out.push(`  warning: ${f.message} [${f.code}]`);
    out.push('');
  }
  const findings = r.findings.length;
  out.push(`${r.partners.length} partner${r.partners.length === 1 ? '' : 's'} in ${r.agreements} agreement${r.agreements === 1 ? '' : 's'}${r.today ? ` (as of ${r.today})` : ''}, ${findings} finding${findings === 1 ? '' : 's'}.`);
  return out.map(plain).join('\n') + '\n';
}

/** A CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
function field(v: unknown): string {
  let s = String(v ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(r: Registry): string {
  const rows = [['partner', 'home', 'also_named', 'agreement', 'status', 'why', 'start', 'end', 'contacts', 'emails', 'phones', 'findings']];
  for (const p of r.partners) {
    for (const a of p.agreements) {
      rows.push([
        p.name,
        p.home ? 'yes' : '',
        p.names.filter((n) => n !== p.name).join('; '),
        relative(a.path),
        a.statusText,
        a.why,
        a.start ?? '',
        a.end ?? '',
        a.contacts.map((c) => c.text).join(' / '),
        [...new Set(a.contacts.flatMap((c) => c.emails))].join('; '),
        [...new Set(a.contacts.flatMap((c) => c.phones))].join('; '),
        p.findings.map((f) => f.code).join('; '),
      ]);
    }
  }
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

export const PARTNER_FORMATS = {
  text,
  json: (r: Registry) => JSON.stringify(r, null, 2) + '\n',
  csv,
  html: (r: Registry) => renderRegistryHtml(r, { nonce: randomBytes(18).toString('base64'), generated: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', generator: `mou-check ${VERSION}` }),
} satisfies Record<string, (r: Registry) => string>;

export type PartnerFormat = keyof typeof PARTNER_FORMATS;

export function isPartnerFormat(name: string): name is PartnerFormat {
  return Object.hasOwn(PARTNER_FORMATS, name);
}
