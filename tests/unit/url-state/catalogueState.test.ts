import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, type FilterVocabulary } from '../../../src/lib/catalogue/facets.ts';
import { GROUP_KEYS } from '../../../src/lib/catalogue/groupTools.ts';
import { SORT_KEYS } from '../../../src/lib/catalogue/sortTools.ts';
import { DEFAULT_CATALOGUE_STATE, MAX_QUERY_LENGTH, VIEW_KEYS, type CatalogueState } from '../../../src/lib/url-state/catalogueState.ts';
import { parseCatalogueState } from '../../../src/lib/url-state/parseCatalogueState.ts';
import { MAX_QUERY_PAIRS } from '../../../src/lib/url-state/readQueryPairs.ts';
import { serialiseCatalogueState } from '../../../src/lib/url-state/serialiseCatalogueState.ts';
import { CATEGORY_IDS, PERSONA_IDS, QUADRANT_IDS, RING_IDS, STAGE_IDS } from '../../../src/schemas/ids.ts';

const vocabulary: FilterVocabulary = {
  quadrant: QUADRANT_IDS,
  category: CATEGORY_IDS,
  stage: STAGE_IDS,
  capability: ['experiment-tracking', 'model-registry', 'data-versioning'],
  persona: PERSONA_IDS,
  ring: RING_IDS,
  offering: ['open-source', 'open-core', 'commercial', 'managed-service'],
  license: ['Apache-2.0', 'MIT', 'proprietary'],
  hosting: ['self-hosted', 'saas', 'both'],
  cloud: ['aws', 'gcp', 'azure', 'neutral'],
  status: ['active', 'acquired', 'deprecated', 'discontinued'],
};
const parse = (query: string) => parseCatalogueState(query, vocabulary);

describe('parseCatalogueState', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual({ state: { ...DEFAULT_CATALOGUE_STATE, filters: {} }, notices: [] });
  });

  it('reads text, view, grouping, sort and filters', () => {
    const { state, notices } = parse('?q=track&view=list&group=stage&sort=ring&stage=monitoring&stage=deployment&ring=adopt');
    expect(notices).toEqual([]);
    expect(state).toEqual({ q: 'track', view: 'list', group: 'stage', sort: 'ring', filters: { stage: ['deployment', 'monitoring'], ring: ['adopt'] } });
  });

  it('accepts comma-separated lists, any letter case, and drops duplicates', () => {
    const { state, notices } = parse('ring=TRIAL,adopt&ring=adopt&license=apache-2.0');
    expect(notices).toEqual([]);
    // Values come back in vocabulary order, canonically spelt.
    expect(state.filters).toEqual({ ring: ['adopt', 'trial'], license: ['Apache-2.0'] });
  });

  it('ignores empty values silently (what a no-JS form submits)', () => {
    expect(parse('q=&sort=name&group=category&view=grid')).toEqual({ state: { ...DEFAULT_CATALOGUE_STATE, filters: {} }, notices: [] });
  });

  it('ignores unknown filter values with a notice naming the parameter and the allowed values', () => {
    const { state, notices } = parse('ring=adopt&ring=bogus');
    expect(state.filters).toEqual({ ring: ['adopt'] });
    expect(notices).toEqual(['Ignored ring "bogus": not a known value; use one of: adopt, trial, assess, hold.']);
  });

  it('points at the form instead of listing long vocabularies', () => {
    expect(parse('category=nope').notices[0]).toBe('Ignored category "nope": not a known value; choose from the category filter on the page.');
  });

  it('ignores unknown single values and keeps the default', () => {
    const { state, notices } = parse('sort=price&view=table');
    expect(state.sort).toBe('name');
    expect(state.view).toBe('grid');
    expect(notices).toEqual(['Ignored sort "price": not a known sort; use one of: name, ring, first-release, last-reviewed.', 'Ignored view "table": not a known view; use one of: grid, list.']);
  });

  it('uses the first of repeated single values and says so', () => {
    const { state, notices } = parse('sort=ring&sort=name');
    expect(state.sort).toBe('ring');
    expect(notices).toEqual(['Ignored a second sort "name": the first one given, "ring", is used.']);
  });

  it('reports unknown parameters once, with what the page understands', () => {
    const { notices } = parse('utm_source=x&utm_source=y&foo=1');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Ignored unknown parameters "utm_source", "foo"; this page understands q, view, group, sort and quadrant, category/);
  });

  it('never throws on hostile input and only quotes it, shortened and without control characters', () => {
    const payload = '"><img src=x onerror=alert(1)>\u0000\u001b[31m' + 'x'.repeat(500);
    const { state, notices } = parse(`?ring=${encodeURIComponent(payload)}&${encodeURIComponent('<script>')}=1&q=${encodeURIComponent('<svg onload=alert(1)>')}`);
    expect(state.filters).toEqual({});
    expect(state.q).toBe('<svg onload=alert(1)>'); // kept as text: it is only ever a search string shown via .value
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain('Ignored ring ""><img src=x onerror=alert(1)>');
    expect(notices[0]).not.toMatch(/[\u0000-\u001f]/);
    expect(notices[0]!.length).toBeLessThan(200);
    expect(notices[1]).toContain('"<script>"');
  });

  it('survives malformed percent-encoding', () => {
    expect(() => parse('?ring=%E0%A4%A&q=%')).not.toThrow();
  });

  it('shortens very long search text and says so', () => {
    const { state, notices } = parse(`q=${'a'.repeat(MAX_QUERY_LENGTH + 50)}`);
    expect(state.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(notices).toEqual([`Shortened the search text to its first ${MAX_QUERY_LENGTH} characters.`]);
  });

  it('collapses control characters and white space in the search text', () => {
    expect(parse('q=%20ml%0Aflow%09%20tracking%00').state.q).toBe('ml flow tracking');
  });

  it('reads at most MAX_QUERY_PAIRS parameters', () => {
    const query = Array.from({ length: MAX_QUERY_PAIRS + 10 }, () => 'ring=adopt').join('&');
    const { state, notices } = parse(query);
    expect(state.filters.ring).toEqual(['adopt']);
    expect(notices).toEqual([`Read only the first ${MAX_QUERY_PAIRS} parameters of the address; the rest were ignored.`]);
  });

  it('accepts a URLSearchParams as well as a string', () => {
    expect(parseCatalogueState(new URLSearchParams([['stage', 'monitoring']]), vocabulary).state.filters).toEqual({ stage: ['monitoring'] });
  });
});

describe('serialiseCatalogueState', () => {
  it('writes nothing for the default state', () => {
    expect(serialiseCatalogueState(DEFAULT_CATALOGUE_STATE)).toBe('');
  });

  it('leaves out defaults and writes keys in a fixed order', () => {
    const state: CatalogueState = { q: 'model registry', view: 'grid', group: 'stage', sort: 'name', filters: { status: ['active'], ring: ['adopt', 'trial'] } };
    expect(serialiseCatalogueState(state)).toBe('?q=model+registry&group=stage&ring=adopt&ring=trial&status=active');
  });

  it('round-trips every combination of keys through parseCatalogueState', () => {
    // A deterministic sweep rather than random cases, so a failure is reproducible.
    for (let seed = 0; seed < 200; seed++) {
      const pick = <T>(list: readonly T[], n: number) => list[(seed * 7 + n * 13) % list.length]!;
      const filters: CatalogueState['filters'] = {};
      FILTER_KEYS.forEach((key, index) => {
        if ((seed >> index) % 2 === 1) filters[key] = [...new Set([pick(vocabulary[key], index), pick(vocabulary[key], index + seed)])].sort((a, b) => vocabulary[key].indexOf(a) - vocabulary[key].indexOf(b));
      });
      const state: CatalogueState = {
        q: seed % 3 === 0 ? '' : `tool & "search" #${seed} ü`,
        view: pick(VIEW_KEYS, 1),
        group: pick(GROUP_KEYS, 2),
        sort: pick(SORT_KEYS, 3),
        filters,
      };
      expect(parse(serialiseCatalogueState(state))).toEqual({ state, notices: [] });
    }
  });
});
