import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { PackExport, PackResponse, ReplyImport } from '../../shared/contract/share-packs';
import type { ReadableDB, WritableDB } from '../open';
import {
  agendaItems,
  observationReplies,
  openedSharePacks,
  people,
  sharePackExports,
  sharePackResponses,
  shareReplyImports,
} from '../schema';

export type OpenedPackRow = typeof openedSharePacks.$inferSelect;
export type ResponseRow = typeof sharePackResponses.$inferSelect;

const rep = alias(people, 'rep');
const by = alias(people, 'by');

// ——— The manager's copy: what was exported, and what came back ———

export function insertPackExport(db: WritableDB, row: typeof sharePackExports.$inferInsert): void {
  db.insert(sharePackExports).values(row).run();
}

export function listPackExports(db: ReadableDB, repId: string): PackExport[] {
  return db
    .select({
      id: sharePackExports.id,
      repId: sharePackExports.repId,
      repName: rep.name,
      exportedAt: sharePackExports.exportedAt,
      exportedByName: by.name,
      fileName: sharePackExports.fileName,
      counts: sharePackExports.counts,
    })
    .from(sharePackExports)
    .innerJoin(rep, eq(rep.id, sharePackExports.repId))
    .innerJoin(by, eq(by.id, sharePackExports.exportedBy))
    .where(eq(sharePackExports.repId, repId))
    .orderBy(desc(sharePackExports.exportedAt), desc(sql`"share_pack_exports"."rowid"`))
    .all();
}

export function findPackExport(db: ReadableDB, id: string) {
  return db.select().from(sharePackExports).where(eq(sharePackExports.id, id)).get();
}

export function insertReplyImport(db: WritableDB, row: typeof shareReplyImports.$inferInsert): void {
  db.insert(shareReplyImports).values(row).run();
}

export function listReplyImports(db: ReadableDB, repId: string): ReplyImport[] {
  return db
    .select({
      id: shareReplyImports.id,
      repId: shareReplyImports.repId,
      repName: rep.name,
      importedAt: shareReplyImports.importedAt,
      importedByName: by.name,
      packId: shareReplyImports.packId,
      replies: shareReplyImports.replies,
      agendaPoints: shareReplyImports.agendaPoints,
      alreadyImported: shareReplyImports.alreadyImported,
      unmatched: shareReplyImports.unmatched,
    })
    .from(shareReplyImports)
    .innerJoin(rep, eq(rep.id, shareReplyImports.repId))
    .innerJoin(by, eq(by.id, shareReplyImports.importedBy))
    .where(eq(shareReplyImports.repId, repId))
    .orderBy(desc(shareReplyImports.importedAt), desc(sql`"share_reply_imports"."rowid"`))
    .all();
}

/** Which of these ids are already replies or talking points here: a reply file imported twice adds nothing. */
export function existingReplyIds(db: ReadableDB, ids: string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const replies = db
    .select({ id: observationReplies.id })
    .from(observationReplies)
    .where(inArray(observationReplies.id, ids))
    .all();
  const points = db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(inArray(agendaItems.id, ids))
    .all();
  return new Set([...replies, ...points].map((r) => r.id));
}

// ——— The rep's copy: opened packs and what the rep wrote about them ———

export function findOpenedPackFrom(db: ReadableDB, openedBy: string, managerKey: string) {
  return db
    .select()
    .from(openedSharePacks)
    .where(and(eq(openedSharePacks.openedBy, openedBy), eq(openedSharePacks.managerKey, managerKey)))
    .get();
}

export function findOpenedPack(db: ReadableDB, id: string): OpenedPackRow | undefined {
  return db.select().from(openedSharePacks).where(eq(openedSharePacks.id, id)).get();
}

export function listOpenedPacks(db: ReadableDB, openedBy: string): OpenedPackRow[] {
  return db
    .select()
    .from(openedSharePacks)
    .where(eq(openedSharePacks.openedBy, openedBy))
    .orderBy(desc(openedSharePacks.exportedAt))
    .all();
}

/** Puts a pack in its manager's place: the older pack from them, if any, goes. */
export function replaceOpenedPack(db: WritableDB, row: OpenedPackRow): void {
  db.delete(openedSharePacks)
    .where(and(eq(openedSharePacks.openedBy, row.openedBy), eq(openedSharePacks.managerKey, row.managerKey)))
    .run();
  db.insert(openedSharePacks).values(row).run();
}

export function insertResponse(db: WritableDB, row: ResponseRow): void {
  db.insert(sharePackResponses).values(row).run();
}

export function listResponses(db: ReadableDB, authorId: string, managerKey: string): ResponseRow[] {
  return db
    .select()
    .from(sharePackResponses)
    .where(and(eq(sharePackResponses.authorId, authorId), eq(sharePackResponses.managerKey, managerKey)))
    .orderBy(asc(sharePackResponses.createdAt), asc(sql`"share_pack_responses"."rowid"`))
    .all();
}

export function toPackResponse(row: ResponseRow): PackResponse {
  return {
    id: row.id,
    kind: row.kind,
    itemId: row.itemId,
    stance: row.stance,
    selfLevel: row.selfLevel,
    text: row.text,
    createdAt: row.createdAt,
  };
}
