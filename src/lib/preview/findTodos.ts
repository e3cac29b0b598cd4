/**
 * Lines that still hold a TODO placeholder from the `npm run new:tool`
 * template. YAML comment lines in the frontmatter are left out (the template
 * explains itself there); in the body a line starting with "#" is a heading,
 * so it counts. `npm run validate` reports these lines (a warning while
 * drafting, an error in CI) and `npm run preview:entry` lists them.
 *
 * @example findTodos('---\nname: X\ndescription: "TODO: …"\n---\nTODO: body') // → [3, 5]
 */
export function findTodos(text: string): number[] {
  const lines = text.split(/\r?\n/);
  const close = lines[0]?.trim() === '---' ? lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line)) : -1;
  const found: number[] = [];
  lines.forEach((line, index) => {
    const yamlComment = index < close && /^\s*#/.test(line);
    if (/\bTODO\b/.test(line) && !yamlComment) found.push(index + 1);
  });
  return found;
}
