/** The notifications feature's public entry: what other features may use. */
export { NotificationBell } from './components/NotificationBell';
