/**
 * Cross-entry checks that no single schema can make: dangling references,
 * duplicate names and ids (case-insensitively), the framework's fixed ids,
 * categories that disagree with the fixed table, and the questionnaire's
 * public URL contract. Names one typing error apart are returned as warnings
 * (severity "warning"): `npm run validate` fails on them in CI.
 */
import { normaliseName } from './normaliseName.ts';
import { CATEGORY_TABLE, URL_CONTRACT, type CategoryId } from '../../schemas/ids.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { show, type ValidationIssue } from './types.ts';
import { closest, distance, lineOfField } from './formatZodIssues.ts';
import { isKnownDistinct } from './knownDistinct.ts';

export interface LoadedEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
  /** The frontmatter lines as in the file, to give each issue its line. */
  frontmatter?: string;
}

export type LoadedContent = Record<CollectionName, LoadedEntry[]>;

export interface IntegrityOptions {
  /**
   * Files the change under review adds (as entry.file names them). A duplicate
   * between a new and an existing entry is reported on the new one, which is in
   * the pull request's diff, and names the existing one.
   */
  newFiles?: ReadonlySet<string>;
  /**
   * Ids of entries whose file exists but could not be read (unclosed
   * frontmatter, a tab in the YAML, …). That file has its own error; a
   * reference to it is not reported as dangling as well.
   */
  unreadableIds?: Partial<Record<CollectionName, ReadonlySet<string>>>;
  /**
   * Which entries get a notice for an integration the other tool does not
   * claim back: the ones the change adds (default), or every entry.
   */
  integrationNotices?: 'new' | 'all';
}

/** Names (and aliases) this long or longer, once normalised, are compared for near-misses too. */
export const NEAR_MISS_MIN_LENGTH = 5;

export function checkIntegrity(content: LoadedContent, contentDirLabel = 'content', options: IntegrityOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ids = Object.fromEntries(Object.entries(content).map(([name, entries]) => [name, new Set(entries.map((entry) => entry.id))])) as Record<CollectionName, Set<string>>;
  const unreadable = (collection: CollectionName, id: string) => options.unreadableIds?.[collection]?.has(id) ?? false;
  const isNew = (entry: LoadedEntry) => options.newFiles?.has(entry.file) ?? false;
  /** Of two entries that clash, the one the issue goes on: the new one when exactly one is new, otherwise the later one. */
  const onNewer = <T extends { entry: LoadedEntry }>(earlier: T, later: T): [on: T, other: T] => (isNew(earlier.entry) && !isNew(later.entry) ? [earlier, later] : [later, earlier]);

  // Fixed ids: exactly the framework's set.
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    if (!('fixedIds' in spec)) continue;
    const fixed = spec.fixedIds as readonly string[];
    for (const id of fixed) {
      if (!ids[name].has(id) && !unreadable(name, id)) issues.push({ file: `${contentDirLabel}/${spec.dir}/`, field: '(file)', found: id, message: `the framework requires an entry "${id}" in ${name}, and it is missing`, fix: `Add ${contentDirLabel}/${spec.dir}/${id}${spec.extension}.` });
    }
    for (const entry of content[name]) {
      if (!fixed.includes(entry.id)) {
        const guess = closest(entry.id, fixed);
        issues.push({ file: entry.file, field: '(file name)', found: entry.id, message: `is not one of the framework's fixed ${name} ids: ${fixed.join(', ')}`, fix: guess ? `Rename the file to ${guess}${spec.extension}.` : 'Remove the file; these ids are fixed by the framework.' });
      }
    }
  }

  // Duplicate ids, names, aliases and (for tools) websites and repositories, in every collection.
  // Names are compared by their normalised skeleton, so zero-width characters and look-alike letters do not make a new name.
  for (const entries of Object.values<LoadedEntry[]>(content)) {
    const byId = new Map<string, LoadedEntry>();
    const byKey = new Map<string, Keyed>();
    /** Pairs of entries already reported as duplicates, so a near-miss between them is not reported too. */
    const clashed = new Set<string>();
    for (const entry of entries) {
      const idKey = entry.id.toLowerCase();
      const other = byId.get(idKey);
      if (other) {
        const [on, them] = onNewer({ entry: other }, { entry });
        issues.push({ file: on.entry.file, field: '(file name)', found: on.entry.id, message: `has the same id as ${them.entry.file} (ids are compared case-insensitively)`, fix: 'Merge the two entries or rename one file.' });
      } else byId.set(idKey, entry);
      for (const keyed of duplicateKeys(entry)) {
        const prior = byKey.get(keyed.key);
        if (!prior) byKey.set(keyed.key, keyed);
        if (!prior || prior.entry === entry) continue;
        // Products of one repository or site (Ray and Ray Serve) are distinct when one names the other as an integration or alternative.
        if (!keyed.key.startsWith('name:') && related(prior.entry, entry)) continue;
        clashed.add(pairKey(prior.entry, entry));
        const [on, them] = onNewer(prior, keyed);
        issues.push({
          file: on.entry.file,
          field: on.field,
          found: show(on.value),
          message: keyed.key.startsWith('name:') ? `is in effect the same name as one that ${them.entry.file} uses, ${show(them.value)} (names and aliases are compared ignoring case, spacing, punctuation, invisible characters and look-alike letters)` : `is the same address as the ${them.what.replace('is the ', '')} of ${them.entry.file}`,
          fix: `This looks like a second entry for the same tool: update ${them.entry.file} instead, or, if it really is another product, give this one its distinct name and address.`,
        });
        if (on.entry !== entry) byKey.set(keyed.key, keyed); // the existing entry keeps the key, so a third copy is compared with it
      }
    }

    // Near-misses: names one typing error apart ("Langfsue" for "Langfuse"), once per pair of entries.
    for (const [earlier, later] of nearMissPairs([...byKey.values()].filter((keyed) => keyed.key.startsWith('name:')))) {
      const pair = pairKey(earlier.entry, later.entry);
      if (earlier.entry === later.entry || clashed.has(pair) || related(earlier.entry, later.entry) || isKnownDistinct(earlier.entry.id, later.entry.id)) continue;
      clashed.add(pair);
      const [on, them] = onNewer(earlier, later);
      issues.push({
        file: on.entry.file,
        field: on.field,
        found: show(on.value),
        message: `is one typing error away from ${show(them.value)}, a name that ${them.entry.file} uses (a letter added, dropped, changed or two neighbours swapped)`,
        fix: `If it is a typo, correct it; if it is the same tool, update ${them.entry.file} instead. If it really is another product, list each in the other's alternatives or integrations, or add the pair to KNOWN_DISTINCT in src/lib/validation/knownDistinct.ts for the reviewer to confirm. While drafting this is a warning; in CI it fails.`,
        // Only a reviewer can tell a typo from a product with a near name (Tekton, Tecton), so a draft may carry it.
        severity: 'warning',
      });
    }
  }

  const ref = (entry: LoadedEntry, field: string, value: unknown, collection: CollectionName) => {
    // An entry whose file exists but could not be read has its own error; a reference to it is not a second one.
    if (typeof value !== 'string' || ids[collection].has(value) || unreadable(collection, value)) return;
    const guess = closest(value, [...ids[collection]]);
    issues.push({ file: entry.file, field, found: show(value), message: `refers to "${value}", which is not an entry in ${contentDirLabel}/${COLLECTIONS[collection].dir}`, fix: guess ? `Did you mean "${guess}"?` : `Use an existing id from ${contentDirLabel}/${COLLECTIONS[collection].dir}, or add that entry.` });
  };
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

  for (const tool of content.tools) {
    list(tool.data.capabilities).forEach((value, i) => ref(tool, `capabilities[${i}]`, value, 'capabilities'));
    list(tool.data.addresses).forEach((value, i) => ref(tool, `addresses[${i}].concern`, (value as { concern?: unknown })?.concern, 'concerns'));
    for (const field of ['integrations', 'alternatives'] as const) {
      list(tool.data[field]).forEach((value, i) => {
        if (value === tool.id) issues.push({ file: tool.file, field: `${field}[${i}]`, found: show(value), message: 'refers to the entry itself', fix: 'Remove it.' });
        else ref(tool, `${field}[${i}]`, value, 'tools');
      });
    }
    const status = tool.data.status as { successor?: unknown } | undefined;
    if (status?.successor !== undefined && status.successor !== 'none') ref(tool, 'status.successor', status.successor, 'tools');
  }

  // Integrations are two-way where both tools document them: a claim only one side makes is a notice for the reviewer.
  const toolById = new Map(content.tools.map((tool) => [tool.id, tool]));
  for (const tool of content.tools) {
    if ((options.integrationNotices ?? 'new') === 'new' && !isNew(tool)) continue;
    list(tool.data.integrations).forEach((value, i) => {
      const other = typeof value === 'string' ? toolById.get(value) : undefined;
      if (!other || other.id === tool.id || list(other.data.integrations).includes(tool.id)) return;
      issues.push({
        file: tool.file,
        field: `integrations[${i}]`,
        found: show(value),
        severity: 'notice',
        message: `${other.file} does not list "${tool.id}" among its integrations, so the link shows on one side only`,
        fix: `If ${typeof other.data.name === 'string' ? other.data.name : other.id}'s own documentation names this tool, add ${tool.id} to the integrations in ${other.file}; if only this tool documents the integration, leave it as it is.`,
      });
    });
  }
  for (const persona of content.personas) list(persona.data.concerns).forEach((value, i) => ref(persona, `concerns[${i}]`, value, 'concerns'));

  for (const category of content.categories) {
    const fixed = CATEGORY_TABLE[category.id as CategoryId];
    if (!fixed) continue;
    if (category.data.quadrant !== fixed.quadrant) issues.push({ file: category.file, field: 'quadrant', found: show(category.data.quadrant), message: `must be "${fixed.quadrant}", the quadrant framework.md gives this category`, fix: `Set quadrant: ${fixed.quadrant}.` });
    if (category.data.ring !== fixed.ring) issues.push({ file: category.file, field: 'ring', found: show(category.data.ring), message: `must be "${fixed.ring}", the ring the essay gives this category`, fix: `Set ring: ${fixed.ring}.` });
  }

  for (const question of content.questions) {
    const from = question.data.optionsFrom as CollectionName | undefined;
    if (from) {
      list(question.data.options).forEach((option, i) => ref(question, `options[${i}].id`, (option as { id?: unknown })?.id, from));
    }
  }
  if (content.questions.length > 0) {
    for (const [key, values] of Object.entries(URL_CONTRACT)) {
      const question = content.questions.find((entry) => entry.id === key);
      if (!question && unreadable('questions', key)) continue;
      if (!question) {
        issues.push({ file: `${contentDirLabel}/questions/`, field: '(file)', found: key, message: `the public URL contract requires a question "${key}"`, fix: `Restore ${contentDirLabel}/questions/${key}.md; these ids are public (docs/url-contract.md).` });
        continue;
      }
      const optionIds = list(question.data.options).map((option) => (option as { id?: unknown })?.id);
      const missing = values.filter((value) => !optionIds.includes(value));
      const extra = optionIds.filter((value) => !(values as readonly unknown[]).includes(value));
      if (missing.length || extra.length) issues.push({ file: question.file, field: 'options', found: show(optionIds), message: `must offer exactly the public options ${values.join(', ')}`, fix: `${missing.length ? `Add ${missing.join(', ')}. ` : ''}${extra.length ? `Remove ${extra.join(', ')}. ` : ''}These values are part of the public URL contract.` });
    }
  }
  // Each issue on an entry's field gets the line of that field, for people and for the pull request's annotations.
  const frontmatter = new Map(Object.values<LoadedEntry[]>(content).flatMap((entries) => entries.map((entry) => [entry.file, entry.frontmatter] as const)));
  return issues.map((issue) => {
    if (issue.line !== undefined || issue.field.startsWith('(')) return issue;
    const line = lineOfField(frontmatter.get(issue.file), [issue.field.split(/[.[]/)[0]!]);
    return line === undefined ? issue : { ...issue, line };
  });
}

function related(a: LoadedEntry, b: LoadedEntry): boolean {
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const names = (entry: LoadedEntry) => [...list(entry.data.integrations), ...list(entry.data.alternatives)];
  return names(a).includes(b.id) || names(b).includes(a.id);
}

const pairKey = (a: LoadedEntry, b: LoadedEntry) => [a.file, b.file].sort().join('\0');

/**
 * The pairs of names NEAR_MISS_MIN_LENGTH letters or longer (normalised) that
 * are exactly one edit apart: a letter added, dropped or changed, or two
 * neighbours swapped. Each pair comes once, in the order of `names`.
 *
 * Two such names always share a string made by deleting at most one letter of
 * each (for a swap, either of the two letters), so each name is filed under
 * itself and its one-letter deletions, and only names filed together are
 * compared: linear in the number of names, not quadratic.
 *
 * @example nearMissPairs([langfuse, langfsue, mlflow]) // → [[langfuse, langfsue]]
 */
export function nearMissPairs<T extends { key: string }>(names: readonly T[]): [T, T][] {
  const filed = new Map<string, number[]>();
  const pairs: [T, T][] = [];
  const seen = new Set<string>();
  names.forEach((keyed, index) => {
    const name = keyed.key.slice(keyed.key.indexOf(':') + 1);
    if (name.length < NEAR_MISS_MIN_LENGTH) return;
    const variants = new Set([name, ...Array.from(name, (_, i) => name.slice(0, i) + name.slice(i + 1))]);
    for (const variant of variants) {
      const bucket = filed.get(variant) ?? [];
      for (const other of bucket) {
        const otherName = names[other]!.key.slice(names[other]!.key.indexOf(':') + 1);
        if (seen.has(`${other},${index}`) || otherName === name || distance(otherName, name, 1) !== 1) continue;
        seen.add(`${other},${index}`);
        pairs.push([names[other]!, keyed]);
      }
      bucket.push(index);
      filed.set(variant, bucket);
    }
  });
  return pairs;
}

/** One value of an entry that must be unique across its collection, under its comparison key. */
interface Keyed {
  entry: LoadedEntry;
  key: string;
  field: string;
  /** How to name it in a message ("is the website"). */
  what: string;
  value: string;
}

/** The keys that must be unique across a collection, with how to name them in a message. */
function duplicateKeys(entry: LoadedEntry): Keyed[] {
  const keys: Keyed[] = [];
  const name = typeof entry.data.name === 'string' ? entry.data.name : undefined;
  if (name && normaliseName(name)) keys.push({ entry, key: `name:${normaliseName(name)}`, field: 'name', what: 'is in effect', value: name });
  const aliases = Array.isArray(entry.data.aliases) ? entry.data.aliases : [];
  aliases.forEach((alias, i) => {
    if (typeof alias === 'string' && normaliseName(alias) && normaliseName(alias) !== normaliseName(name ?? '')) keys.push({ entry, key: `name:${normaliseName(alias)}`, field: `aliases[${i}]`, what: 'is in effect', value: alias });
  });
  for (const field of ['website', 'repository'] as const) {
    const value = entry.data[field];
    const address = typeof value === 'string' ? normaliseAddress(value) : undefined;
    if (address) keys.push({ entry, key: `${field === 'repository' ? 'repo' : 'site'}:${address}`, field, what: `is the ${field}`, value: value as string });
  }
  return keys;
}

/** An address without scheme, "www.", trailing slash, query or case: https://www.X.org/ and http://x.org are one site. */
export function normaliseAddress(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '').replace(/\.git$/, '')}`.toLowerCase();
  } catch {
    return undefined;
  }
}
