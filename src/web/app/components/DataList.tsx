import { SwapOutlined } from '@ant-design/icons';
import {
  Card,
  Empty,
  Flex,
  Pagination,
  Spin,
  Table,
  type TableColumnType,
  type TableProps,
  Typography,
} from 'antd';
import { type ReactNode, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';
import { type ListState, pageSizes } from './listState.ts';

/**
 * The one list of the app (UX.md "Lists"): a table on a desk, cards on a phone, the page, page
 * size, sort and filters in the address, pagination at 20, and a visible cue when the table is
 * wider than its container (the action column then stays fixed at the right).
 */

export { type ListState, type ListStateOptions, oneOf, useListState } from './listState.ts';

// ---------------------------------------------------------------------------------------------
// The list

/**
 * A column of a list. `card` says what it is in the card form below 768 px: the card's title,
 * a labelled field, or the action at the card's foot; columns without `card` are left out there.
 */
export type ListColumn<T> = TableColumnType<T> & {
  key: string;
  card?: 'title' | 'field' | 'action';
  /** The label of a field in a card when the column's title is not plain text. */
  cardLabel?: string;
};

export interface DataListProps<T> {
  /** Accessible name of the list (the table's scroll region, the cards' list). */
  label: string;
  rowKey: (string & keyof T) | ((row: T) => string);
  columns: ListColumn<T>[];
  data: readonly T[] | undefined;
  loading?: boolean;
  /** Rows on every page (the server pages the list); without it the list pages `data` itself. */
  total?: number;
  /** The address state; without it the page is kept in the component (a list inside a record). */
  state?: ListState;
  pageSize?: number;
  empty?: ReactNode;
  /** `middle` (default) keeps wide lists within 1280 px; `large` for short lists with room. */
  size?: TableProps<T>['size'];
  /** Rows that open below themselves (the audit log's before/after); the table form only. */
  expandable?: TableProps<T>['expandable'];
  rowClassName?: TableProps<T>['rowClassName'];
  summary?: TableProps<T>['summary'];
  bordered?: boolean;
  /** Hide pagination when everything fits one page (lists of a few rows). */
  hideOnSinglePage?: boolean;
  /** Keep the table on a phone (wide registers where cards would lose the layout). */
  tableOnly?: boolean;
  testId?: string;
}

const PHONE = '(max-width: 767.98px)';
const subscribePhone = (onChange: () => void) => {
  const mq = window.matchMedia(PHONE);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
};
/** Below 768 px (antd's md breakpoint) lists are cards. */
export function useIsPhone(): boolean {
  return useSyncExternalStore(
    subscribePhone,
    () => window.matchMedia(PHONE).matches,
    () => false,
  );
}

const keyOf = <T,>(rowKey: DataListProps<T>['rowKey'], row: T) =>
  typeof rowKey === 'function' ? rowKey(row) : String(row[rowKey]);

function cell<T>(col: ListColumn<T>, row: T, index: number): ReactNode {
  const dataIndex = col.dataIndex as keyof T | undefined;
  const value = dataIndex === undefined ? undefined : row[dataIndex];
  if (!col.render) return value as ReactNode;
  const out = col.render(value, row, index) as unknown;
  // antd lets render return { children, props }; cards want the children.
  if (out && typeof out === 'object' && 'children' in out && !('$$typeof' in out))
    return (out as { children: ReactNode }).children;
  return out as ReactNode;
}

/** Whether the scroller of the table is wider than its box, and whether more lies to the right. */
function useOverflow(change: unknown) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState({ wider: false, moreRight: false });
  const measure = useCallback(() => {
    const scroller = ref.current?.querySelector<HTMLElement>('.ant-table-content, .ant-table-body');
    if (!scroller) return;
    const wider = scroller.scrollWidth > scroller.clientWidth + 1;
    const moreRight = wider && scroller.scrollLeft + scroller.clientWidth < scroller.scrollWidth - 1;
    setOverflow((o) => (o.wider === wider && o.moreRight === moreRight ? o : { wider, moreRight }));
    return scroller;
  }, []);
  useEffect(() => {
    void change;
    const scroller = measure();
    if (!scroller) return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(scroller);
    const table = scroller.querySelector('table');
    if (table) observer.observe(table);
    const onScroll = () => measure();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [measure, change]);
  return { ref, ...overflow };
}

export function DataList<T extends object>(props: DataListProps<T>) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const { label, rowKey, columns, data, loading, total, state, empty } = props;
  const [localPage, setLocalPage] = useState(1);
  const pageSize = state?.pageSize ?? props.pageSize ?? 20;
  const page = state?.page ?? localPage;
  const serverPaged = total !== undefined;
  const count = serverPaged ? total : (data?.length ?? 0);
  const rows = (serverPaged ? data : data?.slice((page - 1) * pageSize, page * pageSize)) ?? [];
  const cards = phone && !props.tableOnly;
  const { ref, wider, moreRight } = useOverflow(`${rows.length}:${cards}:${columns.length}:${loading}`);

  // Every column carries a class named after its key (tests and print styles find it by that).
  const tableColumns = columns.map(({ card, cardLabel, ...col }) => ({
    ...col,
    className: [col.className, `list-col-${col.key}`].filter(Boolean).join(' '),
    fixed: card === 'action' && !phone ? ('right' as const) : col.fixed,
  }));

  const setPage = (next: number, nextSize: number) => {
    if (state) state.update(nextSize !== pageSize ? { [state.keys.size]: nextSize } : { page: next });
    else setLocalPage(nextSize !== pageSize ? 1 : next);
  };
  const onTableChange: TableProps<T>['onChange'] = (_p, _f, sorter, extra) => {
    if (extra.action !== 'sort' || !state) return;
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = s?.order ? String(s.columnKey) : undefined;
    state.update({ sort: field ? `${s.order === 'descend' ? '-' : ''}${field}` : undefined });
  };
  // The scroller of a wide table takes focus so the keyboard can scroll it (axe).
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the overflow.
  useEffect(() => {
    const scroller = ref.current?.querySelector<HTMLElement>('.ant-table-content, .ant-table-body');
    if (!scroller) return;
    if (wider) {
      scroller.tabIndex = 0;
      scroller.setAttribute('role', 'region');
      scroller.setAttribute('aria-label', t('list.scrollRegion', { label }));
    } else {
      scroller.removeAttribute('tabindex');
      scroller.removeAttribute('role');
      scroller.removeAttribute('aria-label');
    }
  }, [wider, label]);

  const pagination = count > 0 && !(props.hideOnSinglePage && count <= pageSize) && (
    <Pagination
      style={{ marginTop: 16, justifyContent: 'flex-end' }}
      current={page}
      pageSize={pageSize}
      total={count}
      size={cards ? 'small' : undefined}
      showSizeChanger={!cards && count > pageSizes[0]!}
      pageSizeOptions={pageSizes}
      onChange={setPage}
      showTotal={(all, [from, to]) =>
        t('common.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(all) })
      }
    />
  );
  const emptyNode = empty ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;

  if (cards) {
    // A tree (units) is read top-down on a phone: children follow their parent.
    const flat: T[] = [];
    const walk = (list: readonly T[]) => {
      for (const row of list) {
        flat.push(row);
        const children = (row as { children?: readonly T[] }).children;
        if (Array.isArray(children)) walk(children);
      }
    };
    walk(rows);
    const title = columns.find((c) => c.card === 'title');
    const fields = columns.filter((c) => c.card === 'field');
    const actions = columns.filter((c) => c.card === 'action');
    return (
      <div data-testid={props.testId} className="data-list data-list-cards">
        <Spin spinning={Boolean(loading)}>
          {flat.length === 0 ? (
            <div style={{ padding: '16px 0' }}>{loading ? null : emptyNode}</div>
          ) : (
            <ul aria-label={t('list.cards', { label })} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {flat.map((row, i) => (
                <li key={keyOf(rowKey, row)} style={{ marginBottom: 12 }}>
                  <Card size="small" className="data-list-card">
                    {title && <div className="list-card-title list-col-title">{cell(title, row, i)}</div>}
                    {fields.length > 0 && (
                      <dl className="list-card-fields">
                        {fields.map((f) => (
                          <div key={f.key} className={`list-card-field list-col-${f.key}`}>
                            <dt>{f.cardLabel ?? (f.title as ReactNode)}</dt>
                            <dd>{cell(f, row, i)}</dd>
                          </div>
                        ))}
                      </dl>
                    )}
                    {actions.length > 0 && (
                      <Flex gap={8} wrap justify="flex-end" className="list-card-actions">
                        {actions.map((a) => (
                          <div key={a.key} className={`list-col-${a.key}`}>
                            {cell(a, row, i)}
                          </div>
                        ))}
                      </Flex>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </Spin>
        {pagination}
      </div>
    );
  }

  return (
    <div data-testid={props.testId} className="data-list" ref={ref}>
      {wider && (
        <Typography.Text
          type="secondary"
          className="data-list-scroll-cue"
          data-more={moreRight ? 'right' : 'left'}
          style={{ display: 'block', marginBottom: 8, fontSize: 13 }}
        >
          <SwapOutlined aria-hidden style={{ marginInlineEnd: 6 }} />
          {t('list.scrollCue')}
        </Typography.Text>
      )}
      <Table<T>
        rowKey={rowKey as TableProps<T>['rowKey']}
        loading={loading}
        dataSource={rows as T[]}
        columns={tableColumns}
        pagination={false}
        size={props.size ?? 'middle'}
        expandable={props.expandable}
        bordered={props.bordered}
        rowClassName={props.rowClassName}
        summary={props.summary}
        onChange={onTableChange}
        // Auto width: text wraps to fit the box; the table scrolls only when it cannot wrap more.
        scroll={{ x: true }}
        tableLayout="auto"
        locale={{ emptyText: emptyNode }}
      />
      {pagination}
    </div>
  );
}
