import { Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentSection } from '../../../../contract/document-reports.ts';
import type { DocumentContent, VersionView } from '../../../../contract/documents.ts';
import { EmptyText } from '../../../app/components/EmptyText.tsx';
import { ScrollX } from '../../../app/components/ScrollX.tsx';
import { isProcedure, sectionTitle } from '../names.ts';
import { docPaths } from '../paths.ts';
import { apiPath } from '../queries.ts';
import { StepsTable } from './StepsTable.tsx';

const paragraphs = (text: string) =>
  text.split(/\n+/).map((line, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a fixed text.
    <Typography.Paragraph key={i} style={{ marginBottom: 8 }}>
      {line}
    </Typography.Paragraph>
  ));

function Section({ section, children }: { section: DocumentSection; children: ReactNode }) {
  return (
    <section style={{ marginBottom: 24 }}>
      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 0 }}>
        {sectionTitle(section)}
      </Typography.Title>
      {children}
    </section>
  );
}

/** The structured content laid out like the paper: sections 1–7 for a procedure, else the text. */
export function ContentView({ version: v }: { version: VersionView }) {
  const { t } = useTranslation();
  const c: DocumentContent = v.content;
  const procedure = isProcedure(v.type);
  const none = <EmptyText>{t('documents.content.none')}</EmptyText>;
  const show = (filled: boolean) => procedure || filled;
  return (
    <article style={{ maxWidth: 1100 }}>
      {show(Boolean(c.purpose)) && (
        <Section section="purpose">{c.purpose ? paragraphs(c.purpose) : none}</Section>
      )}
      {show(Boolean(c.scope)) && <Section section="scope">{c.scope ? paragraphs(c.scope) : none}</Section>}
      {show(c.references.length > 0) && (
        <Section section="references">
          {c.references.length === 0 ? (
            none
          ) : (
            <ul style={{ paddingInlineStart: 20, margin: 0 }}>
              {c.references.map((r) => (
                <li key={r.text} style={{ marginBottom: 4 }}>
                  {r.documentId ? <Link to={docPaths.document(r.documentId)}>{r.text}</Link> : r.text}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      {show(c.definitions.length > 0) && (
        <Section section="definitions">
          <ScrollX label={sectionTitle('definitions')}>
            <Table
              rowKey="term"
              size="small"
              pagination={false}
              dataSource={c.definitions}
              locale={{ emptyText: none }}
              columns={[
                { key: 'term', title: t('documents.content.term'), dataIndex: 'term', width: 220 },
                { key: 'meaning', title: t('documents.content.meaning'), dataIndex: 'meaning' },
              ]}
            />
          </ScrollX>
        </Section>
      )}
      {show(c.steps.length > 0) && (
        <Section section="steps">
          {c.steps.length === 0 ? (
            none
          ) : (
            <>
              <Typography.Title level={3} style={{ fontSize: 15 }}>
                {t('documents.content.flowchart')}
              </Typography.Title>
              <div style={{ overflowX: 'auto', marginBottom: 16, textAlign: 'center' }}>
                <img
                  src={`${apiPath.file(v.id, 'flowchart.svg')}?h=${v.contentHash.slice(0, 12)}`}
                  alt={t('documents.content.flowchartAlt', { code: v.code, n: c.steps.length })}
                  style={{ width: '100%', maxWidth: 720, height: 'auto', background: '#fff' }}
                />
              </div>
              <Typography.Title level={3} style={{ fontSize: 15 }}>
                {t('documents.content.stepsTable')}
              </Typography.Title>
              <StepsTable steps={c.steps} />
            </>
          )}
        </Section>
      )}
      {show(c.forms.length > 0) && (
        <Section section="forms">
          <ScrollX label={sectionTitle('forms')}>
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={c.forms}
              locale={{ emptyText: none }}
              columns={[
                {
                  key: 'code',
                  title: t('documents.fields.code'),
                  width: 160,
                  render: (_, f) =>
                    f.documentId ? <Link to={docPaths.document(f.documentId)}>{f.code}</Link> : f.code,
                },
                { key: 'title', title: t('documents.content.formTitle'), dataIndex: 'title' },
              ]}
            />
          </ScrollX>
        </Section>
      )}
      {show(c.records.length > 0) && (
        <Section section="records">
          <ScrollX label={sectionTitle('records')}>
            <Table
              rowKey="name"
              size="small"
              pagination={false}
              dataSource={c.records}
              locale={{ emptyText: none }}
              columns={[
                { key: 'name', title: t('documents.content.recordName'), dataIndex: 'name' },
                { key: 'keeper', title: t('documents.content.keeper'), dataIndex: 'keeper' },
                { key: 'location', title: t('documents.content.location'), dataIndex: 'location' },
                { key: 'retention', title: t('documents.content.retention'), dataIndex: 'retention' },
              ]}
            />
          </ScrollX>
        </Section>
      )}
      {c.body && <Section section="body">{paragraphs(c.body)}</Section>}
      {!procedure && !c.body && !c.purpose && !c.scope && (
        <EmptyText>{t('documents.content.empty')}</EmptyText>
      )}
    </article>
  );
}
