// Choosing the language in a real browser (issue 15 "Done when"): a member's own choice changes their screens and no
// one else's; a manager's workspace default changes the screens of everyone who follows it. The Slovenian page holds
// no English.
import { browserAvailable } from 'test/ui/browser';
import { useBrowserPreview } from 'test/ui/use-browser-preview';
import { englishWordsIn } from 'test/support/english-leftovers';

const run = browserAvailable() ? describe : describe.skip;

run('language choice in the browser', () => {
  const world = useBrowserPreview('sbx-language-key-7d3a9c15e2b4');
  // No `lang`: the page speaks whatever the persona chose, as in Twenty.
  const open = (name: string, as: 'manager' | 'member') => world.open(name, new URLSearchParams({ as }));
  const title = async (name: string, as: 'manager' | 'member') => {
    const page = await open(name, as);
    await page.waitForSelector('[data-testid="language-mine"]');
    return { page, text: await page.textContent('h1') };
  };

  it("changes the member's own screens to Slovenian and nobody else's; the workspace default reaches those who follow it", async () => {
    const member = await title('my-metakocka-account', 'member');
    expect(member.text).toBe('My Metakocka account');

    // The member picks Slovenian: the page changes at once, and again when opened later.
    await member.page.selectOption('[data-testid="language-mine-choice"]', 'sl');
    await member.page.click('[data-testid="language-mine-save"]');
    await member.page.waitForSelector('text=Moj račun Metakocka');
    expect(await member.page.textContent('[data-testid="outcome-ok"]')).toBe('Jezik je shranjen.');
    const again = await title('my-metakocka-account', 'member');
    expect(again.text).toBe('Moj račun Metakocka');
    expect(englishWordsIn((await again.page.textContent('#root'))!)).toEqual([]);

    // The manager still reads English.
    expect((await title('my-metakocka-account', 'manager')).text).toBe('My Metakocka account');

    // The manager sets the workspace to Slovenian: they follow it, so their page turns Slovenian too.
    const settings = await open('metakocka-settings', 'manager');
    await settings.waitForSelector('[data-testid="language-workspace"]');
    await settings.selectOption('[data-testid="language-workspace-choice"]', 'sl');
    await settings.click('[data-testid="language-workspace-save"]');
    await settings.waitForSelector('text=Jezik delovnega prostora');
    expect(world.preview.standIn.appVariables.get('METAKOCKA_UI_LANGUAGE')).toBe('sl');
    expect((await title('my-metakocka-account', 'manager')).text).toBe('Moj račun Metakocka');

    // The member goes back to English for themselves; the workspace stays Slovenian for the manager.
    const back = await title('my-metakocka-account', 'member');
    await back.page.selectOption('[data-testid="language-mine-choice"]', 'en');
    await back.page.click('[data-testid="language-mine-save"]');
    await back.page.waitForSelector('text=My Metakocka account');
    expect((await title('my-metakocka-account', 'manager')).text).toBe('Moj račun Metakocka');
  }, 600_000);
});
