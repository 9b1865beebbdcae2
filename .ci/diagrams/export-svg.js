// Exports the diagram of every processes/**/<id>.bpmn that has a page docs/processes/<id>.md to
// docs/processes/<id>.svg, with bpmn-js (Viewer.saveSVG) in the system Chromium, so the pictures in
// the docs are always drawn from the models, never by hand. Also writes <id>.png beside each SVG
// when --png is given (a screenshot at Cockpit's fit-to-screen size, 1920x1080, for a person to check).
// Usage: node .ci/diagrams/export-svg.js <project root> [--png <dir>]
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(process.argv[2] || '.');
const pngIndex = process.argv.indexOf('--png');
const pngDir = pngIndex > 0 ? path.resolve(process.argv[pngIndex + 1]) : null;
const browserPath = process.env.CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser']
  .find(p => fs.existsSync(p));

function bpmnFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? bpmnFiles(p) : e.name.endsWith('.bpmn') ? [p] : [];
  }).sort();
}

(async () => {
  if (!browserPath) {
    throw new Error('no Chromium found (set CHROMIUM=/path/to/chromium)');
  }
  const docs = path.join(root, 'docs', 'processes');
  const models = bpmnFiles(path.join(root, 'processes'))
    .filter(f => fs.existsSync(path.join(docs, path.basename(f, '.bpmn') + '.md')));
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const asset = p => fs.readFileSync(require.resolve(p), 'utf8');
  await page.setContent('<html><head><style>' + asset('bpmn-js/dist/assets/diagram-js.css')
    + asset('bpmn-js/dist/assets/bpmn-js.css')
    + ' html,body{margin:0;height:100%} #canvas{width:100%;height:100%}</style></head>'
    + '<body><div id="canvas"></div></body></html>');
  await page.addScriptTag({ content: asset('bpmn-js/dist/bpmn-viewer.production.min.js') });
  let failed = 0;
  for (const file of models) {
    const id = path.basename(file, '.bpmn');
    const result = await page.evaluate(async (xml) => {
      document.getElementById('canvas').innerHTML = '';
      const viewer = new BpmnJS({ container: '#canvas' });
      try {
        const { warnings } = await viewer.importXML(xml);
        viewer.get('canvas').zoom('fit-viewport');
        const { svg } = await viewer.saveSVG();
        return { svg, warnings: warnings.map(w => w.message) };
      } catch (e) {
        return { error: String(e) };
      }
    }, fs.readFileSync(file, 'utf8'));
    if (result.error || result.warnings.length) {
      console.error(`${path.relative(root, file)}: ${result.error || result.warnings.join('; ')}`);
      failed++;
      continue;
    }
    fs.writeFileSync(path.join(docs, id + '.svg'), result.svg + '\n');
    if (pngDir) {
      fs.mkdirSync(pngDir, { recursive: true });
      await page.screenshot({ path: path.join(pngDir, id + '.png') });
    }
    console.log(`docs/processes/${id}.svg <- ${path.relative(root, file)}`);
  }
  await browser.close();
  process.exit(failed ? 1 : 0);
})().catch(e => { console.error(e); process.exit(1); });
