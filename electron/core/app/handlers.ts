import { defineDomain } from '../registry';

export const appDomain = defineDomain('app', {
  info: (_input, ctx) => ({
    name: 'Coachbench',
    version: ctx.appVersion,
    dataFile: ctx.dataFile,
    schemaVersion: ctx.schemaVersion,
    transport: ctx.transport,
    readOnlyReason: ctx.readOnlyReason,
  }),
});
