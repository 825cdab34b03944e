// R-AK-16 — 004 §5.1 (expected from 1 Apr 2022, temporary for 2022–2023): when there is doubt about a dagpenge
// recipient's attachment to the labour market, the a-kasse's deadline for documenting job search is at most 2
// months instead of 3. An a-kasse business rule: DFDG validates nothing (the sources name no DFDG validation), so
// the facade only documents it as configuration of the a-kasse's own system (docs/a-kasse-configuration.md).
import type { RuleMeta } from '../engine.ts';

export const jobSearchDocumentationDeadline: RuleMeta = {
  id: 'R-AK-16',
  title: "The a-kasse's deadline for documenting job search: at most 2 months in 2022–2023 (a-kasse configuration)",
  source: '004 §5.1',
  validFrom: '2022-04-01',
  validTo: '2024-01-01',
};

/** The longest deadline (months) an a-kasse gives for documenting job search, outside and inside R-AK-16's period. */
export const JOB_SEARCH_DOCUMENTATION_DEADLINE_MONTHS = { ordinary: 3, temporary: 2 } as const;
