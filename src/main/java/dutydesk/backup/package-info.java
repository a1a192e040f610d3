/**
 * Backing up the live database: a consistent copy taken while the desk is in use (SQLite's online
 * backup in one step, written under a temporary name and renamed when complete), and a check of
 * a copy ({@code PRAGMA integrity_check} and what it holds). {@link BackupCommand} is the headless
 * entry point.
 */
package dutydesk.backup;
