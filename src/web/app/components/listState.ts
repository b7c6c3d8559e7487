import { useSearchParams } from 'react-router';

/**
 * A list's page, page size, sort and filters, kept in the address so a filtered list can be
 * shared (UX.md "Lists"). DataList shows the list; a page that lists without a table (search
 * results) uses this alone.
 */

type Value = string | number | undefined | null;

export interface ListState {
  page: number;
  pageSize: number;
  /** `field` or `-field`, as the API takes it; undefined when the list keeps its own order. */
  sort: string | undefined;
  /** A filter from the address (undefined when absent or equal to its default). */
  get: (key: string) => string | undefined;
  /** Sets filters (and/or page, sort); any change but the page goes back to page one. */
  update: (changes: Record<string, Value>) => void;
  /** Drops every filter, sort and page of this list. */
  clear: () => void;
  /** True when a filter other than page/sort/size is in the address. */
  filtered: boolean;
  /** antd's sort order for a column, from `sort`. */
  orderOf: (key: string) => 'ascend' | 'descend' | null;
  /** Internal: the address keys of page, size and sort. */
  keys: { page: string; size: string; sort: string };
}

export interface ListStateOptions {
  /** Prefix of the page/size/sort keys, for a page that shows more than one list. */
  prefix?: string;
  pageSize?: number;
  /** Filter values that are the default: they are left out of the address. */
  defaults?: Record<string, string>;
  /** The sorts the list offers; another sort in the address (an old link) is dropped. */
  sorts?: readonly string[];
  /** The filter keys of this list (for `clear` and `filtered` when a page holds several lists). */
  filters?: readonly string[];
}

export const pageSizes = [10, 20, 50, 100];

export function useListState(options: ListStateOptions = {}): ListState {
  const { prefix = '', pageSize: defaultSize = 20, defaults = {}, sorts, filters } = options;
  const [params, setParams] = useSearchParams();
  const keys = { page: `${prefix}page`, size: `${prefix}size`, sort: `${prefix}sort` };
  const own = new Set(Object.values(keys));
  const isFilter = (k: string) => !own.has(k) && (filters ? filters.includes(k) : !k.endsWith('page'));

  const page = Math.max(1, Math.floor(Number(params.get(keys.page))) || 1);
  const size = Number(params.get(keys.size));
  const pageSize = pageSizes.includes(size) ? size : defaultSize;
  const rawSort = params.get(keys.sort) ?? undefined;
  const sort = rawSort && (!sorts || sorts.includes(rawSort.replace(/^-/, ''))) ? rawSort : undefined;

  const update = (changes: Record<string, Value>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      const resetsPage = Object.keys(changes).some((k) => k !== keys.page && k !== 'page');
      if (resetsPage) next.delete(keys.page);
      for (const [rawKey, v] of Object.entries(changes)) {
        const k = rawKey === 'page' ? keys.page : rawKey === 'sort' ? keys.sort : rawKey;
        const text = v === undefined || v === null ? '' : String(v);
        if (
          text === '' ||
          defaults[k] === text ||
          (k === keys.page && text === '1') ||
          (k === keys.size && text === String(defaultSize))
        )
          next.delete(k);
        else next.set(k, text);
      }
      return next;
    });

  const clear = () =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const k of [...prev.keys()]) if (own.has(k) || isFilter(k)) next.delete(k);
      return next;
    });

  return {
    page,
    pageSize,
    sort,
    get: (key) => {
      const v = params.get(key);
      return v === null || v === '' ? undefined : v;
    },
    update,
    clear,
    filtered: [...params.keys()].some(isFilter),
    orderOf: (key) => (sort === key ? 'ascend' : sort === `-${key}` ? 'descend' : null),
    keys,
  };
}

/** A value of the address that must be one of a list (an old or mistyped link gives undefined). */
export const oneOf = <T extends string>(
  list: readonly T[],
  value: string | undefined | null,
): T | undefined => list.find((x) => x === value);
