import { Checkbox, Flex, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { accessRegimes } from '../../../../contract/record-files.ts';
import { PersonSelect } from '../../org/people/PersonSelect.tsx';

/** A person picker that works as a Form.Item child (the form passes value and onChange). */
export function PersonField(props: {
  id?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
}) {
  return (
    <PersonSelect value={props.value} onChange={(id) => props.onChange?.(id)} style={{ width: '100%' }} />
  );
}

export function RegimeField(props: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      id={props.id}
      value={props.value}
      onChange={props.onChange}
      options={accessRegimes.map((r) => ({ value: r, label: t(`recordFiles.regime.${r}`) }))}
    />
  );
}

/** Retention as the API takes it: a number of years, or null for permanent. */
export function RetentionField(props: {
  id?: string;
  value?: number | null;
  onChange?: (v: number | null | undefined) => void;
}) {
  const { t } = useTranslation();
  const permanent = props.value === null;
  return (
    <Flex gap={12} align="center">
      <InputNumber
        id={props.id}
        min={1}
        max={100}
        disabled={permanent}
        value={permanent ? undefined : props.value}
        onChange={(v) => props.onChange?.(v ?? undefined)}
        suffix={t('recordFiles.years', { count: 2 }).replace(/^\d+\s*/, '')}
        style={{ width: 140 }}
      />
      <Checkbox checked={permanent} onChange={(e) => props.onChange?.(e.target.checked ? null : undefined)}>
        {t('recordFiles.openModal.permanent')}
      </Checkbox>
    </Flex>
  );
}
