// languageForMember: the language texts are rendered in for a recipient (tasks, digests, reports, route answers):
// their own choice, else the workspace default, else English; one member's choice never reaches another.
import { languageForMember, saveMemberLanguage, saveWorkspaceLanguage } from 'server/language/choice';
import { renderError } from 'server/error-catalogue';
import { memoryPorts } from 'test/credentials/memory-ports';

const ANA = 'c1000001-0c4e-4b9a-9d55-1a2b3c4d5e01';
const BOR = 'c2000002-0c4e-4b9a-9d55-1a2b3c4d5e02';

/** A text the app would send a member, rendered in the language it resolves for them. */
const noticeFor = async (ports: ReturnType<typeof memoryPorts>, member: string) =>
  renderError('MK_PARTNER_GONE', { mkId: '1001' }, await languageForMember(ports, member));

describe('languageForMember', () => {
  it('speaks English when nobody chose', async () => {
    const ports = memoryPorts();
    expect(await languageForMember(ports, ANA)).toBe('en');
    expect(await languageForMember(ports, null)).toBe('en');
  });

  it("renders for each recipient in their own choice, and one member's choice changes nobody else's", async () => {
    const ports = memoryPorts();
    await saveMemberLanguage(ports, ANA, 'sl');
    expect(await noticeFor(ports, ANA)).toBe('Partner 1001 v Metakocki ne obstaja več.');
    expect(await noticeFor(ports, BOR)).toBe('Metakocka partner 1001 no longer exists.');
  });

  it('follows the workspace default unless the member chose; null goes back to following it', async () => {
    const ports = memoryPorts();
    await saveMemberLanguage(ports, BOR, 'en');
    await saveWorkspaceLanguage(ports, ANA, 'sl');
    expect(await languageForMember(ports, ANA)).toBe('sl');
    expect(await languageForMember(ports, BOR)).toBe('en');
    await saveMemberLanguage(ports, BOR, null);
    expect(await languageForMember(ports, BOR)).toBe('sl');
    expect(ports.auditLog).toEqual([
      expect.objectContaining({ action: 'language.workspace-changed', before: null, after: 'sl' }),
    ]);
  });
});
