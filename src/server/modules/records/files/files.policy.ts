import { type Actor, holds, memberOf, type Scoped, sameAgency } from '../../../platform/permissions/actor.ts';

/** What the policy needs of a file: its unit, owner, opener, regime and state, and whether the actor works on its case. */
export type FileScope = Scoped & {
  ownerPersonId: string | null;
  openedBy: string | null;
  accessRegime: string;
  state: string;
  /** The actor is assigned a step of a work case whose file this is. */
  participant: boolean;
};

const manages = (actor: Actor, unit: Scoped) =>
  holds(actor, 'unit_head', unit) || holds(actor, 'iso_officer', unit);
const owns = (actor: Actor, file: FileScope) => file.ownerPersonId === actor.personId;
const takesPart = (actor: Actor, file: FileScope) =>
  owns(actor, file) || file.openedBy === actor.personId || file.participant;

export const filesPolicy = {
  /**
   * Staff see the files they take part in; the unit's head and ISO officer all of the
   * unit's; the secretariat all. A restricted file only its owner, the unit head and the
   * secretariat, whoever else would see it.
   */
  read: (actor: Actor, file: FileScope) => {
    if (!sameAgency(actor, file)) return false;
    if (file.accessRegime === 'restricted')
      return owns(actor, file) || holds(actor, 'unit_head', file) || holds(actor, 'secretariat', file);
    return holds(actor, 'secretariat', file) || manages(actor, file) || takesPart(actor, file);
  },
  /** Metadata and documents change while the file is open, by its owner, opener or the unit's managers. */
  edit: (actor: Actor, file: FileScope) =>
    file.state === 'open' && (owns(actor, file) || file.openedBy === actor.personId || manages(actor, file)),
  close: (actor: Actor, file: FileScope) =>
    file.state === 'open' && (owns(actor, file) || manages(actor, file)),
  reopen: (actor: Actor, file: FileScope) => file.state === 'closed' && holds(actor, 'unit_head', file),
  /** Anyone working in the unit opens its files (the file is opened the day the work starts). */
  open: (actor: Actor, unit: Scoped) => memberOf(actor, unit) || manages(actor, unit),
  /** Nộp lưu: the unit's head or ISO officer. */
  transfer: (actor: Actor, unit: Scoped) => manages(actor, unit),
  /** Transfers and their papers: the unit's managers and the secretariat. */
  readTransfers: (actor: Actor, unit: Scoped) => manages(actor, unit) || holds(actor, 'secretariat', unit),
};
