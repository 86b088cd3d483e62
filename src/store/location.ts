/** Store locations as users write them: a SQLite file path or a postgres:// URL. No driver is loaded here. */

export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//iu.test(location);
}

/** The location with any password hidden, for messages and summaries. */
export function redact(location: string): string {
  return location.replace(/(\/\/[^:@/]*):[^@/]*@/u, '$1:…@');
}
