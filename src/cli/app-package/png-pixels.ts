import { inflateSync } from 'node:zlib';
import { isPng, readPngSize } from './png-size.js';

export interface RgbaImage {
  width: number;
  height: number;
  /** 4 bytes per pixel, row by row. */
  rgba: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Decodes a non-interlaced 8-bit PNG (greyscale, RGB, palette, grey+alpha or RGBA) to RGBA pixels. */
export function decodePng(data: Uint8Array): RgbaImage {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (!isPng(buffer)) throw new Error('not a PNG file');
  const { width, height } = readPngSize(buffer);
  const bitDepth = buffer[24]!;
  const colorType = buffer[25]!;
  const interlace = buffer[28]!;
  const channels = CHANNELS[colorType];
  if (bitDepth !== 8 || channels === undefined || interlace !== 0) {
    throw new Error(
      `unsupported PNG encoding (bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}); save it as 8-bit RGBA`,
    );
  }
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  const idat: Buffer[] = [];
  for (let offset = 8; offset + 8 <= buffer.length;) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const stride = width * channels;
  const raw = unfilter(inflateSync(Buffer.concat(idat)), stride, height, channels);
  const rgba = new Uint8Array(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel++) {
    const at = pixel * channels;
    const [r, g, b, a] = toRgba(raw, at, colorType, palette, transparency);
    rgba.set([r, g, b, a], pixel * 4);
  }
  return { width, height, rgba };
}

function toRgba(
  raw: Uint8Array,
  at: number,
  colorType: number,
  palette: Buffer | undefined,
  transparency: Buffer | undefined,
): [number, number, number, number] {
  switch (colorType) {
    case 0:
      return [raw[at]!, raw[at]!, raw[at]!, 255];
    case 2:
      return [raw[at]!, raw[at + 1]!, raw[at + 2]!, 255];
    case 3: {
      const index = raw[at]!;
      if (!palette || index * 3 + 2 >= palette.length) throw new Error('PNG palette index out of range');
      return [palette[index * 3]!, palette[index * 3 + 1]!, palette[index * 3 + 2]!, transparency?.[index] ?? 255];
    }
    case 4:
      return [raw[at]!, raw[at]!, raw[at]!, raw[at + 1]!];
    default:
      return [raw[at]!, raw[at + 1]!, raw[at + 2]!, raw[at + 3]!];
  }
}

function unfilter(data: Uint8Array, stride: number, height: number, bytesPerPixel: number): Uint8Array {
  if (data.length < (stride + 1) * height) throw new Error('truncated PNG image data');
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const line = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= bytesPerPixel ? out[row + x - bytesPerPixel]! : 0;
      const up = y > 0 ? out[row - stride + x]! : 0;
      const upLeft = y > 0 && x >= bytesPerPixel ? out[row - stride + x - bytesPerPixel]! : 0;
      const value = data[line + x]!;
      let predicted: number;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) predicted = paeth(left, up, upLeft);
      else throw new Error(`unknown PNG filter type ${filter}`);
      out[row + x] = (value + predicted) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Pixels that are neither fully transparent nor white, as `x,y` strings (Teams wants a white-on-transparent outline). */
export function nonWhitePixels(image: RgbaImage): string[] {
  const found: string[] = [];
  for (let pixel = 0; pixel < image.width * image.height; pixel++) {
    const [r, g, b, a] = image.rgba.subarray(pixel * 4, pixel * 4 + 4);
    if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) {
      found.push(`${pixel % image.width},${Math.floor(pixel / image.width)}`);
    }
  }
  return found;
}
