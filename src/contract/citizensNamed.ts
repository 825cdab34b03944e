// The citizens a typed answer names: every PersonCivilRegistrationIdentifier in it, at any depth (the contracts'
// one CPR element, Common.xsd's PersonCivilRegistrationIdentifierType). The audit trail records them as read when
// an operation names no citizen in its request (a search, a job order's candidates). Pre-serialized WSRM items are
// not walked: the queue records their citizens itself.
const CPR_ELEMENT = 'PersonCivilRegistrationIdentifier';

export function citizensNamedIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) citizensNamedIn(v, found);
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    for (const [key, v] of Object.entries(value)) {
      if (key === CPR_ELEMENT && typeof v === 'string') found.add(v);
      else citizensNamedIn(v, found);
    }
  return found;
}
