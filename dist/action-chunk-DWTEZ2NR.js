import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/isoWeek.ts
var day = 24 * 60 * 60 * 1e3;
var weekPattern = /^(\d{4})-W(\d{2})$/;
function isoWeekOf(instant) {
  const date = new Date(instant);
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7;
  const thursday = new Date(midnight + (3 - weekday) * day);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / day / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}
function isIsoWeek(text) {
  const match = weekPattern.exec(text);
  if (!match) return false;
  return Number(match[2]) >= 1 && isoWeekOf(mondayOf(text)) === text;
}
function weekBounds(week) {
  const monday = mondayOf(week);
  return {
    start: monday.toISOString().replace(".000Z", "Z"),
    end: new Date(monday.getTime() + 7 * day).toISOString().replace(".000Z", "Z")
  };
}
function weeksEndingWith(week, count) {
  const monday = mondayOf(week).getTime();
  return Array.from(
    { length: count },
    (_, index) => isoWeekOf(new Date(monday - (count - 1 - index) * 7 * day))
  );
}
function lastFullWeek(now) {
  return isoWeekOf(new Date(now.getTime() - 7 * day));
}
function mondayOf(week) {
  const match = weekPattern.exec(week);
  if (!match) throw new RangeError(`Expected an ISO week such as 2026-W48, found ${week}`);
  const year = Number(match[1]);
  const january4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(january4).getUTCDay() + 6) % 7;
  return new Date(january4 - weekday * day + (Number(match[2]) - 1) * 7 * day);
}

export {
  isIsoWeek,
  weekBounds,
  weeksEndingWith,
  lastFullWeek
};
