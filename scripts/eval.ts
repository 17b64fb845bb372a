/**
 * `npm run eval`: the checker against the labelled real agreements in ../shared/corpus.
 * Prints, per document and core section, our status against the label, then the totals:
 * exact agreement, false `missing` (labelled present/weak, reported missing) and false
 * `present` (labelled weak/missing, reported present). Skips when ../shared is not there.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/core';

const corpus = path.resolve(__dirname, '..', '..', 'shared', 'corpus');
const labelsFile = path.join(corpus, 'labels.json');
if (!existsSync(labelsFile)) {
  console.log(`eval skipped: no labelled corpus at ${corpus} (it ships only with the development workspace).`);
  process.exit(0);
}

const labels = JSON.parse(readFileSync(labelsFile, 'utf8')).documents as Record<string, { labels: Record<string, string> }>;
let total = 0;
let exact = 0;
let falseMissing = 0;
let falsePresent = 0;
let notAgreement = 0;
const short: Record<string, string> = { present: 'P', weak: 'w', missing: '-', 'not-applicable': 'n/a' };

console.log(`${'document'.padEnd(48)} ${['roles', 'contacts', 'resources', 'safety', 'outcomes'].map((s) => s.padEnd(10)).join('')}score`);
for (const [file, { labels: want }] of Object.entries(labels)) {
  const a = analyze(readFileSync(path.join(corpus, file), 'utf8'));
  if (!a.isAgreement) notAgreement++;
  const cells: string[] = [];
  for (const [id, label] of Object.entries(want)) {
    const got = a.sections.find((s) => s.id === id)?.status ?? 'missing';
    total++;
    if (got === label) exact++;
    if (got === 'missing' && label !== 'missing') falseMissing++;
    if (got === 'present' && label !== 'present') falsePresent++;
    cells.push((got === label ? `${short[got]} ok` : `${short[got]}≠${short[label]} ✗`).padEnd(10));
  }
  console.log(`${file.padEnd(48)} ${cells.join('')}${a.isAgreement ? a.score.toFixed(2) : 'NOT AN AGREEMENT'}`);
}
const pct = (n: number) => `${((100 * n) / total).toFixed(1)}%`;
console.log(`\n(P present, w weak, - missing; got≠label)`);
console.log(`exact agreement: ${exact}/${total} = ${pct(exact)}`);
console.log(`false missing:   ${falseMissing}`);
console.log(`false present:   ${falsePresent}`);
console.log(`not recognised as an agreement: ${notAgreement} of ${Object.keys(labels).length}`);
process.exitCode = falseMissing || falsePresent || notAgreement ? 1 : 0;
