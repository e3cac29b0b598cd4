/**
 * Advice must never suggest what validation rejects. The MDX parser's own
 * error for an HTML comment (`<!-- … -->`) ends with "(note: to create a
 * comment in MDX, use `{/* text *\/}`)", but braces are expressions, which
 * entries may not contain. This replaces that note and the fix with advice
 * that passes: delete the comment, or say it in plain text.
 */
import type { ValidationIssue } from './types.ts';

const COMMENT_NOTE = /\s*\(note: to create a comment in MDX, use `\{\/\*\s*text\s*\*\/\}`\)/;

/** Fix for a comment in an entry body: the only kinds of comment entries may hold. */
export const COMMENT_FIX = 'Comments are not allowed in entries, neither <!-- … --> nor {/* … */}: delete the comment, or, if readers should see it, write it as plain text in the body. A note for reviewers belongs in the pull request description.';

/**
 * @example withAllowedAdvice({ file, field: '(body)', message: 'the body is not valid MDX: 3:1: Unexpected character `!` … (note: to create a comment in MDX, use `{/* text *\/}`) (mdx-jsx:unexpected-character)', fix: '…' })
 *   // → { …, message: 'the body is not valid MDX: 3:1: an HTML comment (<!-- … -->) cannot be used here … (mdx-jsx:unexpected-character)', fix: COMMENT_FIX }
 */
export function withAllowedAdvice(issue: ValidationIssue): ValidationIssue {
  if (!COMMENT_NOTE.test(issue.message)) return issue;
  const message = issue.message.replace(/Unexpected character `!` \(U\+0021\) before name, expected a character that can start a name, such as a letter, `\$`, or `_`/, 'an HTML comment (<!-- … -->) is not allowed here').replace(COMMENT_NOTE, '');
  return { ...issue, message, fix: COMMENT_FIX };
}
