/**
 * Writes the compare page's query string, the inverse of parseCompareState.
 *
 * @example serialiseCompareState(['mlflow', 'dvc']) // → '?tools=mlflow,dvc'
 * @example serialiseCompareState([])                 // → ''
 */
export function serialiseCompareState(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  // Ids are kebab-case, but encode anyway so this never writes a broken URL.
  return `?tools=${ids.map(encodeURIComponent).join(',')}`;
}
