/** "25 November 2026": dates as British English readers write them, in UTC so builds do not depend on the machine's zone. */
const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return FORMAT.format(date);
}
