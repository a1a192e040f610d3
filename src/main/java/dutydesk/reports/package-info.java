/**
 * Reports for the duty manager and the SPO: the daily duty report (contacts logged at the desk,
 * failures to attend or comply, enforcement, reception check-ins, DA and safeguarding checks
 * recorded, missed checks now) and the missed-checks report (by check and by case, from the
 * stored evaluation). {@link ReportRepository} reads the figures, {@link ReportText} and
 * {@link ReportCsv} lay them out for an email or a spreadsheet, {@link ReportsPage} shows them
 * in the desk, and {@link ReportCommand} is the headless entry point.
 */
package dutydesk.reports;
