/**
 * Getting the unallocated caseload in from case-management extracts: {@code dutydesk import}
 * reads CSV files of cases, their registrations and their contact history ({@link Kind} names
 * their columns), checks every row ({@link Extract}: each problem is a {@link Problem},
 * {@code file:line: column NAME: reason}), and writes them in one transaction
 * ({@link ImportStore}): cases upserted by CRN, registrations and contacts by their natural keys,
 * cases a full extract no longer lists marked as having left it, and the derived list columns and
 * DA-check evaluations brought up to date for every case it touched. {@link Importer} is the
 * entry point.
 */
package dutydesk.imports;
