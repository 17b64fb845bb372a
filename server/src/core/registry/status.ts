/** An agreement's status and its row in the partner registry (index.ts). */
/** An agreement's status for the registry: the term's, unless it is an unsigned draft. */
export type AgreementStatus = 'current' | 'expiring' | 'expired' | 'not-started' | 'unsigned-draft' | 'unknown';

export const STATUS_WORDS: Record<AgreementStatus, string> = {
  current: 'current',
  expiring: 'expiring',
  expired: 'expired',
  'not-started': 'not started',
  'unsigned-draft': 'unsigned draft',
  unknown: 'term unknown',
};

/** In force today: current, or current but ending soon. */
export const inForce = (s: AgreementStatus): boolean => s === 'current' || s === 'expiring';

export interface PartnerContact {
  text: string;
  emails: string[];
  phones: string[];
}

export interface RegistryAgreement {
  /** The report's path (a file path from the CLI, a file URI from the server). */
  path: string;
  status: AgreementStatus;
  /** The status in words ("unsigned draft", "term unknown"), for every view. */
  statusText: string;
  /** Why it has that status (the signature block, or the term's end). */
  why: string;
  start: string | null;
  end: string | null;
  /** The name this agreement gives the partner (its full name when it has one). */
  nameUsed: string;
  contacts: PartnerContact[];
}
