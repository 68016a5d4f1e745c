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
