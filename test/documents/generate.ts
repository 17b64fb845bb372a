/**
 * Word and PDF files made by tools that are not this project, from the markdown fixtures:
 * pandoc (markdown → .docx) and LibreOffice (markdown → HTML by pandoc → .docx and .pdf, the way
 * a person saves a web page or a document from Writer). Installed from Debian when missing (as
 * the other tests install theirs); results cached in the git-ignored .cache/documents/, keyed by
 * the fixture's text and the tools' versions.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ensureDebianPackages, isInstalled } from '../support/debian';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CACHE = path.join(process.env.MOU_E2E_CACHE || path.join(ROOT, '.cache'), 'documents');
/** Changes when the way files are made changes (the cache key). */
const GENERATOR = 'v2';
/**
 * The tools, and the fonts LibreOffice lays a PDF out in: a PDF's text (its line breaks, the rows a
 * table's wrapped cells are rebuilt into) depends on the fonts' metrics, so without
 * fonts-liberation (metric-compatible with the Times and Arial the documents ask for) the PDFs
 * differ from one machine to another.
 */
export const PACKAGES = ['pandoc', 'libreoffice-writer-nogui', 'fonts-liberation'];

export function ensureTools(): void {
  if (spawnSync('pandoc', ['--version']).status === 0 && spawnSync('soffice', ['--version']).status === 0 && isInstalled('fonts-liberation')) return;
  ensureDebianPackages(PACKAGES);
}

let versions: string | undefined;
function toolVersions(): string {
  versions ??= [execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0], execFileSync('soffice', ['--version'], { encoding: 'utf8' }).split('\n')[0], execFileSync('dpkg-query', ['-W', '-f=${Version}', 'fonts-liberation'], { encoding: 'utf8' })].join(';');
  return versions;
}

/** A private LibreOffice profile: a run never touches (or waits on) the user's own. */
function soffice(args: string[], cwd: string): void {
  const profile = mkdtempSync(path.join(tmpdir(), 'mou-lo-'));
  try {
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], { cwd, encoding: 'utf8', timeout: 240_000 });
    if (r.status !== 0) throw new Error(`soffice ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface Generated {
  name: string;
  pandocDocx: string;
  libreDocx: string;
  librePdf: string;
}

/** Convert the given markdown files (name → path); each file made once per text and tool versions. */
export function generate(sources: Array<{ name: string; file: string }>): Generated[] {
  ensureTools();
  const out: Generated[] = [];
  const todo: Array<{ dir: string; base: string }> = [];
  for (const s of sources) {
    const text = readFileSync(s.file);
    const key = createHash('sha256').update(GENERATOR).update(toolVersions()).update('\0').update(text).digest('hex').slice(0, 16);
    const base = s.name.replace(/[\\/]/g, '__').replace(/\.md$/, '');
    const dir = path.join(CACHE, key);
    const g = { name: s.name, pandocDocx: path.join(dir, `${base}.pandoc.docx`), libreDocx: path.join(dir, `${base}.docx`), librePdf: path.join(dir, `${base}.pdf`) };
    out.push(g);
    if (existsSync(path.join(dir, '.done'))) continue;
    mkdirSync(dir, { recursive: true });
    copyFileSync(s.file, path.join(dir, `${base}.md`));
    execFileSync('pandoc', [`${base}.md`, '-o', path.basename(g.pandocDocx)], { cwd: dir });
    execFileSync('pandoc', [`${base}.md`, '-s', '--metadata', `pagetitle=${base}`, '-o', `${base}.html`], { cwd: dir, stdio: ['ignore', 'ignore', 'ignore'] });
    todo.push({ dir, base });
  }
  // One LibreOffice start per format for all files not yet made (each start costs seconds).
  if (todo.length) {
    const work = mkdtempSync(path.join(tmpdir(), 'mou-lo-work-'));
    try {
      const html = todo.map((t, i) => {
        const f = `${i}.html`;
        copyFileSync(path.join(t.dir, `${t.base}.html`), path.join(work, f));
        return f;
      });
      soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', 'out', ...html], work);
      soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', 'out', ...html], work);
      todo.forEach((t, i) => {
        copyFileSync(path.join(work, 'out', `${i}.docx`), path.join(t.dir, `${t.base}.docx`));
        copyFileSync(path.join(work, 'out', `${i}.pdf`), path.join(t.dir, `${t.base}.pdf`));
        writeFileSync(path.join(t.dir, '.done'), '');
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return out;
}

/** Convert any file with LibreOffice (e.g. our .docx to PDF or text, to prove Word-compatible output). */
export function libreConvert(file: string, to: string, outdir: string): string {
  soffice(['--convert-to', to, '--outdir', outdir, file], path.dirname(file));
  return path.join(outdir, path.basename(file).replace(/\.[^.]+$/, '') + '.' + to.split(':')[0]);
}
