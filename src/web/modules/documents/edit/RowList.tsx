import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  name: (string | number)[];
  /** "Tài liệu viện dẫn 2": the group's name for each row. */
  legend: (index: number) => string;
  addLabel: string;
  empty: string;
  newRow: () => object;
  /** The row's fields, named under the row's index. */
  children: (row: number) => ReactNode;
};

/** A bordered row; its legend names the group for screen readers and the delete button. */
export const rowStyle: CSSProperties = {
  position: 'relative',
  border: '1px solid #e5e5e5',
  borderRadius: 8,
  padding: '8px 12px 0',
  margin: '0 0 12px',
  minWidth: 0,
};
export const legendStyle: CSSProperties = {
  fontWeight: 600,
  fontSize: 14,
  color: 'rgba(0, 0, 0, 0.88)',
  width: 'auto',
  padding: '0 4px',
  margin: 0,
  border: 'none',
};

/** A repeatable group of fields (references, definitions, forms, records), each row a fieldset. */
export function RowList({ name, legend, addLabel, empty, newRow, children }: Props) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
              {empty}
            </Typography.Paragraph>
          )}
          {fields.map((field, index) => (
            <fieldset key={field.key} style={rowStyle}>
              <legend style={legendStyle}>{legend(index)}</legend>
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined aria-hidden />}
                onClick={() => remove(index)}
                aria-label={`${t('common.delete')} ${legend(index)}`}
                style={{ position: 'absolute', insetInlineEnd: 8, top: 8 }}
              >
                {t('common.delete')}
              </Button>
              {children(field.name)}
            </fieldset>
          ))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add(newRow())}>
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}
