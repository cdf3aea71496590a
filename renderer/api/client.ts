import type {
  ApiErrorBody,
  AppEvent,
  FieldIssue,
  InputOf,
  MethodName,
  OutputOf,
} from '../../shared/contract';
import type { Transport } from './transport';

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

export interface Client {
  api: Api;
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  transport: Transport['kind'];
}

export function createClient(transport: Transport): Client {
  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const result = await transport.call(method, input);
    if (!result.ok) throw new ApiError(result.error);
    return result.value as OutputOf<M>;
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
  return { api, call, onEvent: (listener) => transport.onEvent(listener), transport: transport.kind };
}
