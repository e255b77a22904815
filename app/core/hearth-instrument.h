/* hearth-instrument.h
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

#include <gio/gio.h>

#include "hearth-instrument-error.h"

G_BEGIN_DECLS

/**
 * HearthInstrumentScope:
 * @HEARTH_INSTRUMENT_SCOPE_HOUSEHOLD: completed once for the household
 * @HEARTH_INSTRUMENT_SCOPE_CHILD: completed for each child on their own
 */
typedef enum
{
  HEARTH_INSTRUMENT_SCOPE_HOUSEHOLD,
  HEARTH_INSTRUMENT_SCOPE_CHILD,
} HearthInstrumentScope;

/**
 * HearthScaleDirection:
 * @HEARTH_SCALE_HIGHER_IS_WORSE: the highest value is the gravest concern
 * @HEARTH_SCALE_HIGHER_IS_BETTER: the highest value is the best care
 */
typedef enum
{
  HEARTH_SCALE_HIGHER_IS_WORSE,
  HEARTH_SCALE_HIGHER_IS_BETTER,
} HearthScaleDirection;

/**
 * HearthFieldType:
 * @HEARTH_FIELD_TEXT: free text
 * @HEARTH_FIELD_BOOLEAN: yes or no
 * @HEARTH_FIELD_CHOICE: one of the field's options
 * @HEARTH_FIELD_MULTI_CHOICE: any number of the field's options
 * @HEARTH_FIELD_CHILD: one child of the household
 * @HEARTH_FIELD_LEVEL_OF_NEED: a level of need, 1 to 4
 */
typedef enum
{
  HEARTH_FIELD_TEXT,
  HEARTH_FIELD_BOOLEAN,
  HEARTH_FIELD_CHOICE,
  HEARTH_FIELD_MULTI_CHOICE,
  HEARTH_FIELD_CHILD,
  HEARTH_FIELD_LEVEL_OF_NEED,
} HearthFieldType;

/**
 * HearthScoringMethod:
 * @HEARTH_SCORING_MEAN: the mean of the known item levels
 * @HEARTH_SCORING_MEDIAN: the median of the known item levels
 * @HEARTH_SCORING_WORST: the gravest known item level
 */
typedef enum
{
  HEARTH_SCORING_MEAN,
  HEARTH_SCORING_MEDIAN,
  HEARTH_SCORING_WORST,
} HearthScoringMethod;

/**
 * HearthSuggestRule:
 * @HEARTH_SUGGEST_OVERALL: the overall score's band is the suggestion
 * @HEARTH_SUGGEST_HIGHEST: the highest level among the overall score and
 *   every category is the suggestion
 */
typedef enum
{
  HEARTH_SUGGEST_OVERALL,
  HEARTH_SUGGEST_HIGHEST,
} HearthSuggestRule;

/**
 * HearthEntryKind:
 * @HEARTH_ENTRY_ITEM: a rated item
 * @HEARTH_ENTRY_FIELD: a field (text, choice and so on)
 */
typedef enum
{
  HEARTH_ENTRY_ITEM,
  HEARTH_ENTRY_FIELD,
} HearthEntryKind;

/*
 * The structures below are read-only views into a HearthInstrument: the
 * instrument owns them and every string they point to, and they live as
 * long as it does. @line is where each is declared in the definition.
 */

typedef struct
{
  int         value;
  const char *label;
  const char *meaning;
} HearthScaleLevel;

typedef struct
{
  const char *id;
  const char *label;
  const char *description;       /* nullable */
  int         line;
} HearthInstrumentCategory;

typedef struct
{
  int         level;
  const char *text;
} HearthDescriptor;

typedef struct
{
  const char             *id;
  const char             *label;
  const char             *guidance;         /* nullable */
  const char             *category;         /* a category id */
  const char             *section;          /* a section id */
  gboolean                required;
  gboolean                allow_not_known;
  const char             *not_known_label;  /* set when allow_not_known */
  int                     min_age;          /* whole years; -1 when open */
  int                     max_age;          /* whole years; -1 when open */
  guint                   n_descriptors;    /* one per scale level, in order */
  const HearthDescriptor *descriptors;
  int                     line;
} HearthInstrumentItem;

typedef struct
{
  const char *id;
  const char *label;
} HearthFieldOption;

typedef struct
{
  const char              *id;
  const char              *label;
  const char              *guidance;      /* nullable */
  const char              *section;       /* a section id */
  HearthFieldType          type;
  gboolean                 required;
  gboolean                 multiline;     /* text fields */
  gboolean                 computed;      /* level of need suggested by the score */
  const char              *compare_with;  /* nullable: a level-of-need field */
  const char              *reason_field;  /* nullable: required when this differs */
  guint                    n_options;
  const HearthFieldOption *options;
  int                      line;
} HearthInstrumentField;

typedef struct
{
  HearthEntryKind               kind;
  const HearthInstrumentItem   *item;     /* when kind is HEARTH_ENTRY_ITEM */
  const HearthInstrumentField  *field;    /* when kind is HEARTH_ENTRY_FIELD */
} HearthInstrumentEntry;

typedef struct
{
  const char                  *id;
  const char                  *label;
  const char                  *guidance;  /* nullable */
  guint                        n_entries;
  const HearthInstrumentEntry *entries;
  int                          line;
} HearthInstrumentSection;

typedef struct
{
  const char          *category;             /* NULL for the overall rule */
  HearthScoringMethod  method;
  guint                min_known;            /* at least this many known items */
  double               min_known_proportion; /* and this share of those in band */
  int                  line;
} HearthScoringRule;

typedef struct
{
  double from;   /* inclusive */
  double to;     /* exclusive, except for the last band */
  int    level;  /* level-of-need ordinal, 1 to 4 */
  int    line;
} HearthScoreBand;

typedef struct
{
  guint                    n_rules;       /* one per category, in category order */
  const HearthScoringRule *rules;
  HearthScoringRule        overall;
  HearthSuggestRule        suggest;
  int                      escalate_at;   /* a scale value, or 0 for none */
  int                      escalate_to;   /* a level-of-need ordinal */
  guint                    n_bands;       /* ascending, without gaps or overlaps */
  const HearthScoreBand   *bands;
} HearthScoring;

#define HEARTH_TYPE_INSTRUMENT (hearth_instrument_get_type ())

G_DECLARE_FINAL_TYPE (HearthInstrument, hearth_instrument, HEARTH, INSTRUMENT, GObject)

HearthInstrument     *hearth_instrument_new_from_file       (GFile             *file,
                                                            GError           **error);
HearthInstrument     *hearth_instrument_new_from_bytes      (GBytes            *bytes,
                                                            const char        *display_name,
                                                            GError           **error);

const char           *hearth_instrument_get_id              (HearthInstrument  *self);
int                   hearth_instrument_get_version         (HearthInstrument  *self);
const char           *hearth_instrument_get_title           (HearthInstrument  *self);
const char           *hearth_instrument_get_description     (HearthInstrument  *self);
const char           *hearth_instrument_get_guidance        (HearthInstrument  *self);
HearthInstrumentScope hearth_instrument_get_scope           (HearthInstrument  *self);
const char           *hearth_instrument_get_source          (HearthInstrument  *self);

HearthScaleDirection    hearth_instrument_get_scale_direction (HearthInstrument *self);
guint                   hearth_instrument_get_n_levels        (HearthInstrument *self);
const HearthScaleLevel *hearth_instrument_get_level           (HearthInstrument *self,
                                                               guint             index);
const HearthScaleLevel *hearth_instrument_lookup_level        (HearthInstrument *self,
                                                               int               value);

guint                           hearth_instrument_get_n_categories (HearthInstrument *self);
const HearthInstrumentCategory *hearth_instrument_get_category     (HearthInstrument *self,
                                                                    guint             index);
const HearthInstrumentCategory *hearth_instrument_lookup_category  (HearthInstrument *self,
                                                                    const char       *id);

guint                          hearth_instrument_get_n_sections (HearthInstrument *self);
const HearthInstrumentSection *hearth_instrument_get_section    (HearthInstrument *self,
                                                                 guint             index);

guint                       hearth_instrument_get_n_items  (HearthInstrument *self);
const HearthInstrumentItem *hearth_instrument_get_item     (HearthInstrument *self,
                                                            guint             index);
const HearthInstrumentItem *hearth_instrument_lookup_item  (HearthInstrument *self,
                                                            const char       *id);

guint                        hearth_instrument_get_n_fields (HearthInstrument *self);
const HearthInstrumentField *hearth_instrument_get_field    (HearthInstrument *self,
                                                             guint             index);
const HearthInstrumentField *hearth_instrument_lookup_field (HearthInstrument *self,
                                                             const char       *id);

const HearthScoring *hearth_instrument_get_scoring (HearthInstrument *self);

const char *hearth_instrument_item_get_descriptor (const HearthInstrumentItem  *item,
                                                   int                          level);
gboolean    hearth_instrument_item_applies_at_age (const HearthInstrumentItem  *item,
                                                   int                          age_years);
gboolean    hearth_instrument_field_has_option    (const HearthInstrumentField *field,
                                                   const char                  *option_id);

const char *hearth_instrument_scope_to_string (HearthInstrumentScope scope);

G_END_DECLS
