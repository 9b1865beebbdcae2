// For layout.py: the width and line count bpmn-js gives each external label (whole words per line).
// stdin: JSON [[text, maxw], ...]; stdout: JSON {"text|maxw": [width, lines, height]}
const { chromium } = require('playwright-core'); const fs = require('fs');
(async () => {
  const items = JSON.parse(fs.readFileSync(0, 'utf8'));
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const p = await b.newPage();
  const lib = fs.readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
  await p.setContent('<div id="c" style="width:800px;height:600px"></div>'); await p.addScriptTag({ content: lib });
  const r = await p.evaluate((items) => {
    const v = new BpmnJS({ container: '#c' }); const tr = v.get('textRenderer');
    const count = (t, w) => {
      const spans = [...tr.createText(t, { box: { width: w, height: 30 }, style: tr.getExternalStyle() }).querySelectorAll('tspan')].map(s => s.textContent.trim());
      return spans.join(' ').replace(/\s+/g, ' ') === t.trim().replace(/\s+/g, ' ') ? spans.length : 99;
    };
    const out = {};
    for (let [t, maxw0] of items) { let maxw = maxw0;
      let n = count(t, maxw); if (n === 99) { for (let c = maxw; c < 400 && n === 99; c += 2) { n = count(t, c); if (n !== 99) { maxw = c; } } }
      let w = maxw;
      for (let c = 20; c <= maxw; c++) { if (count(t, c) <= n) { w = c; break; } }
      const dims = tr.getExternalLabelBounds({ x: 0, y: 0, width: w, height: 0 }, t);
      out[t + '|' + maxw0] = [w, n, dims.height];
    }
    return out;
  }, items);
  process.stdout.write(JSON.stringify(r)); await b.close();
})();
