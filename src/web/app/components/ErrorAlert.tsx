import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '../api.ts';

type Props = {
  error: unknown;
  /** The details to list (by default all of the error's; forms pass those no field shows). */
  details?: FieldError[];
  /** Offered when the record changed under the person (409). */
  onReload?: () => void;
};

/** The server's message for a failed request, with what to do next. */
export function ErrorAlert({ error, details, onReload }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const list = details ?? apiError?.details ?? [];
  const stale = apiError?.stale && onReload;
  // Every detail already sits on its field: the form says it better than a banner.
  if (details && details.length === 0 && apiError && apiError.details.length > 0 && !stale) return null;
  return (
    <Alert
      type={stale ? 'warning' : 'error'}
      showIcon
      style={{ marginBottom: 16 }}
      title={apiError?.message ?? t('errors.unexpected', { status: '?' })}
      description={
        list.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {list.map((d) => (
              <li key={`${d.path}:${d.message}`}>{d.message}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={
        stale ? (
          <Button size="small" onClick={onReload}>
            {t('errors.reloadLatest')}
          </Button>
        ) : undefined
      }
    />
  );
}
