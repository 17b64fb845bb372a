/**
 * The import rules of ARCHITECTURE.md ("What may import what"), checked by reading the sources.
 * Each failure names the file, the line and the import. Type-only imports (`import type`) make no
 * run-time dependency and are allowed across rooms; a value import is what the rules are about.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = 'server/src';
const CORE = 'server/src/core';

interface Import {
  /** The importing file, relative to the repository, with / separators. */
  file: string;
  line: number;
  specifier: string;
  /** For a relative specifier: the imported module relative to the repository (no extension). */
  target?: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) out.push(rel);
  }
  return out;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Import[] = [];
  const add = (node: ts.Node, specifier: string, typeOnly: boolean) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const target = specifier.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.(ts|js)$/, '') : undefined;
    out.push({ file, line, specifier, target, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node, node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(node, node.moduleSpecifier.text, node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      add(node, node.moduleReference.expression.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.arguments.length >= 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) add(node, node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const ALL = [...sourceFiles('server/src'), ...sourceFiles('client/src')].flatMap(importsOf);
const show = (i: Import, why: string) => `${i.file}:${i.line} imports '${i.specifier}': ${why}`;
const within = (target: string | undefined, dir: string) => target !== undefined && (target === dir || target.startsWith(`${dir}/`));
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const bare = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Fails with one line per broken rule. */
function check(files: (i: Import) => boolean, broken: (i: Import) => string | undefined): void {
  const problems = ALL.filter(files).flatMap((i) => {
    const why = broken(i);
    return why ? [show(i, why)] : [];
  });
  if (problems.length) assert.fail(`\n${problems.join('\n')}\n(see ARCHITECTURE.md, "What may import what")`);
}

/** The parsing and data libraries the core may use (ARCHITECTURE.md), by package. */
const CORE_LIBRARIES = [
  'unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'mdast', 'mdast-util-from-markdown',
  'micromark-util-combine-extensions', 'micromark-util-types',
  // GFM without autolink literals, and front matter, by part (parse.ts).
  'micromark-extension-frontmatter', 'micromark-extension-gfm-footnote', 'micromark-extension-gfm-strikethrough', 'micromark-extension-gfm-table',
  'micromark-extension-gfm-task-list-item', 'mdast-util-frontmatter', 'mdast-util-gfm-footnote', 'mdast-util-gfm-strikethrough', 'mdast-util-gfm-table',
  'mdast-util-gfm-task-list-item', 'yaml', 'jsonc-parser', 'ajv', 'picomatch', 're2js', 'stemmer', 'franc-min', 'chrono-node',
];
/** What the client may import from the server (everything else it learns through the protocol). */
const CLIENT_MAY_IMPORT = [`${SERVER}/protocol`, `${SERVER}/startup/node-options`, `${SERVER}/lsp/diagnostic`];
const CONVERSION_LIBRARIES = /^(mammoth|unpdf|docx|rehype-[\w-]+|@napi-rs\/canvas)$/;

describe('import rules (ARCHITECTURE.md)', () => {
  it('finds the imports it checks', () => {
    assert.ok(ALL.filter((i) => within(i.file, CORE)).length > 100);
    assert.ok(ALL.some((i) => i.file.startsWith('client/src/') && i.specifier === 'vscode'));
  });

  it('the core imports only itself and its parsing and data libraries: no vscode, no LSP, no Node built-in (no I/O)', () => {
    check(
      (i) => within(i.file, CORE),
      (i) => {
        if (i.target !== undefined) return within(i.target, CORE) ? undefined : 'the core imports nothing outside server/src/core';
        if (i.typeOnly && !/^vscode/.test(i.specifier)) return undefined;
        if (/^vscode/.test(i.specifier)) return 'the core never imports vscode or the LSP libraries';
        if (NODE_BUILTINS.has(i.specifier)) return 'the core does no I/O: no Node built-in modules';
        return CORE_LIBRARIES.includes(bare(i.specifier)) ? undefined : `not one of the core's libraries (${CORE_LIBRARIES.join(', ')})`;
      },
    );
  });

  it('the core reads no Node global (process, Buffer, __dirname): it runs in a Web Worker as it does in Node (its lazy require() calls are bundled)', () => {
    const found: string[] = [];
    for (const file of sourceFiles(CORE)) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        // (A property or a key of that name, "x.process", "{ process: … }", is no global.)
        const named = (n: ts.Node) => (ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) || ts.isPropertyAssignment(n.parent) || ts.isPropertySignature(n.parent);
        if (ts.isIdentifier(node) && /^(?:process|Buffer|__dirname|__filename)$/.test(node.text) && !named(node)) {
          found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${node.text}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    assert.deepEqual(found, [], `Node globals in the core (a debugging line left behind?):\n${found.join('\n')}`);
  });

  it('the client imports from the server only protocol.ts, startup/node-options.ts, lsp/diagnostic.ts and core/render/', () => {
    check(
      (i) => i.file.startsWith('client/src/'),
      (i) => {
        if (i.target === undefined || within(i.target, 'client/src')) return undefined;
        if (CLIENT_MAY_IMPORT.includes(i.target) || within(i.target, `${CORE}/render`)) return undefined;
        return 'the client reaches the server only through protocol.ts (and node-options.ts, lsp/diagnostic.ts, core/render/)';
      },
    );
  });

  it('what the client imports from the server takes from the core only docs.ts and types (and render/ only the core’s types)', () => {
    const shared = [...CLIENT_MAY_IMPORT.map((m) => `${m}.ts`)];
    check(
      (i) => shared.includes(i.file) || within(i.file, `${CORE}/render`),
      (i) => {
        if (i.typeOnly || i.target === undefined) return undefined;
        if (within(i.file, `${CORE}/render`)) return within(i.target, `${CORE}/render`) ? undefined : 'core/render/ imports only itself (and types)';
        if (!within(i.target, SERVER)) return undefined;
        if (within(i.target, CORE)) return i.target === `${CORE}/docs` ? undefined : 'only core/docs.ts and types, so the client can use this file';
        return `only the core's docs.ts and types (not ${i.target}), so the client can use this file`;
      },
    );
  });

  it('the server, the CLI, startup/, config/ and documents/ import the core through core/index.ts (the CLI also formats/ and render/)', () => {
    const outside = (i: Import) => i.file.startsWith(`${SERVER}/`) && !within(i.file, CORE) && !within(i.file, `${SERVER}/bundle`) && !CLIENT_MAY_IMPORT.includes(i.file.replace(/\.ts$/, ''));
    check(outside, (i) => {
      if (i.typeOnly || !within(i.target, CORE) || i.target === CORE || i.target === `${CORE}/index`) return undefined;
      const cli = i.file === `${SERVER}/cli.ts` || within(i.file, `${SERVER}/cli`);
      if (cli && (within(i.target, `${CORE}/formats`) || within(i.target, `${CORE}/render`))) return undefined;
      return 'the core is imported through server/src/core/index.ts';
    });
  });

  it('startup/ imports no lsp/; documents/ imports no lsp/; the core imports no documents/', () => {
    check(
      (i) => within(i.file, `${SERVER}/startup`) || within(i.file, `${SERVER}/documents`),
      (i) => (within(i.target, `${SERVER}/lsp`) ? `${i.file.split('/')[2]}/ imports no lsp/ (the lsp rooms call it)` : undefined),
    );
  });

  it('only documents/convert.ts and what it imports load the conversion libraries; only documents/index.ts loads convert.ts', () => {
    const docs = `${SERVER}/documents`;
    const converting = new Set<string>();
    const walk = (module: string) => {
      if (converting.has(module)) return;
      converting.add(module);
      for (const i of ALL) if (i.file === `${module}.ts` && !i.typeOnly && within(i.target, docs)) walk(i.target!);
    };
    walk(`${docs}/convert`);
    check(
      (i) => i.file.startsWith(`${SERVER}/`) || i.file.startsWith('client/src/'),
      (i) => {
        if (i.typeOnly) return undefined;
        const inConvert = converting.has(i.file.replace(/\.ts$/, ''));
        if (CONVERSION_LIBRARIES.test(bare(i.specifier)) && !inConvert) return 'only documents/convert.ts and what it imports load the conversion libraries';
        if (i.target === `${docs}/convert` && i.file !== `${docs}/index.ts`) return 'only documents/index.ts loads convert.ts (lazily)';
        if (!inConvert && i.file !== `${docs}/index.ts` && converting.has(i.target ?? '') && i.target !== `${docs}/error`) {
          return `${i.target} is loaded with convert.ts (dist/documents.js), not on its own`;
        }
        return undefined;
      },
    );
  });
});
