import { describe, expect, it } from 'vitest';
import { DOCX, sniffType, XLSX } from './sniff-type.js';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const zip = (entry: string) =>
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(entry)]);

describe('sniffType', () => {
  it('detects types from bytes, not names', () => {
    expect(sniffType(png, 'x.pdf', false)).toBe('image/png');
    expect(sniffType(Buffer.from('%PDF-1.7\n'), 'photo.png', false)).toBe('application/pdf');
    expect(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'a', false)).toBe('image/jpeg');
    expect(sniffType(Buffer.from('GIF89a....'), 'a', false)).toBe('image/gif');
    expect(sniffType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '), 'a', false)).toBe('image/webp');
    expect(sniffType(zip('[Content_Types].xmlword/document.xml'), 'a.bin', false)).toBe(DOCX);
    expect(sniffType(zip('[Content_Types].xmlxl/workbook.xml'), 'a', false)).toBe(XLSX);
    expect(sniffType(zip('notes.txt'), 'a.docx', false)).toBe('application/zip');
    expect(sniffType(Buffer.from('name,email\nAnna,a@x.lv\n'), 'people.CSV', true)).toBe('text/csv');
    expect(sniffType(Buffer.from('Sveiki, Jānis!'), 'hello.txt', true)).toBe('text/plain');
  });

  it('refuses executables, scripts and unknown binaries', () => {
    expect(sniffType(Buffer.from('MZ\x90\x00'), 'invoice.pdf', false)).toBeNull();
    expect(sniffType(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]), 'a.txt', false)).toBeNull();
    expect(sniffType(Buffer.from('#!/bin/sh\nrm -rf /'), 'a.txt', true)).toBeNull();
    expect(sniffType(Buffer.from([0, 1, 2, 3, 0xff]), 'a.bin', true)).toBeNull();
    expect(sniffType(Buffer.alloc(0), 'empty.txt', true)).toBeNull();
  });
});
