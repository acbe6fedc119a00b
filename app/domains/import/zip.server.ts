/**
 * Zip-bomb guard for DOCX and XLSX (both are zip files). It reads the central directory without inflating
 * anything and checks the entry count and the declared uncompressed sizes; then it inflates each entry with a
 * hard output cap, so an entry that inflates to more than it declares is caught without using the memory.
 */
import { inflateRawSync } from "node:zlib";
import { importError } from "./errors";

/** Most entries a DOCX/XLSX may have. */
export const MAX_ZIP_ENTRIES = 2_000;
/** Most uncompressed bytes of all entries together. */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function findEndOfCentralDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= stop; offset--) {
    if (bytes.readUInt32LE(offset) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

/** Lists the entries from the central directory; throws `corrupt` when it cannot be read. */
export function listZipEntries(bytes: Buffer): ZipEntry[] {
  if (bytes.length < 22) throw importError("corrupt");
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw importError("corrupt");
  const count = bytes.readUInt16LE(eocd + 10);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  // ZIP64 archives are never produced by Word or Excel for files under the size limit.
  if (count === 0xffff || directoryOffset === 0xffffffff) throw importError("corrupt");
  if (count > MAX_ZIP_ENTRIES) throw importError("zipBomb");
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw importError("corrupt");
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    entries.push({
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      uncompressedSize: bytes.readUInt32LE(offset + 24),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
      name: bytes.toString("utf8", offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Checks a DOCX/XLSX before a library unpacks it: entry count, declared total size, and the real inflated
 * size of every entry (capped at what it declares). Throws `zipBomb` or `corrupt`.
 */
export function assertSafeZip(bytes: Buffer): ZipEntry[] {
  const entries = listZipEntries(bytes);
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > MAX_ZIP_UNCOMPRESSED_BYTES) throw importError("zipBomb");
  for (const entry of entries) {
    const local = entry.localHeaderOffset;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_SIGNATURE) throw importError("corrupt");
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) throw importError("corrupt");
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw importError("corrupt");
      continue;
    }
    if (entry.method !== 8) throw importError("corrupt");
    let inflated: Buffer;
    try {
      inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw importError("zipBomb");
      throw importError("corrupt");
    }
    if (inflated.length !== entry.uncompressedSize) throw importError("corrupt");
  }
  return entries;
}
