/** The home feature's public entry: the landing page of each role. */
export { HomeScreen } from './components/HomeScreen';
