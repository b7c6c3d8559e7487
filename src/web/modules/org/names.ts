import { unitKindNames, unitKinds } from '../../../contract/org.ts';
import { type Role, roleNames, roles } from '../../../contract/roles.ts';
import { pick } from '../../app/i18n/index.ts';

/** Display names from the contract's bilingual tables, in the current language. */
export const roleName = (role: Role) => pick(roleNames[role]);
export const kindName = (kind: (typeof unitKinds)[number]) => pick(unitKindNames[kind]);
export const roleOptions = () => roles.map((r) => ({ value: r, label: roleName(r) }));
export const kindOptions = () => unitKinds.map((k) => ({ value: k, label: kindName(k) }));
