/**
 * SQLite access shared by every feature: opening a database file with the settings a
 * multi-user desk needs (WAL, busy timeout, foreign keys, {@code BEGIN IMMEDIATE} for writes),
 * numbered migrations, and the translation of SQLite failures into messages a user can act on.
 * Nothing here knows about probation; features own their tables' queries.
 */
package dutydesk.db;
