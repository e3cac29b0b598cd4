/** The "edit this entry" links' repository: the GitHub remote, else the configured URL. */
import { describe, expect, it } from 'vitest';
import { githubWebUrl, repositoryUrl } from '../../src/lib/repositoryUrl.ts';

const CONFIGURED = 'https://github.com/mlops-navigator/mlops-navigator';

describe('githubWebUrl', () => {
  it.each([
    ['git@github.com:acme/navigator.git', 'https://github.com/acme/navigator'],
    ['github.com:acme/navigator', 'https://github.com/acme/navigator'],
    ['ssh://git@github.com/acme/navigator.git', 'https://github.com/acme/navigator'],
    ['ssh://git@github.com:22/acme/navigator.git', 'https://github.com/acme/navigator'],
    ['https://github.com/acme/navigator', 'https://github.com/acme/navigator'],
    ['https://github.com/acme/navigator.git/', 'https://github.com/acme/navigator'],
    ['git+https://github.com/acme/my.navigator.git', 'https://github.com/acme/my.navigator'],
    ['https://x-access-token:secret@github.com/acme/navigator.git', 'https://github.com/acme/navigator'],
    ['  https://GitHub.com/Acme/Navigator\n', 'https://github.com/Acme/Navigator'],
  ])('%s → %s', (remote, expected) => {
    expect(githubWebUrl(remote)).toBe(expected);
  });

  it.each(['https://gitlab.com/acme/navigator.git', 'git@bitbucket.org:acme/navigator.git', '/srv/git/navigator.git', 'https://github.com/acme', 'https://github.com/acme/navigator/tree/main', 'https://github.com.evil.example/acme/navigator', ''])('%s is not a GitHub repository', (remote) => {
    expect(githubWebUrl(remote)).toBeUndefined();
  });
});

describe('repositoryUrl', () => {
  it('prefers a GitHub remote and falls back to the configured URL', () => {
    expect(repositoryUrl('git@github.com:fork/navigator.git', CONFIGURED)).toBe('https://github.com/fork/navigator');
    expect(repositoryUrl(undefined, CONFIGURED)).toBe(CONFIGURED);
    expect(repositoryUrl('https://gitlab.com/acme/navigator.git', `${CONFIGURED}/`)).toBe(CONFIGURED);
  });
});
