import type { ReadContext } from '../context';
import { readSetting, writeSetting } from '../../../db/repositories/settings';
import { DEFAULT_MOMENT_KEYWORDS } from '../../../shared/domain/conversation-metrics';
import type { KeywordLists } from '../../../shared/contract';
import type { Handler } from '../registry';
const KEYWORDS_KEY = 'callReviews.keywords';

export function readKeywords(ctx: ReadContext): KeywordLists {
  const stored = readSetting(ctx.db, KEYWORDS_KEY);
  return stored ? (JSON.parse(stored) as KeywordLists) : { ...DEFAULT_MOMENT_KEYWORDS };
}

export const getKeywords: Handler<'callReviews.keywords'> = (_input, ctx) => readKeywords(ctx);

export const setKeywords: Handler<'callReviews.setKeywords'> = (input, ctx) => {
  writeSetting(ctx.db, KEYWORDS_KEY, JSON.stringify(input));
  ctx.emit('callReviews.keywordsChanged', {});
  return input;
};
