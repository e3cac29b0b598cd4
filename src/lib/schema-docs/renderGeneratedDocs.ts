/**
 * Everything `npm run gen:docs` writes, as { path: full new text }:
 *
 * - CONTRIBUTING.md with its generated blocks (field reference, category
 *   table) refreshed from the schemas, the hand-written rest untouched;
 * - the GitHub issue form, its dropdowns from the schema ids;
 * - the pull-request template, around CONTRIBUTING.md's reviewer checklist.
 *
 * A unit test compares this with the committed files, so a schema change
 * without `npm run gen:docs` fails the tests.
 */
import { toolFieldDocs } from './toolFieldDocs.ts';
import { renderFieldReference } from './renderFieldReference.ts';
import { renderCategoryTable } from './renderCategoryTable.ts';
import { readMarkedRegion, replaceMarkedRegion } from './replaceMarkedRegion.ts';
import { ISSUE_FORM_PATH, renderIssueForm } from './renderIssueForm.ts';
import { PULL_REQUEST_TEMPLATE_PATH, renderPullRequestTemplate } from './renderPullRequestTemplate.ts';

export const CONTRIBUTING_PATH = 'CONTRIBUTING.md';

/**
 * @param readText reads a committed file (relative to the project root)
 * @example renderGeneratedDocs((path) => readFileSync(path, 'utf8'))['CONTRIBUTING.md'] // → the refreshed guide
 */
export function renderGeneratedDocs(readText: (path: string) => string): Record<string, string> {
  const fields = toolFieldDocs();
  let contributing = readText(CONTRIBUTING_PATH);
  contributing = replaceMarkedRegion(contributing, 'field-reference', renderFieldReference(fields), CONTRIBUTING_PATH);
  contributing = replaceMarkedRegion(contributing, 'category-table', renderCategoryTable(), CONTRIBUTING_PATH);
  return {
    [CONTRIBUTING_PATH]: contributing,
    [ISSUE_FORM_PATH]: renderIssueForm(fields),
    [PULL_REQUEST_TEMPLATE_PATH]: renderPullRequestTemplate(readMarkedRegion(contributing, 'checklist', CONTRIBUTING_PATH)),
  };
}
