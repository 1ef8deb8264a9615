// The app's logger: one JSON line per entry on stdout/stderr (Twenty keeps function output; `twenty dev:function:logs`),
// with every secret value of the run scrubbed from messages and fields (PREAMBLE: secrets never in logs).
import { isSecret } from 'server/host/secret';

export interface AppLog {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type LogSink = (level: 'info' | 'warn' | 'error', line: string) => void;

const consoleSink: LogSink = (level, line) => (level === 'info' ? console.log(line) : console.error(line));

const MIN_SECRET_LENGTH = 4;

export function createLog(secretValues: string[], sink: LogSink = consoleSink): AppLog {
  const secrets = secretValues.filter((value) => value.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  const scrub = (text: string): string => secrets.reduce((out, value) => out.split(value).join('[redacted]'), text);
  const toJson = (value: unknown): string =>
    JSON.stringify(value, (_key, inner: unknown) => {
      if (isSecret(inner)) return '[redacted]';
      if (inner instanceof Error) return { name: inner.name, message: inner.message };
      if (typeof inner === 'bigint') return inner.toString();
      return inner;
    });
  const write = (level: 'info' | 'warn' | 'error') => (message: string, fields?: Record<string, unknown>) =>
    sink(level, scrub(toJson({ level, message, ...(fields ?? {}) })));
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
