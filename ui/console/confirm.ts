// Asks before a destructive console action, in Twenty's own confirmation modal (UI-SURFACES.md §4.5).
import { openCommandConfirmationModal } from 'twenty-sdk/front-component';

export async function confirmed(title: string, subtitle: string, confirmButtonText: string): Promise<boolean> {
  const answer = await openCommandConfirmationModal({
    title,
    subtitle,
    confirmButtonText,
    confirmButtonAccent: 'danger',
  });
  return answer === 'confirm';
}
