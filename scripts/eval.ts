/**
 * `npm run eval`: the checker against the labelled real agreements in ../shared/corpus.
 *
 * The corpus is split once, by a seeded shuffle fixed before any tuning, into a tuning part
 * (two thirds) and a held-back part (one third). Per-document lines and evidence are printed for
 * the tuning part only; the held-back part shows totals and confusion matrices, so a change that
 * only fits the documents one has read shows up as a gap between the two. `--all` prints every
 * document (for a final report, not while tuning); `--doc NAME` prints one document's evidence;
 * `--corpus DIR` reads another labelled folder (labels.json of the same shape).
 *
 * Skips with a message when ../shared is not there (users and CI clones of the repo alone).
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, type Analysis } from '../server/src/core';

// `--corpus DIR`: another labelled folder of the same shape (labels.json beside the documents).
const corpusArg = process.argv.indexOf('--corpus');
const corpus = corpusArg > 0 ? path.resolve(process.argv[corpusArg + 1]) : path.resolve(__dirname, '..', '..', 'shared', 'corpus');
const labelsFile = path.join(corpus, 'labels.json');
if (!existsSync(labelsFile)) {
  console.log(`eval skipped: no labelled corpus at ${corpus} (it ships only with the development workspace).`);
  process.exit(0);
}

interface Entry {
  agreement?: boolean;
  labels?: Record<string, string>;
}
const documents = JSON.parse(readFileSync(labelsFile, 'utf8')).documents as Record<string, Entry>;

/** The held-back third: a seeded shuffle of the sorted file names (seed chosen on 2026-12-04, before tuning). */
const HOLDOUT_SEED = 20261204;
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function heldBack(files: string[]): Set<string> {
  const shuffled = [...files].sort();
  const random = mulberry32(HOLDOUT_SEED);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return new Set(shuffled.slice(0, Math.round(shuffled.length / 3)));
}

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const docArg = args[args.indexOf('--doc') + 1];
const onlyDoc = args.includes('--doc') ? docArg : undefined;

const SECTIONS = ['roles', 'points-of-contact', 'resource-commitments', 'safety-protocols', 'intended-outcomes'] as const;
const STATUSES = ['present', 'weak', 'missing', 'not-applicable'] as const;
const short: Record<string, string> = { present: 'P', weak: 'w', missing: '-', 'not-applicable': 'n/a' };

interface Tally {
  cells: number;
  exact: number;
  falseMissing: number;
  falsePresent: number;
  docs: number;
  callsRight: number;
  agreements: number;
  withParties: number;
  /** Agreements with two or more parties found (an agreement has at least two sides). */
  withTwoParties: number;
  confusion: Record<string, Record<string, Record<string, number>>>;
}
const tally = (): Tally => ({
  cells: 0, exact: 0, falseMissing: 0, falsePresent: 0, docs: 0, callsRight: 0, agreements: 0, withParties: 0, withTwoParties: 0,
  confusion: Object.fromEntries(SECTIONS.map((s) => [s, Object.fromEntries(STATUSES.map((l) => [l, Object.fromEntries(STATUSES.map((g) => [g, 0]))]))])),
});

const files = Object.keys(documents).sort();
const held = heldBack(files);
const parts = { tuning: tally(), 'held-back': tally() };

function evidenceLines(a: Analysis, id: string): string[] {
  const s = a.sections.find((x) => x.id === id);
  if (!s) return ['    (no result)'];
  const out = [`    ${id}: ${s.status} — ${s.reason ?? ''}`];
  for (const e of s.evidence) out.push(`      line ${a.model.lines.position(e.span.start).line + 1}: ${e.why}: ${e.text}`);
  if (s.lookedFor) out.push(`      looked for: ${s.lookedFor}`);
  return out;
}

if (!onlyDoc) {
  console.log(`${'document'.padEnd(48)} ${['roles', 'contacts', 'resources', 'safety', 'outcomes'].map((s) => s.padEnd(10)).join('')}score / call`);
}
for (const file of files) {
  const entry = documents[file];
  const isHeld = held.has(file);
  if (onlyDoc && file !== onlyDoc) continue;
  if (onlyDoc && isHeld && !showAll) {
    console.log(`${file} is in the held-back part: pass --all as well to read it (not while tuning).`);
    process.exit(2);
  }
  const t = parts[isHeld ? 'held-back' : 'tuning'];
  const a = analyze(readFileSync(path.join(corpus, file), 'utf8'));
  const wantAgreement = entry.agreement !== false;
  t.docs++;
  if (a.isAgreement === wantAgreement) t.callsRight++;
  const cells: string[] = [];
  if (wantAgreement && entry.labels) {
    t.agreements++;
    if (a.parties.length) t.withParties++;
    if (a.parties.length >= 2) t.withTwoParties++;
    for (const id of SECTIONS) {
      const label = entry.labels[id];
      if (!label) continue;
      const got = a.isAgreement ? a.sections.find((s) => s.id === id)?.status ?? 'missing' : 'missing';
      t.cells++;
      t.confusion[id][label][got]++;
      if (got === label) t.exact++;
      if (got === 'missing' && label !== 'missing') t.falseMissing++;
      if (got === 'present' && label !== 'present') t.falsePresent++;
      cells.push((got === label ? `${short[got]} ok` : `${short[got]}≠${short[label]} ✗`).padEnd(10));
    }
  } else {
    cells.push(''.padEnd(50));
  }
  const call = a.isAgreement === wantAgreement ? '' : `  ✗ called ${a.isAgreement ? 'an agreement' : 'not an agreement'}`;
  if (isHeld && !showAll) continue;
  const tag = isHeld ? '(held) ' : '';
  console.log(`${(tag + file).padEnd(48)} ${cells.join('')}${a.isAgreement ? a.score.toFixed(2) : 'not an agreement'}${call}`);
  if (onlyDoc || showAll || call || cells.some((c) => c.includes('✗'))) {
    console.log(`    call: ${a.agreementReason}`);
    if (a.isAgreement) console.log(`    parties: ${a.parties.map((p) => p.name).join('; ') || '(none)'}`);
    if (wantAgreement && entry.labels && a.isAgreement) {
      for (const id of SECTIONS) {
        const got = a.sections.find((s) => s.id === id)?.status;
        if (onlyDoc || got !== entry.labels[id]) console.log(evidenceLines(a, id).join('\n'));
      }
    }
  }
}

function report(name: string, t: Tally): void {
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
  console.log(`\n== ${name}: ${t.docs} documents (${t.agreements} labelled agreements) ==`);
  console.log(`exact agreement:     ${t.exact}/${t.cells} = ${pct(t.exact, t.cells)}`);
  console.log(`false missing:       ${t.falseMissing} = ${pct(t.falseMissing, t.cells)}`);
  console.log(`false present:       ${t.falsePresent} = ${pct(t.falsePresent, t.cells)}`);
  console.log(`agreement call right: ${t.callsRight}/${t.docs}`);
  console.log(`parties found:       ${t.withParties}/${t.agreements} agreements (two or more: ${t.withTwoParties})`);
  console.log(`confusion (rows: label, columns: checker — P present, w weak, - missing, n/a):`);
  for (const id of SECTIONS) {
    console.log(`  ${id}`);
    for (const l of STATUSES.slice(0, 3)) {
      console.log(`    ${short[l].padStart(3)} | ${STATUSES.map((g) => String(t.confusion[id][l][g]).padStart(4)).join('')}`);
    }
  }
}

if (!onlyDoc) {
  console.log(`\n(P present, w weak, - missing; got≠label; held-back documents are not listed unless --all)`);
  report('tuning part', parts.tuning);
  report('held-back part', parts['held-back']);
  const all = tally();
  for (const t of Object.values(parts)) {
    for (const k of ['cells', 'exact', 'falseMissing', 'falsePresent', 'docs', 'callsRight', 'agreements', 'withParties', 'withTwoParties'] as const) all[k] += t[k];
  }
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
  console.log(`\n== whole corpus: ${all.docs} documents ==`);
  console.log(`exact ${pct(all.exact, all.cells)} · false missing ${pct(all.falseMissing, all.cells)} (${all.falseMissing}) · false present ${all.falsePresent} · calls right ${all.callsRight}/${all.docs} · parties found ${all.withParties}/${all.agreements} (two or more: ${all.withTwoParties})`);
}
