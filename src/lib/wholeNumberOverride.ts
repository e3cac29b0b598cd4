/**
 * A whole number of at least `min` from an override (an environment variable
 * in builds and tests), or `fallback` when the override is missing, empty or
 * anything else.
 * @example wholeNumberOverride('40', 100) // → 40
 * @example wholeNumberOverride('', 100) // → 100
 */
export function wholeNumberOverride(override: string | undefined, fallback: number, min = 1): number {
  const value = override === undefined || override.trim() === '' ? NaN : Number(override);
  return Number.isInteger(value) && value >= min ? value : fallback;
}
