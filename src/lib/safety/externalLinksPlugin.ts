/**
 * A Sätteri hast plugin: every link to another origin in a rendered entry gets
 * rel="noopener noreferrer", so the target page can neither script this tab nor
 * learn which page sent the visitor.
 */
import { isExternalHref, EXTERNAL_REL } from './externalLinks.ts';

export const externalLinksPlugin = {
  name: 'navigator-external-links',
  element: {
    filter: ['a'],
    visit(node: { properties?: Record<string, unknown> }, ctx: { setProperty(node: unknown, key: string, value: unknown): void }) {
      const href = node.properties?.href;
      if (typeof href === 'string' && isExternalHref(href)) ctx.setProperty(node, 'rel', EXTERNAL_REL);
    },
  },
};
