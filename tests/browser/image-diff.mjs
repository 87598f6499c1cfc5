// Pixel comparison of PNG screenshots (pngjs), for reference images and
// glyph crops: how many pixels differ by more than a channel threshold.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export function decodePng(bytes) {
  return PNG.sync.read(Buffer.isBuffer(bytes) ? bytes : readFileSync(bytes));
}

// A rectangle of an image as its own image ({width, height, data} RGBA).
export function crop(image, x, y, width, height) {
  const data = Buffer.alloc(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((y + row) * image.width + x) * 4;
    image.data.copy(data, row * width * 4, from, from + width * 4);
  }
  return { width, height, data };
}

// Share of pixels (0..1) whose largest channel difference exceeds
// `threshold` (0..255). Images of different sizes differ completely.
export function differingShare(a, b, threshold = 48) {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(Math.abs(a.data[i] - b.data[i]), Math.abs(a.data[i + 1] - b.data[i + 1]),
      Math.abs(a.data[i + 2] - b.data[i + 2]));
    if (d > threshold) differing++;
  }
  return differing / (a.width * a.height);
}

// Share of pixels darker than `level` (text ink on the panel's light rows).
export function inkShare(image, level = 160) {
  let ink = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if ((image.data[i] + image.data[i + 1] + image.data[i + 2]) / 3 < level) ink++;
  }
  return ink / (image.width * image.height);
}

// Edge softness of text: partly covered pixels per fully inked pixel, for
// dark text on a light background. Glyph edges are about one device pixel
// wide whatever the size, so the figure falls as devicePixelRatio rises when
// glyphs are rasterized at the screen's size, and stays high when they are
// stretched or placed between pixels (blurred).
export function edgeSoftness(image) {
  let ink = 0, partial = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const v = (image.data[i] + image.data[i + 1] + image.data[i + 2]) / 3;
    if (v < 110) ink++;
    else if (v < 230) partial++;
  }
  return ink ? partial / ink : Infinity;
}
