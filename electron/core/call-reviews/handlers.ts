import {
  assignSpeaker,
  createCallReview,
  getCallReview,
  listCallReviews,
  listCallSegments,
  updateCallReview,
} from './reviews';
import { annotateCall } from './annotations';
import { saveScorecard } from './scorecards';
import { getKeywords, setKeywords } from './keywords';
import { dismissMoment } from './moments';
import { defineDomain } from '../registry';

export const callReviewsDomain = defineDomain('callReviews', {
  list: listCallReviews,
  get: getCallReview,
  segments: listCallSegments,
  create: createCallReview,
  update: updateCallReview,
  assignSpeaker,
  annotate: annotateCall,
  saveScorecard: saveScorecard,
  keywords: getKeywords,
  setKeywords: setKeywords,
  dismissMoment: dismissMoment,
});
