/* hearth-assessment-editor.c
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

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hearth-assessment-editor-private.h"

/* The form editor, built at run time from an instrument. It never saves:
 * each change the user makes goes up as ::response-changed, and the
 * windows layer stores it (DESIGN.md, "Architecture": data flows one way,
 * forms never reach the store). */

G_DEFINE_FINAL_TYPE (HearthAssessmentEditor, hearth_assessment_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_INSTRUMENT,
  PROP_ASSESSMENT,
  PROP_AGE_YEARS,
  PROP_CHILDREN,
  PROP_LEVELS_OF_NEED,
  PROP_EDITABLE,
  PROP_SCORE,
  PROP_N_RATED,
  PROP_N_APPLICABLE,
  N_PROPS
};

enum {
  RESPONSE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
ensure_style (void)
{
  static GtkCssProvider *provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (provider != NULL || display == NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/forms/hearth-forms.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
apply_editable (HearthAssessmentEditor *self)
{
  GHashTableIter iter;
  gpointer value;

  if (self->cards == NULL)
    return;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    hearth_item_card_set_editable (value, self->editable);

  g_hash_table_iter_init (&iter, self->inputs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    hearth_field_input_set_editable (value, self->editable);

  gtk_widget_set_visible (self->read_only_box, !self->editable);
  if (self->editable)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "read-only");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "read-only");
  if (self->assessment != NULL && !hearth_assessment_is_editable (self->assessment))
    {
      /* Translators: shown on a final or superseded assessment, e.g.
       * "Read only: Final". */
      g_autofree char *text = g_strdup_printf (_("Read only: %s"),
                                               hearth_assessment_status_get_label (self->assessment->status));

      gtk_label_set_label (self->read_only_label, text);
    }
  else
    gtk_label_set_label (self->read_only_label, _("Read only"));
}

static void
section_selected_cb (GtkListBox             *list,
                     GtkListBoxRow          *row,
                     HearthAssessmentEditor *self)
{
  HearthEditorSection *section;

  if (row == NULL || (section = hearth_assessment_editor_find_section (self, GTK_WIDGET (row))) == NULL)
    return;

  gtk_stack_set_visible_child (self->section_stack, section->page);
}

static void
hearth_assessment_editor_constructed (GObject *object)
{
  HearthAssessmentEditor *self = HEARTH_ASSESSMENT_EDITOR (object);

  G_OBJECT_CLASS (hearth_assessment_editor_parent_class)->constructed (object);

  if (self->children == NULL)
    self->children = g_ptr_array_new ();

  /* A final or superseded assessment is never edited in place
   * (DESIGN.md, "Storage"). */
  if (self->assessment != NULL && !hearth_assessment_is_editable (self->assessment))
    self->editable = FALSE;

  if (self->instrument != NULL)
    {
      hearth_assessment_editor_build (self);
      hearth_assessment_editor_update (self);
    }
  apply_editable (self);
}

static void
hearth_assessment_editor_dispose (GObject *object)
{
  HearthAssessmentEditor *self = HEARTH_ASSESSMENT_EDITOR (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_ASSESSMENT_EDITOR);
  /* Template children without an id are not cleared by the call above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_clear_pointer (&self->inputs, g_hash_table_unref);
  g_clear_object (&self->levels);
  g_clear_object (&self->instrument);

  G_OBJECT_CLASS (hearth_assessment_editor_parent_class)->dispose (object);
}

static void
hearth_assessment_editor_finalize (GObject *object)
{
  HearthAssessmentEditor *self = HEARTH_ASSESSMENT_EDITOR (object);

  g_clear_pointer (&self->responses, g_ptr_array_unref);
  g_clear_pointer (&self->score, hearth_score_unref);
  g_clear_pointer (&self->assessment, hearth_assessment_unref);
  g_clear_pointer (&self->children, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_assessment_editor_parent_class)->finalize (object);
}

static void
hearth_assessment_editor_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  HearthAssessmentEditor *self = HEARTH_ASSESSMENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_INSTRUMENT:
      g_value_set_object (value, self->instrument);
      break;

    case PROP_ASSESSMENT:
      g_value_set_boxed (value, self->assessment);
      break;

    case PROP_AGE_YEARS:
      g_value_set_int (value, self->age_years);
      break;

    case PROP_CHILDREN:
      g_value_set_boxed (value, self->children);
      break;

    case PROP_LEVELS_OF_NEED:
      g_value_set_object (value, self->levels);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    case PROP_SCORE:
      g_value_set_boxed (value, self->score);
      break;

    case PROP_N_RATED:
      g_value_set_uint (value, self->n_rated);
      break;

    case PROP_N_APPLICABLE:
      g_value_set_uint (value, self->n_applicable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_assessment_editor_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  HearthAssessmentEditor *self = HEARTH_ASSESSMENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_INSTRUMENT:
      self->instrument = g_value_dup_object (value);
      break;

    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_boxed (value);
      break;

    case PROP_AGE_YEARS:
      self->age_years = g_value_get_int (value);
      break;

    case PROP_CHILDREN:
      self->children = g_value_dup_boxed (value);
      break;

    case PROP_LEVELS_OF_NEED:
      self->levels = g_value_dup_object (value);
      break;

    case PROP_EDITABLE:
      hearth_assessment_editor_set_editable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_assessment_editor_class_init (HearthAssessmentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_assessment_editor_constructed;
  object_class->dispose = hearth_assessment_editor_dispose;
  object_class->finalize = hearth_assessment_editor_finalize;
  object_class->get_property = hearth_assessment_editor_get_property;
  object_class->set_property = hearth_assessment_editor_set_property;

  properties[PROP_INSTRUMENT] =
    g_param_spec_object ("instrument", NULL, NULL,
                         HEARTH_TYPE_INSTRUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ASSESSMENT] =
    g_param_spec_boxed ("assessment", NULL, NULL,
                        HEARTH_TYPE_ASSESSMENT,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AGE_YEARS] =
    g_param_spec_int ("age-years", NULL, NULL,
                      -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHILDREN] =
    g_param_spec_boxed ("children", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LEVELS_OF_NEED] =
    g_param_spec_object ("levels-of-need", NULL, NULL,
                         HEARTH_TYPE_LEVELS_OF_NEED,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCORE] =
    g_param_spec_boxed ("score", NULL, NULL,
                        HEARTH_TYPE_SCORE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_N_RATED] =
    g_param_spec_uint ("n-rated", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_N_APPLICABLE] =
    g_param_spec_uint ("n-applicable", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthAssessmentEditor::response-changed:
   * @self: the editor
   * @response: the whole current answer of the item or field the user
   *   changed (level, not known, note and value)
   *
   * Emitted on every change the user makes, text fields on every
   * keystroke: whoever saves should gather them. Never emitted while
   * the stored answers are loaded.
   */
  signals[RESPONSE_CHANGED] =
    g_signal_new ("response-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, HEARTH_TYPE_RESPONSE);

  hearth_assessment_editor_class_add_navigation (widget_class);

  g_type_ensure (HEARTH_TYPE_SCORE_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/forms/hearth-assessment-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentEditor, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentEditor, read_only_box);
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentEditor, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentEditor, section_list);
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentEditor, section_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentEditor, score_panel);
  gtk_widget_class_bind_template_callback (widget_class, section_selected_cb);

  gtk_widget_class_set_css_name (widget_class, "assessmenteditor");
}

static void
hearth_assessment_editor_init (HearthAssessmentEditor *self)
{
  self->age_years = -1;
  self->editable = TRUE;
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_editor_section_free);
  self->cards = g_hash_table_new (g_str_hash, g_str_equal);
  self->inputs = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->responses = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_response_free);

  ensure_style ();
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_assessment_editor_add_shortcuts (self);
}

/**
 * hearth_assessment_editor_take_change:
 * @self: an editor
 * @response: the answer a card or input now holds
 *
 * Keeps a copy of @response in place of the earlier answer, works out the
 * progress and scores again, then emits ::response-changed.
 */
void
hearth_assessment_editor_take_change (HearthAssessmentEditor *self,
                                      const HearthResponse   *response)
{
  HearthResponse *copy = hearth_response_copy (response);
  guint i;

  for (i = 0; i < self->responses->len; i++)
    {
      HearthResponse *old = g_ptr_array_index (self->responses, i);

      if (g_str_equal (old->item_id, response->item_id))
        break;
    }

  if (i < self->responses->len)
    {
      hearth_response_free (g_ptr_array_index (self->responses, i));
      g_ptr_array_index (self->responses, i) = copy;
    }
  else
    g_ptr_array_add (self->responses, copy);

  hearth_assessment_editor_update (self);
  g_signal_emit (self, signals[RESPONSE_CHANGED], 0, copy);
}

/**
 * hearth_assessment_editor_new:
 * @instrument: the instrument the assessment uses
 * @assessment: the assessment; its responses fill in the form
 * @age_years: the child's age in whole years at the visit, or -1 for an
 *   assessment of the household
 * @children: (element-type HearthPerson) (nullable): the family's children,
 *   offered by "child" fields
 * @levels: (nullable): the names of the levels of need
 *
 * The editor is editable when @assessment is a draft.
 *
 * Returns: (transfer floating): a new editor
 */
GtkWidget *
hearth_assessment_editor_new (HearthInstrument   *instrument,
                              HearthAssessment   *assessment,
                              int                 age_years,
                              GPtrArray          *children,
                              HearthLevelsOfNeed *levels)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (instrument), NULL);
  g_return_val_if_fail (assessment != NULL, NULL);
  g_return_val_if_fail (levels == NULL || HEARTH_IS_LEVELS_OF_NEED (levels), NULL);

  return g_object_new (HEARTH_TYPE_ASSESSMENT_EDITOR,
                       "instrument", instrument,
                       "assessment", assessment,
                       "age-years", MAX (age_years, -1),
                       "children", children,
                       "levels-of-need", levels,
                       NULL);
}

/**
 * hearth_assessment_editor_get_instrument:
 * @self: an editor
 *
 * Returns: (transfer none) (nullable): the instrument
 */
HearthInstrument *
hearth_assessment_editor_get_instrument (HearthAssessmentEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), NULL);

  return self->instrument;
}

/**
 * hearth_assessment_editor_get_assessment:
 * @self: an editor
 *
 * The editor never changes the assessment: its answers are those of
 * hearth_assessment_editor_get_responses().
 *
 * Returns: (transfer none) (nullable): the assessment the editor opened
 */
HearthAssessment *
hearth_assessment_editor_get_assessment (HearthAssessmentEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), NULL);

  return self->assessment;
}

/**
 * hearth_assessment_editor_get_age_years:
 * @self: an editor
 *
 * Returns: the child's age at the visit, or -1 for a household
 */
int
hearth_assessment_editor_get_age_years (HearthAssessmentEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), -1);

  return self->age_years;
}

/**
 * hearth_assessment_editor_get_editable:
 * @self: an editor
 *
 * Returns: whether the user may change the answers
 */
gboolean
hearth_assessment_editor_get_editable (HearthAssessmentEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), FALSE);

  return self->editable;
}

/**
 * hearth_assessment_editor_set_editable:
 * @self: an editor
 * @editable: whether the user may change the answers
 *
 * Not editable, every control is insensitive or read-only, and every text
 * stays readable and selectable. An editor whose assessment is final or
 * superseded stays read-only whatever @editable says.
 */
void
hearth_assessment_editor_set_editable (HearthAssessmentEditor *self,
                                       gboolean                editable)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self));

  editable = !!editable;
  if (editable && self->assessment != NULL && !hearth_assessment_is_editable (self->assessment))
    editable = FALSE;
  if (self->editable == editable)
    return;

  self->editable = editable;
  apply_editable (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

/**
 * hearth_assessment_editor_get_responses:
 * @self: an editor
 *
 * Every answer, as the user left it: the stored ones and each change since,
 * including answers to items outside the child's age band, which are kept
 * but not shown.
 *
 * Returns: (transfer none) (element-type HearthResponse): the answers,
 *   one per item or field; valid until the next change
 */
GPtrArray *
hearth_assessment_editor_get_responses (HearthAssessmentEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), NULL);

  return self->responses;
}

/**
 * hearth_assessment_editor_lookup_response:
 * @self: an editor
 * @id: an item or field id
 *
 * Returns: (transfer none) (nullable): the current answer for @id, or
 *   %NULL when there is none
 */
HearthResponse *
hearth_assessment_editor_lookup_response (HearthAssessmentEditor *self,
                                          const char             *id)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->responses->len; i++)
    {
      HearthResponse *response = g_ptr_array_index (self->responses, i);

      if (g_str_equal (response->item_id, id))
        return response;
    }
  return NULL;
}

/**
 * hearth_assessment_editor_get_score:
 * @self: an editor
 *
 * Returns: (transfer none) (nullable): the score of the current answers,
 *   or %NULL when it cannot be worked out (a child's age is unknown)
 */
HearthScore *
hearth_assessment_editor_get_score (HearthAssessmentEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), NULL);

  return self->score;
}

/**
 * hearth_assessment_editor_get_n_rated:
 * @self: an editor
 *
 * Returns: items in the child's age band rated or marked not known
 */
guint
hearth_assessment_editor_get_n_rated (HearthAssessmentEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), 0);

  return self->n_rated;
}

/**
 * hearth_assessment_editor_get_n_applicable:
 * @self: an editor
 *
 * Returns: items in the child's age band (every item for a household)
 */
guint
hearth_assessment_editor_get_n_applicable (HearthAssessmentEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), 0);

  return self->n_applicable;
}

/**
 * hearth_assessment_editor_check_complete:
 * @self: an editor
 * @error: return location for a #GError
 *
 * Checks that the assessment can be finalised: every required item in the
 * child's age band is rated or marked not known, every required field is
 * answered, and a decision that differs from the level it is compared
 * with has its reason.
 *
 * Returns: %TRUE when complete; otherwise %FALSE with
 *   %HEARTH_FORMS_ERROR_INCOMPLETE or %HEARTH_FORMS_ERROR_REASON_MISSING,
 *   whose message names the first entry at fault by its label
 */
gboolean
hearth_assessment_editor_check_complete (HearthAssessmentEditor  *self,
                                         GError                 **error)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->instrument == NULL)
    return TRUE;

  return hearth_assessment_editor_find_incomplete (self, error) == NULL;
}
