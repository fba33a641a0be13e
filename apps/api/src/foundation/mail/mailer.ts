import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** Sends email; a throw is a failed attempt (the job that called it is retried). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * Email over SMTP with nodemailer (SMTP_URL, e.g. `smtps://user:password@mail.camau.gov.vn:465`, and MAIL_FROM);
 * null when no SMTP server is configured: reminders then reach people in the app only.
 */
export function createMailer(settings: { smtpUrl: string | null; from: string }): Mailer | null {
  if (!settings.smtpUrl) return null;
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from: settings.from, ...message });
    },
  };
}
