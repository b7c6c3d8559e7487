import type { ReactNode } from 'react';

/**
 * A table that may be wider than a phone, in a region the keyboard can scroll (axe:
 * scrollable-region-focusable). For tables with links or buttons antd's own scroll is enough.
 */
export function ScrollX({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard.
    <section aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      {children}
    </section>
  );
}
