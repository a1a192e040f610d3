/**
 * Key bindings as data. Each page declares a {@link Keymap} per mode: action, keys, help text.
 * Pages look keys up there; the hint bar ({@link HintBar}) and the help page are generated from
 * the same tables, so what the screen says is always what the keys do.
 */
package dutydesk.tui.keys;
