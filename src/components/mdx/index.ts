/**
 * The components an entry body may use. Keep in sync with ALLOWED_COMPONENTS in
 * src/lib/validation/checkMdxSafety.ts (a unit test checks that they match).
 */
import Pros from './Pros.astro';
import Cons from './Cons.astro';
import Note from './Note.astro';

export const mdxComponents = { Pros, Cons, Note };
