/**
 * Files going out of Duty Desk, with no probation vocabulary: RFC 4180 CSV ({@link Csv}) and
 * files that appear whole or not at all, readable by the desk's group only ({@link AtomicFile}).
 */
package dutydesk.io;
