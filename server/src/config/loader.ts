/**
 * Finds and reads `.mou.json` files for the server and the CLI, on any host: the files come
 * through `ConfigFiles` (files.ts: Node's disk, host.ts; the editor in the browser,
 * client-files.ts), so the desktop and the browser share every rule below.
 * Nearest file wins, searching from the agreement's folder up to the root; `extends` chains through
 * built-in playbooks and relative paths. A broken file never stops checking: its problems are
 * reported with positions and the last good version (or the defaults) is used meanwhile.
 */
import type * as Jsonc from 'jsonc-parser';
import { mergeConfigs, parseConfig, PLAYBOOKS, type MouConfig } from '../core';
import { CONFIG_FILE } from '../protocol';
import type { ConfigFiles } from './files';
import { hostFiles } from './host';

export { CONFIG_FILE };
export { MAX_CONFIG_BYTES } from './files';

/** How many files an `extends` chain may have (a longer one is a mistake, or an attack on the stack). */
export const MAX_EXTENDS_DEPTH = 16;

export interface ConfigProblem {
  file: string;
  message: string;
  offset: number;
  length: number;
  /** The file's text (to turn offsets into positions). */
  text: string;
}

export interface ResolvedConfig {
  /** The merged configuration, or undefined when there is none. */
  config?: MouConfig;
  /** The nearest config file (globs in `files`/`ignore` are relative to its folder). */
  file?: string;
  /** Every file of the extends chain. */
  chain: string[];
  problems: ConfigProblem[];
}

interface Parsed {
  text: string;
  config?: MouConfig;
  problems: ConfigProblem[];
  /** Not a MOU Author configuration at all (parseConfig): its problems are never shown through `extends`. */
  foreign?: boolean;
}

export class ConfigLoader {
  private parsed = new Map<string, Parsed>();
  private lastGood = new Map<string, MouConfig>();
  /** While `load` probes: the files asked about that the host has not fetched yet. */
  private probe?: Set<string>;

  constructor(readonly files: ConfigFiles = hostFiles()) {}

  /** Forget cached files (all, or one that changed on disk). */
  invalidate(file?: string): void {
    if (file) this.parsed.delete(this.files.path.resolve(file));
    else this.parsed.clear();
    this.files.forget?.(file && this.files.path.resolve(file));
  }

  /**
   * Have at hand every file `forDocument(docPath, root)` reads. Only for a host that fetches
   * (the browser): each round asks for what the last one found missing, the folders' .mou.json
   * first, then one round per `extends`; bounded by the chain's limit. A no-op on Node.
   */
  async load(docPath: string, root?: string): Promise<void> {
    if (!this.files.fetch) return;
    for (let round = 0; round <= MAX_EXTENDS_DEPTH + 1; round++) {
      const wanted = (this.probe = new Set<string>());
      try {
        this.forDocument(docPath, root);
      } finally {
        this.probe = undefined;
      }
      if (!wanted.size) return;
      await this.files.fetch([...wanted]);
    }
  }

  private exists(file: string): boolean {
    if (this.probe && this.files.known && !this.files.known(file)) {
      this.probe.add(file);
      return false;
    }
    return this.files.exists(file);
  }

  /** The nearest .mou.json from `dir` up to `root` (inclusive); beyond root only when dir is not under it. */
  find(dir: string, root?: string): string | undefined {
    const path = this.files.path;
    let d = path.resolve(dir);
    const stop = root ? path.resolve(root) : undefined;
    const under = stop && (d === stop || d.startsWith(stop + path.sep));
    for (;;) {
      const f = path.join(d, CONFIG_FILE);
      if (this.exists(f)) return f;
      if (under && d === stop) return undefined;
      const up = path.dirname(d);
      if (up === d) return undefined;
      d = up;
    }
  }

  forDocument(docPath: string, root?: string): ResolvedConfig {
    const file = this.find(this.files.path.dirname(docPath), root);
    return file ? this.resolve(file) : { chain: [], problems: [] };
  }

  /** A config file with its extends chain resolved. */
  resolve(file: string, seen: string[] = []): ResolvedConfig {
    const path = this.files.path;
    const abs = path.resolve(file);
    const parsed = this.parse(abs);
    const problems = [...parsed.problems];
    let config = parsed.config ?? this.lastGood.get(abs);
    const chain = [abs];
    if (parsed.config) this.lastGood.set(abs, parsed.config);
    if (config?.extends && !PLAYBOOKS.some((p) => p.id === config!.extends)) {
      const target = path.resolve(path.dirname(abs), config.extends);
      const at = valueRange(parsed.text, ['extends']);
      if ([...seen, abs].includes(target)) {
        problems.push({ file: abs, message: `“extends” makes a cycle: ${[...seen, abs, target].map((f) => path.basename(path.dirname(f)) + '/' + path.basename(f)).join(' → ')}.`, ...at, text: parsed.text });
      } else if (seen.length + 1 >= MAX_EXTENDS_DEPTH) {
        problems.push({ file: abs, message: `“extends” chains more than ${MAX_EXTENDS_DEPTH} configuration files: make the chain shorter.`, ...at, text: parsed.text });
      } else if (!this.exists(target)) {
        problems.push({ file: abs, message: `“extends” points to ${config.extends}, which does not exist.`, ...at, text: parsed.text });
      } else if (this.parse(target).foreign) {
        // Said without a word of what that file holds: it may be anything on disk.
        problems.push({ file: abs, message: `“extends” points to ${config.extends}, which is not a MOU Author configuration (.mou.json).`, ...at, text: parsed.text });
      } else {
        const parent = this.resolve(target, [...seen, abs]);
        problems.push(...parent.problems);
        chain.push(...parent.chain);
        config = mergeConfigs(parent.config ?? {}, config);
        // Keep the built-in playbook the parent extends, if any.
        const builtIn = parent.config?.extends ?? findBuiltIn(parent);
        if (builtIn && !config.extends) config.extends = builtIn;
      }
    }
    return { config, file: abs, chain, problems };
  }

  private parse(file: string): Parsed {
    const hit = this.parsed.get(file);
    if (hit) return hit;
    let text: string;
    try {
      text = this.files.read(file);
    } catch (e) {
      const p: Parsed = { text: '', problems: [{ file, message: `Cannot read the configuration: ${(e as Error).message}.`, offset: 0, length: 0, text: '' }] };
      this.parsed.set(file, p);
      return p;
    }
    const { config, issues, foreign } = parseConfig(text);
    const p: Parsed = { text, config, problems: issues.map((i) => ({ file, ...i, text })), foreign };
    this.parsed.set(file, p);
    return p;
  }
}

function findBuiltIn(r: ResolvedConfig): string | undefined {
  const e = r.config?.extends;
  return e && PLAYBOOKS.some((p) => p.id === e) ? e : undefined;
}

function valueRange(text: string, location: string[]): { offset: number; length: number } {
  // Loaded on first use (only a config with a bad `extends` gets here).
  const { findNodeAtLocation, parseTree } = require('jsonc-parser') as typeof Jsonc;
  const node = findNodeAtLocation(parseTree(text) ?? { type: 'object', offset: 0, length: 0 }, location);
  return node ? { offset: node.offset, length: node.length } : { offset: 0, length: 1 };
}

/** Line and column (0-based) of an offset in a config file's text. */
export function positionIn(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, character: offset - lastBreak - 1 };
}
