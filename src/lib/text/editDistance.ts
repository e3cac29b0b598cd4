/**
 * One edit-distance implementation for the whole site: search typos, duplicate names, "did you mean" hints.
 * Hand-written on purpose: the maintained packages (fastest-levenshtein, leven) count a swap of two letters
 * ("Langfsue") as two edits, and none stops early at a bound, which search needs on every keystroke.
 */
/**
 * Optimal-string-alignment distance (typos: a wrong, missing or extra letter, or
 * two swapped letters), or max + 1 as soon as it must exceed max.
 * @example editDistance('kubeflwo', 'kubeflow', 2) // → 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
