import type { Db } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { mailOutbox } from './outbox.table.ts';

export type Mail = { agencyId?: string; to: string; subject: string; text: string };
/** Queues an e-mail; answers false when no SMTP server is configured (nothing is queued). */
export type Mailer = { send: (mail: Mail) => Promise<boolean> };
/** Hands one mail to the SMTP server; throws when it is not accepted. */
export type Transport = { deliver: (mail: Mail) => Promise<void> };

/**
 * The mailer every module uses: it writes the mail into the outbox, never talks to SMTP
 * inside a request. The `mail.flush` job sends the outbox (platform/mail/outbox.ts).
 */
export function createMailer(config: { smtpUrl?: string }, db: Db): Mailer {
  if (!config.smtpUrl) return { send: async () => false };
  return {
    send: async (mail) => {
      await db.insert(mailOutbox).values({
        id: newId(),
        agencyId: mail.agencyId ?? null,
        toAddress: mail.to,
        subject: mail.subject,
        body: mail.text,
      });
      return true;
    },
  };
}

export function createTransport(config: { smtpUrl?: string; mailFrom: string }): Transport | undefined {
  if (!config.smtpUrl) return undefined;
  // nodemailer loads with the first mail, not at start.
  let transport: Promise<import('nodemailer').Transporter> | undefined;
  return {
    deliver: async (mail) => {
      transport ??= import('nodemailer').then((m) => m.default.createTransport(config.smtpUrl));
      await (await transport).sendMail({
        from: config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
    },
  };
}
