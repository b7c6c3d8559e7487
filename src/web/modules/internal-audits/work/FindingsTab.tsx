import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findingKindNames, findingKinds } from '../../../../contract/internal-audits.ts';
import type { ChecklistView } from '../../../../contract/internal-audits-work.ts';
import { api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { FindingsList } from './FindingsList.tsx';
import { ia, useFindings, useName, useRefresh, useSamples } from './queries.ts';

type Values = {
  kind: string;
  clause?: string;
  procedureDocumentId?: string;
  description: string;
  evidence?: string;
  sampleIds?: string[];
};

/** Phát hiện of a unit's audit: recorded by its auditors during the audit. */
export function FindingsTab({ audit }: { audit: ChecklistView }) {
  const { t } = useTranslation();
  const name = useName();
  const refresh = useRefresh();
  const findings = useFindings(audit.roundAuditId);
  const samples = useSamples(audit.roundAuditId);
  const [recording, setRecording] = useState(false);
  return (
    <>
      <ErrorAlert error={findings.error} />
      {findings.data?.can.record && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setRecording(true)}>
          {t('auditWork.findings.record')}
        </Button>
      )}
      <FindingsList findings={findings.data?.items} loading={findings.isLoading} testId="findings" />
      <FormModal<Values>
        name="finding"
        open={recording}
        title={t('auditWork.findings.record')}
        okText={t('auditWork.findings.record')}
        initialValues={{ kind: 'minor' }}
        onCancel={() => setRecording(false)}
        onSubmit={async (v) => {
          await api.post(ia(`/round-audits/${audit.roundAuditId}/findings`), {
            kind: v.kind,
            clause: v.clause || null,
            procedureDocumentId: v.procedureDocumentId ?? null,
            description: v.description,
            evidence: v.evidence ?? '',
            sampleIds: v.sampleIds ?? [],
          });
          await refresh();
          setRecording(false);
        }}
      >
        <Form.Item name="kind" label={t('auditWork.findings.kind')} rules={[{ required: true }]}>
          <Select options={findingKinds.map((k) => ({ value: k, label: name(findingKindNames[k]) }))} />
        </Form.Item>
        <Form.Item name="clause" label={t('auditWork.findings.clause')}>
          <Input placeholder="7.5.3" />
        </Form.Item>
        <Form.Item name="procedureDocumentId" label={t('auditWork.samples.procedure')}>
          <Select
            allowClear
            options={audit.audit.procedures.map((p) => ({ value: p.id, label: `${p.code} ${p.title}` }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('auditWork.findings.description')}
          rules={[{ required: true }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="evidence" label={t('auditWork.findings.evidence')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="sampleIds" label={t('auditWork.findings.samples')}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={(samples.data?.items ?? []).map((s) => ({ value: s.id, label: s.itemLabel }))}
          />
        </Form.Item>
      </FormModal>
    </>
  );
}
