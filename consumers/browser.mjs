// Bundled for a browser page: derives a rating and writes it into the page.
import { deriveOverallEffectiveness } from 'ofsted-ilacs';

const derived = deriveOverallEffectiveness({
  framework: 'ilacs-2023',
  judgements: { leaders: 'outstanding', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'outstanding' },
});
document.getElementById('result').textContent = `derived: ${derived.kind} ${derived.grade}`;
