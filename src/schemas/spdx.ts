/**
 * Licence identifiers accepted in tool entries: SPDX ids seen across the MLOps
 * landscape, plus `proprietary` for closed-source products. Extend this list
 * (with the exact SPDX id from https://spdx.org/licenses/) when a new tool needs one.
 */
export const LICENSE_IDS = [
  'Apache-2.0',
  'MIT',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'ISC',
  'MPL-2.0',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'GPL-2.0-only',
  'GPL-2.0-or-later',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
  'EPL-2.0',
  'Elastic-2.0',
  'BUSL-1.1',
  'SSPL-1.0',
  'Unlicense',
  'CC0-1.0',
  'Zlib',
  'PostgreSQL',
  'proprietary',
] as const;
export type LicenseId = (typeof LICENSE_IDS)[number];
