/* hearth-comparison-view.c
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

#include "hearth-chart-theme.h"
#include "hearth-comparison-view.h"

/* One of the comparison charts — siblings side by side, each child over
 * time, or home conditions over time — drawn from snapshot by the charts
 * layer, with a tooltip for each bar, point or cell. */
struct _HearthComparisonView
{
  GtkWidget             parent_instance;

  HearthComparisonKind  kind;
  HearthComparisonData *data;     /* owned; nullable */
  GArray               *marks;    /* owned; HearthChartMark of the last frame */
  HearthChartPalette    palette;  /* read from the theme in css_changed */
};

G_DEFINE_FINAL_TYPE (HearthComparisonView, hearth_comparison_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_DATA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
get_accessible_label (HearthComparisonKind kind)
{
  switch (kind)
    {
    case HEARTH_COMPARISON_SIBLINGS:
      return _("Siblings side by side");
    case HEARTH_COMPARISON_PROGRESS:
      return _("Each child over time");
    case HEARTH_COMPARISON_HOME:
    default:
      return _("Home conditions over time");
    }
}

static void
update_accessible (HearthComparisonView *self)
{
  g_autofree char *summary = NULL;

  summary = self->data != NULL ? hearth_comparison_chart_dup_summary (self->kind, self->data)
                               : g_strdup (_("Nothing to compare yet."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, get_accessible_label (self->kind),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

static gboolean
query_tooltip_cb (GtkWidget            *widget,
                  int                   x,
                  int                   y,
                  gboolean              keyboard_mode,
                  GtkTooltip           *tooltip,
                  HearthComparisonView *self)
{
  const HearthChartMark *mark;
  g_autofree char *text = NULL;
  GdkRectangle area;

  if (self->data == NULL || keyboard_mode)
    return FALSE;

  mark = hearth_comparison_chart_find_mark (self->marks, x, y);
  if (mark == NULL)
    return FALSE;

  text = hearth_comparison_chart_dup_mark_text (self->kind, self->data, mark);
  gtk_tooltip_set_text (tooltip, text);
  area.x = (int) mark->x;
  area.y = (int) mark->y;
  area.width = MAX ((int) mark->width, 1);
  area.height = MAX ((int) mark->height, 1);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

static void
hearth_comparison_view_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  HearthComparisonView *self = HEARTH_COMPARISON_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  hearth_comparison_chart_draw (self->kind, self->data, cr, width, height, &self->palette,
                                self->marks);
  cairo_destroy (cr);
}

static void
hearth_comparison_view_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 240;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 440;
}

static void
hearth_comparison_view_css_changed (GtkWidget         *widget,
                                    GtkCssStyleChange *change)
{
  HearthComparisonView *self = HEARTH_COMPARISON_VIEW (widget);

  GTK_WIDGET_CLASS (hearth_comparison_view_parent_class)->css_changed (widget, change);

  hearth_chart_theme_read (widget, &self->palette);
  gtk_widget_queue_draw (widget);
}

static void
hearth_comparison_view_dispose (GObject *object)
{
  HearthComparisonView *self = HEARTH_COMPARISON_VIEW (object);

  g_clear_pointer (&self->data, hearth_comparison_data_unref);

  G_OBJECT_CLASS (hearth_comparison_view_parent_class)->dispose (object);
}

static void
hearth_comparison_view_finalize (GObject *object)
{
  HearthComparisonView *self = HEARTH_COMPARISON_VIEW (object);

  g_clear_pointer (&self->marks, g_array_unref);

  G_OBJECT_CLASS (hearth_comparison_view_parent_class)->finalize (object);
}

static void
hearth_comparison_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HearthComparisonView *self = HEARTH_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_DATA:
      g_value_set_boxed (value, self->data);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_comparison_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HearthComparisonView *self = HEARTH_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      hearth_comparison_view_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_DATA:
      hearth_comparison_view_set_data (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_comparison_view_class_init (HearthComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_comparison_view_dispose;
  object_class->finalize = hearth_comparison_view_finalize;
  object_class->get_property = hearth_comparison_view_get_property;
  object_class->set_property = hearth_comparison_view_set_property;

  widget_class->snapshot = hearth_comparison_view_snapshot;
  widget_class->measure = hearth_comparison_view_measure;
  widget_class->css_changed = hearth_comparison_view_css_changed;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, HEARTH_TYPE_COMPARISON_KIND, HEARTH_COMPARISON_SIBLINGS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL, HEARTH_TYPE_COMPARISON_DATA,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "hearth-comparison-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hearth_comparison_view_init (HearthComparisonView *self)
{
  self->marks = g_array_new (FALSE, FALSE, sizeof (HearthChartMark));
  hearth_chart_palette_init (&self->palette, FALSE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  update_accessible (self);
}

/**
 * hearth_comparison_view_new:
 * @kind: which comparison chart to show
 *
 * Returns: (transfer floating): a new comparison view, without data
 */
GtkWidget *
hearth_comparison_view_new (HearthComparisonKind kind)
{
  return g_object_new (HEARTH_TYPE_COMPARISON_VIEW, "kind", kind, NULL);
}

/**
 * hearth_comparison_view_get_kind:
 * @self: a comparison view
 *
 * Returns: which chart it shows
 */
HearthComparisonKind
hearth_comparison_view_get_kind (HearthComparisonView *self)
{
  g_return_val_if_fail (HEARTH_IS_COMPARISON_VIEW (self), HEARTH_COMPARISON_SIBLINGS);

  return self->kind;
}

/**
 * hearth_comparison_view_set_kind:
 * @self: a comparison view
 * @kind: which chart to show
 *
 * Sets which comparison chart the view draws.
 */
void
hearth_comparison_view_set_kind (HearthComparisonView *self,
                                 HearthComparisonKind  kind)
{
  g_return_if_fail (HEARTH_IS_COMPARISON_VIEW (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * hearth_comparison_view_get_data:
 * @self: a comparison view
 *
 * Returns: (transfer none) (nullable): the data shown
 */
HearthComparisonData *
hearth_comparison_view_get_data (HearthComparisonView *self)
{
  g_return_val_if_fail (HEARTH_IS_COMPARISON_VIEW (self), NULL);

  return self->data;
}

/**
 * hearth_comparison_view_set_data:
 * @self: a comparison view
 * @data: (nullable): the data to draw
 *
 * Shows @data.
 */
void
hearth_comparison_view_set_data (HearthComparisonView *self,
                                 HearthComparisonData *data)
{
  g_return_if_fail (HEARTH_IS_COMPARISON_VIEW (self));

  if (self->data == data)
    return;

  g_clear_pointer (&self->data, hearth_comparison_data_unref);
  if (data != NULL)
    self->data = hearth_comparison_data_ref (data);
  g_array_set_size (self->marks, 0);

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}

/**
 * hearth_comparison_view_get_marks:
 * @self: a comparison view
 *
 * Returns: (transfer none) (element-type HearthChartMark): the bars,
 *   points or cells of the last frame drawn
 */
GArray *
hearth_comparison_view_get_marks (HearthComparisonView *self)
{
  g_return_val_if_fail (HEARTH_IS_COMPARISON_VIEW (self), NULL);

  return self->marks;
}

/**
 * hearth_comparison_view_draw:
 * @self: a comparison view
 * @cr: where to draw, such as an export's surface
 * @width: the width
 * @height: the height
 * @light: %TRUE for the light palette whatever the theme, as for print
 *
 * Draws the view's chart at another size, for exports.
 */
void
hearth_comparison_view_draw (HearthComparisonView *self,
                             cairo_t              *cr,
                             double                width,
                             double                height,
                             gboolean              light)
{
  HearthChartPalette palette;

  g_return_if_fail (HEARTH_IS_COMPARISON_VIEW (self));
  g_return_if_fail (cr != NULL);

  if (self->data == NULL)
    return;

  if (light)
    hearth_chart_palette_init (&palette, FALSE);
  else
    palette = self->palette;
  hearth_comparison_chart_draw (self->kind, self->data, cr, width, height, &palette, NULL);
}
