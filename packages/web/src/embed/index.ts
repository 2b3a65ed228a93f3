// /embed.js: defines <pwc-leaderboard>; in the embed page also reports its height to the framing page.
import { fitFramesToTheirHeight, postHeightToParent } from './embed-frame';
import { PwcLeaderboard } from './pwc-leaderboard';

if (!customElements.get('pwc-leaderboard')) {
  customElements.define('pwc-leaderboard', PwcLeaderboard);
  if (document.documentElement.hasAttribute('data-pwc-embed')) {
    document.body?.style.setProperty('margin', '0');
    postHeightToParent();
  } else {
    fitFramesToTheirHeight();
  }
}
