/* hearth-pack-document.h
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

#pragma once

#include <cairo.h>
#include <glib.h>

#include "hearth-chart-export.h"
#include "hearth-chart-palette.h"

G_BEGIN_DECLS

/* A4 portrait, in points. */
#define HEARTH_PACK_PAGE_WIDTH  595.0
#define HEARTH_PACK_PAGE_HEIGHT 842.0

/* Nothing is drawn nearer than this to the paper's edge, running header
 * and footer included, so any printer reaches every word. */
#define HEARTH_PACK_SAFE_MARGIN 28.0

/* The body of each page, between the running header and footer. */
#define HEARTH_PACK_CONTENT_LEFT   54.0
#define HEARTH_PACK_CONTENT_TOP    68.0
#define HEARTH_PACK_CONTENT_WIDTH  (HEARTH_PACK_PAGE_WIDTH - 2 * HEARTH_PACK_CONTENT_LEFT)
#define HEARTH_PACK_CONTENT_BOTTOM (HEARTH_PACK_PAGE_HEIGHT - 66.0)

/**
 * HearthPackStyle:
 * @HEARTH_PACK_STYLE_TITLE: the cover's title
 * @HEARTH_PACK_STYLE_SUBTITLE: the line beneath it
 * @HEARTH_PACK_STYLE_HEADING: a section's heading; listed in the contents
 *   and the PDF's outline, and kept with what follows
 * @HEARTH_PACK_STYLE_SUBHEADING: a heading within a section, kept with
 *   what follows
 * @HEARTH_PACK_STYLE_BODY: running text
 * @HEARTH_PACK_STYLE_NOTE: smaller, muted text: explanations, empty
 *   sections
 * @HEARTH_PACK_STYLE_QUOTE: words someone said, set apart
 * @HEARTH_PACK_STYLE_LABEL: a bold line that introduces what follows and
 *   is kept with it
 *
 * The styles of text blocks.
 */
typedef enum
{
  HEARTH_PACK_STYLE_TITLE,
  HEARTH_PACK_STYLE_SUBTITLE,
  HEARTH_PACK_STYLE_HEADING,
  HEARTH_PACK_STYLE_SUBHEADING,
  HEARTH_PACK_STYLE_BODY,
  HEARTH_PACK_STYLE_NOTE,
  HEARTH_PACK_STYLE_QUOTE,
  HEARTH_PACK_STYLE_LABEL,
} HearthPackStyle;

/**
 * HearthPackTableKind:
 * @HEARTH_PACK_TABLE_GRID: columns under a header row, which is repeated
 *   at the top of every page the table continues on
 * @HEARTH_PACK_TABLE_FIELDS: pairs of a label and a value, without a
 *   header
 *
 * How a table looks.
 */
typedef enum
{
  HEARTH_PACK_TABLE_GRID,
  HEARTH_PACK_TABLE_FIELDS,
} HearthPackTableKind;

/**
 * HearthPackDrawFunc:
 * @cr: where to draw, with the figure's top-left corner at the origin,
 *   in points
 * @width: the width to fill
 * @height: the height to fill
 * @user_data: the data given with the figure
 *
 * Draws a figure, such as a chart, into its box.
 */
typedef void (*HearthPackDrawFunc) (cairo_t  *cr,
                                    double    width,
                                    double    height,
                                    gpointer  user_data);

/**
 * HearthPackDocument:
 *
 * A paginating document: text, tables and figures go in as blocks,
 * measured with Pango as they are added; hearth_pack_document_paginate()
 * lays them onto A4 pages, and hearth_pack_document_draw_page() draws any
 * page onto any cairo_t, so a PDF and a print-out come from the same
 * drawing. Text is wrapped at word boundaries (within a word when it has
 * to be) and never cut: paragraphs and table rows continue on the next
 * page line by line, and a table's header row is repeated there.
 */
typedef struct _HearthPackDocument HearthPackDocument;

HearthPackDocument *hearth_pack_document_new            (void);
void                hearth_pack_document_free           (HearthPackDocument       *self);
void                hearth_pack_document_set_header     (HearthPackDocument       *self,
                                                         const char               *left,
                                                         const char               *centre,
                                                         const char               *right);
void                hearth_pack_document_set_footer     (HearthPackDocument       *self,
                                                         const char               *left,
                                                         const char               *centre);
void                hearth_pack_document_set_title      (HearthPackDocument       *self,
                                                         const char               *title);
void                hearth_pack_document_add_text       (HearthPackDocument       *self,
                                                         HearthPackStyle           style,
                                                         const char               *text);
void                hearth_pack_document_add_markup     (HearthPackDocument       *self,
                                                         HearthPackStyle           style,
                                                         const char               *markup);
void                hearth_pack_document_add_space      (HearthPackDocument       *self,
                                                         double                    points);
void                hearth_pack_document_add_page_break (HearthPackDocument       *self);
void                hearth_pack_document_add_contents   (HearthPackDocument       *self,
                                                         const char               *title);
void                hearth_pack_document_add_table      (HearthPackDocument       *self,
                                                         HearthPackTableKind       kind,
                                                         guint                     n_columns,
                                                         const double             *widths,
                                                         const char * const       *header,
                                                         const char               *continued);
void                hearth_pack_document_add_row        (HearthPackDocument       *self,
                                                         const HearthChartColor   *accent,
                                                         const char * const       *cells);
void                hearth_pack_document_add_markup_row (HearthPackDocument       *self,
                                                         const HearthChartColor   *accent,
                                                         const char * const       *cells);
void                hearth_pack_document_add_figure     (HearthPackDocument       *self,
                                                         double                    height,
                                                         HearthPackDrawFunc        draw,
                                                         gpointer                  user_data,
                                                         GDestroyNotify            destroy);
guint               hearth_pack_document_paginate       (HearthPackDocument       *self);
guint               hearth_pack_document_get_n_pages    (HearthPackDocument       *self);
void                hearth_pack_document_draw_page      (HearthPackDocument       *self,
                                                         cairo_t                  *cr,
                                                         guint                     page);
gboolean            hearth_pack_document_write_pdf      (HearthPackDocument       *self,
                                                         const char               *path,
                                                         GError                  **error);
GBytes             *hearth_pack_document_to_pdf_bytes   (HearthPackDocument       *self,
                                                         GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthPackDocument, hearth_pack_document_free)

G_END_DECLS
