// Draws the portal's icons from public/icon.svg in Debian's Chromium: public/favicon.ico (16, 32 and
// 48 px PNGs in one ICO), apple-touch-icon.png (180 px) and the manifest's 192 and 512 px icons.
// Run by hand after changing the SVG: `npx tsx scripts/make-icons.ts`.
import fs from "node:fs";
import { chromium } from "@playwright/test";

const svg = fs.readFileSync("public/icon.svg", "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium-headless-shell",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage();
const png = new Map<number, Buffer>();
for (const size of [16, 32, 48, 180, 192, 512]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
  png.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
}
await browser.close();

fs.writeFileSync("public/apple-touch-icon.png", png.get(180)!);
fs.writeFileSync("public/icon-192.png", png.get(192)!);
fs.writeFileSync("public/icon-512.png", png.get(512)!);

// ICO holding PNG images: a 6-byte header, one 16-byte entry per image, then the images.
const sizes = [16, 32, 48];
const header = Buffer.alloc(6);
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(sizes.length, 4);
let offset = header.length + 16 * sizes.length;
const entries = sizes.map((size) => {
  const image = png.get(size)!;
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size, 0);
  entry.writeUInt8(size, 1);
  entry.writeUInt16LE(1, 4); // colour planes
  entry.writeUInt16LE(32, 6); // bits per pixel
  entry.writeUInt32LE(image.length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += image.length;
  return entry;
});
fs.writeFileSync("public/favicon.ico", Buffer.concat([header, ...entries, ...sizes.map((s) => png.get(s)!)]));
