import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

export const DEFAULT_MAIL_FROM = "SP Portal <no-reply@sp-portal.example>";

type MailEnv = Record<string, string | undefined>;

/** Whether an SMTP server is configured. Without one, mail stays in the outbox, visible (R1). */
export function smtpConfigured(env: MailEnv = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}

export function mailFrom(env: MailEnv = process.env): string {
  return env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
}

/**
 * The SMTP transport named by SMTP_URL (smtp://user:pass@host:587, or smtps://… for TLS from the
 * start), sending as MAIL_FROM; null when SMTP_URL is unset. Short timeouts: a server that hangs must
 * not hold a message past its lease in deliverDueMail (nodemailer's default socket timeout is 10 min).
 */
export function createMailTransport(env: MailEnv = process.env): Transporter | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  // SP_SMTP_NAME: the name this instance gives in EHLO (default: the host name), e.g. one per instance.
  const name = env.SP_SMTP_NAME?.trim() || undefined;
  return nodemailer.createTransport(
    { url, name, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 },
    { from: mailFrom(env) },
  );
}
