// The partners stream: Metakocka partners ⇄ Twenty companies and people. Pull steps page the partner register;
// Twenty-side changes travel by push jobs (database events, and pulls that find Twenty edits).
import type { StreamDescriptor } from '../stream';
import { pullPartnersPage } from './pull';
import { sweepUnbound } from './sweep';

export const partnersStream: StreamDescriptor = {
  name: 'partners',
  direction: 'PULL',
  async step(ctx) {
    const cursor = ctx.state.cursor as { offset?: number; phase?: string };
    if (cursor.phase === 'sweep') return sweepUnbound(ctx);
    return pullPartnersPage(ctx, cursor.offset ?? 0);
  },
};
