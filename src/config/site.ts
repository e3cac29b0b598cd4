/** Site-wide settings and UI strings used by the layout. */
import { gitOriginUrl, repositoryUrl } from '../lib/repositoryUrl.ts';

export const SITE = {
  name: 'MLOps Navigator',
  tagline: 'Find your way through the MLOps tooling landscape, and which tools fit your team.',
  /** The "edit this entry" links' repository: the checkout's GitHub remote at build time, else this URL (src/lib/repositoryUrl.ts). */
  repository: repositoryUrl(gitOriginUrl(), 'https://github.com/mlops-navigator/mlops-navigator'),
  /** Storage keys are prefixed and versioned; see docs/url-contract.md. */
  themeStorageKey: 'mlops-navigator:theme:v1',
  essay: {
    title: 'Navigating the MLOps tooling landscape',
    author: 'Lj Miranda',
    year: 2021,
    url: 'https://ljvmiranda921.github.io/notebook/2021/05/10/navigating-the-mlops-landscape/',
  },
} as const;

/** The date (YYYY-MM-DD) of the editors' radar edition on /radar/: "new" and "moved" markers compare ring history with it. */
export const radarEdition = '2026-12-01';

/** Main navigation: label and path (relative to the base URL). */
export const NAV: { label: string; path: string }[] = [
  { label: 'Home', path: '' },
  { label: 'Tools', path: 'tools/' },
  { label: 'Which tools fit us?', path: 'fit/' },
  { label: 'Map', path: 'map/' },
  { label: 'Radar', path: 'radar/' },
  { label: 'Compare', path: 'compare/' },
  { label: 'Lifecycle', path: 'lifecycle/' },
  { label: 'Stats', path: 'stats/' },
  { label: 'Framework', path: 'framework/' },
];
