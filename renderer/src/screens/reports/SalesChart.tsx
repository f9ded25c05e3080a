// The sales chart on the screen: the same echarts option the PDF renders, drawn by echarts in the
// browser (SVG renderer, so it scales with the window and prints sharp).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts';
import type { SalesReport } from '../../../../shared/api/reports';
import { salesChartOption } from '../../../../shared/reports/salesChart';

export function SalesChart({ report }: { report: SalesReport }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fi';
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, null, { renderer: 'svg' });
    // The page's own font, named: echarts measures legend text with it ("inherit" measured narrower and overlapped).
    chart.setOption(salesChartOption(report, lang, getComputedStyle(ref.current).fontFamily));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [report, lang]);
  return <div ref={ref} className="report-chart" role="img" aria-label={salesChartOption(report, lang).title.text} data-testid="sales-chart" />;
}
