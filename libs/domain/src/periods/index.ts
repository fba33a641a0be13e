export * from './schedule';
export * from './build-periods';
export * from './timeliness';
export * from './current-period';
export * from './reminders';
