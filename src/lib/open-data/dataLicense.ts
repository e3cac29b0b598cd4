/**
 * The licence of the data under content/ and of the open data built from it
 * (LICENSE-DATA.md at the repository root). The code is MIT (LICENSE); the
 * data is CC BY 4.0, so every /api/* document says so, and how to credit it.
 */
export const DATA_LICENSE = {
  /** SPDX id. */
  license: 'CC-BY-4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'MLOps Navigator contributors',
} as const;

export type DataLicense = typeof DATA_LICENSE;
