/** Generates snippets/mou.code-snippets from the clause library (run by `npm run build`). */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { snippetsJson } from './snippets';

const out = path.resolve(__dirname, '..', 'snippets', 'mou.code-snippets');
writeFileSync(out, snippetsJson());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
