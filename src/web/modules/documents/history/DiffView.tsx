import { Tag, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  FieldChange,
  ItemChange,
  TextSegment,
  VersionDiff,
} from '../../../../contract/document-reports.ts';
import { formatDate, formatNumber } from '../../../app/format.ts';
import { tagColours } from '../DocumentStateTag.tsx';
import { issueNoText, sectionTitle } from '../names.ts';

const added: CSSProperties = { background: '#d9f7be', color: '#092b00', textDecorationThickness: 1 };
const removed: CSSProperties = { background: '#ffccc7', color: '#5c0011' };

/** Added words green and underlined, removed ones red and struck; screen readers hear which. */
function Added({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ins style={added}>
      <span className="sr-only">[{t('documents.diff.addedMark')}] </span>
      {children}
    </ins>
  );
}
function Removed({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <del style={removed}>
      <span className="sr-only">[{t('documents.diff.removedMark')}] </span>
      {children}
    </del>
  );
}

function Segments({ segments }: { segments: TextSegment[] }) {
  return (
    <span style={{ whiteSpace: 'pre-wrap' }}>
      {segments.map((s, i) => {
        const key = `${i}-${s.kind}`;
        if (s.kind === 'added') return <Added key={key}>{s.text}</Added>;
        if (s.kind === 'removed') return <Removed key={key}>{s.text}</Removed>;
        return <span key={key}>{s.text}</span>;
      })}
    </span>
  );
}

const show = (v: FieldChange['from']) => (v === null || v === '' ? '—' : String(v));

function FieldRow({ change }: { change: FieldChange }) {
  const { t } = useTranslation();
  const name = t(`documents.diff.fields.${change.field as 'action'}`, { defaultValue: change.field });
  let value: ReactNode;
  if (change.segments) value = <Segments segments={change.segments} />;
  else if (change.from === null) value = <Added>{show(change.to)}</Added>;
  else if (change.to === null) value = <Removed>{show(change.from)}</Removed>;
  else
    value = (
      <>
        <Removed>{show(change.from)}</Removed> → <Added>{show(change.to)}</Added>
      </>
    );
  return (
    <tr>
      <th
        scope="row"
        style={{ textAlign: 'start', fontWeight: 500, padding: '4px 12px 4px 0', verticalAlign: 'top' }}
      >
        {name}
      </th>
      <td style={{ padding: '4px 0' }}>{value}</td>
    </tr>
  );
}

const kindColour = { added: tagColours.green, removed: tagColours.red, changed: tagColours.blue };

function Item({ item, isStep }: { item: ItemChange; isStep: boolean }) {
  const { t } = useTranslation();
  const moved =
    item.kind === 'changed' && item.fromPosition !== item.toPosition
      ? t('documents.diff.moved', { from: item.fromPosition, to: item.toPosition })
      : null;
  return (
    <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px', marginBottom: 8 }}>
      <Typography.Text strong>
        {isStep ? `${t('documents.diff.step', { id: item.key })}: ` : ''}
        {item.label}
      </Typography.Text>{' '}
      <Tag variant="outlined" style={kindColour[item.kind]}>
        {t(`documents.diff.kind.${item.kind}`)}
      </Tag>
      {moved && <Typography.Text type="secondary">{moved}</Typography.Text>}
      <table style={{ width: '100%', marginTop: 4 }}>
        <tbody>
          {item.fields.map((f) => (
            <FieldRow key={f.field} change={f} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The comparison of two versions, section by section, with the steps' fields from → to. */
export function DiffView({ diff }: { diff: VersionDiff }) {
  const { t } = useTranslation();
  const changed = diff.sections.filter((s) => s.changed);
  const same = diff.sections.filter((s) => !s.changed);
  const ref = (v: VersionDiff['from']) =>
    t('documents.diff.ref', {
      issueNo: issueNoText(v.issueNo),
      date: v.issueDate ? formatDate(v.issueDate) : '—',
    });
  return (
    <section aria-label={t('documents.diff.label')} style={{ marginTop: 16 }}>
      <Typography.Paragraph>
        {t('documents.diff.heading', { from: ref(diff.from), to: ref(diff.to) })}
        {diff.where && (
          <>
            {' '}
            <Typography.Text type="secondary">
              {t('documents.diff.where', { where: diff.where })}
            </Typography.Text>
          </>
        )}
      </Typography.Paragraph>
      {!diff.changed && <Typography.Paragraph>{t('documents.diff.identical')}</Typography.Paragraph>}
      {changed.map((s) => (
        <section key={s.section} style={{ marginBottom: 20 }}>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {sectionTitle(s.section)}
          </Typography.Title>
          {s.text && (
            <Typography.Paragraph>
              <Segments segments={s.text} />
            </Typography.Paragraph>
          )}
          {s.items?.map((item) => (
            <Item key={`${item.kind}-${item.key}`} item={item} isStep={s.section === 'steps'} />
          ))}
          {s.unchangedItems ? (
            <Typography.Text type="secondary">
              {t('documents.diff.unchangedItems', { n: formatNumber(s.unchangedItems) })}
            </Typography.Text>
          ) : null}
        </section>
      ))}
      {diff.changed && same.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('documents.diff.unchangedSections', {
            sections: same.map((s) => sectionTitle(s.section)).join('; '),
          })}
        </Typography.Paragraph>
      )}
    </section>
  );
}
