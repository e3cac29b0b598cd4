/**
 * True for an entry id (kebab-case) — the only thing browser code puts into a
 * URL path it builds, so data can never steer a link elsewhere. Mirrors
 * IdSchema in src/schemas/common.ts without importing zod into the browser.
 *
 * @example isSafeId('weights-and-biases') // → true
 * @example isSafeId('../admin')           // → false
 */
export function isSafeId(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
