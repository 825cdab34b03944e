// The contact groups of young people covered by uddannelsespålæg whose UDB subscription DFDG keeps (R-BAT-08) and
// whose closing before step 4 starts R-BAT-09's month.
export const UDB_CONTACT_GROUPS: ReadonlySet<number> = new Set([1, 8, 12, 25, 28]);
