import { Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditNames, auditChangeRows, type ShownValue } from '../../../contract/audit-values.ts';
import { currentLang } from '../../app/i18n/index.ts';
import './audit.css';

type Changes = Record<string, { from?: unknown; to?: unknown }>;
type Row = ReturnType<typeof auditChangeRows>[number];
type Props = { entityType: string; changes: Changes; names: AuditNames; stacked?: boolean };

/** One side of a change; long content shows its summary and opens in full on demand. */
function Value({ value }: { value: ShownValue }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!value.detail) return <span className="audit-value">{value.text}</span>;
  return (
    <span className="audit-value">
      <Typography.Text type="secondary">{value.text}</Typography.Text>{' '}
      <Button
        type="link"
        size="small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        style={{ padding: 0 }}
      >
        {open ? t('audit.hideContent') : t('audit.showContent')}
      </Button>
      {open && <pre className="audit-value-detail">{value.detail}</pre>}
    </span>
  );
}

/**
 * Before and after of each changed field of one audit event, as a person reads them: the
 * same words as the XLSX export (auditChangeRows). `stacked`: one field under another (phones).
 */
export function ChangesTable({ entityType, changes, names, stacked }: Props) {
  const { t } = useTranslation();
  const rows = auditChangeRows(entityType, changes, currentLang(), names);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  // A record created (or deleted) has one side only: the other column would be dashes.
  const before = rows.some((r) => changes[r.field].from !== undefined);
  const after = rows.some((r) => changes[r.field].to !== undefined);
  if (stacked)
    return (
      <dl className="audit-changes-stacked" aria-label={t('audit.changes')}>
        {rows.map((r) => (
          <div key={r.field}>
            <dt>{r.label}</dt>
            {before && (
              <dd>
                {after && <span className="audit-side">{t('audit.before')}: </span>}
                <Value value={r.from} />
              </dd>
            )}
            {after && (
              <dd>
                {before && <span className="audit-side">{t('audit.after')}: </span>}
                <Value value={r.to} />
              </dd>
            )}
          </div>
        ))}
      </dl>
    );
  return (
    <section aria-label={t('audit.changes')}>
      <Table
        rowKey="field"
        size="small"
        pagination={false}
        dataSource={rows}
        tableLayout="fixed"
        columns={[
          { key: 'field', title: t('audit.field'), render: (_, r) => r.label, width: '24%' },
          ...(before
            ? [
                {
                  key: 'from',
                  title: t('audit.before'),
                  render: (_: unknown, r: Row) => <Value value={r.from} />,
                },
              ]
            : []),
          ...(after
            ? [{ key: 'to', title: t('audit.after'), render: (_: unknown, r: Row) => <Value value={r.to} /> }]
            : []),
        ]}
      />
    </section>
  );
}
