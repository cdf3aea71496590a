import type { ApiResult, AppEvent } from '../../shared/contract';
import type { Transport } from './transport-types';

export type { Transport } from './transport-types';

interface PreloadBridge {
  call(method: string, input: unknown): Promise<unknown>;
  onEvent(listener: (event: unknown) => void): () => void;
}

declare global {
  interface Window {
    coachbench?: PreloadBridge;
  }
}

const TOKEN_KEY = 'coachbench.token';

/**
 * The HTTP bridge hands its per-launch token over in the URL fragment (never sent to a server).
 * Keep it for this tab's session so reloads work, and take it out of the address bar.
 */
export function takeTokenFromLocation(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    window.history.replaceState(null, '', `${window.location.pathname}#/`);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function ipcTransport(bridge: PreloadBridge): Transport {
  return {
    kind: 'ipc',
    call: (method, input) => bridge.call(method, input) as Promise<ApiResult<unknown>>,
    onEvent: (listener) => bridge.onEvent((event) => listener(event as AppEvent)),
  };
}

function httpTransport(token: string): Transport {
  return {
    kind: 'http',
    async call(method, input) {
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: 'Coachbench is not reachable. Is `npm run serve` still running?',
          },
        };
      }
      // Errors come back as `{ ok: false, error }` with a matching HTTP status (400, 404, 409…), so the
      // status is not checked here; only a body that is not the bridge's JSON is a transport failure.
      try {
        return (await response.json()) as ApiResult<unknown>;
      } catch {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: `Coachbench answered with something unexpected (HTTP ${response.status}). Reload the page and try again.`,
          },
        };
      }
    },
    onEvent(listener) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.addEventListener('app', (message) =>
        listener(JSON.parse((message as MessageEvent<string>).data)),
      );
      return () => source.close();
    },
  };
}

/** Chosen once at start-up; null when browser mode was opened without its token. */
export function pickTransport(): Transport | null {
  if (window.coachbench) return ipcTransport(window.coachbench);
  const token = takeTokenFromLocation();
  return token ? httpTransport(token) : null;
}
