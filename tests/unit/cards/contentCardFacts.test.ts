/**
 * The share cards' first guess, from the validator's entries before Astro loads
 * any collection, must be the facts the route gives (cardFactsOf over the
 * collections): otherwise cards would be drawn twice.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentCardFacts } from '../../../src/lib/cards/contentCardFacts.ts';
import { validateContent } from '../../../src/lib/validation/validateContent.ts';

describe('contentCardFacts', () => {
  it('gives every real tool its category, quadrant and ring names, and the schema’s defaults (status active when left out)', () => {
    const result = validateContent(resolve('content'));
    expect(result.issues).toEqual([]);
    const cards = contentCardFacts(result.entries);
    expect(cards.length).toBeGreaterThan(400);
    const mlflow = cards.find((card) => card.id === 'mlflow')!;
    expect(mlflow).toMatchObject({ name: 'MLflow', status: 'active' });
    expect(cards.every((card) => card.ringName !== card.ringId && card.quadrantName !== card.quadrantId && card.categoryName.length > 0)).toBe(true);
    // An entry that leaves `status` out gets the schema's default, as the route's collections do.
    const silent = (result.entries as unknown as { tools: { id: string }[] }).tools.find((tool) => !/^status:/m.test(readFileSync(resolve('content/tools', `${tool.id}.mdx`), 'utf8')))!;
    expect(cards.find((card) => card.id === silent.id)?.status).toBe('active');
  });
});
