/**
 * Getting the contacts recorded at the desk out, for re-keying or bulk upload into the
 * case-management system: the latest version of each, with nDelius codes, as CSV
 * ({@link ContactExport}, {@link ExportCsv}); what went out is remembered, so the next export
 * sends only new contacts and corrections. {@link ExportCommand} is the headless entry point.
 */
package dutydesk.exports;
