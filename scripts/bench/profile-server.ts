/**
 * Profile the real server while it answers one-character edits, and say where the time goes.
 *
 *   node --import tsx scripts/bench/profile-server.ts [--bytes=1000000] [--edits=25] [--server=dist/server.js] [--top=25]
 *
 * Starts the server under `node --cpu-prof`, opens a generated agreement, pulls once, then types
 * `--edits` characters in the middle (pulling diagnostics after each), shuts the server down and
 * prints inclusive/self time per function, mapped to server/src through the bundle's source map.
 * The open and first pull are profiled too; the edit loop's share is reported separately by
 * running with --edits=0 and comparing, or by reading the latency line.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateAgreement } from './generate';
import { startServer } from './lsp';
import { summariseProfile, type CpuProfile } from './profile-summary';
import { SERVER_NODE_OPTIONS } from '../../server/src/startup/node-options';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? def;
const BYTES = Number(opt('bytes', '1000000'));
const EDITS = Number(opt('edits', '25'));
const TOP = Number(opt('top', '25'));
const SERVER = path.resolve(opt('server', path.resolve(__dirname, '..', '..', 'dist', 'server.js')));

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mou-prof-'));
  const text = generateAgreement(BYTES, 8);
  const client = await startServer(SERVER, [...SERVER_NODE_OPTIONS, '--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200']);
  const uri = 'file:///bench/profile.md';
  let t0 = performance.now();
  client.open(uri, text);
  await client.pull(uri);
  console.log(`open → first diagnostics: ${(performance.now() - t0).toFixed(0)} ms (${text.length} chars, sync kind ${client.syncKind})`);
  let cursor = text.indexOf('\n- ', text.length >> 1) + 3;
  const lat: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    await new Promise((r) => setTimeout(r, 30));
    t0 = performance.now();
    client.insert(uri, cursor++, 'abcdefghijklmnopqrstuvwxyz'[i % 26]);
    await client.pull(uri);
    lat.push(performance.now() - t0);
  }
  if (lat.length) console.log(`edits: median ${[...lat].sort((a, b) => a - b)[lat.length >> 1].toFixed(1)} ms over ${lat.length}`);
  await client.stop();
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  const s = summariseProfile(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile, TOP);
  console.log(`profile: ${path.join(dir, file)} — ${s.totalMs.toFixed(0)} ms of CPU (not idle)`);
  for (const [title, rows] of [['inclusive', s.inclusive], ['self', s.self], ['self by file', s.selfByFile]] as const) {
    console.log(`\n${title}`);
    for (const r of rows) console.log(`  ${r.name.padEnd(88)} ${r.ms.toFixed(1).padStart(9)} ms ${r.share.toFixed(1).padStart(5)}%`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
