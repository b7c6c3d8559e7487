import './texts.ts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type DirectiveStatus,
  directiveStatusNames,
  type MeetingState,
  meetingStateNames,
} from '../../../contract/steering.ts';

const green = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };
const red = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };
const blue = { color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' };
const amber = { color: '#7c4a00', background: '#fffbe6', borderColor: '#ffe58f' };

const lang = (l: string) => (l.startsWith('en') ? 'en' : 'vi');

export function MeetingStateTag({ state }: { state: MeetingState }) {
  const { i18n } = useTranslation();
  const style = state === 'concluded' ? green : state === 'planned' ? undefined : blue;
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...style }}>
      {meetingStateNames[state][lang(i18n.language)]}
    </Tag>
  );
}

export function DirectiveStatusTag({ status }: { status: DirectiveStatus }) {
  const { i18n } = useTranslation();
  const style = { open: blue, overdue: red, done: green, done_late: amber }[status];
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...style }}>
      {directiveStatusNames[status][lang(i18n.language)]}
    </Tag>
  );
}
