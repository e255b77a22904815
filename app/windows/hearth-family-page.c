/* hearth-family-page.c
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

#define G_LOG_DOMAIN "hearth-family-page"

#include "config.h"

#include <glib/gi18n.h>

#include "core/hearth-scoring.h"

#include "hearth-charts-page.h"
#include "hearth-display.h"
#include "hearth-family-page-private.h"
#include "hearth-supervision-page.h"

G_DEFINE_FINAL_TYPE (HearthFamilyPage, hearth_family_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

enum {
  TOAST,
  FAMILY_CHANGED,
  GO_BACK,
  ASSESSMENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/**
 * hearth_family_page_toast: (skip)
 * @self: a page
 * @message: what to tell the user
 *
 * Emits ::toast, for the window to show @message.
 */
void
hearth_family_page_toast (HearthFamilyPage *self,
                          const char       *message)
{
  g_signal_emit (self, signals[TOAST], 0, message);
}

/**
 * hearth_family_page_emit_family_changed: (skip)
 * @self: a page
 *
 * Emits ::family-changed after the family or its people were stored.
 */
void
hearth_family_page_emit_family_changed (HearthFamilyPage *self)
{
  g_signal_emit (self, signals[FAMILY_CHANGED], 0);
}

/**
 * hearth_family_page_emit_assessment_activated: (skip)
 * @self: a page
 * @assessment_id: the assessment to open
 *
 * Emits ::assessment-activated, for the window to open the assessment.
 */
void
hearth_family_page_emit_assessment_activated (HearthFamilyPage *self,
                                              gint64            assessment_id)
{
  g_signal_emit (self, signals[ASSESSMENT_ACTIVATED], 0, assessment_id);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Titles and subtitles hold free text typed by people: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  return row;
}

static const char *
person_name (HearthFamilyPage *self,
             gint64            person_id)
{
  for (guint i = 0; self->people != NULL && i < self->people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (self->people, i);

      if (person->id == person_id)
        return person->name;
    }
  return _("someone no longer recorded");
}

static char *
describe_child (HearthPerson *child)
{
  g_autofree char *today = hearth_date_dup_today ();
  g_autofree char *born = hearth_display_date (child->date_of_birth, HEARTH_DATE_PRECISION_DAY);
  g_autoptr(GString) text = g_string_new (NULL);
  int years = 0;

  if (child->date_of_birth != NULL && hearth_date_age_at (child->date_of_birth, today, &years, NULL))
    /* Translators: "Age 7 · born 14 March 2018". */
    g_string_append_printf (text, _("Age %d · born %s"), years, born);
  else
    g_string_append (text, born);

  if (child->send)
    /* Translators: special educational needs and disabilities. */
    g_string_append_printf (text, " · %s", _("SEND"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_adult (HearthPerson *adult)
{
  return g_strdup_printf ("%s · %s",
                          hearth_adult_role_get_label (adult->role),
                          adult->lives_in_home ? _("Lives in the home")
                                               : _("Does not live in the home"));
}

static void
reload_people (HearthFamilyPage *self)
{
  clear_list (self->children_list);
  clear_list (self->adults_list);

  for (guint i = 0; self->people != NULL && i < self->people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (self->people, i);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      subtitle = hearth_person_is_child (person) ? describe_child (person) : describe_adult (person);
      row = new_row (person->name, subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "person", hearth_person_ref (person),
                              (GDestroyNotify) hearth_person_unref);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (hearth_person_is_child (person) ? self->children_list : self->adults_list, row);
    }
}

/* The headline of an assessment in a list: its overall score and the level
 * of need it suggests, or that there is not enough known to say. */
static char *
describe_score (HearthFamilyPage *self,
                HearthInstrument *instrument,
                HearthAssessment *assessment,
                GPtrArray        *visits)
{
  g_autoptr(HearthScore) score = NULL;
  const HearthCategoryScore *overall;
  int age = -1;
  int level;

  if (assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD)
    {
      g_autofree char *at = NULL;

      for (guint i = 0; visits != NULL && i < visits->len && at == NULL; i++)
        {
          HearthVisit *visit = g_ptr_array_index (visits, i);

          if (visit->id == assessment->visit_id)
            at = hearth_date_from_unix (visit->visited_at);
        }
      if (at == NULL)
        at = hearth_date_from_unix (assessment->created_at);
      for (guint i = 0; self->people != NULL && i < self->people->len; i++)
        {
          HearthPerson *person = g_ptr_array_index (self->people, i);

          if (person->id == assessment->child_id && person->date_of_birth != NULL)
            hearth_date_age_at (person->date_of_birth, at, &age, NULL);
        }
      if (age < 0)
        return NULL;
    }

  score = hearth_score_compute (instrument, assessment->responses, age, NULL);
  if (score == NULL)
    return NULL;

  overall = hearth_score_get_overall (score);
  level = hearth_score_get_suggested_level (score);
  if (overall == NULL || overall->state != HEARTH_SCORE_SCORED || level == 0)
    return g_strdup (_("Insufficient information"));

  /* Translators: "Overall 2.4 · Child in need": a score, then a level of need. */
  return g_strdup_printf (_("Overall %.1f · %s"), overall->score,
                          self->levels != NULL ? hearth_levels_of_need_get_name (self->levels, level)
                                               : "");
}

static void
reload_visits (HearthFamilyPage *self)
{
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(GPtrArray) assessments = NULL;

  clear_list (self->visits_list);
  clear_list (self->assessments_list);

  visits = hearth_store_list_visits (self->store, self->family->id, NULL);
  for (guint i = 0; visits != NULL && i < visits->len; i++)
    {
      HearthVisit *visit = g_ptr_array_index (visits, i);
      g_autofree char *when = hearth_display_date_time (visit->visited_at);
      g_autofree char *subtitle = NULL;

      subtitle = g_strdup_printf ("%s · %s", visit->practitioner,
                                  visit->announced ? _("Announced") : _("Unannounced"));
      gtk_list_box_append (self->visits_list, new_row (when, subtitle));
    }

  assessments = hearth_store_list_assessments (self->store, self->family->id, NULL);
  for (guint i = 0; assessments != NULL && i < assessments->len; i++)
    {
      HearthAssessment *assessment = g_ptr_array_index (assessments, i);
      g_autofree char *when = hearth_display_date_time (assessment->updated_at);
      g_autofree char *subtitle = NULL;
      const char *whom;

      whom = assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD
             ? person_name (self, assessment->child_id) : _("Household");
      GtkWidget *row;
      const char *title = assessment->instrument_id;
      g_autofree char *headline = NULL;

      if (self->registry != NULL)
        {
          g_autoptr(HearthInstrument) instrument =
            hearth_instrument_registry_lookup (self->registry, assessment->instrument_id,
                                               (int) g_ascii_strtoll (assessment->instrument_version, NULL, 10),
                                               NULL);

          if (instrument != NULL)
            {
              title = g_intern_string (hearth_instrument_get_title (instrument));
              headline = describe_score (self, instrument, assessment, visits);
            }
        }

      subtitle = g_strdup_printf ("%s · %s · %s%s%s", whom,
                                  hearth_assessment_status_get_label (assessment->status), when,
                                  headline != NULL ? " · " : "", headline != NULL ? headline : "");
      row = new_row (title, subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "assessment-id",
                              g_memdup2 (&assessment->id, sizeof (gint64)), g_free);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->assessments_list, row);
    }
}

static void
reload_events (HearthFamilyPage *self)
{
  g_autoptr(GPtrArray) events = NULL;
  guint selected = gtk_drop_down_get_selected (self->category_filter);

  clear_list (self->events_list);

  events = hearth_store_list_events (self->store, self->family->id, NULL);
  /* Newest first: the store lists in date order, oldest first. */
  for (guint n = events != NULL ? events->len : 0; n > 0; n--)
    {
      HearthEvent *event = g_ptr_array_index (events, n - 1);
      g_autofree char *when = NULL;
      g_autofree char *title = NULL;
      g_autoptr(GString) subtitle = g_string_new (NULL);

      /* Item 0 of the filter is "all categories"; item i + 1 is category i. */
      if (selected != GTK_INVALID_LIST_POSITION && selected > 0 &&
          (guint) event->category != selected - 1)
        continue;

      when = hearth_display_date (event->date, event->precision);
      GtkWidget *row;

      title = g_strdup_printf ("%s — %s", when, hearth_event_category_get_label (event->category));
      g_string_append_printf (subtitle, "%s · %s", event->source_agency, event->what_happened);
      row = new_row (title, subtitle->str);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "event", hearth_event_ref (event),
                              (GDestroyNotify) hearth_event_unref);
      gtk_list_box_append (self->events_list, row);
    }
}
static void
charts_toast_cb (HearthChartsPage *page,
                 const char       *message,
                 HearthFamilyPage *self)
{
  g_signal_emit (self, signals[TOAST], 0, message);
}
static void
supervision_toast_cb (HearthSupervisionPage *page,
                      const char            *message,
                      HearthFamilyPage      *self)
{
  g_signal_emit (self, signals[TOAST], 0, message);
}

static void
back_clicked_cb (GtkButton        *button,
                 HearthFamilyPage *self)
{
  g_signal_emit (self, signals[GO_BACK], 0);
}

static void
category_filter_changed_cb (GtkDropDown      *dropdown,
                            GParamSpec       *pspec,
                            HearthFamilyPage *self)
{
  if (self->family != NULL && self->store != NULL)
    reload_events (self);
}

static void
hearth_family_page_dispose (GObject *object)
{
  HearthFamilyPage *self = HEARTH_FAMILY_PAGE (object);

  GtkWidget *child;

  if (self->pack_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->pack_chooser));
  g_clear_object (&self->pack_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FAMILY_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->registry);
  g_clear_object (&self->levels);
  g_clear_pointer (&self->family, hearth_family_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_family_page_parent_class)->dispose (object);
}

static void
hearth_family_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthFamilyPage *self = HEARTH_FAMILY_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_family_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthFamilyPage *self = HEARTH_FAMILY_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      if (self->folded != g_value_get_boolean (value))
        {
          self->folded = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}
static void
hearth_family_page_class_init (HearthFamilyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_family_page_dispose;
  object_class->get_property = hearth_family_page_get_property;
  object_class->set_property = hearth_family_page_set_property;

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[FAMILY_CHANGED] = g_signal_new ("family-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[GO_BACK] = g_signal_new ("go-back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[ASSESSMENT_ACTIVATED] = g_signal_new ("assessment-activated", G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HEARTH_TYPE_CHARTS_PAGE);
  g_type_ensure (HEARTH_TYPE_SUPERVISION_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/windows/hearth-family-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyPage, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyPage, children_list);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyPage, adults_list);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyPage, visits_list);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyPage, assessments_list);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyPage, events_list);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyPage, category_filter);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyPage, supervision_page);
  gtk_widget_class_bind_template_callback (widget_class, supervision_toast_cb);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyPage, charts_page);
  gtk_widget_class_bind_template_callback (widget_class, charts_toast_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, category_filter_changed_cb);

  hearth_family_page_bind_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_family_page_init (HearthFamilyPage *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (categories, _("All categories"));
  for (int i = 0; i < HEARTH_EVENT_N_CATEGORIES; i++)
    gtk_string_list_append (categories, hearth_event_category_get_label (i));
  gtk_drop_down_set_model (self->category_filter, G_LIST_MODEL (categories));

  gtk_list_box_set_placeholder (self->children_list, placeholder (_("No children recorded yet.")));
  gtk_list_box_set_placeholder (self->adults_list, placeholder (_("No adults recorded yet.")));
  gtk_list_box_set_placeholder (self->visits_list, placeholder (_("No visits recorded yet.")));
  gtk_list_box_set_placeholder (self->assessments_list, placeholder (_("No assessments yet.")));
  gtk_list_box_set_placeholder (self->events_list, placeholder (_("No chronology events to show.")));
}

/**
 * hearth_family_page_set_store:
 * @self: a page
 * @store: (nullable): the store to read from
 *
 * Sets where the page reads its family from.
 */
void
hearth_family_page_set_store (HearthFamilyPage *self,
                              HearthStore      *store)
{
  g_return_if_fail (HEARTH_IS_FAMILY_PAGE (self));

  g_set_object (&self->store, store);
}

/**
 * hearth_family_page_set_registry:
 * @self: a page
 * @registry: (nullable): the instruments that assessments are made with
 *
 * Sets the instruments the page starts assessments with and names them by.
 */
void
hearth_family_page_set_registry (HearthFamilyPage         *self,
                                 HearthInstrumentRegistry *registry)
{
  g_return_if_fail (HEARTH_IS_FAMILY_PAGE (self));

  g_set_object (&self->registry, registry);
}

/**
 * hearth_family_page_set_levels:
 * @self: a page
 * @levels: (nullable): the names of the levels of need
 *
 * Sets how suggested levels of need are named in the page's lists.
 */
void
hearth_family_page_set_levels (HearthFamilyPage   *self,
                               HearthLevelsOfNeed *levels)
{
  g_return_if_fail (HEARTH_IS_FAMILY_PAGE (self));

  g_set_object (&self->levels, levels);
}

/**
 * hearth_family_page_get_family:
 * @self: a page
 *
 * Returns: (transfer none) (nullable): the family shown
 */
HearthFamily *
hearth_family_page_get_family (HearthFamilyPage *self)
{
  g_return_val_if_fail (HEARTH_IS_FAMILY_PAGE (self), NULL);

  return self->family;
}

/**
 * hearth_family_page_set_family:
 * @self: a page
 * @family: (nullable): the family to show
 *
 * Shows @family, read afresh from the store.
 */
void
hearth_family_page_set_family (HearthFamilyPage *self,
                               HearthFamily     *family)
{
  g_return_if_fail (HEARTH_IS_FAMILY_PAGE (self));

  g_clear_pointer (&self->family, hearth_family_unref);
  if (family != NULL)
    self->family = hearth_family_ref (family);
  hearth_family_page_reload (self);
}

/**
 * hearth_family_page_reload:
 * @self: a page
 *
 * Reads everything about the family from the store again.
 */
void
hearth_family_page_reload (HearthFamilyPage *self)
{
  g_return_if_fail (HEARTH_IS_FAMILY_PAGE (self));

  g_clear_pointer (&self->people, g_ptr_array_unref);

  if (self->family == NULL || self->store == NULL)
    {
      hearth_supervision_page_set_family (self->supervision_page, NULL);
      adw_view_switcher_title_set_title (self->switcher_title, "");
      adw_view_switcher_title_set_subtitle (self->switcher_title, "");
      return;
    }

  adw_view_switcher_title_set_title (self->switcher_title, self->family->display_name);
  adw_view_switcher_title_set_subtitle (self->switcher_title, self->family->case_reference);

  self->people = hearth_store_list_people (self->store, self->family->id, NULL);
  reload_people (self);
  reload_visits (self);
  reload_events (self);
  hearth_supervision_page_set_store (self->supervision_page, self->store);
  hearth_supervision_page_set_registry (self->supervision_page, self->registry);
  hearth_supervision_page_set_family (self->supervision_page, self->family);

  hearth_charts_page_set_sources (self->charts_page, self->store, self->registry, self->levels);
  hearth_charts_page_set_family (self->charts_page, self->family);
  hearth_charts_page_reload (self->charts_page);
}
