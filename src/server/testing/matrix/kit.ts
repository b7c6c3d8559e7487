import { roles } from '../../../contract/roles.ts';
import type { Db } from '../../db/connection.ts';
import type { FileStore } from '../../platform/files/files.ts';
import type { Fixture } from '../fixture.ts';
import type { Client, Response } from '../test-app.ts';

/** A record in the actor's own unit (X1), another unit (X2), or another agency (Y). */
export type Target = 'own' | 'other' | 'foreign';
export type MatrixActor = { username: string; agencyAdmin: boolean; unitAdminOfX1: boolean };
/** 'ok' is any 2xx; otherwise the exact status. */
export type Outcome = 'ok' | 400 | 401 | 403 | 404 | 409;
export type Entry = {
  /** Builds and sends the request for a target; may read current versions first. */
  send: (client: Client, target: Target) => Promise<Response>;
  expect: (actor: MatrixActor, target: Target) => Outcome;
};
export type Entries = Record<string, Entry>;

export const actors: MatrixActor[] = [
  ...roles.map((role) => ({
    username: `x.unit_${role}`,
    agencyAdmin: false,
    unitAdminOfX1: role === 'admin',
  })),
  { username: 'x.admin', agencyAdmin: true, unitAdminOfX1: true },
  { username: 'x.secretariat_all', agencyAdmin: false, unitAdminOfX1: false },
];
export const targets: Target[] = ['own', 'other', 'foreign'];

export const anyone = (): Outcome => 'ok';
/** Readable across the agency; other agencies' records do not exist. */
export const agencyRecord = (_a: MatrixActor, t: Target): Outcome => (t === 'foreign' ? 404 : 'ok');
/** Needs admin over the record's unit; other agencies' records answer 404. */
export const unitAdmin = (a: MatrixActor, t: Target): Outcome =>
  t === 'foreign' ? 404 : a.agencyAdmin || (a.unitAdminOfX1 && t === 'own') ? 'ok' : 403;
/** Needs agency-wide admin, decided before any record is looked at. */
export const agencyAdmin = (a: MatrixActor, t: Target): Outcome =>
  !a.agencyAdmin ? 403 : t === 'foreign' ? 404 : 'ok';
export const agencyAdminNoRecord = (a: MatrixActor): Outcome => (a.agencyAdmin ? 'ok' : 403);

/** What entry files use to build their requests. */
export type MatrixKit = {
  fixture: () => Fixture;
  db: () => Db;
  /** The app's file store, for seeding stored files. */
  files: () => FileStore;
  unitOf: (t: Target) => Fixture['units']['x1'];
  personOf: (t: Target) => string;
  agencyOf: (t: Target) => string;
  unique: (prefix: string) => string;
  next: () => number;
};

export function createKit(context: { fixture: Fixture; database: { db: Db }; files: FileStore }): MatrixKit {
  let counter = 0;
  const fixture = () => context.fixture;
  return {
    fixture,
    db: () => context.database.db,
    files: () => context.files,
    unitOf: (t) => ({ own: fixture().units.x1, other: fixture().units.x2, foreign: fixture().units.y1 })[t],
    personOf: (t) => fixture().targets[t],
    agencyOf: (t) => (t === 'foreign' ? fixture().agencyY : fixture().agencyX),
    unique: (prefix) => `${prefix}${++counter}`,
    next: () => ++counter,
  };
}
