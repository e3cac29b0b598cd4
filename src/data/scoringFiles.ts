/**
 * The questionnaire's two data files, built once per build and shared by the
 * endpoint that writes them and the results page that names them: the lean
 * scoring file and the texts file (src/lib/questionnaire/leanScoringData).
 * Each name carries a hash of its content, so browsers and CDNs may cache it
 * for a year (`_headers`) and a changed catalogue is a new URL.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { loadSiteQuestionnaire } from '../lib/questionnaire/loadSiteQuestionnaire';
import { encodeScoringData } from '../lib/questionnaire/leanScoringData';

export interface ScoringFile {
  /** File name without the .json extension, e.g. scoring-3f2a9c01de. */
  name: string;
  text: string;
}

let cached: Promise<{ scoring: ScoringFile; texts: ScoringFile }> | undefined;

const named = (prefix: string, text: string): ScoringFile => ({ name: `${prefix}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}`, text });

export function loadScoringFiles(): Promise<{ scoring: ScoringFile; texts: ScoringFile }> {
  const load = async () => {
    const { data } = await loadSiteQuestionnaire(getCollection);
    const { lean, texts } = encodeScoringData(data);
    return { scoring: named('scoring', JSON.stringify(lean)), texts: named('texts', JSON.stringify(texts)) };
  };
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
