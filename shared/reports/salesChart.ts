// The sales-by-month chart as an echarts option — one definition for the screen (rendered in the
// browser) and the PDF (rendered server-side to SVG, electron/core/reports/chart.ts). A stacked bar
// per month, a series for each of the best-selling products, the rest summed as "other products".
import type { Language } from '../api/fields';
import type { SalesReport } from '../api/reports';
import { translator } from '../i18n/translate';

/** A month 'YYYY-MM' as the chart names it: 'tammi 2026' / 'Jan 2026'. */
export function monthLabel(month: string, lang: Language): string {
  const names = translator(lang)('reports.monthNames', { returnObjects: true }) as unknown as string[];
  return `${names[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** At most this many products get their own series. */
const SERIES = 6;

export function salesChartOption(r: SalesReport, lang: Language, font = 'DejaVu Sans') {
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
    tooltip: { trigger: 'axis' as const },
    grid: { left: 80, right: 20, top: 50, bottom: 90 },
    xAxis: { type: 'category' as const, data: r.months.map((m) => monthLabel(m, lang)), axisLabel: { fontFamily: font, fontSize: 13, interval: 0, rotate: r.months.length > 6 ? 35 : 0 } },
    yAxis: { type: 'value' as const, axisLabel: { fontFamily: font, fontSize: 13, formatter: (v: number) => euros(v) } },
    color: ['#2f5d8a', '#d08c2c', '#4c9a5b', '#b04a4a', '#7b5ea7', '#4a9bb0', '#8a8a8a'],
    series: series.map((s) => ({ name: s.name, type: 'bar' as const, stack: 'sales', data: s.values.map((c) => c / 100) })),
  };
}
