import nodemailer from 'nodemailer';

export type Mail = { to: string; subject: string; text: string };
/** Sends an e-mail; answers false when no SMTP server is configured or sending fails. */
export type Mailer = { send: (mail: Mail) => Promise<boolean> };

export function createMailer(
  config: { smtpUrl?: string; mailFrom: string },
  log?: { warn: (o: object, m: string) => void },
): Mailer {
  if (!config.smtpUrl) return { send: async () => false };
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    send: async (mail) => {
      try {
        await transport.sendMail({ from: config.mailFrom, ...mail });
        return true;
      } catch (error) {
        log?.warn({ err: error, to: mail.to }, 'mail not sent');
        return false;
      }
    },
  };
}
