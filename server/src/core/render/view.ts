/**
 * What every completeness view shows, computed once from a FileReport: the score, the checklist
 * (core and recommended sections), the party matrix, the blanks left to fill in, and for each
 * item the place in the document it leads to. The webview, the status bar, the Markdown-preview
 * banner, the exported reports and the CLI's HTML all read this; none of them interprets the
 * report on its own (and nothing here parses a message).
 */
import type { FileReport } from '../report';
import type { Position } from '../types';
import { ASPECTS, type Aspect, type Blank, type ChecklistItem, type CompletenessView, type EvidenceLine, type ItemStatus, type PartyRow, type Target } from './view-shape';

export * from './view-shape';

const ASPECT_SECTION: Record<Aspect, string> = { duty: 'roles', contact: 'points-of-contact', contribution: 'resource-commitments' };

type Diagnostic = FileReport['diagnostics'][number];
type Section = NonNullable<FileReport['sections']>[number];

function asStatus(s: string): ItemStatus {
  return s === 'present' || s === 'weak' || s === 'missing' || s === 'not-applicable' ? s : 'missing';
}

function at(p: Position | undefined, fix: boolean): Target | undefined {
  if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return undefined;
  return { line: p.line, character: p.character, fix };
}

export function baseName(path: string): string {
  const clean = path.replace(/[?#].*$/, '');
  const name = clean.slice(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1);
  try {
    return decodeURIComponent(name) || path;
  } catch {
    return name || path;
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function completenessView(report: FileReport): CompletenessView {
  const diagnostics = report.diagnostics ?? [];
  const diagnostic = (pred: (d: Diagnostic) => boolean) => diagnostics.find(pred);
  const sections = (report.sections ?? []) as Section[];

  const core: ChecklistItem[] = sections.map((s) => {
    const status = asStatus(s.status);
    let target: Target | undefined;
    if (status === 'missing') {
      // Where the quick fix inserts the section; without that, the finding's own place.
      const finding = at(diagnostic((d) => d.code === 'missing-section' && d.section === s.id)?.range.start, true);
      const insert = at(s.insertAt, true);
      target = insert ? { ...insert, ...(finding ? { fixAt: { line: finding.line, character: finding.character } } : {}) } : finding;
    } else {
      target = at(s.range?.start, status === 'weak');
    }
    const foundAs = s.foundAs && s.foundAs.trim().toLowerCase() !== s.title.trim().toLowerCase() ? s.foundAs : undefined;
    const evidence = evidenceOf(s);
    const lookedFor = (status === 'weak' || status === 'missing') && s.lookedFor?.trim() ? s.lookedFor.trim() : undefined;
    return {
      key: `core:${s.id}`, id: s.id, title: s.title, kind: 'core', required: s.required, status, reason: s.reason,
      ...(foundAs ? { foundAs } : {}), ...(target ? { target } : {}), evidence, ...(lookedFor ? { lookedFor } : {}),
    };
  });

  const recommended: ChecklistItem[] = (report.recommended ?? []).map((r) => {
    const finding = r.found ? undefined : diagnostic((d) => d.code === 'recommended-section' && d.section === r.id);
    const target = at(finding?.range.start, true);
    return {
      key: `recommended:${r.id}`,
      id: r.id,
      title: r.title,
      kind: 'recommended',
      required: false,
      status: r.found ? 'present' : 'missing',
      reason: r.found ? 'in the agreement' : 'not in the agreement; most strong agreements have it',
      ...(target ? { target } : {}),
      evidence: [],
    };
  });

  const parties: PartyRow[] = (report.parties ?? []).map((p, i) => ({
    name: p.name,
    cells: ASPECTS.map(({ aspect }) => {
      const ok = !!p[aspect];
      let target: Target | undefined;
      if (!ok) {
        const finding = diagnostic((d) => d.code === `party-no-${aspect}` && d.data?.party === p.name);
        // No finding when the whole section is missing: lead to that section instead.
        target = at(finding?.range.start, true) ?? core.find((c) => c.id === ASPECT_SECTION[aspect])?.target;
      }
      return { key: `party:${i}:${aspect}`, aspect, ok, ...(target ? { target } : {}) };
    }),
  }));

  const blanks: Blank[] = diagnostics
    .filter((d) => d.code === 'placeholder')
    .map((d, i) => ({
      key: `blank:${i}`,
      text: typeof d.data?.placeholder === 'string' ? d.data.placeholder : '',
      line: d.range.start.line + 1,
      target: { line: d.range.start.line, character: d.range.start.character, fix: true },
    }));

  const counted = core.filter((c) => c.required && c.status !== 'not-applicable');
  const complete = counted.filter((c) => c.status === 'present').length;
  const missing = counted.filter((c) => c.status === 'missing');
  const weak = counted.filter((c) => c.status === 'weak');
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const percent = Math.round((report.score ?? 0) * 100);
  const ready = report.isAgreement && !report.language && missing.length === 0 && weak.length === 0 && blanks.length === 0 && errors === 0;

  const gaps: string[] = [];
  if (missing.length) gaps.push(`${plural(missing.length, 'section')} missing`);
  if (weak.length) gaps.push(`${plural(weak.length, 'section')} to strengthen`);
  if (blanks.length) gaps.push(`${plural(blanks.length, 'blank')} to fill in`);
  // A party's gap in a section that is missing altogether is that missing section, counted once above.
  const missingIds = new Set(core.filter((c) => c.status === 'missing').map((c) => c.id));
  const partyGaps = parties.reduce((n, p) => n + p.cells.filter((c) => !c.ok && !missingIds.has(ASPECT_SECTION[c.aspect])).length, 0);
  if (partyGaps) gaps.push(plural(partyGaps, 'party gap'));
  let verdict: string;
  if (report.language) verdict = `Not judged: it seems to be written in ${report.language}, and MOU Author reads agreements written in English.`;
  else if (!report.isAgreement) verdict = report.error ? `Could not be checked: ${report.error}` : 'This file does not look like a partnership agreement.';
  else if (ready) verdict = partyGaps ? `Ready to sign, though ${plural(partyGaps, 'party gap')} ${partyGaps === 1 ? 'is' : 'are'} left.` : 'Ready to sign: every core section is complete and no blanks are left.';
  else verdict = `Not ready to sign: ${joinWords(gaps)}.`;

  const state = ready ? 'ready' : missing.length || errors ? 'blocked' : 'partial';
  return {
    path: report.path,
    fileName: baseName(report.path),
    // An agreement in another language is shown as not checked: nothing in it was judged.
    isAgreement: report.isAgreement && !report.language,
    ...(report.language ? { language: report.language } : {}),
    agreementReason: sentence(report.agreementReason),
    ...(report.error ? { error: report.error } : {}),
    percent,
    complete,
    required: counted.length,
    missing,
    weak,
    core,
    recommended,
    parties,
    blanks,
    errors,
    warnings,
    ready,
    state,
    gaps,
    verdict,
  };
}

/** A section's evidence with 1-based lines, leaving out entries without a usable place. */
function evidenceOf(s: Section): EvidenceLine[] {
  const out: EvidenceLine[] = [];
  (Array.isArray(s.evidence) ? s.evidence : []).forEach((e, i) => {
    const target = at(e?.range?.start, false);
    if (!target) return;
    out.push({ key: `evidence:${s.id}:${i}`, line: target.line + 1, text: String(e.text ?? ''), why: String(e.why ?? ''), target });
  });
  return out;
}

/** "its title (…) is not an agreement's" → "Its title (…) is not an agreement's." */
function sentence(text: string | undefined): string {
  const t = (text ?? '').trim();
  if (!t) return '';
  return `${t[0].toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}

function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "3 of 5 core sections complete". */
export function completeText(v: CompletenessView): string {
  return `${v.complete} of ${v.required} core section${v.required === 1 ? '' : 's'} complete`;
}

/** The status bar's text: "MOU 3/5". */
export function statusBarText(v: CompletenessView): string {
  return `MOU ${v.complete}/${v.required}`;
}

/** Every item of the view that leads somewhere, by key (what a click in the webview sends back). */
export function targets(v: CompletenessView): Map<string, Target> {
  const out = new Map<string, Target>();
  for (const item of [...v.core, ...v.recommended]) if (item.target) out.set(item.key, item.target);
  for (const item of v.core) for (const e of item.evidence) out.set(e.key, e.target);
  for (const row of v.parties) for (const cell of row.cells) if (cell.target) out.set(cell.key, cell.target);
  for (const b of v.blanks) out.set(b.key, b.target);
  return out;
}
