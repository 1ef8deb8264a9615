// The console's pure parts: its catalogues, the change a preview and a save send, the live view's refresh rhythm,
// when saving is offered, history filters in Ljubljana days, and numbers and durations in the member's language.
import { CONFLICT_POLICIES, STREAMS } from 'server/settings/schema';
import type { LiveAnswer, PreviewAnswer } from 'server/routes/contracts';
import { POLICIES, STREAMS_SHOWN } from 'ui/console/choices';
import { cellText, columnsOf } from 'ui/console/data-table';
import { formatDuration, formatNumber, ljubljanaDayStart } from 'ui/console/format';
import { requestOf } from 'ui/console/history-request';
import { saveBlock } from 'ui/console/save-block';
import { CONSOLE_CATALOGUES, consoleText } from 'ui/console/messages';
import { changedPaths, changeOf, listOf, numberOrText, valueAt, withValue } from 'ui/console/settings-paths';
import { ACTIVE_REFRESH_MS, IDLE_REFRESH_MS, nextRefreshMs } from 'ui/console/use-live';
import { messageTexts, type Message } from 'ui/shared/message';

const placeholders = (message: Message) =>
  [...new Set(messageTexts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

describe('console catalogues', () => {
  const { en, sl } = CONSOLE_CATALOGUES;
  it('say every English text in Slovenian, with the same placeholders and all four Slovenian plural forms', () => {
    expect(Object.keys(sl).sort()).toEqual(Object.keys(en).sort());
    for (const id of Object.keys(en) as Array<keyof typeof en>) {
      expect({ id, placeholders: placeholders(sl[id]) }).toEqual({ id, placeholders: placeholders(en[id]) });
      if (typeof en[id] !== 'string')
        expect({ id, forms: Object.keys(sl[id] as object).sort() }).toEqual({
          id,
          forms: ['few', 'one', 'other', 'two'],
        });
    }
  });

  it('pick the Slovenian form by the last two digits of the count', () => {
    const t = consoleText('sl');
    const counted = (count: number) => t('preview.changed', { count });
    expect(counted(1)).toMatch(/^Spremenjena je 1 nastavitev/);
    expect(counted(2)).toMatch(/^Spremenjeni sta 2 nastavitvi/);
    expect(counted(103)).toMatch(/^Spremenjene so 103 nastavitve/);
    expect(counted(5)).toMatch(/^Spremenjenih je 5 nastavitev/);
    expect(consoleText('en')('preview.changed', { count: 1 })).toMatch(/^1 setting changed/);
  });

  it('name the permission flag the page needs, as Twenty shows it, in both languages', () => {
    expect(consoleText('en')('page.notAllowed.body')).toContain('Manage Metakocka');
    expect(consoleText('sl')('page.notAllowed.body')).toContain('Manage Metakocka');
  });
});

describe('choices', () => {
  it('are the streams and conflict policies the settings schema knows', () => {
    expect([...STREAMS_SHOWN]).toEqual([...STREAMS]);
    expect([...POLICIES].sort()).toEqual([...CONFLICT_POLICIES].sort());
  });
});

describe('the change a preview and a save send', () => {
  const stored = {
    batchSize: 200,
    filters: { eshopOnly: false, partners: { countries: [] as string[] } },
    dryRun: false,
  };
  it('holds only the settings that differ, nested as the document is', () => {
    const draft = withValue(withValue(stored, 'filters.partners.countries', ['SI']), 'batchSize', 50);
    const paths = ['batchSize', 'filters.eshopOnly', 'filters.partners.countries', 'dryRun'];
    expect(changeOf(stored, draft, paths)).toEqual({ batchSize: 50, filters: { partners: { countries: ['SI'] } } });
    expect(changedPaths(stored, draft, paths)).toEqual(['batchSize', 'filters.partners.countries']);
    expect(valueAt(stored, 'filters.partners.countries')).toEqual([]);
    expect(changeOf(stored, stored, paths)).toEqual({});
  });

  it('keeps a typed number that is not one as typed, so the save names the setting when it refuses it', () => {
    expect(numberOrText('50')).toBe(50);
    expect(numberOrText('5O')).toBe('5O');
    expect(listOf('si, HR,, ')).toEqual(['si', 'HR']);
  });
});

describe('live refresh', () => {
  const live = (running: boolean) =>
    ({
      ok: true,
      data: { streams: [{ stream: 'partners', run: running ? { runId: 'r' } : null }] },
    }) as unknown as Parameters<typeof nextRefreshMs>[0];
  it('is every 5 s while a run or a preview is active and every 60 s otherwise', () => {
    expect(nextRefreshMs(live(true), false)).toBe(ACTIVE_REFRESH_MS);
    expect(nextRefreshMs(live(false), true)).toBe(ACTIVE_REFRESH_MS);
    expect(nextRefreshMs(live(false), false)).toBe(IDLE_REFRESH_MS);
    expect([ACTIVE_REFRESH_MS, IDLE_REFRESH_MS]).toEqual([5_000, 60_000]);
    expect((live(true) as { data: LiveAnswer }).data.streams).toHaveLength(1);
  });
});

describe('saving is offered', () => {
  const preview = (status: PreviewAnswer['status'], stale = false) => ({ status, stale }) as PreviewAnswer;
  const draft = { change: { batchSize: 50 }, changed: ['batchSize'] };
  const previewed = JSON.stringify(draft.change);
  it('only for a finished, current preview of exactly the draft', () => {
    expect(saveBlock({ change: {}, changed: [] }, null, null)).toBe('noChange');
    expect(saveBlock(draft, null, null)).toBe('noPreview');
    expect(saveBlock(draft, preview('running'), previewed)).toBe('running');
    expect(saveBlock(draft, preview('cancelled'), previewed)).toBe('failed');
    expect(saveBlock({ change: { batchSize: 40 }, changed: ['batchSize'] }, preview('done'), previewed)).toBe('edited');
    expect(saveBlock(draft, preview('done', true), previewed)).toBe('stale');
    expect(saveBlock(draft, preview('done'), previewed)).toBeNull();
  });
});

describe('history filters', () => {
  it('turn Ljubljana days into instants: a summer day starts at 22:00 UTC the day before, the "to" day is included', () => {
    expect(ljubljanaDayStart('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
    expect(ljubljanaDayStart('2026-12-07', true)).toBe('2026-12-07T23:00:00.000Z');
    expect(ljubljanaDayStart('')).toBeUndefined();
    expect(requestOf({ stream: 'partners', status: 'CANCELLED', from: '2026-12-01', to: '' })).toEqual({
      first: 25,
      stream: 'partners',
      status: ['CANCELLED'],
      from: '2026-11-30T23:00:00.000Z',
    });
  });
});

describe('numbers, durations and plan cells', () => {
  it('are written as the member’s language writes them', () => {
    expect(formatNumber('sl', 12345.5, 1)).toBe('12.345,5');
    expect(formatNumber('en', 12345.5, 1)).toBe('12,345.5');
    expect(formatDuration('en', 65_000)).toMatch(/^1 min 5 sec?s?$/);
    expect(formatDuration('sl', 3_720_000)).toMatch(/^1 h 2 min$/);
  });

  it('show nested values as pairs, never as JSON', () => {
    expect(cellText({ name: 'Acme', fields: ['name', 'address'] }, '—')).toBe('name: Acme; fields: name, address');
    expect(cellText(null, '—')).toBe('—');
    expect(columnsOf([{ a: 1 }, { b: 2, a: 3 }])).toEqual(['a', 'b']);
  });
});
