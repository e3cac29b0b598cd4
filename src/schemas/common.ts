/**
 * Building blocks shared by every collection schema: ids, safe URLs, dates and
 * bounded strings. Every field carries a `.describe()` text: it becomes the
 * field's documentation in the generated JSON Schema and CONTRIBUTING.md.
 */
import { z } from 'astro/zod';

/** Longest text accepted in any single frontmatter string, to keep pages and the search index small. */
export const MAX_FIELD_LENGTH = 600;

/** A kebab-case id: lowercase letters, digits and single dashes. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single dashes, e.g. "mlflow" or "weights-and-biases"')
  .describe('A kebab-case id, e.g. "mlflow".');

/** Plain text with a length limit. */
export function text(max = MAX_FIELD_LENGTH, min = 1) {
  return z
    .string()
    .trim()
    .min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters; shorten it (move detail into the entry body)`);
}

const SAFE_URL_RE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/**
 * An absolute http(s) URL. javascript:, data:, vbscript: and every other scheme is
 * rejected, as are URLs with credentials or whitespace.
 */
export const UrlSchema = z
  .string()
  .trim()
  .max(500, 'must be at most 500 characters')
  .refine(isSafeHttpUrl, 'must be an absolute http:// or https:// URL without user name or password, e.g. "https://mlflow.org" (javascript:, data: and other schemes are not allowed)')
  .meta({ format: 'uri' })
  .describe('An absolute http:// or https:// URL.');

/** True for an absolute http(s) URL without credentials or white space. */
export function isSafeHttpUrl(value: string): boolean {
  if (!SAFE_URL_RE.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_FORM = 'must be a date written YYYY-MM-DD, year first, e.g. 2026-11-28';

/** True for a YYYY-MM-DD string naming a day that exists (no 2026-02-30). */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Today's date where it is already latest (UTC+14), as YYYY-MM-DD: a date is
 * "in the future" only once it is tomorrow everywhere, so a contributor ahead
 * of UTC can write their own today.
 */
export function latestToday(now = Date.now()): string {
  return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A calendar date, written YYYY-MM-DD (YAML may already have parsed it into a
 * Date), that is not in the future: every date in an entry records something
 * that has happened (a review, a release, a commit, a change of state).
 *
 * Each bad value gets exactly one message: the wrong form, a day that does not
 * exist, or a day still to come. Each check passes whatever an earlier one
 * already rejected, since zod runs them all.
 */
export const DateSchema = z
  .union([z.date({ error: DATE_FORM }), z.string({ error: DATE_FORM }).regex(DATE_RE, DATE_FORM)])
  .refine((value) => !(typeof value === 'string' && DATE_RE.test(value)) || isCalendarDate(value), 'must be a real calendar date written YYYY-MM-DD (this day does not exist)')
  .refine(
    (value) => {
      const day = value instanceof Date ? (Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10)) : typeof value === 'string' && DATE_RE.test(value) && isCalendarDate(value) ? value : undefined;
      return day === undefined || day <= latestToday();
    },
    { error: () => `must not be in the future (today is ${new Date().toISOString().slice(0, 10)}); set it to the day it happened: for lastReviewed, the day you checked the facts` },
  )
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)))
  .meta({ format: 'date' })
  .describe('A date written YYYY-MM-DD.');

/** Helper for the many `order` fields that sort entries on pages. */
export const OrderSchema = z.number().int().min(0).max(1000).describe('Sort order on pages; lower comes first.');
