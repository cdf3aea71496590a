import { DEMO_TEAM } from '../../electron/core/demo/team';
import { actAs, type TestCore, value } from './core';

/** Someone's id by name, from the people anyone could say they are. */
export async function idOf(target: TestCore, name: string): Promise<string> {
  const found = (await value(target, 'workspace.people', {})).find((p) => p.name === name);
  if (!found) throw new Error(`No active person called ${name}`);
  return found.id;
}

/** Uses the demo as the rep's own manager, who wrote their history (private records included). */
export async function asManagerOf(target: TestCore, key: string): Promise<void> {
  const manager = DEMO_TEAM.find((p) => p.key === DEMO_TEAM.find((r) => r.key === key)!.manager)!;
  await actAs(target, await idOf(target, manager.name));
}

/** The head of sales: every rep's shared records, no one's private ones. */
export async function asHeadOfSales(target: TestCore): Promise<void> {
  await actAs(target, await idOf(target, 'Claire Donovan'));
}
