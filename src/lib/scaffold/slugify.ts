/**
 * Turn a product name into an entry id (the kebab-case file name).
 *
 * @example slugify('Weights & Biases') // → 'weights-and-biases'
 * @example slugify('Déjà Vu ML') // → 'deja-vu-ml'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
