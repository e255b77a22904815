/* hearth-chart-theme.c
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

#include <adwaita.h>

#include "hearth-chart-theme.h"

static HearthChartColor
to_chart_color (const GdkRGBA *rgba)
{
  HearthChartColor color = { rgba->red, rgba->green, rgba->blue, rgba->alpha };

  return color;
}

/**
 * hearth_chart_theme_read:
 * @widget: a chart widget, from its css_changed handler
 * @palette: (out caller-allocates): the palette to fill
 *
 * Fills a chart palette from the theme: the light or dark variant as
 * libadwaita's style manager says, then the widget's own text colour and
 * the window's background, so a chart sits on the page like its text.
 * Uses the GTK 4.8 style context (STYLE.md, "Debian 12 limits").
 */
void
hearth_chart_theme_read (GtkWidget          *widget,
                         HearthChartPalette *palette)
{
  GtkStyleContext *context;
  HearthChartColor foreground, background;
  GdkRGBA rgba;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (palette != NULL);

  hearth_chart_palette_init (palette,
                             adw_style_manager_get_dark (adw_style_manager_get_default ()));

  context = gtk_widget_get_style_context (widget);
  gtk_style_context_get_color (context, &rgba);
  foreground = to_chart_color (&rgba);
  background = palette->background;
  if (gtk_style_context_lookup_color (context, "window_bg_color", &rgba))
    background = to_chart_color (&rgba);
  hearth_chart_palette_set_text_colors (palette, &foreground, &background);
  if (gtk_style_context_lookup_color (context, "accent_color", &rgba))
    palette->accent = to_chart_color (&rgba);
}
