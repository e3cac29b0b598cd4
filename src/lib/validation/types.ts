/** One problem found in one content file. Every validator returns a list of these, never throws. */
export interface ValidationIssue {
  /** Path relative to the project root, e.g. content/tools/mlflow.mdx. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Field path, e.g. position.artifact, or "(body)" / "(file)". */
  field: string;
  /** The offending value, shortened for display. */
  found?: string;
  /** What is wrong and what is allowed. */
  message: string;
  /** How to fix it. */
  fix?: string;
  /**
   * "warning": fine in a draft, not in a pull request (a TODO placeholder, a
   * name one typing error from another entry's). `npm run validate` fails on
   * warnings only in CI. "notice": worth a reviewer's look, never a failure
   * (an integration only one of the two tools claims). Absent: an error,
   * which always fails.
   */
  severity?: 'warning' | 'notice';
}

/** Shorten any value for display in an error message. */
export function show(value: unknown, max = 80): string {
  let text: string;
  if (value === undefined) return 'nothing';
  if (value instanceof Date) text = Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  else if (typeof value === 'string') text = JSON.stringify(value);
  else {
    try {
      text = JSON.stringify(value) ?? typeof value;
    } catch {
      text = typeof value;
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
