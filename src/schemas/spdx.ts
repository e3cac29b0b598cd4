/**
 * Licences of tool entries are SPDX expressions ("Apache-2.0",
 * "MIT OR Apache-2.0", "GPL-2.0-only WITH Classpath-exception-2.0"), checked
 * with the maintained SPDX packages rather than a hand-kept list, or the word
 * `proprietary` for closed-source products. Whether a licence counts as open
 * source follows from it: every licence the expression requires must be
 * OSI-approved (for OR, one branch is enough). No entry sets that by hand.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// CommonJS packages; loaded through require so the schema stays usable from plain Node scripts and Vite alike.
const parseSpdx = require('spdx-expression-parse') as (expression: string) => SpdxNode;
const correctSpdx = require('spdx-correct') as (expression: string, options?: { upgrade?: boolean }) => string | null;
const OSI_IDS = new Set(require('spdx-osi') as string[]);

export const PROPRIETARY = 'proprietary';

type SpdxNode = { license: string; plus?: boolean; exception?: string } | { conjunction: 'and' | 'or'; left: SpdxNode; right: SpdxNode };

/** The parsed expression, or an error message with a suggestion. */
export function checkLicenseExpression(value: string): { ok: true } | { ok: false; message: string } {
  if (value === PROPRIETARY) return { ok: true };
  try {
    const tree = parseSpdx(value);
    const refs = licensesOf(tree).filter((id) => id.startsWith('LicenseRef-'));
    if (refs.length) return { ok: false, message: `uses ${refs.join(', ')}; write "proprietary" for a closed licence, or the SPDX id of the public one` };
    return { ok: true };
  } catch {
    const suggestion = correctSpdx(value, { upgrade: true });
    return {
      ok: false,
      message: `"${value}" is not a valid SPDX licence expression${suggestion && suggestion !== value ? `; did you mean "${suggestion}"?` : ''} (ids as listed at https://spdx.org/licenses/, combined with AND, OR, WITH; or "proprietary")`,
    };
  }
}

/** The expression as SPDX spells it, when a contributor's spelling can be corrected ("mit" → "MIT"); otherwise undefined. */
export function correctLicense(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.toLowerCase() === PROPRIETARY) return PROPRIETARY;
  if (checkLicenseExpression(trimmed).ok) return trimmed;
  const corrected = correctSpdx(trimmed, { upgrade: true });
  return corrected && checkLicenseExpression(corrected).ok ? corrected : undefined;
}

function licensesOf(node: SpdxNode): string[] {
  return 'license' in node ? [node.license] : [...licensesOf(node.left), ...licensesOf(node.right)];
}

/** True when the licence expression is satisfied by OSI-approved licences alone. */
export function isOsiApproved(expression: string): boolean {
  if (expression === PROPRIETARY) return false;
  let tree: SpdxNode;
  try {
    tree = parseSpdx(expression);
  } catch {
    return false;
  }
  const walk = (node: SpdxNode): boolean => {
    if ('license' in node) return OSI_IDS.has(node.license);
    return node.conjunction === 'or' ? walk(node.left) || walk(node.right) : walk(node.left) && walk(node.right);
  };
  return walk(tree);
}
