/** The person's local calendar day, YYYY-MM-DD (the journal's days, a backup file's name, a source's last check). */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
