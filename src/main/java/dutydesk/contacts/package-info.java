/**
 * Logging a reporting contact: the contact form (type, outcome, enforcement, change-of-circumstance
 * questions, notes, next reporting date), its validation, drafts kept as it is typed and offered
 * back after a lost session, and saving (new contacts and corrections kept as versions).
 */
package dutydesk.contacts;
