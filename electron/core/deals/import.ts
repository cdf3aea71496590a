import { AppError, fieldError } from '../../../shared/contract';
import { IMPORT_FIELD_LABELS } from '../../../shared/domain/crm-import';
import { today } from '../../../shared/dates';
import {
  findDealByCrmId,
  insertDeal,
  insertDealHistory,
  overwriteDeal,
} from '../../../db/repositories/deals';
import { findPerson } from '../../../db/repositories/people';
import { findTaxonomy } from '../../../db/repositories/taxonomy';
import { nowIso } from '../context';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';
import { dealRecord } from './access';
import { recordImportedLosses } from '../services/lost-deal-import';

/**
 * Writes a prepared CRM import in this one transaction: all of it or nothing. A row whose CRM id (from
 * this source) is already a deal updates that deal, recording each moved stage, close date, forecast
 * category or outcome in its history with the import as the reason, so a re-import never doubles.
 */
export const importDeals: Handler<'deals.import'> = (input, ctx) => {
  const kept = ctx.prepared.use('deals.prepareImport', input.preparedId, ['preparedId']);
  if (kept.missing.length > 0)
    throw fieldError(
      'INVALID_INPUT',
      ['preparedId'],
      `Choose a column for ${kept.missing.map((f) => IMPORT_FIELD_LABELS[f]).join(', ')} first.`,
    );
  if (kept.invalidRows > 0 && !input.skipInvalidRows)
    throw fieldError(
      'INVALID_INPUT',
      ['skipInvalidRows'],
      `${kept.invalidRows} row(s) have errors. Fix them in the file, or import only the ${kept.deals.length} valid rows.`,
    );
  if (kept.deals.length === 0)
    throw fieldError('INVALID_INPUT', ['preparedId'], 'There are no valid rows to import.');
  const access = accessOf(ctx);
  const checkedReps = new Set<string>();
  const checkedStages = new Set<string>();
  const now = nowIso(ctx.clock);
  const day = today(ctx.clock);
  const author = access.viewer?.id ?? null;
  const reason = `Imported from ${kept.fileName ?? 'a CRM export'}`;
  let created = 0;
  let updated = 0;
  const ids: string[] = [];
  const losses: { dealId: string; outcome: 'open' | 'won' | 'lost'; lossReason: string | null }[] = [];
  const repIds = new Set<string>();
  for (const d of kept.deals) {
    if (!checkedReps.has(d.repId)) {
      const rep = findPerson(ctx.db, d.repId);
      if (!rep || rep.kind !== 'rep' || !access.inDirectory(d.repId))
        throw new AppError(
          'INVALID_INPUT',
          `Row ${d.row}: the rep is no longer in the team. Nothing was imported.`,
        );
      access.requireWrite(dealRecord(d), `Row ${d.row}: a deal`);
      checkedReps.add(d.repId);
    }
    if (!checkedStages.has(d.stageId)) {
      if (!findTaxonomy(ctx.db, 'stage', d.stageId))
        throw new AppError(
          'INVALID_INPUT',
          `Row ${d.row}: the stage is no longer in the library. Nothing was imported.`,
        );
      checkedStages.add(d.stageId);
    }
    const existing = d.crmId === null ? undefined : findDealByCrmId(ctx.db, input.crmSource, d.crmId);
    if (existing) {
      if (!access.canWrite(dealRecord(existing)))
        throw new AppError(
          'FORBIDDEN',
          `Row ${d.row}: the deal ${d.crmId} is not yours to change. Nothing was imported.`,
        );
      const history = (
        field: 'stage' | 'close-date' | 'forecast-category' | 'outcome',
        from: string | null,
        to: string | null,
      ) => {
        if (from === to) return;
        insertDealHistory(ctx.db, {
          id: ctx.newId(),
          dealId: existing.id,
          field,
          fromValue: from,
          toValue: to,
          changedOn: field === 'outcome' && d.closedOn ? d.closedOn : day,
          authorId: author,
          reason,
          createdAt: now,
        });
      };
      history('stage', existing.stageId, d.stageId);
      history('close-date', existing.expectedCloseOn, d.expectedCloseOn);
      history('forecast-category', existing.forecastCategory, d.forecastCategory);
      history('outcome', existing.outcome, d.outcome);
      overwriteDeal(ctx.db, {
        id: existing.id,
        repId: d.repId,
        account: d.account,
        name: d.name,
        valueMinor: d.valueMinor,
        currency: d.currency,
        segment: d.segment,
        product: d.product,
        stageId: d.stageId,
        expectedCloseOn: d.expectedCloseOn,
        forecastCategory: d.forecastCategory,
        nextStep: d.nextStep,
        nextStepOn: d.nextStepOn,
        outcome: d.outcome,
        closedOn: d.closedOn,
        notes: d.notes ?? existing.notes,
        updatedAt: now,
      });
      ids.push(existing.id);
      repIds.add(existing.repId);
      losses.push({ dealId: existing.id, outcome: d.outcome, lossReason: d.lossReason });
      updated += 1;
    } else {
      const id = ctx.newId();
      insertDeal(ctx.db, {
        id,
        repId: d.repId,
        account: d.account,
        name: d.name,
        valueMinor: d.valueMinor,
        currency: d.currency,
        segment: d.segment,
        product: d.product,
        stageId: d.stageId,
        expectedCloseOn: d.expectedCloseOn,
        forecastCategory: d.forecastCategory,
        nextStep: d.nextStep,
        nextStepOn: d.nextStepOn,
        nextStepOwner: null,
        crmSource: d.crmId === null ? null : input.crmSource,
        crmId: d.crmId,
        outcome: d.outcome,
        closedOn: d.closedOn,
        openedOn: d.openedOn ?? (d.closedOn !== null && d.closedOn < day ? d.closedOn : day),
        notes: d.notes,
        createdAt: now,
        updatedAt: now,
        revision: 1,
      });
      ids.push(id);
      losses.push({ dealId: id, outcome: d.outcome, lossReason: d.lossReason });
      created += 1;
    }
    repIds.add(d.repId);
  }
  // Closed-lost rows keep the CRM's loss reason, matched to the taxonomy (never over what people recorded).
  const lostChanged = recordImportedLosses(ctx, losses);
  ctx.emit('deals.changed', { ids, repIds: [...repIds] });
  if (lostChanged.length > 0) ctx.emit('lostDeals.changed', { ids: lostChanged, repIds: [...repIds] });
  return { created, updated, skipped: kept.invalidRows, ids };
};
