import nodemailer, { type Transporter } from 'nodemailer';

const transports = new Map<string, Transporter>();

/** One pooled nodemailer transport per SMTP_URL (smtp:// or smtps://, credentials in the URL). */
export function transportFor(smtpUrl: string): Transporter {
  let t = transports.get(smtpUrl);
  if (!t) {
    t = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, t);
  }
  return t;
}

/** Closes the transports (tests, shutdown). */
export function closeTransports(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}

/** The sender: `MAIL_FROM`-like default derived from the public URL's host. */
export function fromAddress(publicUrl: string): string {
  const host = new URL(publicUrl).hostname;
  return `Rapport <no-reply@${host.includes('.') ? host : `${host}.localdomain`}>`;
}
