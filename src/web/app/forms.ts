import type { FormInstance, FormRule } from 'antd';
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { describeIssue } from '../../contract/messages.ts';
import { ApiError, type FieldError } from './api.ts';
import { pick } from './i18n/index.ts';

type NamePath = (string | number)[];

const toNamePath = (path: string): NamePath =>
  path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
const samePath = (a: NamePath, b: NamePath) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Puts the server's per-field messages on the form's fields (the longest field path that
 * prefixes the detail's path) and returns the details no field could show.
 */
export function applyServerErrors(form: FormInstance, error: unknown): FieldError[] {
  if (!(error instanceof ApiError)) return [];
  const fields = form.getFieldsError().map((f) => f.name as NamePath);
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unplaced: FieldError[] = [];
  for (const detail of error.details) {
    const path = toNamePath(detail.path);
    let match: NamePath | undefined;
    for (let n = path.length; n > 0 && !match; n--) match = fields.find((f) => samePath(f, path.slice(0, n)));
    if (!match) {
      unplaced.push(detail);
      continue;
    }
    const key = JSON.stringify(match);
    const entry = byField.get(key) ?? { name: match, errors: [] };
    entry.errors.push(detail.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return unplaced;
}

/**
 * A form rule that checks a value with the contract's zod schema, so the person sees the
 * server's own wording while typing. Empty text counts as "not given".
 */
export function zodRule(schema: z.ZodType): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const given = typeof value === 'string' && value.trim() === '' ? undefined : value;
      const result = schema.safeParse(given);
      if (!result.success) throw new Error(pick(describeIssue(result.error.issues[0] as never)));
    },
  };
}

/**
 * After a 409 (someone else saved first): takes the latest record but keeps every field the
 * person has touched, so nothing typed is lost; the caller stores the new version.
 */
export function keepTyped<T extends object>(form: FormInstance, fresh: T, fields: (keyof T & string)[]) {
  const untouched = fields.filter((name) => !form.isFieldTouched(name));
  form.setFieldsValue(Object.fromEntries(untouched.map((name) => [name, fresh[name]])));
}

/** A form's last failed request: field messages go on the fields, the rest in an alert. */
export function useFormError(form: FormInstance) {
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<FieldError[]>([]);
  const capture = useCallback(
    (e: unknown) => {
      setError(e);
      setUnplaced(applyServerErrors(form, e));
    },
    [form],
  );
  const clear = useCallback(() => {
    setError(null);
    setUnplaced([]);
  }, []);
  return { error, unplaced, capture, clear };
}
