import { describe, expect, it } from 'vitest';
import { checkLinkForm } from '../../../src/lib/links/checkLinkForm.ts';
import { collectEntryLinks } from '../../../src/lib/links/collectLinks.ts';

const front = (url: string) => checkLinkForm({ url, in: 'frontmatter' });
const body = (url: string) => checkLinkForm({ url, in: 'body' });

describe('checkLinkForm', () => {
  it.each(['https://mlflow.org', 'https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html', 'https://en.wikipedia.org/wiki/Kedro_(software)', 'https://github.com/mlflow/mlflow#readme', 'https://x.ai/?q=1'])('accepts %s', (url) => {
    expect(front(url)).toBeUndefined();
  });

  it.each([
    ['mlflow.org', /no https:\/\/ in front/],
    ['ftp://files.example.net/x', /"ftp:" scheme/],
    ['javascript:alert(1)', /"javascript:" scheme/],
    ['https://user:pw@mlflow.org', /user name or password/],
    ['https://mlflow .org', /white space/],
    ['https://localhost:8080/docs', /placeholder host/],
    ['https://example.com/docs', /placeholder host/],
    ['https://192.168.1.10/', /IP address/],
    ['https://mlflow', /no valid host name/],
    ['https://mlflow.org/docs.', /ends with punctuation/],
    ['https://mlflow.org/docs)', /ends with punctuation/],
    ['', /is empty/],
  ])('rejects %j', (url, message) => {
    expect(front(url)).toMatchObject({ severity: 'error', message: expect.stringMatching(message) });
  });

  it('warns about plain http and suggests the https form', () => {
    expect(front('http://docs.argilla.io/x')).toEqual({ severity: 'warning', message: 'uses plain http://', fix: expect.stringContaining('https://docs.argilla.io/x') });
  });

  it('allows relative links and fragments in bodies, but not root-relative ones (they break under a sub-path)', () => {
    expect(body('../mlflow/')).toBeUndefined();
    expect(body('#pros')).toBeUndefined();
    expect(body('mailto:team@mlflow.org')).toBeUndefined();
    expect(body('/tools/mlflow/')).toMatchObject({ severity: 'error', message: expect.stringContaining('sub-path') });
    expect(body('//cdn.mlflow.org/x')).toMatchObject({ severity: 'error' });
  });
});

describe('collectEntryLinks', () => {
  it('finds URL fields, URL-looking strings and Markdown links with their lines', () => {
    const source = ['---', 'name: X', 'website: https://x.dev', 'docs: x.dev/docs', 'sources:', '  - https://x.dev/a', '  - https://x.dev/b', 'status:', '  note: "Moved, see https://y.dev"', 'description: "Plain text: not a link."', '---', '', 'Read [the docs](https://x.dev/docs) or [a page](../y/).', '', '[ref]: https://x.dev/ref', '![logo](./logo.png)'].join('\n');
    expect(collectEntryLinks('t.mdx', source).map((l) => [l.field, l.url, l.line])).toEqual([
      ['website', 'https://x.dev', 3],
      ['docs', 'x.dev/docs', 4],
      ['sources[0]', 'https://x.dev/a', 6],
      ['sources[1]', 'https://x.dev/b', 7],
      ['(body)', 'https://x.dev/docs', 13],
      ['(body)', '../y/', 13],
      ['(body)', 'https://x.dev/ref', 15],
      ['(body)', './logo.png', 16],
    ]);
  });

  it('skips a file whose frontmatter cannot be read (npm run validate reports it)', () => {
    expect(collectEntryLinks('t.mdx', '---\nwebsite: [unclosed\n---\n')).toEqual([]);
  });
});
