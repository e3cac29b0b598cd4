/**
 * The repository the site's "edit this entry" links point at: the checkout's
 * Git remote when it is on GitHub, otherwise the configured URL
 * (src/config/site.ts). A fork that deploys its own site thus links to
 * itself without editing any configuration.
 */
import { spawnSync } from 'node:child_process';

/**
 * A GitHub remote URL as the repository's web address, or undefined when it
 * is not a GitHub repository. Credentials, ".git" and trailing slashes go.
 *
 * @example githubWebUrl('git@github.com:acme/navigator.git') // → 'https://github.com/acme/navigator'
 * @example githubWebUrl('https://token@github.com/acme/navigator') // → 'https://github.com/acme/navigator'
 * @example githubWebUrl('https://gitlab.com/acme/navigator.git') // → undefined
 */
export function githubWebUrl(remote: string): string | undefined {
  const match = /^(?:(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?github\.com(?::\d+)?\/|(?:[^@/]+@)?github\.com:)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/*$/i.exec(remote.trim());
  if (!match) return undefined;
  const [, owner, repo] = match;
  if (!owner || !repo || owner.startsWith('.') || repo.startsWith('.')) return undefined;
  return `https://github.com/${owner}/${repo}`;
}

/**
 * @param remote the Git remote's URL, when there is one
 * @param configured the configured repository URL, used when the remote is missing or not on GitHub
 * @example repositoryUrl(undefined, 'https://github.com/mlops-navigator/mlops-navigator') // → the configured URL
 */
export function repositoryUrl(remote: string | undefined, configured: string): string {
  return (remote && githubWebUrl(remote)) || configured.replace(/\/+$/, '');
}

/** `git remote get-url origin` in the working directory, or undefined (no git, no checkout, no origin). */
export function gitOriginUrl(cwd = process.cwd()): string | undefined {
  const result = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5_000 });
  return result.status === 0 ? result.stdout.trim() || undefined : undefined;
}
