import { Alert, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Secret } from './Secret.tsx';

type Props = {
  /** The password or token; the dialog is open while it is set. */
  secret: string | null;
  title: ReactNode;
  warning: ReactNode;
  label: string;
  onClose: () => void;
  children?: ReactNode;
};

/** Shows a one-time password or token once; its Close button is the only way out (no click-away, no Esc). */
export function SecretModal({ secret, title, warning, label, onClose, children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={secret !== null}
      title={title}
      onCancel={onClose}
      footer={(_, { OkBtn }) => <OkBtn />}
      onOk={onClose}
      okText={t('common.close')}
      mask={{ closable: false }}
      closable={false}
      keyboard={false}
    >
      <Alert type="warning" showIcon title={warning} style={{ marginBottom: 16 }} />
      {secret && <Secret value={secret} label={label} />}
      {children}
    </Modal>
  );
}
