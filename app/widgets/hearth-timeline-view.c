/* hearth-timeline-view.c
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

#define G_LOG_DOMAIN "hearth-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hearth-chart-theme.h"
#include "hearth-timeline-view-private.h"

G_DEFINE_FINAL_TYPE (HearthTimelineView, hearth_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATA,
  PROP_LANES,
  PROP_GROUPS,
  PROP_PERIOD_FROM,
  PROP_PERIOD_TO,
  PROP_FROM,
  PROP_TO,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/**
 * hearth_timeline_view_emit_event_activated:
 * @self: a timeline view
 * @item: the item of the marker clicked
 *
 * Emits #HearthTimelineView::event-activated for @item.
 */
void
hearth_timeline_view_emit_event_activated (HearthTimelineView       *self,
                                           const HearthTimelineItem *item)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, item->id, (int) item->kind);
}

static void
update_accessible (HearthTimelineView *self)
{
  g_autofree char *summary = NULL;

  summary = self->chart != NULL ? hearth_timeline_chart_dup_summary (self->chart)
                                : g_strdup (_("Chronology timeline with no events to show."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chronology timeline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

/**
 * hearth_timeline_view_get_scale:
 * @self: a timeline view
 * @scale: (out caller-allocates): the scale
 *
 * Gives the plot of the last frame with the window shown now: what zoom
 * and pan work on, so the pointer keeps its day.
 *
 * Returns: %FALSE when nothing was drawn yet
 */
gboolean
hearth_timeline_view_get_scale (HearthTimelineView *self,
                                HearthTimeScale    *scale)
{
  const HearthTimelineFrame *frame;

  if (self->chart == NULL)
    return FALSE;

  frame = hearth_timeline_chart_get_frame (self->chart);
  if (frame->scale.x1 <= frame->scale.x0)
    return FALSE;

  hearth_time_scale_init (scale, self->from, self->to, frame->scale.x0, frame->scale.x1);
  return TRUE;
}

/**
 * hearth_timeline_view_set_window_internal:
 * @self: a timeline view
 * @from: the first day to show
 * @to: the end of the window
 *
 * Shows a window of days, notifying the properties that changed.
 */
void
hearth_timeline_view_set_window_internal (HearthTimelineView *self,
                                          double              from,
                                          double              to)
{
  gboolean from_changed = from != self->from;
  gboolean to_changed = to != self->to;

  if (!from_changed && !to_changed)
    return;

  self->from = from;
  self->to = to;
  if (from_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM]);
  if (to_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
apply_filter (HearthTimelineView *self,
              gboolean            refit)
{
  if (self->chart == NULL)
    return;

  hearth_timeline_chart_set_filter (self->chart, &self->filter);
  update_accessible (self);
  if (refit)
    hearth_timeline_view_fit_all (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
hearth_timeline_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  HearthTimelineView *self = HEARTH_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  hearth_timeline_chart_draw (self->chart, cr, width, height, self->from, self->to, &self->palette);
  cairo_destroy (cr);
}

static void
hearth_timeline_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 220;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 900 : 420;
}

static void
hearth_timeline_view_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  HearthTimelineView *self = HEARTH_TIMELINE_VIEW (widget);

  GTK_WIDGET_CLASS (hearth_timeline_view_parent_class)->css_changed (widget, change);

  /* Read once per theme change and kept: snapshot never asks the theme. */
  hearth_chart_theme_read (widget, &self->palette);
  gtk_widget_queue_draw (widget);
}

static void
hearth_timeline_view_dispose (GObject *object)
{
  HearthTimelineView *self = HEARTH_TIMELINE_VIEW (object);

  g_clear_pointer (&self->chart, hearth_timeline_chart_free);
  g_clear_pointer (&self->data, hearth_timeline_data_unref);

  G_OBJECT_CLASS (hearth_timeline_view_parent_class)->dispose (object);
}

static void
hearth_timeline_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HearthTimelineView *self = HEARTH_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATA:
      g_value_set_boxed (value, self->data);
      break;
    case PROP_LANES:
      g_value_set_uint64 (value, self->filter.lanes);
      break;
    case PROP_GROUPS:
      g_value_set_uint (value, self->filter.groups);
      break;
    case PROP_PERIOD_FROM:
      g_value_set_int (value, self->filter.first_day);
      break;
    case PROP_PERIOD_TO:
      g_value_set_int (value, self->filter.last_day);
      break;
    case PROP_FROM:
      g_value_set_double (value, self->from);
      break;
    case PROP_TO:
      g_value_set_double (value, self->to);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_timeline_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HearthTimelineView *self = HEARTH_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATA:
      hearth_timeline_view_set_data (self, g_value_get_boxed (value));
      break;
    case PROP_LANES:
      hearth_timeline_view_set_lanes (self, g_value_get_uint64 (value));
      break;
    case PROP_GROUPS:
      hearth_timeline_view_set_groups (self, g_value_get_uint (value));
      break;
    case PROP_PERIOD_FROM:
      hearth_timeline_view_set_period (self, g_value_get_int (value), self->filter.last_day);
      break;
    case PROP_PERIOD_TO:
      hearth_timeline_view_set_period (self, self->filter.first_day, g_value_get_int (value));
      break;
    case PROP_FROM:
      hearth_timeline_view_set_window (self, g_value_get_double (value),
                                       MAX (self->to, g_value_get_double (value) + 1.0));
      break;
    case PROP_TO:
      hearth_timeline_view_set_window (self, MIN (self->from, g_value_get_double (value) - 1.0),
                                       g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_timeline_view_class_init (HearthTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_timeline_view_dispose;
  object_class->get_property = hearth_timeline_view_get_property;
  object_class->set_property = hearth_timeline_view_set_property;

  widget_class->snapshot = hearth_timeline_view_snapshot;
  widget_class->measure = hearth_timeline_view_measure;
  widget_class->css_changed = hearth_timeline_view_css_changed;

  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL, HEARTH_TYPE_TIMELINE_DATA,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANES] =
    g_param_spec_uint64 ("lanes", NULL, NULL, 0, G_MAXUINT64, G_MAXUINT64,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUPS] =
    g_param_spec_uint ("groups", NULL, NULL, 0, G_MAXUINT32, G_MAXUINT32,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD_FROM] = g_param_spec_int (
      "period-from", NULL, NULL, G_MININT32, HEARTH_CHART_DAY_MAX, HEARTH_CHART_DAY_NONE,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD_TO] = g_param_spec_int (
      "period-to", NULL, NULL, G_MININT32, HEARTH_CHART_DAY_MAX, HEARTH_CHART_DAY_NONE,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FROM] =
    g_param_spec_double ("from", NULL, NULL, HEARTH_CHART_DAY_MIN, HEARTH_CHART_DAY_MAX + 1.0, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO] =
    g_param_spec_double ("to", NULL, NULL, HEARTH_CHART_DAY_MIN, HEARTH_CHART_DAY_MAX + 1.0, 365.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthTimelineView::event-activated:
   * @self: the view
   * @id: the record's row id
   * @kind: the kind of record, a #HearthTimelineItemKind
   *
   * A single marker was clicked: the window opens the record.
   */
  signals[EVENT_ACTIVATED]
      = g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                      NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "hearth-timeline-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hearth_timeline_view_init (HearthTimelineView *self)
{
  self->filter = HEARTH_TIMELINE_FILTER_ALL;
  self->from = 0.0;
  self->to = 365.0;
  hearth_chart_palette_init (&self->palette, FALSE);

  hearth_timeline_view_add_controllers (self);

  update_accessible (self);
}

/**
 * hearth_timeline_view_new:
 *
 * Returns: (transfer floating): a new, empty timeline view
 */
GtkWidget *
hearth_timeline_view_new (void)
{
  return g_object_new (HEARTH_TYPE_TIMELINE_VIEW, NULL);
}

/**
 * hearth_timeline_view_get_data:
 * @self: a timeline view
 *
 * Returns: (transfer none) (nullable): the data shown
 */
HearthTimelineData *
hearth_timeline_view_get_data (HearthTimelineView *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_VIEW (self), NULL);

  return self->data;
}

/**
 * hearth_timeline_view_set_data:
 * @self: a timeline view
 * @data: (nullable): the timeline to show; sealed by this call
 *
 * Shows @data, keeping the filters, and fits the window to it.
 */
void
hearth_timeline_view_set_data (HearthTimelineView *self,
                               HearthTimelineData *data)
{
  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));

  if (self->data == data)
    return;

  g_clear_pointer (&self->chart, hearth_timeline_chart_free);
  g_clear_pointer (&self->data, hearth_timeline_data_unref);
  if (data != NULL)
    {
      self->data = hearth_timeline_data_ref (data);
      self->chart = hearth_timeline_chart_new (data);
      apply_filter (self, TRUE);
    }

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}

/**
 * hearth_timeline_view_get_lanes:
 * @self: a timeline view
 *
 * Returns: the lanes shown, bit i for lane i
 */
guint64
hearth_timeline_view_get_lanes (HearthTimelineView *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_VIEW (self), 0);

  return self->filter.lanes;
}

/**
 * hearth_timeline_view_set_lanes:
 * @self: a timeline view
 * @lanes: the lanes to show (children, and the household), bit i for
 *   lane i
 *
 * Filters by child.
 */
void
hearth_timeline_view_set_lanes (HearthTimelineView *self,
                                guint64             lanes)
{
  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));

  if (self->filter.lanes == lanes)
    return;

  self->filter.lanes = lanes;
  apply_filter (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANES]);
}

/**
 * hearth_timeline_view_get_groups:
 * @self: a timeline view
 *
 * Returns: the groups shown, bit g for #HearthTimelineGroup g
 */
guint
hearth_timeline_view_get_groups (HearthTimelineView *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_VIEW (self), 0);

  return self->filter.groups;
}

/**
 * hearth_timeline_view_set_groups:
 * @self: a timeline view
 * @groups: the groups of categories to show, bit g for
 *   #HearthTimelineGroup g
 *
 * Filters by category.
 */
void
hearth_timeline_view_set_groups (HearthTimelineView *self,
                                 guint               groups)
{
  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));

  if (self->filter.groups == groups)
    return;

  self->filter.groups = groups;
  apply_filter (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUPS]);
}

/**
 * hearth_timeline_view_get_period_from:
 * @self: a timeline view
 *
 * Returns: the first day of the period shown, or %HEARTH_CHART_DAY_NONE
 */
int
hearth_timeline_view_get_period_from (HearthTimelineView *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_VIEW (self), HEARTH_CHART_DAY_NONE);

  return self->filter.first_day;
}

/**
 * hearth_timeline_view_get_period_to:
 * @self: a timeline view
 *
 * Returns: the last day of the period shown, or %HEARTH_CHART_DAY_NONE
 */
int
hearth_timeline_view_get_period_to (HearthTimelineView *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_VIEW (self), HEARTH_CHART_DAY_NONE);

  return self->filter.last_day;
}

/**
 * hearth_timeline_view_set_period:
 * @self: a timeline view
 * @first_day: the first day to show, or %HEARTH_CHART_DAY_NONE
 * @last_day: the last day to show, or %HEARTH_CHART_DAY_NONE
 *
 * Filters by period, such as a child protection plan, and fits the
 * window to what is left.
 */
void
hearth_timeline_view_set_period (HearthTimelineView *self,
                                 int                 first_day,
                                 int                 last_day)
{
  gboolean from_changed, to_changed;

  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));

  from_changed = self->filter.first_day != first_day;
  to_changed = self->filter.last_day != last_day;
  if (!from_changed && !to_changed)
    return;

  self->filter.first_day = first_day;
  self->filter.last_day = last_day;
  apply_filter (self, TRUE);
  if (from_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_FROM]);
  if (to_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_TO]);
}

/**
 * hearth_timeline_view_get_window:
 * @self: a timeline view
 * @from: (out) (optional): the first day shown
 * @to: (out) (optional): the end of the window
 *
 * Reads the window of days shown.
 */
void
hearth_timeline_view_get_window (HearthTimelineView *self,
                                 double             *from,
                                 double             *to)
{
  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));

  if (from != NULL)
    *from = self->from;
  if (to != NULL)
    *to = self->to;
}

/**
 * hearth_timeline_view_set_window:
 * @self: a timeline view
 * @from: the first day to show
 * @to: the end of the window; greater than @from
 *
 * Shows a window of days.
 */
void
hearth_timeline_view_set_window (HearthTimelineView *self,
                                 double              from,
                                 double              to)
{
  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));
  g_return_if_fail (from < to);

  hearth_timeline_view_set_window_internal (self, from, to);
}

/**
 * hearth_timeline_view_fit_all:
 * @self: a timeline view
 *
 * Fits the window to every event and period the filters keep.
 */
void
hearth_timeline_view_fit_all (HearthTimelineView *self)
{
  double from, to;

  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));

  if (self->chart == NULL)
    return;

  hearth_timeline_chart_get_fit_range (self->chart, &from, &to);
  hearth_timeline_view_set_window_internal (self, from, to);
}

/**
 * hearth_timeline_view_zoom:
 * @self: a timeline view
 * @anchor_x: the x, in the widget, whose day stays put
 * @factor: above 1 zooms in, below 1 zooms out
 *
 * Zooms around a point, between a week and a century.
 */
void
hearth_timeline_view_zoom (HearthTimelineView *self,
                           double              anchor_x,
                           double              factor)
{
  HearthTimeScale scale;

  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));
  g_return_if_fail (factor > 0.0);

  if (!hearth_timeline_view_get_scale (self, &scale))
    return;

  anchor_x = CLAMP (anchor_x, scale.x0, scale.x1);
  if (hearth_time_scale_zoom (&scale, anchor_x, factor))
    hearth_timeline_view_set_window_internal (self, scale.from, scale.to);
}

/**
 * hearth_timeline_view_pan:
 * @self: a timeline view
 * @dx: pixels to move the content; positive brings earlier days in
 *
 * Pans the window.
 */
void
hearth_timeline_view_pan (HearthTimelineView *self,
                          double              dx)
{
  HearthTimeScale scale;

  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));

  if (!hearth_timeline_view_get_scale (self, &scale))
    return;

  if (hearth_time_scale_pan (&scale, dx))
    hearth_timeline_view_set_window_internal (self, scale.from, scale.to);
}

/**
 * hearth_timeline_view_get_chart:
 * @self: a timeline view
 *
 * Returns: (transfer none) (nullable): the renderer, with the geometry of
 *   the last frame drawn
 */
HearthTimelineChart *
hearth_timeline_view_get_chart (HearthTimelineView *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_VIEW (self), NULL);

  return self->chart;
}

/**
 * hearth_timeline_view_draw:
 * @self: a timeline view
 * @cr: where to draw, such as an export's surface
 * @width: the width
 * @height: the height
 * @light: %TRUE for the light palette whatever the theme, as for print
 *
 * Draws what the view shows — its data, filters and window — at another
 * size, for exports.
 */
void
hearth_timeline_view_draw (HearthTimelineView *self,
                           cairo_t            *cr,
                           double              width,
                           double              height,
                           gboolean            light)
{
  HearthChartPalette palette;

  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));
  g_return_if_fail (cr != NULL);

  if (self->chart == NULL)
    return;

  if (light)
    hearth_chart_palette_init (&palette, FALSE);
  else
    palette = self->palette;
  hearth_timeline_chart_draw (self->chart, cr, width, height, self->from, self->to, &palette);

  /* The chart now holds the export's geometry: redraw for hit tests. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
