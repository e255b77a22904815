/* hearth-pack-document-private.h
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

#include <pango/pangocairo.h>

#include "hearth-pack-document.h"

G_BEGIN_DECLS

/* Shared by hearth-pack-document.c (blocks, measuring, PDF) and
 * hearth-pack-paginate.c (pages and drawing). All lengths are points. */

/* Space inside a table cell. */
#define HEARTH_PACK_CELL_PAD_X 5.0
#define HEARTH_PACK_CELL_PAD_Y 3.5

/* How far a quotation is set in from the left. */
#define HEARTH_PACK_QUOTE_INDENT 14.0

/* The room a contents entry leaves for its page number. */
#define HEARTH_PACK_CONTENTS_NUMBER_WIDTH 36.0

typedef enum
{
  HEARTH_PACK_FONT_TITLE,
  HEARTH_PACK_FONT_SUBTITLE,
  HEARTH_PACK_FONT_HEADING,
  HEARTH_PACK_FONT_SUBHEADING,
  HEARTH_PACK_FONT_BODY,
  HEARTH_PACK_FONT_NOTE,
  HEARTH_PACK_FONT_QUOTE,
  HEARTH_PACK_FONT_LABEL,
  HEARTH_PACK_FONT_CELL,
  HEARTH_PACK_FONT_CELL_BOLD,
  HEARTH_PACK_FONT_RUNNING,
  HEARTH_PACK_FONT_RUNNING_BOLD,
} HearthPackFont;

#define HEARTH_PACK_N_FONTS (HEARTH_PACK_FONT_RUNNING_BOLD + 1)

/* One line of a measured text, relative to the text's top-left corner. */
typedef struct
{
  double x;
  double top;
  double bottom;
  double baseline;
} HearthPackLine;

/* A wrapped text and its lines: what is measured is what is drawn. */
typedef struct
{
  PangoLayout    *layout;   /* owned */
  HearthPackLine *lines;    /* owned */
  guint           n_lines;
  double          height;
} HearthPackText;

typedef struct
{
  HearthPackText   *cells;       /* owned; one per column */
  HearthChartColor  accent;
  gboolean          has_accent;
  double            height;      /* the tallest cell, without padding */
} HearthPackRow;

typedef enum
{
  HEARTH_PACK_BLOCK_TEXT,
  HEARTH_PACK_BLOCK_SPACE,
  HEARTH_PACK_BLOCK_PAGE_BREAK,
  HEARTH_PACK_BLOCK_CONTENTS,
  HEARTH_PACK_BLOCK_TABLE,
  HEARTH_PACK_BLOCK_FIGURE,
} HearthPackBlockKind;

typedef struct
{
  HearthPackBlockKind  kind;

  /* Text, and a contents list's title. */
  HearthPackStyle      style;
  HearthPackText       text;

  /* Space. */
  double               space;

  /* Contents: one entry per heading, measured when paginating. */
  GArray              *entries;       /* owned; HearthPackText */
  GArray              *entry_blocks;  /* owned; guint, the heading's block */

  /* Tables. */
  HearthPackTableKind  table_kind;
  guint                n_columns;
  double              *edges;         /* owned; n_columns + 1, from the content's left */
  gboolean             has_header;
  HearthPackRow        header;
  HearthPackText       continued;
  gboolean             has_continued;
  GArray              *rows;          /* owned; HearthPackRow */

  /* Figures. */
  double               height;
  HearthPackDrawFunc   draw;
  gpointer             user_data;
  GDestroyNotify       destroy;
} HearthPackBlock;

typedef enum
{
  HEARTH_PACK_FRAGMENT_TEXT,
  HEARTH_PACK_FRAGMENT_HEADER,
  HEARTH_PACK_FRAGMENT_CONTINUED,
  HEARTH_PACK_FRAGMENT_ROW,
  HEARTH_PACK_FRAGMENT_CONTENTS,
  HEARTH_PACK_FRAGMENT_FIGURE,
} HearthPackFragmentKind;

/* A piece of a block placed on a page: some lines of a text, a row (or
 * part of one), a header row, a contents entry or a figure. */
typedef struct
{
  HearthPackFragmentKind  kind;
  guint                   block;
  guint                   row;      /* rows; contents entries */
  guint                   first;    /* texts: the first line drawn */
  guint                   end;      /* texts: the line after the last */
  guint                  *ranges;   /* owned; rows: first and end line of each cell */
  double                  y;
  double                  height;
} HearthPackFragment;

/* Where a heading went: for the contents, the outline and links. */
typedef struct
{
  guint  block;
  guint  page;
  double y;
} HearthPackHeading;

struct _HearthPackDocument
{
  PangoContext         *context;                     /* owned */
  PangoFontDescription *fonts[HEARTH_PACK_N_FONTS];  /* owned */
  GArray               *blocks;                      /* owned; HearthPackBlock */
  GPtrArray            *pages;                       /* owned; GArray of HearthPackFragment */
  GArray               *headings;                    /* owned; HearthPackHeading */
  char                 *title;                       /* owned; nullable */
  char                 *header[3];                   /* owned; nullable */
  char                 *footer[2];                   /* owned; nullable */
  gboolean              paginated;
};

HearthPackFont hearth_pack_style_get_font     (HearthPackStyle     style);
void           hearth_pack_text_measure       (HearthPackDocument *self,
                                               HearthPackText     *text,
                                               HearthPackFont      font,
                                               const char         *string,
                                               gboolean            markup,
                                               double              width);
void           hearth_pack_text_clear         (HearthPackText     *text);
void           hearth_pack_text_draw_lines    (HearthPackText     *text,
                                               cairo_t            *cr,
                                               double              x,
                                               double              y,
                                               guint               first,
                                               guint               end);
void           hearth_pack_fragment_clear     (HearthPackFragment *fragment);
void           hearth_pack_document_set_color (cairo_t            *cr,
                                               guint32             rgb);

G_END_DECLS
