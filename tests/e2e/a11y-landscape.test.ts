import { walkEveryScreen } from './a11y-walk.js';

walkEveryScreen('landscape');
