/**
 * Load tools for measuring the desk with many sessions on one database file, run by the scripts in
 * {@code bench/}: {@link QueueLoad}, one session working the duty queue flat out;
 * {@link QueueLoadCheck}, which compares what the sessions reported with what the database holds
 * and summarises their write times; and {@link IdlePoll}, a session that only watches for changes.
 * Nothing in the desk uses this package.
 */
package dutydesk.bench;
