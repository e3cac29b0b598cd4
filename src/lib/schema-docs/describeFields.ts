/**
 * Flatten a generated JSON Schema (see renderJsonSchemas.ts) into one plain
 * record per frontmatter field: its path, whether it is required, a readable
 * type with its allowed values, its default and its `.describe()` text.
 *
 * The contributor field reference (CONTRIBUTING.md) and the comments in a
 * scaffolded tool file (npm run new:tool) are both rendered from these
 * records, so neither walks the zod schemas a second time and neither can
 * drift from the validator.
 */

/** The subset of JSON Schema that z.toJSONSchema emits for our collections. */
export interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  enum?: readonly unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
  required?: readonly string[];
  anyOf?: readonly JsonSchemaNode[];
}

export interface FieldDoc {
  /** Dotted path: `name`, `position.artifact`, `addresses[].concern`. */
  path: string;
  /** Nesting depth: 0 for top-level fields. */
  depth: number;
  /** Required in its parent object (a nested field is only needed when its parent is present). */
  required: boolean;
  /** Readable type, e.g. "text, 1–80 characters", "list of ids, at least 1". */
  type: string;
  /** Allowed values for enums (also for lists of enums), otherwise undefined. */
  allowed?: readonly string[];
  /** The default applied when the field is left out, if any. */
  default?: unknown;
  /** The schema's `.describe()` text. */
  description: string;
}

/** The kebab-case id pattern of IdSchema (src/schemas/common.ts). */
const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
/** The YYYY-MM-DD pattern of DateSchema (src/schemas/common.ts). */
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

function range(min: number | undefined, max: number | undefined, unit: string): string {
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}${unit}` : `${min}–${max}${unit}`;
  if (min !== undefined) return `at least ${min}${unit}`;
  if (max !== undefined) return `at most ${max}${unit}`;
  return '';
}

const join = (...parts: string[]) => parts.filter(Boolean).join(', ');

/** True for a date field: a `date` format, or the `anyOf [Date, "YYYY-MM-DD"]` DateSchema emits. */
function isDate(node: JsonSchemaNode): boolean {
  return node.format === 'date' || (node.anyOf?.some((option) => option.pattern === DATE_PATTERN) ?? false);
}

/**
 * A readable type for one JSON Schema node.
 *
 * @example typeOf({ type: 'number', minimum: 0, maximum: 1 }) // → 'number, 0–1'
 */
export function typeOf(node: JsonSchemaNode): string {
  if (isDate(node)) return 'date, YYYY-MM-DD';
  if (node.enum) return 'one of the allowed values';
  if (node.format === 'uri') return 'URL, absolute http:// or https://';
  const type = Array.isArray(node.type) ? node.type.join(' or ') : node.type;
  switch (type) {
    case 'string':
      if (node.pattern === ID_PATTERN) return 'id (kebab-case)';
      return join('text', range(node.minLength, node.maxLength, ' characters'), node.pattern ? `matching \`${node.pattern}\`` : '');
    case 'number':
      return join('number', range(node.minimum, node.maximum, ''));
    case 'integer':
      return join('whole number', range(node.minimum, node.maximum, ''));
    case 'boolean':
      return 'true or false';
    case 'array': {
      const count = range(node.minItems, node.maxItems, '');
      const size = count ? `${count} ${node.minItems === 1 && node.maxItems === undefined ? 'item' : 'items'}` : '';
      const item = node.items ? typeOf(node.items) : 'any value';
      if (item === 'one of the allowed values') return join('list of allowed values', size);
      if (item === 'id (kebab-case)') return join('list of ids (kebab-case)', size);
      if (item === 'object (fields below)') return join('list of objects (fields below)', size);
      return `${join('list', size)}; each ${item}`;
    }
    case 'object':
      return 'object (fields below)';
    default:
      return 'any value';
  }
}

/**
 * Every field of an object schema, depth first, nested objects and list items
 * included.
 *
 * @example describeFields({ type: 'object', required: ['name'], properties: { name: { type: 'string', description: 'The name.' } } })
 *   // → [{ path: 'name', depth: 0, required: true, type: 'text', description: 'The name.' }]
 */
export function describeFields(schema: JsonSchemaNode, prefix = '', depth = 0): FieldDoc[] {
  const out: FieldDoc[] = [];
  const required = new Set(schema.required ?? []);
  for (const [key, node] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${key}`;
    const enumValues = node.enum ?? node.items?.enum;
    out.push({
      path,
      depth,
      required: required.has(key),
      type: typeOf(node),
      ...(enumValues ? { allowed: enumValues.map(String) } : {}),
      ...(node.default !== undefined ? { default: node.default } : {}),
      description: node.description ?? '',
    });
    if (node.properties) out.push(...describeFields(node, `${path}.`, depth + 1));
    if (node.items?.properties) out.push(...describeFields(node.items, `${path}[].`, depth + 1));
  }
  return out;
}
