#!/usr/bin/env node
// Sanity checks for a recipe file (default: recipes/demo.recipe.json): JSON
// shape, unique ids, references between units / clusters / content, slug rules,
// date formats, and that every referenced file exists (photos: JPEG <= 400 KB).
// This is a convenience for whoever edits the demo content; the application's
// own importer stays the authority.
//
// Needs: node >= 18, nothing else.  Usage: node scripts/demo/validate-recipe.js [recipe.json]

'use strict';
const fs = require('fs');
const path = require('path');

const file = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'recipes', 'demo.recipe.json'));
const dir = path.dirname(file);
const errors = [];
const err = (m) => errors.push(m);

function slugify(s) {
  let t = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  t = t.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (t.length > 80) { const cut = t.slice(0, 81); t = t.slice(0, cut.lastIndexOf('-')).replace(/-+$/, ''); }
  return t;
}
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const validDate = (s) => DATE.test(s) && !isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().slice(0, 10) === s;

function jpegSize(buf) {
  // returns [width, height] from the first SOFn marker
  if (buf[0] !== 0xff || buf[1] !== 0xd8) return null;
  let i = 2;
  while (i < buf.length) {
    if (buf[i] !== 0xff) return null;
    const m = buf[i + 1], len = buf.readUInt16BE(i + 2);
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) return [buf.readUInt16BE(i + 7), buf.readUInt16BE(i + 5)];
    i += 2 + len;
  }
  return null;
}

const text = fs.readFileSync(file, 'utf8');
const recipe = JSON.parse(text);
if (text !== text.normalize('NFC')) err('recipe text is not NFC-normalised');
for (const k of ['name', 'displayName', 'description', 'steps']) if (!(k in recipe)) err(`missing top-level "${k}"`);
const step = (n) => recipe.steps.find((s) => s.name === n);

const units = new Map();
for (const u of (step('Units') || {}).units || []) {
  if (!ID.test(u.id)) err(`unit id "${u.id}" is not lower-case ascii with '-'`);
  if (units.has(u.id)) err(`duplicate unit id ${u.id}`);
  if (!u.name || !u.province) err(`unit ${u.id}: name and province required`);
  units.set(u.id, u);
}
const clusters = new Map();
for (const c of (step('Clusters') || {}).clusters || []) {
  if (!ID.test(c.id)) err(`cluster id "${c.id}" is not lower-case ascii with '-'`);
  if (clusters.has(c.id)) err(`duplicate cluster id ${c.id}`);
  clusters.set(c.id, c);
  if (!['Cluster', 'Bloc'].includes(c.kind)) err(`cluster ${c.id}: bad kind ${c.kind}`);
  if (!(c.number === null || Number.isInteger(c.number))) err(`cluster ${c.id}: number must be an integer or null`);
  if (typeof c.reviewRequired !== 'boolean') err(`cluster ${c.id}: reviewRequired must be boolean`);
  if (!(c.sector === null || typeof c.sector === 'string')) err(`cluster ${c.id}: sector must be a string or null`);
  const years = new Set();
  for (const t of c.terms || []) {
    if (!Number.isInteger(t.year)) err(`cluster ${c.id}: term year must be an integer`);
    if (years.has(t.year)) err(`cluster ${c.id}: two terms for ${t.year}`);
    years.add(t.year);
    if (!units.has(t.leader)) err(`cluster ${c.id} ${t.year}: unknown leader ${t.leader}`);
    if (t.deputy !== null && !units.has(t.deputy)) err(`cluster ${c.id} ${t.year}: unknown deputy ${t.deputy}`);
    for (const m of t.members) if (!units.has(m)) err(`cluster ${c.id} ${t.year}: unknown member ${m}`);
    if (!t.members.includes(t.leader)) err(`cluster ${c.id} ${t.year}: leader is not a member`);
    if (t.deputy && !t.members.includes(t.deputy)) err(`cluster ${c.id} ${t.year}: deputy is not a member`);
    if (t.deputy === t.leader) err(`cluster ${c.id} ${t.year}: leader and deputy are the same unit`);
    if (new Set(t.members).size !== t.members.length) err(`cluster ${c.id} ${t.year}: duplicate members`);
  }
}

const ids = new Set(), slugs = new Set();
const counts = {};
const files = new Set();
function checkFile(ref, where, kind) {
  const p = path.resolve(dir, ref);
  if (path.isAbsolute(ref) || !p.startsWith(dir + path.sep)) return err(`${where}: file path must be relative inside ${dir}: ${ref}`);
  if (!fs.existsSync(p)) return err(`${where}: missing file ${ref}`);
  files.add(p);
  const buf = fs.readFileSync(p);
  if (kind === 'photo') {
    const dim = jpegSize(buf);
    if (!dim) err(`${where}: ${ref} is not a JPEG`);
    if (buf.length > 400 * 1024) err(`${where}: ${ref} is larger than 400 KB`);
  } else if (ref.endsWith('.pdf') && buf.subarray(0, 5).toString() !== '%PDF-') err(`${where}: ${ref} is not a PDF`);
}
const common = ['type', 'id', 'cluster', 'title', 'slug', 'status', 'author', 'created', 'modified', 'published'];
const perType = {
  Conference: ['date', 'location', 'body', 'photos', 'attachments'],
  Plan: ['number', 'issuedOn', 'issuer', 'summary', 'body', 'legalBases', 'milestones', 'signer', 'recipients', 'attachments'],
  AwardDecision: ['number', 'issuedOn', 'issuer', 'summary', 'body', 'year', 'legalBases', 'signer', 'recipients', 'awards', 'attachments'],
  Document: ['number', 'issuedOn', 'issuer', 'summary', 'body', 'legalBases', 'signer', 'recipients', 'attachments'],
};
for (const it of (step('Content') || {}).items || []) {
  const w = `${it.type} ${it.id}`;
  counts[it.type] = (counts[it.type] || 0) + 1;
  if (!perType[it.type]) { err(`${w}: unknown type`); continue; }
  for (const k of [...common, ...perType[it.type]]) if (!(k in it)) err(`${w}: missing "${k}"`);
  for (const k of Object.keys(it)) if (![...common, ...perType[it.type]].includes(k)) err(`${w}: unexpected field "${k}"`);
  if (!ID.test(it.id)) err(`${w}: id not lower-case ascii with '-'`);
  if (ids.has(it.id)) err(`${w}: duplicate id`);
  ids.add(it.id);
  if (!clusters.has(it.cluster)) err(`${w}: unknown cluster ${it.cluster}`);
  if (it.slug !== slugify(it.title)) err(`${w}: slug "${it.slug}" != slugify(title) "${slugify(it.title)}"`);
  if (!ID.test(it.slug) || it.slug.length > 80) err(`${w}: invalid slug`);
  if (slugs.has(it.slug)) err(`${w}: duplicate slug ${it.slug}`);
  slugs.add(it.slug);
  for (const k of ['created', 'modified', 'published']) if (!STAMP.test(it[k])) err(`${w}: ${k} not ISO 8601 UTC`);
  if (!(it.created <= it.modified && it.modified <= it.published)) err(`${w}: expected created <= modified <= published`);
  if (/<\/?[a-z][^>]*>/i.test(it.body || '')) err(`${w}: raw HTML in body`);
  if (((it.body || '').match(/https?:\/\//g) || []).length > 1) err(`${w}: more than one link in body`);
  const day = it.type === 'Conference' ? it.date : it.issuedOn;
  if (!validDate(day)) err(`${w}: bad date ${day}`);
  else if (it.published.slice(0, 10) < day) err(`${w}: published before its date`);
  for (const a of it.attachments || []) { if (!a.title) err(`${w}: attachment without title`); checkFile(a.file, w, 'attachment'); }
  if (it.type === 'Conference') {
    if (!it.photos.length) err(`${w}: no photos`);
    for (const p of it.photos) { if (!p.caption) err(`${w}: photo without caption`); checkFile(p.file, w, 'photo'); }
  } else {
    if (!it.signer || !it.signer.name || !it.signer.position) err(`${w}: signer needs name and position`);
    if (!Array.isArray(it.legalBases) || !Array.isArray(it.recipients)) err(`${w}: legalBases and recipients must be arrays`);
  }
  if (it.type === 'Plan') for (const m of it.milestones) if (!validDate(m.due) || !m.text) err(`${w}: bad milestone`);
  if (it.type === 'AwardDecision') {
    if (!Number.isInteger(it.year)) err(`${w}: year must be an integer`);
    for (const a of it.awards) {
      if (!a.kind || !a.recipient || !a.unit) err(`${w}: award needs kind, recipient, unit`);
      if (!['Collective', 'Individual'].includes(a.recipientType)) err(`${w}: bad recipientType ${a.recipientType}`);
    }
  }
}

let bytes = 0;
for (const f of files) bytes += fs.statSync(f).size;
console.log(`units ${units.size}, clusters ${clusters.size}, items ${ids.size}`, counts, `files ${files.size} (${(bytes / 1024 / 1024).toFixed(2)} MB)`);
if (errors.length) { console.error(errors.map((e) => '  - ' + e).join('\n')); console.error(`${errors.length} problem(s)`); process.exit(1); }
console.log('OK');
