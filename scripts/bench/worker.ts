/**
 * One measurement in its own process, so that its peak RSS is its own:
 *
 *   node worker.js <tool> <file> <maxReps> <budgetMs> [warmupFile] [minReps]
 *
 * tool: `analyze` (the core, fresh BlockCache each time), `remark` (remark-parse + gfm +
 * frontmatter, the product's pipeline, on the whole text), `markdownlint` (sync API, default
 * rules). Repeats up to maxReps times, stopping early when the next
 * repetition would go past budgetMs (at least minReps, default 1, always run). Prints one JSON line.
 *
 * Bundled by bench.ts with esbuild exactly like dist/ (CommonJS, remark inlined), so the
 * process conditions match the shipped server rather than a TypeScript loader.
 */
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { lint } from 'markdownlint/sync';
import { analyze, BlockCache } from '../../server/src/core';
import { compileRegExpsOnce } from '../../server/src/startup/regexp-tier';

compileRegExpsOnce(); // as the server and the CLI do

export interface WorkerResult {
  tool: string;
  bytes: number;
  times: number[];
  /** CPU time (user + system, all threads: includes parallel GC) of each repetition, ms. */
  cpuTimes: number[];
  /** Peak RSS (KB) after reading the text and warming up, before the first measured repetition. */
  rssBeforeKB: number;
  /** Peak RSS (KB) after the first measured repetition: the peak of one check. */
  rssFirstKB: number;
  /** Peak RSS (KB) at the end. */
  rssPeakKB: number;
  info?: Record<string, unknown>;
}

const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

function run(tool: string, text: string): Record<string, unknown> | undefined {
  switch (tool) {
    case 'analyze': {
      const a = analyze(text, { cache: new BlockCache() });
      return { blocks: a.model.blocks.length, headings: a.model.headings.length, passages: a.model.passages.length, findings: a.findings.length, score: a.score, isAgreement: a.isAgreement };
    }
    case 'remark': {
      const tree = remark.parse(text);
      return { nodes: tree.children.length };
    }
    case 'markdownlint': {
      const r = lint({ strings: { doc: text } });
      return { issues: r.doc.length };
    }
    default:
      throw new Error(`unknown tool ${tool}`);
  }
}

function maxRssKB(): number {
  return process.resourceUsage().maxRSS;
}

function main(): void {
  const [tool, file, repsArg, budgetArg, warmupFile, minRepsArg] = process.argv.slice(2);
  const minReps = Number(minRepsArg ?? 1);
  const text = readFileSync(file, 'utf8');
  const maxReps = Number(repsArg);
  const budget = Number(budgetArg);
  // Warm the JIT the same way for every tool: the small agreement, up to 10 times or 1.5 s.
  if (warmupFile) {
    const warm = readFileSync(warmupFile, 'utf8');
    const w0 = performance.now();
    for (let i = 0; i < 10 && performance.now() - w0 < 1500; i++) run(tool, warm);
  }
  const result: WorkerResult = { tool, bytes: Buffer.byteLength(text, 'utf8'), times: [], cpuTimes: [], rssBeforeKB: maxRssKB(), rssFirstKB: 0, rssPeakKB: 0 };
  const started = performance.now();
  for (let i = 0; i < maxReps; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const info = run(tool, text);
    const dt = performance.now() - t0;
    const c = process.cpuUsage(c0);
    result.times.push(dt);
    result.cpuTimes.push((c.user + c.system) / 1000);
    if (i === 0) {
      result.rssFirstKB = maxRssKB();
      result.info = info;
    }
    if (i + 1 >= minReps && performance.now() - started + dt > budget) break;
  }
  result.rssPeakKB = maxRssKB();
  process.stdout.write(JSON.stringify(result) + '\n');
}

main();
