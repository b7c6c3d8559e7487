import type { TFunction } from 'i18next';
import { vi } from '../../app/i18n/vi.ts';

/** Record types the server writes to the trail; unknown ones show their code. */
export const entityTypes = Object.keys(vi.audit.entity) as (keyof typeof vi.audit.entity)[];

const known = <T extends object>(table: T, key: string): key is Extract<keyof T, string> => key in table;

export function entityLabel(t: TFunction, type: string): string {
  return known(vi.audit.entity, type) ? t(`audit.entity.${type}`) : type;
}

export function actionLabel(t: TFunction, action: string): string {
  return known(vi.audit.actions, action) ? t(`audit.actions.${action}`) : action;
}

export function fieldLabel(t: TFunction, field: string): string {
  return known(vi.audit.fields, field) ? t(`audit.fields.${field}`) : field;
}
