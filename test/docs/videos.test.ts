// The committed video tutorials (issue 20 item 5 "Done when"): every workflow `npm run docs:videos` records has an
// H.264 video and WebVTT captions per language in docs/videos/; each video decodes, is at most 5 MB at a modest size,
// lasts until its last cue; its captions are in its language, every line a text of that language's catalogue, the
// first saying it is the preview; and the screen under each cue visibly differs from the one under the cue before.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { LANGUAGES, messageTexts, type Language } from 'plugin/constants/plural';
import { CAPTIONS, caption } from '../../scripts/videos/messages';
import { parseWebVtt } from '../../scripts/videos/webvtt';
import { WORKFLOWS } from '../../scripts/videos/workflows';

const VIDEOS = resolve(__dirname, '..', '..', 'docs', 'videos');
const FFPROBE = process.env.FFPROBE_PATH ?? '/usr/bin/ffprobe';
const FFMPEG = process.env.FFMPEG_PATH ?? '/usr/bin/ffmpeg';
const MAX_BYTES = 5 * 2 ** 20;

function ffmpegAvailable(): boolean {
  if (existsSync(FFPROBE) && existsSync(FFMPEG)) return true;
  if (process.env.CI)
    throw new Error(`ffprobe/ffmpeg missing at ${FFPROBE}; scripts/install-system-deps.sh installs them.`);
  process.stderr.write(
    `Skipping the video checks: ffprobe/ffmpeg not found at ${FFPROBE} (apt-get install ffmpeg, or set FFPROBE_PATH).\n`,
  );
  return false;
}

const recorded = WORKFLOWS.filter((workflow) => !workflow.skip).flatMap((workflow) =>
  LANGUAGES.map((language) => ({ name: `${workflow.name}-${language}`, language })),
);

/** One frame at `seconds`, decoded to grey pixels at 320 px wide: what a viewer sees, without codec detail. */
function frameAt(video: string, seconds: number): Buffer {
  return execFileSync(
    FFMPEG,
    [
      ...['-v', 'error', '-ss', seconds.toFixed(3), '-i', video, '-frames:v', '1'],
      ...['-vf', 'scale=320:-2', '-f', 'rawvideo', '-pix_fmt', 'gray', '-'],
    ],
    { maxBuffer: 16 * 2 ** 20 },
  );
}

/** The share of pixels that changed by more than an eighth of the grey scale: encoding noise stays far below 0.5 %. */
function changedShare(a: Buffer, b: Buffer): number {
  let changed = 0;
  for (let i = 0; i < a.length; i += 1) if (Math.abs(a[i]! - (b[i] ?? 0)) > 32) changed += 1;
  return changed / a.length;
}

const run = ffmpegAvailable() ? describe : describe.skip;

describe('video captions catalogue', () => {
  it('has a Slovenian text for every English one, never the English text itself', () => {
    const english = new Set(Object.values(CAPTIONS.en).flatMap(messageTexts));
    for (const [key, message] of Object.entries(CAPTIONS.sl))
      for (const text of messageTexts(message)) expect([key, english.has(text)]).toEqual([key, false]);
  });
});

run('committed video tutorials (docs/videos)', () => {
  it('holds exactly a video and its captions per recorded workflow and language', () => {
    const expected = recorded.flatMap(({ name }) => [`${name}.mp4`, `${name}.vtt`]).sort();
    expect(
      readdirSync(VIDEOS)
        .filter((file) => /\.(mp4|vtt)$/.test(file))
        .sort(),
    ).toEqual(expected);
  });

  it.each(recorded)(
    '$name decodes, fits, lasts until its last cue, is captioned from its catalogue and moves at each cue',
    ({ name, language }: { name: string; language: Language }) => {
      const video = join(VIDEOS, `${name}.mp4`);
      expect(statSync(video).size).toBeLessThanOrEqual(MAX_BYTES);
      const probe = JSON.parse(
        execFileSync(FFPROBE, [
          ...['-v', 'error', '-select_streams', 'v:0', '-of', 'json'],
          ...['-show_entries', 'stream=codec_name,width,height:format=duration', video],
        ]).toString(),
      ) as { streams: Array<{ codec_name: string; width: number; height: number }>; format: { duration: string } };
      expect(probe.streams[0]).toMatchObject({ codec_name: 'h264' });
      expect(probe.streams[0]!.width).toBeLessThanOrEqual(1280);
      expect(probe.streams[0]!.height).toBeLessThanOrEqual(800);
      // Decoding the whole file reports nothing: no broken frame anywhere.
      expect(execFileSync(FFMPEG, ['-v', 'error', '-i', video, '-f', 'null', '-'], { stdio: 'pipe' }).toString()).toBe(
        '',
      );

      const captions = parseWebVtt(readFileSync(join(VIDEOS, `${name}.vtt`), 'utf8'));
      expect(captions.language).toBe(language);
      expect(captions.cues.length).toBeGreaterThanOrEqual(3);
      expect(captions.cues[0]!.lines[0]).toBe(caption(language, 'preview.notice'));
      const catalogue = new Set(Object.values(CAPTIONS[language]).flatMap(messageTexts));
      const notInCatalogue = captions.cues.flatMap((cue) => cue.lines).filter((line) => !catalogue.has(line));
      expect(notInCatalogue).toEqual([]);
      for (const [index, cue] of captions.cues.entries()) {
        expect(cue.end).toBeGreaterThan(cue.start);
        if (index > 0) expect(cue.start).toBeGreaterThanOrEqual(captions.cues[index - 1]!.end);
      }
      const lastEnd = captions.cues[captions.cues.length - 1]!.end;
      expect(Number(probe.format.duration)).toBeGreaterThanOrEqual(lastEnd - 0.001);

      const frames = captions.cues.map((cue) => frameAt(video, cue.start + 0.1));
      const unchanged = frames
        .slice(1)
        .map((frame, index) => ({ cue: index + 2, changed: changedShare(frames[index]!, frame) }))
        .filter(({ changed }) => changed < 0.005);
      expect(unchanged).toEqual([]);
    },
    60_000,
  );
});
