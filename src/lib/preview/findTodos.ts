/**
 * Lines that still hold a TODO placeholder from the `npm run new:tool`
 * template (comment lines excluded): a scaffolded entry validates, so the
 * preview is where a forgotten placeholder gets noticed.
 *
 * @example findTodos('---\nname: X\ndescription: "TODO: …"\n---\nTODO: body') // → [3, 5]
 */
export function findTodos(text: string): number[] {
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (/\bTODO\b/.test(line) && !/^\s*#/.test(line)) lines.push(index + 1);
  });
  return lines;
}
