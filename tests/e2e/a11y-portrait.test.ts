import { walkEveryScreen } from './a11y-walk.js';

walkEveryScreen('portrait');
