import { Alert, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormError } from '../forms.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

type Props<V> = {
  open: boolean;
  title: ReactNode;
  okText: string;
  onCancel: () => void;
  /** Sends the values; a thrown ApiError lands on the fields and in the alert, values stay. */
  onSubmit: (values: V, form: FormInstance<V>) => Promise<void>;
  /** On 409: fetch the latest record, keep what was typed (forms.ts keepTyped), take its version. */
  onReload?: (form: FormInstance<V>) => Promise<void>;
  initialValues?: Partial<V>;
  /** Words above the fields, saying what will happen. */
  intro?: ReactNode;
  danger?: boolean;
  width?: number;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
  /** Prefixes the fields' ids, which must be unique on the page. */
  name: string;
  /** When the caller watches fields (Form.useWatch), it passes its own instance. */
  form?: FormInstance<V>;
};

/** Every create/edit dialog: one form, the server's errors on its fields, nothing typed lost. */
export function FormModal<V extends object>(props: Props<V>) {
  const {
    open,
    title,
    okText,
    onCancel,
    onSubmit,
    onReload,
    initialValues,
    intro,
    danger,
    width,
    children,
    name,
  } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<V>(props.form);
  const failure = useFormError(form);
  const [busy, setBusy] = useState(false);
  const [reloaded, setReloaded] = useState(false);

  useEffect(() => {
    if (!open) {
      failure.clear();
      setReloaded(false);
    }
  }, [open, failure.clear]);

  const submit = async (values: V) => {
    setBusy(true);
    failure.clear();
    setReloaded(false);
    try {
      await onSubmit(values, form);
    } catch (e) {
      failure.capture(e);
    } finally {
      setBusy(false);
    }
  };

  const reload = onReload
    ? async () => {
        try {
          await onReload(form);
          failure.clear();
          setReloaded(true);
        } catch (e) {
          failure.capture(e);
        }
      }
    : undefined;

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={busy}
      okButtonProps={{ danger }}
      destroyOnHidden
      width={width ?? 560}
      mask={{ closable: false }}
    >
      {intro}
      <ErrorAlert error={failure.error} details={failure.unplaced} onReload={reload} />
      {reloaded && (
        <Alert type="info" showIcon title={t('errors.staleReloaded')} style={{ marginBottom: 16 }} />
      )}
      <Form<V>
        form={form}
        name={name}
        layout="vertical"
        requiredMark="optional"
        initialValues={initialValues}
        onFinish={submit}
        preserve={false}
      >
        {typeof children === 'function' ? children(form) : children}
        {/* Enter in a field submits the dialog's form. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
