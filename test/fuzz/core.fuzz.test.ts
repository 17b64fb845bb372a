/**
 * Property-based tests of the analysis core (issue #9): whatever the markdown — generated
 * agreements, mutated agreements, raw junk — `analyze` never throws, is deterministic, finishes
 * in time proportional to the input, reports ranges inside the document, gives non-agreements no
 * findings and a score in [0, 1]; blocks cover the text; and analysing a sequence of edited
 * versions with one shared BlockCache gives the same result as analysing each from scratch.
 *
 * `npm test` runs it with a fixed seed (10,000 cases). `npm run fuzz` runs many more with a
 * random seed; MOU_FUZZ_RUNS and MOU_FUZZ_SEED override both (the seed is printed for replay).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze, BlockCache, CORE_SECTIONS, fileReport, LineIndex, RULES, type AnalyzeOptions, type SeveritySetting } from '../../server/src/core';
import {
  applyEdit,
  baseDocArb,
  describeEdit,
  fixtures,
  heavyEditArb,
  lightEditArb,
  MARKDOWN_TOKENS,
  rawTextArb,
  referenceText,
  type Edit,
} from './arbitraries';
import { commonPrefix, commonSuffix, IncrementalSplitter, splitBlocks } from '../../server/src/core/blocks';
import { ALLOWANCE_KB, bestTime, calibrate, calibration, checkAnalysis, checkBlocks, FIXED_MS, referenceLines, showInput, SLOPE, timeBound, timedAnalyze, withInput } from './check';

const FUZZ_MODE = process.env.npm_lifecycle_event === 'fuzz';
const DEFAULT_SEED = 9_2025;
const SEED = process.env.MOU_FUZZ_SEED ? Number(process.env.MOU_FUZZ_SEED) : FUZZ_MODE ? (Date.now() ^ Math.floor(Math.random() * 2 ** 31)) | 0 : DEFAULT_SEED;
const TOTAL = process.env.MOU_FUZZ_RUNS ? Number(process.env.MOU_FUZZ_RUNS) : FUZZ_MODE ? 100_000 : 10_000;
if (!Number.isInteger(SEED) || !Number.isInteger(TOTAL) || TOTAL < 1) throw new Error('MOU_FUZZ_SEED and MOU_FUZZ_RUNS must be integers');

/** Share of the cases each property gets (sums to 1). */
// Analysing costs 2–20 ms per case on a loaded 2-core machine (twice per case, for determinism);
// splitBlocks and LineIndex cases cost microseconds. 10,000 cases take about 30–60 s.
const SHARE = { raw: 0.25, mutated: 0.1, stress: 0.0012, incremental: 0.01, blocks: 0.25, resplit: 0.1, lines: 0.2888 } as const;
const runs = (k: keyof typeof SHARE) => Math.max(1, Math.round(TOTAL * SHARE[k]));

const REFERENCE = referenceText();
const stats = { yamlWarnings: 0, cases: 0, tried: 0, analyses: 0, edits: 0, replayed: 0, maxKB: 0, worstRatio: 0, worst: '' };
const started = performance.now();

function params(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns };
}

/** fc.assert that also counts the cases it ran (not the shrinks). */
function assertProperty<T>(prop: fc.IProperty<T>, numRuns: number): void {
  fc.assert(prop, params(numRuns) as fc.Parameters<T>);
  stats.cases += numRuns;
}

const SECTION_IDS = [...CORE_SECTIONS.map((s) => s.id), 'signatures', 'no-such-section'];
const optionsArb: fc.Arbitrary<AnalyzeOptions | undefined> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 4 },
  {
    arbitrary: fc.record(
      {
        required: fc.subarray(SECTION_IDS),
        severity: fc.dictionary(fc.constantFrom(...RULES.map((r) => r.id)), fc.constantFrom<SeveritySetting>('error', 'warning', 'information', 'hint', 'off')),
      },
      { requiredKeys: [] },
    ),
    weight: 1,
  },
);

/** The whole check of one input: no throw, deterministic, invariants, blocks, time. */
function checkOne(text: string, options?: AnalyzeOptions): void {
  stats.tried++;
  withInput(text, () => {
    const first = timedAnalyze(text, options);
    const second = timedAnalyze(text, options);
    stats.analyses += 2;
    assert.deepStrictEqual(second.report, first.report, 'analyze is not deterministic: two runs gave different reports');
    checkAnalysis(text, first.analysis, first.report);
    checkBlocks(text);
    const ms = bestTime(text, [first.ms, second.ms], options, REFERENCE);
    const bound = timeBound(text.length);
    const kb = text.length / 1024;
    stats.maxKB = Math.max(stats.maxKB, kb);
    if (ms / bound > stats.worstRatio) {
      stats.worstRatio = ms / bound;
      stats.worst = `${ms.toFixed(0)} ms for ${kb.toFixed(1)} KB`;
    }
    assert.ok(
      ms <= bound,
      `analyze took ${ms.toFixed(0)} ms (best of several runs) for ${kb.toFixed(1)} KB; the bound is ${bound.toFixed(0)} ms ` +
        `(${FIXED_MS} ms + ${SLOPE} × (${kb.toFixed(1)} + ${ALLOWANCE_KB}) KB × ${calibration.msPerKB.toFixed(2)} ms/KB, ` +
        `the speed of ordinary agreements measured just before)`,
    );
  });
}

function editedText(base: string, edits: Edit[]): string {
  let text = base;
  for (const e of edits) text = applyEdit(text, e);
  stats.edits += edits.length;
  return text;
}

describe('fuzz: the analysis core', function () {
  this.timeout(0);

  // The core parses front matter with `yaml`, which reports odd YAML through process.emitWarning
  // (stderr). Count those instead of letting thousands of them flood the test output.
  const emitWarning = process.emitWarning;
  before(() => {
    process.emitWarning = function (warning: string | Error, ...rest: unknown[]) {
      if ((warning as Error)?.name === 'YAMLWarning') stats.yamlWarnings++;
      else (emitWarning as (...a: unknown[]) => void).call(process, warning, ...rest);
    } as typeof process.emitWarning;
    console.log(`      fuzz: seed ${SEED}, ${TOTAL} cases${FUZZ_MODE ? ` (replay: MOU_FUZZ_SEED=${SEED} MOU_FUZZ_RUNS=${TOTAL} npm run fuzz)` : ''}`);
    // Warm the JIT so the first timed cases measure the code, not its compilation.
    for (let i = 0; i < 3; i++) for (const t of fixtures().slice(0, 6)) analyze(t);
    calibrate(REFERENCE);
    console.log(
      `      fuzz: ordinary agreements analyse at ${calibration.msPerKB.toFixed(2)} ms/KB here; ` +
        `time bound ${FIXED_MS} ms + ${SLOPE} × that × (KB + ${ALLOWANCE_KB}), re-measured before any case is failed`,
    );
  });

  after(() => {
    process.emitWarning = emitWarning;
    const s = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `      fuzz: ${stats.cases} cases, ${stats.tried} inputs tried, ${stats.analyses} analyses, ${stats.edits} edits applied, ` +
        `${stats.replayed} edits replayed incrementally, seed ${SEED}, ${s} s; largest input ${stats.maxKB.toFixed(0)} KB, ` +
        `slowest vs bound ${stats.worst} (${(stats.worstRatio * 100).toFixed(0)}% of bound)` +
        (stats.yamlWarnings ? `; the core let ${stats.yamlWarnings} YAMLWarnings reach process.emitWarning (stderr)` : ''),
    );
  });

  it(`raw markdown soup and junk strings (${runs('raw')} cases)`, () => {
    assertProperty(fc.property(rawTextArb, optionsArb, (text, options) => checkOne(text, options)), runs('raw'));
  });

  it(`mutated agreement-shaped documents (${runs('mutated')} cases)`, () => {
    assertProperty(
      fc.property(baseDocArb, fc.array(lightEditArb, { minLength: 0, maxLength: 6 }), optionsArb, (base, edits, options) => checkOne(editedText(base, edits), options)),
      runs('mutated'),
    );
  });

  it(`stress: huge lines, deep nesting, thousands of repeats (${runs('stress')} cases)`, () => {
    assertProperty(
      fc.property(
        fc.limitShrink(baseDocArb, 50),
        fc.limitShrink(heavyEditArb, 200),
        fc.array(lightEditArb, { maxLength: 2 }),
        (base, heavy, light) => checkOne(editedText(base, [heavy, ...light])),
      ),
      runs('stress'),
    );
  });

  it(`incremental analysis with one shared BlockCache equals analysis from scratch (${runs('incremental')} edit sequences)`, () => {
    const typing: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat({ max: 1 << 20 }), text: fc.constantFrom('a', ' ', '\n', '#', '- ', '*', '`', '[', ']', '|', '>', '```', '\r\n', 'é', '🎓') }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat({ max: 1 << 20 }), len: fc.integer({ min: 1, max: 3 }) }),
    );
    const editsArb = fc.array(fc.oneof({ arbitrary: typing, weight: 3 }, { arbitrary: lightEditArb, weight: 2 }), { minLength: 1, maxLength: 8 });
    assertProperty(
      fc.property(baseDocArb, editsArb, (base, edits) => {
        stats.tried++;
        const cache = new BlockCache();
        let text = base;
        const history: string[] = [];
        for (let i = 0; i <= edits.length; i++) {
          if (i > 0) {
            text = applyEdit(text, edits[i - 1]);
            history.push(describeEdit(edits[i - 1]));
            stats.replayed++;
          }
          const version = text;
          withInput(version, () => {
            try {
              const shared = analyze(version, { cache });
              const fresh = analyze(version);
              stats.analyses += 2;
              const report = fileReport('fuzz.md', fresh);
              assert.deepStrictEqual(fileReport('fuzz.md', shared), report, 'the shared-cache report differs from the from-scratch report');
              for (const k of ['blocks', 'headings', 'passages', 'placeholders', 'frontMatter'] as const) {
                assert.deepStrictEqual(shared.model[k], fresh.model[k], `the shared-cache model's ${k} differ from the from-scratch model's`);
              }
              assert.deepStrictEqual(shared.model.lines.starts, fresh.model.lines.starts, "the shared-cache model's line starts differ");
              assert.equal(cache.size, new Set(fresh.model.blocks.map((b) => b.text)).size, 'the cache holds blocks the document no longer has');
              checkAnalysis(version, fresh, report);
            } catch (e) {
              (e as Error).message += `\n    after edits: ${history.length ? history.join(', ') : '(none: the base document)'}\n    base: ${showInput(base)}`;
              throw e;
            }
          });
        }
      }),
      runs('incremental'),
    );
  });

  it(`splitBlocks covers the text exactly, at any soft limit (${runs('blocks')} cases)`, () => {
    const textArb = fc.oneof(
      rawTextArb,
      fc.tuple(baseDocArb, fc.array(lightEditArb, { maxLength: 4 })).map(([b, e]) => editedText(b, e)),
      fc.string({ unit: fc.constantFrom(...MARKDOWN_TOKENS, '\n', '\n', '\r\n', '\r'), maxLength: 400 }),
    );
    assertProperty(
      fc.property(textArb, fc.constantFrom(undefined, 0, 1, 8, 64, 256, 2048), (text, softLimit) => {
        stats.tried++;
        withInput(text, () => checkBlocks(text, softLimit));
      }),
      runs('blocks'),
    );
  });

  it(`re-splitting after each edit equals splitting from scratch (${runs('resplit')} edit sequences)`, () => {
    const typing: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat({ max: 1 << 20 }), text: fc.constantFrom('a', ' ', '\n', '\n\n', '#', '# ', '---\n', '```', '~~~\n', '<!--', '-->', '<pre>', '\r', '\r\n', '\uFEFF', '- ', '>') }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat({ max: 1 << 20 }), len: fc.integer({ min: 1, max: 5 }) }),
    );
    const baseArb = fc.oneof(
      baseDocArb,
      rawTextArb,
      fc.string({ unit: fc.constantFrom(...MARKDOWN_TOKENS, '\n', '\n', '\r\n', '\r'), maxLength: 400 }),
    );
    assertProperty(
      fc.property(baseArb, fc.array(fc.oneof({ arbitrary: typing, weight: 3 }, { arbitrary: lightEditArb, weight: 1 }), { minLength: 1, maxLength: 10 }), fc.constantFrom(8, 64, 256, 2048), fc.option(fc.nat(), { nil: undefined }), (base, edits, softLimit, told) => {
        stats.tried++;
        const splitter = new IncrementalSplitter(softLimit);
        let text = base;
        splitter.split(text);
        const history: string[] = [];
        for (const [i, e] of edits.entries()) {
          const before = text;
          text = applyEdit(text, e);
          // Sometimes tell the splitter where the text changed, as the server does from the editor's
          // ranged changes — a range at least as wide as the real change; sometimes split twice.
          if (told !== undefined && (told >> i) % 2 === 0) {
            const prefix = commonPrefix(before, text);
            const suffix = commonSuffix(before, text, Math.min(before.length, text.length) - prefix);
            const widen = (told >> (i + 8)) % 4;
            splitter.edited(Math.max(0, prefix - widen), Math.min(before.length, before.length - suffix + widen), before.length);
          }
          history.push(describeEdit(e));
          stats.edits++;
          const version = text;
          withInput(version, () => {
            try {
              assert.deepStrictEqual(splitter.split(version), splitBlocks(version, softLimit), 're-split blocks differ from a fresh split');
            } catch (err) {
              (err as Error).message += `\n    soft limit ${softLimit}; after edits: ${history.join(', ')}\n    base: ${showInput(base)}`;
              throw err;
            }
          });
        }
      }),
      runs('resplit'),
    );
  });

  it(`LineIndex: positions inside the text, offset(position(o)) round-trips (${runs('lines')} cases)`, () => {
    const textArb = fc.string({ unit: fc.constantFrom('a', 'é', '𝔘', '🎓', '中', '\u0301', '\n', '\r', '\r\n', '\uD800', '\uDC00', ' '), maxLength: 80 });
    assertProperty(
      fc.property(textArb, (text) => {
        stats.tried++;
        withInput(text, () => {
          const li = new LineIndex(text);
          const ref = referenceLines(text);
          assert.equal(li.lineCount, ref.lengths.length);
          for (let o = 0; o <= text.length; o++) {
            const p = li.position(o);
            assert.ok(p.line >= 0 && p.line < ref.lengths.length && p.character >= 0 && p.character <= ref.lengths[p.line], `position(${o}) = ${JSON.stringify(p)} is outside the text`);
            const back = li.offset(p);
            // Offsets inside a line break map to the end of that line's content.
            const expected = Math.min(o, ref.starts[p.line] + ref.lengths[p.line]);
            assert.equal(back, expected, `offset(position(${o})) = ${back}, expected ${expected}`);
          }
          for (let line = 0; line < ref.lengths.length; line++) {
            for (let ch = 0; ch <= ref.lengths[line]; ch++) assert.deepEqual(li.position(li.offset({ line, character: ch })), { line, character: ch });
          }
        });
      }),
      runs('lines'),
    );
  });
});
