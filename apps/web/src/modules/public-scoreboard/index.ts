/** The public scoreboard feature's public entry: what the app and other features may use. */
export { PublicScoreboardScreen } from './components/PublicScoreboardScreen';
export { PublicUnitScreen } from './components/PublicUnitScreen';
export { PublicationPanel } from './components/PublicationPanel';
export { PublicScoreboardNotice } from './components/PublicScoreboardNotice';
export { publicScoreboardPath } from './utils/public-api';
