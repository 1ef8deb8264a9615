// Turns recorded cues into docs/videos/<name>-<language>.mp4 and .vtt with Debian's ffmpeg: each frame held for its
// caption's time, H.264 at a low frame rate (the screens are still between steps), so a video stays well under 5 MB.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Language } from 'plugin/constants/plural';

import type { RecordedCue } from './record';
import { toWebVtt, type CaptionCue } from './webvtt';

export const FFMPEG = process.env.FFMPEG_PATH ?? '/usr/bin/ffmpeg';
const FRAMES_PER_SECOND = 4;

/** The cues laid end to end from 0 s. */
export function timeline(cues: RecordedCue[]): CaptionCue[] {
  let start = 0;
  return cues.map((cue) => {
    const timed = { start, end: start + cue.seconds, lines: cue.lines };
    start = timed.end;
    return timed;
  });
}

export function writeVideo(cues: RecordedCue[], language: Language, basePath: string): void {
  const work = mkdtempSync(join(tmpdir(), 'metakocka-video-'));
  try {
    const list = cues.flatMap((cue, index) => {
      const file = join(work, `frame-${String(index).padStart(3, '0')}.png`);
      writeFileSync(file, cue.frame);
      return [`file '${file}'`, `duration ${cue.seconds}`];
    });
    // The concat demuxer takes the last duration only when the last file follows it once more.
    list.push(list[list.length - 2]!);
    writeFileSync(join(work, 'frames.txt'), `${list.join('\n')}\n`);
    execFileSync(
      FFMPEG,
      [
        ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', join(work, 'frames.txt')],
        ...['-vf', `fps=${FRAMES_PER_SECOND},scale=trunc(iw/2)*2:trunc(ih/2)*2,format=yuv420p`],
        ...['-c:v', 'libx264', '-preset', 'slow', '-tune', 'stillimage', '-crf', '26'],
        ...['-metadata:s:v:0', `language=${language === 'sl' ? 'slv' : 'eng'}`, '-movflags', '+faststart'],
        `${basePath}.mp4`,
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    writeFileSync(`${basePath}.vtt`, toWebVtt(language, timeline(cues)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
