/* hearth-supervision-page.c
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

#include "core/hearth-entities.h"
#include "hearth-display.h"
#include "hearth-supervision-page-private.h"

/* Reflective supervision on one family: the signals of drift and
 * cumulative harm with their evidence, what changed since the last
 * supervision, and the record of this one. The record saves itself a
 * moment after each change and when the page goes away; once finalised it
 * is read-only, except that its actions can still be ticked off. Earlier
 * records stay readable. The page reports through ::toast and leaves
 * showing it to its window. */

G_DEFINE_FINAL_TYPE (HearthSupervisionPage, hearth_supervision_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_REGISTRY,
  PROP_FAMILY,
  PROP_TODAY,
  N_PROPS
};

enum {
  TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/**
 * hearth_supervision_page_dup_today_or_now: (skip)
 * @owned: (out) (transfer full): receives a string to free, or %NULL
 *
 * Returns: (transfer none): the date the page judges from, "YYYY-MM-DD"
 */
const char *
hearth_supervision_page_dup_today_or_now (HearthSupervisionPage  *self,
                                          char                  **owned)
{
  *owned = NULL;
  if (self->today != NULL)
    return self->today;
  *owned = hearth_date_dup_today ();
  return *owned;
}

/**
 * hearth_supervision_page_person_name: (skip)
 *
 * Returns: (transfer none): the person's name, or a neutral phrase
 */
const char *
hearth_supervision_page_person_name (HearthSupervisionPage *self,
                                     gint64                 person_id)
{
  for (guint i = 0; self->people != NULL && i < self->people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (self->people, i);

      if (person->id == person_id)
        return person->name;
    }
  return _("someone no longer recorded");
}

/**
 * hearth_supervision_page_instrument_title: (skip)
 *
 * Returns: (transfer none): the instrument's title, or its id when it is
 *   not installed
 */
const char *
hearth_supervision_page_instrument_title (HearthSupervisionPage *self,
                                          const char            *instrument_id,
                                          const char            *version)
{
  g_autoptr(HearthInstrument) instrument = NULL;

  if (self->registry != NULL && instrument_id != NULL)
    instrument = hearth_instrument_registry_lookup (self->registry, instrument_id,
                                                    version != NULL
                                                    ? (int) g_ascii_strtoll (version, NULL, 10) : 0,
                                                    NULL);
  if (instrument == NULL)
    return instrument_id;
  return g_intern_string (hearth_instrument_get_title (instrument));
}

/**
 * hearth_supervision_page_clear_list: (skip)
 */
void
hearth_supervision_page_clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/**
 * hearth_supervision_page_new_row: (skip)
 *
 * Returns: (transfer floating): a row showing free text, never markup
 */
GtkWidget *
hearth_supervision_page_new_row (const char *title,
                                 const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  return row;
}

/**
 * hearth_supervision_page_toast: (skip)
 */
void
hearth_supervision_page_toast (HearthSupervisionPage *self,
                               const char            *message)
{
  g_signal_emit (self, signals[TOAST], 0, message);
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

static void
clear_records (HearthSupervisionPage *self)
{
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->visits, g_ptr_array_unref);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  g_clear_pointer (&self->supervisions, g_ptr_array_unref);
  g_clear_pointer (&self->signals, g_ptr_array_unref);
}

static guint
read_settings_uint (const char *key,
                    guint       fallback)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  /* Tests and uninstalled runs may lack the schema: then the defaults hold. */
  if (source == NULL)
    return fallback;
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return fallback;
  settings = g_settings_new (APPLICATION_ID);
  return g_settings_get_uint (settings, key);
}

/**
 * hearth_supervision_page_compute_signals: (skip)
 *
 * Works the signals out afresh from the records read.
 */
void
hearth_supervision_page_compute_signals (HearthSupervisionPage *self)
{
  g_autofree char *owned = NULL;
  HearthSignalInput input = {
    .family = self->family,
    .people = self->people,
    .visits = self->visits,
    .assessments = self->assessments,
    .events = self->events,
    .periods = self->periods,
    .supervisions = self->supervisions,
    .registry = self->registry,
    .today = hearth_supervision_page_dup_today_or_now (self, &owned),
  };
  HearthSignalOptions options;

  hearth_signal_options_init (&options);
  options.drift_weeks = read_settings_uint ("drift-threshold-weeks", options.drift_weeks);
  g_clear_pointer (&self->signals, g_ptr_array_unref);
  self->signals = hearth_signals_compute (&input, &options);
}

/**
 * hearth_supervision_page_load_records: (skip)
 *
 * Reads the family's records and works out the signals; the first
 * failure is reported and the page shows what it could read.
 */
void
hearth_supervision_page_load_records (HearthSupervisionPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = self->family->id;

  clear_records (self);
  if ((self->people = hearth_store_list_people (self->store, id, &error)) == NULL
      || (self->visits = hearth_store_list_visits (self->store, id, &error)) == NULL
      || (self->assessments = hearth_store_list_assessments (self->store, id, &error)) == NULL
      || (self->events = hearth_store_list_events (self->store, id, &error)) == NULL
      || (self->periods = hearth_store_list_periods (self->store, id, &error)) == NULL
      || (self->supervisions = hearth_store_list_supervisions (self->store, id, &error)) == NULL)
    hearth_supervision_page_toast (self, error->message);

  hearth_supervision_page_compute_signals (self);
}

static void
hearth_supervision_page_dispose (GObject *object)
{
  HearthSupervisionPage *self = HEARTH_SUPERVISION_PAGE (object);
  GtkWidget *child;

  /* Nothing typed is lost when the page goes away. A failure here has
   * nowhere to be shown; the message never holds record content. */
  if (self->store != NULL && self->dirty)
    {
      g_autoptr(GError) error = NULL;

      if (!hearth_supervision_page_save_now (self, &error) && error != NULL)
        g_debug ("%s", error->message);
    }
  hearth_supervision_page_cancel_save (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_SUPERVISION_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->registry);
  g_clear_pointer (&self->family, hearth_family_unref);
  g_clear_pointer (&self->record, hearth_supervision_unref);
  clear_records (self);

  G_OBJECT_CLASS (hearth_supervision_page_parent_class)->dispose (object);
}

static void
hearth_supervision_page_finalize (GObject *object)
{
  HearthSupervisionPage *self = HEARTH_SUPERVISION_PAGE (object);

  g_free (self->today);

  G_OBJECT_CLASS (hearth_supervision_page_parent_class)->finalize (object);
}

static void
hearth_supervision_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HearthSupervisionPage *self = HEARTH_SUPERVISION_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_REGISTRY:
      g_value_set_object (value, self->registry);
      break;

    case PROP_FAMILY:
      g_value_set_boxed (value, self->family);
      break;

    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_supervision_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  HearthSupervisionPage *self = HEARTH_SUPERVISION_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      hearth_supervision_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_REGISTRY:
      hearth_supervision_page_set_registry (self, g_value_get_object (value));
      break;

    case PROP_FAMILY:
      hearth_supervision_page_set_family (self, g_value_get_boxed (value));
      break;

    case PROP_TODAY:
      hearth_supervision_page_set_today (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_supervision_page_class_init (HearthSupervisionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_supervision_page_dispose;
  object_class->finalize = hearth_supervision_page_finalize;
  object_class->get_property = hearth_supervision_page_get_property;
  object_class->set_property = hearth_supervision_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGISTRY] =
    g_param_spec_object ("registry", NULL, NULL,
                         HEARTH_TYPE_INSTRUMENT_REGISTRY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FAMILY] =
    g_param_spec_boxed ("family", NULL, NULL,
                        HEARTH_TYPE_FAMILY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/windows/hearth-supervision-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, signals_list);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, changes_group);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, changes_list);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, record_group);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, save_label);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, finalise_button);
  hearth_supervision_page_bind_records (widget_class);
  hearth_supervision_page_bind_form (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_supervision_page_init (HearthSupervisionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->interval_ms = CLAMP (read_settings_uint ("autosave-interval", 1), 1, 60) * 1000;

  gtk_list_box_set_placeholder (self->signals_list,
                                placeholder (_("No signals: nothing in the records crosses a "
                                               "threshold.")));
  gtk_list_box_set_placeholder (self->changes_list,
                                placeholder (_("Nothing new since the last supervision.")));
  gtk_list_box_set_placeholder (self->records_list, placeholder (_("No supervision records yet.")));
  hearth_supervision_page_init_form (self);
  hearth_supervision_page_fill_form (self);
}

/**
 * hearth_supervision_page_new:
 * @store: (nullable): the store to read from and write to
 * @registry: (nullable): the instruments to score assessments with
 *
 * Returns: (transfer floating): a new page without a family
 */
GtkWidget *
hearth_supervision_page_new (HearthStore              *store,
                             HearthInstrumentRegistry *registry)
{
  return g_object_new (HEARTH_TYPE_SUPERVISION_PAGE,
                       "store", store,
                       "registry", registry,
                       NULL);
}

/**
 * hearth_supervision_page_set_store:
 * @self: a page
 * @store: (nullable): the store to read from and write to
 *
 * Sets the store. Call before setting a family.
 */
void
hearth_supervision_page_set_store (HearthSupervisionPage *self,
                                   HearthStore           *store)
{
  g_return_if_fail (HEARTH_IS_SUPERVISION_PAGE (self));
  g_return_if_fail (store == NULL || HEARTH_IS_STORE (store));

  if (self->store == store)
    return;

  hearth_supervision_page_cancel_save (self);
  g_set_object (&self->store, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * hearth_supervision_page_set_registry:
 * @self: a page
 * @registry: (nullable): the instruments to score assessments with
 *
 * Sets the instruments the signals and score changes are worked out with.
 */
void
hearth_supervision_page_set_registry (HearthSupervisionPage    *self,
                                      HearthInstrumentRegistry *registry)
{
  g_return_if_fail (HEARTH_IS_SUPERVISION_PAGE (self));

  if (!g_set_object (&self->registry, registry))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTRY]);
}

/**
 * hearth_supervision_page_get_family:
 * @self: a page
 *
 * Returns: (transfer none) (nullable): the family shown
 */
HearthFamily *
hearth_supervision_page_get_family (HearthSupervisionPage *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAGE (self), NULL);

  return self->family;
}

/**
 * hearth_supervision_page_set_family:
 * @self: a page
 * @family: (nullable): the family to show
 *
 * Shows @family, read afresh from the store. Edits to the record of the
 * family shown before are stored first; for the same family, the record
 * in the form stays open.
 */
void
hearth_supervision_page_set_family (HearthSupervisionPage *self,
                                    HearthFamily          *family)
{
  HearthFamily *previous = self->family;
  gboolean same;

  g_return_if_fail (HEARTH_IS_SUPERVISION_PAGE (self));

  same = (previous == NULL && family == NULL)
         || (previous != NULL && family != NULL && previous->id == family->id);
  if (!same && self->dirty)
    {
      g_autoptr(GError) error = NULL;

      if (!hearth_supervision_page_save_now (self, &error) && error != NULL)
        hearth_supervision_page_toast (self, error->message);
    }

  /* Take the new reference first: @family may be the one held. */
  self->family = family != NULL ? hearth_family_ref (family) : NULL;
  g_clear_pointer (&previous, hearth_family_unref);
  if (!same)
    {
      hearth_supervision_page_cancel_save (self);
      g_clear_pointer (&self->record, hearth_supervision_unref);
    }

  hearth_supervision_page_reload (self);
  if (!same)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
}

/**
 * hearth_supervision_page_get_today:
 * @self: a page
 *
 * Returns: (transfer none) (nullable): the date set with
 *   hearth_supervision_page_set_today(), or %NULL for the real date
 */
const char *
hearth_supervision_page_get_today (HearthSupervisionPage *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAGE (self), NULL);

  return self->today;
}

/**
 * hearth_supervision_page_set_today:
 * @self: a page
 * @today: (nullable): "YYYY-MM-DD", or %NULL for the real date
 *
 * Sets the date the signals are judged from and new records are dated:
 * a supervision held about an earlier date, or a test.
 */
void
hearth_supervision_page_set_today (HearthSupervisionPage *self,
                                   const char            *today)
{
  g_return_if_fail (HEARTH_IS_SUPERVISION_PAGE (self));
  g_return_if_fail (today == NULL || hearth_date_validate (today, NULL));

  if (g_strcmp0 (self->today, today) == 0)
    return;

  g_free (self->today);
  self->today = g_strdup (today);
  if (self->family != NULL && self->store != NULL)
    {
      hearth_supervision_page_compute_signals (self);
      hearth_supervision_page_show_signals (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/**
 * hearth_supervision_page_reload:
 * @self: a page
 *
 * Reads the family's records again and works out the signals afresh.
 */
void
hearth_supervision_page_reload (HearthSupervisionPage *self)
{
  HearthSupervision *stored;

  g_return_if_fail (HEARTH_IS_SUPERVISION_PAGE (self));

  if (self->family == NULL || self->store == NULL)
    {
      clear_records (self);
      hearth_supervision_page_show_record (self, NULL);
      hearth_supervision_page_show_signals (self);
      return;
    }

  hearth_supervision_page_load_records (self);
  hearth_supervision_page_show_signals (self);

  /* Keep the record being written: unsaved edits stay in the form. */
  if (self->record != NULL && self->dirty)
    {
      hearth_supervision_page_show_records (self);
      hearth_supervision_page_show_changes (self);
      return;
    }

  stored = NULL;
  if (self->record != NULL)
    stored = hearth_supervision_page_find_record (self, self->record->id);
  if (stored != NULL)
    hearth_supervision_page_show_record (self, hearth_supervision_copy (stored));
  else if (self->record != NULL && self->record->id == 0)
    hearth_supervision_page_show_record (self, hearth_supervision_copy (self->record));
  else
    hearth_supervision_page_show_record (self, hearth_supervision_page_dup_opening_record (self));
}

/**
 * hearth_supervision_page_get_signals:
 * @self: a page
 *
 * Returns: (transfer none) (nullable) (element-type HearthSignal): the
 *   signals shown, most severe first
 */
GPtrArray *
hearth_supervision_page_get_signals (HearthSupervisionPage *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAGE (self), NULL);

  return self->signals;
}

/**
 * hearth_supervision_page_get_record:
 * @self: a page
 *
 * Returns: (transfer none) (nullable): the record in the form as last
 *   stored (or not yet stored, with id 0)
 */
HearthSupervision *
hearth_supervision_page_get_record (HearthSupervisionPage *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAGE (self), NULL);

  return self->record;
}

/**
 * hearth_supervision_page_get_saved:
 * @self: a page
 *
 * Returns: %TRUE when every edit in the form is stored
 */
gboolean
hearth_supervision_page_get_saved (HearthSupervisionPage *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAGE (self), FALSE);

  return !self->dirty;
}

