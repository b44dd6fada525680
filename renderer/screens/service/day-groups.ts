/** ISO weekdays as runs of consecutive days: [1,2,3,4,5,7] → [[1,5],[7,7]], read as 周一至周五、周日. */
export function dayGroups(days: readonly number[]): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  for (const day of [...new Set(days)].sort((a, b) => a - b)) {
    const last = groups.at(-1);
    if (last && last[1] === day - 1) last[1] = day;
    else groups.push([day, day]);
  }
  return groups;
}
