import type { MethodName } from './index';

/** `people` for `people.list`. */
export type DomainOf<M extends string> = M extends `${infer D}.${string}` ? D : never;
/** `list` for `people.list`. */
export type VerbOf<M extends string> = M extends `${string}.${infer V}` ? V : never;
export type DomainName = DomainOf<MethodName>;
export type MethodsOfDomain<D extends string> = Extract<MethodName, `${D}.${string}`>;
