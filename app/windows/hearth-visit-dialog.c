/* hearth-visit-dialog.c
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

#define G_LOG_DOMAIN "hearth-visit-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "hearth-person-dialog.h"
#include "hearth-visit-dialog.h"

#define HOME_CONDITIONS_ID "home-conditions"
#define SCREENING_ID "neglect-screening"

/* Records a home visit: when, by whom, announced or not, who was present,
 * which children were seen and seen alone (DESIGN.md, "the child's lived
 * experience and voice"). Saving it also starts the home-conditions
 * assessment for the household and a screening for each child chosen: each
 * child is a separate assessment. The visit, its chronology entry and the
 * new drafts are stored in one transaction. */
struct _HearthVisitDialog
{
  AdwWindow                 parent_instance;

  HearthStore              *store;     /* owned */
  HearthInstrumentRegistry *registry;  /* owned */
  HearthFamily             *family;    /* owned */
  GPtrArray                *people;    /* owned: HearthPerson */
  GPtrArray                *present_checks;   /* owned refs: GtkCheckButton per person */
  GPtrArray                *seen_checks;      /* owned refs: per child */
  GPtrArray                *alone_checks;     /* owned refs: per child */
  GPtrArray                *screen_checks;    /* owned refs: per child */
  GArray                   *new_assessments;  /* gint64 ids created by the last save */

  AdwEntryRow              *when_row;
  AdwEntryRow              *practitioner_row;
  GtkSwitch                *announced_switch;
  AdwPreferencesGroup      *present_group;
  AdwEntryRow              *others_row;
  AdwPreferencesGroup      *children_group;
  AdwPreferencesGroup      *start_group;
  GtkCheckButton           *home_check;
  AdwEntryRow              *notes_row;
  GtkLabel                 *error_label;
  GtkButton                *save_button;
};

G_DEFINE_FINAL_TYPE (HearthVisitDialog, hearth_visit_dialog, ADW_TYPE_WINDOW)

enum {
  VISIT_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  HearthVisitDialog *self;
  HearthVisit       *visit;
} SaveData;

static void
show_error (HearthVisitDialog *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/**
 * hearth_visit_dialog_parse_date_time:
 * @text: a local date and time as typed, "14/03/2025 10:30" (or an ISO date
 *   with a time)
 * @unix_seconds: (out): the moment, seconds since 1970 UTC
 *
 * Returns: (transfer full) (nullable): the date part as "YYYY-MM-DD", or
 *   %NULL when @text is not a date and time in those forms
 */
char *
hearth_visit_dialog_parse_date_time (const char *text,
                                     gint64     *unix_seconds)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GDateTime) local = NULL;
  int hour = -1, minute = -1;
  char tail = 0;
  GDate parsed;

  g_return_val_if_fail (unix_seconds != NULL, NULL);

  if (text == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (text));
  parts = g_strsplit (trimmed, " ", 2);
  if (parts[0] == NULL || parts[1] == NULL)
    return NULL;

  date = hearth_person_dialog_parse_date (parts[0]);
  if (date == NULL || !hearth_date_parse (date, &parsed, NULL))
    return NULL;

  if (sscanf (parts[1], " %d:%d %c", &hour, &minute, &tail) != 2 ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return NULL;

  local = g_date_time_new_local (g_date_get_year (&parsed), g_date_get_month (&parsed),
                                 g_date_get_day (&parsed), hour, minute, 0);
  if (local == NULL)
    return NULL;

  *unix_seconds = g_date_time_to_unix (local);
  return g_steal_pointer (&date);
}

static gboolean
save_in_transaction (HearthStore  *store,
                     gpointer      user_data,
                     GError      **error)
{
  SaveData *data = user_data;
  HearthVisitDialog *self = data->self;
  HearthVisit *visit = data->visit;
  g_autoptr(HearthEvent) event = NULL;
  g_autofree char *date = hearth_date_from_unix (visit->visited_at);
  g_autoptr(HearthInstrument) home = NULL;
  g_autoptr(HearthInstrument) screening = NULL;
  guint children = 0;

  if (!hearth_store_save_visit (store, visit, error))
    return FALSE;

  /* Visits appear in the chronology by themselves. */
  event = hearth_event_new (self->family->id, date, HEARTH_EVENT_CATEGORY_VISIT,
                            _("Children’s social care"),
                            visit->announced ? _("Announced home visit") : _("Unannounced home visit"));
  event->visit_id = visit->id;
  event->impact = HEARTH_EVENT_IMPACT_UNKNOWN;
  for (guint i = 0; i < visit->children->len; i++)
    {
      const HearthVisitChild *seen = &g_array_index (visit->children, HearthVisitChild, i);

      if (seen->seen)
        hearth_event_add_child (event, seen->person_id);
    }
  if (!hearth_store_save_event (store, event, error))
    return FALSE;

  g_array_set_size (self->new_assessments, 0);

  if (gtk_check_button_get_active (self->home_check))
    {
      g_autoptr(HearthAssessment) assessment = NULL;
      g_autofree char *version = NULL;

      home = hearth_instrument_registry_lookup (self->registry, HOME_CONDITIONS_ID, 0, error);
      if (home == NULL)
        return FALSE;
      version = g_strdup_printf ("%d", hearth_instrument_get_version (home));
      assessment = hearth_assessment_new (self->family->id, HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD, 0,
                                          HOME_CONDITIONS_ID, version);
      assessment->visit_id = visit->id;
      if (!hearth_store_save_assessment (store, assessment, error))
        return FALSE;
      g_array_append_val (self->new_assessments, assessment->id);
    }

  for (guint i = 0; i < self->people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (self->people, i);
      g_autoptr(HearthAssessment) assessment = NULL;
      g_autofree char *version = NULL;

      if (!hearth_person_is_child (person))
        continue;
      if (!gtk_check_button_get_active (g_ptr_array_index (self->screen_checks, children++)))
        continue;

      if (screening == NULL)
        {
          screening = hearth_instrument_registry_lookup (self->registry, SCREENING_ID, 0, error);
          if (screening == NULL)
            return FALSE;
        }
      version = g_strdup_printf ("%d", hearth_instrument_get_version (screening));
      assessment = hearth_assessment_new (self->family->id, HEARTH_ASSESSMENT_SCOPE_CHILD, person->id,
                                          SCREENING_ID, version);
      assessment->visit_id = visit->id;
      if (!hearth_store_save_assessment (store, assessment, error))
        return FALSE;
      g_array_append_val (self->new_assessments, assessment->id);
    }

  return TRUE;
}

static void
save_cb (HearthVisitDialog *self)
{
  g_autoptr(HearthVisit) visit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *practitioner = NULL;
  const char *others;
  const char *notes;
  SaveData data;
  gint64 when = 0;
  guint child_index = 0;

  date = hearth_visit_dialog_parse_date_time (gtk_editable_get_text (GTK_EDITABLE (self->when_row)), &when);
  if (date == NULL)
    {
      show_error (self, _("The date and time of the visit are not understood: write them as "
                          "day/month/year hours:minutes, for example 14/03/2025 10:30."));
      gtk_widget_grab_focus (GTK_WIDGET (self->when_row));
      return;
    }

  practitioner = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->practitioner_row))));
  visit = hearth_visit_new (self->family->id, when, practitioner);
  visit->announced = gtk_switch_get_active (self->announced_switch);

  others = gtk_editable_get_text (GTK_EDITABLE (self->others_row));
  if (others != NULL && *others != '\0')
    visit->others_present = g_strdup (others);
  notes = gtk_editable_get_text (GTK_EDITABLE (self->notes_row));
  if (notes != NULL && *notes != '\0')
    visit->notes = g_strdup (notes);

  for (guint i = 0; i < self->people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (self->people, i);

      if (gtk_check_button_get_active (g_ptr_array_index (self->present_checks, i)))
        hearth_visit_add_present (visit, person->id);

      if (hearth_person_is_child (person))
        {
          gboolean alone = gtk_check_button_get_active (g_ptr_array_index (self->alone_checks, child_index));
          gboolean seen = alone || gtk_check_button_get_active (g_ptr_array_index (self->seen_checks,
                                                                                   child_index));

          /* A visit before a child was born cannot have seen them. */
          if (person->date_of_birth != NULL && g_strcmp0 (date, person->date_of_birth) < 0)
            {
              show_error (self, _("The visit is dated before the date of birth of a child in the "
                                  "family; check the date."));
              return;
            }
          hearth_visit_set_child (visit, person->id, seen, alone);
          child_index++;
        }
    }

  if (!hearth_visit_validate (visit, &error))
    {
      show_error (self, error->message);
      return;
    }

  data.self = self;
  data.visit = visit;
  if (!hearth_store_transaction (self->store, save_in_transaction, &data, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[VISIT_SAVED], 0, visit, self->new_assessments);
  gtk_window_destroy (GTK_WINDOW (self));
}

static GtkWidget *
add_check_row (AdwPreferencesGroup *group,
               const char          *title,
               const char          *subtitle,
               gboolean             active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (group, row);
  return check;
}

static void
seen_alone_toggled_cb (GtkCheckButton *alone,
                       GtkCheckButton *seen)
{
  /* Seen alone means seen. */
  if (gtk_check_button_get_active (alone))
    gtk_check_button_set_active (seen, TRUE);
}

static void
build_people_rows (HearthVisitDialog *self)
{
  for (guint i = 0; i < self->people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (self->people, i);
      GtkWidget *check;

      check = add_check_row (self->present_group, person->name,
                             hearth_person_is_child (person) ? _("Child")
                                                             : hearth_adult_role_get_label (person->role),
                             FALSE);
      g_ptr_array_add (self->present_checks, g_object_ref (check));

      if (hearth_person_is_child (person))
        {
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *seen = gtk_check_button_new_with_mnemonic (_("_Seen"));
          GtkWidget *alone = gtk_check_button_new_with_mnemonic (_("Seen _alone"));
          g_autofree char *seen_name = g_strdup_printf (_("%s was seen"), person->name);
          g_autofree char *alone_name = g_strdup_printf (_("%s was seen alone"), person->name);
          g_autofree char *screen_title = NULL;

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), person->name);
          gtk_widget_set_valign (seen, GTK_ALIGN_CENTER);
          gtk_widget_set_valign (alone, GTK_ALIGN_CENTER);
          gtk_accessible_update_property (GTK_ACCESSIBLE (seen), GTK_ACCESSIBLE_PROPERTY_LABEL, seen_name, -1);
          gtk_accessible_update_property (GTK_ACCESSIBLE (alone), GTK_ACCESSIBLE_PROPERTY_LABEL, alone_name, -1);
          g_signal_connect_object (alone, "toggled", G_CALLBACK (seen_alone_toggled_cb), seen, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), seen);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), alone);
          adw_preferences_group_add (self->children_group, row);
          g_ptr_array_add (self->seen_checks, g_object_ref (seen));
          g_ptr_array_add (self->alone_checks, g_object_ref (alone));

          /* Translators: %s is a child's name. */
          screen_title = g_strdup_printf (_("Neglect screening for %s"), person->name);
          check = add_check_row (self->start_group, screen_title, NULL, TRUE);
          g_ptr_array_add (self->screen_checks, g_object_ref (check));
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->children_group), self->seen_checks->len > 0);
}

static void
hearth_visit_dialog_dispose (GObject *object)
{
  HearthVisitDialog *self = HEARTH_VISIT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_VISIT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->registry);
  g_clear_pointer (&self->family, hearth_family_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->present_checks, g_ptr_array_unref);
  g_clear_pointer (&self->seen_checks, g_ptr_array_unref);
  g_clear_pointer (&self->alone_checks, g_ptr_array_unref);
  g_clear_pointer (&self->screen_checks, g_ptr_array_unref);
  g_clear_pointer (&self->new_assessments, g_array_unref);

  G_OBJECT_CLASS (hearth_visit_dialog_parent_class)->dispose (object);
}

static void
hearth_visit_dialog_class_init (HearthVisitDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_visit_dialog_dispose;

  /**
   * HearthVisitDialog::visit-saved:
   * @visit: the visit as stored
   * @assessments: (element-type gint64): the ids of the drafts started
   *
   * Emitted once the visit and its drafts are in the store.
   */
  signals[VISIT_SAVED] =
    g_signal_new ("visit-saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, HEARTH_TYPE_VISIT, G_TYPE_ARRAY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/windows/hearth-visit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthVisitDialog, when_row);
  gtk_widget_class_bind_template_child (widget_class, HearthVisitDialog, practitioner_row);
  gtk_widget_class_bind_template_child (widget_class, HearthVisitDialog, announced_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthVisitDialog, present_group);
  gtk_widget_class_bind_template_child (widget_class, HearthVisitDialog, others_row);
  gtk_widget_class_bind_template_child (widget_class, HearthVisitDialog, children_group);
  gtk_widget_class_bind_template_child (widget_class, HearthVisitDialog, start_group);
  gtk_widget_class_bind_template_child (widget_class, HearthVisitDialog, home_check);
  gtk_widget_class_bind_template_child (widget_class, HearthVisitDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, HearthVisitDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthVisitDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, save_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_visit_dialog_init (HearthVisitDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = g_date_time_format (now, "%d/%m/%Y %H:%M");

  gtk_widget_init_template (GTK_WIDGET (self));

  self->present_checks = g_ptr_array_new_with_free_func (g_object_unref);
  self->seen_checks = g_ptr_array_new_with_free_func (g_object_unref);
  self->alone_checks = g_ptr_array_new_with_free_func (g_object_unref);
  self->screen_checks = g_ptr_array_new_with_free_func (g_object_unref);
  self->new_assessments = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_editable_set_text (GTK_EDITABLE (self->when_row), text);
}

/**
 * hearth_visit_dialog_new:
 * @parent: the window the dialog belongs to
 * @store: where the visit is saved
 * @registry: the instruments, for the assessments the visit starts
 * @family: the family visited
 * @people: (element-type HearthPerson): the family's people
 * @practitioner: (nullable): the default practitioner name
 *
 * Returns: (transfer none): a modal dialog; it destroys itself when closed
 */
HearthVisitDialog *
hearth_visit_dialog_new (GtkWindow                *parent,
                         HearthStore              *store,
                         HearthInstrumentRegistry *registry,
                         HearthFamily             *family,
                         GPtrArray                *people,
                         const char               *practitioner)
{
  HearthVisitDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT_REGISTRY (registry), NULL);
  g_return_val_if_fail (family != NULL && family->id > 0, NULL);
  g_return_val_if_fail (people != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_VISIT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->registry = g_object_ref (registry);
  self->family = hearth_family_ref (family);
  self->people = g_ptr_array_ref (people);
  if (practitioner != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->practitioner_row), practitioner);
  build_people_rows (self);

  return self;
}
