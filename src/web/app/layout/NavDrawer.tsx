import { Drawer } from 'antd';
import type { Me } from '../../../contract/auth.ts';
import { Brand } from './Brand.tsx';
import { NavMenu } from './nav.tsx';
import { UnitSwitcher } from './UnitSwitcher.tsx';

type Props = { me: Me; open: boolean; onClose: () => void };

/** The navigation on a phone (under 768 px); AppLayout loads it only there. */
export function NavDrawer({ me, open, onClose }: Props) {
  return (
    <Drawer
      placement="left"
      open={open}
      onClose={onClose}
      size={288}
      title={<Brand />}
      styles={{ body: { padding: 0 } }}
    >
      {me.units.length > 1 && (
        <div style={{ padding: '12px 16px' }}>
          <UnitSwitcher block />
        </div>
      )}
      <NavMenu me={me} onNavigate={onClose} />
    </Drawer>
  );
}
