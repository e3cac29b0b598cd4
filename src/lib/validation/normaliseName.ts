/**
 * A name's comparison key, so that names which look the same are the same:
 * Unicode NFKC, default-ignorable code points (zero-width spaces and joiners,
 * soft hyphens, bidi controls) removed, look-alike letters mapped to the
 * Latin letter they imitate (a confusable skeleton in the spirit of Unicode
 * TR39), then case, spaces and punctuation folded away.
 *
 * @example normaliseName('Bento\u200b ML') === normaliseName('BentoML') // → true
 * @example normaliseName('Lаngfuse') === normaliseName('Langfuse')     // Cyrillic а → true
 */
import { remove as removeConfusables } from 'confusables';

const IGNORABLE = /[\p{Default_Ignorable_Code_Point}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
// Digits that TR39 treats as confusable with letters.
const DIGIT_LOOKALIKES: Record<string, string> = { '0': 'o', '1': 'l', '5': 's' };

export function normaliseName(name: string): string {
  const folded = removeConfusables(name.normalize('NFKC').replace(IGNORABLE, '')).normalize('NFKD').replace(/\p{M}/gu, '');
  return folded
    .toLowerCase()
    .replace(/[015]/g, (digit) => DIGIT_LOOKALIKES[digit]!)
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
