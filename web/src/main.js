// The participant page of a Stormboard room (issue 11). Served by the host with every asset
// local; talks to the host through y-websocket on the shared Yjs document (docs/room-protocol.md).
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'

const ROOM = 100 // the room's own message type: JSON acks, refusals and private votes

const config = JSON.parse(document.getElementById('room-config').textContent)
const token = new URLSearchParams(location.search).get('t') || ''

const T = {
  en: {
    title: 'Stormboard room', pick: 'Who are you?', write: 'Write a sticky', add: 'Add to the wall',
    mine: 'My stickies', wall: 'On the wall', vote: 'Vote', votes: 'Your votes',
    left: (n) => `${n} left`, edit: 'Edit', del: 'Delete', save: 'Save', cancel: 'Cancel',
    change: 'Change name', offline: 'Offline: what you write is kept and sent on reconnect.',
    online: 'Connected', refused: 'Not accepted: ', none: 'Nothing yet.',
    stickies: (n) => (n === 1 ? '1 sticky' : `${n} stickies`), take: 'Take back',
    closed: 'Voting is not open.', lang: 'فارسی', placeholder: 'e.g. Order placed',
    code: 'Room code: check it matches the screen', results: 'Votes',
    myName: 'Not in the list? Your name', addMe: 'Add me',
    locked: 'The facilitator has locked the stickies on the wall.',
    votesOf: (n) => (n === 1 ? '1 vote' : `${n} votes`)
  },
  fa: {
    title: 'اتاق استورم‌بورد', pick: 'شما کدام هستید؟', write: 'یک برگه بنویسید',
    add: 'افزودن به دیوار', mine: 'برگه‌های من', wall: 'روی دیوار', vote: 'رأی',
    votes: 'رأی‌های شما', left: (n) => `${n.toLocaleString('fa')} باقی‌مانده`, edit: 'ویرایش',
    del: 'حذف', save: 'ذخیره', cancel: 'انصراف', change: 'تغییر نام',
    offline: 'آفلاین: نوشته‌های شما نگه داشته می‌شود و پس از اتصال فرستاده می‌شود.',
    online: 'متصل', refused: 'پذیرفته نشد: ', none: 'هنوز چیزی نیست.',
    stickies: (n) => `${n.toLocaleString('fa')} برگه`, take: 'پس گرفتن',
    closed: 'رأی‌گیری باز نیست.', lang: 'English', placeholder: 'مثلاً سفارش ثبت شد',
    code: 'کد اتاق: با صفحهٔ نمایش یکی باشد', results: 'رأی‌ها',
    myName: 'نامتان در فهرست نیست؟ نام شما', addMe: 'افزودن من',
    locked: 'تسهیل‌گر برگه‌های روی دیوار را قفل کرده است.',
    votesOf: (n) => `${n.toLocaleString('fa')} رأی`
  }
}
let lang = localStorage.getItem('stormboard-lang') ||
  ((navigator.language || '').toLowerCase().startsWith('fa') ? 'fa' : 'en')
const t = (key, ...args) => {
  const v = T[lang][key]
  return typeof v === 'function' ? v(...args) : v
}

const doc = new Y.Doc()
const roots = {}
for (const name of ['info', 'workshop', 'participants', 'lanes', 'milestones', 'stickies',
  'links', 'votes', 'decisions']) roots[name] = doc.getMap(name)

let me = localStorage.getItem('stormboard-me:' + token.slice(0, 8)) || ''
const wsUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws'
const provider = new WebsocketProvider(wsUrl, 'board', doc, {
  params: me ? { t: token, p: me } : { t: token },
  disableBc: true
})
let status = 'connecting'
let notice = ''
let myVotes = { mine: [], remaining: 0, budget: 0, open: false }
let kind = 'domain_event'
let editing = null
let locked = false // the facilitator locked phone stickies: no more edits or deletions

provider.messageHandlers[ROOM] = (_encoder, decoder) => {
  const message = JSON.parse(decoding.readVarString(decoder))
  if (message.type === 'refused') {
    notice = t('refused') + message.items.map((i) => i.reason).join(' ')
  } else if (message.type === 'lock') {
    locked = !!message.locked
  } else if (message.type === 'votes') {
    myVotes = message
    locked = !!message.locked
    notice = message.refused ? t('refused') + message.refused : notice
  } else if (message.type === 'ack') {
    notice = ''
  }
  render()
}
provider.on('status', (event) => { status = event.status; render() })

function sendRoom (payload) {
  if (!provider.ws || provider.ws.readyState !== 1) return
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, ROOM)
  encoding.writeVarString(encoder, JSON.stringify(payload))
  provider.ws.send(encoding.toUint8Array(encoder))
}

function choose (participantId) {
  me = participantId
  localStorage.setItem('stormboard-me:' + token.slice(0, 8), me)
  provider.disconnect()
  provider.params = me ? { t: token, p: me } : { t: token }
  provider.connect()
  render()
}

function allowedKinds () {
  const shop = roots.workshop.get('workshop')
  const all = config.kinds.map((k) => k.id)
  if (!shop) return all
  const w = shop.toJSON()
  if (!w.enabled || !w.plan || !w.plan.length) return all
  const unlocked = new Set()
  w.plan.slice(0, (w.current || 0) + 1).forEach((p) => (p.kinds || []).forEach((k) => unlocked.add(k)))
  return all.filter((k) => unlocked.has(k))
}

function newId () {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function addSticky (text) {
  const id = newId()
  const record = new Y.Map()
  doc.transact(() => {
    roots.stickies.set(id, record)
    for (const [k, v] of Object.entries({ id, kind, text, x: 0, y: 0, author: me })) record.set(k, v)
  })
}

function el (tag, attrs = {}, ...children) {
  const node = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v)
    // the page's CSP forbids style attributes; CSSOM properties are allowed
    else if (k === 'kindColor') node.style.setProperty('--kind', v)
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v)
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)))
    }
  }
  return node
}

const kindById = Object.fromEntries(config.kinds.map((k) => [k.id, k]))
const kindName = (id) => (kindById[id] ? kindById[id][lang] : id)

function stickyCard (s, actions) {
  return el('li', { class: 'sticky', kindColor: (kindById[s.kind] || {}).color || '#ddd' },
    el('span', { class: 'kind' }, kindName(s.kind)),
    el('bdi', { class: 'text', dir: 'auto' }, s.text || ''),
    actions || null)
}

function render () {
  document.documentElement.lang = lang
  document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr'
  document.title = t('title')
  const app = document.getElementById('app')
  const people = Array.from(roots.participants.values()).map((p) => p.toJSON())
    .sort((a, b) => a.name.localeCompare(b.name))
  const stickies = Array.from(roots.stickies.values()).map((s) => s.toJSON())
  const header = el('header', {},
    el('h1', {}, t('title')),
    el('span', { class: 'code', dir: 'ltr', title: t('code') }, config.code),
    el('span', { class: 'status ' + status, role: 'status' },
      status === 'connected' ? t('online') : t('offline')),
    el('button', { class: 'small', type: 'button', onclick: () => {
      lang = lang === 'fa' ? 'en' : 'fa'
      localStorage.setItem('stormboard-lang', lang)
      render()
    } }, t('lang')))
  const parts = [header]
  if (notice) parts.push(el('p', { class: 'notice', role: 'alert', dir: 'auto' }, notice))
  const who = people.find((p) => p.id === me)
  if (!who) {
    parts.push(el('section', {}, el('h2', {}, t('pick')),
      el('div', { class: 'names' }, people.map((p) =>
        el('button', { type: 'button', class: 'name', 'data-participant': p.id,
          onclick: () => choose(p.id) }, el('bdi', {}, p.name))))))
    if (config.selfJoin) {
      // the facilitator lets people add themselves; the host checks the name and gives a colour
      const name = el('input', { id: 'new-name', dir: 'auto', maxlength: '200',
        'aria-label': t('myName'), placeholder: t('myName') })
      parts.push(el('section', { class: 'join' }, name,
        el('button', { type: 'button', id: 'add-me', class: 'primary', onclick: () => {
          const value = document.getElementById('new-name').value.trim()
          if (!value) return
          const id = newId()
          const record = new Y.Map()
          doc.transact(() => {
            roots.participants.set(id, record)
            record.set('id', id)
            record.set('name', value)
          })
          choose(id)
        } }, t('addMe'))))
    }
  } else {
    const kinds = allowedKinds()
    if (!kinds.includes(kind)) kind = kinds[0] || 'domain_event'
    const text = el('textarea', { id: 'text', dir: 'auto', maxlength: '2000', rows: '3',
      placeholder: t('placeholder'), 'aria-label': t('write') })
    parts.push(el('section', { class: 'me' },
      el('p', {}, el('bdi', {}, who.name), ' ',
        el('button', { class: 'small', type: 'button', onclick: () => choose('') }, t('change')))))
    parts.push(el('section', {}, el('h2', {}, t('write')),
      el('div', { class: 'kinds', role: 'radiogroup' }, kinds.map((k) =>
        el('button', { type: 'button', class: 'kind-button' + (k === kind ? ' chosen' : ''),
          'aria-pressed': k === kind ? 'true' : 'false', 'data-kind': k,
          kindColor: kindById[k].color, onclick: () => { kind = k; render() } },
        kindName(k)))),
      text,
      el('button', { type: 'button', id: 'add', class: 'primary', onclick: () => {
        const value = text.value.trim()
        if (value) { addSticky(value); text.value = '' }
        render()
      } }, t('add'))))
    const mine = stickies.filter((s) => s.author === me)
    parts.push(el('section', {}, el('h2', {}, t('mine')),
      mine.length ? el('ul', { class: 'list' }, mine.map((s) => editing === s.id
        ? el('li', { class: 'sticky editing' },
          el('textarea', { id: 'edit-' + s.id, dir: 'auto', maxlength: '2000' }, s.text),
          el('button', { type: 'button', onclick: () => {
            const v = document.getElementById('edit-' + s.id).value.trim()
            const record = roots.stickies.get(s.id)
            if (v && record) record.set('text', v)
            editing = null
            render()
          } }, t('save')),
          el('button', { type: 'button', onclick: () => { editing = null; render() } }, t('cancel')))
        : stickyCard(s, locked ? null : el('span', { class: 'actions' },
          el('button', { type: 'button', onclick: () => { editing = s.id; render() } }, t('edit')),
          el('button', { type: 'button', onclick: () => roots.stickies.delete(s.id) }, t('del'))))))
        : el('p', {}, t('none')),
      locked ? el('p', { class: 'hint' }, t('locked')) : null))
    const votable = stickies.filter((s) => s.kind === 'hotspot' || s.kind === 'opportunity')
    if (myVotes.open && votable.length) {
      parts.push(el('section', { class: 'voting' },
        el('h2', {}, t('votes'), ' — ', t('left', myVotes.remaining)),
        el('ul', { class: 'list' }, votable.map((s) => {
          const count = myVotes.mine.filter((id) => id === s.id).length
          return stickyCard(s, el('span', { class: 'actions' },
            el('span', { class: 'dots', 'aria-label': String(count) }, '●'.repeat(count)),
            el('button', { type: 'button', disabled: myVotes.remaining <= 0,
              onclick: () => sendRoom({ type: 'vote', sticky: s.id }) }, t('vote')),
            count ? el('button', { type: 'button',
              onclick: () => sendRoom({ type: 'unvote', sticky: s.id }) }, t('take')) : null))
        }))))
    }
  }
  const shop = roots.workshop.get('workshop')
  if (shop && shop.get('votes_revealed')) {
    // after the reveal the host publishes every vote: the ranking, most votes first
    const counts = {}
    for (const v of roots.votes.values()) {
      const sid = v.get('sticky_id')
      counts[sid] = (counts[sid] || 0) + 1
    }
    const ranked = stickies.filter((s) => counts[s.id]).sort((a, b) => counts[b.id] - counts[a.id])
    parts.push(el('section', { class: 'results' }, el('h2', {}, t('results')),
      el('ol', { class: 'list' }, ranked.map((s) => stickyCard(s,
        el('span', { class: 'dots' }, t('votesOf', counts[s.id])))))))
  }
  parts.push(el('section', { class: 'wall' }, el('h2', {}, t('wall'), ' — ', t('stickies', stickies.length)),
    el('ul', { class: 'list' }, stickies.slice(-30).reverse().map((s) => stickyCard(s)))))
  // a re-render (someone else wrote) must not lose what is being typed here
  const focused = document.activeElement && document.activeElement.id
  const drafts = Array.from(app.querySelectorAll('textarea[id], input[id]'), (a) => [a.id, a.value])
  app.replaceChildren(...parts)
  for (const [id, value] of drafts) {
    const area = document.getElementById(id)
    if (area) area.value = value
  }
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus()
}

let pending = false
doc.on('update', () => {
  if (pending) return
  pending = true
  requestAnimationFrame(() => { pending = false; render() })
})
render()
