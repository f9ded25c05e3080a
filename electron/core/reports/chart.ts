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
import { translator } from '../../../shared/i18n/translate';
import { monthLabel } from './tables';

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

/** At most this many products get their own series; the rest are summed as "other products". */
const SERIES = 6;

/** The chart's echarts option: net sales per month, a stacked bar per product. Shared with the screen. */
export function salesChartOption(r: SalesReport, lang: Language, font = 'DejaVu Sans'): echarts.EChartsCoreOption {
  const t = translator(lang);
  const top = r.rows.filter((x) => x.productId !== null).slice(0, SERIES);
  const rest = r.rows.filter((x) => !top.includes(x));
  const series = top.map((x) => ({ name: x.name || x.code, values: x.byMonth }));
  if (rest.length) series.push({ name: rest.length === 1 && rest[0]!.productId === null ? t('reports.otherLines') : t('reports.others'), values: r.months.map((_, i) => rest.reduce((s, x) => s + x.byMonth[i]!, 0)) });
  const euros = (v: number) => new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 0 }).format(v).replace(/\u00a0/g, ' ');
  return {
    animation: false,
    textStyle: { fontFamily: font, fontSize: 14 },
    title: { text: t('reports.chartTitle'), left: 'center', textStyle: { fontFamily: font, fontSize: 17 } },
    legend: { bottom: 0, itemGap: 24, textStyle: { fontFamily: font, fontSize: 14 } },
    grid: { left: 80, right: 20, top: 50, bottom: 90 },
    xAxis: { type: 'category', data: r.months.map((m) => monthLabel(m, lang)), axisLabel: { fontFamily: font, fontSize: 13, interval: 0, rotate: r.months.length > 6 ? 35 : 0 } },
    yAxis: { type: 'value', axisLabel: { fontFamily: font, fontSize: 13, formatter: (v: number) => euros(v) } },
    color: ['#2f5d8a', '#d08c2c', '#4c9a5b', '#b04a4a', '#7b5ea7', '#4a9bb0', '#8a8a8a'],
    series: series.map((s) => ({ name: s.name, type: 'bar', stack: 'sales', data: s.values.map((c) => c / 100) })),
  };
}

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
