/**
 * The partner registry's time for 200 generated agreements (issue 21): `mou-check --partners` on
 * the folder end to end (folder walk, 200 analyses, the registry, JSON out), and `buildRegistry`
 * alone over the 200 reports. A row of `npm run bench`; also runs alone:
 *
 *   node --import tsx scripts/bench/registry.ts
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildRegistry, type FileReport, type Registry } from '../../server/src/core';
import { manyPartnerAgreements } from './partner-agreements';

const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
const TODAY = '2035-01-15';

export interface RegistryTiming {
  agreements: number;
  partners: number;
  findings: number;
  /** mou-check --partners --format json on the folder, wall clock per run (ms). */
  cliMs: number[];
  cliMedian: number;
  /** buildRegistry over the 200 reports, in process (ms). */
  buildMs: number[];
  buildMedian: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function registryTiming(count = 200, runs = 3): RegistryTiming {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mou-registry-bench-'));
  try {
    for (const f of manyPartnerAgreements(count)) writeFileSync(path.join(dir, f.name), f.text);
    const cliMs: number[] = [];
    let registry: Registry | undefined;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      registry = JSON.parse(execFileSync(process.execPath, [CLI, '--partners', '--format', 'json', '--today', TODAY, dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as Registry;
      cliMs.push(performance.now() - t);
    }
    // (Exit 1: some agreements have error findings; the reports are still all there.)
    const checked = spawnSync(process.execPath, [CLI, '--format', 'json', '--today', TODAY, dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const reports = (JSON.parse(checked.stdout) as { files: FileReport[] }).files;
    const buildMs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      buildRegistry(reports, { today: TODAY });
      buildMs.push(performance.now() - t);
    }
    return { agreements: registry!.agreements, partners: registry!.partners.length, findings: registry!.findings.length, cliMs, cliMedian: median(cliMs), buildMs, buildMedian: median(buildMs) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const r = registryTiming();
  console.log(`partner registry, ${r.agreements} agreements → ${r.partners} partners, ${r.findings} findings`);
  console.log(`  mou-check --partners (walk + analyse + registry): ${Math.round(r.cliMedian)} ms median of ${r.cliMs.map((x) => Math.round(x)).join(', ')}`);
  console.log(`  buildRegistry alone over the reports: ${r.buildMedian.toFixed(2)} ms median of ${r.buildMs.length}`);
}
