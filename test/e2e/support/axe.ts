// The accessibility check every e2e spec can run on the screen it shows (issue #19, item 4):
// axe-core against WCAG 2.0/2.1 A and AA, failing on any serious or critical violation with what
// is wrong and where, so a fix can start from the failure message alone.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Rules switched off everywhere, each with the reason (keep this list short and justified):
 * none today. Add `{ rule: 'id', why: '…' }` only for a proven false positive.
 */
export const DISABLED_RULES: { rule: string; why: string }[] = [];

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Every violation on what the page shows now (dialogs included), worst first. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  if (DISABLED_RULES.length > 0) builder.disableRules(DISABLED_RULES.map((r) => r.rule));
  const { violations } = await builder.analyze();
  return violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Serious and critical violations on what the page shows now. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  return (await axeViolations(page)).filter((f) => BLOCKING.has(f.impact));
}

const describe = (label: string, found: AxeFinding[]) =>
  `${label}: ${found.length} axe violation(s)\n` +
  found.map((f) => `  - ${f.id} [${f.impact}] ${f.help}\n      ${f.targets.slice(0, 8).join('\n      ')}${f.targets.length > 8 ? `\n      … ${f.targets.length - 8} more` : ''}`).join('\n');

/** Fails (softly: the test goes on to the next screen and all failures are reported at the end)
 * when the page has serious or critical violations; `label` names the screen in the message. */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const all = await axeViolations(page);
  const found = all.filter((f) => BLOCKING.has(f.impact));
  // Lesser findings do not fail the check; they are listed for whoever reads the run.
  const lesser = all.filter((f) => !BLOCKING.has(f.impact));
  if (lesser.length) console.log(describe(`${label} (moderate/minor, not failing)`, lesser));
  expect.soft(found, found.length ? describe(`${label}, serious/critical`, found) : label).toEqual([]);
}

export interface TabStop {
  /** What has the focus: tag, test id or name, for a failure message. */
  what: string;
  /** The focus ring as drawn: outline style and width, or a box shadow. */
  ring: string;
  visible: boolean;
  /** Where it is on the page, for judging the order. */
  top: number;
  left: number;
}

/** Presses Tab `count` times from where the focus is, noting each stop and whether it shows a
 * focus ring (an outline of 2 px or more, or a box shadow drawn for focus). A stop on the body is
 * the browser's own toolbar after the page's last control (the focus wraps round in the app). */
export async function tabStops(page: Page, count: number): Promise<TabStop[]> {
  const stops: TabStop[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { what: 'body', ring: '', visible: false, top: 0, left: 0 };
        const s = getComputedStyle(el);
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
        const shadow = s.boxShadow !== 'none' && el.matches(':focus-visible');
        const r = el.getBoundingClientRect();
        // Where it is in its scrolled container's content, so the order can be judged after scrolling.
        let scrolled = 0;
        for (let a = el.parentElement; a; a = a.parentElement) scrolled += a.scrollTop;
        const name = el.getAttribute('data-testid') ?? el.getAttribute('name') ?? el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 30);
        return { what: `${el.tagName.toLowerCase()} ${name}`, ring: outline ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : shadow ? s.boxShadow : 'none', visible: outline || shadow, top: Math.round(r.top + scrolled), left: Math.round(r.left) };
      }),
    );
  }
  return stops;
}
