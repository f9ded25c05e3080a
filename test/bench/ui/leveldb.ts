// The Snappy-compressed data blocks of a LevelDB table file (.ldb / .sst), decompressed — so the
// plain-text scan sees what anyone who copies the profile folder sees: Chromium's IndexedDB
// compresses LevelDB blocks with Snappy, and compression is not encryption. Formats:
// github.com/google/leveldb/blob/main/doc/table_format.md and google/snappy format_description.
const MAGIC = Buffer.from('57fb808b247547db', 'hex'); // 0xdb4775248b80fb57, little-endian

function varint(buf: Buffer, pos: number): [number, number] {
  let value = 0;
  for (let scale = 1; ; scale *= 128) {
    const b = buf[pos++]!;
    value += (b & 0x7f) * scale;
    if (b < 0x80) return [value, pos];
  }
}

export function unsnappy(src: Buffer): Buffer {
  let [length, pos] = varint(src, 0);
  const out = Buffer.alloc(length);
  let o = 0;
  while (pos < src.length) {
    const tag = src[pos++]!;
    if ((tag & 3) === 0) {
      let n = tag >> 2;
      if (n >= 60) {
        const bytes = n - 59;
        n = src.readUIntLE(pos, bytes);
        pos += bytes;
      }
      n += 1;
      src.copy(out, o, pos, pos + n);
      pos += n;
      o += n;
      continue;
    }
    let offset: number;
    if ((tag & 3) === 1) {
      length = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | src[pos++]!;
    } else if ((tag & 3) === 2) {
      length = (tag >> 2) + 1;
      offset = src.readUInt16LE(pos);
      pos += 2;
    } else {
      length = (tag >> 2) + 1;
      offset = src.readUInt32LE(pos);
      pos += 4;
    }
    for (let i = 0; i < length; i++) out[o + i] = out[o - offset + i]!; // copies may overlap
    o += length;
  }
  return out;
}

/** A block's contents: `size` bytes, then 1 byte of compression type (1 = Snappy) and a CRC. */
function block(file: Buffer, offset: number, size: number): { data: Buffer; compressed: boolean } {
  const raw = file.subarray(offset, offset + size);
  const compressed = file[offset + size] === 1;
  return { data: compressed ? unsnappy(raw) : raw, compressed };
}

/** The decompressed contents of every Snappy-compressed data block (uncompressed ones are
 * already visible in the raw bytes). Not a table file, or damaged: none. */
export function decompressedBlocks(file: Buffer): Buffer[] {
  if (file.length < 48 || !file.subarray(file.length - 8).equals(MAGIC)) return [];
  try {
    const footer = file.length - 48;
    const [, afterMetaOffset] = varint(file, footer);
    const [, afterMetaSize] = varint(file, afterMetaOffset);
    const [indexOffset, p] = varint(file, afterMetaSize);
    const [indexSize] = varint(file, p);
    const index = block(file, indexOffset, indexSize).data;
    const restarts = index.readUInt32LE(index.length - 4);
    const end = index.length - 4 - 4 * restarts;
    const out: Buffer[] = [];
    // Index entries: shared, non-shared, value length (varints), key delta, value = BlockHandle.
    for (let pos = 0; pos < end; ) {
      const [, a] = varint(index, pos);
      const [nonShared, b] = varint(index, a);
      const [valueLength, c] = varint(index, b);
      const [offset, d] = varint(index, c + nonShared);
      const [size] = varint(index, d);
      const data = block(file, offset, size);
      if (data.compressed) out.push(data.data);
      pos = c + nonShared + valueLength;
    }
    return out;
  } catch {
    return [];
  }
}
