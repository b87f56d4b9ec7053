// Bundled and minified for a browser page, as an app's build would: derives a rating and
// checks that reference data is still frozen all the way down after minification (a
// minifier that believed the freezing had no side effects would freeze only the top).
import { deriveOverallEffectiveness, FRAMEWORKS } from 'ofsted-ilacs';

const derived = deriveOverallEffectiveness({
  framework: 'ilacs-2023',
  judgements: { leaders: 'outstanding', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'outstanding' },
});
const frozen = Object.isFrozen(FRAMEWORKS['ilacs-2023'].areas[0]) ? 'frozen' : 'not-frozen';
document.getElementById('result').textContent = `derived: ${derived.kind} ${derived.grade} ${frozen}`;
