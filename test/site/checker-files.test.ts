// The checker's compact files over the built site: every document of van-ban.json is in them, with the facts the
// check reads unchanged, and the header says as many shards as there are files.
import { describe, expect, it } from 'vitest';
import type { CheckerFile } from '../../src/lib/checker/files.ts';
import { distFiles, readPage } from '../support/dist.ts';

const catalogue = JSON.parse(readPage('/du-lieu/van-ban.json')) as { documents: { id: string; symbol: string; issuedOn: string; issuer: string; title?: string }[] };
const shardFiles = distFiles((f) => /^du-lieu\/kiem-tra-\d+\.json$/.test(f));
const files = [...shardFiles, 'du-lieu/kiem-tra-ten.json'].map((f) => JSON.parse(readPage(`/${f}`)) as CheckerFile);

describe('kiem-tra-*.json', () => {
  it('one file per shard the header search form announces', () => {
    const count = Number(/data-so-hieu="(\d+)"/.exec(readPage('/kiem-tra/'))?.[1]);
    expect(shardFiles.length).toBe(count);
  });

  it('holds every document, with its symbol, date, issuer, title and catalogue position', () => {
    const filed = new Map(files.flatMap((f) => f.documents).map((d) => [d.id, d]));
    expect([...filed.keys()].sort()).toEqual(catalogue.documents.map((d) => d.id).sort());
    catalogue.documents.forEach((d, at) => {
      const r = filed.get(d.id)!;
      expect([r.symbol, r.issuedOn, r.issuer, r.title, r.at]).toEqual([d.symbol, d.issuedOn, d.issuer, d.title, at]);
    });
  });
});
