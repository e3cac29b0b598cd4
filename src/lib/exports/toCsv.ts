/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (starting with
 * = + - @ tab or carriage return) are prefixed with an apostrophe.
 *
 * @example toCsv([['name', 'score'], ['MLflow', 12]]) // → 'name,score\r\nMLflow,12\r\n'
 */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
