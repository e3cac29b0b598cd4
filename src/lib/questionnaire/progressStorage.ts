/**
 * Questionnaire progress in localStorage, under a versioned key. Stored data is
 * untrusted (another tab, an old version, a user's edits): it is parsed and
 * then re-validated through parseAnswers like any URL.
 */
export const PROGRESS_KEY = 'mlops-navigator:questionnaire:v1';

export interface StoredProgress {
  version: 1;
  query: string;
  savedAt: string;
}

/** @example encodeProgress('team=ml-researcher', new Date(0)) // → '{"version":1,"query":"team=ml-researcher","savedAt":"1970-01-01T00:00:00.000Z"}' */
export function encodeProgress(query: string, now = new Date()): string {
  const value: StoredProgress = { version: 1, query, savedAt: now.toISOString() };
  return JSON.stringify(value);
}

/** The stored query string, or null with a reason when the stored value is unusable. */
export function decodeProgress(raw: string | null): { query: string | null; problem: string | null } {
  if (raw === null) return { query: null, problem: null };
  try {
    const value = JSON.parse(raw) as Partial<StoredProgress> | null;
    if (!value || typeof value !== 'object' || value.version !== 1 || typeof value.query !== 'string' || value.query.length > 4000) {
      return { query: null, problem: 'Saved progress from another version could not be read and was ignored.' };
    }
    return { query: value.query, problem: null };
  } catch {
    return { query: null, problem: 'Saved progress was damaged and was ignored.' };
  }
}
