// The harness's stand-in for Electron's preload: the same RegisterBridge, over HTTP instead of IPC.
import type { RegisterBridge, RegisterEvent } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/envelope';
import type { Language } from '../../shared/api/fields';

// One client id per tab, kept across reloads (as an Electron window keeps its webContents).
const clientId = sessionStorage.getItem('harness-client') ?? crypto.randomUUID();
sessionStorage.setItem('harness-client', clientId);

let language: Language = 'fi';
const listeners = new Set<(e: RegisterEvent) => void>();
let source: EventSource | null = null;

const bridge = {
  async call(method: string, params: unknown): Promise<Envelope<unknown>> {
    const res = await fetch('/api', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-client': clientId },
      body: JSON.stringify({ method, params: params ?? {}, lang: language }),
    });
    return (await res.json()) as Envelope<unknown>;
  },
  setLanguage(lang: Language) {
    language = lang;
  },
  onEvent(listener: (e: RegisterEvent) => void) {
    listeners.add(listener);
    if (!source) {
      source = new EventSource(`/events?client=${encodeURIComponent(clientId)}`);
      source.onmessage = (m) => listeners.forEach((l) => l(JSON.parse(m.data as string) as RegisterEvent));
    }
    return () => {
      listeners.delete(listener);
    };
  },
  // No native pickers in a browser: the UI lets the path be typed.
  pickFolder: () => Promise.resolve(null),
  pickBackupFile: () => Promise.resolve(null),
} satisfies RegisterBridge;

Object.defineProperty(window, 'register', { value: Object.freeze(bridge), writable: false, configurable: false });
