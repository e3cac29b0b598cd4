/**
 * An Atom 1.0 feed (RFC 4287) of tools added or re-reviewed (/feed.xml). Each
 * tool is one entry whose id is its page URL and whose `updated` is its
 * lastReviewed date, so a feed reader shows a re-reviewed tool as updated.
 * (Git history is not reliably available at build time, so review dates stand
 * in for "added" and "changed".)
 */
import { escapeXml } from './escapeXml.ts';

export interface FeedEntry {
  title: string;
  /** Absolute URL; also the entry's permanent id. */
  url: string;
  /** YYYY-MM-DD */
  updated: string;
  summary: string;
  categories?: string[];
}

export interface Feed {
  title: string;
  subtitle: string;
  /** Absolute URL of the site. */
  siteUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  author: string;
  entries: FeedEntry[];
}

const toTimestamp = (date: string) => `${date}T00:00:00Z`;

/**
 * Entries are written newest first (then by title); the feed's `updated` is the newest entry's date.
 *
 * @example renderAtomFeed({ title: 'x', subtitle: 'y', siteUrl, feedUrl, author: 'Editors', entries: [] }).startsWith('<?xml')
 */
export function renderAtomFeed(feed: Feed, maxEntries = 100): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title)).slice(0, maxEntries);
  const updated = entries[0]?.updated ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <id>${escapeXml(feed.siteUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <updated>${toTimestamp(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <id>${escapeXml(entry.url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <updated>${toTimestamp(entry.updated)}</updated>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
