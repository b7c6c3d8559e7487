import { Card, Flex, Grid, Table, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QmsByUnit as Qms, QmsFigures } from '../../../contract/home.ts';
import { EmptyText } from '../../app/components/EmptyText.tsx';
import { formatDate, formatNumber, formatPercent } from '../../app/format.ts';
import { type QmsKey, qmsLink } from './qmsLink.ts';

type Row = Qms['units'][number];
const keys: QmsKey[] = [
  'onTimeRate',
  'overdueSteps',
  'awaitingApproval',
  'reviewsOverdue',
  'notOpenedAtStart',
];

const hasFigures = (f: QmsFigures) =>
  f.finished + f.overdueSteps + f.awaitingApproval + f.reviewsOverdue + f.notOpenedAtStart + f.started > 0;

function Value({ k, f, qms, unitId }: { k: QmsKey; f: QmsFigures; qms: Qms; unitId?: string }) {
  const { token } = theme.useToken();
  const value = k === 'onTimeRate' ? formatPercent(f.onTimeRate) : formatNumber(f[k]);
  const alert = k !== 'onTimeRate' && f[k] > 0;
  return (
    <Link
      to={qmsLink(k, qms, unitId)}
      style={{ color: alert ? '#a8071a' : token.colorLink, fontWeight: 600 }}
    >
      {value}
    </Link>
  );
}

/**
 * The QMS at a glance by unit for leadership (UX.md): the whole agency's figures first, then
 * one row per unit with any figure — a table from 768 px, cards below. Every number is a link.
 */
export function QmsByUnit({ qms }: { qms: Qms }) {
  const { t } = useTranslation();
  const narrow = Grid.useBreakpoint().md === false;
  const rows = qms.units.filter(hasFigures);
  const quiet = qms.units.length - rows.length;
  const title = (
    <Typography.Title level={2} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
      {t('home.qms.title')}
    </Typography.Title>
  );
  return (
    <Card title={title} data-testid="qms-by-unit">
      <Typography.Paragraph type="secondary">
        {t('home.qms.period', { from: formatDate(qms.from), to: formatDate(qms.to) })}
      </Typography.Paragraph>
      <Flex wrap gap={12} style={{ marginBottom: 16 }} data-testid="qms-totals">
        {keys.map((k) => (
          <Card key={k} size="small" style={{ flex: '1 1 160px' }}>
            <Typography.Text type="secondary">{t(`home.qms.${k}`)}</Typography.Text>
            <div style={{ fontSize: 24, lineHeight: 1.3 }}>
              <Value k={k} f={qms.totals} qms={qms} />
            </div>
            {k === 'onTimeRate' && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('home.qms.onTimeOf', { finished: formatNumber(qms.totals.finished) })}
              </Typography.Text>
            )}
          </Card>
        ))}
      </Flex>
      {rows.length === 0 ? (
        <EmptyText>{t('home.qms.empty')}</EmptyText>
      ) : narrow ? (
        <Flex vertical gap={12} data-testid="qms-cards">
          {rows.map((r) => (
            <Card
              key={r.unitId}
              size="small"
              title={<span style={{ whiteSpace: 'normal' }}>{r.unitName}</span>}
            >
              <dl
                style={{
                  margin: 0,
                  display: 'grid',
                  gridTemplateColumns: '1fr auto',
                  rowGap: 4,
                  columnGap: 12,
                }}
              >
                {keys.map((k) => (
                  <div key={k} style={{ display: 'contents' }}>
                    <dt>{t(`home.qms.${k}`)}</dt>
                    <dd style={{ margin: 0, textAlign: 'right' }}>
                      <Value k={k} f={r} qms={qms} unitId={r.unitId} />
                    </dd>
                  </div>
                ))}
              </dl>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<Row>
          data-testid="qms-table"
          rowKey="unitId"
          size="small"
          pagination={false}
          dataSource={rows}
          tableLayout="fixed"
          columns={[
            {
              key: 'unit',
              title: t('home.qms.unit'),
              width: '28%',
              render: (_, r) => (
                <span style={{ paddingLeft: 12 * r.depth, whiteSpace: 'normal', wordBreak: 'break-word' }}>
                  {r.unitName}
                </span>
              ),
            },
            ...keys.map((k) => ({
              key: k,
              title: <span style={{ whiteSpace: 'normal' }}>{t(`home.qms.${k}`)}</span>,
              align: 'right' as const,
              render: (_: unknown, r: Row) => <Value k={k} f={r} qms={qms} unitId={r.unitId} />,
            })),
          ]}
        />
      )}
      {quiet > 0 && rows.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('home.qms.quiet', { count: formatNumber(quiet) })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
