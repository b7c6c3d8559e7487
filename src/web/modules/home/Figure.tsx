import { Card, Col, Grid, Typography, theme } from 'antd';
import { Link } from 'react-router';
import { formatNumber } from '../../app/format.ts';

type Props = { to: string; label: string; value: number; alert?: boolean };

/** One number on home; the whole card links to the list behind it. */
export function Figure({ to, label, value, alert }: Props) {
  const { token } = theme.useToken();
  const narrow = Grid.useBreakpoint().sm === false;
  return (
    <Col xs={12} lg={8} xxl={4}>
      <Link to={to} style={{ display: 'block', height: '100%' }}>
        <Card hoverable size={narrow ? 'small' : undefined} style={{ height: '100%' }}>
          <Typography.Text type="secondary">{label}</Typography.Text>
          <div
            style={{
              fontSize: narrow ? 26 : 32,
              fontWeight: 600,
              lineHeight: 1.3,
              color: alert ? '#a8071a' : token.colorText,
            }}
          >
            {formatNumber(value)}
          </div>
        </Card>
      </Link>
    </Col>
  );
}
