/** `node phases.js <file> <edits>`: the phase breakdown of phases.ts as one JSON line (bundled separately from worker.ts). */
import { readFileSync } from 'node:fs';
import { phases } from './phases';

const [file, edits] = process.argv.slice(2);
process.stdout.write(JSON.stringify(phases(readFileSync(file, 'utf8'), Number(edits ?? 15))) + '\n');
