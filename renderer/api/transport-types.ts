import type { ApiResult, AppEvent } from '../../shared/contract';

/**
 * How the renderer reaches the core: Electron IPC through the preload, or the local HTTP bridge. Apart
 * from transport.ts (which needs the DOM) so that the client can be tested in Node.
 */
export interface Transport {
  kind: 'ipc' | 'http';
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}
