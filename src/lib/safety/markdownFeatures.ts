/**
 * The Markdown features of the site's one Markdown/MDX compiler (Sätteri, Astro's
 * default processor). astro.config.mjs passes exactly these to the build, and the
 * safety check parses with exactly these, so both see the same tree.
 */
export const MARKDOWN_FEATURES = Object.freeze({
  gfm: true,
  smartPunctuation: true,
  frontmatter: true,
  math: false,
  directive: false,
  headingAttributes: false,
  superscript: false,
  subscript: false,
  wikilinks: false,
  definitionList: false,
});
