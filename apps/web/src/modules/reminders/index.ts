/** The reminders feature's public entry: what other features may use. */
export { RemindersPanel } from './components/RemindersPanel';
