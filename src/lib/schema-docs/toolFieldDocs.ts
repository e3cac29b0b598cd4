/**
 * The tool entry's fields as documentation records, read from the same
 * generated JSON Schema that is committed as schemas/tools.schema.json.
 */
import { renderJsonSchemas } from './renderJsonSchemas.ts';
import { describeFields, type FieldDoc, type JsonSchemaNode } from './describeFields.ts';

/** Path of the tool JSON Schema among renderJsonSchemas()' outputs. */
export const TOOL_JSON_SCHEMA_PATH = 'schemas/tools.schema.json';

/**
 * @example toolFieldDocs().find((field) => field.path === 'ring')?.allowed // → ['adopt', 'trial', 'assess', 'hold']
 */
export function toolFieldDocs(): FieldDoc[] {
  const text = renderJsonSchemas()[TOOL_JSON_SCHEMA_PATH];
  if (!text) throw new Error(`renderJsonSchemas() produced no ${TOOL_JSON_SCHEMA_PATH}`);
  return describeFields(JSON.parse(text) as JsonSchemaNode);
}
