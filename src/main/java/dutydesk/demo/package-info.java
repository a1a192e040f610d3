/**
 * A deterministic, realistic demo caseload for a fictional PDU: valid CRNs and PNC numbers,
 * tiers, RoSH, DA / child-protection / MAPPA registers, orders and licences, reporting
 * schedules (some overdue), and contact histories with real nDelius codes, including police and
 * safeguarding check contacts for some cases and not others. {@link DemoGenerator} is pure;
 * {@link DemoSeeder} writes to a database in batches with progress.
 */
package dutydesk.demo;
