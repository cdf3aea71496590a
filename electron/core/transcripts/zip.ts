import { Inflate } from 'fflate';

/**
 * Just enough of the zip format to take one part out of a .docx without trusting it. fflate's unzipSync
 * allocates the size each entry declares and then inflates the whole stream, however far it runs past
 * that size; a crafted entry can declare a few bytes and inflate to gigabytes of work (a 50 MB file of
 * compressed zeros is about 50 GB, minutes of a frozen main process), or declare gigabytes it never holds.
 * Here the caller sees every entry's declared size before anything is inflated, and inflation stops as
 * soon as an entry yields more than it declared.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  method: number;
  flags: number;
  compressedSize: number;
  /** The uncompressed size the archive declares. */
  size: number;
  localHeaderOffset: number;
}

/** The archive is not a zip we can read; `message` says why, for a "damaged file" message. */
export class ZipError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;
// Small pushes bound the work done past an entry's declared size: deflate expands at most ~1,032:1.
const INFLATE_CHUNK = 4096;
// A stored (uncompressed) part is handed over in pieces too, so a reader can stop early either way.
const STORED_CHUNK = 64 * 1024;
const UTF8_NAMES = new TextDecoder('utf-8');
const CP437_NAMES = new TextDecoder('latin1');

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;
}

function need(bytes: Uint8Array, at: number, length: number): void {
  if (at < 0 || at + length > bytes.length) throw new ZipError('the file is cut short');
}

/** The entries of the central directory, in order; nothing is inflated. */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  let end = -1;
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (u32(bytes, at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end === -1) throw new ZipError('the end of its table of contents is missing; the file is cut short');
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if (end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) {
    const zip64End = u64(bytes, end - 12);
    need(bytes, zip64End, 56);
    if (u32(bytes, zip64End) !== ZIP64_END_OF_DIRECTORY)
      throw new ZipError('its table of contents is damaged');
    count = u64(bytes, zip64End + 32);
    offset = u64(bytes, zip64End + 48);
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    need(bytes, at, 46);
    if (u32(bytes, at) !== DIRECTORY_ENTRY) throw new ZipError('its table of contents is damaged');
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    need(bytes, at + 46, nameLength + extraLength + commentLength);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11 marks a UTF-8 name; older tools write code page 437, which is ASCII for every name we look for.
    const name = (flags & 0x800 ? UTF8_NAMES : CP437_NAMES).decode(nameBytes);
    const entry: ZipEntry = {
      name,
      method: u16(bytes, at + 10),
      flags,
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    };
    readZip64Extra(bytes, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offsets too large for 32 bits are 0xffffffff, with the real values in the zip64 extra field. */
function readZip64Extra(bytes: Uint8Array, start: number, length: number, entry: ZipEntry): void {
  const MAX = 0xffffffff;
  if (entry.size !== MAX && entry.compressedSize !== MAX && entry.localHeaderOffset !== MAX) return;
  for (let at = start; at + 4 <= start + length; at += 4 + u16(bytes, at + 2)) {
    if (u16(bytes, at) !== 1) continue;
    let field = at + 4;
    const fieldEnd = field + u16(bytes, at + 2);
    const take = () => {
      if (field + 8 > fieldEnd) throw new ZipError('its table of contents is damaged');
      const value = u64(bytes, field);
      field += 8;
      return value;
    };
    if (entry.size === MAX) entry.size = take();
    if (entry.compressedSize === MAX) entry.compressedSize = take();
    if (entry.localHeaderOffset === MAX) entry.localHeaderOffset = take();
    return;
  }
  throw new ZipError('its table of contents is damaged');
}

/**
 * An entry's contents. The caller has already accepted entry.size; an entry that inflates to more than
 * that is damaged (or crafted), and inflation stops there rather than running on.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  // Collected in pieces rather than in a buffer of the declared size, which may be far larger than the data.
  const pieces: Uint8Array[] = [];
  let written = 0;
  inflateZipEntry(bytes, entry, (chunk) => {
    pieces.push(chunk);
    written += chunk.length;
  });
  if (pieces.length === 1) return pieces[0]!;
  const out = new Uint8Array(written);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/**
 * An entry's contents handed to `consume` a few kilobytes at a time, as they are inflated, so the
 * caller can stop as soon as it has read enough (anything `consume` throws stops inflation and is
 * thrown on unchanged).
 */
export function inflateZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  consume: (chunk: Uint8Array) => void,
): void {
  if (entry.flags & 0x1) throw new ZipError(`${entry.name} is encrypted`);
  const local = entry.localHeaderOffset;
  need(bytes, local, 30);
  if (u32(bytes, local) !== LOCAL_HEADER) throw new ZipError(`${entry.name} is damaged`);
  const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  need(bytes, dataStart, entry.compressedSize);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > entry.size) throw new ZipError(`${entry.name} holds more than its declared size`);
    for (let at = 0; at < data.length; at += STORED_CHUNK) consume(data.slice(at, at + STORED_CHUNK));
    return;
  }
  if (entry.method !== 8) throw new ZipError(`${entry.name} uses an unknown compression method`);
  let written = 0;
  let done = false;
  const stop: { error?: unknown } = {};
  const inflate = new Inflate((chunk, final) => {
    written += chunk.length;
    if (written > entry.size) throw new ZipError(`${entry.name} unzips to more than its declared size`);
    if (chunk.length > 0) {
      try {
        consume(chunk);
      } catch (error) {
        stop.error = error;
        throw error;
      }
    }
    if (final) done = true;
  });
  try {
    for (let at = 0; at < data.length && !done; at += INFLATE_CHUNK) {
      const end = Math.min(at + INFLATE_CHUNK, data.length);
      inflate.push(data.subarray(at, end), end === data.length);
    }
  } catch (error) {
    if ('error' in stop) throw stop.error;
    if (error instanceof ZipError) throw error;
    throw new ZipError(
      `${entry.name} is damaged (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!done) throw new ZipError(`${entry.name} is cut short`);
}
