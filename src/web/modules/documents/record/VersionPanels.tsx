import { Alert, Card, Descriptions, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentView, VersionView } from '../../../../contract/documents.ts';
import { formatDate } from '../../../app/format.ts';
import { wasReturned } from '../DocumentStateTag.tsx';
import { issueNoText, stateName } from '../names.ts';

export /** The versions this person may read, newest first, with the facts of the chosen one. */
function VersionPicker({
  document: d,
  versionId,
  onChange,
}: {
  document: DocumentView;
  versionId?: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const chosen = d.versions.find((x) => x.id === versionId);
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex gap={16} wrap align="center">
        <Flex gap={8} align="center" style={{ flex: '1 1 320px', maxWidth: 480 }}>
          <label htmlFor="version-picker" style={{ whiteSpace: 'nowrap' }}>
            {t('documents.record.version')}
          </label>
          <Select
            id="version-picker"
            value={versionId}
            onChange={onChange}
            style={{ flex: 1, minWidth: 0 }}
            options={d.versions.map((x) => ({
              value: x.id,
              label: t('documents.record.versionOption', {
                issueNo: issueNoText(x.issueNo),
                state: stateName(x.state),
              }),
            }))}
          />
        </Flex>
        {chosen && (
          <Flex gap="4px 20px" wrap style={{ flex: '3 1 480px' }}>
            {[
              [t('documents.fields.issueNo'), issueNoText(chosen.issueNo)],
              [t('documents.fields.decisionNo'), chosen.decisionNo ?? '—'],
              [t('documents.fields.issueDate'), formatDate(chosen.issueDate)],
              [t('documents.fields.effectiveDate'), formatDate(chosen.effectiveDate)],
            ].map(([label, value]) => (
              <span key={label} style={{ whiteSpace: 'nowrap' }}>
                <Typography.Text type="secondary">{label}:</Typography.Text> {value}
              </span>
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

/** What the reader must know first: superseded, returned with comments, a change under way. */
export function Notices({
  document: d,
  version: v,
  onOpen,
}: {
  document: DocumentView;
  version: VersionView;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const lastReturn = [...v.events].reverse().find((e) => e.action.endsWith('_return'));
  const newer = d.versions.find(
    (x) => x.id !== v.id && !['superseded', 'withdrawn', 'cancelled'].includes(x.state),
  );
  const style = { marginBottom: 16 };
  return (
    <>
      {(v.state === 'superseded' || v.state === 'withdrawn') && (
        <Alert
          type="warning"
          showIcon
          style={style}
          title={t(v.state === 'superseded' ? 'documents.record.superseded' : 'documents.record.withdrawn', {
            date: formatDate(v.endDate),
          })}
          action={
            d.currentVersionId && (
              <Typography.Link onClick={() => onOpen(d.currentVersionId ?? '')}>
                {t('documents.record.openCurrent')}
              </Typography.Link>
            )
          }
        />
      )}
      {wasReturned(v) && lastReturn && (
        <Alert
          type="error"
          showIcon
          style={style}
          title={t('documents.record.returnedBy', {
            name: lastReturn.actorName,
            time: formatDate(lastReturn.at),
          })}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{lastReturn.comment}</span>}
        />
      )}
      {v.state === 'in_force' && newer && newer.id !== v.id && (
        <Alert
          type="info"
          showIcon
          style={style}
          title={t('documents.record.changeUnderWay', {
            issueNo: issueNoText(newer.issueNo),
            state: stateName(newer.state),
          })}
          action={
            <Typography.Link onClick={() => onOpen(newer.id)}>
              {t('documents.record.openChange')}
            </Typography.Link>
          }
        />
      )}
      {v.state !== 'in_force' && v.state !== 'superseded' && v.state !== 'withdrawn' && (
        <Descriptions
          size="small"
          bordered
          column={1}
          style={style}
          items={[
            {
              key: 'kind',
              label: t('documents.record.changeKind'),
              children: t(`documents.change.kind.${v.changeKind}`),
            },
            { key: 'reason', label: t('documents.change.reason'), children: v.changeReason },
            ...(v.legalBasis
              ? [{ key: 'legalBasis', label: t('documents.change.legalBasis'), children: v.legalBasis }]
              : []),
            { key: 'unit', label: t('documents.record.requestingUnit'), children: v.requestingUnitName },
            { key: 'by', label: t('documents.record.draftedBy'), children: v.draftedByName ?? '—' },
          ]}
        />
      )}
    </>
  );
}
