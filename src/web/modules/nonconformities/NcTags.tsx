import { Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { NcState } from '../../../contract/nonconformities.ts';
import { tagColours } from '../documents/DocumentStateTag.tsx';

/**
 * The shared tag colours (contrast 4.5:1; antd's preset "success"/"processing" tags are too
 * pale to read): open work blue, waiting for someone gold, closed green, major red.
 */
const colours: Record<NcState, CSSProperties | undefined> = {
  draft: tagColours.grey,
  analysed: tagColours.blue,
  in_progress: tagColours.blue,
  awaiting_verification: tagColours.gold,
  closed: tagColours.green,
  cancelled: undefined,
};

export function NcStateTag({ state }: { state: NcState }) {
  const { t } = useTranslation();
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...colours[state] }}>
      {t(`nonconformities.states.${state}`)}
    </Tag>
  );
}

export function GradeTag({ grade }: { grade: 'major' | 'minor' }) {
  const { t } = useTranslation();
  return (
    <Tag
      variant="outlined"
      style={{ marginInlineEnd: 0, ...(grade === 'major' ? tagColours.red : undefined) }}
    >
      {t(`nonconformities.grades.${grade}`)}
    </Tag>
  );
}
