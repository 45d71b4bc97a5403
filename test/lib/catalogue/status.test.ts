import { describe, expect, it } from 'vitest';
import { statusOn, type StatusFacts } from '../../../src/lib/catalogue/status.ts';

const decree80: StatusFacts = { id: '80-2020-nd-cp', issuedOn: '2020-07-08', effectiveFrom: '2020-07-08', status: { code: 'het-hieu-luc', until: '2025-12-08' } };
const decree313: StatusFacts = { id: '313-2025-nd-cp', issuedOn: '2025-12-08', effectiveFrom: '2025-12-08', replaces: [{ id: '80-2020-nd-cp' }] };
const law2011: StatusFacts = { id: '66-2011-qh12', issuedOn: '2011-03-29', effectiveFrom: '2012-01-01', status: { code: 'con-hieu-luc' } };
const law2024: StatusFacts = { id: '53-2024-qh15', issuedOn: '2024-11-28', effectiveFrom: '2025-07-01', replaces: [{ id: '66-2011-qh12' }] };
const qd35: StatusFacts = { id: 'qd-35', issuedOn: '2014-07-15', status: { code: 'chua-xac-dinh' } };
const qd06: StatusFacts = { id: 'qd-06', issuedOn: '2021-03-18', repeals: [{ id: 'qd-35' }] };
const party: StatusFacts = { id: '36-nq-tw', issuedOn: '2004-03-26', status: { code: 'con-hieu-luc' } };
const unknown: StatusFacts = { id: 'x', issuedOn: '2015-01-21', status: { code: 'chua-xac-dinh' } };
const expiredNoDate: StatusFacts = { id: 'y', issuedOn: '2015-01-21', status: { code: 'het-hieu-luc' } };
// Luật Tương trợ tư pháp 2007: several laws replace it on one day, a third one later.
const mutual: StatusFacts = { id: '08-2007-qh12', issuedOn: '2007-11-21', effectiveFrom: '2008-07-01', status: { code: 'het-hieu-luc', until: '2026-07-01' } };
const extradition: StatusFacts = { id: '100-2025-qh15', issuedOn: '2025-11-26', effectiveFrom: '2026-07-01', replaces: [{ id: '08-2007-qh12' }] };
const criminal: StatusFacts = { id: '103-2025-qh15', issuedOn: '2025-11-26', effectiveFrom: '2026-07-01', replaces: [{ id: '08-2007-qh12' }] };
const later: StatusFacts = { id: 'later', issuedOn: '2027-01-01', replaces: [{ id: '08-2007-qh12' }] };
const all = [decree80, decree313, law2011, law2024, qd35, qd06, party, unknown, expiredNoDate, mutual, extradition, criminal, later];

describe('statusOn', () => {
  it.each([
    // a 2023 report cites 80/2020 while it was in force
    [decree80, '2023-12-31', { code: 'in-force', since: '2020-07-08' }],
    // from 08/12/2025 it is replaced by 313/2025
    [decree80, '2025-12-08', { code: 'replaced', by: '313-2025-nd-cp', successors: ['313-2025-nd-cp'], since: '2025-12-08' }],
    // the law of 2024 passed but not yet in force: the 2011 law still is
    [law2011, '2025-01-01', { code: 'in-force', since: '2012-01-01' }],
    [law2024, '2025-01-01', { code: 'not-yet', since: '2025-07-01' }],
    [law2011, '2025-07-01', { code: 'replaced', by: '53-2024-qh15', successors: ['53-2024-qh15'], since: '2025-07-01' }],
    // a decision repealed by another (Party documents and decisions take effect on their issue date)
    // (the day before, it was in force: a later repeal says it had not ended yet)
    [qd35, '2021-03-17', { code: 'in-force', since: '2014-07-15' }],
    [qd35, '2021-03-18', { code: 'repealed', by: 'qd-06', successors: ['qd-06'], since: '2021-03-18' }],
    // before its issue date a document is not yet
    [party, '2000-01-01', { code: 'not-yet', since: '2004-03-26' }],
    [party, '2026-01-01', { code: 'in-force', since: '2004-03-26' }],
    // its own end date, without a successor in the catalogue
    [{ ...decree80, id: 'alone' }, '2026-01-01', { code: 'expired', since: '2025-12-08' }],
    // a status not established is unknown, not in force
    [unknown, '2026-01-01', { code: 'unknown' }],
    // "hết hiệu lực" with no date: unknown for any past date rather than a false alarm
    [expiredNoDate, '2016-01-01', { code: 'unknown' }],
    // replaced by two laws on one day: both are successors; one that takes effect later is not (yet)
    [mutual, '2026-07-01', { code: 'replaced', by: '100-2025-qh15', successors: ['100-2025-qh15', '103-2025-qh15'], since: '2026-07-01' }],
    [mutual, '2028-01-01', { code: 'replaced', by: '100-2025-qh15', successors: ['100-2025-qh15', '103-2025-qh15'], since: '2026-07-01' }],
  ])('%o on %s', (doc, date, expected) => expect(statusOn(doc, date, all)).toEqual(expected));
});
