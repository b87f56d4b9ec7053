// Bundled and minified for a browser page, as an app's build would: derives a rating and
// checks that reference data is still frozen all the way down after minification (a
// minifier that believed the freezing had no side effects would freeze only the top);
// then draws Hull's three charts at 320, 480 and 880 pixels into the page and measures,
// as the browser lays them out, that each has something in it and nothing outside its box.
import { calendarDate, deriveOverallEffectiveness, FRAMEWORKS, summarisePlan } from 'ofsted-ilacs';
import { judgementHistoryChart, neighbourComparisonChart, planChart } from 'ofsted-ilacs/charts';
import { compareWithNeighbours } from 'ofsted-ilacs/outcomes';
import { HULL_HISTORY, HULL_PLAN } from 'ofsted-ilacs/testing';

const derived = deriveOverallEffectiveness({
  framework: 'ilacs-2023',
  judgements: { leaders: 'outstanding', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'outstanding' },
});
const frozen = Object.isFrozen(FRAMEWORKS['ilacs-2023'].areas[0]) ? 'frozen' : 'not-frozen';
document.getElementById('result').textContent = `derived: ${derived.kind} ${derived.grade} ${frozen}`;

const summary = summarisePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') });
const neighbours = compareWithNeighbours('Hull');
const labels = Object.fromEntries(HULL_PLAN.findings.map((f) => [f.id, f.text]));
const charts = [320, 480, 880].flatMap((width) => [
  judgementHistoryChart(HULL_HISTORY, { width }),
  planChart(summary, { width, labels, plan: HULL_PLAN }),
  neighbours.ok ? neighbourComparisonChart(neighbours.value, { width }) : '<svg/>',
]);
const problems = [];
for (const [index, text] of charts.entries()) {
  const holder = document.createElement('div');
  holder.innerHTML = text;
  document.body.append(holder);
  const chart = holder.querySelector('svg');
  const box = chart.viewBox.baseVal;
  const drawn = chart.querySelectorAll('rect, text, path');
  if (drawn.length < 20 || box.width <= 0 || box.height <= 0) problems.push(`chart ${index} is blank`);
  for (const shape of drawn) {
    const b = shape.getBBox();
    if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > box.width + 0.5 || b.y + b.height > box.height + 0.5) {
      problems.push(`chart ${index}: ${shape.tagName} "${shape.textContent}" overflows`);
    }
  }
}
document.getElementById('charts').textContent =
  problems.length === 0 ? `charts: ok ${charts.length}` : `charts: ${problems.slice(0, 5).join('; ')}`;
