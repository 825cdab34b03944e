// What the contact-person rules (area OTH) judge: a change through PersonContactService of one of the citizen's
// contact persons — a new one (`before` null), or an update or deletion of the existing `before`.
import type { PersonContact, PersonContactFields } from '../../domain/personContact.ts';

export interface PersonContactChange {
  kind: 'create' | 'update' | 'delete';
  /** The contact as the caller registers it; null on delete. */
  fields: PersonContactFields | null;
  /** The contact being changed; null on create. */
  before: PersonContact | null;
}
