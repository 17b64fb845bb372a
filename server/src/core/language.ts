/**
 * What language an agreement is written in, when it is clearly not English. The checks read
 * English (duties, contacts, amounts are English phrases): a document in another language gets
 * one information finding instead of a judgement that would be wrong.
 */
import type * as Franc from 'franc-min';
import { modelMemo, type DocumentModel } from './model';
import { memo } from './signals';

/** How much prose is read: enough for a stable guess, little enough to stay cheap per keystroke. */
const SAMPLE = 4000;
/** Below this much prose, no guess is made (short texts are where detectors guess wrong). */
const MIN_SAMPLE = 400;
/**
 * English counts as the language unless another scores higher and English trails (franc's scores:
 * best = 1; on English agreements English always ranks first, on others it scores 0.85–0.91).
 */
const ENGLISH_CLOSE = 0.95;
/** Codes franc gives that the runtime's language names do not know, as codes it does. */
const NAME_CODE: Record<string, string> = { zlm: 'ms' };

/** Agreement words in other languages, for a title the English detector cannot read. */
export const FOREIGN_AGREEMENT_TITLE =
  /\b(?:convenio|convention|acuerdo|accord|accordo|acordo|vereinbarung|vertrag|kooperationsvertrag|memorando|memorandum|protocolo|protocole|contrat|contrato|contratto|convenzione|overeenkomst|samenwerkingsovereenkomst|umowa|porozumienie|perjanjian|nota kesepahaman|kesepakatan|mkataba|makubaliano|mou|moa)\b/iu;

/** Made on first use: building it loads the runtime's language names, ~11 ms at every start (server, CLI, web worker) for a name shown only on documents not in English. */
let names: Intl.DisplayNames | undefined;

/** Common English words: text with a few in every hundred is English (checked before franc, which costs ~2 ms). */
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'will', 'shall', 'for', 'with', 'be', 'is', 'are', 'this', 'that', 'each', 'by', 'or']);
/** On the English corpus and fixtures the share is 3.6% at the least (a 60-word note), 15–25% in prose; other languages: 0–1%. */
const ENGLISH_SHARE = 0.03;

function looksEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let n = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) n++;
  return n >= ENGLISH_SHARE * words.length;
}

/** franc-min, loaded on first use: it builds its trigram tables as it loads (~9 ms at every start), and English documents never reach it (looksEnglish). */
let franc: typeof Franc | undefined;

const guess = memo((sample: string): { code: string; name: string } | undefined => {
  if (looksEnglish(sample)) return undefined;
  const ranked = (franc ??= require('franc-min') as typeof Franc).francAll(sample, { minLength: MIN_SAMPLE });
  const [code, score] = ranked[0] ?? ['und', 0];
  if (code === 'und' || code === 'eng' || code === 'sco') return undefined;
  const english = ranked.find(([c]) => c === 'eng')?.[1] ?? 0;
  if (english >= ENGLISH_CLOSE * score) return undefined;
  let name = code;
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language' });
    name = names.of(NAME_CODE[code] ?? code) ?? code;
  } catch {
    // An unknown code is shown as it is.
  }
  return { code, name: name === code ? `the language with code “${code}”` : name };
}, 50);

/** The document's language when it is clearly not English (undefined for English or too little text). */
export function foreignLanguage(model: DocumentModel): { code: string; name: string } | undefined {
  return modelMemo(model, 'language', () => {
    let sample = '';
    for (const p of model.passages) {
      if (p.kind === 'code' || p.kind === 'html') continue;
      sample += `${p.text}\n`;
      if (sample.length >= SAMPLE) break;
    }
    return sample.length < MIN_SAMPLE ? undefined : guess(sample.slice(0, SAMPLE));
  });
}
