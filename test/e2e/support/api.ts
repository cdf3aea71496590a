import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import type { RunningServer } from '../server';

/**
 * Calls the running app's API as the page would (same token, same bridge), to lay down a seeded
 * database before a test drives the screens. Fails loudly on a refused call.
 */
export async function api<M extends MethodName>(
  server: RunningServer,
  method: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  const token = /#token=(\S+)/.exec(server.openUrl)![1]!;
  const response = await fetch(`${server.baseUrl}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${method} refused: ${JSON.stringify(body.error)}`);
  return body.value as OutputOf<M>;
}

/** A date `days` from today, as the core counts days. */
export function isoDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** 2026-03-14 → 14 Mar 2026, as the app writes short dates. */
export function shortDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
