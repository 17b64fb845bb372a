/** MOU Author's own requests (protocol.ts), answered from the Session and the core. */
import { fileReport, PLAYBOOKS, skeleton } from '../core';
import type { AgreementCallParams, AgreementCallResult, AgreementType, FileReport, ServerInfo } from '../protocol';
import { builtinsLoadedLate } from '../startup/regexp-tier';
import { slowStartEnv } from '../startup/node-options';
import { VERSION } from '../version';
import * as P from './params';
import type { Session } from './session';

export function requests(session: Session) {
  return {
    /** The completeness report of one open document: the same JSON as `mou-check --format json`. */
    completeness: async (raw: unknown): Promise<FileReport | null> => {
      const uri = P.stringField(raw, 'uri', true)!;
      const doc = session.documents.get(uri);
      if (!doc) return null;
      const plan = await session.planFor(doc);
      // A just-reopened document: the report remembered with its findings (analysed right after).
      const f = session.stateOf(uri).findings;
      const stored = (f?.version === doc.version && f.source === 'remembered' ? f.remembered : undefined) ?? session.memory.findingsFor(session, doc, plan);
      if (stored) return { ...stored.report, path: uri };
      session.check(doc, plan, true);
      const a = session.analysisOf(uri);
      return a ? fileReport(uri, a) : { path: uri, isAgreement: false, diagnostics: [] };
    },

    /**
     * A person says whether a file is an agreement (or, with null, lets the checker decide again):
     * re-check it now, and answer once its new diagnostics are pushed or the client asked to pull.
     */
    agreementCall: async ({ uri, agreement }: AgreementCallParams): Promise<AgreementCallResult> => {
      if (agreement === true || agreement === false) session.agreementCalls.set(uri, agreement);
      else session.agreementCalls.delete(uri);
      const doc = session.documents.get(uri);
      if (!doc) return { isAgreement: false };
      session.reset(uri);
      if (session.clientPulls) session.refreshDiagnostics();
      else await session.push(doc);
      session.check(doc, await session.planFor(doc), true);
      const a = session.analysisOf(uri);
      return { isAgreement: !!a?.isAgreement, ...(a ? { agreementReason: a.agreementReason } : {}) };
    },

    agreementTypes: (): AgreementType[] => PLAYBOOKS.map((p) => ({ id: p.id, title: p.title, description: p.description })),

    skeleton: (params: unknown): string =>
      skeleton({
        type: P.stringField(params, 'type', false),
        school: P.stringField(params, 'school', false),
        partner: P.stringField(params, 'partner', false),
        snippet: (params as { snippet?: unknown } | undefined)?.snippet !== false,
      }),

    serverInfo: (): ServerInfo => ({
      // (No process in a browser's Web Worker: server/src/web/server.ts.)
      pid: typeof process === 'object' ? process.pid : 0,
      execArgv: typeof process === 'object' ? process.execArgv : [],
      version: VERSION,
      documents: session.openDocuments,
      rememberedShown: session.memory.findings.shown,
      blocksRestored: session.memory.blocks.restored,
      codeCache: session.launch.codeCache?.state,
      builtinsLoadedLate: builtinsLoadedLate(session.launch.flagsChangedAt),
      slowStartEnv: typeof process === 'object' ? slowStartEnv() : [],
    }),
  };
}
