#!/usr/bin/env python3
# make-training.py
#
# Copyright 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes Hearth's fictional training set, resources/training/*.xml: three
# families in the family exchange format (resources/exchange/hearth-family.rng),
# loaded by training mode through the same import path as real files.
#
#   python3 tests/data/make-training.py [OUTPUT-DIR]
#
# The output is deterministic (a fixed seed per family, dates fixed
# relative to 2026-11-01) and canonical: byte for byte what `hearth-cli
# export` writes for the family, so tests can import each file and export
# it again unchanged. Answers use the item and field ids of the shipped
# instruments, read from resources/instruments/. This script is a
# development tool: it is not installed; its output is committed.
#
# Every name is plainly fictional. The three stories, between them:
#   - the Fernsby family improves and holds (home conditions and
#     screenings get better in 2025 and stay better through 2026);
#   - the Gorsewick family improves, then falls back after a new partner
#     moves in during 2026;
#   - the Nettlebury family drifts: visits stop for months at a time,
#     referrals restart from nothing, scores stay where they were.

import datetime
import os
import random
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
END = datetime.date(2026, 11, 1)
STAFF = {
    'worker': 'Morgan Ledgerwood',
    'worker2': 'Robin Fairbrook',
    'supervisor': 'Alex Steadman',
}
ACCOUNTS = {
    'Morgan Ledgerwood': 'mledgerwood',
    'Robin Fairbrook': 'rfairbrook',
    'Alex Steadman': 'asteadman',
}

# --- The instruments -----------------------------------------------------


def load_instrument(name):
    root = ET.parse(os.path.join(ROOT, 'resources', 'instruments', name)).getroot()
    items, fields = [], {}
    for section in root.findall('section'):
        for entry in section:
            if entry.tag == 'item':
                items.append({
                    'id': entry.get('id'),
                    'category': entry.get('category'),
                    'min': int(entry.get('min-age', '0')),
                    'max': int(entry.get('max-age', '99')),
                })
            elif entry.tag == 'field':
                fields[entry.get('id')] = {
                    'type': entry.get('type'),
                    'options': [o.get('id') for o in entry.findall('option')],
                    'computed': entry.get('computed') == 'true',
                }
    return {'id': root.get('id'), 'version': root.get('version'), 'items': items,
            'fields': fields}


SCREENING = load_instrument('neglect-screening.xml')
HOME = load_instrument('home-conditions.xml')

# --- Canonical XML, as libxml2's text writer escapes it ------------------


def escape_text(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace('\r', '&#13;'))


def escape_attr(text):
    return (escape_text(text).replace('\n', '&#10;').replace('\t', '&#9;'))


class Element:
    def __init__(self, name, attrs=(), text=None):
        self.name = name
        self.attrs = [(k, v) for k, v in attrs if v is not None]
        self.text = text
        self.children = []

    def add(self, child):
        self.children.append(child)
        return child

    def write(self, out, depth):
        pad = '  ' * depth
        attrs = ''.join(' %s="%s"' % (k, escape_attr(str(v))) for k, v in self.attrs)
        if self.text is not None:
            out.append('%s<%s%s>%s</%s>\n' % (pad, self.name, attrs, escape_text(self.text),
                                              self.name))
        elif not self.children:
            out.append('%s<%s%s/>\n' % (pad, self.name, attrs))
        else:
            out.append('%s<%s%s>\n' % (pad, self.name, attrs))
            for child in self.children:
                child.write(out, depth + 1)
            out.append('%s</%s>\n' % (pad, self.name))


def boolean(value):
    return 'true' if value else 'false'


def moment(day, hour, minute=0):
    return '%sT%02d:%02d:00Z' % (day.isoformat(), hour, minute)


def age_at(born, day):
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def clamp(value, low=1, high=5):
    return max(low, min(high, value))

# --- A family under construction -----------------------------------------


class Family:
    def __init__(self, seed, reference, name, created):
        self.rng = random.Random(seed)
        self.reference = reference
        self.name = name
        self.created = created
        self.people = []       # dicts with 'id'
        self.visits = []
        self.assessments = []
        self.events = []
        self.periods = []
        self.supervisions = []
        self.audit = []        # (sort key, entry attrs)

    # Records keep their document ids; the audit trail is sorted by time
    # at the end, as the store would have written it.
    def log(self, when, actor, entity, record, action, summary):
        self.audit.append((when, len(self.audit),
                           [('at', when), ('actor', ACCOUNTS[actor]), ('entity', entity),
                            ('record', record), ('action', action), ('summary', summary)]))

    def person(self, kind, name, born, sex, role='parent', lives_in_home=True, send=False,
               added=None):
        added = added or self.created
        pid = 'p%d' % (len(self.people) + 1)
        stamp = moment(added, 16, len(self.people))
        self.people.append({'id': pid, 'kind': kind, 'name': name,
                            'born': born.isoformat() if born else None, 'sex': sex,
                            'send': send, 'role': role, 'lives': lives_in_home,
                            'created': stamp, 'updated': stamp, 'born_date': born})
        self.log(stamp, STAFF['worker'], 'person', pid, 'create',
                 'Added child' if kind == 'child' else 'Added adult')
        return pid

    def children(self):
        return [p for p in self.people if p['kind'] == 'child']

    def visit(self, day, hour, present, seen, announced=True, notes=None, others=None,
              worker='worker'):
        vid = 'v%d' % (len(self.visits) + 1)
        stamp = moment(day, 17, 15)
        self.visits.append({'id': vid, 'day': day, 'at': moment(day, hour, 30),
                            'practitioner': STAFF[worker], 'announced': announced,
                            'present': present, 'seen': seen, 'notes': notes,
                            'others': others, 'created': stamp, 'updated': stamp})
        self.log(stamp, STAFF[worker], 'visit', vid, 'create', 'Recorded visit')
        return vid

    def event(self, day, category, source, what, impact='unknown', significance='low',
              children=(), impact_text=None, action=None, analysis=None, visit=None,
              assessment=None, precision='day'):
        eid = 'e%d' % (len(self.events) + 1)
        entered = day + datetime.timedelta(days=1)
        stamp = moment(min(entered, END), 9, len(self.events) % 60)
        self.events.append({'id': eid, 'date': day.isoformat(), 'precision': precision,
                            'category': category, 'source': source, 'impact': impact,
                            'significance': significance, 'visit': visit,
                            'assessment': assessment, 'children': list(children),
                            'what': what, 'impact_text': impact_text, 'action': action,
                            'analysis': analysis, 'created': stamp, 'updated': stamp})
        return eid

    def period(self, person, kind, start, end=None):
        rid = 'r%d' % (len(self.periods) + 1)
        stamp = moment(start, 12)
        self.periods.append({'id': rid, 'person': person, 'kind': kind,
                             'start': start.isoformat(),
                             'end': end.isoformat() if end else None,
                             'created': stamp, 'updated': moment(end, 12) if end else stamp})
        self.log(stamp, STAFF['worker'], 'period', rid, 'create', 'Added period of involvement')
        if end:
            self.log(moment(end, 12), STAFF['worker'], 'period', rid, 'update',
                     'Updated period of involvement')
        return rid

    def assessment(self, instrument, visit, responses, child=None, status='final',
                   supersedes=None, amend_reason=None, worker='worker', created_day=None):
        aid = 'a%d' % (len(self.assessments) + 1)
        day = created_day or next(v['day'] for v in self.visits if v['id'] == visit)
        created = moment(day, 15)
        finalised = moment(day + datetime.timedelta(days=2), 11) if status != 'draft' else None
        self.assessments.append({'id': aid, 'scope': 'child' if child else 'household',
                                 'child': child, 'instrument': instrument['id'],
                                 'version': instrument['version'], 'visit': visit,
                                 'status': status, 'supersedes': supersedes,
                                 'finalised_at': finalised,
                                 'finalised_by': ACCOUNTS[STAFF[worker]] if finalised else None,
                                 'amend_reason': amend_reason, 'responses': responses,
                                 'created': created, 'updated': finalised or created,
                                 'day': day})
        self.log(created, STAFF[worker], 'assessment', aid, 'create',
                 'Created as an amendment' if supersedes else 'Created assessment')
        if finalised:
            self.log(finalised, STAFF[worker], 'assessment', aid, 'finalise',
                     'Finalised assessment')
        return aid

    def supersede(self, aid, when):
        old = next(a for a in self.assessments if a['id'] == aid)
        old['status'] = 'superseded'
        old['updated'] = when
        self.log(when, STAFF['worker'], 'assessment', aid, 'amend',
                 'Amended; superseded by a new version')

    def supervision(self, day, reflection, decisions, actions, next_review, status='final'):
        sid = 's%d' % (len(self.supervisions) + 1)
        created = moment(day, 14)
        finalised = moment(day, 16) if status == 'final' else created
        self.supervisions.append({'id': sid, 'date': day.isoformat(),
                                  'next_review': next_review.isoformat() if next_review else None,
                                  'status': status, 'reflection': reflection,
                                  'decisions': decisions, 'actions': actions,
                                  'created': created, 'updated': finalised})
        self.log(created, STAFF['supervisor'], 'supervision', sid, 'create',
                 'Recorded supervision')
        if status == 'final':
            self.log(finalised, STAFF['supervisor'], 'supervision', sid, 'finalise',
                     'Finalised supervision record')
        return sid

    # Ids follow the order records were entered, as in a real database:
    # events by date, assessments by when they were created.
    def renumber(self):
        events = sorted(self.events, key=lambda e: (e['date'], int(e['id'][1:])))
        event_ids = {e['id']: 'e%d' % (i + 1) for i, e in enumerate(events)}
        assessments = sorted(self.assessments, key=lambda a: (a['created'], int(a['id'][1:])))
        assessment_ids = {a['id']: 'a%d' % (i + 1) for i, a in enumerate(assessments)}

        for e in events:
            e['id'] = event_ids[e['id']]
            if e['assessment']:
                e['assessment'] = assessment_ids[e['assessment']]
            self.log(e['created'], STAFF['worker'], 'event', e['id'], 'create',
                     'Added chronology event')
        for a in assessments:
            a['id'] = assessment_ids[a['id']]
            if a['supersedes']:
                a['supersedes'] = assessment_ids[a['supersedes']]
        for i, (when, seq, attrs) in enumerate(self.audit):
            if ('entity', 'assessment') in attrs:
                attrs[:] = [(k, assessment_ids[v] if k == 'record' else v) for k, v in attrs]
        self.events = events
        self.assessments = assessments

    # --- The document ---------------------------------------------------

    def document(self):
        self.renumber()
        root = Element('hearth-family', [('format', '1')])
        stamp = moment(self.created, 10)
        root.add(Element('family', [('reference', self.reference), ('name', self.name),
                                    ('archived', 'false'), ('created', stamp),
                                    ('updated', stamp)]))
        self.log(stamp, STAFF['worker'], 'family', None, 'create', 'Created family')

        people = root.add(Element('people'))
        for p in self.people:
            people.add(Element('person', [
                ('id', p['id']), ('kind', p['kind']), ('name', p['name']), ('born', p['born']),
                ('sex', p['sex']), ('send', boolean(p['send'])), ('role', p['role']),
                ('lives-in-home', boolean(p['lives'])), ('created', p['created']),
                ('updated', p['updated'])]))

        visits = root.add(Element('visits'))
        for v in self.visits:
            el = visits.add(Element('visit', [
                ('id', v['id']), ('at', v['at']), ('practitioner', v['practitioner']),
                ('announced', boolean(v['announced'])), ('created', v['created']),
                ('updated', v['updated'])]))
            for pid in v['present']:
                el.add(Element('present', [('person', pid)]))
            for pid, seen, alone in v['seen']:
                el.add(Element('child', [('person', pid), ('seen', boolean(seen)),
                                         ('seen-alone', boolean(alone))]))
            if v['others'] is not None:
                el.add(Element('others-present', text=v['others']))
            if v['notes'] is not None:
                el.add(Element('notes', text=v['notes']))

        assessments = root.add(Element('assessments'))
        for a in self.assessments:
            el = assessments.add(Element('assessment', [
                ('id', a['id']), ('scope', a['scope']), ('child', a['child']),
                ('instrument', a['instrument']), ('instrument-version', a['version']),
                ('visit', a['visit']), ('status', a['status']), ('supersedes', a['supersedes']),
                ('finalised-at', a['finalised_at']), ('finalised-by', a['finalised_by']),
                ('created', a['created']), ('updated', a['updated'])]))
            if a['amend_reason'] is not None:
                el.add(Element('amend-reason', text=a['amend_reason']))
            for item in sorted(a['responses']):
                level, not_known, note, value, child = a['responses'][item]
                r = el.add(Element('response', [('item', item), ('level', level),
                                                ('not-known', boolean(not_known)),
                                                ('child', child)]))
                if note is not None:
                    r.add(Element('note', text=note))
                if value is not None:
                    r.add(Element('value', text=value))

        chronology = root.add(Element('chronology'))
        for e in self.events:
            el = chronology.add(Element('event', [
                ('id', e['id']), ('date', e['date']), ('precision', e['precision']),
                ('category', e['category']), ('source', e['source']), ('impact', e['impact']),
                ('significance', e['significance']), ('visit', e['visit']),
                ('assessment', e['assessment']), ('created', e['created']),
                ('updated', e['updated'])]))
            for pid in e['children']:
                el.add(Element('child', [('person', pid)]))
            el.add(Element('what-happened', text=e['what']))
            if e['impact_text'] is not None:
                el.add(Element('impact-on-child', text=e['impact_text']))
            if e['action'] is not None:
                el.add(Element('action-taken', text=e['action']))
            if e['analysis'] is not None:
                el.add(Element('analysis', text=e['analysis']))

        periods = root.add(Element('periods'))
        for r in self.periods:
            periods.add(Element('period', [
                ('id', r['id']), ('person', r['person']), ('kind', r['kind']),
                ('start', r['start']), ('end', r['end']), ('created', r['created']),
                ('updated', r['updated'])]))

        supervisions = root.add(Element('supervisions'))
        for s in self.supervisions:
            el = supervisions.add(Element('supervision', [
                ('id', s['id']), ('date', s['date']), ('supervisor', STAFF['supervisor']),
                ('practitioner', STAFF['worker']), ('next-review', s['next_review']),
                ('status', s['status']), ('created', s['created']), ('updated', s['updated'])]))
            if s['reflection'] is not None:
                el.add(Element('reflection', text=s['reflection']))
            if s['decisions'] is not None:
                el.add(Element('decisions', text=s['decisions']))
            for text, owner, due, done in s['actions']:
                el.add(Element('action', [('owner', owner), ('due', due.isoformat()),
                                          ('done', boolean(done))], text=text))

        audit = root.add(Element('audit'))
        for _, _, attrs in sorted(self.audit, key=lambda entry: (entry[0], entry[1])):
            audit.add(Element('entry', attrs))

        out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
        root.write(out, 0)
        return ''.join(out)

# --- Answers ------------------------------------------------------------

ITEM_NOTES = {
    1: ['No concerns seen or reported.', 'Well met; school agrees.', 'Good, and consistent.'],
    2: ['Mostly met; one lapse this period, put right quickly.',
        'Better than last time; parent explained the plan.',
        'Occasional gaps, picked up without prompting.'],
    3: ['Met some days and not others.', 'Inconsistent; depends on how the week has gone.',
        'Needed prompting from the worker before it was done.'],
    4: ['Often unmet; seen on this visit and reported by school.',
        'Not met on most days this month.', 'Unmet despite the plan; no change since review.'],
    5: ['Not met at all; immediate action taken today.'],
}


def rate(family, base, spread=0.6):
    """A level near @base, 1 to 5."""
    return clamp(int(round(base + family.rng.uniform(-spread, spread))))


def screening_responses(family, child, day, base, seen, alone, voice, adults, factors,
                        analysis, decision):
    born = child['born_date']
    age = age_at(born, day)
    answers = {}
    for item in SCREENING['items']:
        if not (item['min'] <= age <= item['max']):
            continue
        if family.rng.random() < 0.06:
            answers[item['id']] = (0, True, 'No evidence either way yet.', None, None)
            continue
        level = rate(family, base.get(item['category'], 2.0))
        note = family.rng.choice(ITEM_NOTES[level]) if family.rng.random() < 0.55 else None
        answers[item['id']] = (level, False, note, None, None)
    answers['child-seen'] = (0, False, None, boolean(seen), None)
    answers['child-seen-alone'] = (0, False, None, boolean(alone), None)
    if not (seen and alone):
        answers['not-seen-reason'] = (0, False, None,
                                      'Asleep when we arrived.' if not seen
                                      else 'Parent stayed in the room throughout.', None)
    answers['child-voice'] = (0, False, None, voice, None)
    answers['typical-day'] = (0, False, None,
                              'Up at seven, breakfast if there is some, school, home by four; '
                              'tea and television; bed when tired.', None)
    answers['significant-adults'] = (0, False, None, adults, None)
    for field in ('child-factors', 'parental-factors', 'wider-factors'):
        chosen = [o for o in SCREENING['fields'][field]['options'] if o in factors]
        if chosen:
            answers[field] = (0, False, None, ','.join(chosen), None)
    answers['disguised-compliance'] = (0, False, None, factors.get('compliance', 'not-observed'),
                                       None)
    answers['strengths'] = (0, False, None, 'Warm, affectionate relationship with the parent.',
                            None)
    answers['analysis'] = (0, False, None, analysis, None)
    answers['decision'] = (0, False, None, str(decision), None)
    answers['decision-reason'] = (0, False, None,
                                  'Agreed in supervision, read with the chronology.', None)
    return answers


def home_responses(family, base, child_pid, reason, change, analysis, decision, announced):
    answers = {}
    for item in HOME['items']:
        level = rate(family, base + (0.4 if item['id'] in ('kitchen', 'food', 'hygiene') else 0))
        note = family.rng.choice(ITEM_NOTES[level]) if family.rng.random() < 0.6 else None
        answers[item['id']] = (level, False, note, None, None)
    answers['most-vulnerable-child'] = (0, False, None, None, child_pid)
    answers['most-vulnerable-reason'] = (0, False, None, reason, None)
    answers['visit-notice'] = (0, False, None, 'announced' if announced else 'unannounced', None)
    answers['family-view'] = (0, False, None, 'Parent says the house is "getting there".', None)
    answers['change-since-last'] = (0, False, None, change, None)
    answers['analysis'] = (0, False, None, analysis, None)
    answers['decision'] = (0, False, None, str(decision), None)
    return answers


def level_for(base):
    return 1 if base < 1.75 else 2 if base < 2.5 else 3 if base < 3.5 else 4

# --- Routine chronology ---------------------------------------------------

ROUTINE = [
    ('education', 'School', 'Attendance this half-term {att}%.', 'low'),
    ('health', 'School nurse', 'Height and weight checked at school.', 'low'),
    ('support-given', 'Family support worker', 'Session on routines and meal planning.', 'low'),
    ('missed-appointment', 'GP', 'Missed the booked appointment; no call to rearrange.', 'medium'),
    ('missed-appointment', 'Dentist', 'Did not attend the dental check.', 'medium'),
    ('education', 'School', 'Arrived late three times this week, without breakfast.', 'medium'),
    ('positive', 'School', 'Certificate in assembly for effort in reading.', 'low'),
    ('support-given', 'Food bank', 'Food parcel collected.', 'low'),
    ('health', 'Health visitor', 'Development review completed at home.', 'low'),
    ('plan-or-meeting', "Children's social care", 'Core group meeting held; plan reviewed.',
     'medium'),
]


def routine_events(family, start, end, every, mood, children_for):
    """Events at roughly @every days; @mood(day) is 'good', 'mixed' or 'bad'."""
    day = start
    while day <= end:
        category, source, text, significance = family.rng.choice(ROUTINE)
        state = mood(day)
        if category == 'missed-appointment' and state == 'good' and family.rng.random() < 0.7:
            category, source, text, significance = ROUTINE[6]
        if category == 'positive' and state == 'bad' and family.rng.random() < 0.7:
            category, source, text, significance = ROUTINE[5]
        attendance = {'good': 96, 'mixed': 89, 'bad': 78}[state] + family.rng.randint(-2, 2)
        impact = {'positive': 'positive', 'support-given': 'positive',
                  'missed-appointment': 'negative'}.get(category,
                                                        {'good': 'neutral', 'mixed': 'neutral',
                                                         'bad': 'negative'}[state])
        kids = children_for(day, category)
        family.event(day, category, source, text.format(att=attendance), impact=impact,
                     significance=significance, children=kids,
                     impact_text={'positive': 'Proud, and said so.',
                                  'negative': 'Another gap in care the child will notice.'}
                     .get(impact),
                     action='Discussed at the next visit.' if impact == 'negative' else None)
        day += datetime.timedelta(days=every + family.rng.randint(-4, 4))


def d(text):
    return datetime.date.fromisoformat(text)


def visits_between(family, dates, hours, seen_for, present, notes_for, announced_for=None,
                   others=None):
    """One visit per date; returns {date: visit id}."""
    ids = {}
    for i, day in enumerate(dates):
        announced = announced_for(day) if announced_for else True
        ids[day] = family.visit(day, hours[i % len(hours)], present(day), seen_for(day),
                                announced=announced, notes=notes_for(day),
                                others=others(day) if others else None)
    return ids


def visit_summary(family, vid):
    visit = next(v for v in family.visits if v['id'] == vid)
    names = {p['id']: p['name'].split()[0] for p in family.people}
    unseen = [names[pid] for pid, seen, _ in visit['seen'] if not seen]
    alone = [names[pid] for pid, seen, alone in visit['seen'] if alone]
    text = '%s home visit.' % ('Announced' if visit['announced'] else 'Unannounced')
    if unseen:
        text += ' Not seen: %s.' % ', '.join(unseen)
    else:
        text += ' Every child seen.'
    if alone:
        text += ' Seen alone: %s.' % ', '.join(alone)
    return text


def every(start, end, days, rng, jitter=5):
    out, day = [], start
    while day <= end:
        out.append(day)
        day += datetime.timedelta(days=days + rng.randint(-jitter, jitter))
    return out


def school_age(family, day):
    return [c['id'] for c in family.children() if age_at(c['born_date'], day) >= 5]


def under_five(family, day):
    return [c['id'] for c in family.children() if age_at(c['born_date'], day) < 5]


def pick_children(family):
    def choose(day, category):
        if category in ('education', 'positive'):
            kids = school_age(family, day)
        elif category == 'health' or category == 'missed-appointment':
            kids = [family.rng.choice(family.children())['id']]
        elif category == 'support-given':
            kids = []
        else:
            kids = [c['id'] for c in family.children()]
        return kids or [family.children()[0]['id']]
    return choose


def screen_all(family, visits, day, base_by_child, voices, adults, factors, analysis,
               seen_alone=None):
    """A screening for each child at the visit on @day; returns {child id: assessment id}."""
    out = {}
    vid = visits[day]
    visit = next(v for v in family.visits if v['id'] == vid)
    for child in family.children():
        seen = next((s for s in visit['seen'] if s[0] == child['id']), (child['id'], True, False))
        base = base_by_child[child['id']]
        answers = screening_responses(family, child, day, base, seen[1], seen[2],
                                      voices[child['id']], adults, factors, analysis,
                                      level_for(sum(base.values()) / len(base)))
        out[child['id']] = family.assessment(SCREENING, vid, answers, child=child['id'])
    return out


def home_check(family, visits, day, base, child, reason, change, analysis, status='final'):
    vid = visits[day]
    visit = next(v for v in family.visits if v['id'] == vid)
    answers = home_responses(family, base, child, reason, change, analysis, level_for(base),
                             visit['announced'])
    aid = family.assessment(HOME, vid, answers, status=status)
    family.event(day, 'assessment', "Children's social care",
                 'Home conditions assessment completed at the visit.',
                 impact='positive' if base < 2.5 else 'negative' if base >= 3.2 else 'neutral',
                 significance='medium', visit=vid, assessment=aid,
                 impact_text='The home the children live in, rated room by room.')
    return aid


# --- The Fernsby family: improves and holds --------------------------------


def fernsby():
    f = Family(1001, 'TRN-FERNSBY-01', 'The Fernsby family', d('2025-01-06'))
    pip = f.person('child', 'Pip Fernsby', d('2016-04-12'), 'female')
    wren = f.person('child', 'Wren Fernsby', d('2021-08-30'), 'male')
    marigold = f.person('adult', 'Marigold Fernsby', d('1991-05-03'), 'female', role='parent')
    tobias = f.person('adult', 'Tobias Quill', d('1988-10-17'), 'male', role='partner')
    alder = f.person('adult', 'Alder Fernsby', d('1989-01-22'), 'male', role='parent',
                     lives_in_home=False)
    hester = f.person('adult', 'Hester Fernsby', None, 'female', role='relative',
                      lives_in_home=False)

    dates = every(d('2025-01-08'), d('2026-10-21'), 28, f.rng, jitter=4)
    for extra in ('2025-01-22', '2025-06-18', '2025-11-19', '2026-06-17', '2025-03-12',
                  '2025-05-21', '2025-08-13', '2026-03-18', '2026-08-12', '2026-10-21'):
        if d(extra) not in dates:
            dates.append(d(extra))
    dates.sort()

    def seen(day):
        alone = day >= d('2025-03-01')
        return [(pip, True, alone), (wren, True, False)]

    def notes(day):
        if day < d('2025-04-01'):
            return 'Kitchen bare; bins overflowing.\nPip quiet, hungry at the visit.'
        if day < d('2025-09-01'):
            return 'Clear progress: food in the cupboards, beds made.'
        return 'Home warm and tidy. Routines holding.'

    visits = visits_between(f, dates, (10, 15, 16), seen, lambda day: [marigold, tobias], notes,
                            others=lambda day: 'Hester Fernsby (grandmother)'
                            if day.month in (4, 8, 12) else None)
    for day, vid in visits.items():
        if day.month % 2 == 0:
            f.event(day, 'visit', "Children's social care", visit_summary(f, vid),
                    impact='positive' if day >= d('2025-06-01') else 'neutral',
                    children=[pip, wren], visit=vid)

    f.event(d('2025-01-06'), 'referral', 'School',
            'Referral from school: Pip arriving hungry, uniform unwashed for weeks.',
            impact='negative', significance='high', children=[pip],
            impact_text='Pip tired and hungry in class; hiding food from lunches.',
            action='Assessment started; visit booked.')
    f.event(d('2025-01-14'), 'missed-appointment', 'Health visitor',
            'Wren not brought to the two-year review (second time).', impact='negative',
            significance='medium', children=[wren], action='Rebooked; worker to remind.')
    f.event(d('2025-02-02'), 'ae-attendance', 'A&E',
            'Wren seen at A&E with a scald to the hand from a kettle.', impact='negative',
            significance='high', children=[wren],
            impact_text='Pain; dressing changes for two weeks.',
            action='Home safety visit arranged with the fire service.',
            analysis='Explanation consistent with the injury; supervision the issue.')
    f.event(d('2025-02-17'), 'plan-or-meeting', "Children's social care",
            'Child in need plan agreed with Marigold and Tobias.', impact='positive',
            significance='high', children=[pip, wren],
            action='Family support worker allocated; fortnightly sessions.')
    f.event(d('2025-03-03'), 'household-change', 'Family',
            'Alder (father) resumed contact every other weekend.', impact='positive',
            significance='medium', children=[pip, wren])
    f.event(d('2025-04-10'), 'support-given', 'Housing',
            'Landlord repaired the boiler after the worker chased it.', impact='positive',
            significance='medium')
    f.event(d('2025-06-02'), 'education', 'Nursery', 'Wren started 15 hours at nursery.',
            impact='positive', significance='medium', children=[wren])
    f.event(d('2025-09-15'), 'positive', 'School',
            'Pip attendance above 96% for the half-term; reading age up a year.',
            impact='positive', significance='medium', children=[pip])
    f.event(d('2026-03-30'), 'plan-or-meeting', "Children's social care",
            'Child in need plan closed; stepped down to early help.', impact='positive',
            significance='high', children=[pip, wren],
            analysis='Changes sustained for six months across home conditions and both '
                     'children’s screenings.')
    f.event(d('2026-09-21'), 'plan-or-meeting', 'Early help',
            'Early help review: family managing well, no new concerns.', impact='positive',
            significance='low', children=[pip, wren])

    def mood(day):
        return 'bad' if day < d('2025-04-01') else 'mixed' if day < d('2025-08-01') else 'good'

    routine_events(f, d('2025-01-20'), d('2026-10-28'), 13, mood, pick_children(f))

    for day, base, change in (
            ('2025-01-08', 3.8, 'First assessment.'),
            ('2025-03-12', 3.3, 'Kitchen cleaner; food in.'),
            ('2025-05-21', 2.6, 'Bedrooms sorted; bathroom still poor.'),
            ('2025-08-13', 2.0, 'Improved in every room.'),
            ('2025-11-19', 1.8, 'Held since August.'),
            ('2026-03-18', 1.7, 'Held through the winter.'),
            ('2026-08-12', 1.8, 'Still holding.')):
        home_check(f, visits, d(day), base, wren, 'Wren is youngest and most at risk of '
                   'accidents.', change, 'Improvement sustained over time.' if base < 2.2
                   else 'Poor conditions affecting both children.')

    voices = {pip: 'Mum is trying really hard. I like it when there is cereal.',
              wren: 'Showed me his new bed and his dinosaur.'}
    adults = 'Marigold (mum), Tobias (mum’s partner), Alder (dad, weekends), Hester (nan).'
    stages = [('2025-01-22', {'physical': 3.6, 'educational': 3.0, 'emotional': 2.8,
                              'medical': 3.4}),
              ('2025-06-18', {'physical': 2.8, 'educational': 2.4, 'emotional': 2.3,
                              'medical': 2.6}),
              ('2025-11-19', {'physical': 2.0, 'educational': 1.9, 'emotional': 1.9,
                              'medical': 2.0}),
              ('2026-06-17', {'physical': 1.8, 'educational': 1.8, 'emotional': 1.7,
                              'medical': 1.8})]
    for i, (day, base) in enumerate(stages):
        done = screen_all(f, visits, d(day), {pip: base, wren: base}, voices, adults,
                          {'poverty': True, 'compliance': 'not-observed'},
                          'Needs met more consistently at each screening.' if i else
                          'Physical and medical care inconsistent; money very tight.')
        if i == 1:
            # A nutrition level keyed wrongly, put right by an amendment.
            old = next(a for a in f.assessments if a['id'] == done[pip])
            answers = dict(old['responses'])
            answers['nutrition'] = (2, False, 'Corrected: lunchbox full at both checks.', None,
                                    None)
            when = moment(d(day) + datetime.timedelta(days=5), 10)
            f.supersede(done[pip], when)
            f.assessment(SCREENING, visits[d(day)], answers, child=pip, supersedes=done[pip],
                         amend_reason='Nutrition was entered as 4; the notes say 2.',
                         created_day=d(day) + datetime.timedelta(days=5))

    for child in (pip, wren):
        f.period(child, 'early-help', d('2024-11-01'), d('2025-01-28'))
        f.period(child, 'child-in-need', d('2025-01-29'), d('2026-03-30'))
        f.period(child, 'early-help', d('2026-03-31'))

    f.supervision(d('2025-02-20'), 'What is a day like for Wren? Cold house, little food, '
                  'a scald.', 'Child in need plan; weekly visits for a month.',
                  [('Chase the landlord about the boiler.', STAFF['worker'], d('2025-03-07'),
                    True)], d('2025-05-15'))
    f.supervision(d('2025-05-15'), 'Real change, seen not just reported.',
                  'Continue the plan; visits every four weeks.',
                  [('Book Wren’s two-year review with the health visitor.', STAFF['worker'],
                    d('2025-06-01'), True)], d('2025-09-18'))
    f.supervision(d('2025-09-18'), 'Is this sustained, or the worker’s presence?',
                  'Keep going; test with an unannounced visit.',
                  [('Unannounced visit before the review.', STAFF['worker'], d('2025-11-01'),
                    True)], d('2026-01-22'))
    f.supervision(d('2026-01-22'), 'Six months of holding.', 'Plan step-down for March.',
                  [('Agree the early help offer with the family.', STAFF['worker'],
                    d('2026-03-15'), True)], d('2026-05-21'))
    f.supervision(d('2026-05-21'), 'Early help working.', 'Case to close to social care.',
                  [], d('2026-10-08'))
    f.supervision(d('2026-10-08'), 'Still holding a year on.', 'No further action.',
                  [('Send the closing summary to school.', STAFF['worker'], d('2026-10-30'),
                    False)], None)
    return f


# --- The Gorsewick family: improves, then falls back -----------------------


def gorsewick():
    f = Family(2002, 'TRN-GORSEWICK-02', 'The Gorsewick family', d('2025-01-13'))
    bramble = f.person('child', 'Bramble Gorsewick', d('2013-11-05'), 'female')
    tansy = f.person('child', 'Tansy Gorsewick', d('2018-03-22'), 'female', send=True)
    clover = f.person('child', 'Clover Gorsewick', d('2023-06-14'), 'male')
    sorrel = f.person('adult', 'Sorrel Gorsewick', d('1990-08-09'), 'female', role='parent')
    rowan = f.person('adult', 'Rowan Gorsewick', d('1987-12-01'), 'male', role='parent',
                     lives_in_home=False)
    dex = f.person('adult', 'Dex Harrowby', None, 'male', role='partner', added=d('2026-02-10'))

    dates = every(d('2025-01-15'), d('2026-10-28'), 32, f.rng, jitter=5)
    for extra in ('2025-01-22', '2025-04-09', '2025-07-16', '2025-07-23', '2025-10-22',
                  '2026-01-21', '2026-02-04', '2026-06-10', '2026-09-16', '2026-09-30',
                  '2026-10-28'):
        if d(extra) not in dates:
            dates.append(d(extra))
    dates.sort()

    def seen(day):
        late = day >= d('2026-04-01')
        return [(bramble, not late or day.day % 2 == 0, not late),
                (tansy, True, not late),
                (clover, True, False)]

    def notes(day):
        if day < d('2025-06-01'):
            return 'Strong smell of damp; Clover in a dirty nappy.'
        if day < d('2026-03-01'):
            return 'Better: clean, stocked, Sorrel proud of it.'
        return 'Dex present and answering for Sorrel. Rooms cluttered again.'

    visits = visits_between(f, dates, (11, 14), seen,
                            lambda day: [sorrel, dex] if day >= d('2026-03-15') else [sorrel],
                            notes, announced_for=lambda day: day < d('2026-04-01')
                            or day.day % 3 != 0)
    for day, vid in visits.items():
        if day.month % 2 == 1:
            f.event(day, 'visit', "Children's social care", visit_summary(f, vid),
                    impact='positive' if d('2025-07-01') <= day < d('2026-03-01')
                    else 'negative', children=[bramble, tansy, clover], visit=vid)

    f.event(d('2025-01-13'), 'referral', 'Health visitor',
            'Referral: Clover’s weight dropping across two centiles.', impact='negative',
            significance='high', children=[clover], action='Visit within five days.')
    f.event(d('2025-01-27'), 'plan-or-meeting', "Children's social care",
            'Child in need plan agreed.', impact='positive', significance='high',
            children=[bramble, tansy, clover])
    f.event(d('2025-03-18'), 'support-given', 'Family support worker',
            'Weekly cooking sessions started with Sorrel.', impact='positive',
            significance='medium')
    f.event(d('2025-06-25'), 'health', 'Health visitor',
            'Clover back on his centile.', impact='positive', significance='medium',
            children=[clover])
    f.event(d('2025-12-15'), 'plan-or-meeting', "Children's social care",
            'Child in need plan ended: good progress.', impact='positive', significance='high',
            children=[bramble, tansy, clover])
    f.event(d('2026-02-10'), 'new-adult', 'Police',
            'New partner, Dex Harrowby, known to police for violence towards a former partner.',
            impact='negative', significance='high', children=[bramble, tansy, clover],
            action='Disclosure considered; worker to meet Dex.',
            analysis='An adult the children did not know, with a history that matters.')
    f.event(d('2026-03-15'), 'household-change', 'Family', 'Dex moved in.',
            impact='unknown', significance='medium', children=[bramble, tansy, clover])
    f.event(d('2026-04-22'), 'domestic-abuse', 'Police',
            'Police called by a neighbour to shouting; Sorrel with a cut lip.',
            impact='negative', significance='high', children=[bramble, tansy, clover],
            impact_text='Bramble took the younger two upstairs and hid with them.',
            action='Referral back to social care; safety planning with Sorrel.')
    f.event(d('2026-05-12'), 'substance-misuse', 'School',
            'Bramble said Dex and Mum “drink every night now”.', impact='negative',
            significance='medium', children=[bramble])
    f.event(d('2026-06-18'), 'missing-episode', 'Police',
            'Bramble missing overnight; found at a friend’s.', impact='negative',
            significance='high', children=[bramble], action='Return interview completed.')
    f.event(d('2026-07-08'), 'exclusion', 'School',
            'Bramble excluded for three days after a fight.', impact='negative',
            significance='medium', children=[bramble])
    f.event(d('2026-08-20'), 'plan-or-meeting', "Children's social care",
            'Initial child protection conference: plans for all three children (neglect).',
            impact='negative', significance='high', children=[bramble, tansy, clover],
            analysis='The gains of 2025 did not survive the change in the household.')
    f.event(d('2026-09-09'), 'ae-attendance', 'A&E',
            'Clover seen with a chest infection left a week.', impact='negative',
            significance='medium', children=[clover])

    def mood(day):
        if day < d('2025-05-01') or day >= d('2026-04-01'):
            return 'bad'
        return 'mixed' if day < d('2025-08-01') else 'good'

    routine_events(f, d('2025-01-25'), d('2026-10-29'), 12, mood, pick_children(f))

    for day, base, change, status in (
            ('2025-01-15', 4.2, 'First assessment.', 'final'),
            ('2025-04-09', 3.4, 'Kitchen and bathroom cleaner.', 'final'),
            ('2025-07-16', 2.4, 'Improved across the home.', 'final'),
            ('2025-10-22', 1.9, 'Better still.', 'final'),
            ('2026-02-04', 1.9, 'Held.', 'final'),
            ('2026-06-10', 2.9, 'Worse since Dex moved in.', 'final'),
            ('2026-09-30', 3.9, 'Back to where it was in early 2025.', 'final')):
        home_check(f, visits, d(day), base, clover, 'Clover is the youngest and was the '
                   'one losing weight.', change, 'Rooms rated against the last visit.', status)
    # The latest assessment, still being written up.
    last = dates[-1]
    answers = home_responses(f, 4.0, clover, 'Clover, youngest.', 'Not yet compared.',
                             'Draft: to finish after the core group.', 4, True)
    f.assessment(HOME, visits[last], answers, status='draft')

    voices = {bramble: 'I look after Clover when they are shouting.',
              tansy: 'Drew a picture of the house with everyone in it but Dex.',
              clover: 'Babbling, clung to Sorrel, hungry for the biscuits.'}
    adults = 'Sorrel (mum), Rowan (dad, lives elsewhere), Dex Harrowby (mum’s partner from 2026).'
    stages = [('2025-01-22', 3.6), ('2025-07-23', 2.4), ('2026-01-21', 1.9), ('2026-09-16', 3.5)]
    for day, level in stages:
        base = {'physical': level + 0.2, 'educational': level - 0.2, 'emotional': level,
                'medical': level + 0.1}
        screen_all(f, visits, d(day), {bramble: base, tansy: base, clover: base}, voices,
                   adults, {'domestic-abuse': day > '2026', 'substance-misuse': day > '2026',
                            'poverty': True,
                            'compliance': 'some-signs' if day > '2026' else 'not-observed'},
                   'Improving.' if day < '2026' else 'Deteriorating since the household '
                   'changed; the gains of 2025 are lost.')

    for child in (bramble, tansy, clover):
        f.period(child, 'child-in-need', d('2025-01-27'), d('2025-12-15'))
        f.period(child, 'child-protection', d('2026-08-20'))

    f.supervision(d('2025-02-24'), 'Clover’s weight is the measure.', 'Child in need plan.',
                  [('Weekly weights with the health visitor.', STAFF['worker'],
                    d('2025-03-31'), True)], d('2025-06-23'))
    f.supervision(d('2025-06-23'), 'Progress in every room.', 'Continue.',
                  [], d('2025-11-24'))
    f.supervision(d('2025-11-24'), 'Ready to close?', 'Close the plan in December.',
                  [('Closing summary to the health visitor.', STAFF['worker'],
                    d('2025-12-19'), True)], d('2026-03-02'))
    f.supervision(d('2026-05-04'), 'Who is Dex to these children? What did Bramble see?',
                  'Strategy discussion; increase visits; unannounced.',
                  [('Request police disclosure about Dex.', STAFF['worker'], d('2026-05-15'),
                    True),
                   ('See Bramble alone at school.', STAFF['worker'], d('2026-05-20'), False)],
                  d('2026-08-03'))
    f.supervision(d('2026-10-05'), 'Improvement that did not last: what would make it last?',
                  'Child protection plan; parenting assessment of Dex and Sorrel.',
                  [('Parenting assessment referral.', STAFF['worker'], d('2026-10-20'), False)],
                  d('2026-11-30'))
    return f


# --- The Nettlebury family: drifts ------------------------------------------


def nettlebury():
    f = Family(3003, 'TRN-NETTLEBURY-03', 'The Nettlebury family', d('2025-01-20'))
    sky = f.person('child', 'Sky Nettlebury', d('2011-09-19'), 'other')
    juniper = f.person('child', 'Juniper Nettlebury', d('2017-01-08'), 'female')
    ivy = f.person('adult', 'Ivy Nettlebury', d('1984-03-30'), 'female', role='parent')
    clem = f.person('adult', 'Clem Nettlebury', d('1955-07-14'), 'male', role='relative',
                    lives_in_home=False)
    ash = f.person('adult', 'Ash Pennyworth', None, 'male', role='parent', lives_in_home=False)

    # Regular at first, then months without a visit.
    dates = [d(x) for x in ('2025-01-22', '2025-02-19', '2025-03-19', '2025-04-23',
                            '2025-06-04', '2025-07-02', '2025-12-03', '2026-02-25',
                            '2026-06-10')]

    def seen(day):
        return [(sky, day < d('2025-06-01'), False), (juniper, True, day < d('2025-05-01'))]

    def notes(day):
        if day >= d('2025-12-01'):
            return 'First visit in months. Little has changed; Sky out again.'
        return 'Cluttered, cold. Ivy low in mood and says things are fine.'

    visits = visits_between(f, dates, (13,), seen, lambda day: [ivy], notes,
                            others=lambda day: 'Clem Nettlebury (grandfather)'
                            if day.month == 2 else None)
    for day, vid in visits.items():
        f.event(day, 'visit', "Children's social care", visit_summary(f, vid), impact='neutral',
                children=[sky, juniper], visit=vid)

    f.event(d('2025-01-20'), 'referral', 'School',
            'Referral: Juniper often absent, Sky not in school since November.',
            impact='negative', significance='high', children=[sky, juniper],
            action='Early help assessment.')
    f.event(d('2025-05-30'), 'referral', 'Early help',
            'Stepped up to social care: no change under early help.', impact='negative',
            significance='high', children=[sky, juniper], action='New assessment started.')
    f.event(d('2025-07-21'), 'other', "Children's social care",
            'Worker left; case waiting to be allocated.', impact='negative',
            significance='medium', children=[sky, juniper],
            analysis='No one held the case for four months.')
    f.event(d('2025-10-14'), 'referral', 'Police',
            'Police referral: Sky found in a park at 2 a.m., drunk.', impact='negative',
            significance='high', children=[sky], action='Referral logged; awaiting allocation.')
    f.event(d('2025-11-24'), 'assessment', "Children's social care",
            'New assessment started from the beginning by the new worker.', impact='neutral',
            significance='medium', children=[sky, juniper],
            analysis='Third start in a year; the earlier work was not built on.')
    f.event(d('2026-01-15'), 'missed-appointment', 'CAMHS',
            'Sky not brought to the first CAMHS appointment.', impact='negative',
            significance='medium', children=[sky])
    f.event(d('2026-03-02'), 'missed-appointment', 'CAMHS',
            'Sky not brought to the rearranged CAMHS appointment; discharged.',
            impact='negative', significance='high', children=[sky])
    f.event(d('2026-04-02'), 'referral', 'School',
            'Referral from school: Juniper wearing the same clothes all week, hungry.',
            impact='negative', significance='high', children=[juniper])
    f.event(d('2026-07-13'), 'other', "Children's social care",
            'Case transferred again after a team restructure.', impact='negative',
            significance='medium', children=[sky, juniper])
    f.event(d('2026-09-28'), 'education', 'School',
            'Juniper’s attendance 71% this term; Sky not enrolled anywhere.', impact='negative',
            significance='high', children=[sky, juniper])

    def mood(day):
        return 'bad' if day >= d('2025-09-01') else 'mixed'

    routine_events(f, d('2025-02-01'), d('2026-10-30'), 10, mood, pick_children(f))

    for day, base, change in (
            ('2025-01-22', 3.2, 'First assessment.'),
            ('2025-06-04', 3.3, 'No real change.'),
            ('2025-12-03', 3.4, 'Slightly worse; no visit since July.'),
            ('2026-06-10', 3.5, 'No change; still no plan that holds.')):
        home_check(f, visits, d(day), base, juniper, 'Juniper is youngest and at home most.',
                   change, 'Persistent, not improving.')

    voices = {sky: 'Nobody comes any more, so what’s the point.',
              juniper: 'I do my own tea when Mum is in bed.'}
    adults = 'Ivy (mum), Clem (grandad, visits), Ash Pennyworth (dad, no contact).'
    for day in ('2025-02-19', '2025-07-02', '2026-02-25'):
        base = {'physical': 3.2, 'educational': 3.5, 'emotional': 3.2, 'medical': 3.1}
        screen_all(f, visits, d(day), {sky: base, juniper: base}, voices, adults,
                   {'mental-health': True, 'isolation': True, 'compliance': 'observed'},
                   'No change since the last screening.')

    for child in (sky, juniper):
        f.period(child, 'early-help', d('2025-01-20'), d('2025-05-30'))
        f.period(child, 'child-in-need', d('2025-06-01'))

    f.supervision(d('2025-03-10'), 'What is Ivy telling us, and what are we seeing?',
                  'Step up if no change by May.',
                  [('Speak to the GP about Ivy’s mood.', STAFF['worker'], d('2025-04-01'),
                    True)], d('2025-06-09'))
    f.supervision(d('2025-07-14'), 'Nothing has changed in six months.',
                  'Child in need plan; consider a strategy discussion.',
                  [('Strategy discussion about Sky.', STAFF['worker'], d('2025-08-01'), False),
                   ('CAMHS referral for Sky.', STAFF['worker'], d('2025-08-15'), False)],
                  d('2025-09-15'))
    f.supervision(d('2026-03-09'), 'Drift: eight months between supervisions; three '
                  'referrals; each assessment started again.',
                  'Allocate permanently; escalate to the team manager.',
                  [('Chronology brought up to date.', STAFF['worker2'], d('2026-03-31'),
                    False),
                   ('Legal planning meeting.', STAFF['supervisor'], d('2026-05-01'), False)],
                  d('2026-04-20'))
    return f


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'resources', 'training')
    os.makedirs(out_dir, exist_ok=True)
    for name, build in (('fernsby', fernsby), ('gorsewick', gorsewick),
                        ('nettlebury', nettlebury)):
        family = build()
        path = os.path.join(out_dir, name + '.xml')
        with open(path, 'w', encoding='utf-8', newline='') as out:
            out.write(family.document())
        print('%s: %d events, %d visits, %d assessments' % (
            path, len(family.events), len(family.visits), len(family.assessments)))


if __name__ == '__main__':
    main()
