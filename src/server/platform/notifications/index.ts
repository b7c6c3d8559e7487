/*
 * Notifications: one row per person per event (the bell, the list), each person's channel
 * per kind, and the daily e-mail digest. Modules raise events with `notify`; the kinds and
 * their labels are listed in contract/notification-kinds.ts (one line per kind).
 */
export { type Contact, type ContactLookup, sendDigests } from './digest.ts';
export { notificationsRoutes } from './notifications.routes.ts';
export { type NotificationEvent, notify, type Recipient } from './notify.ts';
