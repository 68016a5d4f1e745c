const alreadyWarned = new Set<string>();

/**
 * Logs a console warning once per distinct message, so that a page holding many
 * widgets with the same mistake stays readable.
 */
export function warnOnce(message: string): void {
  if (alreadyWarned.has(message)) return;
  alreadyWarned.add(message);
  console.warn(`relief-widgets: ${message}`);
}

/**
 * Warns once that `subject` (`<relief-guide> set`, `<html> lang`…) was given
 * `value`, names the valid values, and says what happens instead.
 */
export function warnInvalid(subject: string, value: string, valid: readonly unknown[], consequence: string): void {
  warnOnce(`${subject}=${JSON.stringify(value)} is not one of: ${valid.join(', ')}. ${consequence}`);
}

/** For tests: forget which warnings were given, so that each test sees its own. */
export function resetWarnings(): void {
  alreadyWarned.clear();
}
