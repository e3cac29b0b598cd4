/**
 * Read what the scaffold needs from a content folder: the tools (names,
 * aliases, positions; leniently, as other entries may be half-written),
 * the capability and concern ids, and today's date.
 */
import { readContentEntries } from './readContentEntries.ts';
import type { ScaffoldContext } from './toolQuestions.ts';

/**
 * @example loadScaffoldContext('content').capabilities.map((c) => c.id) // → ['automl', 'ci-cd', …]
 */
export function loadScaffoldContext(contentDir: string, today = new Date().toISOString().slice(0, 10), root = process.cwd()): ScaffoldContext {
  return {
    tools: readContentEntries(contentDir, 'tools', root),
    capabilities: readContentEntries(contentDir, 'capabilities', root),
    concerns: readContentEntries(contentDir, 'concerns', root),
    today,
  };
}
