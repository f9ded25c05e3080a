// The sales chart of the PDF, made with a charting library (echarts, server-side rendering to an
// SVG string) and rasterised with resvg (WebAssembly) to a PNG that jspdf embeds. Axis labels,
// legend and month names come in the report's language, in the DejaVu font the PDFs use.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import * as echarts from 'echarts';
import type { Language } from '../../../shared/api/fields';
import type { SalesReport } from '../../../shared/api/reports';
import { salesChartOption } from '../../../shared/reports/salesChart';

// The wasm file: beside the bundled main (build/build-main.mjs copies it to out/main, inside the
// asar, which Electron's fs reads), else from node_modules (tsx, vitest, harness, bench).
function wasmBytes(): Buffer {
  const here = typeof __dirname === 'string' ? join(__dirname, 'resvg.wasm') : '';
  if (here && existsSync(here)) return readFileSync(here);
  const base = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  return readFileSync(createRequire(base).resolve('@resvg/resvg-wasm/index_bg.wasm'));
}
const fontDir = typeof __dirname === 'string' && existsSync(join(__dirname, 'fonts')) ? join(__dirname, 'fonts') : fileURLToPath(new URL('../documents/fonts/', import.meta.url));

let ready: Promise<void> | null = null;
const init = () => (ready ??= initWasm(wasmBytes()));
let fonts: Uint8Array[] | null = null;
const fontBuffers = () => (fonts ??= ['DejaVuSans.subset.ttf', 'DejaVuSans-Bold.subset.ttf'].map((f) => new Uint8Array(readFileSync(join(fontDir, f)))));

/** The chart as a PNG (width × height pixels at 2× for print). */
export async function salesChartPng(r: SalesReport, lang: Language, width = 900, height = 480): Promise<Uint8Array> {
  await init();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(salesChartOption(r, lang));
  const svg = chart.renderToSVGString();
  chart.dispose();
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width * 2 }, background: '#ffffff', font: { fontBuffers: fontBuffers(), defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans', loadSystemFonts: false } as never });
  const png = resvg.render().asPng();
  resvg.free();
  return png;
}
