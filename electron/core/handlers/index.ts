import type { Handlers } from '../dispatch';
import {
  archivePerson,
  createPerson,
  getPerson,
  listPeopleHandler,
  unarchivePerson,
  updatePersonHandler,
} from './people';

export const handlers: Handlers = {
  'app.info': (_input, ctx) => ({
    name: 'Coachbench',
    version: ctx.appVersion,
    dataFile: ctx.dataFile,
    schemaVersion: ctx.schemaVersion,
    transport: ctx.transport,
  }),
  'people.list': listPeopleHandler,
  'people.get': getPerson,
  'people.create': createPerson,
  'people.update': updatePersonHandler,
  'people.archive': archivePerson,
  'people.unarchive': unarchivePerson,
};
