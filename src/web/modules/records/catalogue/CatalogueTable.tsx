import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  SubnodeOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Grid, Table, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  CatalogueEntryView,
  CatalogueHeadingView,
  CatalogueView,
} from '../../../../contract/records-catalogue.ts';
import { api } from '../../../app/api.ts';
import type { Editing } from './CataloguePage.tsx';
import { catalogueApi, catalogueKeys, filePath, storeCatalogue } from './queries.ts';

type Row =
  | { key: string; kind: 'heading'; heading: CatalogueHeadingView; first: boolean; last: boolean }
  | { key: string; kind: 'entry'; entry: CatalogueEntryView; first: boolean; last: boolean };

/** The reading order of the official layout: headings, their entries, their sub-headings. */
function rowsOf(view: CatalogueView): Row[] {
  const rows: Row[] = [];
  const entries = (headingId: string | null) => {
    const list = view.entries.filter((e) => e.headingId === headingId);
    list.forEach((entry, i) => {
      rows.push({ key: entry.id, kind: 'entry', entry, first: i === 0, last: i === list.length - 1 });
    });
  };
  const headings = (parentId: string | null) => view.headings.filter((h) => h.parentId === parentId);
  entries(null);
  const top = headings(null);
  top.forEach((heading, i) => {
    rows.push({ key: heading.id, kind: 'heading', heading, first: i === 0, last: i === top.length - 1 });
    entries(heading.id);
    const subs = headings(heading.id);
    subs.forEach((sub, j) => {
      rows.push({ key: sub.id, kind: 'heading', heading: sub, first: j === 0, last: j === subs.length - 1 });
      entries(sub.id);
    });
  });
  return rows;
}

export function CatalogueTable({ view, onEdit }: { view: CatalogueView; onEdit: (e: Editing) => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const editable = view.abilities.edit;
  // On a phone a fixed column would cover the table: the actions scroll with it there.
  const wide = Grid.useBreakpoint().lg;

  const fail = (e: unknown) => {
    message.error(e instanceof Error ? e.message : String(e));
    void queryClient.invalidateQueries({ queryKey: catalogueKeys.one(view.id) });
  };
  const itemPath = (row: Row) =>
    row.kind === 'heading'
      ? `${catalogueApi(view.id)}/headings/${row.heading.id}`
      : `${catalogueApi(view.id)}/entries/${row.entry.id}`;
  const move = async (row: Row, direction: 'up' | 'down') => {
    try {
      const version = row.kind === 'heading' ? row.heading.version : row.entry.version;
      storeCatalogue(
        queryClient,
        await api.post<CatalogueView>(`${itemPath(row)}/move`, { direction, version }),
      );
    } catch (e) {
      fail(e);
    }
  };
  const remove = (row: Row) => {
    const title = row.kind === 'heading' ? row.heading.title : row.entry.title;
    modal.confirm({
      title: t('catalogue.actions.delete'),
      content: t(
        row.kind === 'heading' ? 'catalogue.confirm.deleteHeading' : 'catalogue.confirm.deleteEntry',
        { title },
      ),
      okText: t('catalogue.actions.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.delete(itemPath(row));
          await queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
          message.success(t('catalogue.done.deleted'));
        } catch (e) {
          fail(e);
        }
      },
    });
  };
  const icon = (label: string, node: ReactNode, onClick: () => void, disabled = false, danger = false) => (
    <Tooltip title={label}>
      <Button
        size="small"
        type="text"
        aria-label={label}
        icon={node}
        onClick={onClick}
        disabled={disabled}
        danger={danger}
      />
    </Tooltip>
  );
  const retention = (years: number | null) =>
    years === null ? t('catalogue.permanent') : t('catalogue.years', { count: years });

  return (
    <Table<Row>
      rowKey="key"
      size="middle"
      pagination={false}
      dataSource={rowsOf(view)}
      scroll={{ x: 'max-content' }}
      rowClassName={(row) => (row.kind === 'heading' ? 'catalogue-heading' : '')}
      columns={[
        {
          key: 'code',
          title: t('catalogue.columns.code'),
          render: (_, row) =>
            row.kind === 'heading' ? (
              <strong>{row.heading.number}</strong>
            ) : (
              <span style={{ whiteSpace: 'nowrap' }}>{row.entry.code}</span>
            ),
        },
        {
          key: 'title',
          title: t('catalogue.columns.title'),
          onCell: (row) => ({ colSpan: row.kind === 'heading' ? 4 : 1 }),
          render: (_, row) =>
            row.kind === 'heading' ? (
              <Typography.Text strong italic={row.heading.parentId !== null}>
                {row.heading.title}
              </Typography.Text>
            ) : (
              <div style={{ minWidth: 220, maxWidth: 340 }}>{row.entry.title}</div>
            ),
        },
        {
          key: 'retention',
          title: t('catalogue.columns.retention'),
          onCell: (row) => ({ colSpan: row.kind === 'heading' ? 0 : 1 }),
          render: (_, row) => (row.kind === 'entry' ? retention(row.entry.retentionYears) : null),
        },
        {
          key: 'owner',
          title: t('catalogue.columns.owner'),
          onCell: (row) => ({ colSpan: row.kind === 'heading' ? 0 : 1 }),
          render: (_, row) =>
            row.kind === 'entry' ? (
              <div style={{ minWidth: 140, maxWidth: 200 }}>
                {row.entry.ownerUnitName}
                {row.entry.ownerPersonName && (
                  <>
                    <br />
                    {row.entry.ownerPersonName}
                  </>
                )}
              </div>
            ) : null,
        },
        {
          key: 'notes',
          title: t('catalogue.columns.notes'),
          onCell: (row) => ({ colSpan: row.kind === 'heading' ? 0 : 1 }),
          render: (_, row) =>
            row.kind === 'entry' ? <div style={{ maxWidth: 200 }}>{row.entry.notes}</div> : null,
        },
        {
          key: 'files',
          title: t('catalogue.columns.files'),
          render: (_, row) =>
            row.kind !== 'entry' ? null : row.entry.files.length === 0 ? (
              <Typography.Text type="secondary">{t('catalogue.noFiles')}</Typography.Text>
            ) : (
              <Flex vertical gap={2}>
                <span>{t('catalogue.filesCount', { count: row.entry.files.length })}</span>
                {row.entry.files.map((f) => (
                  <Link key={f.id} to={filePath(f.id)} style={{ whiteSpace: 'nowrap' }}>
                    {f.fileCode}
                  </Link>
                ))}
              </Flex>
            ),
        },
        ...(editable
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                fixed: wide ? ('right' as const) : undefined,
                render: (_: unknown, row: Row) => (
                  <Flex gap={2} wrap={false}>
                    {icon(t('catalogue.actions.edit'), <EditOutlined aria-hidden />, () =>
                      onEdit(
                        row.kind === 'heading'
                          ? { kind: 'heading', heading: row.heading }
                          : { kind: 'entry', entry: row.entry },
                      ),
                    )}
                    {row.kind === 'heading' &&
                      icon(t('catalogue.actions.addEntry'), <PlusOutlined aria-hidden />, () =>
                        onEdit({ kind: 'entry', headingId: row.heading.id }),
                      )}
                    {row.kind === 'heading' &&
                      row.heading.parentId === null &&
                      icon(t('catalogue.actions.addSubHeading'), <SubnodeOutlined aria-hidden />, () =>
                        onEdit({ kind: 'heading', parentId: row.heading.id }),
                      )}
                    {icon(
                      t('catalogue.actions.up'),
                      <ArrowUpOutlined aria-hidden />,
                      () => move(row, 'up'),
                      row.first,
                    )}
                    {icon(
                      t('catalogue.actions.down'),
                      <ArrowDownOutlined aria-hidden />,
                      () => move(row, 'down'),
                      row.last,
                    )}
                    {icon(
                      t('catalogue.actions.delete'),
                      <DeleteOutlined aria-hidden />,
                      () => remove(row),
                      false,
                      true,
                    )}
                  </Flex>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
