/* hearth-assessment-editor-check.c
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

#define G_LOG_DOMAIN "hearth-forms"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-assessment-editor-private.h"

/* Progress, live scores and the checks made before an assessment is
 * finalised: every required item rated or marked not known, every required
 * field answered, and a reason for a decision that differs from the level
 * it is compared with (DESIGN.md, "Thresholds / levels of need": the
 * suggestion is not the decision, and the reason is recorded). */

static gboolean
card_applies (HearthAssessmentEditor *self,
              HearthItemCard         *card)
{
  return hearth_instrument_item_applies_at_age (hearth_item_card_get_item (card), self->age_years);
}

static gboolean
card_is_rated (HearthItemCard *card)
{
  return hearth_response_is_rated (hearth_item_card_get_response (card));
}

/* The level a decision is compared with: the score's suggestion for a
 * computed field, else whatever the other field holds. */
static int
compared_level (HearthAssessmentEditor      *self,
                const HearthInstrumentField *field)
{
  HearthFieldInput *other = g_hash_table_lookup (self->inputs, field->compare_with);

  if (other == NULL)
    return 0;
  if (hearth_field_input_get_field (other)->computed)
    return self->score != NULL ? hearth_score_get_suggested_level (self->score) : 0;
  return hearth_field_input_get_level_of_need (other);
}

static void
update_level_fields (HearthAssessmentEditor *self)
{
  GHashTableIter iter;
  HearthFieldInput *input;

  g_hash_table_iter_init (&iter, self->inputs);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &input))
    {
      const HearthInstrumentField *field = hearth_field_input_get_field (input);
      const HearthInstrumentField *other;

      if (field->type != HEARTH_FIELD_LEVEL_OF_NEED)
        continue;

      if (field->computed)
        hearth_field_input_set_compared_level (input,
                                               self->score != NULL
                                               ? hearth_score_get_suggested_level (self->score)
                                               : 0,
                                               NULL);
      else if (field->compare_with != NULL
               && (other = hearth_instrument_lookup_field (self->instrument,
                                                           field->compare_with)) != NULL)
        hearth_field_input_set_compared_level (input, compared_level (self, field), other->label);
    }
}

static void
update_section (HearthAssessmentEditor *self,
                HearthEditorSection    *section,
                GPtrArray              *answers)
{
  guint n_items = 0, n_rated = 0, n_fields = 0, n_answered = 0;
  gboolean complete = TRUE;
  g_autofree char *progress = NULL;

  for (guint i = 0; i < section->cards->len; i++)
    {
      HearthItemCard *card = g_ptr_array_index (section->cards, i);
      gboolean rated = card_is_rated (card);

      g_ptr_array_add (answers, (gpointer) hearth_item_card_get_response (card));
      if (!card_applies (self, card))
        continue;

      n_items++;
      n_rated += rated ? 1 : 0;
      if (!rated && hearth_item_card_get_item (card)->required)
        complete = FALSE;
    }

  for (guint i = 0; i < section->inputs->len; i++)
    {
      HearthFieldInput *input = g_ptr_array_index (section->inputs, i);
      const HearthInstrumentField *field = hearth_field_input_get_field (input);

      if (field->computed)
        continue;

      /* A switch left off is a "no" for the checks, but the count shows
       * what the user has actually filled in. */
      n_fields++;
      if (hearth_field_input_get_response (input)->value != NULL
          && hearth_field_input_has_answer (input))
        n_answered++;
      if (field->required && !hearth_field_input_has_answer (input))
        complete = FALSE;
    }

  self->n_rated += n_rated;
  self->n_applicable += n_items;

  if (n_items > 0)
    progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u rated", "%u of %u rated",
                                             n_items),
                                n_rated, n_items);
  else if (n_fields > 0)
    /* Translators: how many of a section's fields have an answer. */
    progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u of %u answered", "%u of %u answered", n_fields),
                                n_answered, n_fields);
  else
    progress = g_strdup (_("Nothing to rate at this age"));

  gtk_label_set_label (section->progress_label, progress);
  gtk_widget_set_visible (section->done_icon, complete);
  gtk_accessible_update_property (GTK_ACCESSIBLE (section->row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, progress,
                                  -1);
}

/**
 * hearth_assessment_editor_update:
 * @self: an editor
 *
 * Recounts the progress of every section and of the whole form, works out
 * the score again and shows both.
 */
void
hearth_assessment_editor_update (HearthAssessmentEditor *self)
{
  g_autoptr(GPtrArray) answers = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint old_rated = self->n_rated;
  guint old_applicable = self->n_applicable;

  if (self->instrument == NULL)
    return;

  self->n_rated = 0;
  self->n_applicable = 0;
  for (guint i = 0; i < self->sections->len; i++)
    update_section (self, g_ptr_array_index (self->sections, i), answers);

  /* The cards only hold answers that fit the scale, so the score can be
   * worked out; it cannot when a child's age is unknown. */
  g_clear_pointer (&self->score, hearth_score_unref);
  self->score = hearth_score_compute (self->instrument, answers, self->age_years, &error);
  if (self->score == NULL)
    g_debug ("No score for the assessment: %s", error->message);

  hearth_score_panel_set_progress (self->score_panel, self->n_rated, self->n_applicable);
  hearth_score_panel_set_score (self->score_panel, self->score, self->levels);
  update_level_fields (self);

  g_object_freeze_notify (G_OBJECT (self));
  if (old_rated != self->n_rated)
    g_object_notify (G_OBJECT (self), "n-rated");
  if (old_applicable != self->n_applicable)
    g_object_notify (G_OBJECT (self), "n-applicable");
  g_object_notify (G_OBJECT (self), "score");
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * hearth_assessment_editor_find_incomplete:
 * @self: an editor
 * @error: return location for a #GError
 *
 * Finds the first entry, in the order of the form, that stops the
 * assessment from being finalised.
 *
 * Returns: (nullable): the id of that item or field, or %NULL when the form
 *   is complete
 */
const char *
hearth_assessment_editor_find_incomplete (HearthAssessmentEditor  *self,
                                          GError                 **error)
{
  for (guint i = 0; i < self->sections->len; i++)
    {
      HearthEditorSection *section = g_ptr_array_index (self->sections, i);
      const HearthInstrumentSection *s = section->section;

      for (guint j = 0; j < s->n_entries; j++)
        {
          const HearthInstrumentEntry *entry = &s->entries[j];
          HearthItemCard *card;
          HearthFieldInput *input;

          if (entry->kind == HEARTH_ENTRY_ITEM)
            {
              card = g_hash_table_lookup (self->cards, entry->item->id);
              if (!entry->item->required || !card_applies (self, card) || card_is_rated (card))
                continue;

              if (entry->item->allow_not_known)
                g_set_error (error, HEARTH_FORMS_ERROR, HEARTH_FORMS_ERROR_INCOMPLETE,
                             /* Translators: an item that must be rated
                              * before finalising, e.g. "“Kitchen” is
                              * neither rated nor marked “Not seen”." */
                             _("“%s” is neither rated nor marked “%s”."),
                             entry->item->label, entry->item->not_known_label);
              else
                g_set_error (error, HEARTH_FORMS_ERROR, HEARTH_FORMS_ERROR_INCOMPLETE,
                             _("“%s” is not rated yet."), entry->item->label);
              return entry->item->id;
            }

          input = g_hash_table_lookup (self->inputs, entry->field->id);
          if (entry->field->required && !entry->field->computed
              && !hearth_field_input_has_answer (input))
            {
              g_set_error (error, HEARTH_FORMS_ERROR, HEARTH_FORMS_ERROR_INCOMPLETE,
                           _("“%s” needs an answer."), entry->field->label);
              return entry->field->id;
            }
        }
    }

  for (guint i = 0; i < hearth_instrument_get_n_fields (self->instrument); i++)
    {
      const HearthInstrumentField *field = hearth_instrument_get_field (self->instrument, i);
      const HearthInstrumentField *other;
      HearthFieldInput *decision;
      HearthFieldInput *reason;
      int decided, compared;

      if (field->compare_with == NULL || field->reason_field == NULL)
        continue;

      decision = g_hash_table_lookup (self->inputs, field->id);
      reason = g_hash_table_lookup (self->inputs, field->reason_field);
      other = hearth_instrument_lookup_field (self->instrument, field->compare_with);
      if (decision == NULL || reason == NULL || other == NULL)
        continue;

      decided = hearth_field_input_get_level_of_need (decision);
      compared = compared_level (self, field);
      if (decided == 0 || compared == 0 || decided == compared
          || hearth_field_input_has_answer (reason))
        continue;

      g_set_error (error, HEARTH_FORMS_ERROR, HEARTH_FORMS_ERROR_REASON_MISSING,
                   /* Translators: e.g. "“Practitioner’s decision” differs
                    * from “Suggested level of need”, so “Reason for the
                    * decision” needs an answer." */
                   _("“%s” differs from “%s”, so “%s” needs an answer."),
                   field->label, other->label,
                   hearth_field_input_get_field (reason)->label);
      return field->reason_field;
    }

  return NULL;
}
