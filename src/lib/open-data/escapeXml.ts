/**
 * Escapes text for XML element content and attribute values, and drops the
 * control characters XML 1.0 forbids (they would make the whole feed invalid).
 *
 * @example escapeXml('R&D <"ML">') // → 'R&amp;D &lt;&quot;ML&quot;&gt;'
 */
export function escapeXml(text: string): string {
  return text
     
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
