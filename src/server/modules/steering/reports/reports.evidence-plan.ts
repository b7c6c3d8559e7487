import type { Db } from '../../../db/connection.ts';
import type { PaperFile } from '../../../platform/papers/paper-file.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import type { EvidenceItem } from './reports.evidence-index.ts';

/** A file of the pack: its path in the item's folder, and how to make it when the ZIP reaches it. */
export type PlannedFile = { path: string; render: () => Promise<Buffer | string> };
export type PlannedItem = Omit<EvidenceItem, 'files'> & { files: PlannedFile[] };
/** Who asks, for which year: the period is the year up to today. */
export type EvidenceContext = {
  db: Db;
  actor: Actor;
  year: number;
  from: string;
  to: string;
  today: string;
  /** The agency's name. */
  name: string;
};

export const inFolder = (folder: string, f: PaperFile): PlannedFile => ({
  path: `${folder}/${f.fileName}`,
  render: f.render,
});
/** An issue number or an item's number as printed: 02. */
export const twoDigits = (n: number) => String(n).padStart(2, '0');
/** The parts that are there, as one note; null when none is. */
export const sentence = (parts: Array<string | null | false>) => parts.filter(Boolean).join(' ') || null;
