// R-AK-12 — 000 §7.1 (release 2023-4): jobcentres have no access to the sanctions register; the a-kasse's answer
// to a NUPH states whether a sanction was given (the NUPH part: NuphAnswer.sanctionGiven). The register's access
// declarations (src/services/SanktionsregisterSanktionService) admit only the a-kasse (its own members) and STAR
// (reads); every other type — jobcentre, kommune, company — is refused with the access fault 4575 before anything
// is read.
import type { RuleMeta } from '../engine.ts';

export const noJobcentreSanctionAccess: RuleMeta = {
  id: 'R-AK-12',
  title: 'Jobcentres cannot see sanctions; the NUPH answer says whether one was given',
  source: '000 §7.1',
  validFrom: '2023-12-04',
  validTo: null,
};
