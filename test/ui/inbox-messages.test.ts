// The inbox's texts (issue 17): every English text has Slovenian with the same placeholders, counted texts pick the
// right Slovenian form, and every code the page explains is a code of the error catalogue.
import { errorCodes } from 'server/error-catalogue';
import { INBOX_CATALOGUES, INBOX_CODE_TEXTS, inboxText } from 'ui/inbox/messages';
import { messageTexts, type Message } from 'ui/shared/message';

const placeholders = (message: Message) =>
  [...new Set(messageTexts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

describe('issue inbox texts', () => {
  it('has Slovenian for every English text, with the same placeholders', () => {
    const { en, sl } = INBOX_CATALOGUES;
    expect(Object.keys(sl).sort()).toEqual(Object.keys(en).sort());
    for (const id of Object.keys(en) as Array<keyof typeof en>)
      expect({ id, placeholders: placeholders(sl[id]) }).toEqual({ id, placeholders: placeholders(en[id]) });
  });

  it('counts in Slovenian by the last two digits', () => {
    const t = inboxText('sl');
    expect([1, 2, 3, 5, 101, 102, 104, 111].map((count) => t('groups.count', { count }))).toEqual([
      '1 težava',
      '2 težavi',
      '3 težave',
      '5 težav',
      '101 težava',
      '102 težavi',
      '104 težave',
      '111 težav',
    ]);
    expect(inboxText('en')('issue.attempts', { count: 1 })).toBe('1 attempt');
  });

  it('explains only codes the error catalogue has, in both languages', () => {
    const explained = Object.keys(INBOX_CODE_TEXTS.en);
    expect(explained.filter((code) => !(errorCodes as string[]).includes(code))).toEqual([]);
    expect(Object.keys(INBOX_CODE_TEXTS.sl).sort()).toEqual([...explained].sort());
  });
});
