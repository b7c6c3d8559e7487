import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type VersionState, type VersionView, versionStates } from '../../../../contract/documents.ts';
import { EmptyText } from '../../../app/components/EmptyText.tsx';
import { formatDateTime } from '../../../app/format.ts';
import { stateName } from '../names.ts';

const isState = (s: string | null): s is VersionState => versionStates.includes(s as VersionState);

/** Quá trình xử lý: each step with who did it and their comments (returns stand out). */
export function EventsTab({ version }: { version: VersionView }) {
  const { t } = useTranslation();
  if (version.events.length === 0) return <EmptyText>{t('documents.events.empty')}</EmptyText>;
  return (
    <Timeline
      items={version.events.map((e) => {
        const isReturn = e.action.endsWith('_return');
        const known =
          e.action === 'import'
            ? t('documentImport.eventAction')
            : t(`documents.events.actions.${e.action as 'approve'}`, { defaultValue: e.action });
        return {
          key: `${e.at}-${e.action}`,
          color: isReturn ? 'red' : e.action === 'approve' ? 'green' : 'blue',
          content: (
            <div>
              <Typography.Text strong>{known}</Typography.Text>
              <Typography.Text type="secondary">
                {' — '}
                {e.actorName}, {formatDateTime(e.at, false)}
              </Typography.Text>
              {isState(e.toState) && (
                <div>
                  <Typography.Text type="secondary">
                    {t('documents.events.toState', { state: stateName(e.toState) })}
                  </Typography.Text>
                </div>
              )}
              {e.comment && (
                <blockquote
                  style={{
                    margin: '6px 0 0',
                    padding: '6px 12px',
                    borderInlineStart: `3px solid ${isReturn ? '#cf1322' : '#d9d9d9'}`,
                    background: isReturn ? '#fff1f0' : '#fafafa',
                    whiteSpace: 'pre-wrap',
                  }}
                >
                  {e.comment}
                </blockquote>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
