/* hearth-charts-page.c
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

#define G_LOG_DOMAIN "hearth-charts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "charts/hearth-chart-export.h"
#include "widgets/hearth-comparison-view.h"
#include "widgets/hearth-timeline-view.h"

#include "hearth-application.h"
#include "hearth-charts-page.h"

/* A family's charts, for supervision: the chronology timeline with its
 * filters, siblings side by side, each child over time, and home
 * conditions over time; each also as text, and each exportable to PNG,
 * SVG or PDF. The page reads the store it is handed; it reports through
 * ::toast and ::event-activated and leaves the rest to its owner. */
struct _HearthChartsPage
{
  GtkWidget                 parent_instance;

  HearthStore              *store;      /* owned; nullable */
  HearthInstrumentRegistry *registry;   /* owned; nullable */
  HearthLevelsOfNeed       *levels;     /* owned; nullable */
  HearthFamily             *family;     /* owned; nullable */
  HearthChartSet           *set;        /* owned; nullable */
  GArray                   *periods; /* owned; HearthDayRange per period choice after "All time" */
  GtkFileChooserNative     *chooser;    /* owned until it answers */
  char                     *export_extension;

  AdwViewStack             *chart_stack;
  GtkWidget                *timeline_tools;
  GtkStack                 *timeline_stack;
  HearthTimelineView       *timeline_view;
  GtkListBox               *events_list;
  GtkStack                 *siblings_stack;
  HearthComparisonView     *siblings_view;
  GtkLabel                 *siblings_text;
  GtkStack                 *progress_stack;
  HearthComparisonView     *progress_view;
  GtkLabel                 *progress_text;
  GtkStack                 *home_stack;
  HearthComparisonView     *home_view;
  GtkLabel                 *home_text;
  GtkToggleButton          *list_toggle;
  GtkBox                   *lanes_box;
  GtkBox                   *groups_box;
  GtkDropDown              *period_dropdown;
};

G_DEFINE_FINAL_TYPE (HearthChartsPage, hearth_charts_page, GTK_TYPE_WIDGET)

enum {
  TOAST,
  EVENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static gint32
read_drift_threshold_days (void)
{
  GApplication *application = g_application_get_default ();
  GSettings *settings;

  if (!HEARTH_IS_APPLICATION (application))
    return 0;
  settings = hearth_application_get_settings (HEARTH_APPLICATION (application));
  return settings != NULL ? (gint32) g_settings_get_uint (settings, "drift-threshold-weeks") * 7 : 0;
}

static void
lane_toggled_cb (GtkCheckButton   *button,
                 HearthChartsPage *self)
{
  guint lane = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "lane"));
  guint64 lanes = hearth_timeline_view_get_lanes (self->timeline_view);
  guint64 bit = G_GUINT64_CONSTANT (1) << lane;

  hearth_timeline_view_set_lanes (
      self->timeline_view, gtk_check_button_get_active (button) ? lanes | bit : lanes & ~bit);
}

static void
group_toggled_cb (GtkCheckButton   *button,
                  HearthChartsPage *self)
{
  guint group = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "group"));
  guint groups = hearth_timeline_view_get_groups (self->timeline_view);

  hearth_timeline_view_set_groups (self->timeline_view,
                                   gtk_check_button_get_active (button) ? groups | (1u << group)
                                                                        : groups & ~(1u << group));
}

/* The filter's choices: a check per lane and per group, and the periods
 * of involvement as windows of days. */
static void
build_filters (HearthChartsPage   *self,
               HearthTimelineData *timeline)
{
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);
  const HearthTimelinePeriod *spans;
  gsize n_spans;

  clear_box (self->lanes_box);
  for (guint lane = 0; lane < hearth_timeline_data_get_n_lanes (timeline); lane++)
    {
      GtkWidget *check
          = gtk_check_button_new_with_label (hearth_timeline_data_get_lane_label (timeline, lane));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_object_set_data (G_OBJECT (check), "lane", GUINT_TO_POINTER (lane));
      g_signal_connect (check, "toggled", G_CALLBACK (lane_toggled_cb), self);
      gtk_box_append (self->lanes_box, check);
    }

  clear_box (self->groups_box);
  for (guint group = 0; group < HEARTH_TIMELINE_N_GROUPS; group++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (hearth_timeline_group_get_label (group));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_object_set_data (G_OBJECT (check), "group", GUINT_TO_POINTER (group));
      g_signal_connect (check, "toggled", G_CALLBACK (group_toggled_cb), self);
      gtk_box_append (self->groups_box, check);
    }

  /* Translators: the period filter's first choice: no limit. */
  gtk_string_list_append (periods, _("All time"));
  g_array_set_size (self->periods, 0);
  spans = hearth_timeline_data_get_periods (timeline, &n_spans);
  for (gsize i = 0; i < n_spans; i++)
    {
      HearthDayRange range = { spans[i].first_day, spans[i].last_day };
      g_autofree char *first = hearth_chart_format_day (spans[i].first_day);
      g_autofree char *last = spans[i].last_day != HEARTH_CHART_DAY_NONE
                              ? hearth_chart_format_day (spans[i].last_day)
                              /* Translators: the end of a period still open. */
                              : g_strdup (_("now"));
      g_autofree char *label = NULL;
      guint lane = spans[i].lanes != 0 ? (guint) __builtin_ctzll (spans[i].lanes) : 0;

      /* Translators: a period in the timeline's filter: its kind, the
       * child, and its first and last days. */
      label = g_strdup_printf (
          _("%s, %s: %s – %s"),
          hearth_period_kind_get_label (hearth_timeline_data_get_period_kind (timeline, i)),
          hearth_timeline_data_get_lane_label (timeline, lane), first, last);
      gtk_string_list_append (periods, label);
      g_array_append_val (self->periods, range);
    }
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (periods));
  gtk_drop_down_set_selected (self->period_dropdown, 0);
}

/* The timeline as a list: every entry in time order, for readers who
 * cannot use the picture. */
static void
build_events_list (HearthChartsPage   *self,
                   HearthTimelineData *timeline)
{
  const HearthTimelineEvent *events;
  GtkWidget *child;
  gsize n_events;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->events_list))) != NULL)
    gtk_list_box_remove (self->events_list, child);

  events = hearth_timeline_data_get_events (timeline, &n_events);
  for (gsize i = 0; i < n_events; i++)
    {
      const HearthTimelineItem *item = hearth_timeline_data_get_item (timeline, i);
      g_autofree char *day = hearth_chart_format_day (events[i].day);
      g_autofree char *title = g_strdup_printf ("%s — %s", day, item->label);
      g_autoptr(GString) lanes = g_string_new (NULL);
      GtkWidget *row;

      for (guint lane = 0; lane < hearth_timeline_data_get_n_lanes (timeline); lane++)
        if (events[i].lanes & (G_GUINT64_CONSTANT (1) << lane))
          g_string_append_printf (lanes, "%s%s", lanes->len > 0 ? ", " : "",
                                  hearth_timeline_data_get_lane_label (timeline, lane));
      if (item->summary != NULL)
        g_string_append_printf (lanes, " · %s", item->summary);

      /* Records are plain text: an "&" is not markup. */
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), lanes->str);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "index", GSIZE_TO_POINTER (i));
      gtk_list_box_append (self->events_list, row);
    }

  if (n_events == 0)
    {
      GtkWidget *empty = gtk_label_new (_("No chronology events, visits or assessments yet."));

      gtk_widget_add_css_class (empty, "dim-label");
      gtk_widget_set_margin_top (empty, 12);
      gtk_widget_set_margin_bottom (empty, 12);
      gtk_list_box_set_placeholder (self->events_list, empty);
    }
}

static void
show_comparison (HearthComparisonView *view,
                 GtkLabel             *text,
                 HearthComparisonKind  kind,
                 HearthComparisonData *data)
{
  g_autofree char *summary = data != NULL ? hearth_comparison_chart_dup_summary (kind, data) : NULL;

  hearth_comparison_view_set_data (view, data);
  gtk_label_set_text (text, summary != NULL ? summary : "");
}

static void
period_selected_cb (GtkDropDown      *dropdown,
                    GParamSpec       *pspec,
                    HearthChartsPage *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || selected == 0 || selected > self->periods->len)
    hearth_timeline_view_set_period (self->timeline_view, HEARTH_CHART_DAY_NONE,
                                     HEARTH_CHART_DAY_NONE);
  else
    {
      const HearthDayRange *range = &g_array_index (self->periods, HearthDayRange, selected - 1);

      hearth_timeline_view_set_period (self->timeline_view, range->from, range->to);
    }
}

static void
list_toggled_cb (GtkToggleButton  *button,
                 HearthChartsPage *self)
{
  const char *name = gtk_toggle_button_get_active (button) ? "text" : "chart";

  gtk_stack_set_visible_child_name (self->timeline_stack, name);
  gtk_stack_set_visible_child_name (self->siblings_stack, name);
  gtk_stack_set_visible_child_name (self->progress_stack, name);
  gtk_stack_set_visible_child_name (self->home_stack, name);
}

static void
chart_changed_cb (AdwViewStack     *stack,
                  GParamSpec       *pspec,
                  HearthChartsPage *self)
{
  const char *name = adw_view_stack_get_visible_child_name (stack);

  /* Filters and zoom belong to the timeline only. */
  gtk_widget_set_visible (self->timeline_tools, g_strcmp0 (name, "timeline") == 0);
}

static void
timeline_event_activated_cb (HearthTimelineView *view,
                             gint64              id,
                             int                 kind,
                             HearthChartsPage   *self)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, id, kind);
}

static void
event_row_activated_cb (GtkListBox       *list,
                        GtkListBoxRow    *row,
                        HearthChartsPage *self)
{
  gsize index = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "index"));
  const HearthTimelineItem *item;

  if (self->set == NULL)
    return;

  item = hearth_timeline_data_get_item (hearth_chart_set_get_timeline (self->set), index);
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, item->id, (int) item->kind);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthChartsPage *self = HEARTH_CHARTS_PAGE (widget);
  HearthTimelineChart *chart = hearth_timeline_view_get_chart (self->timeline_view);
  const HearthTimelineFrame *frame;

  if (chart == NULL)
    return;

  frame = hearth_timeline_chart_get_frame (chart);
  if (g_str_equal (action_name, "charts.fit-all"))
    hearth_timeline_view_fit_all (self->timeline_view);
  else
    hearth_timeline_view_zoom (self->timeline_view, (frame->scale.x0 + frame->scale.x1) / 2.0,
                               g_str_equal (action_name, "charts.zoom-in") ? 1.5 : 1.0 / 1.5);
}

typedef struct
{
  HearthChartsPage *page;
  const char       *chart;
} ExportJob;

static void
draw_export_cb (cairo_t  *cr,
                double    width,
                double    height,
                gpointer  user_data)
{
  ExportJob *job = user_data;
  HearthChartsPage *self = job->page;

  /* Exports use the light palette whatever the theme: they are printed. */
  if (g_strcmp0 (job->chart, "siblings") == 0)
    hearth_comparison_view_draw (self->siblings_view, cr, width, height, TRUE);
  else if (g_strcmp0 (job->chart, "progress") == 0)
    hearth_comparison_view_draw (self->progress_view, cr, width, height, TRUE);
  else if (g_strcmp0 (job->chart, "home") == 0)
    hearth_comparison_view_draw (self->home_view, cr, width, height, TRUE);
  else
    hearth_timeline_view_draw (self->timeline_view, cr, width, height, TRUE);
}

static void
chooser_response_cb (GtkNativeDialog  *chooser,
                     int               response,
                     HearthChartsPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }

  /* The chooser was kept referenced until now (STYLE.md, "Pitfalls"). */
  g_clear_object (&self->chooser);

  if (path == NULL)
    return;

  /* A name typed without an extension takes the one the menu chose. */
  if (!g_str_has_suffix (path, ".png") && !g_str_has_suffix (path, ".svg")
      && !g_str_has_suffix (path, ".pdf") && !g_str_has_suffix (path, ".PNG")
      && !g_str_has_suffix (path, ".SVG") && !g_str_has_suffix (path, ".PDF"))
    {
      char *with_extension = g_strconcat (path, ".", self->export_extension, NULL);

      g_free (path);
      path = with_extension;
    }

  if (!hearth_charts_page_export (self, path, &error))
    g_signal_emit (self, signals[TOAST], 0, error->message);
  else
    g_signal_emit (self, signals[TOAST], 0, _("Chart exported"));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthChartsPage *self = HEARTH_CHARTS_PAGE (widget);
  const char *extension = g_variant_get_string (parameter, NULL);
  const char *chart = adw_view_stack_get_visible_child_name (self->chart_stack);
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL || self->family == NULL)
    return;

  g_free (self->export_extension);
  self->export_extension = g_strdup (extension);

  self->chooser
      = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                     GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  name = g_strdup_printf ("%s-%s.%s", self->family->case_reference,
                          chart != NULL ? chart : "timeline", extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_file_filter_add_suffix (filter, extension);
  gtk_file_filter_set_name (filter, g_str_equal (extension, "pdf") ? _("PDF documents")
                                    : g_str_equal (extension, "svg") ? _("SVG drawings")
                                    : _("PNG images"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
hearth_charts_page_dispose (GObject *object)
{
  HearthChartsPage *self = HEARTH_CHARTS_PAGE (object);
  GtkWidget *child;

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_CHARTS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->set, hearth_chart_set_free);
  g_clear_pointer (&self->family, hearth_family_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->registry);
  g_clear_object (&self->levels);

  G_OBJECT_CLASS (hearth_charts_page_parent_class)->dispose (object);
}

static void
hearth_charts_page_finalize (GObject *object)
{
  HearthChartsPage *self = HEARTH_CHARTS_PAGE (object);

  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->export_extension, g_free);

  G_OBJECT_CLASS (hearth_charts_page_parent_class)->finalize (object);
}

static void
hearth_charts_page_class_init (HearthChartsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_charts_page_dispose;
  object_class->finalize = hearth_charts_page_finalize;

  /**
   * HearthChartsPage::toast:
   * @self: the page
   * @message: what to show
   *
   * Something passed that the window may tell in a toast.
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * HearthChartsPage::event-activated:
   * @self: the page
   * @id: the record's row id
   * @kind: a #HearthTimelineItemKind
   *
   * A timeline entry was clicked or activated: its owner opens it.
   */
  signals[EVENT_ACTIVATED]
      = g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                      NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT);

  g_type_ensure (HEARTH_TYPE_TIMELINE_VIEW);
  g_type_ensure (HEARTH_TYPE_COMPARISON_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/windows/hearth-charts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, chart_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, timeline_tools);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, timeline_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, events_list);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, siblings_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, siblings_view);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, siblings_text);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, progress_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, progress_view);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, progress_text);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, home_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, home_view);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, home_text);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, list_toggle);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, lanes_box);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, HearthChartsPage, period_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, period_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, timeline_event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, event_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "charts.fit-all", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "charts.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "charts.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "charts.export", "s", export_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_charts_page_init (HearthChartsPage *self)
{
  self->periods = g_array_new (FALSE, FALSE, sizeof (HearthDayRange));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_charts_page_new:
 *
 * Returns: (transfer floating): a new charts page, showing no family
 */
GtkWidget *
hearth_charts_page_new (void)
{
  return g_object_new (HEARTH_TYPE_CHARTS_PAGE, NULL);
}

/**
 * hearth_charts_page_set_sources:
 * @self: a charts page
 * @store: (nullable): the store to read from
 * @registry: (nullable): the instruments, to score assessments with
 * @levels: (nullable): the local names of the levels of need
 *
 * Sets where the page reads from. Call hearth_charts_page_reload() after.
 */
void
hearth_charts_page_set_sources (HearthChartsPage         *self,
                                HearthStore              *store,
                                HearthInstrumentRegistry *registry,
                                HearthLevelsOfNeed       *levels)
{
  g_return_if_fail (HEARTH_IS_CHARTS_PAGE (self));
  g_return_if_fail (store == NULL || HEARTH_IS_STORE (store));

  g_set_object (&self->store, store);
  g_set_object (&self->registry, registry);
  g_set_object (&self->levels, levels);
}

/**
 * hearth_charts_page_get_family:
 * @self: a charts page
 *
 * Returns: (transfer none) (nullable): the family shown
 */
HearthFamily *
hearth_charts_page_get_family (HearthChartsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_CHARTS_PAGE (self), NULL);

  return self->family;
}

/**
 * hearth_charts_page_set_family:
 * @self: a charts page
 * @family: (nullable): the family to chart
 *
 * Sets the family shown. Call hearth_charts_page_reload() after.
 */
void
hearth_charts_page_set_family (HearthChartsPage *self,
                               HearthFamily     *family)
{
  g_return_if_fail (HEARTH_IS_CHARTS_PAGE (self));

  if (self->family == family)
    return;

  g_clear_pointer (&self->family, hearth_family_unref);
  if (family != NULL)
    self->family = hearth_family_ref (family);
}

/**
 * hearth_charts_page_reload:
 * @self: a charts page
 *
 * Reads the family's records again and redraws every chart. A store that
 * cannot be read is reported through ::toast and leaves the charts empty.
 */
void
hearth_charts_page_reload (HearthChartsPage *self)
{
  g_autoptr(GError) error = NULL;
  HearthChartSetOptions options;
  HearthTimelineData *timeline;

  g_return_if_fail (HEARTH_IS_CHARTS_PAGE (self));

  g_clear_pointer (&self->set, hearth_chart_set_free);

  if (self->store != NULL && self->family != NULL)
    {
      hearth_chart_set_options_init (&options);
      options.registry = self->registry;
      options.levels = self->levels;
      options.drift_threshold_days = read_drift_threshold_days ();
      self->set = hearth_chart_set_load (self->store, self->family, &options, &error);
      if (self->set == NULL)
        g_signal_emit (self, signals[TOAST], 0, error->message);
    }

  if (self->set == NULL)
    {
      hearth_timeline_view_set_data (self->timeline_view, NULL);
      show_comparison (self->siblings_view, self->siblings_text, HEARTH_COMPARISON_SIBLINGS, NULL);
      show_comparison (self->progress_view, self->progress_text, HEARTH_COMPARISON_PROGRESS, NULL);
      show_comparison (self->home_view, self->home_text, HEARTH_COMPARISON_HOME, NULL);
      return;
    }

  timeline = hearth_chart_set_get_timeline (self->set);
  build_filters (self, timeline);
  build_events_list (self, timeline);
  hearth_timeline_view_set_lanes (self->timeline_view, G_MAXUINT64);
  hearth_timeline_view_set_groups (self->timeline_view, G_MAXUINT32);
  hearth_timeline_view_set_period (self->timeline_view, HEARTH_CHART_DAY_NONE,
                                   HEARTH_CHART_DAY_NONE);
  hearth_timeline_view_set_data (self->timeline_view, timeline);

  show_comparison (self->siblings_view, self->siblings_text, HEARTH_COMPARISON_SIBLINGS,
                   hearth_chart_set_get_comparison (self->set, HEARTH_COMPARISON_SIBLINGS));
  show_comparison (self->progress_view, self->progress_text, HEARTH_COMPARISON_PROGRESS,
                   hearth_chart_set_get_comparison (self->set, HEARTH_COMPARISON_PROGRESS));
  show_comparison (self->home_view, self->home_text, HEARTH_COMPARISON_HOME,
                   hearth_chart_set_get_comparison (self->set, HEARTH_COMPARISON_HOME));
}

/**
 * hearth_charts_page_get_chart_set:
 * @self: a charts page
 *
 * Returns: (transfer none) (nullable): the data of the charts shown
 */
HearthChartSet *
hearth_charts_page_get_chart_set (HearthChartsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_CHARTS_PAGE (self), NULL);

  return self->set;
}

/**
 * hearth_charts_page_export:
 * @self: a charts page
 * @path: the file to write, ending in .png, .svg or .pdf
 * @error: return location for a #HearthChartError
 *
 * Exports the chart on show, as it is filtered and zoomed, in the light
 * palette: a PNG or SVG of 1600 by 700 pixels, or an A4 landscape PDF.
 *
 * Returns: %TRUE on success
 */
gboolean
hearth_charts_page_export (HearthChartsPage  *self,
                           const char        *path,
                           GError           **error)
{
  ExportJob job = { self, NULL };
  HearthChartFormat format;

  g_return_val_if_fail (HEARTH_IS_CHARTS_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!hearth_chart_format_from_path (path, &format, error))
    return FALSE;

  job.chart = adw_view_stack_get_visible_child_name (self->chart_stack);
  if (format == HEARTH_CHART_FORMAT_PDF)
    return hearth_chart_export (path, format, 842, 595, draw_export_cb, &job, error);
  return hearth_chart_export (path, format, 1600, 700, draw_export_cb, &job, error);
}
