/**
 * Working days for due dates: weekends and England &amp; Wales bank holidays
 * ({@link BankHolidays}), and the arithmetic on them ({@link WorkingDays}). Pure, no I/O.
 */
package dutydesk.calendar;
