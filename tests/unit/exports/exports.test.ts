import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/exports/toCsv.ts';
import { makeTar } from '../../../src/lib/exports/makeTar.ts';
import { EXPORTERS, type ExportContext } from '../../../src/lib/exports/exportResult.ts';
import { recommend } from '../../../src/lib/scoring/recommend.ts';
import { catalogueOf, tool, weights } from '../scoring/fixtures.ts';

const rec = recommend(catalogueOf(tool('mlflow', { name: 'MLflow' }), tool('evil', { name: '=HYPERLINK("http://x")', description: 'A tool whose name tries a spreadsheet formula injection.' })), { cloud: ['aws'] }, weights, { currentYear: 2026 });
const ctx: ExportContext = {
  query: 'cloud=aws',
  notices: [],
  answerSummary: [{ question: 'Which cloud?', answers: ['AWS'] }],
  names: { stages: { 'model-training': 'Model training' }, quadrants: { 'specialized-ml-tools': 'Specialized ML Tools' }, rings: { trial: 'Trial' } },
  descriptions: { mlflow: 'Tracks experiments.', evil: 'Nasty [link](javascript:x) <b>bold</b>' },
  resultsUrl: 'https://example.org/fit/results/?cloud=aws',
  date: '2026-11-28',
  radarIds: ['mlflow', 'evil'],
};

describe('toCsv', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', 'line\nbreak', '=1+1', '-2', 3]])).toBe('"a,b","say ""hi""","line\nbreak",\'=1+1,\'-2,3\r\n');
  });
});

describe('makeTar', () => {
  it('produces an archive that tar can list and extract', () => {
    const dir = mkdtempSync(join(tmpdir(), 'navigator-tar-'));
    const file = join(dir, 'x.tar');
    writeFileSync(file, makeTar([{ name: 'radar/2026-11-28/mlflow.md', content: 'héllo\n' }, { name: 'README.md', content: 'r' }]));
    expect(execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n')).toEqual(['radar/2026-11-28/mlflow.md', 'README.md']);
    execFileSync('tar', ['-xf', file, '-C', dir]);
    expect(readFileSync(join(dir, 'radar/2026-11-28/mlflow.md'), 'utf8')).toBe('héllo\n');
  });
});

describe('result exports', () => {
  it('JSON has the command-line shape: tools in rank order with score, ring and reasons', () => {
    const json = JSON.parse(EXPORTERS.json(rec, ctx).content as string) as { query: string; tools: { id: string; score: number; ring: string; reasons: unknown[] }[]; excluded: unknown[]; stack: unknown[]; gaps: unknown[] };
    expect(json.query).toBe('cloud=aws');
    expect(json.tools.map((t) => t.id)).toEqual(rec.tools.map((t) => t.id));
    expect(json.tools[0]).toMatchObject({ score: rec.tools[0]!.score, ring: rec.tools[0]!.ring, reasons: rec.tools[0]!.reasons });
    expect(json.stack).toHaveLength(8);
    expect(Array.isArray(json.excluded) && Array.isArray(json.gaps)).toBe(true);
  });

  it('CSV ranks every tool and defuses formula-like names', () => {
    const lines = (EXPORTERS.csv(rec, ctx).content as string).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => l.includes(`"'=HYPERLINK(""http://x"")"`))).toBe(true);
  });

  it('BYOR CSV and JSON carry name, ring, quadrant, isNew, description', () => {
    const csv = (EXPORTERS['byor-csv'](rec, ctx).content as string).split('\r\n');
    expect(csv[0]).toBe('name,ring,quadrant,isNew,description');
    expect(csv[1]).toMatch(/^MLflow,Trial,Specialized ML Tools,TRUE,/);
    const json = JSON.parse(EXPORTERS['byor-json'](rec, ctx).content as string) as { name: string; ring: string }[];
    expect(json.map((r) => r.name)).toEqual(['MLflow', '=HYPERLINK("http://x")']);
  });

  it('AOE items have title, ring and quadrant frontmatter', () => {
    const tar = Buffer.from(EXPORTERS.aoe(rec, ctx).content as Uint8Array).toString('latin1');
    expect(tar).toContain('radar/2026-11-28/mlflow.md');
    expect(tar).toContain('title: "MLflow"\nring: trial\nquadrant: specialized-ml-tools');
  });

  it('the decision record escapes Markdown from the data', () => {
    const text = EXPORTERS['decision-record'](rec, ctx).content as string;
    expect(text).toMatch(/^# Decision record: MLOps tooling \(2026-11-28\)/);
    expect(text).toContain('- Which cloud? AWS');
    // The formula-like tool name appears with its parentheses escaped, so Markdown renders it as text.
    expect(text).toContain('=HYPERLINK\\("http://x"\\)');
  });
});
