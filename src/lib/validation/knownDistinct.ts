/**
 * Tools whose names are one typing error apart but which are different
 * products, as a reviewer confirmed. `npm run validate` reports every other
 * such pair as a likely duplicate ("Langfsue" for "Langfuse").
 *
 * Add a pair here, in the pull request that adds the second tool, only when
 * the two really are unrelated; tools that compete or work together say so
 * instead in their `alternatives` or `integrations`, which also ends the check.
 */
export const KNOWN_DISTINCT: readonly (readonly [string, string])[] = [
  ['apache-atlas', 'atlan'], // Atlas (Apache metadata governance) and Atlan (a data catalogue company)
  ['ax', 'gcp-ai-platform'], // Ax Platform (Meta's adaptive experimentation) and Google's former AI Platform
  ['jenkins', 'jenkins-x'], // Jenkins X is a separate, Kubernetes-native CI/CD project
  ['nscale', 'scale-ai'], // Nscale (a GPU cloud) and Scale AI, also called Scale (data labelling)
  ['tecton', 'tekton'], // Tecton (a feature platform) and Tekton (Kubernetes pipelines)
];

/** True when the two tool ids are a confirmed pair of distinct products, in either order. */
export function isKnownDistinct(a: string, b: string): boolean {
  return KNOWN_DISTINCT.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}
