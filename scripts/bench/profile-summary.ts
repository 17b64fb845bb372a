/**
 * Summarise a V8 .cpuprofile (from `node --cpu-prof`): inclusive and self time per function,
 * mapped through the bundle's source map (dist/*.js.map) back to server/src when there is one.
 *
 *   node --import tsx scripts/bench/profile-summary.ts FILE.cpuprofile [top]
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  inclusive: Array<{ name: string; ms: number; share: number }>;
  self: Array<{ name: string; ms: number; share: number }>;
  selfByFile: Array<{ name: string; ms: number; share: number }>;
}

const maps = new Map<string, { map: SourceMap; sources: Map<string, string[]> } | null>();

function sourceMapFor(url: string): { map: SourceMap; sources: Map<string, string[]> } | null {
  if (maps.has(url)) return maps.get(url)!;
  let entry: { map: SourceMap; sources: Map<string, string[]> } | null = null;
  try {
    const file = url.startsWith('file:') ? fileURLToPath(url) : url;
    if (file && existsSync(file + '.map')) {
      const payload = JSON.parse(readFileSync(file + '.map', 'utf8'));
      const sources = new Map<string, string[]>();
      (payload.sources as string[]).forEach((s, i) => {
        const content = payload.sourcesContent?.[i];
        if (typeof content === 'string') sources.set(path.resolve(path.dirname(file), s), content.split('\n'));
      });
      entry = { map: new SourceMap(payload), sources };
    }
  } catch {
    entry = null;
  }
  maps.set(url, entry);
  return entry;
}

/** Readable name of a call frame: original file:line (and a function name found there) when mapped. */
function frameName(cf: CallFrame): { name: string; file: string } {
  if (!cf.url) return { name: cf.functionName || '(native)', file: cf.functionName || '(native)' };
  const sm = sourceMapFor(cf.url);
  if (sm) {
    const e = sm.map.findEntry(cf.lineNumber, cf.columnNumber) as { originalSource?: string; originalLine?: number; name?: string };
    if (e && e.originalSource) {
      const src = e.originalSource.startsWith('file:') ? fileURLToPath(e.originalSource) : path.resolve(path.dirname(fileURLToPath(cf.url)), e.originalSource);
      const rel = path.relative(process.cwd(), src).replace(/^(\.\.\/)+node_modules\//, 'node_modules/');
      const text = sm.sources.get(src)?.[e.originalLine ?? 0] ?? '';
      const m =
        /function\*?\s+([\w$]+)/.exec(text) ??
        /(?:const|let|var)\s+([\w$]+)\s*=/.exec(text) ??
        /^\s*(?:(?:public|private|static|async|get|set)\s+)*([\w$]+)\s*\(/.exec(text) ??
        /([\w$]+)\s*:\s*(?:async\s*)?(?:function|\()/.exec(text);
      const fn = m?.[1] ?? e.name ?? '(anonymous)';
      return { name: `${fn} (${rel}:${(e.originalLine ?? 0) + 1})`, file: rel };
    }
  }
  const rel = cf.url.startsWith('file:') ? path.relative(process.cwd(), fileURLToPath(cf.url)) : cf.url;
  return { name: `${cf.functionName || '(anonymous)'} (${rel}:${cf.lineNumber + 1})`, file: rel };
}

export function summariseProfile(profile: CpuProfile, top = 20): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const names = new Map<number, { name: string; file: string }>();
  const nameOf = (id: number) => {
    let v = names.get(id);
    if (!v) names.set(id, (v = frameName(byId.get(id)!.callFrame)));
    return v;
  };
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  const selfFile = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // µs → ms: time until the next sample
    const leaf = profile.samples[i];
    const leafName = byId.get(leaf)!.callFrame.functionName;
    if (leafName === '(idle)') continue;
    total += dt;
    const ln = nameOf(leaf);
    self.set(ln.name, (self.get(ln.name) ?? 0) + dt);
    selfFile.set(ln.file, (selfFile.get(ln.file) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const cf = byId.get(id)!.callFrame;
      if (cf.functionName === '(root)') break;
      const n = nameOf(id).name;
      if (seen.has(n)) continue;
      seen.add(n);
      inclusive.set(n, (inclusive.get(n) ?? 0) + dt);
    }
  }
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => ({ name, ms: t, share: total ? (100 * t) / total : 0 }));
  return { totalMs: total, inclusive: list(inclusive), self: list(self), selfByFile: list(selfFile) };
}

if (process.argv[1] && /profile-summary\.[cm]?[jt]s$/.test(process.argv[1])) {
  const file = process.argv[2];
  const top = Number(process.argv[3] ?? 30);
  const s = summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, top);
  const print = (title: string, rows: ProfileSummary['inclusive']) => {
    console.log(`\n${title}`);
    for (const r of rows) console.log(`  ${r.name.padEnd(90)} ${r.ms.toFixed(1).padStart(9)} ms ${r.share.toFixed(1).padStart(5)}%`);
  };
  console.log(`total (not idle): ${s.totalMs.toFixed(0)} ms`);
  print('inclusive', s.inclusive);
  print('self', s.self);
  print('self by file', s.selfByFile);
}
