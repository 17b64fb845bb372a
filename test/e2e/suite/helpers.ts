/**
 * Helpers for the end-to-end scenarios. They run inside the extension host and use only the
 * public `vscode` API. Nothing here sleeps: every wait is on a VS Code event, re-checking a
 * condition each time the event fires, with a deadline that only turns a hang into a clear
 * failure.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The five core sections: stable id and the plain title the checker's messages use. */
export const CORE_SECTIONS = [
  { id: 'roles', title: 'Roles and responsibilities' },
  { id: 'points-of-contact', title: 'Points of contact' },
  { id: 'resource-commitments', title: 'Resource commitments' },
  { id: 'safety-protocols', title: 'Safety protocols' },
  { id: 'intended-outcomes', title: 'Intended outcomes' },
] as const;
export type SectionId = (typeof CORE_SECTIONS)[number]['id'];
export const ALL_SECTION_IDS: SectionId[] = CORE_SECTIONS.map((s) => s.id).sort();

/** How long any single wait may take before the test fails (the first one includes server start-up). */
export const WAIT_MS = Number(process.env.MOU_E2E_WAIT_MS ?? 20_000);

// ---------------------------------------------------------------------------------------------
// Waiting without sleeping

/**
 * Resolve with `condition()`'s value as soon as it is truthy. The condition is checked now and
 * again every time one of `events` fires; nothing polls. After `timeoutMs` the promise rejects
 * with `what` and, if given, `describe()` of the state last seen.
 */
export function waitFor<T>(
  what: string,
  condition: () => T | undefined | null | false,
  events: vscode.Event<unknown> | Array<vscode.Event<unknown>>,
  timeoutMs = WAIT_MS,
  describe?: () => string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
      fn();
    };
    const check = () => {
      try {
        const value = condition();
        if (value) finish(() => resolve(value));
      } catch (e) {
        finish(() => reject(e));
      }
    };
    const timer = setTimeout(() => {
      const state = describe ? `\n  last seen: ${describe()}` : '';
      finish(() => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.${state}`)));
    }, timeoutMs);
    for (const event of Array.isArray(events) ? events : [events]) subscriptions.push(event(check));
    check();
  });
}

/** Resolve with the next `event` that passes `filter` (subscribe before causing it). */
export function nextEvent<T>(what: string, event: vscode.Event<T>, filter: (e: T) => boolean = () => true,
  timeoutMs = WAIT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`));
    }, timeoutMs);
    const sub = event((e) => {
      if (!filter(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

/** The diagnostics this extension published for `uri` (source `mou`). */
export function mouDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mou');
}

/** A diagnostic's code as a string, whether VS Code gives it bare or as `{ value, target }`. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.code === undefined) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Which core section a message names, by its plain title (case-insensitive). */
export function sectionNamedIn(message: string): SectionId | undefined {
  const lower = message.toLowerCase();
  return CORE_SECTIONS.find((s) => lower.includes(s.title.toLowerCase()))?.id;
}

export function missingSectionDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return mouDiagnostics(uri).filter((d) => codeOf(d) === 'missing-section');
}

/** Sorted ids of the sections reported missing for `uri` (`?` for a message naming none). */
export function missingSectionIds(uri: vscode.Uri): string[] {
  return missingSectionDiagnostics(uri).map((d) => sectionNamedIn(d.message) ?? `?(${d.message})`).sort();
}

/** A comparable snapshot of everything `mou` reports for a document (ranges left out). */
export function snapshot(uri: vscode.Uri): string {
  return JSON.stringify(mouDiagnostics(uri).map((d) => `${codeOf(d)} | ${d.severity} | ${d.message}`).sort());
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const ds = mouDiagnostics(uri);
  if (ds.length === 0) return `no mou diagnostics for ${vscode.workspace.asRelativePath(uri)}`;
  return `${ds.length} mou diagnostics for ${vscode.workspace.asRelativePath(uri)}:\n` +
    ds.map((d) => `    - [${codeOf(d)}] ${d.message}`).join('\n');
}

/** Wait until `predicate` holds for the `mou` diagnostics of `uri`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} (${vscode.workspace.asRelativePath(uri)})`,
    () => {
      const ds = mouDiagnostics(uri);
      return predicate(ds) ? ds : undefined;
    },
    vscode.languages.onDidChangeDiagnostics,
    timeoutMs,
    () => describeDiagnostics(uri),
  );
}

/** Wait until the set of sections reported missing for `uri` is exactly `ids`. */
export function waitForMissingSections(uri: vscode.Uri, ids: readonly string[], timeoutMs = WAIT_MS): Promise<vscode.Diagnostic[]> {
  const want = JSON.stringify([...ids].sort());
  return waitForDiagnostics(uri, `missing sections to be [${[...ids].sort().join(', ')}]`,
    () => JSON.stringify(missingSectionIds(uri)) === want, timeoutMs);
}

/** Wait until section `id` is no longer reported missing for `uri` (whatever else changes). */
export function waitForSectionNotMissing(uri: vscode.Uri, id: SectionId, timeoutMs = WAIT_MS): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, `"${id}" to no longer be reported missing`,
    () => !missingSectionIds(uri).includes(id), timeoutMs);
}

/**
 * Record every change of `uri`'s `mou` diagnostics from now on (snapshots, in order), so a test
 * can check afterwards that nothing changed in between two points.
 */
export function recordDiagnosticChanges(uri: vscode.Uri): { changes: string[]; dispose(): void } {
  const changes: string[] = [];
  const sub = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === uri.toString())) changes.push(snapshot(uri));
  });
  return { changes, dispose: () => sub.dispose() };
}

// ---------------------------------------------------------------------------------------------
// Workspace files and editors

/** The workspace folder with this name (multi-root) or the only one. */
export function folder(name?: string): vscode.WorkspaceFolder {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const found = name === undefined ? folders[0] : folders.find((f) => f.name === name);
  assert.ok(found, `workspace folder ${name ?? '#0'} is not open; open folders: ${folders.map((f) => f.name).join(', ') || 'none'}`);
  return found;
}

export function fixture(relativePath: string, folderName?: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(folderName).uri, ...relativePath.split('/'));
}

let copies = 0;
/**
 * A fresh copy of a fixture under `scratch/` in the same workspace folder, so that tests that
 * edit or save a document never see each other's changes. (The workspace itself is a temporary
 * copy made by runTest, so nothing in the repository is touched.)
 */
export async function scratchCopy(source: vscode.Uri, name: string): Promise<vscode.Uri> {
  const owner = vscode.workspace.getWorkspaceFolder(source);
  assert.ok(owner, `${source.toString()} is not inside the workspace`);
  const target = vscode.Uri.joinPath(owner.uri, 'scratch', `${String(++copies).padStart(2, '0')}-${name}`);
  await vscode.workspace.fs.copy(source, target, { overwrite: true });
  return target;
}

/**
 * A fresh folder `scratch/NN-name/` in the workspace folder of `sources[0]` with copies of
 * `sources` (for tests that put a `.mou.json` next to an agreement without touching other copies).
 * Returns the copies, in the order given.
 */
export async function scratchFolder(name: string, ...sources: vscode.Uri[]): Promise<{ folder: vscode.Uri; files: vscode.Uri[] }> {
  const owner = vscode.workspace.getWorkspaceFolder(sources[0]);
  assert.ok(owner, `${sources[0].toString()} is not inside the workspace`);
  const target = vscode.Uri.joinPath(owner.uri, 'scratch', `${String(++copies).padStart(2, '0')}-${name}`);
  await vscode.workspace.fs.createDirectory(target);
  const files: vscode.Uri[] = [];
  for (const source of sources) {
    const file = vscode.Uri.joinPath(target, path.posix.basename(source.path));
    await vscode.workspace.fs.copy(source, file, { overwrite: true });
    files.push(file);
  }
  return { folder: target, files };
}

export async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  assert.equal(doc.languageId, 'markdown', `${uri.fsPath} did not open as markdown`);
  return doc;
}

/** Insert `text` (a whole section) on the line before the first line equal to `beforeHeading`. */
export async function insertSectionBefore(doc: vscode.TextDocument, beforeHeading: string, text: string): Promise<void> {
  let line = -1;
  for (let i = 0; i < doc.lineCount; i++) {
    if (doc.lineAt(i).text.trim() === beforeHeading) {
      line = i;
      break;
    }
  }
  assert.ok(line >= 0, `"${beforeHeading}" not found in ${vscode.workspace.asRelativePath(doc.uri)}`);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, new vscode.Position(line, 0), text.endsWith('\n\n') ? text : `${text.trimEnd()}\n\n`);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the workspace edit was not applied');
}

/** Save and check that it really was written (a failed save returns false). */
export async function save(doc: vscode.TextDocument): Promise<void> {
  assert.ok(await doc.save(), `saving ${vscode.workspace.asRelativePath(doc.uri)} failed`);
}

// ---------------------------------------------------------------------------------------------
// Screenshots

/** What the launcher answers for a named screenshot (see test/e2e/launcher/launcher.mjs). */
export interface ScreenshotAnswer {
  /** The PNG file written. */
  path: string;
  /** Whether `waitFor` became visible (undefined without `waitFor`). */
  found?: boolean;
  /** innerText of everything `waitFor` matched. */
  text?: string;
  /** For each token asked for: the smallest rendered editor token containing it, or null. */
  tokens?: Record<string, { text: string; color: string; className: string } | null>;
  error?: string;
}

let shots = 0;
/**
 * Ask the launcher for a screenshot of the workbench as it is now, saved as
 * test-artifacts/<run label>-<name>.png, and wait until it has been taken. First the launcher
 * waits (up to `options.timeoutMs`, default 5 s) for `waitFor` (a CSS selector) to be visible and
 * for each of `waitForTokens` to be rendered as an editor token of its own; `tokens` are looked up
 * in the rendered editor lines. The answer says what was found, for the test to check. Outside
 * the launcher (desktop VS Code) there is nobody to ask: resolves with undefined at once.
 */
export async function screenshot(
  name: string,
  options: { waitFor?: string; waitForTokens?: string[]; tokens?: string[]; timeoutMs?: number } = {},
  timeoutMs = 30_000 + (options.timeoutMs ?? 0),
): Promise<ScreenshotAnswer | undefined> {
  const dir = process.env.MOU_E2E_SIGNAL_DIR;
  if (!dir || vscode.env.uiKind !== vscode.UIKind.Web) return undefined;
  const id = `s${++shots}`;
  const answerFile = path.join(dir, `shot-${id}.json`);
  return new Promise<ScreenshotAnswer>((resolve, reject) => {
    const read = () => {
      try {
        return JSON.parse(fs.readFileSync(answerFile, 'utf8')) as ScreenshotAnswer;
      } catch {
        return undefined; // not there yet, or still being written: the next watch event re-reads
      }
    };
    const check = () => {
      const answer = read();
      if (answer) finish(() => resolve(answer));
    };
    const watcher = fs.watch(dir, check);
    const timer = setTimeout(() => finish(() => reject(new Error(`the launcher did not take screenshot "${name}" within ${timeoutMs} ms`))), timeoutMs);
    let done = false;
    function finish(fn: () => void) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      watcher.close();
      fn();
    }
    console.log(`[mou-e2e] @@shot ${id} ${JSON.stringify({ name, ...options })}`);
    check();
  });
}

// ---------------------------------------------------------------------------------------------
// The extension's API (what activate() returns)

/** The language client as the extension exports it (`activate()` returns `{ client }`). */
export interface MouApi {
  client: {
    sendRequest<R>(method: string, params?: unknown): Promise<R>;
    readonly state: number;
    onDidChangeState: vscode.Event<{ oldState: number; newState: number }>;
  };
  /** The Node options the client starts the server with. */
  serverNodeOptions: readonly string[];
}
/** vscode-languageclient's State enum (not imported: the suite does not bundle the client library). */
export const ClientState = { Stopped: 1, Running: 2, Starting: 3 } as const;

export const EXTENSION_ID = 'mou-author.mou-author';

export async function mouApi(): Promise<MouApi> {
  const ext = vscode.extensions.getExtension<MouApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  assert.ok(api?.client, `${EXTENSION_ID}'s activate() did not return { client }`);
  return api;
}

// ---------------------------------------------------------------------------------------------
// Settings

/**
 * Set `mou.run` in the workspace settings (`undefined` removes it) and wait for VS Code's
 * configuration-change event, which is what the language client forwards to the server.
 */
export async function setRun(value: 'onType' | 'onSave' | 'off' | undefined): Promise<void> {
  const config = vscode.workspace.getConfiguration('mou');
  if (config.inspect('run')?.workspaceValue === value) return;
  const changed = nextEvent('the mou.run configuration change event', vscode.workspace.onDidChangeConfiguration,
    (e) => e.affectsConfiguration('mou.run'));
  await config.update('run', value, vscode.ConfigurationTarget.Workspace);
  await changed;
  assert.equal(vscode.workspace.getConfiguration('mou').inspect('run')?.workspaceValue, value);
}

/** Undo everything a test may have left: workspace `mou.run`, dirty documents, open editors. */
export async function resetWorkbench(): Promise<void> {
  await setRun(undefined);
  for (const doc of vscode.workspace.textDocuments) {
    // Only the tests' own files: VS Code itself briefly holds others dirty (the user settings.json
    // while it writes a setting), and reverting those races with it.
    if (doc.isDirty && doc.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(doc.uri)) {
      await vscode.window.showTextDocument(doc, { preview: false });
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

// ---------------------------------------------------------------------------------------------
// A substantive section for each core section, as a person would write it. The checker also
// finds content outside its own heading (an amount, count or time limit phrased as a duty counts
// as a resource commitment; "provide mentors" as an unquantified one), so a text can satisfy more
// than its own section. Safety protocols is written to satisfy only itself: scenarios (b) and (c)
// check that exactly that diagnostic goes; the others are only asked to remove their own.

export const SECTION_TEXT: Record<SectionId, string> = {
  'roles': `## Roles and Responsibilities

The Center will:

- recruit the club's students and collect a signed parent permission form for each;
- provide the classroom, a lead coach and the lesson plans for every weekly session.

Cascade will:

- provide volunteer engineer mentors for the Tuesday club sessions;
- host a plant tour for the club during the spring semester.
`,
  'points-of-contact': `## Points of Contact

- Lakeview STEM Center: Priya Raman, Program Coordinator, priya.raman@lakeviewstem.example.org, (555) 201-4410.
- Cascade Robotics: Daniel Cho, Community Engagement Lead, daniel.cho@cascaderobotics.example.com, (555) 388-0192.

If either contact changes, that Party will notify the other in writing within 10 business days.
`,
  'resource-commitments': `## Resource Commitments

- Cascade will donate $6,500 by October 15, 2025 for twelve robot kits and provide 40 mentor hours per semester.
- The Center will provide the classroom, laptops and kit storage at no cost to Cascade.
`,
  'safety-protocols': `## Safety Protocols

- Every Cascade mentor will complete the Center's background check and fingerprinting before any
  contact with students.
- A Center staff member will be present at every session; mentors are never alone with a student,
  and the adult-to-student supervision ratio is at least 1 to 8.
- The Center's coach will check in with the mentors at the end of every session.
- Any injury or incident will be reported to the Center's Program Coordinator and to the student's
  parent or guardian on the same day.
- Cascade will keep general liability insurance in force for the whole term and show the
  certificate to the Center.
`,
  'intended-outcomes': `## Intended Outcomes

- Completion: at least 20 of the 24 enrolled students finish the club and demo a working robot at the showcase by May 31, 2026; the Center's coach counts this from the attendance log.
- Interest in engineering: 75% of students rate their interest in engineering careers higher in the June 2026 exit survey than in the September 2025 baseline survey, which the Center runs.
`,
};
