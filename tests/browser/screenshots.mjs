// Screenshot helpers: save an artifact and tell whether it shows anything.
import { join } from 'node:path';
import { artifactsDir } from './harness.mjs';

// Saves a screenshot of `locator` under test-results/ and returns how many
// distinct colours it has (decoded by the browser itself; a blank panel has
// very few) and how many pixels have the panel's header blue (none when the
// canvas shows nothing and the page behind shows through).
export async function screenshotColours(page, locator, name) {
  const png = await locator.screenshot({ path: join(artifactsDir, name) });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + base64;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set();
    let accent = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
      if (Math.abs(pixels[i] - 31) < 4 && Math.abs(pixels[i + 1] - 95) < 4 && Math.abs(pixels[i + 2] - 204) < 4) accent++;
    }
    return { colours: colours.size, accentPixels: accent, width: image.width, height: image.height };
  }, png.toString('base64'));
}
