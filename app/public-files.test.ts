// public/: the files every page links (favicon, icons, manifest) exist and are what they claim to be.
import fs from "node:fs";
import { describe, expect, it } from "vitest";

const png = (file: string) => {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1"), `${file} is a PNG`).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

describe("public/", () => {
  it("has a favicon.ico holding 16, 32 and 48 px images", () => {
    const ico = fs.readFileSync("public/favicon.ico");
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]); // reserved, type icon
    const count = ico.readUInt16LE(4);
    expect(Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i))).toEqual([16, 32, 48]);
  });

  it("has a web manifest whose icons exist at the sizes it states", () => {
    const manifest = JSON.parse(fs.readFileSync("public/site.webmanifest", "utf8")) as {
      name: string;
      start_url: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest).toMatchObject({ name: "SP Portal", start_url: "/" });
    for (const icon of manifest.icons) {
      expect(fs.existsSync(`public${icon.src}`), icon.src).toBe(true);
      if (icon.type === "image/png") {
        const { width, height } = png(`public${icon.src}`);
        expect(`${width}x${height}`).toBe(icon.sizes);
      }
    }
  });

  it("lets robots index the public pages, not the workspaces, sign-in or API", () => {
    const robots = fs.readFileSync("public/robots.txt", "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    for (const path of ["/portal/", "/signin", "/api/"]) expect(robots).toMatch(new RegExp(`^Disallow: ${path}$`, "m"));
    expect(robots).not.toMatch(/^Disallow: \/$/m);
  });

  it("is linked from the root layout's metadata, with files that exist", () => {
    const layout = fs.readFileSync("app/layout.tsx", "utf8");
    for (const file of ["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/site.webmanifest"]) {
      expect(layout).toContain(`"${file}"`);
      expect(fs.existsSync(`public${file}`), file).toBe(true);
    }
    expect(png("public/apple-touch-icon.png")).toEqual({ width: 180, height: 180 });
  });
});
