import type { Contract, MethodName, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { DomainName, MethodsOfDomain, VerbOf } from '../../shared/contract/names';
import type { HandlerContext, ReadContext } from './context';
import type { PrepareJob, PrepareMethod } from './prepare/types';

/** Queries get a read-only database; mutations a writable one inside their transaction. */
export type ContextOf<M extends MethodName> = Contract[M]['kind'] extends 'mutation'
  ? HandlerContext
  : ReadContext;

/**
 * Handlers are synchronous: better-sqlite3 is, and a transaction must not span an await. A prepare
 * method's handler is its job instead (core/prepare/): pure, without a context, run by the dispatcher
 * in a worker thread.
 */
export type Handler<M extends MethodName> = M extends PrepareMethod
  ? PrepareJob<M>
  : (input: ParsedInputOf<M>, ctx: ContextOf<M>) => OutputOf<M>;
export type Handlers = { [M in MethodName]: Handler<M> };

/** Every verb of one domain, keyed by verb: `{ list, get, create }` for `people.*`. */
export type DomainHandlers<D extends DomainName> = {
  [M in MethodsOfDomain<D> as VerbOf<M>]: Handler<M>;
};

export interface Domain<D extends DomainName = DomainName> {
  name: D;
  handlers: DomainHandlers<D>;
}

/**
 * A domain registers its own methods (Actual Budget's `createApp` + `app.method`): its folder's
 * `handlers.ts` calls this once, and the type makes it name every verb the contract gives the domain.
 */
export function defineDomain<D extends DomainName>(name: D, handlers: NoInfer<DomainHandlers<D>>): Domain<D> {
  return { name, handlers };
}

/** One flat method table from the domains; a method served twice or by no one is a start-up error. */
export function combineDomains(
  domains: readonly { name: string; handlers: object }[],
  methods: readonly MethodName[],
): Handlers {
  const table: Record<string, unknown> = {};
  for (const domain of domains) {
    for (const [verb, handler] of Object.entries(domain.handlers)) {
      const method = `${domain.name}.${verb}`;
      if (method in table) throw new Error(`${method} is registered twice`);
      table[method] = handler;
    }
  }
  const missing = methods.filter((m) => !(m in table));
  if (missing.length > 0) throw new Error(`No handler for ${missing.join(', ')}`);
  const extra = Object.keys(table).filter((m) => !methods.includes(m as MethodName));
  if (extra.length > 0)
    throw new Error(`Handlers for methods the contract does not declare: ${extra.join(', ')}`);
  return table as Handlers;
}
