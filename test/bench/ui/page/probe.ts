// Bundled by esbuild and injected into the harness page before the app's own scripts
// (Playwright addInitScript). It timestamps, in the page's own clock:
//   t0        the keydown / dblclick event (event.timeStamp: when the browser took the input)
//   sent      the customers.search request leaving window.register (after the UI's debounce)
//   answered  its answer message arriving in the page
//   painted   the next frame after the list's DOM changed: requestAnimationFrame, then a message
//             task — the frame that rAF precedes is the one that paints the new rows.
// Nothing here changes what the app does; WebSocket.send is wrapped only to read the times.
import { time } from './timing';

export interface SearchSample {
  total: number;
  debounce: number;
  api: number;
  render: number;
  changed: boolean;
}
export interface CardSample {
  header: number;
  complete: number;
}

const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    }),
  );

let lastSearch: Promise<SearchSample> | undefined;
let search: { query: string; t0: number; sent: number; id: number; answered: number; done: Promise<SearchSample>; onAnswer: () => void } | null = null;
let cardT0: ((t: number) => void) | null = null;

addEventListener('keydown', (e) => {
  if (search && Number.isNaN(search.t0)) search.t0 = e.timeStamp;
}, true);
addEventListener('dblclick', (e) => cardT0?.(e.timeStamp), true);

// The harness bridge sends each call as one WebSocket message {id, method, params} and the
// answer comes back as {id, envelope}: the search's message is found by its query, its answer by id.
const listened = new WeakSet<WebSocket>();
const realSend = WebSocket.prototype.send;
WebSocket.prototype.send = function send(this: WebSocket, data: string | ArrayBufferLike | Blob | ArrayBufferView) {
  const s = search;
  try {
    const body = JSON.parse(String(data)) as { id?: number; method?: string; params?: { query?: string } };
    if (s !== null && body.method === 'customers.search' && body.params?.query === s.query) {
      s.sent = performance.now();
      s.id = body.id ?? NaN;
    }
  } catch {
    // not a call
  }
  if (!listened.has(this)) {
    listened.add(this);
    // Capture phase on the socket itself runs before the bridge's onmessage handler.
    this.addEventListener(
      'message',
      (m) => {
        const s2 = search;
        if (s2 === null || Number.isNaN(s2.id)) return;
        try {
          if ((JSON.parse(String(m.data)) as { id?: number }).id === s2.id) s2.onAnswer();
        } catch {
          // not an answer
        }
      },
      true,
    );
  }
  return realSend.call(this, data);
};

/** Arms the probe for the next keystroke, whose search will be for `query` (trimmed). */
function armSearch(query: string): void {
  const s = { query, t0: NaN, sent: NaN, id: NaN, answered: NaN, onAnswer: () => undefined, done: Promise.resolve({} as SearchSample) };
  s.done = new Promise<SearchSample>((resolve) => {
    let painted = NaN;
    let changed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      if (Number.isNaN(painted) || Number.isNaN(s.answered)) return;
      observer.disconnect();
      clearTimeout(timer);
      search = null;
      resolve({ total: painted - s.t0, debounce: s.sent - s.t0, api: s.answered - s.sent, render: painted - s.answered, changed });
    };
    // Watched from before the keystroke: the table changes only with an answer (the keystroke
    // itself changes the box and the status line), and the app may render the answer in the
    // same task that receives it.
    const observer = new MutationObserver(() => {
      observer.disconnect();
      changed = true;
      void afterPaint().then((p) => {
        painted = p;
        finish();
      });
    });
    observer.observe(document.querySelector('[data-testid="customer-table"]')!, { subtree: true, childList: true, characterData: true, attributes: true });
    s.onAnswer = () => {
      s.answered = performance.now();
      // Same rows as before (e.g. "kos" -> "kosk"): nothing to repaint; count the next frame.
      timer = setTimeout(() => {
        if (changed) return;
        observer.disconnect();
        void afterPaint().then((p) => {
          painted = p;
          finish();
        });
      }, 300);
      finish();
    };
  });
  search = s;
  lastSearch = s.done;
}

/** Arms the probe for the next double click, which opens a customer card. */
function armCard(): void {
  let resolveDone!: (c: CardSample) => void;
  const done = new Promise<CardSample>((r) => (resolveDone = r));
  let t0 = NaN;
  let header = NaN;
  cardT0 = (t) => {
    cardT0 = null;
    t0 = t;
  };
  const observer = new MutationObserver(() => {
    const card = document.querySelector('[data-testid="customer-card"]');
    if (!card) return;
    if (Number.isNaN(header)) {
      header = 0;
      void afterPaint().then((p) => (header = p - t0));
    }
    if (card.querySelector('[data-testid="customer-invoicing"]') && !card.querySelector('.loading')) {
      observer.disconnect();
      void afterPaint().then(async (p) => {
        while (header === 0) await afterPaint();
        resolveDone({ header, complete: p - t0 });
      });
    }
  });
  observer.observe(document.body, { subtree: true, childList: true });
  (window as unknown as { __cardDone: Promise<CardSample> }).__cardDone = done;
}

/** Scrolls the whole customer list, `stepRows` rows at a time, waiting at each step until no
 * row is still a "loading" placeholder (its page has arrived and painted). */
async function scrollAll(stepRows: number, rowHeight: number): Promise<{ steps: number; seconds: number; slowestStepMs: number }> {
  const el = document.querySelector<HTMLElement>('.vtable-wrap')!;
  const start = performance.now();
  let steps = 0;
  let slowest = 0;
  for (let top = 0; ; top += stepRows * rowHeight) {
    const t = performance.now();
    el.scrollTop = top;
    await afterPaint();
    while (document.querySelector('.vtable__row--pending')) {
      if (performance.now() - t > 20_000) throw new Error(`rows at ${top}px never arrived`);
      await afterPaint();
    }
    slowest = Math.max(slowest, performance.now() - t);
    steps++;
    if (top >= el.scrollHeight - el.clientHeight) break;
  }
  return { steps, seconds: +((performance.now() - start) / 1000).toFixed(1), slowestStepMs: +slowest.toFixed(1) };
}


Object.assign(window, { __uiProbe: { armSearch, armCard, searchDone: () => lastSearch, scrollAll, time } });
