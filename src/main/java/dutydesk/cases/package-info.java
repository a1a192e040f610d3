/**
 * The unallocated caseload: who is on it, their risk markers and reporting dates
 * ({@link CaseRepository}), the fast keyboard list ({@link CaseListPage}) and the read-only case
 * page ({@link CasePage}). Identifiers ({@link Crn}, {@link Pnc}) and the folded search key
 * ({@link NameKey}) live here too.
 */
package dutydesk.cases;
