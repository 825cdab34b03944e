// The seam between an activity and the contact-person register (R-OTH-07, C-10): an activity that carries a
// professional contact (type 3 'Personlig jobformidler', 2 'Udslusningskoordinator', 15 'Mentor') has it recorded
// as the citizen's contact person, in the activity's transaction, marked as belonging to the activity so the
// contact-person service refuses to change it (60016). The contact-person part owns the register: at merge this
// function calls its recorder (`registerActivityContact` of src/app/personContact/activityContacts.ts on main);
// until then an activity's contact lives on the activity alone.
import type { ActivityContactRegistration } from '../../domain/activity.ts';
import type { CitizenState } from '../../domain/types.ts';
import type { WriteContext } from '../context.ts';

export async function recordActivityContact(
  _w: WriteContext,
  _citizen: CitizenState,
  _registration: ActivityContactRegistration,
): Promise<void> {
  // Wired at merge to the contact-person part's recorder (see the activity branch's report).
}
