/** The secret with all but its prefix and last four characters hidden: "whsec_••••••••AbCd". */
export function maskSecret(secret: string): string {
  const prefix = secret.startsWith('whsec_') ? 'whsec_' : '';
  const tail = secret.length - prefix.length > 8 ? secret.slice(-4) : '';
  return `${prefix}${'•'.repeat(12)}${tail}`;
}

/** A short Node.js check of a delivery with the standardwebhooks library, for the "how to verify" hint. */
export function verifyExample(): string {
  return [
    "import { Webhook } from 'standardwebhooks';",
    '',
    '// body: the raw request body (a string), headers: the request headers',
    'const event = new Webhook(process.env.THIDUA_WEBHOOK_SECRET).verify(body, headers);',
  ].join('\n');
}
