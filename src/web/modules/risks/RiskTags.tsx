import { Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { type RiskLevel, type RiskState, riskLevelNames, riskStateNames } from '../../../contract/risks.ts';
import { pick } from '../../app/i18n/index.ts';
import { tagColours } from '../documents/DocumentStateTag.tsx';

/** Waiting for a plan gold, being treated blue, closed green: the colours every state of the app uses. */
const stateColours: Record<RiskState, CSSProperties | undefined> = {
  open: tagColours.gold,
  treating: tagColours.blue,
  closed: tagColours.green,
};
const levelColours: Record<RiskLevel, CSSProperties | undefined> = {
  low: tagColours.grey,
  medium: tagColours.gold,
  high: tagColours.red,
};

export function RiskStateTag({ state }: { state: RiskState }) {
  useTranslation(); // the name follows a change of language
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...stateColours[state] }}>
      {pick(riskStateNames[state])}
    </Tag>
  );
}

/** The level, with its score when given ("Cao · 16"). */
export function RiskLevelTag({ level, score }: { level: RiskLevel; score?: number }) {
  useTranslation();
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...levelColours[level] }}>
      {pick(riskLevelNames[level])}
      {score === undefined ? '' : ` · ${score}`}
    </Tag>
  );
}
