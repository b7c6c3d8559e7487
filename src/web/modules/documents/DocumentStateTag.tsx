import { Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentView, VersionState, VersionView } from '../../../contract/documents.ts';
import { stateName } from './names.ts';

/**
 * UX.md: draft grey, in review blue, submitted gold, in force green, superseded default,
 * returned red. Darker text than antd's presets so the tags pass WCAG AA contrast.
 */
const grey = { color: '#262626', background: '#f0f0f0', borderColor: '#bfbfbf' };
const blue = { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' };
const gold = { color: '#7c4a03', background: '#fffbe6', borderColor: '#ffd666' };
const green = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };
const red = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };
/** The palette, for other tags that speak of good and bad (signature valid, not yet read). */
export const tagColours = { grey, blue, gold, green, red };

const colours: Record<VersionState, CSSProperties | undefined> = {
  draft: grey,
  unit_review: blue,
  secretariat_check: blue,
  submitted: gold,
  approved: green,
  in_force: green,
  superseded: undefined,
  withdrawn: undefined,
  cancelled: undefined,
};

/** A version's state; a draft sent back with comments shows red ("bị trả lại"). */
export function VersionStateTag({ state, returned }: { state: VersionState; returned?: boolean }) {
  const { t } = useTranslation();
  const isReturned = returned && state === 'draft';
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...(isReturned ? red : colours[state]) }}>
      {isReturned ? t('documents.state.returned') : stateName(state)}
    </Tag>
  );
}

/** The document as a whole: in force, withdrawn, or not issued yet. */
export function DocumentStatusTag({ status }: { status: DocumentView['status'] }) {
  const { t } = useTranslation();
  if (status === 'none')
    return (
      <Tag variant="outlined" style={{ marginInlineEnd: 0, ...grey }}>
        {t('documents.state.notIssued')}
      </Tag>
    );
  return <VersionStateTag state={status} />;
}

/** The last event sent the draft back (review, check or approval returned it). */
export const wasReturned = (v: Pick<VersionView, 'state' | 'events'>) =>
  v.state === 'draft' && (v.events.at(-1)?.action.endsWith('_return') ?? false);
