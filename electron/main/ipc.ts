import type { ApiResult } from '../../shared/contract';
import type { Dispatcher } from '../core/dispatch';
import { isTrustedSenderUrl } from './window-options';

export interface IpcSender {
  /** URL of the frame that sent the message. */
  frameUrl: string;
  /** Whether the sending web contents belongs to a window this process created. */
  fromOurWindow: boolean;
}

const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This window may not call Coachbench.' },
};

/**
 * The body of the one `api:call` invoke handler. Kept free of Electron so it is tested in plain Node:
 * answer only our own windows' frames on the app origin, and hand everything else to the dispatcher,
 * which allow-lists the method and validates the input.
 */
export function createApiCallHandler(dispatcher: Dispatcher) {
  return (sender: IpcSender, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!sender.fromOurWindow || !isTrustedSenderUrl(sender.frameUrl)) return Promise.resolve(FORBIDDEN);
    if (typeof method !== 'string') {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: 'The method name must be text.' },
      });
    }
    return dispatcher.call(method, input);
  };
}
