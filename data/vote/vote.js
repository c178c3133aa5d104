// SPDX-License-Identifier: GPL-3.0-or-later
// Trappa's live-voting page: join a group, place each measure on a small
// grid (or with two sliders), optionally spread dots. Every text from the
// plan goes in with textContent, so a title is never read as markup.
'use strict';

const TEXT = {
  nn: {
    join: 'Vel gruppa di',
    pickGroup: 'Vel gruppa di før du startar.',
    room: 'Heile rommet (inga gruppe)',
    nickname: 'Kallenamn (valfritt)',
    start: 'Start',
    intro: 'Trykk i ruta for å plassere kvart tiltak, eller bruk glidebrytarane. Du kan endre deg heilt til leiaren stengjer røystinga.',
    sending: 'Sender …',
    saved: 'Lagra',
    failed: 'Vart ikkje lagra: ',
    closed: 'Røystinga er stengd.',
    full: 'Det er ikkje plass til fleire deltakarar.',
    offline: 'Får ikkje kontakt med leiaren sin maskin. Prøver igjen …',
    dotsLeft: (n) => 'Prikkar att: ' + n,
    dots: 'Prikkar',
    addDot: 'Legg til ein prikk på ',
    removeDot: 'Ta vekk ein prikk frå ',
    placed: 'Plassert',
    axes: {
      haster: ['Hastegrad', 'Kan vente', 'Haster'],
      kostbart: ['Kostnad', 'Svært kostbart', 'Mindre kostbart'],
      innflytelse: ['Innflytelse', 'Har lita innflytelse over', 'Har stor innflytelse over'],
      kunnskap: ['Kunnskap', 'Har lita kunnskap om', 'Har stor kunnskap om'],
    },
  },
  nb: {
    join: 'Velg gruppen din',
    pickGroup: 'Velg gruppen din før du starter.',
    room: 'Hele rommet (ingen gruppe)',
    nickname: 'Kallenavn (valgfritt)',
    start: 'Start',
    intro: 'Trykk i ruten for å plassere hvert tiltak, eller bruk skyvebryterne. Du kan ombestemme deg helt til lederen stenger avstemningen.',
    sending: 'Sender …',
    saved: 'Lagret',
    failed: 'Ble ikke lagret: ',
    closed: 'Avstemningen er stengt.',
    full: 'Det er ikke plass til flere deltakere.',
    offline: 'Får ikke kontakt med lederens maskin. Prøver igjen …',
    dotsLeft: (n) => 'Prikker igjen: ' + n,
    dots: 'Prikker',
    addDot: 'Legg til en prikk på ',
    removeDot: 'Ta bort en prikk fra ',
    placed: 'Plassert',
    axes: {
      haster: ['Hastegrad', 'Kan vente', 'Haster'],
      kostbart: ['Kostnad', 'Svært kostbart', 'Mindre kostbart'],
      innflytelse: ['Innflytelse', 'Har liten innflytelse over', 'Har stor innflytelse over'],
      kunnskap: ['Kunnskap', 'Har liten kunnskap om', 'Har stor kunnskap om'],
    },
  },
};

const token = new URLSearchParams(location.search).get('t') || '';
const api = (path) => path + '?t=' + encodeURIComponent(token);
const $ = (id) => document.getElementById(id);
let T = TEXT.nn;
let session = null;
let participant = sessionStorage.getItem('trappa-participant-' + token);
const pending = new Map();   // measure id → {x, y} not yet sent
const dots = new Map();      // measure id → dots placed
let dotsDirty = false;
let sending = false;
let closed = false;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function status(text) {
  $('status').textContent = text;
}

async function post(path, body) {
  return fetch(api(path), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-store',
  });
}

function cardStatus(id, text, error) {
  const card = document.querySelector('[data-measure="' + CSS.escape(id) + '"]');
  if (!card) return;
  const line = card.querySelector('.saved');
  line.textContent = text;
  line.classList.toggle('error', !!error);
}

// Sends what changed since the last reply, one request at a time, so a
// fast thumb never queues more than one message.
async function flush() {
  if (sending || closed || (pending.size === 0 && !dotsDirty)) return;
  sending = true;
  const batch = [...pending.entries()];
  pending.clear();
  const body = { participant, scores: batch.map(([measure, p]) => ({ measure, x: p.x, y: p.y })) };
  if (dotsDirty) body.dots = Object.fromEntries(dots);
  dotsDirty = false;
  batch.forEach(([id]) => cardStatus(id, T.sending));
  let retry = false;
  try {
    const reply = await post('api/vote', body);
    if (reply.ok) {
      batch.forEach(([id]) => cardStatus(id, T.saved));
      status('');
    } else if (reply.status === 429) {
      retry = true;
    } else if (reply.status === 403) {
      closed = true;
      status(T.closed);
    } else {
      const reason = await reply.text();
      batch.forEach(([id]) => cardStatus(id, T.failed + reason, true));
    }
  } catch (e) {
    retry = true;
    status(T.offline);
  }
  if (retry) {
    batch.forEach(([id, p]) => { if (!pending.has(id)) pending.set(id, p); });
    if (body.dots) dotsDirty = true;
  }
  sending = false;
  setTimeout(flush, retry ? 1000 : 0);
}

function axisText(name) {
  return T.axes[name] || [name, '0', '100'];
}

function place(card, id, x, y) {
  const marker = card.querySelector('.marker');
  marker.hidden = false;
  marker.style.left = x + '%';
  marker.style.top = (100 - y) + '%';
  card.querySelector('.x').value = x;
  card.querySelector('.y').value = y;
  card.classList.add('placed');
  pending.set(id, { x, y });
  flush();
}

function slider(card, id, axis, className) {
  const [title, low, high] = axisText(axis);
  const box = el('div', 'slider');
  const input = el('input', className);
  input.type = 'range';
  input.min = 0;
  input.max = 100;
  input.step = 1;
  input.value = 50;
  input.id = className + '-' + id;
  const label = el('label', '', title);
  label.htmlFor = input.id;
  const ends = el('div', 'ends');
  ends.append(el('span', '', low), el('span', '', high));
  input.addEventListener('change', () => {
    place(card, id, Number(card.querySelector('.x').value), Number(card.querySelector('.y').value));
  });
  box.append(label, input, ends);
  return box;
}

function updateDots() {
  const used = [...dots.values()].reduce((a, b) => a + b, 0);
  $('dots-left').textContent = T.dotsLeft(session.dots - used);
  document.querySelectorAll('.dots').forEach((row) => {
    const id = row.dataset.measure;
    row.querySelector('output').value = dots.get(id) || 0;
    row.querySelector('.add').disabled = used >= session.dots;
    row.querySelector('.remove').disabled = !dots.get(id);
  });
}

function dotRow(measure) {
  const row = el('div', 'dots');
  row.dataset.measure = measure.id;
  const remove = el('button', 'remove', '−');
  const add = el('button', 'add', '+');
  remove.type = add.type = 'button';
  remove.setAttribute('aria-label', T.removeDot + measure.title);
  add.setAttribute('aria-label', T.addDot + measure.title);
  const count = el('output', '', '0');
  count.setAttribute('aria-live', 'polite');
  const change = (delta) => {
    dots.set(measure.id, Math.max(0, (dots.get(measure.id) || 0) + delta));
    dotsDirty = true;
    updateDots();
    flush();
  };
  remove.addEventListener('click', () => change(-1));
  add.addEventListener('click', () => change(1));
  row.append(el('span', '', T.dots), remove, count, add);
  return row;
}

function card(measure) {
  const [, xLow, xHigh] = axisText(session.x);
  const [, yLow, yHigh] = axisText(session.y);
  const box = el('section', 'card');
  box.dataset.measure = measure.id;
  const heading = el('h2', '', measure.title);
  heading.id = 'title-' + measure.id;
  box.setAttribute('aria-labelledby', heading.id);
  const pad = el('div', 'pad');
  pad.setAttribute('aria-hidden', 'true');   // the sliders below say the same for keyboards and screen readers
  pad.append(el('span', 'end left', xLow), el('span', 'end right', xHigh),
             el('span', 'end top', yHigh), el('span', 'end bottom', yLow));
  const marker = el('div', 'marker');
  marker.hidden = true;
  pad.append(marker);
  pad.addEventListener('pointerdown', (event) => {
    const r = pad.getBoundingClientRect();
    const x = Math.round(Math.min(Math.max((event.clientX - r.left) / r.width, 0), 1) * 100);
    const y = Math.round(Math.min(Math.max(1 - (event.clientY - r.top) / r.height, 0), 1) * 100);
    place(box, measure.id, x, y);
  });
  box.append(heading, pad, slider(box, measure.id, session.x, 'x'), slider(box, measure.id, session.y, 'y'));
  if (session.dots > 0) box.append(dotRow(measure));
  const saved = el('p', 'saved');
  saved.setAttribute('aria-live', 'polite');
  box.append(saved);
  return box;
}

function showBallot() {
  $('join').hidden = true;
  $('ballot').hidden = false;
  $('intro').textContent = T.intro;
  $('cards').replaceChildren(...session.measures.map(card));
  if (session.dots > 0) {
    $('dots-left').hidden = false;
    updateDots();
  }
}

function showJoin() {
  $('join-legend').textContent = T.join;
  $('nickname-label').textContent = T.nickname;
  $('start').textContent = T.start;
  // The workshop groups first and none chosen beforehand: a participant
  // who taps Start at once is asked for a group, not counted in the whole
  // room by mistake.
  const ordered = session.groups.filter((group) => group.id !== '')
    .concat(session.groups.filter((group) => group.id === ''));
  const groups = ordered.map((group) => {
    const choice = el('label', 'choice');
    const radio = el('input');
    radio.type = 'radio';
    radio.name = 'group';
    radio.value = group.id;
    radio.checked = ordered.length === 1;
    choice.append(radio, el('span', '', group.id === '' ? T.room : group.name));
    return choice;
  });
  $('groups').replaceChildren(...groups);
  $('join').hidden = false;
  $('join').addEventListener('submit', async (event) => {
    event.preventDefault();
    const picked = document.querySelector('input[name=group]:checked');
    if (!picked) {
      status(T.pickGroup);
      document.querySelector('input[name=group]').focus();
      return;
    }
    const group = picked.value;
    status('');
    try {
      const reply = await post('api/join', { group, nickname: $('nickname').value });
      if (reply.ok) {
        participant = (await reply.json()).participant;
        sessionStorage.setItem('trappa-participant-' + token, participant);
        showBallot();
      } else {
        status(reply.status === 503 ? T.full : reply.status === 403 ? T.closed : T.failed + await reply.text());
      }
    } catch (e) {
      status(T.offline);
    }
  });
}

async function start() {
  let reply;
  try {
    reply = await fetch(api('api/session'), { credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    status(TEXT.nn.offline);
    return;
  }
  if (!reply.ok) {
    status(TEXT.nn.closed);
    return;
  }
  session = await reply.json();
  T = TEXT[session.language] || TEXT.nn;
  document.documentElement.lang = session.language in TEXT ? session.language : 'nn';
  if (session.title) {
    $('title').textContent = session.title;
    document.title = session.title;
  }
  if (participant) showBallot(); else showJoin();
}

start();
