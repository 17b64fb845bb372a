/** Writes the generated files (snippets, .mou.json schema, manifest settings, the grammar's Signatures heading); run by `npm run build`. */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { configValidatorJs, generatedSettings, grammarJson, rulesIndexMarkdown, schemaJson, snippetsJson } from './generated';

const root = path.resolve(__dirname, '..');
const write = (rel: string, text: string) => {
  const file = path.join(root, rel);
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    // new file
  }
  if (old !== text) writeFileSync(file, text);
};
write('snippets/mou.code-snippets', snippetsJson());
write('schemas/mou.schema.json', schemaJson());
write('server/src/core/definitions/config-validator.js', configValidatorJs());
write('docs/rules/README.md', rulesIndexMarkdown());
const grammarFile = 'syntaxes/mou.injection.tmLanguage.json';
write(grammarFile, grammarJson(readFileSync(path.join(root, grammarFile), 'utf8')));
const pkgFile = path.join(root, 'package.json');
const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
pkg.contributes.configuration.properties = { ...pkg.contributes.configuration.properties, ...generatedSettings() };
write('package.json', JSON.stringify(pkg, null, 2) + '\n');
console.log('generated snippets, schema, settings, the rules index and the grammar\'s Signatures heading');
