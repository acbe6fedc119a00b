import nodemailer from "nodemailer";
import { getConfig } from "~/kit/config.server";

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** What the reminders need from a mail transport (nodemailer's transporter, or a stub in tests). */
export interface Mailer {
  from: string;
  sendMail(message: MailMessage): Promise<unknown>;
}

let configured: Mailer | null | undefined;

/** The SMTP mailer from SMTP_URL and SMTP_FROM, or null when e-mail is not configured. */
export function getConfiguredMailer(): Mailer | null {
  if (configured !== undefined) return configured;
  const { SMTP_URL, SMTP_FROM } = getConfig();
  if (!SMTP_URL || !SMTP_FROM) {
    configured = null;
    return configured;
  }
  const transport = nodemailer.createTransport(SMTP_URL);
  configured = { from: SMTP_FROM, sendMail: (message) => transport.sendMail(message) };
  return configured;
}

export function isMailConfigured(): boolean {
  return getConfiguredMailer() !== null;
}
