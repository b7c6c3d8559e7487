import type { CSSProperties } from 'react';

/** A filter control above a list: shares the row on wide screens, a full row on a phone. */
export const filterStyle = (basis = 220): CSSProperties => ({
  flex: `1 1 ${basis}px`,
  maxWidth: 360,
  minWidth: 0,
});
