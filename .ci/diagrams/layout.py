"""Redraws the diagram (DI) of a BPMN file from a layout script: a position for every shape, route hints
for the flows that need them, a side for every label. Only the contents of the named
<bpmndi:BPMNPlane> are replaced, textually, so the process part of the file stays byte for byte as it
was (a clean merge with changes to the process). Label sizes are measured with bpmn-js itself
(measure-labels.js, in the system Chromium), so a label's bounds hold its text as bpmn-js wraps it.

Used by layouts/<id>.py (python3 .ci/diagrams/layouts/<id>.py processes/<id>.bpmn); needs
`npm ci --prefix .ci/diagrams` first. Check the result with DiagramGeometry and look at it
(.ci/export-diagrams.sh --png <dir>)."""
import re, sys, xml.etree.ElementTree as ET
from xml.sax.saxutils import quoteattr

BPMN = '{http://www.omg.org/spec/BPMN/20100524/MODEL}'
W = {' ':278,'a':556,'b':556,'c':500,'d':556,'e':556,'f':278,'g':556,'h':556,'i':222,'j':222,'k':500,'l':222,
     'm':833,'n':556,'o':556,'p':556,'q':556,'r':333,'s':500,'t':278,'u':556,'v':500,'w':722,'x':500,'y':500,
     'z':500,'A':667,'B':667,'C':722,'D':722,'E':667,'F':611,'G':778,'H':722,'I':278,'J':500,'K':667,'L':556,
     'M':833,'N':722,'O':778,'P':667,'Q':778,'R':722,'S':667,'T':611,'U':722,'V':667,'W':944,'X':667,'Y':667,
     'Z':611,',':278,'.':278,':':278,'(':333,')':333,'-':333,"'":191,'’':222,'?':556,'/':278,'!':278,'&':667}

def tw(s):
    return sum(W.get(c, 600) for c in s) * 11 / 1000.0

def wrap12(text, maxw):
    lines, cur = [], ''
    for word in text.split():
        t = (cur + ' ' + word).strip()
        if cur and tw(t) * 12 / 11 > maxw:
            lines.append(cur); cur = word
        else:
            cur = t
    if cur: lines.append(cur)
    return lines

import json, os, subprocess
_HERE = os.path.dirname(os.path.abspath(__file__))
_CACHE_FILE = os.path.join(_HERE, 'node_modules', '.label-cache.json')
_cache = json.load(open(_CACHE_FILE)) if os.path.exists(_CACHE_FILE) else {}

def measure_all(items):
    todo = [[t, m] for t, m in items if '%s|%s' % (t, m) not in _cache]
    if todo:
        out = subprocess.run(['node', os.path.join(_HERE, 'measure-labels.js')], input=json.dumps(todo),
                             capture_output=True, text=True, cwd=_HERE, check=True).stdout
        _cache.update(json.loads(out))
        json.dump(_cache, open(_CACHE_FILE, 'w'))

def label_size(text, maxw=90):
    measure_all([(text, maxw)])
    w, n, h = _cache['%s|%s' % (text, maxw)]
    w = w + 2
    h = {1: 14, 2: 27, 3: 40, 4: 53, 5: 66}.get(n, 14 * n)
    return w, h

SIZES = {'task': (100, 80), 'gateway': (50, 50), 'event': (36, 36)}

def kind_of(tag):
    if tag.endswith('Gateway'): return 'gateway'
    if tag.endswith('Event'): return 'event'
    return 'task'

class Layout:
    def __init__(self, path):
        self.path = path
        self.text = open(path, encoding='utf-8').read()
        doc = ET.fromstring(self.text.encode('utf-8'))
        self.el = {}
        for e in doc.iter():
            if e.get('id') and e.tag.startswith(BPMN):
                self.el[e.get('id')] = e
        self.boxes = {}     # id -> [x,y,w,h]
        self.slabels = {}   # id -> (x,y,w,h)
        self.edges = {}     # id -> (points, label box)
        self.expanded = set()
        names = {(e.get('name') or '').strip() for e in self.el.values()} - {''}
        measure_all([(n, m) for n in names for m in (90, 70, 75, 80)])

    def tag(self, i):
        return self.el[i].tag.replace(BPMN, '')

    def name(self, i):
        return (self.el[i].get('name') or '').strip()

    # ---- shapes
    def place(self, i, cx, cy, w=None, h=None):
        k = kind_of(self.tag(i))
        dw, dh = SIZES[k]
        if k == 'task' and w is None:
            w = 120
            for cand in (100, 120):
                lines = wrap12(self.name(i), cand - 12)
                if all(tw(l) * 12 / 11 <= cand - 12 for l in lines) and (
                        len(lines) <= 2 or (len(lines) == 3 and tw(lines[0]) * 12 / 11 <= cand - 56)):
                    w = cand; break
            else:
                if h is None:
                    n = len(wrap12(self.name(i), 108))
                    h = 100 if n == 3 else 110 if n >= 4 else None
        w = w or dw; h = h or dh
        self.boxes[i] = [cx - w / 2, cy - h / 2, w, h]

    def box_around(self, i, ids, pad=(30, 40, 30, 30), expanded=True):
        xs = [self.boxes[j][0] for j in ids] + [self.slabels[j][0] for j in ids if j in self.slabels]
        ys = [self.boxes[j][1] for j in ids] + [self.slabels[j][1] for j in ids if j in self.slabels]
        xe = [self.boxes[j][0] + self.boxes[j][2] for j in ids] + [self.slabels[j][0] + self.slabels[j][2] for j in ids if j in self.slabels]
        ye = [self.boxes[j][1] + self.boxes[j][3] for j in ids] + [self.slabels[j][1] + self.slabels[j][3] for j in ids if j in self.slabels]
        l, t, r, b = pad
        self.boxes[i] = [min(xs) - l, min(ys) - t, max(xe) - min(xs) + l + r, max(ye) - min(ys) + t + b]
        if expanded: self.expanded.add(i)

    def attach(self, i, host, side='B', frac=0.5):
        x, y, w, h = self.boxes[host]
        if side == 'B': cx, cy = x + w * frac, y + h
        elif side == 'T': cx, cy = x + w * frac, y
        elif side == 'R': cx, cy = x + w, y + h * frac
        self.boxes[i] = [cx - 18, cy - 18, 36, 36]

    def c(self, i):
        x, y, w, h = self.boxes[i]
        return x + w / 2, y + h / 2

    def dock(self, i, side, off=0, off2=0):
        x, y, w, h = self.boxes[i]
        cx, cy = x + w / 2, y + h / 2
        if side == 'P': return (cx + off, cy + off2)
        if side == 'L': return (x, cy + off)
        if side == 'R': return (x + w, cy + off)
        if side == 'T': return (cx + off, y)
        if side == 'B': return (cx + off, y + h)
        raise ValueError(side)

    def slabel(self, i, where='below', dx=0, dy=0, maxw=90):
        n = self.name(i)
        if not n: return
        w, h = label_size(n, maxw)
        x, y, bw, bh = self.boxes[i]
        cx = x + bw / 2
        if where == 'below': lx, ly = cx - w / 2, y + bh + 5
        elif where == 'above': lx, ly = cx - w / 2, y - 5 - h
        elif where == 'left': lx, ly = x - 6 - w, y + bh / 2 - h / 2
        elif where == 'right': lx, ly = x + bw + 6, y + bh / 2 - h / 2
        elif where == 'aboveleft': lx, ly = x - w + 10, y - 3 - h
        elif where == 'aboveright': lx, ly = x + bw - 10, y - 3 - h
        elif where == 'belowleft': lx, ly = x - w + 10, y + bh + 3
        elif where == 'belowright': lx, ly = x + bw - 10, y + bh + 3
        self.slabels[i] = (round(lx + dx), round(ly + dy), w, h)

    # ---- edges
    def route(self, f, out=None, via=(), inn=None, label=None, maxw=90):
        """out/inn: side letter or (side, offset). via: sequence of ('x', v) / ('y', v) moves."""
        s, t = self.el[f].get('sourceRef'), self.el[f].get('targetRef')
        sx, sy = self.c(s); tx, ty = self.c(t)
        if out is None:
            if abs(sy - ty) < 1 or kind_of(self.tag(s)) != 'gateway': out = 'R'
            else: out = 'B' if ty > sy else 'T'
        if inn is None:
            inn = 'L'
        if isinstance(out, str): out = (out, 0)
        if isinstance(via, list) and via and via[0][0] == 'pt': pass
        if isinstance(inn, str): inn = (inn, 0)
        if self.tag(s) == 'boundaryEvent' and out[0] == 'B':
            p = self.dock(s, 'B', out[1])
        else:
            p = self.dock(s, *out)
        pts = [p]
        for item in via:
            last = pts[-1]
            if item[0] == 'pt': pts.append((item[1], item[2])); continue
            axis, v = item
            pts.append((v, last[1]) if axis == 'x' else (last[0], v))
        end = self.dock(t, *inn)
        last = pts[-1]
        if inn[0] in 'LR':
            if abs(last[1] - end[1]) > 0.01:
                if out[0] in 'LR' and len(pts) == 1:
                    mx = (last[0] + end[0]) / 2
                    pts.append((mx, last[1])); pts.append((mx, end[1]))
                else:
                    pts.append((last[0], end[1]))
        else:
            if abs(last[0] - end[0]) > 0.01:
                pts.append((end[0], last[1]))
        pts.append(end)
        # drop duplicate points
        clean = [pts[0]]
        for q in pts[1:]:
            if abs(q[0] - clean[-1][0]) > 0.01 or abs(q[1] - clean[-1][1]) > 0.01:
                clean.append(q)
        self.edges[f] = [clean, None]
        self.flabel(f, label, maxw)

    def flabel(self, f, spec=None, maxw=90):
        n = self.name(f)
        if not n: return
        pts = self.edges[f][0]
        w, h = label_size(n, maxw)
        if isinstance(spec, tuple) and spec and spec[0] == 'at':
            self.edges[f][1] = (round(spec[1]), round(spec[2]), w, h); return
        seg, where = 0, None
        if isinstance(spec, tuple): seg, where = spec
        elif isinstance(spec, str): where = spec
        else:
            for k in range(len(pts) - 1):
                if abs(pts[k][0] - pts[k + 1][0]) + abs(pts[k][1] - pts[k + 1][1]) >= 40:
                    seg = k; break
        (ax, ay), (bx, by) = pts[seg], pts[seg + 1]
        if abs(ay - by) < 0.01:  # horizontal
            x0 = min(ax, bx)
            start = ax + 6 if bx > ax else ax - 6 - w
            if where == 'below': y = ay + 4
            else: y = ay - 4 - h
            self.edges[f][1] = (round(start), round(y), w, h)
        else:
            down = by > ay
            y = ay + 6 if down else ay - 6 - h
            if where == 'left': x = ax - 5 - w
            else: x = ax + 5
            self.edges[f][1] = (round(x), round(y), w, h)

    def shift_label(self, f, dx=0, dy=0):
        x, y, w, h = self.edges[f][1]
        self.edges[f][1] = (x + dx, y + dy, w, h)

    # ---- write
    def write(self, plane_id, ids_order=None, out=None):
        m = re.search(r'(<bpmndi:BPMNPlane[^>]*bpmnElement="%s"[^>]*>)(.*?)(\s*</bpmndi:BPMNPlane>)' % re.escape(plane_id),
                      self.text, re.S)
        assert m, plane_id
        body = m.group(2)
        indent = '      '
        old = {}
        for mm in re.finditer(r'<bpmndi:(BPMNShape|BPMNEdge)\s([^>]*?)/?>', body):
            attrs = dict(re.findall(r'([\w:]+)="([^"]*)"', mm.group(2)))
            old[attrs.get('bpmnElement')] = attrs
        order = [a.get('bpmnElement') for a in old.values()]
        missing = [i for i in order if i not in self.boxes and i not in self.edges]
        assert not missing, 'not placed: %s' % missing
        extra = [i for i in list(self.boxes) + list(self.edges) if i not in old]
        assert not extra, 'not in plane %s: %s' % (plane_id, extra)
        r = lambda v: ('%d' % round(v)) if abs(v - round(v)) < 0.01 else ('%.1f' % v)
        parts = []
        for i in order:
            a = dict(old[i])
            if i in self.boxes:
                if i in self.expanded: a['isExpanded'] = 'true'
                elif 'isExpanded' in a and self.tag(i) == 'subProcess': a['isExpanded'] = 'false'
                attrs = ' '.join('%s=%s' % (k, quoteattr(v)) for k, v in a.items())
                x, y, w, h = self.boxes[i]
                s = '%s<bpmndi:BPMNShape %s>\n%s  <dc:Bounds x="%s" y="%s" width="%s" height="%s"/>\n' % (indent, attrs, indent, r(x), r(y), r(w), r(h))
                if i in self.slabels:
                    lx, ly, lw, lh = self.slabels[i]
                    s += '%s  <bpmndi:BPMNLabel><dc:Bounds x="%s" y="%s" width="%s" height="%s"/></bpmndi:BPMNLabel>\n' % (indent, r(lx), r(ly), r(lw), r(lh))
                s += '%s</bpmndi:BPMNShape>' % indent
            else:
                attrs = ' '.join('%s=%s' % (k, quoteattr(v)) for k, v in a.items())
                pts, lab = self.edges[i]
                s = '%s<bpmndi:BPMNEdge %s>\n' % (indent, attrs)
                for (x, y) in pts:
                    s += '%s  <di:waypoint x="%s" y="%s"/>\n' % (indent, r(x), r(y))
                if lab:
                    lx, ly, lw, lh = lab
                    s += '%s  <bpmndi:BPMNLabel><dc:Bounds x="%s" y="%s" width="%s" height="%s"/></bpmndi:BPMNLabel>\n' % (indent, r(lx), r(ly), r(lw), r(lh))
                s += '%s</bpmndi:BPMNEdge>' % indent
            parts.append(s)
        self.text = self.text[:m.start(2)] + '\n' + '\n'.join(parts) + self.text[m.start(3):]
        self.boxes, self.slabels, self.edges, self.expanded = {}, {}, {}, set()

    def save(self):
        open(self.path, 'w', encoding='utf-8').write(self.text)
