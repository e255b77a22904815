/* hearth-supervision-page-review.c
 *
 * Copyright 2026 The Hearth developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "core/hearth-scoring.h"
#include "hearth-display.h"
#include "hearth-supervision-page-private.h"

/* What the supervisor reviews before writing: the signals, each opening
 * onto the records it rests on, and what changed since the last
 * supervision. Rows here show record content (names, agencies) because
 * the screen is where practitioners read it; the signals' own sentences
 * never do. */

/* New events listed before the rest are summed up in one row. */
#define MAX_NEW_EVENTS 15

/* Subjects named in one evidence row before the rest are counted. */
#define MAX_SUBJECTS 4

static const HearthSignalEvidence *
evidence_at (const HearthSignal *signal,
             guint               index)
{
  return &g_array_index (signal->evidence, HearthSignalEvidence, index);
}

static HearthInstrument *
lookup_instrument (HearthSupervisionPage  *self,
                   const HearthAssessment *assessment)
{
  if (self->registry == NULL)
    return NULL;
  return hearth_instrument_registry_lookup (self->registry, assessment->instrument_id,
                                            (int) g_ascii_strtoll (assessment->instrument_version,
                                                                   NULL, 10),
                                            NULL);
}

static gpointer
find_by_id (GPtrArray *array,
            gsize      id_offset,
            gint64     id)
{
  for (guint i = 0; array != NULL && i < array->len; i++)
    {
      gpointer item = g_ptr_array_index (array, i);

      if (G_STRUCT_MEMBER (gint64, item, id_offset) == id)
        return item;
    }
  return NULL;
}

static const char *
whom (HearthSupervisionPage  *self,
      const HearthAssessment *assessment)
{
  if (assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD)
    return hearth_supervision_page_person_name (self, assessment->child_id);
  return _("Household");
}

/* "Neglect screening · child's name" */
static char *
describe_instrument (HearthSupervisionPage  *self,
                     const HearthAssessment *assessment)
{
  return g_strdup_printf ("%s · %s",
                          hearth_supervision_page_instrument_title (self, assessment->instrument_id,
                                                                    assessment->instrument_version),
                          whom (self, assessment));
}

static char *
describe_visit (HearthSupervisionPage *self,
                const HearthSignal    *signal,
                gint64                 visit_id)
{
  const HearthVisit *visit = find_by_id (self->visits, G_STRUCT_OFFSET (HearthVisit, id), visit_id);
  const HearthVisitChild *seen;
  const char *state;

  if (visit == NULL)
    return g_strdup (_("Visit"));
  if (signal->child_id == 0)
    /* Translators: "Visit · practitioner's name". */
    return g_strdup_printf (_("Visit · %s"), visit->practitioner);

  seen = hearth_visit_lookup_child (visit, signal->child_id);
  if (seen == NULL)
    state = _("the child is not recorded as seen");
  else if (seen->seen_alone)
    state = _("seen alone");
  else if (seen->seen)
    state = _("seen, not alone");
  else
    state = _("not seen");
  /* Translators: "Visit · practitioner's name · seen, not alone". */
  return g_strdup_printf (_("Visit · %s · %s"), visit->practitioner, state);
}

static char *
describe_assessment (HearthSupervisionPage *self,
                     gint64                 assessment_id,
                     GPtrArray             *subjects)
{
  const HearthAssessment *assessment = find_by_id (self->assessments,
                                                   G_STRUCT_OFFSET (HearthAssessment, id),
                                                   assessment_id);
  g_autoptr(GString) text = g_string_new (NULL);

  if (assessment == NULL)
    return g_strdup (_("Assessment"));

  g_string_append_printf (text, "%s · %s",
                          hearth_supervision_page_instrument_title (self, assessment->instrument_id,
                                                                    assessment->instrument_version),
                          whom (self, assessment));
  for (guint i = 0; i < subjects->len && i < MAX_SUBJECTS; i++)
    g_string_append_printf (text, " · %s", (const char *) g_ptr_array_index (subjects, i));
  if (subjects->len > MAX_SUBJECTS)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " · and %u more", " · and %u more",
                                               subjects->len - MAX_SUBJECTS),
                            subjects->len - MAX_SUBJECTS);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_action (HearthSupervisionPage *self,
                 gint64                 action_id)
{
  for (guint i = 0; self->supervisions != NULL && i < self->supervisions->len; i++)
    {
      HearthSupervision *record = g_ptr_array_index (self->supervisions, i);

      for (guint a = 0; a < record->actions->len; a++)
        {
          HearthSupervisionAction *action = g_ptr_array_index (record->actions, a);

          if (action->id != action_id)
            continue;
          if (action->owner != NULL)
            /* Translators: "what is to be done (who is to do it)". */
            return g_strdup_printf (_("%s (%s)"), action->text, action->owner);
          return g_strdup (action->text);
        }
    }
  return g_strdup (_("Action"));
}

static char *
describe_evidence (HearthSupervisionPage      *self,
                   const HearthSignal         *signal,
                   const HearthSignalEvidence *evidence,
                   GPtrArray                  *subjects)
{
  const HearthEvent *event;
  const HearthPeriod *period;
  const HearthSupervision *record;

  switch (evidence->kind)
    {
    case HEARTH_EVIDENCE_VISIT:
      return describe_visit (self, signal, evidence->id);

    case HEARTH_EVIDENCE_ASSESSMENT:
      return describe_assessment (self, evidence->id, subjects);

    case HEARTH_EVIDENCE_EVENT:
      event = find_by_id (self->events, G_STRUCT_OFFSET (HearthEvent, id), evidence->id);
      if (event == NULL)
        return g_strdup (_("Chronology event"));
      return g_strdup_printf ("%s · %s · %s", hearth_event_category_get_label (event->category),
                              event->source_agency, event->what_happened);

    case HEARTH_EVIDENCE_PERIOD:
      period = find_by_id (self->periods, G_STRUCT_OFFSET (HearthPeriod, id), evidence->id);
      if (period == NULL)
        return g_strdup (_("Period of involvement"));
      /* Translators: "Child in need plan opened · child's name". */
      return g_strdup_printf (_("%s opened · %s"), hearth_period_kind_get_label (period->kind),
                              hearth_supervision_page_person_name (self, period->person_id));

    case HEARTH_EVIDENCE_SUPERVISION:
      record = find_by_id (self->supervisions, G_STRUCT_OFFSET (HearthSupervision, id),
                           evidence->id);
      if (record == NULL)
        return g_strdup (_("Supervision"));
      /* Translators: "Supervision · supervisor with practitioner". */
      return g_strdup_printf (_("Supervision · %s with %s"), record->supervisor,
                              record->practitioner);

    case HEARTH_EVIDENCE_SUPERVISION_ACTION:
      return describe_action (self, evidence->id);

    default:
      g_return_val_if_reached (NULL);
    }
}

static GtkWidget *
severity_icon (HearthSignalSeverity severity)
{
  GtkWidget *icon;

  switch (severity)
    {
    case HEARTH_SIGNAL_SEVERITY_SERIOUS:
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "error");
      break;
    case HEARTH_SIGNAL_SEVERITY_CONCERN:
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "warning");
      break;
    case HEARTH_SIGNAL_SEVERITY_NOTICE:
    default:
      icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
      break;
    }

  gtk_widget_set_tooltip_text (icon, hearth_signal_severity_get_label (severity));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hearth_signal_severity_get_label (severity), -1);
  return icon;
}

/* One row per record: a record cited for several subjects (areas of the
 * home, categories) shows them together. */
static void
add_evidence_rows (HearthSupervisionPage *self,
                   const HearthSignal    *signal,
                   AdwExpanderRow        *expander)
{
  for (guint i = 0; i < signal->evidence->len; i++)
    {
      const HearthSignalEvidence *evidence = evidence_at (signal, i);
      g_autoptr(GPtrArray) subjects = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(HearthInstrument) instrument = NULL;
      g_autofree char *when = NULL;
      g_autofree char *subtitle = NULL;
      gboolean seen_before = FALSE;

      for (guint j = 0; j < i && !seen_before; j++)
        {
          const HearthSignalEvidence *earlier = evidence_at (signal, j);

          seen_before = earlier->kind == evidence->kind && earlier->id == evidence->id;
        }
      if (seen_before)
        continue;

      if (evidence->kind == HEARTH_EVIDENCE_ASSESSMENT)
        {
          const HearthAssessment *assessment = find_by_id (self->assessments,
                                                           G_STRUCT_OFFSET (HearthAssessment, id),
                                                           evidence->id);

          instrument = assessment != NULL ? lookup_instrument (self, assessment) : NULL;
        }
      for (guint j = i; j < signal->evidence->len; j++)
        {
          const HearthSignalEvidence *same = evidence_at (signal, j);

          if (same->kind == evidence->kind && same->id == evidence->id && same->subject != NULL)
            g_ptr_array_add (subjects, hearth_signal_dup_subject_label (instrument, same->subject, same->value));
        }

      when = hearth_display_date (evidence->date, HEARTH_DATE_PRECISION_DAY);
      if (evidence->kind == HEARTH_EVIDENCE_SUPERVISION_ACTION)
        {
          g_autofree char *date = g_steal_pointer (&when);

          /* Translators: the date an action was due. */
          when = g_strdup_printf (_("Due %s"), date);
        }
      subtitle = describe_evidence (self, signal, evidence, subjects);
      adw_expander_row_add_row (expander, hearth_supervision_page_new_row (when, subtitle));
    }
}

/**
 * hearth_supervision_page_show_signals: (skip)
 *
 * Lists the signals, most severe first, each opening onto its evidence.
 */
void
hearth_supervision_page_show_signals (HearthSupervisionPage *self)
{
  hearth_supervision_page_clear_list (self->signals_list);

  for (guint i = 0; self->signals != NULL && i < self->signals->len; i++)
    {
      const HearthSignal *signal = g_ptr_array_index (self->signals, i);
      GtkWidget *row = adw_expander_row_new ();
      g_autofree char *title = NULL;

      if (signal->child_id != 0)
        /* Translators: "Child not seen — child's name". */
        title = g_strdup_printf (_("%s — %s"), hearth_signal_kind_get_label (signal->kind),
                                 hearth_supervision_page_person_name (self, signal->child_id));
      else
        title = g_strdup (hearth_signal_kind_get_label (signal->kind));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), signal->explanation);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), severity_icon (signal->severity));
      g_object_set_data_full (G_OBJECT (row), "signal", hearth_signal_ref ((HearthSignal *) signal),
                              (GDestroyNotify) hearth_signal_unref);
      add_evidence_rows (self, signal, ADW_EXPANDER_ROW (row));
      gtk_list_box_append (self->signals_list, row);
    }
}

/* The finalised supervision before the record in the form: for a new or
 * draft record the latest, for a final one the one before it. */
static const HearthSupervision *
find_last_supervision (HearthSupervisionPage *self)
{
  const HearthSupervision *last = NULL;
  const HearthSupervision *open = self->record;

  for (guint i = 0; self->supervisions != NULL && i < self->supervisions->len; i++)
    {
      const HearthSupervision *record = g_ptr_array_index (self->supervisions, i);
      int order;

      if (record->status != HEARTH_SUPERVISION_STATUS_FINAL
          || (open != NULL && record->id == open->id))
        continue;
      if (open != NULL && self->read_only)
        {
          order = g_strcmp0 (record->date, open->date);
          if (order > 0 || (order == 0 && record->id > open->id))
            continue;
        }
      /* The list is in date order, so the last that qualifies is latest. */
      last = record;
    }
  return last;
}

static gboolean
is_after (const char *date,
          const char *since)
{
  return since == NULL || g_strcmp0 (date, since) > 0;
}

static HearthScore *
score_assessment (HearthSupervisionPage  *self,
                  HearthInstrument       *instrument,
                  const HearthAssessment *assessment,
                  const char             *date)
{
  const HearthPerson *child = NULL;
  int age = -1;

  if (assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD)
    {
      child = find_by_id (self->people, G_STRUCT_OFFSET (HearthPerson, id), assessment->child_id);
      if (child == NULL || !hearth_person_get_age_at (child, date, &age))
        return NULL;
    }
  return hearth_score_compute (instrument, assessment->responses, age, NULL);
}

static void
append_score (GString                   *text,
              const HearthCategoryScore *before,
              const HearthCategoryScore *after)
{
  if (after == NULL)
    return;

  if (before == NULL || before->state != HEARTH_SCORE_SCORED)
    {
      if (after->state == HEARTH_SCORE_SCORED)
        g_string_append_printf (text, " · %s %.1f", after->label, after->score);
      return;
    }

  if (after->state != HEARTH_SCORE_SCORED)
    /* Translators: a category whose score could not be worked out. */
    g_string_append_printf (text, _(" · %s %.1f → insufficient information"), after->label,
                            before->score);
  else if (fabs (after->score - before->score) >= 0.05)
    g_string_append_printf (text, " · %s %.1f → %.1f", after->label, before->score, after->score);
}

/* "3 April 2025 · Physical neglect 3.0 → 2.0 · …": the date of the
 * assessment, then each score that moved. */
static char *
describe_score_change (HearthSupervisionPage  *self,
                       const HearthAssessment *before,
                       const char             *before_date,
                       const HearthAssessment *after,
                       const char             *after_date)
{
  g_autoptr(HearthInstrument) instrument = lookup_instrument (self, after);
  g_autoptr(HearthScore) after_score = NULL;
  g_autoptr(HearthScore) before_score = NULL;
  g_autofree char *when = hearth_display_date (after_date, HEARTH_DATE_PRECISION_DAY);
  g_autoptr(GString) text = g_string_new (NULL);
  gsize length;

  g_string_append (text, when);
  if (instrument != NULL)
    after_score = score_assessment (self, instrument, after, after_date);
  if (after_score == NULL)
    return g_string_free (g_steal_pointer (&text), FALSE);

  if (before != NULL)
    {
      g_autoptr(HearthInstrument) earlier = lookup_instrument (self, before);

      if (earlier != NULL)
        before_score = score_assessment (self, earlier, before, before_date);
    }

  if (before_score == NULL)
    /* Translators: the scores of an instrument's first assessment follow. */
    g_string_append (text, _(" · first scores"));
  length = text->len;
  append_score (text, before_score != NULL ? hearth_score_get_overall (before_score) : NULL,
                hearth_score_get_overall (after_score));
  for (guint i = 0; i < hearth_score_get_n_categories (after_score); i++)
    {
      const HearthCategoryScore *now = hearth_score_get_category (after_score, i);

      const HearthCategoryScore *then = NULL;

      if (before_score != NULL)
        then = hearth_score_lookup_category (before_score, now->id);
      append_score (text, then, now);
    }
  if (before_score != NULL && text->len == length)
    g_string_append (text, _(" · scores unchanged"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* One row per instrument and child with an assessment finalised since
 * the last supervision, comparing its scores with the latest finalised
 * before; one row per draft begun since. */
static void
show_assessment_changes (HearthSupervisionPage *self,
                         const char            *since)
{
  g_autoptr(GHashTable) latest_new = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) latest_old = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) dates = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; self->assessments != NULL && i < self->assessments->len; i++)
    {
      HearthAssessment *assessment = g_ptr_array_index (self->assessments, i);
      g_autofree char *date = hearth_signals_dup_assessment_date (assessment, self->assessments,
                                                                  self->visits);
      g_autofree char *finalised = NULL;
      g_autofree char *key = NULL;
      GHashTable *table;
      HearthAssessment *known;

      if (assessment->status == HEARTH_ASSESSMENT_STATUS_DRAFT)
        {
          g_autofree char *started = hearth_date_from_unix (assessment->created_at);
          g_autofree char *when = hearth_display_date (started, HEARTH_DATE_PRECISION_DAY);
          g_autofree char *title = NULL;
          g_autofree char *subtitle = NULL;

          if (!is_after (started, since))
            continue;
          title = describe_instrument (self, assessment);
          /* Translators: an assessment begun and not yet finalised. */
          subtitle = g_strdup_printf (_("Draft, begun %s"), when);
          gtk_list_box_append (self->changes_list,
                               hearth_supervision_page_new_row (title, subtitle));
          continue;
        }
      if (assessment->status != HEARTH_ASSESSMENT_STATUS_FINAL)
        continue;

      if (assessment->finalised_at > 0)
        finalised = hearth_date_from_unix (assessment->finalised_at);
      key = g_strdup_printf ("%s/%" G_GINT64_FORMAT, assessment->instrument_id,
                             assessment->child_id);
      table = is_after (date, since) || (finalised != NULL && is_after (finalised, since))
              ? latest_new : latest_old;
      known = g_hash_table_lookup (table, key);
      if (known != NULL && g_strcmp0 (g_hash_table_lookup (dates, known), date) > 0)
        continue;
      g_hash_table_insert (dates, assessment, g_strdup (date));
      if (table == latest_new && !g_hash_table_contains (latest_new, key))
        g_ptr_array_add (keys, g_strdup (key));
      g_hash_table_insert (table, g_steal_pointer (&key), assessment);
    }

  g_ptr_array_sort (keys, compare_strings);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      HearthAssessment *after = g_hash_table_lookup (latest_new, key);
      HearthAssessment *before = g_hash_table_lookup (latest_old, key);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      title = describe_instrument (self, after);
      subtitle = describe_score_change (self, before,
                                        before != NULL ? g_hash_table_lookup (dates, before) : NULL,
                                        after, g_hash_table_lookup (dates, after));
      gtk_list_box_append (self->changes_list, hearth_supervision_page_new_row (title, subtitle));
    }
}

static void
show_event_changes (HearthSupervisionPage *self,
                    const char            *since)
{
  guint shown = 0, more = 0;

  /* Newest first, by the date the event happened. */
  for (guint n = self->events != NULL ? self->events->len : 0; n > 0; n--)
    {
      const HearthEvent *event = g_ptr_array_index (self->events, n - 1);
      g_autofree char *when = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (!is_after (event->date, since))
        continue;
      if (shown == MAX_NEW_EVENTS)
        {
          more++;
          continue;
        }

      when = hearth_display_date (event->date, event->precision);
      title = g_strdup_printf ("%s — %s", when, hearth_event_category_get_label (event->category));
      subtitle = g_strdup_printf ("%s · %s", event->source_agency, event->what_happened);
      gtk_list_box_append (self->changes_list, hearth_supervision_page_new_row (title, subtitle));
      shown++;
    }

  if (more > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "And %u earlier event",
                                                             "And %u earlier events", more),
                                                more);

      gtk_list_box_append (self->changes_list,
                           hearth_supervision_page_new_row (title, _("See the chronology.")));
    }
}

/**
 * hearth_supervision_page_show_changes: (skip)
 *
 * Lists what changed since the last finalised supervision: assessments
 * finalised (with their score changes) or begun, and chronology events.
 */
void
hearth_supervision_page_show_changes (HearthSupervisionPage *self)
{
  const HearthSupervision *last;
  g_autofree char *description = NULL;

  hearth_supervision_page_clear_list (self->changes_list);
  if (self->family == NULL)
    {
      adw_preferences_group_set_description (self->changes_group, NULL);
      return;
    }

  last = find_last_supervision (self);
  if (last != NULL)
    {
      g_autofree char *when = hearth_display_date (last->date, HEARTH_DATE_PRECISION_DAY);

      /* Translators: %s is the date of the last supervision. */
      description = g_strdup_printf (_("Since the supervision of %s."), when);
    }
  else
    description = g_strdup (_("No earlier finalised supervision: everything recorded so far."));
  adw_preferences_group_set_description (self->changes_group, description);

  show_assessment_changes (self, last != NULL ? last->date : NULL);
  show_event_changes (self, last != NULL ? last->date : NULL);
}
