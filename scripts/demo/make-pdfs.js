#!/usr/bin/env node
// Generates the PDF attachments of the demo recipe (recipes/demo/files/*.pdf),
// laid out like Vietnamese official documents (Decree 30/2020/NĐ-CP): issuer
// header, national motto, number, place and date, type title, subject, "Căn cứ"
// lines, body, "Nơi nhận", signature block, and for award decisions the annexed
// list of awards. The text is taken from recipes/demo.recipe.json itself, so
// the PDFs and the recipe always say the same thing: edit the recipe, then
// re-run this script.
//
// Needs: node >= 18, the npm package pdfkit (tested with 0.17.2) installed
// OUTSIDE the repository, and the DejaVu fonts (Debian: fonts-dejavu-core and
// fonts-dejavu-extra for DejaVu Serif). For example:
//
//   npm install --prefix /tmp/demo-pdf pdfkit@0.17.2
//   NODE_PATH=/tmp/demo-pdf/node_modules node scripts/demo/make-pdfs.js
//
// Check the result with `pdftotext -layout recipes/demo/files/<file>.pdf -`
// (Debian: poppler-utils).

'use strict';
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');

const ROOT = path.resolve(__dirname, '..', '..');
const RECIPE = path.join(ROOT, 'recipes', 'demo.recipe.json');
const FONT_DIR = process.env.DEJAVU_DIR || '/usr/share/fonts/truetype/dejavu';
const FONTS = {
  regular: path.join(FONT_DIR, 'DejaVuSerif.ttf'),
  bold: path.join(FONT_DIR, 'DejaVuSerif-Bold.ttf'),
  italic: path.join(FONT_DIR, 'DejaVuSerif-Italic.ttf'),
  boldItalic: path.join(FONT_DIR, 'DejaVuSerif-BoldItalic.ttf'),
};

// What the recipe does not say about the paper form of each document.
const DOCS = [
  {
    id: 'kh-cum12-tong-ket-2025',
    file: '05-KH-CTD12-tong-ket-2025.pdf',
    headerLeft: [{ t: 'HỘI ĐỒNG TĐKT TỈNH THANH HÓA', b: false }, { t: 'CỤM THI ĐUA SỐ 12', b: true }],
    place: 'Vĩnh Lộc',
    docType: 'KẾ HOẠCH',
    signBlock: ['CỤM TRƯỞNG', 'CHỦ TỊCH UBND XÃ VĨNH LỘC'],
  },
  {
    id: 'qd-khen-thuong-cum12-2025',
    file: '585-QD-UBND-khen-thuong-cum12-2025.pdf',
    headerLeft: [{ t: 'ỦY BAN NHÂN DÂN', b: true }, { t: 'TỈNH THANH HÓA', b: true }],
    place: 'Thanh Hóa',
    docType: 'QUYẾT ĐỊNH',
    authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
    signBlock: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    annexOf: 'Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa',
  },
  {
    id: 'tb-cum11-ket-qua-tong-ket-2025',
    file: '01-TB-CTD11-ket-qua-tong-ket-2025.pdf',
    headerLeft: [{ t: 'HỘI ĐỒNG TĐKT TỈNH THANH HÓA', b: false }, { t: 'CỤM THI ĐUA SỐ 11', b: true }],
    place: 'Thanh Hóa',
    docType: 'THÔNG BÁO',
    signBlock: ['TRƯỞNG CỤM', 'CHỦ TỊCH HỘI LÀM VƯỜN VÀ TRANG TRẠI TỈNH'],
  },
];

const MM = 72 / 25.4;
const SIZE = 12;

function vnDate(place, iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const dd = d < 10 ? `0${d}` : `${d}`;
  const mm = m < 3 ? `0${m}` : `${m}`;
  return `${place}, ngày ${dd} tháng ${mm} năm ${y}`;
}
const shortDate = (iso) => iso.split('-').reverse().join('/');

// Inline Markdown: **bold** and [text](url) (links print their text only).
function runs(text) {
  const plain = text.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
  return plain.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((s) => (s.startsWith('**') ? { t: s.slice(2, -2), b: true } : { t: s, b: false }));
}
function richText(doc, text, opts = {}, base = 'regular') {
  const parts = runs(text);
  // pdfkit drops a space that starts a continued run: move it to the end of the previous run
  for (let i = 1; i < parts.length; i++) {
    const m = parts[i].t.match(/^\s+/);
    if (m) { parts[i - 1].t += m[0]; parts[i].t = parts[i].t.slice(m[0].length); }
  }
  // justified lines stretch badly around a bold run in pdfkit: align such paragraphs left
  if (parts.length > 1 && opts.align === 'justify') opts = { ...opts, align: 'left' };
  parts.forEach((p, i) => {
    const bold = p.b || base === 'bold';
    doc.font(bold ? (base === 'italic' ? 'boldItalic' : 'bold') : base);
    doc.text(p.t, { ...opts, continued: i < parts.length - 1 });
  });
  doc.font('regular');
}

function render(item, cfg, outFile) {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM },
    info: { Title: `${cfg.docType === 'QUYẾT ĐỊNH' ? 'Quyết định' : cfg.docType === 'KẾ HOẠCH' ? 'Kế hoạch' : 'Thông báo'} số ${item.number}`, Author: item.issuer, Subject: item.summary, Creator: 'EmulationPortal demo (scripts/demo/make-pdfs.js)', CreationDate: new Date(item.issuedOn + 'T00:00:00Z'), ModDate: new Date(item.issuedOn + 'T00:00:00Z') },
    pdfVersion: '1.7',
    autoFirstPage: true,
  });
  for (const [k, f] of Object.entries(FONTS)) doc.registerFont(k, f);
  doc.pipe(fs.createWriteStream(outFile));
  const L = doc.page.margins.left, R = doc.page.width - doc.page.margins.right, W = R - L;
  const top = doc.page.margins.top;

  // Header: issuer (left), national motto (right)
  const leftW = W * 0.42, rightX = L + W * 0.43, rightW = W * 0.57;
  let y = top;
  doc.fontSize(SIZE);
  for (const line of cfg.headerLeft) {
    doc.font(line.b ? 'bold' : 'regular').fontSize(SIZE - 2).text(line.t, L, y, { width: leftW, align: 'center' });
    y = doc.y;
  }
  const lw = leftW * 0.35;
  doc.moveTo(L + (leftW - lw) / 2, y + 3).lineTo(L + (leftW + lw) / 2, y + 3).lineWidth(0.6).stroke();
  doc.font('regular').fontSize(SIZE).text(`Số: ${item.number}`, L, y + 10, { width: leftW, align: 'center' });
  const leftBottom = doc.y;

  doc.font('bold').fontSize(SIZE - 2).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, { width: rightW, align: 'center' });
  doc.fontSize(SIZE - 1).text('Độc lập - Tự do - Hạnh phúc', rightX, doc.y, { width: rightW, align: 'center' });
  const mottoW = doc.widthOfString('Độc lập - Tự do - Hạnh phúc');
  const my = doc.y + 2;
  doc.moveTo(rightX + (rightW - mottoW) / 2, my).lineTo(rightX + (rightW + mottoW) / 2, my).lineWidth(0.6).stroke();
  doc.font('italic').fontSize(SIZE).text(vnDate(cfg.place, item.issuedOn), rightX, Math.max(my + 10, leftBottom - doc.currentLineHeight()), { width: rightW, align: 'center' });

  // Type and subject
  y = Math.max(doc.y, leftBottom) + 18;
  doc.font('bold').fontSize(SIZE + 2).text(cfg.docType, L, y, { width: W, align: 'center' });
  doc.fontSize(SIZE).text(item.summary, L + W * 0.08, doc.y + 2, { width: W * 0.84, align: 'center' });
  const sy = doc.y + 6;
  doc.moveTo(L + W / 2 - 45, sy).lineTo(L + W / 2 + 45, sy).lineWidth(0.6).stroke();
  doc.y = sy + 12;
  if (cfg.authority) {
    doc.font('bold').text(cfg.authority, L, doc.y, { width: W, align: 'center' });
    doc.moveDown(0.6);
  }

  // Căn cứ lines
  const para = { width: W, align: 'justify', indent: 10 * MM, paragraphGap: 3, lineGap: 0.8 };
  doc.font('italic');
  item.legalBases.forEach((b) => {
    doc.text(`Căn cứ ${b};`, L, doc.y, para);
  });

  // Body (simple Markdown: headings, lists, paragraphs, **bold**)
  const blocks = item.body.split(/\n\s*\n/);
  let decided = false;
  doc.font('regular').fontSize(SIZE);
  for (const block of blocks) {
    const lines = block.split('\n');
    if (cfg.docType === 'QUYẾT ĐỊNH' && !decided && /^\*\*Điều 1\./.test(lines[0])) {
      decided = true;
      doc.moveDown(0.3);
      doc.font('bold').text('QUYẾT ĐỊNH:', L, doc.y, { width: W, align: 'center', paragraphGap: 6 });
      doc.font('regular');
    }
    for (const line of lines) {
      const h = line.match(/^(#{2,4})\s+(.*)$/);
      const li = line.match(/^\s*-\s+(.*)$/);
      const ol = line.match(/^\s*(\d+)\.\s+(.*)$/);
      if (h) {
        doc.moveDown(0.2);
        doc.font(h[1].length === 2 ? 'bold' : 'boldItalic').text(h[2].replace(/\*\*/g, ''), L, doc.y, { width: W, indent: 10 * MM, paragraphGap: 3 });
        doc.font('regular');
      } else if (li) {
        richText(doc, `- ${li[1]}`, { ...para, indent: 10 * MM });
      } else if (ol) {
        richText(doc, `${ol[1]}. ${ol[2]}`, { ...para, indent: 10 * MM });
      } else if (line.trim()) {
        richText(doc, line.trim(), para, /^Xét /.test(line) ? 'italic' : 'regular');
      }
    }
  }

  // Recipients (left) and signature (right)
  doc.moveDown(0.8);
  if (doc.y > doc.page.height - doc.page.margins.bottom - 150) doc.addPage();
  const sigTop = doc.y;
  doc.font('boldItalic').fontSize(SIZE - 1).text('Nơi nhận:', L, sigTop, { width: W * 0.45 });
  doc.font('regular').fontSize(SIZE - 2);
  item.recipients.forEach((r, i) => doc.text(`- ${r}${i === item.recipients.length - 1 ? '.' : ';'}`, L, doc.y, { width: W * 0.45 }));
  const recBottom = doc.y;
  const sx = L + W * 0.48, sw = W * 0.52;
  doc.font('bold').fontSize(SIZE);
  doc.y = sigTop;
  cfg.signBlock.forEach((t) => doc.text(t, sx, doc.y, { width: sw, align: 'center' }));
  doc.font('italic').fontSize(SIZE - 2).text('(Đã ký)', sx, doc.y + 6, { width: sw, align: 'center' });
  doc.font('bold').fontSize(SIZE).text(item.signer.name, sx, doc.y + 42, { width: sw, align: 'center' });
  doc.y = Math.max(doc.y, recBottom);

  // Annex: list of awards
  if (item.awards && item.awards.length) {
    doc.addPage();
    doc.font('bold').fontSize(SIZE + 1).text('DANH SÁCH', L, doc.page.margins.top, { width: W, align: 'center' });
    doc.fontSize(SIZE).text(`Tập thể, cá nhân được khen thưởng năm ${item.year}`, L, doc.y, { width: W, align: 'center' });
    doc.font('italic').fontSize(SIZE - 1).text(`(Kèm theo Quyết định số ${item.number} ngày ${shortDate(item.issuedOn)} của ${cfg.annexOf})`, L, doc.y + 2, { width: W, align: 'center' });
    const ly = doc.y + 6;
    doc.moveTo(L + W / 2 - 45, ly).lineTo(L + W / 2 + 45, ly).lineWidth(0.6).stroke();
    doc.y = ly + 14;
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
    const kinds = [...new Set(item.awards.map((a) => a.kind))];
    const colN = L, colName = L + 28, colUnit = L + W * 0.5;
    kinds.forEach((kind, k) => {
      doc.font('bold').fontSize(SIZE).text(`${roman[k]}. ${kind.toUpperCase()}`, L, doc.y + 4, { width: W });
      for (const [type, label] of [['Collective', 'Tập thể'], ['Individual', 'Cá nhân']]) {
        const list = item.awards.filter((a) => a.kind === kind && a.recipientType === type);
        if (!list.length) continue;
        doc.font('boldItalic').text(`${label}:`, L + 10, doc.y + 3, { width: W });
        list.forEach((a, i) => {
          const rowY = doc.y + 2;
          doc.font('regular').text(`${i + 1}.`, colN, rowY, { width: 24, align: 'right' });
          if (type === 'Collective') {
            doc.text(a.recipient === a.unit ? a.recipient : `${a.recipient}, ${a.unit}`, colName, rowY, { width: W - 28 });
          } else {
            doc.font('bold').text(a.recipient, colName, rowY, { width: colUnit - colName - 6 });
            const h1 = doc.y;
            doc.font('regular').text(a.unit, colUnit, rowY, { width: R - colUnit });
            doc.y = Math.max(h1, doc.y);
          }
        });
      }
    });
    doc.font('italic').fontSize(SIZE - 1).text(`Danh sách gồm ${item.awards.filter((a) => a.recipientType === 'Collective').length} tập thể và ${item.awards.filter((a) => a.recipientType === 'Individual').length} cá nhân./.`, L, doc.y + 10, { width: W });
  }

  doc.end();
}

function main() {
  const recipe = JSON.parse(fs.readFileSync(RECIPE, 'utf8'));
  const items = recipe.steps.find((s) => s.name === 'Content').items;
  const outDir = path.join(ROOT, 'recipes', 'demo', 'files');
  fs.mkdirSync(outDir, { recursive: true });
  for (const cfg of DOCS) {
    const item = items.find((i) => i.id === cfg.id);
    if (!item) throw new Error(`recipe has no item ${cfg.id}`);
    render(item, cfg, path.join(outDir, cfg.file));
    console.log(`${cfg.file}  <- ${item.type} ${item.number}`);
  }
}
main();
