import {
  type ApiErrorBody,
  type AppEvent,
  contract,
  type FieldIssue,
  type InputOf,
  type MethodName,
  type OutputOf,
  type QueryName,
} from '../../shared/contract';
import type { Transport } from './transport-types';

/** A failed call, carrying the core's code, message and field issues. */
export class ApiError extends Error {
  readonly code: ApiErrorBody['code'];
  readonly issues: FieldIssue[];
  readonly details: ApiErrorBody['details'];

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.details = body.details;
    this.issues = body.details?.issues ?? [];
  }
}

type DomainOf<M extends string> = M extends `${infer D}.${string}` ? D : never;
type MethodsOf<D extends string> = Extract<MethodName, `${D}.${string}`>;
type VerbOf<M extends string> = M extends `${string}.${infer V}` ? V : never;

/** `api.people.list(input)`, typed from the contract. */
export type Api = {
  [D in DomainOf<MethodName>]: {
    [M in MethodsOf<D> as VerbOf<M>]: (input: InputOf<M>) => Promise<OutputOf<M>>;
  };
};

/** The one shape of a query key: the method and its input. Nothing else in renderer/ builds keys. */
export type QueryKeyOf<M extends QueryName> = readonly [M, InputOf<M>];

export function queryKeyOf<M extends QueryName>(method: M, input: InputOf<M>): QueryKeyOf<M> {
  return [method, input];
}

export interface Client {
  api: Api;
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  /**
   * Listens to the core's events. While a mutation this window sent is still answering, its events are
   * held back and delivered just after the answer (the event travels on another channel and usually
   * arrives first): by then the answer is in the cache, so a screen does not refetch what its own save
   * just returned.
   */
  onEvent(listener: (event: AppEvent) => void): () => void;
  transport: Transport['kind'];
}

export function createClient(transport: Transport): Client {
  let mutationsInFlight = 0;
  let held: (() => void)[] = [];

  function release(): void {
    if (mutationsInFlight > 0) return;
    const ready = held;
    held = [];
    for (const deliver of ready) deliver();
  }

  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const mutation = contract[method].kind === 'mutation';
    if (mutation) mutationsInFlight += 1;
    try {
      const result = await transport.call(method, input);
      if (!result.ok) throw new ApiError(result.error);
      return result.value as OutputOf<M>;
    } finally {
      if (mutation) {
        mutationsInFlight -= 1;
        // A macrotask, not a microtask: the caller's onSuccess (which puts the answer in the cache) runs
        // in the promise chain after this one resolves.
        setTimeout(release, 0);
      }
    }
  }
  const api = new Proxy({} as Api, {
    get: (_target, domain: string) =>
      new Proxy(
        {},
        {
          get: (_t, verb: string) => (input: unknown) =>
            call(`${domain}.${verb}` as MethodName, input as never),
        },
      ),
  });
  function onEvent(listener: (event: AppEvent) => void): () => void {
    return transport.onEvent((event) => {
      if (mutationsInFlight === 0) listener(event);
      else held.push(() => listener(event));
    });
  }
  return { api, call, onEvent, transport: transport.kind };
}
