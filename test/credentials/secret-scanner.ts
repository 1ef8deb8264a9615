// Finds secret values in text: as written, and in the encodings a leak usually takes (base64, base64url, URL).
export interface Haystack {
  where: string;
  text: string;
}

export interface Finding {
  where: string;
  /** Which secret (by index in the list given), never the secret itself, so a failing test does not print it. */
  secretIndex: number;
  encoding: string;
}

const encodings = (secret: string): Array<[string, string]> => [
  ['plain', secret],
  ['base64', Buffer.from(secret).toString('base64').replace(/=+$/, '')],
  ['base64url', Buffer.from(secret).toString('base64url')],
  ['url', encodeURIComponent(secret)],
];

export function findSecrets(haystacks: Haystack[], secrets: string[]): Finding[] {
  const findings: Finding[] = [];
  secrets.forEach((secret, secretIndex) => {
    if (secret.length < 8) throw new Error(`Secret #${secretIndex} is too short to scan for without false alarms.`);
    for (const { where, text } of haystacks) {
      const seen = new Set<string>();
      for (const [encoding, form] of encodings(secret)) {
        if (seen.has(form)) continue; // an encoding that changes nothing is the plain form again
        seen.add(form);
        if (text.includes(form)) findings.push({ where, secretIndex, encoding });
      }
    }
  });
  return findings;
}
