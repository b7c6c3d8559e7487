import './texts.ts';
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, List, Tag, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClockLevel, StatutoryClock } from '../../../../contract/steering-reports.ts';
import { api } from '../../../app/api.ts';
import { tagColours } from '../../documents/DocumentStateTag.tsx';

const levelColours = { green: tagColours.green, amber: tagColours.gold, red: tagColours.red };

const icons: Record<ClockLevel, { icon: typeof CheckCircleFilled; color: string }> = {
  green: { icon: CheckCircleFilled, color: '#237804' },
  amber: { icon: ExclamationCircleFilled, color: '#ad6800' },
  red: { icon: CloseCircleFilled, color: '#a8071a' },
};

/** The statutory clock (QĐ 19/2014): each line green / amber / red with the screen that fixes it. */
export function StatutoryClockCard({ style }: { style?: CSSProperties }) {
  const { t } = useTranslation();
  const clock = useQuery({
    queryKey: ['steering-reports', 'clock'],
    queryFn: () => api.get<StatutoryClock>('/steering/reports/clock'),
  });
  if (!clock.data) return null;
  return (
    <Card
      title={`${t('steeringReports.clock.title')} ${clock.data.year}`}
      style={style}
      data-testid="statutory-clock"
    >
      <List
        dataSource={clock.data.lines}
        renderItem={(line) => {
          const { icon: Icon, color } = icons[line.level];
          return (
            <List.Item
              key={line.key}
              actions={[
                <Link
                  key="fix"
                  to={line.link}
                  aria-label={`${t('steeringReports.clock.fix')}: ${line.title}`}
                >
                  {t('steeringReports.clock.fix')}
                </Link>,
              ]}
            >
              <Flex gap={12} align="flex-start">
                <Icon aria-hidden style={{ color, fontSize: 18, marginTop: 3 }} />
                <div>
                  <Flex gap={8} wrap align="center">
                    <Typography.Text strong>{line.title}</Typography.Text>
                    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...levelColours[line.level] }}>
                      {t(`steeringReports.clock.levels.${line.level}`)}
                    </Tag>
                  </Flex>
                  <Typography.Text>{line.text}</Typography.Text>
                </div>
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
