/*
 * The only file that knows Chart.js. Every <canvas data-chart="…"> carries its data as JSON
 * (see ChartData.java); pages work without this script, since every chart is followed by its table.
 */
(function () {
  'use strict';

  // Okabe–Ito: distinguishable with the common colour-vision deficiencies; lines also differ in dash.
  var PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
  var REFERENCE = '#4a5562';
  var lang = document.documentElement.lang || 'nl';
  var locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  var monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' });
  var dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  var numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

  // labels are months ("2025-11") or release dates ("2026-01-09"); shown in the page's language
  function monthLabel(label) {
    var m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(label);
    if (!m) {
      return label;
    }
    var date = new Date(Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1));
    return (m[3] ? dayFormat : monthFormat).format(date);
  }

  function dataset(series, index) {
    var colour = series.style === 'dashed' ? REFERENCE : PALETTE[index % PALETTE.length];
    var values = series.values.map(function (v) { return v === null ? null : Number(v); });
    var common = { label: series.label, data: values, yAxisID: series.axis === 'y2' ? 'y2' : 'y',
      borderColor: colour, backgroundColor: colour };
    if (series.kind === 'bar') {
      common.type = 'bar';
      common.backgroundColor = colour + '99';
      common.order = 2;
      return common;
    }
    common.type = 'line';
    // long series are drawn without dots, except a value with no neighbours, which would vanish
    common.pointRadius = values.length > 36
      ? values.map(function (v, i) { return v !== null && values[i - 1] == null && values[i + 1] == null ? 3 : 0; })
      : 2;
    common.borderWidth = series.style === 'thin' ? 1.5 : 2.5;
    // besides colour, lines differ in dash pattern, so they stay apart in grey print too
    common.borderDash = series.style === 'dashed' ? [6, 4] : [[], [8, 3], [2, 3]][index % 3];
    common.spanGaps = false;
    common.order = 1;
    return common;
  }

  // events (ChartData.Mark) through chartjs-plugin-annotation: a shaded band for a range of months, a dashed
  // line for one month (a box without width), each labelled at the top: to the right of its start, or to the
  // left of its end in the right part of the chart, so that no label runs off it; labels step down so that
  // neighbours do not cover each other
  var EVENT_INK = '#1a1f24';
  function annotations(events, labels) {
    var result = {};
    (events || []).forEach(function (e, i) {
      var right = labels.indexOf(e.start) > labels.length * 0.6;
      var single = e.start === e.end;
      result['event' + i] = { type: 'box', drawTime: 'beforeDatasetsDraw', xMin: e.start, xMax: e.end,
        backgroundColor: single ? 'rgba(0,0,0,0)' : 'rgba(230,159,0,0.16)',
        borderColor: single ? '#4a5562' : 'rgba(0,0,0,0)', borderWidth: single ? 1.5 : 0, borderDash: [4, 3],
        label: { display: true, content: e.label, color: EVENT_INK, backgroundColor: 'rgba(255,255,255,0.85)',
          font: { size: 11 }, padding: 3, position: { x: right ? 'end' : 'start', y: 'start' },
          xAdjust: right ? -2 : 2, yAdjust: 2 + (i % 3) * 18 } };
    });
    return result;
  }

  function draw(canvas) {
    var spec;
    try {
      spec = JSON.parse(canvas.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    var scales = {
      x: { ticks: { callback: function (value) { return monthLabel(this.getLabelForValue(value)); }, maxRotation: 0, autoSkip: true } },
      y: { title: { display: !!spec.yTitle, text: spec.yTitle }, ticks: { callback: function (v) { return numberFormat.format(v); } } }
    };
    if (spec.series.some(function (s) { return s.axis === 'y2'; })) {
      scales.y2 = { position: 'right', grid: { drawOnChartArea: false }, title: { display: !!spec.y2Title, text: spec.y2Title },
        ticks: { callback: function (v) { return numberFormat.format(v); } } };
    }
    new window.Chart(canvas, {
      data: { labels: spec.labels, datasets: spec.series.map(dataset) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: scales,
        plugins: {
          annotation: { annotations: annotations(spec.events, spec.labels) },
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              title: function (items) { return items.length ? monthLabel(items[0].label) : ''; },
              label: function (item) {
                return item.raw === null ? null : item.dataset.label + ': ' + numberFormat.format(item.raw);
              }
            }
          }
        }
      }
    });
  }


  // the cycle view (data-cycle): every branch at (year on year, three-month change) with its trail; a point links
  // to its branch's page, the quadrants are named in their corners
  var quadrantNames = {
    id: 'quadrantNames',
    afterDraw: function (chart, args, options) {
      var area = chart.chartArea;
      var ctx = chart.ctx;
      var x0 = chart.scales.x.getPixelForValue(0);
      var y0 = chart.scales.y.getPixelForValue(0);
      ctx.save();
      ctx.strokeStyle = REFERENCE;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(x0, area.top);
      ctx.lineTo(x0, area.bottom);
      ctx.moveTo(area.left, y0);
      ctx.lineTo(area.right, y0);
      ctx.stroke();
      ctx.fillStyle = REFERENCE;
      ctx.font = 'bold 14px sans-serif';
      var n = options.names || [];
      ctx.textAlign = 'right';
      ctx.fillText(n[0] || '', area.right - 6, area.top + 16);
      ctx.fillText(n[1] || '', area.right - 6, area.bottom - 6);
      ctx.textAlign = 'left';
      ctx.fillText(n[2] || '', area.left + 6, area.bottom - 6);
      ctx.fillText(n[3] || '', area.left + 6, area.top + 16);
      ctx.restore();
    }
  };

  function drawCycle(canvas) {
    var spec;
    try {
      spec = JSON.parse(canvas.getAttribute('data-cycle'));
    } catch (e) {
      return;
    }
    var max = 1;
    spec.points.forEach(function (p) {
      p.path.forEach(function (q) { max = Math.max(max, Math.abs(Number(q[1])), Math.abs(Number(q[2]))); });
    });
    max = Math.ceil(max * 1.1);
    var datasets = spec.points.map(function (p, i) {
      var colour = PALETTE[i % PALETTE.length];
      var last = p.path.length - 1;
      return { label: p.label, href: p.href, showLine: true, borderColor: colour, backgroundColor: colour,
        borderWidth: 1.5, pointStyle: ['circle', 'rect', 'triangle', 'rectRot', 'crossRot'][i % 5],
        pointRadius: p.path.map(function (q, j) { return j === last ? 7 : 2.5; }),
        data: p.path.map(function (q) { return { x: Number(q[1]), y: Number(q[2]), month: q[0] }; }) };
    });
    new window.Chart(canvas, {
      type: 'scatter',
      data: { datasets: datasets },
      plugins: [quadrantNames],
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { min: -max, max: max, title: { display: true, text: spec.xTitle }, ticks: { callback: function (v) { return numberFormat.format(v); } } },
          y: { min: -max, max: max, title: { display: true, text: spec.yTitle }, ticks: { callback: function (v) { return numberFormat.format(v); } } }
        },
        onClick: function (event, elements, chart) {
          if (elements.length) {
            window.location.href = chart.data.datasets[elements[0].datasetIndex].href;
          }
        },
        plugins: {
          quadrantNames: { names: spec.quadrants },
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: function (item) {
                return item.dataset.label + ', ' + monthLabel(item.raw.month) + ': ' + numberFormat.format(item.raw.x)
                  + ' / ' + numberFormat.format(item.raw.y);
              }
            }
          }
        }
      }
    });
  }

  function init() {
    if (!window.Chart) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), draw);
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-cycle]'), drawCycle);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
