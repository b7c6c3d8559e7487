import { Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeState, RoundState } from '../../../contract/internal-audits.ts';
import { tagColours } from '../documents/DocumentStateTag.tsx';

const programmeColours: Record<ProgrammeState, CSSProperties | undefined> = {
  draft: tagColours.grey,
  submitted: tagColours.gold,
  approved: tagColours.green,
  returned: tagColours.red,
};
const roundColours: Record<RoundState, CSSProperties | undefined> = {
  planned: tagColours.grey,
  plan_published: tagColours.blue,
  in_progress: tagColours.blue,
  reporting: tagColours.gold,
  closed: tagColours.green,
};

export function ProgrammeStateTag({ state }: { state: ProgrammeState }) {
  const { t } = useTranslation();
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...programmeColours[state] }}>
      {t(`internalAudits.programmeStates.${state}`)}
    </Tag>
  );
}

export function RoundStateTag({ state }: { state: RoundState }) {
  const { t } = useTranslation();
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...roundColours[state] }}>
      {t(`internalAudits.roundStates.${state}`)}
    </Tag>
  );
}
