/**
 * Cross-entry checks that no single schema can make: dangling references,
 * duplicate names and ids (case-insensitively), the framework's fixed ids,
 * categories that disagree with the fixed table, and the questionnaire's
 * public URL contract.
 */
import { normaliseName } from './normaliseName.ts';
import { CATEGORY_TABLE, URL_CONTRACT, type CategoryId } from '../../schemas/ids.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { show, type ValidationIssue } from './types.ts';
import { closest } from './formatZodIssues.ts';

export interface LoadedEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
}

export type LoadedContent = Record<CollectionName, LoadedEntry[]>;

export function checkIntegrity(content: LoadedContent, contentDirLabel = 'content'): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ids = Object.fromEntries(Object.entries(content).map(([name, entries]) => [name, new Set(entries.map((entry) => entry.id))])) as Record<CollectionName, Set<string>>;

  // Fixed ids: exactly the framework's set.
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    if (!('fixedIds' in spec)) continue;
    const fixed = spec.fixedIds as readonly string[];
    for (const id of fixed) {
      if (!ids[name].has(id)) issues.push({ file: `${contentDirLabel}/${spec.dir}/`, field: '(file)', found: id, message: `the framework requires an entry "${id}" in ${name}, and it is missing`, fix: `Add ${contentDirLabel}/${spec.dir}/${id}${spec.extension}.` });
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
    const byKey = new Map<string, { entry: LoadedEntry; what: string }>();
    for (const entry of entries) {
      const idKey = entry.id.toLowerCase();
      const other = byId.get(idKey);
      if (other) issues.push({ file: entry.file, field: '(file name)', found: entry.id, message: `has the same id as ${other.file} (ids are compared case-insensitively)`, fix: 'Merge the two entries or rename one file.' });
      else byId.set(idKey, entry);
      for (const { key, field, what, value } of duplicateKeys(entry)) {
        const prior = byKey.get(key);
        // Products of one repository or site (Ray and Ray Serve) are distinct when one names the other as an integration or alternative.
        if (prior && prior.entry !== entry && !key.startsWith('name:') && related(prior.entry, entry)) continue;
        if (prior && prior.entry !== entry) {
          issues.push({ file: entry.file, field, found: show(value), message: key.startsWith('name:') ? `is in effect the same name as one that ${prior.entry.file} uses (names and aliases are compared ignoring case, spacing, punctuation, invisible characters and look-alike letters)` : `is the same address as the ${prior.what.replace('is the ', '')} of ${prior.entry.file}`, fix: `This looks like a second entry for the same tool: update ${prior.entry.file} instead, or, if it really is another product, give this one its distinct name and address.` });
        } else if (!prior) byKey.set(key, { entry, what });
      }
    }
  }

  const ref = (entry: LoadedEntry, field: string, value: unknown, collection: CollectionName) => {
    if (typeof value !== 'string' || ids[collection].has(value)) return;
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
  return issues;
}

function related(a: LoadedEntry, b: LoadedEntry): boolean {
  const names = (entry: LoadedEntry) => [...(Array.isArray(entry.data.integrations) ? entry.data.integrations : []), ...(Array.isArray(entry.data.alternatives) ? entry.data.alternatives : [])];
  return names(a).includes(b.id) || names(b).includes(a.id);
}

/** The keys that must be unique across a collection, with how to name them in a message. */
function duplicateKeys(entry: LoadedEntry): { key: string; field: string; what: string; value: string }[] {
  const keys: { key: string; field: string; what: string; value: string }[] = [];
  const name = typeof entry.data.name === 'string' ? entry.data.name : undefined;
  if (name && normaliseName(name)) keys.push({ key: `name:${normaliseName(name)}`, field: 'name', what: 'is in effect', value: name });
  const aliases = Array.isArray(entry.data.aliases) ? entry.data.aliases : [];
  aliases.forEach((alias, i) => {
    if (typeof alias === 'string' && normaliseName(alias) && normaliseName(alias) !== normaliseName(name ?? '')) keys.push({ key: `name:${normaliseName(alias)}`, field: `aliases[${i}]`, what: 'is in effect', value: alias });
  });
  for (const field of ['website', 'repository'] as const) {
    const value = entry.data[field];
    const address = typeof value === 'string' ? normaliseAddress(value) : undefined;
    if (address) keys.push({ key: `${field === 'repository' ? 'repo' : 'site'}:${address}`, field, what: `is the ${field}`, value: value as string });
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
