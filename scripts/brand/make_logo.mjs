// Writes static/img/logo.svg: the mark (from make_icons.py's mark.fragment.svg) on its teal tile,
// beside the charity's name drawn as outlines of Atkinson Hyperlegible Bold, so the logo
// looks the same wherever it is shown as an image (an <img> cannot use the page's fonts).
//
// A one-off tool, not part of the site: run it after make_icons.py when the mark or name
// changes, with opentype.js and the font's WOFF from npm (neither is shipped):
//   npm pack opentype.js@1 @fontsource/atkinson-hyperlegible && tar xzf ... (into /tmp)
//   node scripts/brand/make_logo.mjs /tmp/otjs/package/dist/opentype.mjs \
//       /tmp/package/files/atkinson-hyperlegible-latin-700-normal.woff
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [opentypePath, fontPath] = process.argv.slice(2);
const opentype = await import(pathToFileURL(opentypePath).href);
const img = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "static", "img");
const buffer = readFileSync(fontPath);
const font = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));

const NAME = "Shared Lives Plus";
const SIZE = 30;
const LEFT = 78;
const BASELINE = 42;
const name = font.getPath(NAME, LEFT, BASELINE, SIZE).toPathData(1);
const width = Math.ceil(LEFT + font.getAdvanceWidth(NAME, SIZE) + 2);
const mark = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "mark.fragment.svg"), "utf8").trim();

writeFileSync(
  join(img, "logo.svg"),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 64" width="${width}" height="64">` +
    `<rect width="64" height="64" rx="14" fill="#0b5563"/>${mark}` +
    `<path d="${name}" fill="#073c46"/></svg>\n`,
);
