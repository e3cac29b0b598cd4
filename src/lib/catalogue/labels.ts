/**
 * Display labels for the fixed enumerations that have no content collection
 * (offering, hosting, status, cloud). Collections (stages, categories, …) carry
 * their own names.
 */
import type { CloudId } from '../../schemas/ids.ts';
import type { Hosting, Offering, StatusState } from './catalogueTool.ts';
import { CLOUD_NEUTRAL } from './facets.ts';

export const OFFERING_LABELS: Record<Offering, string> = {
  'open-source': 'Open source',
  'open-core': 'Open core',
  commercial: 'Commercial',
  'managed-service': 'Managed service',
};

export const HOSTING_LABELS: Record<Hosting, string> = {
  'self-hosted': 'Self-hosted',
  saas: 'SaaS',
  both: 'Self-hosted or SaaS',
};

export const STATUS_LABELS: Record<StatusState, string> = {
  active: 'Active',
  acquired: 'Acquired',
  deprecated: 'Deprecated',
  discontinued: 'Discontinued',
};

export const CLOUD_LABELS: Record<CloudId | typeof CLOUD_NEUTRAL, string> = {
  aws: 'Tied to AWS',
  gcp: 'Tied to Google Cloud',
  azure: 'Tied to Azure',
  [CLOUD_NEUTRAL]: 'Not tied to a cloud',
};

/** The licence as people read it: SPDX ids stay as they are. */
export function licenseLabel(license: string): string {
  return license === 'proprietary' ? 'Proprietary' : license;
}
