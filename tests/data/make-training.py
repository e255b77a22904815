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
import sys

# The model sits beside this script; leave no bytecode in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from training_model import (HOME, ROOT, SCREENING, STAFF, Family, d, every,  # noqa: E402
                            home_check, home_responses, moment, pick_children,
                            routine_events, screen_all, visit_summary, visits_between)


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
