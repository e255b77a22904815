# training_model.py
#
# Copyright 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The model behind make-training.py: the shipped instruments, a writer of
# canonical exchange documents (byte for byte what `hearth-cli export`
# writes), a family under construction with its audit trail, answers to
# the instruments and routine chronology. See make-training.py.

import datetime
import os
import random
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
