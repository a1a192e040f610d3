/**
 * The nDelius code lists a contact is recorded with (contact types, outcomes and their flags,
 * enforcement actions) and the rules that follow from them: which outcomes a contact may take,
 * which enforcement actions an outcome offers, and the compliance picture (failures to comply in
 * a rolling 12 months, warnings, live breach, acceptable absences). Pure: no I/O; the codes are
 * loaded by a repository and passed in.
 */
package dutydesk.compliance;
