// The harness's stand-in for Electron's preload: the same RegisterBridge, over a WebSocket instead
// of IPC (one channel kept open; answers matched to calls by id).
import type { RegisterBridge, RegisterEvent } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/envelope';
import type { Language } from '../../shared/api/fields';
import { openSavedDocument, printDocument, saveDocument } from './documents';

// The client id (the session) is the harness's to give: an HttpOnly cookie set with the page,
// sent along with the WebSocket and the event stream (guard.ts). The page never sees it.

let language: Language = 'fi';
const listeners = new Set<(e: RegisterEvent) => void>();
let source: EventSource | null = null;

let socket: Promise<WebSocket> | null = null;
let connected: WebSocket | null = null;
let lastId = 0;
const waiting = new Map<number, { resolve: (e: Envelope<unknown>) => void; reject: (e: Error) => void }>();

function connect(): Promise<WebSocket> {
  socket ??= new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(`ws://${location.host}/api-socket`);
    ws.onopen = () => {
      connected = ws;
      resolve(ws);
    };
    ws.onmessage = (m) => {
      const { id, envelope } = JSON.parse(m.data as string) as { id: number; envelope: Envelope<unknown> };
      waiting.get(id)?.resolve(envelope);
      waiting.delete(id);
    };
    // The harness stopped (or restarted): what was asked fails, as a call would if the main
    // process went away; the next call opens a new connection.
    ws.onclose = () => {
      socket = null;
      connected = null;
      for (const w of waiting.values()) w.reject(new Error('harness connection closed'));
      waiting.clear();
      reject(new Error('harness connection closed'));
    };
  });
  return socket;
}

const bridge = {
  call(method: string, params: unknown): Promise<Envelope<unknown>> {
    const id = ++lastId;
    const message = JSON.stringify({ id, method, params: params ?? {}, lang: language });
    const answer = new Promise<Envelope<unknown>>((resolve, reject) => waiting.set(id, { resolve, reject }));
    // Sent before returning, as ipcRenderer.invoke does: an input handler's call leaves before
    // React renders what the handler changed, not after.
    if (connected?.readyState === WebSocket.OPEN) connected.send(message);
    else
      connect().then(
        (ws) => ws.send(message),
        (err: Error) => {
          waiting.get(id)?.reject(err);
          waiting.delete(id);
        },
      );
    return answer;
  },
  setLanguage(lang: Language) {
    language = lang;
  },
  onEvent(listener: (e: RegisterEvent) => void) {
    listeners.add(listener);
    if (!source) {
      source = new EventSource('/events');
      source.onmessage = (m) => listeners.forEach((l) => l(JSON.parse(m.data as string) as RegisterEvent));
    }
    return () => {
      listeners.delete(listener);
    };
  },
  // No native pickers in a browser: the UI lets the path be typed.
  pickFolder: () => Promise.resolve(null),
  pickBackupFile: () => Promise.resolve(null),
  saveDocument,
  printDocument,
  openSavedDocument,
} satisfies RegisterBridge;

Object.defineProperty(window, 'register', { value: Object.freeze(bridge), writable: false, configurable: false });
