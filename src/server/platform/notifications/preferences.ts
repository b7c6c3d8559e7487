import { and, eq, sql } from 'drizzle-orm';
import {
  type NotificationChannel,
  type NotificationKind,
  notificationKindList,
  notificationKinds,
} from '../../../contract/notifications.ts';
import type { Tx } from '../../db/connection.ts';
import { notificationPreferences } from './notifications.table.ts';

/** A person's channel for every kind: their choice or the kind's default. */
export async function channelsForPerson(db: Tx, agencyId: string, personId: string) {
  const rows = await db
    .select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(
      and(eq(notificationPreferences.agencyId, agencyId), eq(notificationPreferences.personId, personId)),
    );
  const chosen = new Map(rows.map((r) => [r.kind, r.channel as NotificationChannel]));
  return Object.fromEntries(
    notificationKindList.map((k) => [k, chosen.get(k) ?? notificationKinds[k].channel]),
  ) as Record<NotificationKind, NotificationChannel>;
}

/** The kinds the person set themselves (the rest follow the defaults). */
export async function chosenKindsOf(db: Tx, agencyId: string, personId: string): Promise<Set<string>> {
  const rows = await db
    .select({ kind: notificationPreferences.kind })
    .from(notificationPreferences)
    .where(
      and(eq(notificationPreferences.agencyId, agencyId), eq(notificationPreferences.personId, personId)),
    );
  return new Set(rows.map((r) => r.kind));
}

/** Stores the person's choices (an upsert per kind: saving twice at once ends in one row each). */
export async function saveChannels(
  db: Tx,
  agencyId: string,
  personId: string,
  items: { kind: NotificationKind; channel: NotificationChannel }[],
) {
  // One row per kind: a kind named twice keeps its last choice.
  const byKind = new Map(items.map((i) => [i.kind, i.channel]));
  if (!byKind.size) return;
  await db
    .insert(notificationPreferences)
    .values([...byKind].map(([kind, channel]) => ({ agencyId, personId, kind, channel })))
    .onConflictDoUpdate({
      target: [
        notificationPreferences.agencyId,
        notificationPreferences.personId,
        notificationPreferences.kind,
      ],
      set: { channel: sql`excluded.channel`, updatedAt: sql`now()` },
    });
}
