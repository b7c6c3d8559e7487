import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureStep } from '../../../../contract/documents.ts';
import { ScrollX } from '../../../app/components/ScrollX.tsx';
import { formatNumber } from '../../../app/format.ts';
import { usePerformerLabel } from '../performers/usePerformerLabel.ts';

/** The steps table of section 5: who does what, in how many working days, with what form. */
export function StepsTable({ steps }: { steps: ProcedureStep[] }) {
  const { t } = useTranslation();
  const performer = usePerformerLabel();
  return (
    <ScrollX label={t('documents.content.stepsTable')}>
      <Table<ProcedureStep>
        rowKey="id"
        size="small"
        bordered
        pagination={false}
        dataSource={steps}
        columns={[
          { key: 'id', title: t('documents.step.id'), dataIndex: 'id', width: 64, align: 'center' },
          {
            key: 'action',
            title: t('documents.step.action'),
            render: (_, s) => (
              <div style={{ minWidth: 240 }}>
                {s.action}
                {s.condition && (
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                    {t('documents.step.branch', {
                      condition: s.condition,
                      yes: s.yesNext ?? t('documents.step.next'),
                      no: s.noNext ?? t('documents.step.next'),
                    })}
                  </Typography.Paragraph>
                )}
              </div>
            ),
          },
          { key: 'who', title: t('documents.step.who'), width: 200, render: (_, s) => performer(s) },
          {
            key: 'days',
            title: t('documents.step.durationDays'),
            width: 110,
            align: 'center',
            render: (_, s) => formatNumber(s.durationDays),
          },
          { key: 'output', title: t('documents.step.output'), dataIndex: 'output', width: 200 },
        ]}
      />
    </ScrollX>
  );
}
