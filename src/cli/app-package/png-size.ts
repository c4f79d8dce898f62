const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngSize {
  width: number;
  height: number;
}

export function isPng(data: Uint8Array): boolean {
  return data.length >= SIGNATURE.length && Buffer.from(data.subarray(0, SIGNATURE.length)).equals(SIGNATURE);
}

/** Reads width and height from the IHDR chunk, which the PNG format requires to come first. */
export function readPngSize(data: Uint8Array): PngSize {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (!isPng(buffer)) throw new Error('not a PNG file');
  if (buffer.length < 24 || buffer.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without an IHDR chunk');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
