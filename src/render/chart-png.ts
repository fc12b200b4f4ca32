/**
 * Rasterises a chart's SVG to PNG with @resvg/resvg-js (a maintained Rust SVG renderer, no browser), using the
 * DejaVu Sans fonts of the dejavu-fonts-ttf package and never the system's: the same glyphs on a laptop, in CI
 * and in the slim Docker image, which has no fonts of its own. The font files are found through Node's module
 * resolution, so the path holds from src/ (tsx), dist/ and the image alike.
 */
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);

/** The font files the chart is drawn with. */
export function chartFontFiles(): string[] {
  return [
    require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
    require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
  ];
}

/** The SVG as PNG bytes, `width` pixels wide (the height follows the SVG's aspect ratio). */
export function renderChartPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
