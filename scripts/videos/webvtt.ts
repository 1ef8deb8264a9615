// WebVTT caption files (https://www.w3.org/TR/webvtt1/): the cues back to back, the language in a `Language:` header
// line as players and video sites read it.
import type { Language } from 'plugin/constants/plural';

export interface CaptionCue {
  start: number;
  end: number;
  lines: string[];
}

export interface CaptionFile {
  language: string | undefined;
  cues: CaptionCue[];
}

const timestamp = (seconds: number) => {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

export function toWebVtt(language: Language, cues: CaptionCue[]): string {
  const blocks = cues.map(
    (cue, index) => `${index + 1}\n${timestamp(cue.start)} --> ${timestamp(cue.end)}\n${cue.lines.join('\n')}`,
  );
  return `WEBVTT\nKind: captions\nLanguage: ${language}\n\n${blocks.join('\n\n')}\n`;
}

const seconds = (text: string) => {
  const [h, m, s] = text.split(':').map(Number) as [number, number, number];
  return h * 3600 + m * 60 + s;
};

export function parseWebVtt(text: string): CaptionFile {
  const [header = '', ...blocks] = text
    .replace(/\r\n/g, '\n')
    .trim()
    .split(/\n{2,}/);
  if (!header.startsWith('WEBVTT')) throw new Error('Not a WebVTT file: it must start with "WEBVTT".');
  const language = /^Language:\s*(\S+)$/m.exec(header)?.[1];
  const cues = blocks.map((block) => {
    const lines = block.split('\n');
    const timing = lines.findIndex((line) => line.includes('-->'));
    const match = /^(\d{2}:\d{2}:\d{2}\.\d{3}) --> (\d{2}:\d{2}:\d{2}\.\d{3})/.exec(lines[timing] ?? '');
    if (!match) throw new Error(`A WebVTT cue without a timing line: "${block}".`);
    return { start: seconds(match[1]!), end: seconds(match[2]!), lines: lines.slice(timing + 1) };
  });
  return { language, cues };
}
