/**
 * A minimal POSIX ustar archive (uncompressed) from text files, so a result can
 * be downloaded as one file holding a folder of radar items. Readable by `tar -xf`.
 */
const encoder = new TextEncoder();

function header(name: string, size: number, mtime: number): Uint8Array {
  const block = new Uint8Array(512);
  const put = (text: string, offset: number, length: number) => block.set(encoder.encode(text).subarray(0, length), offset);
  const octal = (n: number, length: number) => n.toString(8).padStart(length - 1, '0') + '\0';
  put(name, 0, 100);
  put(octal(0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(size, 12), 124, 12);
  put(octal(mtime, 12), 136, 12);
  put('        ', 148, 8); // checksum placeholder: eight spaces
  put('0', 156, 1);
  put('ustar\u000000', 257, 8);
  let sum = 0;
  for (const byte of block) sum += byte;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return block;
}

/** @example makeTar([{ name: 'radar/a.md', content: 'x' }]) // → Uint8Array of 2048 bytes */
export function makeTar(files: readonly { name: string; content: string }[], mtime = 0): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const file of files) {
    if (encoder.encode(file.name).length > 100) throw new Error(`makeTar: file name too long: ${file.name}`);
    const data = encoder.encode(file.content);
    parts.push(header(file.name, data.length, mtime), data, new Uint8Array((512 - (data.length % 512)) % 512));
  }
  parts.push(new Uint8Array(1024));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
