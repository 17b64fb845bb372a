/** The `mou.*` settings as the server reads them, with safe defaults for anything malformed. */
import type { AnalyzeOptions, SeveritySetting } from '../core';
import { localDay } from '../today';

/**
 * What the settings make of the analysis before any .mou.json: playbook, severities, and today as
 * the editor's local day (the core never reads the clock; expiry findings follow it). One source
 * for the desktop server and the browser's (web/stand-ins/plan.ts).
 */
export function baseOptions(settings: Settings): AnalyzeOptions {
  return { playbook: settings.playbook, severity: settings.severity as Record<string, SeveritySetting>, today: localDay(), expiringWithinDays: settings.expiringWithinDays };
}

export type RunMode = 'onType' | 'onSave' | 'off';

export interface Settings {
  run: RunMode;
  playbook?: string;
  severity: Record<string, string>;
  files: string[];
  ignore: string[];
  /** Skip (with one information message) documents larger than this many characters. */
  maxFileSize: number;
  /** Keep the findings of checked documents in the private cache, to show them at once on reopening. */
  rememberFindings: boolean;
  /** An agreement ending within this many days is expiring (agreement-expiring). */
  expiringWithinDays: number;
}

export const DEFAULT_MAX_FILE_SIZE = 4_000_000;
export const DEFAULT_SETTINGS: Settings = { run: 'onType', severity: {}, files: [], ignore: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, rememberFindings: true, expiringWithinDays: 60 };

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : []);

export function normaliseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severity: Record<string, string> = {};
  if (r.severity && typeof r.severity === 'object') {
    for (const [k, v] of Object.entries(r.severity as Record<string, unknown>)) {
      if (typeof v === 'string' && ['error', 'warning', 'information', 'hint', 'off'].includes(v)) severity[k] = v;
    }
  }
  const max = Number(r.maxFileSize);
  return {
    run: r.run === 'onSave' || r.run === 'off' ? r.run : 'onType',
    playbook: typeof r.playbook === 'string' && r.playbook ? r.playbook : undefined,
    severity,
    files: strings(r.files),
    ignore: strings(r.ignore),
    maxFileSize: Number.isFinite(max) && max > 0 ? max : DEFAULT_MAX_FILE_SIZE,
    rememberFindings: r.rememberFindings !== false,
    expiringWithinDays: Number.isInteger(r.expiringWithinDays) && (r.expiringWithinDays as number) >= 0 ? (r.expiringWithinDays as number) : 60,
  };
}
