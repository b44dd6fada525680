/**
 * The calendar day in China (UTC+8 all year) of a timestamptz column, as YYYY-MM-DD, whatever the
 * server's TimeZone setting: a case at 07:30 in Wuhan belongs to that day, not the one before in UTC.
 */
export const beijingDay = (column: string): string => `to_char((${column} AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;
