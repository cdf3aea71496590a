import { defineDomain } from '../registry';
import { lossDashboard, listLostDeals } from './dashboard';
import { getLostDeal } from './detail';
import { recordView, saveActions, saveQuickForm, saveRetrospective, saveTimeline } from './writes';

/** Lost deals: how each was lost, its retrospective, and the loss analytics over them all. */
export const lostDealsDomain = defineDomain('lostDeals', {
  list: listLostDeals,
  get: getLostDeal,
  dashboard: lossDashboard,
  saveQuickForm,
  recordView,
  saveRetrospective,
  saveTimeline,
  saveActions,
});
