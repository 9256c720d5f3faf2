/**
* | output |
* | --- |
* | "· may be evicted" |
*
* @param {App_EvictableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_evictable: ((inputs?: App_EvictableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<App_EvictableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "· persistent" |
*
* @param {App_PersistentInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_persistent: ((inputs?: App_PersistentInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<App_PersistentInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Runs entirely in this tab — your data never leaves this machine" |
*
* @param {App_PrivacyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_privacy: ((inputs?: App_PrivacyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<App_PrivacyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Parsing, training and scoring run in web workers in this tab. Nothing is uploaded." |
*
* @param {App_Privacy_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_privacy_title: ((inputs?: App_Privacy_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<App_Privacy_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Browser storage" |
*
* @param {App_Storage_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_storage_label: ((inputs?: App_Storage_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<App_Storage_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stored: {used} of {quota}" |
*
* @param {App_StoredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_stored: ((inputs: App_StoredInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<App_StoredInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "private machine-learning studio" |
*
* @param {App_TaglineInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_tagline: ((inputs?: App_TaglineInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<App_TaglineInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Series" |
*
* @param {Chart_SeriesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const chart_series: ((inputs?: Chart_SeriesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_SeriesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Values of the chart: {label}" |
*
* @param {Chart_Values_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const chart_values_label: ((inputs: Chart_Values_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Values_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Values as a table" |
*
* @param {Chart_Values_SummaryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const chart_values_summary: ((inputs?: Chart_Values_SummaryInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Chart_Values_SummaryInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "medium" |
*
* @param {Data_Band_MediumInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_band_medium: ((inputs?: Data_Band_MediumInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Band_MediumInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "strong" |
*
* @param {Data_Band_StrongInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_band_strong: ((inputs?: Data_Band_StrongInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Band_StrongInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "suspicious" |
*
* @param {Data_Band_SuspiciousInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_band_suspicious: ((inputs?: Data_Band_SuspiciousInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Band_SuspiciousInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "useless" |
*
* @param {Data_Band_UselessInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_band_useless: ((inputs?: Data_Band_UselessInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Band_UselessInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "weak" |
*
* @param {Data_Band_WeakInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_band_weak: ((inputs?: Data_Band_WeakInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Band_WeakInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Bin" |
*
* @param {Data_Bins_BinInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_bin: ((inputs?: Data_Bins_BinInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Bins_BinInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Weight of Evidence bins of {column}" |
*
* @param {Data_Bins_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_label: ((inputs: Data_Bins_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Bins_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "WoE = ln(share of all “{label}” rows in the bin / share of all other rows); above 0 (red): more “{label}” than overall." |
*
* @param {Data_Bins_LegendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_legend: ((inputs: Data_Bins_LegendInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Bins_LegendInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "(missing)" |
*
* @param {Data_Bins_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_missing: ((inputs?: Data_Bins_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Bins_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rate" |
*
* @param {Data_Bins_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_rate: ((inputs?: Data_Bins_RateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Bins_RateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows" |
*
* @param {Data_Bins_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_rows: ((inputs?: Data_Bins_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Bins_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "WoE bar" |
*
* @param {Data_Bins_Woe_BarInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_woe_bar: ((inputs?: Data_Bins_Woe_BarInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Bins_Woe_BarInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "(blank)" |
*
* @param {Data_BlankInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_blank: ((inputs?: Data_BlankInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_BlankInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column" |
*
* @param {Data_Col_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_col_column: ((inputs?: Data_Col_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Col_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Distinct" |
*
* @param {Data_Col_DistinctInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_col_distinct: ((inputs?: Data_Col_DistinctInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Col_DistinctInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Data_Col_KindInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_col_kind: ((inputs?: Data_Col_KindInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Col_KindInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Missing" |
*
* @param {Data_Col_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_col_missing: ((inputs?: Data_Col_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Col_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Profile" |
*
* @param {Data_Col_ProfileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_col_profile: ((inputs?: Data_Col_ProfileInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Col_ProfileInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Role" |
*
* @param {Data_Col_RoleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_col_role: ((inputs?: Data_Col_RoleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Col_RoleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "boolean" |
*
* @param {Data_Kind_BooleanInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_boolean: ((inputs?: Data_Kind_BooleanInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Kind_BooleanInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "categorical" |
*
* @param {Data_Kind_CategoricalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_categorical: ((inputs?: Data_Kind_CategoricalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Kind_CategoricalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "constant" |
*
* @param {Data_Kind_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_constant: ((inputs?: Data_Kind_ConstantInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Kind_ConstantInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "date" |
*
* @param {Data_Kind_DateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_date: ((inputs?: Data_Kind_DateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Kind_DateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "id" |
*
* @param {Data_Kind_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_id: ((inputs?: Data_Kind_IdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Kind_IdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "numeric" |
*
* @param {Data_Kind_NumericInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_numeric: ((inputs?: Data_Kind_NumericInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Kind_NumericInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "text" |
*
* @param {Data_Kind_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_text: ((inputs?: Data_Kind_TextInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Kind_TextInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Delete the dataset “{name}” from this browser? Runs trained on it are kept." |
*
* @param {Data_List_Delete_ConfirmInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_list_delete_confirm: ((inputs: Data_List_Delete_ConfirmInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_List_Delete_ConfirmInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Delete dataset {name}" |
*
* @param {Data_List_Delete_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_list_delete_label: ((inputs: Data_List_Delete_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_List_Delete_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Delete this dataset (runs trained on it are kept)" |
*
* @param {Data_List_Delete_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_list_delete_title: ((inputs?: Data_List_Delete_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_List_Delete_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{rows} rows · {columns} columns · {size}" |
*
* @param {Data_List_FactsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_list_facts: ((inputs: Data_List_FactsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_List_FactsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stored datasets" |
*
* @param {Data_List_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_list_label: ((inputs?: Data_List_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_List_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Datasets in this browser" |
*
* @param {Data_List_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_list_title: ((inputs?: Data_List_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_List_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "choose a file" |
*
* @param {Data_Load_ChooseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_choose: ((inputs?: Data_Load_ChooseInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Load_ChooseInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Drop a CSV here, or" |
*
* @param {Data_Load_DropInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_drop: ((inputs?: Data_Load_DropInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Load_DropInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Comma, semicolon, tab or pipe separated; UTF-8 or Latin-1. It is read in this tab and stored in this browser only." |
*
* @param {Data_Load_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_hint: ((inputs?: Data_Load_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Load_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Load data" |
*
* @param {Data_Load_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_label: ((inputs?: Data_Load_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Load_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pad them with blanks" |
*
* @param {Data_Load_Pad_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_pad_rows: ((inputs?: Data_Load_Pad_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Load_Pad_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Reading {name}" |
*
* @param {Data_Load_ReadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_reading: ((inputs: Data_Load_ReadingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Load_ReadingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Or try a built-in sample:" |
*
* @param {Data_Load_SamplesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_samples: ((inputs?: Data_Load_SamplesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Load_SamplesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Samples:" |
*
* @param {Data_Load_Samples_CompactInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_samples_compact: ((inputs?: Data_Load_Samples_CompactInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Load_Samples_CompactInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Skip those rows" |
*
* @param {Data_Load_Skip_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_skip_rows: ((inputs?: Data_Load_Skip_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Load_Skip_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Notes on reading the file" |
*
* @param {Data_Notes_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_label: ((inputs?: Data_Notes_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Notes_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} short rows were padded with blanks." |
*
* @param {Data_Notes_Padded_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_padded_rows: ((inputs: Data_Notes_Padded_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Notes_Padded_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Some header names were blank or repeated and were renamed:" |
*
* @param {Data_Notes_RenamedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_renamed: ((inputs?: Data_Notes_RenamedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Notes_RenamedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} rows with text after a closing quote were skipped." |
*
* @param {Data_Notes_Skipped_Quote_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_skipped_quote_rows: ((inputs: Data_Notes_Skipped_Quote_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Notes_Skipped_Quote_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} rows with the wrong number of fields were skipped." |
*
* @param {Data_Notes_Skipped_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_skipped_rows: ((inputs: Data_Notes_Skipped_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Notes_Skipped_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "); read as written, quote included." |
*
* @param {Data_Notes_Stray_Quotes_EndInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_stray_quotes_end: ((inputs?: Data_Notes_Stray_Quotes_EndInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Notes_Stray_Quotes_EndInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} value holds a double quote inside an unquoted value (first on line {line}, column" |
*
* @param {Data_Notes_Stray_Quotes_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_stray_quotes_one: ((inputs: Data_Notes_Stray_Quotes_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Notes_Stray_Quotes_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} values hold a double quote inside an unquoted value (first on line {line}, column" |
*
* @param {Data_Notes_Stray_Quotes_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_stray_quotes_other: ((inputs: Data_Notes_Stray_Quotes_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Notes_Stray_Quotes_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Preview" |
*
* @param {Data_Preview_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_preview_label: ((inputs?: Data_Preview_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Preview_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Preview rows, scrollable" |
*
* @param {Data_Preview_ScrollInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_preview_scroll: ((inputs?: Data_Preview_ScrollInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Preview_ScrollInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Data preview" |
*
* @param {Data_Preview_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_preview_table: ((inputs?: Data_Preview_TableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Preview_TableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "First {count} rows" |
*
* @param {Data_Preview_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_preview_title: ((inputs: Data_Preview_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Preview_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "· {count} columns" |
*
* @param {Data_Profile_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_count: ((inputs: Data_Profile_CountInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Profile_CountInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "inferred: {kind}" |
*
* @param {Data_Profile_InferredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_inferred: ((inputs: Data_Profile_InferredInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Profile_InferredInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Kind of {name}" |
*
* @param {Data_Profile_Kind_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_kind_of: ((inputs: Data_Profile_Kind_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Profile_Kind_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Columns" |
*
* @param {Data_Profile_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_label: ((inputs?: Data_Profile_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Profile_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Role of {name}" |
*
* @param {Data_Profile_Role_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_role_of: ((inputs: Data_Profile_Role_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Profile_Role_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column profile" |
*
* @param {Data_Profile_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_table: ((inputs?: Data_Profile_TableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Profile_TableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Columns" |
*
* @param {Data_Profile_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_title: ((inputs?: Data_Profile_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Profile_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | ", {count} warning" |
*
* @param {Data_Profile_Warnings_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_warnings_one: ((inputs: Data_Profile_Warnings_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Profile_Warnings_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | ", {count} warnings" |
*
* @param {Data_Profile_Warnings_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_warnings_other: ((inputs: Data_Profile_Warnings_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Profile_Warnings_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "feature" |
*
* @param {Data_Role_FeatureInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_role_feature: ((inputs?: Data_Role_FeatureInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Role_FeatureInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "id" |
*
* @param {Data_Role_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_role_id: ((inputs?: Data_Role_IdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Role_IdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "ignore" |
*
* @param {Data_Role_IgnoreInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_role_ignore: ((inputs?: Data_Role_IgnoreInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Role_IgnoreInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "target" |
*
* @param {Data_Role_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_role_target: ((inputs?: Data_Role_TargetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Role_TargetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} passages · {novels} novels" |
*
* @param {Data_Sample_Austen_DetailInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sample_austen_detail: ((inputs: Data_Sample_Austen_DetailInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Sample_Austen_DetailInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Austen passages" |
*
* @param {Data_Sample_Austen_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sample_austen_title: ((inputs?: Data_Sample_Austen_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Sample_Austen_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} applicants · target Risk" |
*
* @param {Data_Sample_German_DetailInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sample_german_detail: ((inputs: Data_Sample_German_DetailInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Sample_German_DetailInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "German credit risk" |
*
* @param {Data_Sample_German_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sample_german_title: ((inputs?: Data_Sample_German_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Sample_German_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "comma-separated" |
*
* @param {Data_Sep_CommaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sep_comma: ((inputs?: Data_Sep_CommaInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Sep_CommaInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{delimiter}-separated" |
*
* @param {Data_Sep_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sep_other: ((inputs: Data_Sep_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Sep_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "pipe-separated" |
*
* @param {Data_Sep_PipeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sep_pipe: ((inputs?: Data_Sep_PipeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Sep_PipeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "semicolon-separated" |
*
* @param {Data_Sep_SemicolonInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sep_semicolon: ((inputs?: Data_Sep_SemicolonInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Sep_SemicolonInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "tab-separated" |
*
* @param {Data_Sep_TabInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sep_tab: ((inputs?: Data_Sep_TabInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Sep_TabInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Set up training →" |
*
* @param {Data_Set_Up_TrainingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_set_up_training: ((inputs?: Data_Set_Up_TrainingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Set_Up_TrainingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "· against {target}" |
*
* @param {Data_Signal_AgainstInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_against: ((inputs: Data_Signal_AgainstInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_AgainstInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Bins of {column}" |
*
* @param {Data_Signal_Bins_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_bins_of: ((inputs: Data_Signal_Bins_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Bins_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{measure} {value} ≥ {at}" |
*
* @param {Data_Signal_Check_GeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_check_ge: ((inputs: Data_Signal_Check_GeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Check_GeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{measure} {value} > {at}" |
*
* @param {Data_Signal_Check_GtInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_check_gt: ((inputs: Data_Signal_Check_GtInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Check_GtInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{measure} {value} < {at}" |
*
* @param {Data_Signal_Check_LtInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_check_lt: ((inputs: Data_Signal_Check_LtInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Check_LtInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{measure} undefined" |
*
* @param {Data_Signal_Check_UndefinedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_check_undefined: ((inputs: Data_Signal_Check_UndefinedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Check_UndefinedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Flag" |
*
* @param {Data_Signal_Col_FlagInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_col_flag: ((inputs?: Data_Signal_Col_FlagInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Col_FlagInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Measure" |
*
* @param {Data_Signal_Col_MeasureInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_col_measure: ((inputs?: Data_Signal_Col_MeasureInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Col_MeasureInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "IV · band" |
*
* @param {Data_Signal_Col_StrengthInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_col_strength: ((inputs?: Data_Signal_Col_StrengthInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Col_StrengthInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Value" |
*
* @param {Data_Signal_Col_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_col_value: ((inputs?: Data_Signal_Col_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Col_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cramér’s V" |
*
* @param {Data_Signal_Cramers_VInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_cramers_v: ((inputs?: Data_Signal_Cramers_VInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Cramers_VInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "earlier → more {label}" |
*
* @param {Data_Signal_EarlierInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_earlier: ((inputs: Data_Signal_EarlierInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_EarlierInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "⚠ suspiciously strong — possible leak" |
*
* @param {Data_Signal_Flag_LeakInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_flag_leak: ((inputs?: Data_Signal_Flag_LeakInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Flag_LeakInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "no signal" |
*
* @param {Data_Signal_Flag_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_flag_none: ((inputs?: Data_Signal_Flag_NoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Flag_NoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "higher → more {label}" |
*
* @param {Data_Signal_HigherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_higher: ((inputs: Data_Signal_HigherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_HigherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "How these are computed" |
*
* @param {Data_Signal_HowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_how: ((inputs?: Data_Signal_HowInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_HowInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Numeric columns, two classes: ROC AUC of the raw value (rows with a value), shown as max(AUC, 1 − AUC) with its direction. Categorical columns, and numeric o..." |
*
* @param {Data_Signal_How_BodyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_how_body: ((inputs?: Data_Signal_How_BodyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_How_BodyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Strongest first by Information Value;" |
*
* @param {Data_Signal_Intro_By_IvInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_intro_by_iv: ((inputs?: Data_Signal_Intro_By_IvInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Intro_By_IvInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Strongest first by Cramér's V;" |
*
* @param {Data_Signal_Intro_By_VInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_intro_by_v: ((inputs?: Data_Signal_Intro_By_VInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Intro_By_VInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "({count} without a target left out)" |
*
* @param {Data_Signal_Intro_DroppedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_intro_dropped: ((inputs: Data_Signal_Intro_DroppedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Intro_DroppedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "open a row for its Weight of Evidence bins." |
*
* @param {Data_Signal_Intro_OpenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_intro_open: ((inputs?: Data_Signal_Intro_OpenInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Intro_OpenInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "How well each column alone tells the classes apart, over {rows} rows" |
*
* @param {Data_Signal_Intro_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_intro_rows: ((inputs: Data_Signal_Intro_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Intro_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "IV needs a two-class target." |
*
* @param {Data_Signal_Iv_Needs_BinaryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_iv_needs_binary: ((inputs?: Data_Signal_Iv_Needs_BinaryInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Iv_Needs_BinaryInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Information Value" |
*
* @param {Data_Signal_Iv_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_iv_title: ((inputs?: Data_Signal_Iv_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Iv_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "IV needs a two-class target" |
*
* @param {Data_Signal_Iv_Title_NeedsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_iv_title_needs: ((inputs?: Data_Signal_Iv_Title_NeedsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Iv_Title_NeedsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "later → more {label}" |
*
* @param {Data_Signal_LaterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_later: ((inputs: Data_Signal_LaterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_LaterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "lower → more {label}" |
*
* @param {Data_Signal_LowerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_lower: ((inputs: Data_Signal_LowerInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_LowerInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Not screened:" |
*
* @param {Data_Signal_Not_ScreenedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_not_screened: ((inputs?: Data_Signal_Not_ScreenedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Not_ScreenedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{levels} levels for {rows} rows: so many small groups overstate V and IV." |
*
* @param {Data_Signal_Note_Many_LevelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_note_many_levels: ((inputs: Data_Signal_Note_Many_LevelsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Note_Many_LevelsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "One value where present: only whether it is missing is measured." |
*
* @param {Data_Signal_Note_One_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_note_one_value: ((inputs?: Data_Signal_Note_One_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Note_One_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Screening “{column}”" |
*
* @param {Data_Signal_Phase_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_phase_column: ((inputs: Data_Signal_Phase_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Phase_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Done" |
*
* @param {Data_Signal_Phase_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_phase_done: ((inputs?: Data_Signal_Phase_DoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Phase_DoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | ", positive class “{label}”" |
*
* @param {Data_Signal_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_positive: ((inputs: Data_Signal_PositiveInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_PositiveInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Screening columns" |
*
* @param {Data_Signal_ScreeningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_screening: ((inputs?: Data_Signal_ScreeningInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_ScreeningInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Signal per column, scrollable" |
*
* @param {Data_Signal_ScrollInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_scroll: ((inputs?: Data_Signal_ScrollInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_ScrollInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "all missing in the rows with a target" |
*
* @param {Data_Signal_Skip_All_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_skip_all_missing: ((inputs?: Data_Signal_Skip_All_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Skip_All_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "constant: the same value in every row" |
*
* @param {Data_Signal_Skip_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_skip_constant: ((inputs?: Data_Signal_Skip_ConstantInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Skip_ConstantInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "id column: a row key, not screened" |
*
* @param {Data_Signal_Skip_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_skip_id: ((inputs?: Data_Signal_Skip_IdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Skip_IdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "text: not screened" |
*
* @param {Data_Signal_Skip_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_skip_text: ((inputs?: Data_Signal_Skip_TextInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_Skip_TextInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Signal per column" |
*
* @param {Data_Signal_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_title: ((inputs?: Data_Signal_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Signal_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "max {value}" |
*
* @param {Data_Stat_MaxInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_stat_max: ((inputs: Data_Stat_MaxInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Stat_MaxInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "mean {value}" |
*
* @param {Data_Stat_MeanInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_stat_mean: ((inputs: Data_Stat_MeanInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Stat_MeanInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "median {value}" |
*
* @param {Data_Stat_MedianInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_stat_median: ((inputs: Data_Stat_MedianInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Stat_MedianInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "min {value}" |
*
* @param {Data_Stat_MinInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_stat_min: ((inputs: Data_Stat_MinInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Stat_MinInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "q1–q3 {low}–{high}" |
*
* @param {Data_Stat_QuartilesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_stat_quartiles: ((inputs: Data_Stat_QuartilesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Stat_QuartilesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "std {value}" |
*
* @param {Data_Stat_StdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_stat_std: ((inputs: Data_Stat_StdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Stat_StdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "…and more" |
*
* @param {Data_Summary_And_MoreInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_and_more: ((inputs?: Data_Summary_And_MoreInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_And_MoreInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "columns" |
*
* @param {Data_Summary_ColumnsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_columns: ((inputs?: Data_Summary_ColumnsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_ColumnsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "decimal comma" |
*
* @param {Data_Summary_Decimal_CommaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_decimal_comma: ((inputs?: Data_Summary_Decimal_CommaInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_Decimal_CommaInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Most frequent values of {name}" |
*
* @param {Data_Summary_FrequentInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_frequent: ((inputs: Data_Summary_FrequentInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_FrequentInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "from {date}" |
*
* @param {Data_Summary_FromInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_from: ((inputs: Data_Summary_FromInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_FromInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Histogram of {name}" |
*
* @param {Data_Summary_HistogramInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_histogram: ((inputs: Data_Summary_HistogramInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_HistogramInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Dataset summary" |
*
* @param {Data_Summary_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_label: ((inputs?: Data_Summary_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "length {min}–{max} chars, mean {mean}" |
*
* @param {Data_Summary_LengthInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_length: ((inputs: Data_Summary_LengthInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_LengthInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Length (characters)" |
*
* @param {Data_Summary_Length_CharsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_length_chars: ((inputs?: Data_Summary_Length_CharsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_Length_CharsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Length distribution of {name}" |
*
* @param {Data_Summary_Length_DistributionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_length_distribution: ((inputs: Data_Summary_Length_DistributionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_Length_DistributionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{newline} line ends" |
*
* @param {Data_Summary_Line_EndsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_line_ends: ((inputs: Data_Summary_Line_EndsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_Line_EndsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "read in {duration}" |
*
* @param {Data_Summary_Read_InInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_read_in: ((inputs: Data_Summary_Read_InInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_Read_InInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "rows" |
*
* @param {Data_Summary_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_rows: ((inputs?: Data_Summary_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows" |
*
* @param {Data_Summary_Rows_ColInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_rows_col: ((inputs?: Data_Summary_Rows_ColInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_Rows_ColInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "to {date}" |
*
* @param {Data_Summary_ToInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_to: ((inputs: Data_Summary_ToInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_ToInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Top terms of {name}" |
*
* @param {Data_Summary_Top_TermsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_top_terms: ((inputs: Data_Summary_Top_TermsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_Top_TermsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Values" |
*
* @param {Data_Summary_ValuesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_values: ((inputs?: Data_Summary_ValuesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Summary_ValuesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class balance of {name}: {classes}" |
*
* @param {Data_Target_BalanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_balance: ((inputs: Data_Target_BalanceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Target_BalanceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "— choose the target —" |
*
* @param {Data_Target_ChooseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_choose: ((inputs?: Data_Target_ChooseInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Target_ChooseInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pick the column whose value the model should predict." |
*
* @param {Data_Target_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_hint: ((inputs?: Data_Target_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Target_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The smallest class is under a third of the largest: consider balancing in the training settings." |
*
* @param {Data_Target_ImbalancedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_imbalanced: ((inputs?: Data_Target_ImbalancedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Target_ImbalancedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Target" |
*
* @param {Data_Target_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_label: ((inputs?: Data_Target_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Target_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} rows without a target are left out of training" |
*
* @param {Data_Target_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_missing: ((inputs: Data_Target_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Target_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "“{name}” has {count} distinct numbers: Faro trains classifiers, so each value would be a class. Pick a categorical column." |
*
* @param {Data_Target_Numeric_WarningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_numeric_warning: ((inputs: Data_Target_Numeric_WarningInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Target_Numeric_WarningInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{name} ({kind})" |
*
* @param {Data_Target_OptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_option: ((inputs: Data_Target_OptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Target_OptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "other levels" |
*
* @param {Data_Target_Other_LevelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_other_levels: ((inputs?: Data_Target_Other_LevelsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Target_Other_LevelsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column to predict (target)" |
*
* @param {Data_Target_PickInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_pick: ((inputs?: Data_Target_PickInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Target_PickInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{name}\" has no values; it is ignored." |
*
* @param {Data_Warn_All_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_all_missing: ((inputs: Data_Warn_All_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Warn_All_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{name}\" has a single value, so it cannot help a model; it is ignored." |
*
* @param {Data_Warn_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_constant: ((inputs: Data_Warn_ConstantInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Warn_ConstantInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{name}\" has {count} distinct values ({share} of rows): treat it as text or ignore it." |
*
* @param {Data_Warn_High_CardinalityInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_high_cardinality: ((inputs: Data_Warn_High_CardinalityInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Warn_High_CardinalityInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{name}\" has a different value in every row, like an identifier: it is kept with the predictions but not used as a feature." |
*
* @param {Data_Warn_Id_LikeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_id_like: ((inputs: Data_Warn_Id_LikeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Warn_Id_LikeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The first column had no name and counts rows (a saved index); it is called \"{name}\" and is not used as a feature." |
*
* @param {Data_Warn_Index_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_index_column: ((inputs: Data_Warn_Index_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Warn_Index_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{name}\" holds numbers written with leading zeros (such as \"{example}\"), so it is read as codes ({kind}) and the zeros are kept. If they are quantities, swit..." |
*
* @param {Data_Warn_Leading_ZerosInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_leading_zeros: ((inputs: Data_Warn_Leading_ZerosInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Warn_Leading_ZerosInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{name}\" is missing in {percent} of rows; consider ignoring it or adding a missing indicator." |
*
* @param {Data_Warn_Mostly_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_mostly_missing: ((inputs: Data_Warn_Mostly_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Warn_Mostly_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} rows with text after a closing quote were skipped." |
*
* @param {Data_Warn_Rows_Bad_QuotesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_rows_bad_quotes: ((inputs: Data_Warn_Rows_Bad_QuotesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Warn_Rows_Bad_QuotesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} short rows were padded with missing values." |
*
* @param {Data_Warn_Rows_PaddedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_rows_padded: ((inputs: Data_Warn_Rows_PaddedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Warn_Rows_PaddedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} rows with the wrong number of fields were skipped." |
*
* @param {Data_Warn_Rows_SkippedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_rows_skipped: ((inputs: Data_Warn_Rows_SkippedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Warn_Rows_SkippedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} value holds a double quote inside an unquoted value (first on line {line}, column \"{column}\"); it was read as written, quote included." |
*
* @param {Data_Warn_Stray_Quotes_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_stray_quotes_one: ((inputs: Data_Warn_Stray_Quotes_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Warn_Stray_Quotes_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} values hold a double quote inside an unquoted value (first on line {line}, column \"{column}\"); they were read as written, quote included." |
*
* @param {Data_Warn_Stray_Quotes_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_stray_quotes_other: ((inputs: Data_Warn_Stray_Quotes_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Data_Warn_Stray_Quotes_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {DismissInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const dismiss: ((inputs?: DismissInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<DismissInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The neighbour count k = {k} is not a whole number ≥ 1." |
*
* @param {Err_Balance_Bad_KInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_bad_k: ((inputs: Err_Balance_Bad_KInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Bad_KInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use k = 5 (the usual choice)." |
*
* @param {Err_Balance_Bad_K_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_bad_k_hint: ((inputs?: Err_Balance_Bad_K_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Bad_K_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The sampling strategy is neither \"auto\" nor \"ratio\"." |
*
* @param {Err_Balance_Bad_StrategyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_bad_strategy: ((inputs?: Err_Balance_Bad_StrategyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Bad_StrategyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Balance every class to the majority, or give a minority / majority ratio." |
*
* @param {Err_Balance_Bad_Strategy_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_bad_strategy_hint: ((inputs?: Err_Balance_Bad_Strategy_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Bad_Strategy_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "classCount {count} is not a positive integer." |
*
* @param {Err_Balance_Class_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_class_count: ((inputs: Err_Balance_Class_CountInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Class_CountInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Count the target levels." |
*
* @param {Err_Balance_Class_Count_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_class_count_hint: ((inputs?: Err_Balance_Class_Count_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Class_Count_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class {index} has {rows} training row: SMOTE needs at least two." |
*
* @param {Err_Balance_Class_Too_SmallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_class_too_small: ((inputs: Err_Balance_Class_Too_SmallInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Class_Too_SmallInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use random over-sampling or class weights for this target, or merge rare classes." |
*
* @param {Err_Balance_Class_Too_Small_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_class_too_small_hint: ((inputs?: Err_Balance_Class_Too_Small_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Class_Too_Small_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} has class {label}, outside 0…{max}." |
*
* @param {Err_Balance_Label_OutsideInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_label_outside: ((inputs: Err_Balance_Label_OutsideInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Label_OutsideInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Encode the target as class indices before balancing." |
*
* @param {Err_Balance_Label_Outside_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_label_outside_hint: ((inputs?: Err_Balance_Label_Outside_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Label_Outside_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The feature matrix has {values} values, not {rows} rows × {width} columns." |
*
* @param {Err_Balance_Matrix_ShapeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_matrix_shape: ((inputs: Err_Balance_Matrix_ShapeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Matrix_ShapeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pass the training rows after the feature recipe, one label per row." |
*
* @param {Err_Balance_Matrix_Shape_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_matrix_shape_hint: ((inputs?: Err_Balance_Matrix_Shape_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Matrix_Shape_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} has a missing category code." |
*
* @param {Err_Balance_Missing_CategoryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_missing_category: ((inputs: Err_Balance_Missing_CategoryInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Missing_CategoryInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Impute missing categories (e.g. \"no info\") before SMOTE-NC." |
*
* @param {Err_Balance_Missing_Category_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_missing_category_hint: ((inputs?: Err_Balance_Missing_Category_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Missing_Category_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "SMOTE-NC needs {rows} rows × (p numeric + q categorical) values with p, q ≥ 1." |
*
* @param {Err_Balance_Mixed_ShapeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_mixed_shape: ((inputs: Err_Balance_Mixed_ShapeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Mixed_ShapeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use plain SMOTE when every feature is numeric." |
*
* @param {Err_Balance_Mixed_Shape_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_mixed_shape_hint: ((inputs?: Err_Balance_Mixed_Shape_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Mixed_Shape_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{name} = {value} is not a positive whole number." |
*
* @param {Err_Balance_NeighboursInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_neighbours: ((inputs: Err_Balance_NeighboursInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_NeighboursInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The usual value is 5." |
*
* @param {Err_Balance_Neighbours_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_neighbours_hint: ((inputs?: Err_Balance_Neighbours_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Neighbours_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} has a missing or infinite value in feature {feature}." |
*
* @param {Err_Balance_Not_FiniteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_not_finite: ((inputs: Err_Balance_Not_FiniteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Not_FiniteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Impute missing values in the feature recipe before balancing." |
*
* @param {Err_Balance_Not_Finite_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_not_finite_hint: ((inputs?: Err_Balance_Not_Finite_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Not_Finite_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Raise the ratio, or turn balancing off." |
*
* @param {Err_Balance_Ratio_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_ratio_hint: ((inputs?: Err_Balance_Ratio_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Ratio_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A ratio of {ratio} asks for no new rows: the minority already has {count} of {reference}." |
*
* @param {Err_Balance_Ratio_No_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_ratio_no_rows: ((inputs: Err_Balance_Ratio_No_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Ratio_No_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The balance ratio {ratio} is outside (0, 1]." |
*
* @param {Err_Balance_Ratio_RangeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_ratio_range: ((inputs: Err_Balance_Ratio_RangeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Ratio_RangeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use a minority / majority ratio such as 0.5 or 1." |
*
* @param {Err_Balance_Ratio_Range_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_ratio_range_hint: ((inputs?: Err_Balance_Ratio_Range_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Ratio_Range_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A ratio of {ratio} would need more majority rows than the {count} there are." |
*
* @param {Err_Balance_Ratio_Too_FewInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_ratio_too_few: ((inputs: Err_Balance_Ratio_Too_FewInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Ratio_Too_FewInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use random over-sampling or class weights for all-categorical data." |
*
* @param {Err_Balance_Smote_Nc_Hint_CategoricalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_smote_nc_hint_categorical: ((inputs?: Err_Balance_Smote_Nc_Hint_CategoricalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Smote_Nc_Hint_CategoricalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use SMOTE when every feature is numeric." |
*
* @param {Err_Balance_Smote_Nc_Hint_NumericInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_smote_nc_hint_numeric: ((inputs?: Err_Balance_Smote_Nc_Hint_NumericInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Smote_Nc_Hint_NumericInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "SMOTE-NC needs numeric and categorical features; this recipe has {numeric} numeric and {categorical} categorical." |
*
* @param {Err_Balance_Smote_Nc_KindsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_smote_nc_kinds: ((inputs: Err_Balance_Smote_Nc_KindsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Smote_Nc_KindsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{method} cannot interpolate text features ({width} TF-IDF columns)." |
*
* @param {Err_Balance_Text_FeaturesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_text_features: ((inputs: Err_Balance_Text_FeaturesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Text_FeaturesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose random over-sampling or class weights for data with text, or SMOTE-NC (it copies the text)." |
*
* @param {Err_Balance_Text_Features_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_text_features_hint: ((inputs?: Err_Balance_Text_Features_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Text_Features_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{method}\" is not a balancing method." |
*
* @param {Err_Balance_Unknown_MethodInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_unknown_method: ((inputs: Err_Balance_Unknown_MethodInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Unknown_MethodInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class weights need at least one training row." |
*
* @param {Err_Balance_Weights_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_weights_empty: ((inputs?: Err_Balance_Weights_EmptyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Weights_EmptyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Check the train / test split." |
*
* @param {Err_Balance_Weights_Empty_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_weights_empty_hint: ((inputs?: Err_Balance_Weights_Empty_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Weights_Empty_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "balance method" |
*
* @param {Err_Balance_Where_MethodInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_balance_where_method: ((inputs?: Err_Balance_Where_MethodInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Balance_Where_MethodInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model {index} of the blend (\"{description}\") has weight {weight}; weights must be numbers above 0." |
*
* @param {Err_Blend_Bad_WeightInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_blend_bad_weight: ((inputs: Err_Blend_Bad_WeightInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Blend_Bad_WeightInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Every model of a blend is trained on the same target, split and seed, with a weight above 0." |
*
* @param {Err_Blend_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_blend_hint: ((inputs?: Err_Blend_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Blend_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A blend needs from 1 to {max} models (this one has {count})." |
*
* @param {Err_Blend_Member_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_blend_member_count: ((inputs: Err_Blend_Member_CountInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Blend_Member_CountInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model {index} of the blend (\"{description}\") uses seed {seed}, not {lead} as the heaviest model does." |
*
* @param {Err_Blend_Other_SeedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_blend_other_seed: ((inputs: Err_Blend_Other_SeedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Blend_Other_SeedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model {index} of the blend (\"{description}\") splits the rows {split}, not {lead} as the heaviest model does." |
*
* @param {Err_Blend_Other_SplitInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_blend_other_split: ((inputs: Err_Blend_Other_SplitInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Blend_Other_SplitInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model {index} of the blend (\"{description}\") predicts \"{target}\", not \"{lead}\" as the heaviest model does." |
*
* @param {Err_Blend_Other_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_blend_other_target: ((inputs: Err_Blend_Other_TargetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Blend_Other_TargetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column \"{name}\" has {count} values ({levels}); a yes/no column has two." |
*
* @param {Err_Boolean_LevelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_boolean_levels: ((inputs: Err_Boolean_LevelsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Boolean_LevelsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Treat it as categorical." |
*
* @param {Err_Boolean_Levels_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_boolean_levels_hint: ((inputs?: Err_Boolean_Levels_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Boolean_Levels_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the .json file Faro downloads from a run (\"Download model\")." |
*
* @param {Err_Bundle_Choose_Json_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_choose_json_hint: ((inputs?: Err_Bundle_Choose_Json_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Choose_Json_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model could not be read: {error}" |
*
* @param {Err_Bundle_Could_Not_ReadInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_could_not_read: ((inputs: Err_Bundle_Could_Not_ReadInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Could_Not_ReadInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Download the model again from its run in Faro." |
*
* @param {Err_Bundle_Download_Again_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_download_again_hint: ((inputs?: Err_Bundle_Download_Again_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Download_Again_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This file is not a Faro model: it is empty." |
*
* @param {Err_Bundle_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_empty: ((inputs?: Err_Bundle_EmptyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_EmptyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This file is not a Faro model: \"{path}\" is missing." |
*
* @param {Err_Bundle_Field_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_field_missing: ((inputs: Err_Bundle_Field_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Field_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Download the model again from its run in Faro, or choose another file." |
*
* @param {Err_Bundle_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_hint: ((inputs?: Err_Bundle_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model of the run \"{name}\" was removed to free space." |
*
* @param {Err_Bundle_Model_RemovedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_model_removed: ((inputs: Err_Bundle_Model_RemovedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Model_RemovedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Its metrics and settings are kept: train it again to get a model to download or predict with." |
*
* @param {Err_Bundle_Model_Removed_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_model_removed_hint: ((inputs?: Err_Bundle_Model_Removed_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Model_Removed_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list of numbers in ascending order." |
*
* @param {Err_Bundle_Must_AscendingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_ascending: ((inputs: Err_Bundle_Must_AscendingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_AscendingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be [null, number of features]." |
*
* @param {Err_Bundle_Must_Batch_Input_ShapeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_batch_input_shape: ((inputs: Err_Bundle_Must_Batch_Input_ShapeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Batch_Input_ShapeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be \"{format}\": a version 3 bundle holds a blend of models (found {found})." |
*
* @param {Err_Bundle_Must_Blend_FormatInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_blend_format: ((inputs: Err_Bundle_Must_Blend_FormatInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Blend_FormatInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be 3 for a blend of models (found {version})." |
*
* @param {Err_Bundle_Must_Blend_VersionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_blend_version: ((inputs: Err_Bundle_Must_Blend_VersionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Blend_VersionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be true or false (found {found})." |
*
* @param {Err_Bundle_Must_BooleanInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_boolean: ((inputs: Err_Bundle_Must_BooleanInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_BooleanInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be an ISO-8601 date (found {found})." |
*
* @param {Err_Bundle_Must_DateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_date: ((inputs: Err_Bundle_Must_DateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_DateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list with a Dense layer." |
*
* @param {Err_Bundle_Must_Dense_LayerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_dense_layer: ((inputs: Err_Bundle_Must_Dense_LayerInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Dense_LayerInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be {width}, the width of its dense steps." |
*
* @param {Err_Bundle_Must_Dense_WidthInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_dense_width: ((inputs: Err_Bundle_Must_Dense_WidthInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Dense_WidthInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be {count} feature names, one per feature." |
*
* @param {Err_Bundle_Must_Feature_NamesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_feature_names: ((inputs: Err_Bundle_Must_Feature_NamesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Feature_NamesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be empty for the first layer." |
*
* @param {Err_Bundle_Must_First_InboundInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_first_inbound: ((inputs: Err_Bundle_Must_First_InboundInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_First_InboundInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be {count} weights, one per term." |
*
* @param {Err_Bundle_Must_Idf_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_idf_count: ((inputs: Err_Bundle_Must_Idf_CountInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Idf_CountInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be the output of \"{name}\" only." |
*
* @param {Err_Bundle_Must_InboundInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_inbound: ((inputs: Err_Bundle_Must_InboundInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_InboundInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be InputLayer only as the first layer." |
*
* @param {Err_Bundle_Must_Input_Layer_FirstInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_input_layer_first: ((inputs: Err_Bundle_Must_Input_Layer_FirstInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Input_Layer_FirstInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be [null, {count}], one input per recipe feature (found {found})." |
*
* @param {Err_Bundle_Must_Input_WidthInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_input_width: ((inputs: Err_Bundle_Must_Input_WidthInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Input_WidthInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list of at least 2 class names (found {found})." |
*
* @param {Err_Bundle_Must_LabelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_labels: ((inputs: Err_Bundle_Must_LabelsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_LabelsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list of at least 2 class names (labels[{index}] is {found})." |
*
* @param {Err_Bundle_Must_Labels_EntryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_labels_entry: ((inputs: Err_Bundle_Must_Labels_EntryInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Labels_EntryInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list of at least 2 class names, each once (\"{label}\" is repeated)." |
*
* @param {Err_Bundle_Must_Labels_UniqueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_labels_unique: ((inputs: Err_Bundle_Must_Labels_UniqueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Labels_UniqueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list of at least one layer." |
*
* @param {Err_Bundle_Must_LayersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_layers: ((inputs: Err_Bundle_Must_LayersInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_LayersInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list (found {found})." |
*
* @param {Err_Bundle_Must_ListInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_list: ((inputs: Err_Bundle_Must_ListInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_ListInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list of 1 to {max} models (it has {count})." |
*
* @param {Err_Bundle_Must_Member_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_member_count: ((inputs: Err_Bundle_Must_Member_CountInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Member_CountInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be \"{kind}\", as the bundle's inputSchema has \"{name}\" (found \"{found}\")." |
*
* @param {Err_Bundle_Must_Member_KindInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_member_kind: ((inputs: Err_Bundle_Must_Member_KindInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Member_KindInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be absent (a TF.js model) or \"{format}\" (found {found})." |
*
* @param {Err_Bundle_Must_Model_FormatInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_model_format: ((inputs: Err_Bundle_Must_Model_FormatInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Model_FormatInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be absent (a TF.js model) or \"{format}\" (found {found}); a blend cannot hold another blend." |
*
* @param {Err_Bundle_Must_Model_Format_NestedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_model_format_nested: ((inputs: Err_Bundle_Must_Model_Format_NestedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Model_Format_NestedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be absent (Faro stores float32 weights)." |
*
* @param {Err_Bundle_Must_No_QuantizationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_no_quantization: ((inputs: Err_Bundle_Must_No_QuantizationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_No_QuantizationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list without the target \"{target}\" (a model cannot read what it predicts)." |
*
* @param {Err_Bundle_Must_No_Target_InputInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_no_target_input: ((inputs: Err_Bundle_Must_No_Target_InputInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_No_Target_InputInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be non-empty text." |
*
* @param {Err_Bundle_Must_Nonempty_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_nonempty_text: ((inputs: Err_Bundle_Must_Nonempty_TextInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Nonempty_TextInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a number (found {found})." |
*
* @param {Err_Bundle_Must_NumberInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_number: ((inputs: Err_Bundle_Must_NumberInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_NumberInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a number of at least {min} (found {found})." |
*
* @param {Err_Bundle_Must_Number_MinInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_number_min: ((inputs: Err_Bundle_Must_Number_MinInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Number_MinInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a number from {min} to {max} (found {found})." |
*
* @param {Err_Bundle_Must_Number_RangeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_number_range: ((inputs: Err_Bundle_Must_Number_RangeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Number_RangeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be an object (found {found})." |
*
* @param {Err_Bundle_Must_ObjectInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_object: ((inputs: Err_Bundle_Must_ObjectInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_ObjectInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be one of {allowed} (found {found})." |
*
* @param {Err_Bundle_Must_One_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_one_of: ((inputs: Err_Bundle_Must_One_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_One_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be {count}, one output per label (it is {found})." |
*
* @param {Err_Bundle_Must_Output_UnitsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_output_units: ((inputs: Err_Bundle_Must_Output_UnitsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Output_UnitsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list of 101 percentiles (or none)." |
*
* @param {Err_Bundle_Must_PercentilesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_percentiles: ((inputs: Err_Bundle_Must_PercentilesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_PercentilesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be [[\"{name}\", 0, 0]] (a plain chain of layers)." |
*
* @param {Err_Bundle_Must_Plain_ChainInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_plain_chain: ((inputs: Err_Bundle_Must_Plain_ChainInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Plain_ChainInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a number above 0 (found {weight})." |
*
* @param {Err_Bundle_Must_Positive_WeightInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_positive_weight: ((inputs: Err_Bundle_Must_Positive_WeightInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Positive_WeightInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be one of the recipe's inputs (found \"{column}\")." |
*
* @param {Err_Bundle_Must_Recipe_InputInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_recipe_input: ((inputs: Err_Bundle_Must_Recipe_InputInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Recipe_InputInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a column of the bundle's inputSchema (found \"{name}\")." |
*
* @param {Err_Bundle_Must_Schema_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_schema_column: ((inputs: Err_Bundle_Must_Schema_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Schema_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list including the recipe's input column \"{name}\"." |
*
* @param {Err_Bundle_Must_Schema_IncludesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_schema_includes: ((inputs: Err_Bundle_Must_Schema_IncludesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Schema_IncludesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be \"{kind}\", as the recipe reads it (found \"{found}\")." |
*
* @param {Err_Bundle_Must_Schema_KindInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_schema_kind: ((inputs: Err_Bundle_Must_Schema_KindInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Schema_KindInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list of {count} shares (one per bin and missing)." |
*
* @param {Err_Bundle_Must_SharesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_shares: ((inputs: Err_Bundle_Must_SharesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_SharesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be \"softmax\" on the output layer (found \"{found}\")." |
*
* @param {Err_Bundle_Must_SoftmaxInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_softmax: ((inputs: Err_Bundle_Must_SoftmaxInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_SoftmaxInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be {count} names, one per term." |
*
* @param {Err_Bundle_Must_Term_NamesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_term_names: ((inputs: Err_Bundle_Must_Term_NamesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Term_NamesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be text (found {found})." |
*
* @param {Err_Bundle_Must_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_text: ((inputs: Err_Bundle_Must_TextInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_TextInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be absent for {count} classes (a threshold needs 2)." |
*
* @param {Err_Bundle_Must_Threshold_AbsentInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_threshold_absent: ((inputs: Err_Bundle_Must_Threshold_AbsentInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Threshold_AbsentInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be 2 or more for a tree model (found {version})." |
*
* @param {Err_Bundle_Must_Tree_VersionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_tree_version: ((inputs: Err_Bundle_Must_Tree_VersionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Tree_VersionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a whole number or null (found {found})." |
*
* @param {Err_Bundle_Must_Trial_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_trial_id: ((inputs: Err_Bundle_Must_Trial_IdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Trial_IdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a column name used once (\"{name}\" is repeated)." |
*
* @param {Err_Bundle_Must_Unique_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_unique_column: ((inputs: Err_Bundle_Must_Unique_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Unique_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be {bytes} bytes for the weights its specs list (it holds {found}: the file may be truncated)." |
*
* @param {Err_Bundle_Must_Weight_BytesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_weight_bytes: ((inputs: Err_Bundle_Must_Weight_BytesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Weight_BytesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be [{want}] to fit {weight} (it is [{found}])." |
*
* @param {Err_Bundle_Must_Weight_ShapeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_weight_shape: ((inputs: Err_Bundle_Must_Weight_ShapeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Weight_ShapeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list of {count} weights for the layers of the topology (it has {found})." |
*
* @param {Err_Bundle_Must_Weight_SpecsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_weight_specs: ((inputs: Err_Bundle_Must_Weight_SpecsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Weight_SpecsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be models whose weights sum to 1 (they sum to {total})." |
*
* @param {Err_Bundle_Must_Weights_SumInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_weights_sum: ((inputs: Err_Bundle_Must_Weights_SumInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Weights_SumInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a whole number (found {found})." |
*
* @param {Err_Bundle_Must_WholeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_whole: ((inputs: Err_Bundle_Must_WholeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_WholeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a whole number of at least {min} (found {found})." |
*
* @param {Err_Bundle_Must_Whole_MinInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_whole_min: ((inputs: Err_Bundle_Must_Whole_MinInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Whole_MinInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a whole number from {min} to {max} (found {found})." |
*
* @param {Err_Bundle_Must_Whole_RangeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_must_whole_range: ((inputs: Err_Bundle_Must_Whole_RangeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Must_Whole_RangeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This model was made by a newer Faro (version {version}); this Faro reads versions up to {max}." |
*
* @param {Err_Bundle_NewerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_newer: ((inputs: Err_Bundle_NewerInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_NewerInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Open it with the Faro version that made it, or update this Faro." |
*
* @param {Err_Bundle_Newer_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_newer_hint: ((inputs?: Err_Bundle_Newer_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Newer_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This file is not a Faro model: \"{path}\" is not base64 text." |
*
* @param {Err_Bundle_Not_Base64Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_not_base64: ((inputs: Err_Bundle_Not_Base64Inputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Not_Base64Inputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This file is not a Faro model: it is not valid JSON (line {line}, column {column})." |
*
* @param {Err_Bundle_Not_JsonInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_not_json: ((inputs: Err_Bundle_Not_JsonInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Not_JsonInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the .json file Faro downloads from a run; a file cut short by an interrupted download fails here." |
*
* @param {Err_Bundle_Not_Json_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_not_json_hint: ((inputs?: Err_Bundle_Not_Json_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Not_Json_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This file is not a Faro model: it holds {found}, not an object." |
*
* @param {Err_Bundle_Not_ObjectInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_not_object: ((inputs: Err_Bundle_Not_ObjectInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Not_ObjectInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This file is not a Faro model: \"{path}\" is missing (the threshold applies to it)." |
*
* @param {Err_Bundle_Positive_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_positive_missing: ((inputs: Err_Bundle_Positive_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Positive_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The run \"{name}\" has no model: it is {status}." |
*
* @param {Err_Bundle_Run_No_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_run_no_model: ((inputs: Err_Bundle_Run_No_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Run_No_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Download the model of a finished run." |
*
* @param {Err_Bundle_Run_No_Model_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_run_no_model_hint: ((inputs?: Err_Bundle_Run_No_Model_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Run_No_Model_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: its model could not be used ({error})." |
*
* @param {Err_Bundle_Unusable_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_unusable_model: ((inputs: Err_Bundle_Unusable_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Unusable_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: its recipe could not be used ({error})." |
*
* @param {Err_Bundle_Unusable_RecipeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_unusable_recipe: ((inputs: Err_Bundle_Unusable_RecipeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Unusable_RecipeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This file is not a Faro model: \"{path}\" is {found}, not \"{format}\"." |
*
* @param {Err_Bundle_Wrong_FormatInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_bundle_wrong_format: ((inputs: Err_Bundle_Wrong_FormatInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bundle_Wrong_FormatInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cancelled." |
*
* @param {Err_CancelledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_cancelled: ((inputs?: Err_CancelledInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_CancelledInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column \"{name}\" has no values in the training rows." |
*
* @param {Err_Column_No_ValuesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_column_no_values: ((inputs: Err_Column_No_ValuesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Column_No_ValuesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Set its role to \"ignore\"." |
*
* @param {Err_Column_No_Values_Boolean_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_column_no_values_boolean_hint: ((inputs?: Err_Column_No_Values_Boolean_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Column_No_Values_Boolean_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Set its role to \"ignore\", or fill its missing values with a constant." |
*
* @param {Err_Column_No_Values_Impute_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_column_no_values_impute_hint: ((inputs?: Err_Column_No_Values_Impute_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Column_No_Values_Impute_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Set its role to \"ignore\", or keep missing values as their own level." |
*
* @param {Err_Column_No_Values_Levels_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_column_no_values_levels_hint: ((inputs?: Err_Column_No_Values_Levels_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Column_No_Values_Levels_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{file}\" is a gzip-compressed file, not a CSV file." |
*
* @param {Err_Csv_Binary_GzipInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_binary_gzip: ((inputs: Err_Csv_Binary_GzipInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Binary_GzipInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{file}\" is a JPEG image, not a CSV file." |
*
* @param {Err_Csv_Binary_JpegInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_binary_jpeg: ((inputs: Err_Csv_Binary_JpegInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Binary_JpegInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{file}\" contains binary data (a NUL byte), not CSV text." |
*
* @param {Err_Csv_Binary_NulInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_binary_nul: ((inputs: Err_Csv_Binary_NulInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Binary_NulInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a CSV text file; if this is a spreadsheet, export it as CSV first. Export it as CSV: in Excel, File › Save As › \"CSV UTF-8 (Comma delimited)\"; in Goog..." |
*
* @param {Err_Csv_Binary_Nul_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_binary_nul_hint: ((inputs?: Err_Csv_Binary_Nul_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Binary_Nul_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{file}\" is a PDF document, not a CSV file." |
*
* @param {Err_Csv_Binary_PdfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_binary_pdf: ((inputs: Err_Csv_Binary_PdfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Binary_PdfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{file}\" is a PNG image, not a CSV file." |
*
* @param {Err_Csv_Binary_PngInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_binary_png: ((inputs: Err_Csv_Binary_PngInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Binary_PngInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{file}\" is an old Excel .xls workbook, not a CSV file." |
*
* @param {Err_Csv_Binary_XlsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_binary_xls: ((inputs: Err_Csv_Binary_XlsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Binary_XlsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{file}\" is an Excel workbook (.xlsx), not a CSV file." |
*
* @param {Err_Csv_Binary_XlsxInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_binary_xlsx: ((inputs: Err_Csv_Binary_XlsxInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Binary_XlsxInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{file}\" is a ZIP archive (an Excel .xlsx workbook is one), not a CSV file." |
*
* @param {Err_Csv_Binary_ZipInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_binary_zip: ((inputs: Err_Csv_Binary_ZipInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Binary_ZipInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the CSV file with your data." |
*
* @param {Err_Csv_Choose_Csv_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_choose_csv_hint: ((inputs?: Err_Csv_Choose_Csv_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Choose_Csv_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{file}\" is empty." |
*
* @param {Err_Csv_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_empty: ((inputs: Err_Csv_EmptyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_EmptyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a CSV file with a header line and at least one row of data." |
*
* @param {Err_Csv_Empty_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_empty_hint: ((inputs?: Err_Csv_Empty_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Empty_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Decompress it first (for example with 7-Zip or `gunzip`)." |
*
* @param {Err_Csv_Gzip_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_gzip_hint: ((inputs?: Err_Csv_Gzip_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Gzip_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{file}\" mixes text encodings: it reads as UTF-8 (with accented or other non-ASCII characters) up to byte {byte}, where a byte is not UTF-8." |
*
* @param {Err_Csv_Mixed_EncodingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_mixed_encoding: ((inputs: Err_Csv_Mixed_EncodingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Mixed_EncodingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Save the file again in one encoding, preferably UTF-8 (in Excel: File › Save As › \"CSV UTF-8\"). Faro will not guess, because either reading would change some..." |
*
* @param {Err_Csv_Mixed_Encoding_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_mixed_encoding_hint: ((inputs?: Err_Csv_Mixed_Encoding_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Mixed_Encoding_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{file}\" has a header line but no rows of data." |
*
* @param {Err_Csv_No_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_no_rows: ((inputs: Err_Csv_No_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_No_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Check that the file was exported completely." |
*
* @param {Err_Csv_No_Rows_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_no_rows_hint: ((inputs?: Err_Csv_No_Rows_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_No_Rows_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} of \"{file}\" has text after the closing quote of a quoted value, in column {column}." |
*
* @param {Err_Csv_QuotesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes: ((inputs: Err_Csv_QuotesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_QuotesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The header line of \"{file}\" has text after the closing quote of a quoted value, in column {column}." |
*
* @param {Err_Csv_Quotes_HeaderInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_header: ((inputs: Err_Csv_Quotes_HeaderInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_HeaderInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A value that starts with a double quote must end with one, and quotes inside it must be doubled (\"\"). Fix the header line and load the file again." |
*
* @param {Err_Csv_Quotes_Header_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_header_hint: ((inputs?: Err_Csv_Quotes_Header_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_Header_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The header line of \"{file}\" has text after the closing quote of a quoted value, in column {column}. {more} more rows have the same problem (lines {lines})." |
*
* @param {Err_Csv_Quotes_Header_MoreInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_header_more: ((inputs: Err_Csv_Quotes_Header_MoreInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_Header_MoreInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The header line of \"{file}\" has text after the closing quote of a quoted value, in column {column}. 1 more row has the same problem (line {lines})." |
*
* @param {Err_Csv_Quotes_Header_More_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_header_more_one: ((inputs: Err_Csv_Quotes_Header_More_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_Header_More_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The header line of \"{file}\" has text after the closing quote of a quoted value, in column {column} (\"{name}\")." |
*
* @param {Err_Csv_Quotes_Header_NamedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_header_named: ((inputs: Err_Csv_Quotes_Header_NamedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_Header_NamedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The header line of \"{file}\" has text after the closing quote of a quoted value, in column {column} (\"{name}\"). {more} more rows have the same problem (lines ..." |
*
* @param {Err_Csv_Quotes_Header_Named_MoreInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_header_named_more: ((inputs: Err_Csv_Quotes_Header_Named_MoreInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_Header_Named_MoreInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The header line of \"{file}\" has text after the closing quote of a quoted value, in column {column} (\"{name}\"). 1 more row has the same problem (line {lines})." |
*
* @param {Err_Csv_Quotes_Header_Named_More_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_header_named_more_one: ((inputs: Err_Csv_Quotes_Header_Named_More_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_Header_Named_More_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A value that starts with a double quote must end with one, and quotes inside it must be doubled (\"\"). Fix the file, or choose to skip the {count} row." |
*
* @param {Err_Csv_Quotes_Hint_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_hint_one: ((inputs: Err_Csv_Quotes_Hint_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_Hint_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A value that starts with a double quote must end with one, and quotes inside it must be doubled (\"\"). Fix the file, or choose to skip the {count} rows." |
*
* @param {Err_Csv_Quotes_Hint_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_hint_other: ((inputs: Err_Csv_Quotes_Hint_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_Hint_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} of \"{file}\" has text after the closing quote of a quoted value, in column {column}. {more} more rows have the same problem (lines {lines})." |
*
* @param {Err_Csv_Quotes_MoreInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_more: ((inputs: Err_Csv_Quotes_MoreInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_MoreInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} of \"{file}\" has text after the closing quote of a quoted value, in column {column}. 1 more row has the same problem (line {lines})." |
*
* @param {Err_Csv_Quotes_More_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_more_one: ((inputs: Err_Csv_Quotes_More_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_More_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} of \"{file}\" has text after the closing quote of a quoted value, in column {column} (\"{name}\")." |
*
* @param {Err_Csv_Quotes_NamedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_named: ((inputs: Err_Csv_Quotes_NamedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_NamedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} of \"{file}\" has text after the closing quote of a quoted value, in column {column} (\"{name}\"). {more} more rows have the same problem (lines {lines})." |
*
* @param {Err_Csv_Quotes_Named_MoreInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_named_more: ((inputs: Err_Csv_Quotes_Named_MoreInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_Named_MoreInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} of \"{file}\" has text after the closing quote of a quoted value, in column {column} (\"{name}\"). 1 more row has the same problem (line {lines})." |
*
* @param {Err_Csv_Quotes_Named_More_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_quotes_named_more_one: ((inputs: Err_Csv_Quotes_Named_More_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Quotes_Named_More_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} of \"{file}\" has {fields} fields but the header has {expected}." |
*
* @param {Err_Csv_RaggedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_ragged: ((inputs: Err_Csv_RaggedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_RaggedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Look for an unquoted vertical bar inside a value, or choose to skip or pad the {count} uneven row." |
*
* @param {Err_Csv_Ragged_Hint_Bar_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_ragged_hint_bar_one: ((inputs: Err_Csv_Ragged_Hint_Bar_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Ragged_Hint_Bar_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Look for an unquoted vertical bar inside a value, or choose to skip or pad the {count} uneven rows." |
*
* @param {Err_Csv_Ragged_Hint_Bar_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_ragged_hint_bar_other: ((inputs: Err_Csv_Ragged_Hint_Bar_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Ragged_Hint_Bar_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Look for an unquoted comma inside a value, or choose to skip or pad the {count} uneven row." |
*
* @param {Err_Csv_Ragged_Hint_Comma_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_ragged_hint_comma_one: ((inputs: Err_Csv_Ragged_Hint_Comma_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Ragged_Hint_Comma_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Look for an unquoted comma inside a value, or choose to skip or pad the {count} uneven rows." |
*
* @param {Err_Csv_Ragged_Hint_Comma_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_ragged_hint_comma_other: ((inputs: Err_Csv_Ragged_Hint_Comma_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Ragged_Hint_Comma_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Look for an unquoted semicolon inside a value, or choose to skip or pad the {count} uneven row." |
*
* @param {Err_Csv_Ragged_Hint_Semicolon_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_ragged_hint_semicolon_one: ((inputs: Err_Csv_Ragged_Hint_Semicolon_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Ragged_Hint_Semicolon_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Look for an unquoted semicolon inside a value, or choose to skip or pad the {count} uneven rows." |
*
* @param {Err_Csv_Ragged_Hint_Semicolon_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_ragged_hint_semicolon_other: ((inputs: Err_Csv_Ragged_Hint_Semicolon_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Ragged_Hint_Semicolon_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Look for an unquoted tab inside a value, or choose to skip or pad the {count} uneven row." |
*
* @param {Err_Csv_Ragged_Hint_Tab_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_ragged_hint_tab_one: ((inputs: Err_Csv_Ragged_Hint_Tab_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Ragged_Hint_Tab_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Look for an unquoted tab inside a value, or choose to skip or pad the {count} uneven rows." |
*
* @param {Err_Csv_Ragged_Hint_Tab_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_ragged_hint_tab_other: ((inputs: Err_Csv_Ragged_Hint_Tab_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Ragged_Hint_Tab_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} of \"{file}\" has {fields} fields but the header has {expected}. {more} more rows have the wrong number of fields (lines {lines})." |
*
* @param {Err_Csv_Ragged_MoreInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_ragged_more: ((inputs: Err_Csv_Ragged_MoreInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Ragged_MoreInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} of \"{file}\" has {fields} fields but the header has {expected}. 1 more row has the wrong number of fields (line {lines})." |
*
* @param {Err_Csv_Ragged_More_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_ragged_more_one: ((inputs: Err_Csv_Ragged_More_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Ragged_More_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Export it as CSV: in Excel, File › Save As › \"CSV UTF-8 (Comma delimited)\"; in Google Sheets, File › Download › Comma-separated values." |
*
* @param {Err_Csv_Sheet_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_sheet_hint: ((inputs?: Err_Csv_Sheet_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Sheet_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{file}\" has a single column (\"{header}\"): no comma, semicolon, tab or vertical bar separates its header." |
*
* @param {Err_Csv_Single_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_single_column: ((inputs: Err_Csv_Single_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Single_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Faro needs at least two columns (features and a target). If the file uses another separator, export it again with commas." |
*
* @param {Err_Csv_Single_Column_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_single_column_hint: ((inputs?: Err_Csv_Single_Column_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Single_Column_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{file}\" is {size}, more than the {max} Faro can load here." |
*
* @param {Err_Csv_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_too_large: ((inputs: Err_Csv_Too_LargeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Too_LargeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use a sample of the rows, or drop columns you do not need, and try again." |
*
* @param {Err_Csv_Too_Large_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_too_large_hint: ((inputs?: Err_Csv_Too_Large_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Too_Large_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A quoted value in \"{file}\" is never closed." |
*
* @param {Err_Csv_Unclosed_QuoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_unclosed_quote: ((inputs: Err_Csv_Unclosed_QuoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Unclosed_QuoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Look for a stray double quote (\") on that line; quotes inside values must be doubled (\"\")." |
*
* @param {Err_Csv_Unclosed_Quote_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_csv_unclosed_quote_hint: ((inputs?: Err_Csv_Unclosed_Quote_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Csv_Unclosed_Quote_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Remove the credentials from the address." |
*
* @param {Err_Custom_Model_Credentials_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_custom_model_credentials_hint: ((inputs?: Err_Custom_Model_Credentials_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Custom_Model_Credentials_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Serve the files over https." |
*
* @param {Err_Custom_Model_Https_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_custom_model_https_hint: ((inputs?: Err_Custom_Model_Https_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Custom_Model_Https_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Paste a full address such as https://models.example.com/SmolLM2-360M-Instruct-q4f16_1-MLC/." |
*
* @param {Err_Custom_Model_Invalid_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_custom_model_invalid_hint: ((inputs?: Err_Custom_Model_Invalid_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Custom_Model_Invalid_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model library URL must not carry a user name or password." |
*
* @param {Err_Custom_Model_Lib_CredentialsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_custom_model_lib_credentials: ((inputs?: Err_Custom_Model_Lib_CredentialsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Custom_Model_Lib_CredentialsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model library URL must use https (http only for localhost)." |
*
* @param {Err_Custom_Model_Lib_HttpsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_custom_model_lib_https: ((inputs?: Err_Custom_Model_Lib_HttpsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Custom_Model_Lib_HttpsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model library URL is not a URL." |
*
* @param {Err_Custom_Model_Lib_InvalidInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_custom_model_lib_invalid: ((inputs?: Err_Custom_Model_Lib_InvalidInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Custom_Model_Lib_InvalidInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model library URL must point at the compiled .wasm file." |
*
* @param {Err_Custom_Model_Not_WasmInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_custom_model_not_wasm: ((inputs?: Err_Custom_Model_Not_WasmInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Custom_Model_Not_WasmInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "It ends in .wasm, e.g. …/SmolLM2-360M-Instruct-q4f16_1-ctx4k_cs1k-webgpu.wasm." |
*
* @param {Err_Custom_Model_Not_Wasm_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_custom_model_not_wasm_hint: ((inputs?: Err_Custom_Model_Not_Wasm_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Custom_Model_Not_Wasm_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model URL must not carry a user name or password." |
*
* @param {Err_Custom_Model_Url_CredentialsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_custom_model_url_credentials: ((inputs?: Err_Custom_Model_Url_CredentialsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Custom_Model_Url_CredentialsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model URL must use https (http only for localhost)." |
*
* @param {Err_Custom_Model_Url_HttpsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_custom_model_url_https: ((inputs?: Err_Custom_Model_Url_HttpsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Custom_Model_Url_HttpsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model URL is not a URL." |
*
* @param {Err_Custom_Model_Url_InvalidInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_custom_model_url_invalid: ((inputs?: Err_Custom_Model_Url_InvalidInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Custom_Model_Url_InvalidInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "model library URL" |
*
* @param {Err_Custom_Model_Where_LibInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_custom_model_where_lib: ((inputs?: Err_Custom_Model_Where_LibInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Custom_Model_Where_LibInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "model URL" |
*
* @param {Err_Custom_Model_Where_UrlInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_custom_model_where_url: ((inputs?: Err_Custom_Model_Where_UrlInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Custom_Model_Where_UrlInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Skipped: the first fold took {elapsed} s, so {k} folds need about {projected} s; {left} s of the budget were left." |
*
* @param {Err_Cv_Over_Budget_FirstInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_cv_over_budget_first: ((inputs: Err_Cv_Over_Budget_FirstInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Cv_Over_Budget_FirstInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Give the search more minutes, or fewer folds, to let configurations this slow finish." |
*
* @param {Err_Cv_Over_Budget_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_cv_over_budget_hint: ((inputs?: Err_Cv_Over_Budget_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Cv_Over_Budget_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Skipped: {done} folds took {elapsed} s, so {k} folds need about {projected} s; {left} s of the budget were left." |
*
* @param {Err_Cv_Over_Budget_ManyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_cv_over_budget_many: ((inputs: Err_Cv_Over_Budget_ManyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Cv_Over_Budget_ManyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stopped after the first fold: {metric} {score}, worse than the median of the earlier trials at that point ({bar})." |
*
* @param {Err_Cv_Pruned_FirstInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_cv_pruned_first: ((inputs: Err_Cv_Pruned_FirstInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Cv_Pruned_FirstInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pruning saves the budget for more promising configurations; it applies from 1,000 rows per fold." |
*
* @param {Err_Cv_Pruned_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_cv_pruned_hint: ((inputs?: Err_Cv_Pruned_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Cv_Pruned_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stopped after {done} folds: {metric} {score}, worse than the median of the earlier trials at that point ({bar})." |
*
* @param {Err_Cv_Pruned_ManyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_cv_pruned_many: ((inputs: Err_Cv_Pruned_ManyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Cv_Pruned_ManyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This dataset is no longer stored in the browser." |
*
* @param {Err_Dataset_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_dataset_not_found: ((inputs?: Err_Dataset_Not_FoundInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Dataset_Not_FoundInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Load the CSV again." |
*
* @param {Err_Dataset_Not_Found_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_dataset_not_found_hint: ((inputs?: Err_Dataset_Not_Found_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Dataset_Not_Found_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The GPU stopped responding while the model was writing (the WebGPU device was lost)." |
*
* @param {Err_Engine_Device_LostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_device_lost: ((inputs?: Err_Engine_Device_LostInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_Device_LostInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Resume continues where it stopped: finished rows are cached. If it happens again, pick a smaller model or use the template describer." |
*
* @param {Err_Engine_Device_Lost_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_device_lost_hint: ((inputs?: Err_Engine_Device_Lost_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_Device_Lost_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The files of {model} could not be downloaded: the model host did not answer." |
*
* @param {Err_Engine_Host_DownInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_host_down: ((inputs: Err_Engine_Host_DownInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_Host_DownInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Check the connection and Retry (files already downloaded are kept); or use the template describer, which works offline." |
*
* @param {Err_Engine_Host_Down_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_host_down_hint: ((inputs?: Err_Engine_Host_Down_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_Host_Down_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The files of {model} could not be downloaded: the model host answered with an error." |
*
* @param {Err_Engine_Host_ErrorInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_host_error: ((inputs: Err_Engine_Host_ErrorInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_Host_ErrorInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Check the model URL and that the host serves the files to this page, then Retry; or use the template describer, which works offline." |
*
* @param {Err_Engine_Host_Error_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_host_error_hint: ((inputs?: Err_Engine_Host_Error_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_Host_Error_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This GPU lacks the 16-bit float support (shader-f16) that {model} needs." |
*
* @param {Err_Engine_No_F16Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_no_f16: ((inputs: Err_Engine_No_F16Inputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_No_F16Inputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pick a q4f32 model, or use the template describer." |
*
* @param {Err_Engine_No_F16_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_no_f16_hint: ((inputs?: Err_Engine_No_F16_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_No_F16_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This GPU lacks a WebGPU feature that {model} needs." |
*
* @param {Err_Engine_No_FeatureInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_no_feature: ((inputs: Err_Engine_No_FeatureInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_No_FeatureInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pick another model, or use the template describer." |
*
* @param {Err_Engine_No_Feature_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_no_feature_hint: ((inputs?: Err_Engine_No_Feature_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_No_Feature_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This browser cannot give the model a GPU (WebGPU is unavailable)." |
*
* @param {Err_Engine_No_WebgpuInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_no_webgpu: ((inputs?: Err_Engine_No_WebgpuInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_No_WebgpuInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use the template describer, or open Faro in a browser with WebGPU (recent Chrome or Edge)." |
*
* @param {Err_Engine_No_Webgpu_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_no_webgpu_hint: ((inputs?: Err_Engine_No_Webgpu_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_No_Webgpu_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The GPU ran out of memory loading {model}." |
*
* @param {Err_Engine_OomInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_oom: ((inputs: Err_Engine_OomInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_OomInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pick a smaller model, close other tabs that use the GPU, or use the template describer." |
*
* @param {Err_Engine_Oom_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_engine_oom_hint: ((inputs?: Err_Engine_Oom_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Engine_Oom_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A calibration curve needs a whole number of bins, got {bins}." |
*
* @param {Err_Eval_Calibration_BinsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_calibration_bins: ((inputs: Err_Eval_Calibration_BinsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Calibration_BinsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use 10 bins." |
*
* @param {Err_Eval_Calibration_Bins_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_calibration_bins_hint: ((inputs?: Err_Eval_Calibration_Bins_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Calibration_Bins_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} has probability {p}, outside [0, 1]." |
*
* @param {Err_Eval_Calibration_RangeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_calibration_range: ((inputs: Err_Eval_Calibration_RangeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Calibration_RangeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pass probabilities, not raw model outputs." |
*
* @param {Err_Eval_Calibration_Range_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_calibration_range_hint: ((inputs?: Err_Eval_Calibration_Range_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Calibration_Range_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} has class index {index}, outside 0..{max}." |
*
* @param {Err_Eval_Class_IndexInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_class_index: ((inputs: Err_Eval_Class_IndexInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Class_IndexInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Encode the target first." |
*
* @param {Err_Eval_Class_Index_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_class_index_hint: ((inputs?: Err_Eval_Class_Index_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Class_Index_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} has a class index outside 0..{max}." |
*
* @param {Err_Eval_Confusion_IndexInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_confusion_index: ((inputs: Err_Eval_Confusion_IndexInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Confusion_IndexInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Encode the labels as class indices first." |
*
* @param {Err_Eval_Confusion_Index_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_confusion_index_hint: ((inputs?: Err_Eval_Confusion_Index_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Confusion_Index_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "There are {labels} true labels but {predictions} predictions." |
*
* @param {Err_Eval_Confusion_LengthInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_confusion_length: ((inputs: Err_Eval_Confusion_LengthInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Confusion_LengthInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pass one prediction per row." |
*
* @param {Err_Eval_Confusion_Length_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_confusion_length_hint: ((inputs?: Err_Eval_Confusion_Length_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Confusion_Length_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The costs of the errors must be numbers of at least 0, not both 0 (got false positive {fp}, false negative {fn})." |
*
* @param {Err_Eval_CostsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_costs: ((inputs: Err_Eval_CostsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_CostsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Enter what a false positive and a false negative cost, e.g. 1 and 5." |
*
* @param {Err_Eval_Costs_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_costs_hint: ((inputs?: Err_Eval_Costs_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Costs_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A fixed threshold needs a number, got {value}." |
*
* @param {Err_Eval_Fixed_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_fixed_threshold: ((inputs: Err_Eval_Fixed_ThresholdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Fixed_ThresholdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Enter a threshold such as 0.5." |
*
* @param {Err_Eval_Fixed_Threshold_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_fixed_threshold_hint: ((inputs?: Err_Eval_Fixed_Threshold_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Fixed_Threshold_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} has label {label}, not 0 or 1." |
*
* @param {Err_Eval_Label_Not_BinaryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_label_not_binary: ((inputs: Err_Eval_Label_Not_BinaryInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Label_Not_BinaryInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Mark positives with 1." |
*
* @param {Err_Eval_Label_Not_Binary_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_label_not_binary_hint: ((inputs?: Err_Eval_Label_Not_Binary_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Label_Not_Binary_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "There are {scores} scores but {labels} labels." |
*
* @param {Err_Eval_Length_MismatchInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_length_mismatch: ((inputs: Err_Eval_Length_MismatchInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Length_MismatchInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pass one score per labelled row." |
*
* @param {Err_Eval_Length_Mismatch_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_length_mismatch_hint: ((inputs?: Err_Eval_Length_Mismatch_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Length_Mismatch_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "There are no rows to evaluate." |
*
* @param {Err_Eval_No_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_no_rows: ((inputs?: Err_Eval_No_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_No_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Keep some rows in the evaluated part." |
*
* @param {Err_Eval_No_Rows_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_no_rows_hint: ((inputs?: Err_Eval_No_Rows_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_No_Rows_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} has a non-finite score ({score})." |
*
* @param {Err_Eval_Non_Finite_ScoreInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_non_finite_score: ((inputs: Err_Eval_Non_Finite_ScoreInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Non_Finite_ScoreInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model produced NaN or infinite outputs; it probably diverged: lower the learning rate." |
*
* @param {Err_Eval_Non_Finite_Score_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_non_finite_score_hint: ((inputs?: Err_Eval_Non_Finite_Score_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Non_Finite_Score_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The positive class index {index} is not 0 or 1." |
*
* @param {Err_Eval_Positive_IndexInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_positive_index: ((inputs: Err_Eval_Positive_IndexInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Positive_IndexInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pick one of the two classes as positive." |
*
* @param {Err_Eval_Positive_Index_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_positive_index_hint: ((inputs?: Err_Eval_Positive_Index_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Positive_Index_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} has probability {p} for class {index}, outside [0, 1]." |
*
* @param {Err_Eval_Proba_RangeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_proba_range: ((inputs: Err_Eval_Proba_RangeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Proba_RangeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model produced invalid outputs; it probably diverged: lower the learning rate." |
*
* @param {Err_Eval_Proba_Range_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_proba_range_hint: ((inputs?: Err_Eval_Proba_Range_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Proba_Range_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The probabilities hold {values} values, not {rows} rows × {classes} classes." |
*
* @param {Err_Eval_Proba_ShapeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_proba_shape: ((inputs: Err_Eval_Proba_ShapeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Proba_ShapeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pass one probability per class for every row, row after row." |
*
* @param {Err_Eval_Proba_Shape_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_proba_shape_hint: ((inputs?: Err_Eval_Proba_Shape_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Proba_Shape_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The threshold {value} is not a number." |
*
* @param {Err_Eval_Threshold_NanInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_threshold_nan: ((inputs: Err_Eval_Threshold_NanInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Threshold_NanInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a threshold between 0 and 1." |
*
* @param {Err_Eval_Threshold_Nan_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_threshold_nan_hint: ((inputs?: Err_Eval_Threshold_Nan_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Threshold_Nan_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Evaluation needs at least two classes, got {count}." |
*
* @param {Err_Eval_Two_ClassesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_two_classes: ((inputs: Err_Eval_Two_ClassesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Two_ClassesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Check the labels." |
*
* @param {Err_Eval_Two_Classes_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_eval_two_classes_hint: ((inputs?: Err_Eval_Two_Classes_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Eval_Two_Classes_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The number of folds must be a whole number from {min} to {max}." |
*
* @param {Err_Folds_Bad_KInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_folds_bad_k: ((inputs: Err_Folds_Bad_KInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Folds_Bad_KInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use 5 folds unless the data is very small or very large." |
*
* @param {Err_Folds_Bad_K_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_folds_bad_k_hint: ((inputs?: Err_Folds_Bad_K_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Folds_Bad_K_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The class \"{name}\" has {count} rows outside the test part; {k}-fold cross-validation needs at least {k}." |
*
* @param {Err_Folds_Class_Too_SmallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_folds_class_too_small: ((inputs: Err_Folds_Class_Too_SmallInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Folds_Class_Too_SmallInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use fewer folds, or add rows of this class." |
*
* @param {Err_Folds_Class_Too_Small_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_folds_class_too_small_hint: ((inputs?: Err_Folds_Class_Too_Small_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Folds_Class_Too_Small_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be {expected}, the number of labels (found {found})." |
*
* @param {Err_Gbdt_Damaged_Class_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_class_count: ((inputs: Err_Gbdt_Damaged_Class_CountInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_Class_CountInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be {expected}, the features the recipe makes (found {found})." |
*
* @param {Err_Gbdt_Damaged_Feature_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_feature_count: ((inputs: Err_Gbdt_Damaged_Feature_CountInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_Feature_CountInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a finite number (found {found})." |
*
* @param {Err_Gbdt_Damaged_FiniteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_finite: ((inputs: Err_Gbdt_Damaged_FiniteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_FiniteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be \"{format}\" (found {found})." |
*
* @param {Err_Gbdt_Damaged_FormatInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_format: ((inputs: Err_Gbdt_Damaged_FormatInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_FormatInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Download the model again from its run in Faro, or choose another file." |
*
* @param {Err_Gbdt_Damaged_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_hint: ((inputs?: Err_Gbdt_Damaged_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be -1, as {other}[{node}] marks a leaf (found {found})." |
*
* @param {Err_Gbdt_Damaged_LeafInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_leaf: ((inputs: Err_Gbdt_Damaged_LeafInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_LeafInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list (found {found})." |
*
* @param {Err_Gbdt_Damaged_ListInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_list: ((inputs: Err_Gbdt_Damaged_ListInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_ListInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list of {length} entries (found {found})." |
*
* @param {Err_Gbdt_Damaged_List_LengthInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_list_length: ((inputs: Err_Gbdt_Damaged_List_LengthInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_List_LengthInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a list of at least one node." |
*
* @param {Err_Gbdt_Damaged_No_NodesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_no_nodes: ((inputs: Err_Gbdt_Damaged_No_NodesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_No_NodesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a number of 0 or more (found {found})." |
*
* @param {Err_Gbdt_Damaged_NonnegativeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_nonnegative: ((inputs: Err_Gbdt_Damaged_NonnegativeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_NonnegativeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be an object (found {found})." |
*
* @param {Err_Gbdt_Damaged_ObjectInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_object: ((inputs: Err_Gbdt_Damaged_ObjectInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_ObjectInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a node no other node points to (node {node} is reached twice)." |
*
* @param {Err_Gbdt_Damaged_Reached_TwiceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_reached_twice: ((inputs: Err_Gbdt_Damaged_Reached_TwiceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_Reached_TwiceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a multiple of {outputs} trees, one per class per iteration (found {found})." |
*
* @param {Err_Gbdt_Damaged_TreesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_trees: ((inputs: Err_Gbdt_Damaged_TreesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_TreesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a tree that reaches every node (node {node} is never reached)." |
*
* @param {Err_Gbdt_Damaged_UnreachedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_unreached: ((inputs: Err_Gbdt_Damaged_UnreachedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_UnreachedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This Faro model is damaged: \"{path}\" must be a whole number from {min} to {max} (found {found})." |
*
* @param {Err_Gbdt_Damaged_WholeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_damaged_whole: ((inputs: Err_Gbdt_Damaged_WholeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Damaged_WholeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Boosting diverged in iteration {iteration}: the loss is no longer a number." |
*
* @param {Err_Gbdt_DivergedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_diverged: ((inputs: Err_Gbdt_DivergedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_DivergedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Lower the learning rate, or raise the L2 regularisation." |
*
* @param {Err_Gbdt_Diverged_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_diverged_hint: ((inputs?: Err_Gbdt_Diverged_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Diverged_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The training part has no rows." |
*
* @param {Err_Gbdt_Empty_TrainInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_empty_train: ((inputs?: Err_Gbdt_Empty_TrainInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Empty_TrainInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use more rows, or give the validation part a smaller fraction." |
*
* @param {Err_Gbdt_Empty_Train_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_empty_train_hint: ((inputs?: Err_Gbdt_Empty_Train_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Empty_Train_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The tree model reads {expected} features but got {got}." |
*
* @param {Err_Gbdt_Feature_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_feature_count: ((inputs: Err_Gbdt_Feature_CountInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Feature_CountInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This tree model was made by a newer Faro (format version {version})." |
*
* @param {Err_Gbdt_NewerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_newer: ((inputs: Err_Gbdt_NewerInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_NewerInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Open it with the Faro that made it, or update this one." |
*
* @param {Err_Gbdt_Newer_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_newer_hint: ((inputs?: Err_Gbdt_Newer_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Newer_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The feature \"{feature}\" has a value too large for 32-bit numbers (beyond ±3.4·10³⁸)." |
*
* @param {Err_Gbdt_Value_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_value_too_large: ((inputs: Err_Gbdt_Value_Too_LargeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Value_Too_LargeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Fix that value in the data, or apply log(1 + x) or scaling to the column." |
*
* @param {Err_Gbdt_Value_Too_Large_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_value_too_large_hint: ((inputs?: Err_Gbdt_Value_Too_Large_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Value_Too_Large_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "training, row {row} of its features" |
*
* @param {Err_Gbdt_Where_Training_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_where_training_row: ((inputs: Err_Gbdt_Where_Training_RowInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Where_Training_RowInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "validation, row {row} of its features" |
*
* @param {Err_Gbdt_Where_Validation_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_where_validation_row: ((inputs: Err_Gbdt_Where_Validation_RowInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Where_Validation_RowInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Every training row has weight 0, so there is nothing to learn from." |
*
* @param {Err_Gbdt_Zero_WeightsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_zero_weights: ((inputs?: Err_Gbdt_Zero_WeightsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Zero_WeightsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Give the classes present in the training rows a weight above 0." |
*
* @param {Err_Gbdt_Zero_Weights_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_gbdt_zero_weights_hint: ((inputs?: Err_Gbdt_Zero_Weights_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Gbdt_Zero_Weights_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The column \"{name}\" is not in the table." |
*
* @param {Err_Importance_Unknown_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_importance_unknown_column: ((inputs: Err_Importance_Unknown_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Importance_Unknown_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "permutation importance" |
*
* @param {Err_Importance_WhereInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_importance_where: ((inputs?: Err_Importance_WhereInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Importance_WhereInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Enter a finite number as the constant." |
*
* @param {Err_Impute_Constant_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_impute_constant_hint: ((inputs?: Err_Impute_Constant_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Impute_Constant_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The fill value for \"{name}\" is not a number." |
*
* @param {Err_Impute_Constant_Not_NumberInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_impute_constant_not_number: ((inputs: Err_Impute_Constant_Not_NumberInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Impute_Constant_Not_NumberInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Something went wrong inside Faro: {error}" |
*
* @param {Err_InternalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_internal: ((inputs: Err_InternalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_InternalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This is a bug; the console has the details." |
*
* @param {Err_Internal_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_internal_hint: ((inputs?: Err_Internal_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Internal_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cancelled." |
*
* @param {Err_Llm_CancelledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_llm_cancelled: ((inputs?: Err_Llm_CancelledInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Llm_CancelledInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Got {descriptions} descriptions for {rows} rows." |
*
* @param {Err_Llm_Description_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_llm_description_count: ((inputs: Err_Llm_Description_CountInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Llm_Description_CountInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cannot append feature rows with different features." |
*
* @param {Err_Matrix_Different_FeaturesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_matrix_different_features: ((inputs?: Err_Matrix_Different_FeaturesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Matrix_Different_FeaturesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model setting \"{field}\" must be null or a list of non-negative numbers, one per class, not all 0." |
*
* @param {Err_Model_Setting_Class_WeightsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_class_weights: ((inputs: Err_Model_Setting_Class_WeightsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_Class_WeightsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model setting \"{field}\" must be a number from 0 to 0.95." |
*
* @param {Err_Model_Setting_DropoutInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_dropout: ((inputs: Err_Model_Setting_DropoutInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_DropoutInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model setting \"{field}\" must be a list of whole numbers from 1 to 4096." |
*
* @param {Err_Model_Setting_Hidden_UnitsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_hidden_units: ((inputs: Err_Model_Setting_Hidden_UnitsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_Hidden_UnitsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Fix the value in the model settings, or reset them to the defaults." |
*
* @param {Err_Model_Setting_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_hint: ((inputs?: Err_Model_Setting_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model setting \"{field}\" must be a number from 0 to 10." |
*
* @param {Err_Model_Setting_L2Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_l2: ((inputs: Err_Model_Setting_L2Inputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_L2Inputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model setting \"{field}\" must be at most 8 layers." |
*
* @param {Err_Model_Setting_LayersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_layers: ((inputs: Err_Model_Setting_LayersInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_LayersInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model setting \"{field}\" must be a positive number up to 10." |
*
* @param {Err_Model_Setting_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_learning_rate: ((inputs: Err_Model_Setting_Learning_RateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_Learning_RateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model setting \"{field}\" must be empty (no limit) or a whole number from 1 to 64." |
*
* @param {Err_Model_Setting_Max_DepthInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_max_depth: ((inputs: Err_Model_Setting_Max_DepthInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_Max_DepthInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model setting \"{field}\" must be a whole number from 1 to 1,000,000." |
*
* @param {Err_Model_Setting_Min_LeafInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_min_leaf: ((inputs: Err_Model_Setting_Min_LeafInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_Min_LeafInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model setting \"{field}\" must be an object of model settings." |
*
* @param {Err_Model_Setting_ObjectInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_object: ((inputs: Err_Model_Setting_ObjectInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_ObjectInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model setting \"{field}\" must be one of {choices}." |
*
* @param {Err_Model_Setting_One_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_one_of: ((inputs: Err_Model_Setting_One_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_One_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model setting \"{field}\" must be \"adam\" (or absent) for this family: L-BFGS fits logistic regression only." |
*
* @param {Err_Model_Setting_Solver_FamilyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_solver_family: ((inputs: Err_Model_Setting_Solver_FamilyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_Solver_FamilyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model setting \"{field}\" must be the tree settings (leaves, depth, leaf size, bins)." |
*
* @param {Err_Model_Setting_TreesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_trees: ((inputs: Err_Model_Setting_TreesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_TreesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model setting \"{field}\" must be a whole number from {min} to {max}." |
*
* @param {Err_Model_Setting_Whole_RangeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_model_setting_whole_range: ((inputs: Err_Model_Setting_Whole_RangeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Model_Setting_Whole_RangeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "No column is used as a feature." |
*
* @param {Err_No_FeaturesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_no_features: ((inputs?: Err_No_FeaturesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_No_FeaturesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Set the role of at least one column (other than the target) to \"feature\"." |
*
* @param {Err_No_Features_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_no_features_hint: ((inputs?: Err_No_Features_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_No_Features_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The data to score lacks the column the model needs: {columns}." |
*
* @param {Err_Predict_Missing_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_predict_missing_column: ((inputs: Err_Predict_Missing_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Predict_Missing_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The data to score lacks {count} columns the model needs: {columns}." |
*
* @param {Err_Predict_Missing_ColumnsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_predict_missing_columns: ((inputs: Err_Predict_Missing_ColumnsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Predict_Missing_ColumnsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use a file with the same column names as the training data (extra columns are fine)." |
*
* @param {Err_Predict_Missing_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_predict_missing_hint: ((inputs?: Err_Predict_Missing_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Predict_Missing_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model reads these columns as numbers, but most values are not: {columns}." |
*
* @param {Err_Predict_Wrong_KindInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_predict_wrong_kind: ((inputs: Err_Predict_Wrong_KindInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Predict_Wrong_KindInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Check that the columns hold the same kind of values as in the training data." |
*
* @param {Err_Predict_Wrong_Kind_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_predict_wrong_kind_hint: ((inputs?: Err_Predict_Wrong_Kind_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Predict_Wrong_Kind_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model reads this column as numbers, but most values are not: \"{name}\" (e.g. \"{example}\")." |
*
* @param {Err_Predict_Wrong_Kind_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_predict_wrong_kind_one: ((inputs: Err_Predict_Wrong_Kind_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Predict_Wrong_Kind_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The prompt is empty." |
*
* @param {Err_Prompt_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_prompt_empty: ((inputs?: Err_Prompt_EmptyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Prompt_EmptyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Restore the default prompt." |
*
* @param {Err_Prompt_Empty_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_prompt_empty_hint: ((inputs?: Err_Prompt_Empty_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Prompt_Empty_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Give at least two label choices, separated by commas." |
*
* @param {Err_Prompt_Few_LabelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_prompt_few_labels: ((inputs?: Err_Prompt_Few_LabelsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Prompt_Few_LabelsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "For example: stable, risky" |
*
* @param {Err_Prompt_Few_Labels_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_prompt_few_labels_hint: ((inputs?: Err_Prompt_Few_Labels_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Prompt_Few_Labels_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The label \"{label}…\" is longer than 40 characters." |
*
* @param {Err_Prompt_Long_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_prompt_long_label: ((inputs: Err_Prompt_Long_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Prompt_Long_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use short labels: they become the levels of a categorical feature." |
*
* @param {Err_Prompt_Long_Label_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_prompt_long_label_hint: ((inputs?: Err_Prompt_Long_Label_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Prompt_Long_Label_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The prompt names columns that the describer cannot see: {placeholders}." |
*
* @param {Err_Prompt_Unknown_ColumnsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_prompt_unknown_columns: ((inputs: Err_Prompt_Unknown_ColumnsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Prompt_Unknown_ColumnsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use one of: {columns}." |
*
* @param {Err_Prompt_Use_Columns_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_prompt_use_columns_hint: ((inputs: Err_Prompt_Use_Columns_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Prompt_Use_Columns_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "prompt" |
*
* @param {Err_Prompt_WhereInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_prompt_where: ((inputs?: Err_Prompt_WhereInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Prompt_WhereInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "label choices" |
*
* @param {Err_Prompt_Where_LabelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_prompt_where_labels: ((inputs?: Err_Prompt_Where_LabelsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Prompt_Where_LabelsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This tree model does not carry the node counts that per-row reasons need." |
*
* @param {Err_Reasons_No_CoversInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_reasons_no_covers: ((inputs?: Err_Reasons_No_CoversInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Reasons_No_CoversInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Train the run again with this Faro: its model files carry them." |
*
* @param {Err_Reasons_No_Covers_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_reasons_no_covers_hint: ((inputs?: Err_Reasons_No_Covers_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Reasons_No_Covers_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This model file was written before Faro stored what per-row reasons need." |
*
* @param {Err_Reasons_UnavailableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_reasons_unavailable: ((inputs?: Err_Reasons_UnavailableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Reasons_UnavailableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Train the run again with this Faro, then download its model again." |
*
* @param {Err_Reasons_Unavailable_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_reasons_unavailable_hint: ((inputs?: Err_Reasons_Unavailable_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Reasons_Unavailable_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The data lacks the column {columns}." |
*
* @param {Err_Recipe_Lacks_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_recipe_lacks_column: ((inputs: Err_Recipe_Lacks_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Recipe_Lacks_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The data lacks the columns {columns}." |
*
* @param {Err_Recipe_Lacks_ColumnsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_recipe_lacks_columns: ((inputs: Err_Recipe_Lacks_ColumnsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Recipe_Lacks_ColumnsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use a file with the same columns as the training data." |
*
* @param {Err_Recipe_Lacks_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_recipe_lacks_hint: ((inputs?: Err_Recipe_Lacks_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Recipe_Lacks_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Run {id} is no longer stored." |
*
* @param {Err_Runs_Db_GoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_db_gone: ((inputs: Err_Runs_Db_GoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Db_GoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The tab was closed or reloaded while this run was training." |
*
* @param {Err_Runs_Db_InterruptedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_db_interrupted: ((inputs?: Err_Runs_Db_InterruptedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Db_InterruptedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Train it again: the settings are kept." |
*
* @param {Err_Runs_Db_Interrupted_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_db_interrupted_hint: ((inputs?: Err_Runs_Db_Interrupted_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Db_Interrupted_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The run \"{name}\" has no model to remove: it is cancelled." |
*
* @param {Err_Runs_Db_No_Model_CancelledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_db_no_model_cancelled: ((inputs: Err_Runs_Db_No_Model_CancelledInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Db_No_Model_CancelledInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The run \"{name}\" has no model to remove: it is done." |
*
* @param {Err_Runs_Db_No_Model_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_db_no_model_done: ((inputs: Err_Runs_Db_No_Model_DoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Db_No_Model_DoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The run \"{name}\" has no model to remove: it is failed." |
*
* @param {Err_Runs_Db_No_Model_FailedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_db_no_model_failed: ((inputs: Err_Runs_Db_No_Model_FailedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Db_No_Model_FailedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Delete the run instead to free its space." |
*
* @param {Err_Runs_Db_No_Model_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_db_no_model_hint: ((inputs?: Err_Runs_Db_No_Model_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Db_No_Model_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The run \"{name}\" has no model to remove: it is interrupted." |
*
* @param {Err_Runs_Db_No_Model_InterruptedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_db_no_model_interrupted: ((inputs: Err_Runs_Db_No_Model_InterruptedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Db_No_Model_InterruptedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The run \"{name}\" has no model to remove: it is running." |
*
* @param {Err_Runs_Db_No_Model_RunningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_db_no_model_running: ((inputs: Err_Runs_Db_No_Model_RunningInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Db_No_Model_RunningInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "run \"{name}\"" |
*
* @param {Err_Runs_Db_Where_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_db_where_run: ((inputs: Err_Runs_Db_Where_RunInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Db_Where_RunInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Run {file}, run {index} is marked done but has no result." |
*
* @param {Err_Runs_Import_Done_No_ResultInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_import_done_no_result: ((inputs: Err_Runs_Import_Done_No_ResultInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Import_Done_No_ResultInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Export the runs again from Faro (Runs → Export selected)." |
*
* @param {Err_Runs_Import_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_import_hint: ((inputs?: Err_Runs_Import_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Import_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Run {file}, run {index} has no \"{field}\"." |
*
* @param {Err_Runs_Import_Missing_FieldInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_import_missing_field: ((inputs: Err_Runs_Import_Missing_FieldInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Import_Missing_FieldInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{file} was exported by a newer Faro (version {version}); this Faro reads version {supported}." |
*
* @param {Err_Runs_Import_NewerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_import_newer: ((inputs: Err_Runs_Import_NewerInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Import_NewerInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{file} has no \"runs\" list." |
*
* @param {Err_Runs_Import_No_RunsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_import_no_runs: ((inputs: Err_Runs_Import_No_RunsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Import_No_RunsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is not a Faro runs export: it is not JSON." |
*
* @param {Err_Runs_Import_Not_JsonInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_import_not_json: ((inputs: Err_Runs_Import_Not_JsonInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Import_Not_JsonInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Run {file}, run {index} is not an object." |
*
* @param {Err_Runs_Import_Not_ObjectInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_import_not_object: ((inputs: Err_Runs_Import_Not_ObjectInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Import_Not_ObjectInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{file}, run {index}.{field}" |
*
* @param {Err_Runs_Import_Where_FieldInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_import_where_field: ((inputs: Err_Runs_Import_Where_FieldInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Import_Where_FieldInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{file}, run {index}" |
*
* @param {Err_Runs_Import_Where_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_import_where_run: ((inputs: Err_Runs_Import_Where_RunInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Import_Where_RunInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is not a Faro runs export (\"format\" is not \"{format}\")." |
*
* @param {Err_Runs_Import_Wrong_FormatInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_import_wrong_format: ((inputs: Err_Runs_Import_Wrong_FormatInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Import_Wrong_FormatInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A model file (.faro-model.json) is loaded on the Predict screen instead." |
*
* @param {Err_Runs_Import_Wrong_Format_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_runs_import_wrong_format_hint: ((inputs?: Err_Runs_Import_Wrong_Format_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Runs_Import_Wrong_Format_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cancelled." |
*
* @param {Err_Search_CancelledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_search_cancelled: ((inputs?: Err_Search_CancelledInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Search_CancelledInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The search ran out of time." |
*
* @param {Err_Search_Out_Of_TimeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_search_out_of_time: ((inputs?: Err_Search_Out_Of_TimeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Search_Out_Of_TimeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose one of: {choices}." |
*
* @param {Err_Settings_Choose_One_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_settings_choose_one_of: ((inputs: Err_Settings_Choose_One_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Settings_Choose_One_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the column to predict before training." |
*
* @param {Err_Settings_No_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_settings_no_target: ((inputs?: Err_Settings_No_TargetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Settings_No_TargetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pick the target on the Data screen." |
*
* @param {Err_Settings_No_Target_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_settings_no_target_hint: ((inputs?: Err_Settings_No_Target_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Settings_No_Target_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The positive class \"{label}\" is not a class of \"{name}\"." |
*
* @param {Err_Signal_Positive_Not_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_signal_positive_not_class: ((inputs: Err_Signal_Positive_Not_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Signal_Positive_Not_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose one of: {labels}." |
*
* @param {Err_Signal_Positive_Not_Class_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_signal_positive_not_class_hint: ((inputs: Err_Signal_Positive_Not_Class_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Signal_Positive_Not_Class_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "There is nothing to tell apart: pick another target." |
*
* @param {Err_Signal_Single_Class_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_signal_single_class_hint: ((inputs?: Err_Signal_Single_Class_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Signal_Single_Class_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The target \"{name}\" has {count} classes." |
*
* @param {Err_Signal_Too_Many_ClassesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_signal_too_many_classes: ((inputs: Err_Signal_Too_Many_ClassesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Signal_Too_Many_ClassesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The signal screen handles up to {max} classes: pick a categorical target." |
*
* @param {Err_Signal_Too_Many_Classes_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_signal_too_many_classes_hint: ((inputs: Err_Signal_Too_Many_Classes_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Signal_Too_Many_Classes_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The solver failed in iteration {iteration}: the loss is no longer a number." |
*
* @param {Err_Solver_DivergedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_solver_diverged: ((inputs: Err_Solver_DivergedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Solver_DivergedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Scale the numeric columns (standard scaling), or raise the L2 penalty." |
*
* @param {Err_Solver_Diverged_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_solver_diverged_hint: ((inputs?: Err_Solver_Diverged_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Solver_Diverged_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{feature}\" uses the column \"{name}\", which is not in the data." |
*
* @param {Err_Spec_Column_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_spec_column_missing: ((inputs: Err_Spec_Column_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Spec_Column_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pick another column." |
*
* @param {Err_Spec_Column_Missing_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_spec_column_missing_hint: ((inputs?: Err_Spec_Column_Missing_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Spec_Column_Missing_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The name \"{name}\" is already used by another column or feature." |
*
* @param {Err_Spec_Name_TakenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_spec_name_taken: ((inputs: Err_Spec_Name_TakenInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Spec_Name_TakenInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose another name." |
*
* @param {Err_Spec_Name_Taken_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_spec_name_taken_hint: ((inputs?: Err_Spec_Name_Taken_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Spec_Name_Taken_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{feature}\" needs a date column, but \"{name}\" is {actual}." |
*
* @param {Err_Spec_Needs_DateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_spec_needs_date: ((inputs: Err_Spec_Needs_DateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Spec_Needs_DateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pick a date column, or change the kind of \"{name}\"." |
*
* @param {Err_Spec_Needs_Date_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_spec_needs_date_hint: ((inputs: Err_Spec_Needs_Date_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Spec_Needs_Date_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{feature}\" needs a numeric column, but \"{name}\" is {actual}." |
*
* @param {Err_Spec_Needs_NumericInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_spec_needs_numeric: ((inputs: Err_Spec_Needs_NumericInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Spec_Needs_NumericInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pick a numeric column, or change the kind of \"{name}\"." |
*
* @param {Err_Spec_Needs_Numeric_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_spec_needs_numeric_hint: ((inputs: Err_Spec_Needs_Numeric_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Spec_Needs_Numeric_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A new feature has no name." |
*
* @param {Err_Spec_No_NameInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_spec_no_name: ((inputs?: Err_Spec_No_NameInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Spec_No_NameInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Give it a name." |
*
* @param {Err_Spec_No_Name_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_spec_no_name_hint: ((inputs?: Err_Spec_No_Name_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Spec_No_Name_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{name}\" has an unknown operation \"{op}\"." |
*
* @param {Err_Spec_Unknown_OpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_spec_unknown_op: ((inputs: Err_Spec_Unknown_OpInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Spec_Unknown_OpInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use ratio, difference or product." |
*
* @param {Err_Spec_Unknown_Op_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_spec_unknown_op_hint: ((inputs?: Err_Spec_Unknown_Op_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Spec_Unknown_Op_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Every row has \"{name}\" = \"{value}\": no rows are left for training and validation." |
*
* @param {Err_Split_All_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_all_test: ((inputs: Err_Split_All_TestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_All_TestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a value that marks only the rows to test on." |
*
* @param {Err_Split_All_Test_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_all_test_hint: ((inputs?: Err_Split_All_Test_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_All_Test_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The training share must be above 0 and the validation share at least 0." |
*
* @param {Err_Split_Bad_SharesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_bad_shares: ((inputs?: Err_Split_Bad_SharesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Bad_SharesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "For example 0.7 / 0.15 (the test share is ignored)." |
*
* @param {Err_Split_Bad_Shares_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_bad_shares_hint: ((inputs?: Err_Split_Bad_Shares_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Bad_Shares_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{value}\" does not say which rows to test on." |
*
* @param {Err_Split_Bad_Test_Column_ArgInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_bad_test_column_arg: ((inputs: Err_Split_Bad_Test_Column_ArgInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Bad_Test_Column_ArgInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Write the column and the value that marks the test rows, for example holdout=test." |
*
* @param {Err_Split_Bad_Test_Column_Arg_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_bad_test_column_arg_hint: ((inputs?: Err_Split_Bad_Test_Column_Arg_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Bad_Test_Column_Arg_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The test rows have no \"{label}\" row, though the training rows do: the test metrics could not score that class." |
*
* @param {Err_Split_Class_Not_In_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_class_not_in_test: ((inputs: Err_Split_Class_Not_In_TestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Class_Not_In_TestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose test rows that include every class of the target (add some \"{label}\" rows)." |
*
* @param {Err_Split_Class_Not_In_Test_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_class_not_in_test_hint: ((inputs: Err_Split_Class_Not_In_Test_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Class_Not_In_Test_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Keep more \"{label}\" rows out of the test rows, or remove that class." |
*
* @param {Err_Split_Class_Too_Small_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_class_too_small_hint: ((inputs: Err_Split_Class_Too_Small_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Class_Too_Small_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Outside the test rows, the class \"{label}\" has {count} row; training and validation need at least 2." |
*
* @param {Err_Split_Class_Too_Small_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_class_too_small_one: ((inputs: Err_Split_Class_Too_Small_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Class_Too_Small_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Outside the test rows, the class \"{label}\" has {count} rows; training and validation need at least 2." |
*
* @param {Err_Split_Class_Too_Small_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_class_too_small_other: ((inputs: Err_Split_Class_Too_Small_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Class_Too_Small_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "No row has \"{name}\" = \"{value}\", so there would be no test rows." |
*
* @param {Err_Split_No_Test_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_no_test_rows: ((inputs: Err_Split_No_Test_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_No_Test_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{name}\" is empty in every row with a target: choose another column." |
*
* @param {Err_Split_No_Test_Rows_Hint_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_no_test_rows_hint_empty: ((inputs: Err_Split_No_Test_Rows_Hint_EmptyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_No_Test_Rows_Hint_EmptyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Values must match exactly (case matters). \"{name}\" has: {values}." |
*
* @param {Err_Split_No_Test_Rows_Hint_ValuesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_no_test_rows_hint_values: ((inputs: Err_Split_No_Test_Rows_Hint_ValuesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_No_Test_Rows_Hint_ValuesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The target column \"{name}\" is not in the data." |
*
* @param {Err_Split_Target_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_target_missing: ((inputs: Err_Split_Target_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Target_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pick the target again on the Data screen." |
*
* @param {Err_Split_Target_Missing_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_target_missing_hint: ((inputs?: Err_Split_Target_Missing_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Target_Missing_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The column \"{name}\" marks the test rows, so it cannot also be a feature: the model would learn which rows are tested." |
*
* @param {Err_Split_Test_Column_Is_FeatureInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_test_column_is_feature: ((inputs: Err_Split_Test_Column_Is_FeatureInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Test_Column_Is_FeatureInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Set the role of \"{name}\" to \"ignore\"." |
*
* @param {Err_Split_Test_Column_Is_Feature_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_test_column_is_feature_hint: ((inputs: Err_Split_Test_Column_Is_Feature_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Test_Column_Is_Feature_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The test rows cannot be chosen by the target \"{name}\" itself." |
*
* @param {Err_Split_Test_Column_Is_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_test_column_is_target: ((inputs: Err_Split_Test_Column_Is_TargetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Test_Column_Is_TargetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose another column that marks the test rows (for example \"holdout\")." |
*
* @param {Err_Split_Test_Column_Is_Target_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_test_column_is_target_hint: ((inputs?: Err_Split_Test_Column_Is_Target_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Test_Column_Is_Target_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The test-rows column \"{name}\" is not in the data." |
*
* @param {Err_Split_Test_Column_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_test_column_missing: ((inputs: Err_Split_Test_Column_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Test_Column_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the column that marks the test rows again, or use a random test share." |
*
* @param {Err_Split_Test_Column_Missing_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_test_column_missing_hint: ((inputs?: Err_Split_Test_Column_Missing_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Test_Column_Missing_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the value of \"{name}\" that marks the test rows." |
*
* @param {Err_Split_Test_Value_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_test_value_missing: ((inputs: Err_Split_Test_Value_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Test_Value_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "For example \"test\" or \"2024\"." |
*
* @param {Err_Split_Test_Value_Missing_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_test_value_missing_hint: ((inputs?: Err_Split_Test_Value_Missing_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Test_Value_Missing_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "target class \"{name}\"" |
*
* @param {Err_Split_Where_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_where_class: ((inputs: Err_Split_Where_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Where_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "test rows: \"{name}\" = \"{value}\"" |
*
* @param {Err_Split_Where_Test_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_split_where_test_rows: ((inputs: Err_Split_Where_Test_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Split_Where_Test_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The browser refused to store more data: {error}" |
*
* @param {Err_Storage_QuotaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_storage_quota: ((inputs: Err_Storage_QuotaInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Storage_QuotaInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Delete old datasets or runs to free space." |
*
* @param {Err_Storage_Quota_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_storage_quota_hint: ((inputs?: Err_Storage_Quota_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Storage_Quota_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Row {row} has class code {code}, outside 0..{max}." |
*
* @param {Err_Stratify_Bad_Class_CodeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_stratify_bad_class_code: ((inputs: Err_Stratify_Bad_Class_CodeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Stratify_Bad_Class_CodeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The split fractions must be non-negative, with training above 0, and add up to 1." |
*
* @param {Err_Stratify_Bad_FractionsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_stratify_bad_fractions: ((inputs?: Err_Stratify_Bad_FractionsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Stratify_Bad_FractionsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "For example 0.7 / 0.15 / 0.15." |
*
* @param {Err_Stratify_Bad_Fractions_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_stratify_bad_fractions_hint: ((inputs?: Err_Stratify_Bad_Fractions_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Stratify_Bad_Fractions_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Remove its rows, merge it with another class, or add rows." |
*
* @param {Err_Stratify_Class_Too_Small_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_stratify_class_too_small_hint: ((inputs?: Err_Stratify_Class_Too_Small_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Stratify_Class_Too_Small_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The class \"{name}\" has {count} row; every class needs at least 2 (3 to appear in training, validation and test)." |
*
* @param {Err_Stratify_Class_Too_Small_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_stratify_class_too_small_one: ((inputs: Err_Stratify_Class_Too_Small_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Stratify_Class_Too_Small_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The class \"{name}\" has {count} rows; every class needs at least 2 (3 to appear in training, validation and test)." |
*
* @param {Err_Stratify_Class_Too_Small_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_stratify_class_too_small_other: ((inputs: Err_Stratify_Class_Too_Small_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Stratify_Class_Too_Small_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The target \"{name}\" has no values." |
*
* @param {Err_Target_No_ValuesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_target_no_values: ((inputs: Err_Target_No_ValuesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Target_No_ValuesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pick a column that is filled in." |
*
* @param {Err_Target_No_Values_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_target_no_values_hint: ((inputs?: Err_Target_No_Values_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Target_No_Values_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The target \"{name}\" is not a column of this dataset." |
*
* @param {Err_Target_Not_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_target_not_column: ((inputs: Err_Target_Not_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Target_Not_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pick the target again." |
*
* @param {Err_Target_Not_Column_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_target_not_column_hint: ((inputs?: Err_Target_Not_Column_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Target_Not_Column_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The target \"{name}\" has one class (\"{label}\")." |
*
* @param {Err_Target_Single_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_target_single_class: ((inputs: Err_Target_Single_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Target_Single_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A classifier needs at least two classes: pick another target, or add rows of another class." |
*
* @param {Err_Target_Single_Class_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_target_single_class_hint: ((inputs?: Err_Target_Single_Class_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Target_Single_Class_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The target \"{name}\" has {count} classes; Faro handles at most {max}." |
*
* @param {Err_Target_Too_Many_ClassesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_target_too_many_classes: ((inputs: Err_Target_Too_Many_ClassesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Target_Too_Many_ClassesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Pick a column with fewer distinct values (an id or a measurement is not a class), or group its values first." |
*
* @param {Err_Target_Too_Many_Classes_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_target_too_many_classes_hint: ((inputs?: Err_Target_Too_Many_Classes_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Target_Too_Many_Classes_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The target \"{name}\" has the unknown class \"{value}\"." |
*
* @param {Err_Target_Unknown_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_target_unknown_class: ((inputs: Err_Target_Unknown_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Target_Unknown_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model knows only: {labels}." |
*
* @param {Err_Target_Unknown_Class_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_target_unknown_class_hint: ((inputs: Err_Target_Unknown_Class_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Target_Unknown_Class_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The maximum document frequency {value} is not valid." |
*
* @param {Err_Tfidf_Max_DfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_tfidf_max_df: ((inputs: Err_Tfidf_Max_DfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Tfidf_Max_DfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use a fraction up to 1 or a count above 1." |
*
* @param {Err_Tfidf_Max_Df_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_tfidf_max_df_hint: ((inputs?: Err_Tfidf_Max_Df_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Tfidf_Max_Df_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The vocabulary cap {value} is not valid." |
*
* @param {Err_Tfidf_Max_FeaturesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_tfidf_max_features: ((inputs: Err_Tfidf_Max_FeaturesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Tfidf_Max_FeaturesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use a whole number of terms, at least 1, or no cap." |
*
* @param {Err_Tfidf_Max_Features_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_tfidf_max_features_hint: ((inputs?: Err_Tfidf_Max_Features_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Tfidf_Max_Features_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The minimum document frequency {value} is not valid." |
*
* @param {Err_Tfidf_Min_DfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_tfidf_min_df: ((inputs: Err_Tfidf_Min_DfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Tfidf_Min_DfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use a count (1, 2, …) or a fraction between 0 and 1." |
*
* @param {Err_Tfidf_Min_Df_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_tfidf_min_df_hint: ((inputs?: Err_Tfidf_Min_Df_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Tfidf_Min_Df_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The n-gram range [{min}, {max}] is not valid." |
*
* @param {Err_Tfidf_Ngram_RangeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_tfidf_ngram_range: ((inputs: Err_Tfidf_Ngram_RangeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Tfidf_Ngram_RangeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use whole numbers with 1 ≤ min ≤ max, e.g. [1, 2]." |
*
* @param {Err_Tfidf_Ngram_Range_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_tfidf_ngram_range_hint: ((inputs?: Err_Tfidf_Ngram_Range_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Tfidf_Ngram_Range_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The text settings keep terms in at least {low} and at most {high} documents: no term can pass." |
*
* @param {Err_Tfidf_No_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_tfidf_no_term: ((inputs: Err_Tfidf_No_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Tfidf_No_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Lower the minimum document frequency or raise the maximum." |
*
* @param {Err_Tfidf_No_Term_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_tfidf_no_term_hint: ((inputs?: Err_Tfidf_No_Term_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Tfidf_No_Term_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This is a bug; the console has the details." |
*
* @param {Err_Train_Bug_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_bug_hint: ((inputs?: Err_Train_Bug_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_Bug_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "There are {weights} class weights for {classes} classes." |
*
* @param {Err_Train_Class_Weights_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_class_weights_count: ((inputs: Err_Train_Class_Weights_CountInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_Class_Weights_CountInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Give one weight per class, or none." |
*
* @param {Err_Train_Class_Weights_Count_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_class_weights_count_hint: ((inputs?: Err_Train_Class_Weights_Count_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_Class_Weights_Count_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training diverged in epoch {epoch}: the loss is no longer a number." |
*
* @param {Err_Train_DivergedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_diverged: ((inputs: Err_Train_DivergedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_DivergedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Lower the learning rate, or scale the numeric columns (standard scaling)." |
*
* @param {Err_Train_Diverged_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_diverged_hint: ((inputs?: Err_Train_Diverged_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_Diverged_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The training or validation part has no rows." |
*
* @param {Err_Train_Empty_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_empty_part: ((inputs?: Err_Train_Empty_PartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_Empty_PartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use more rows, or give the validation part a larger fraction." |
*
* @param {Err_Train_Empty_Part_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_empty_part_hint: ((inputs?: Err_Train_Empty_Part_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_Empty_Part_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training received inconsistent data: {what}." |
*
* @param {Err_Train_InternalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_internal: ((inputs: Err_Train_InternalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_InternalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "There are no feature columns to learn from." |
*
* @param {Err_Train_No_FeaturesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_no_features: ((inputs?: Err_Train_No_FeaturesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_No_FeaturesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Set at least one column's role to \"feature\"." |
*
* @param {Err_Train_No_Features_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_no_features_hint: ((inputs?: Err_Train_No_Features_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_No_Features_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training needs at least 2 classes; got {count}." |
*
* @param {Err_Train_Single_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_single_class: ((inputs: Err_Train_Single_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_Single_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a target column with two or more values." |
*
* @param {Err_Train_Single_Class_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_single_class_hint: ((inputs?: Err_Train_Single_Class_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_Single_Class_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The positive class \"{label}\" is not a class of the target." |
*
* @param {Err_Train_Unknown_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_unknown_positive: ((inputs: Err_Train_Unknown_PositiveInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_Unknown_PositiveInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "learning rate {rate}" |
*
* @param {Err_Train_Where_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_where_learning_rate: ((inputs: Err_Train_Where_Learning_RateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_Where_Learning_RateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "train {train} rows, validation {validation} rows" |
*
* @param {Err_Train_Where_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_train_where_rows: ((inputs: Err_Train_Where_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Train_Where_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "a list" |
*
* @param {Err_Value_ListInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_value_list: ((inputs?: Err_Value_ListInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Value_ListInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "nothing" |
*
* @param {Err_Value_NothingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_value_nothing: ((inputs?: Err_Value_NothingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Value_NothingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "an object" |
*
* @param {Err_Value_ObjectInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_value_object: ((inputs?: Err_Value_ObjectInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Value_ObjectInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "balance input" |
*
* @param {Err_Where_Balance_InputInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_balance_input: ((inputs?: Err_Where_Balance_InputInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_Balance_InputInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "balance ratio" |
*
* @param {Err_Where_Balance_RatioInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_balance_ratio: ((inputs?: Err_Where_Balance_RatioInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_Balance_RatioInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "balance {name}" |
*
* @param {Err_Where_Balance_SettingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_balance_setting: ((inputs: Err_Where_Balance_SettingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_Balance_SettingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "categorical column {index}" |
*
* @param {Err_Where_Categorical_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_categorical_column: ((inputs: Err_Where_Categorical_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_Categorical_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "class {index}" |
*
* @param {Err_Where_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_class: ((inputs: Err_Where_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "class weights" |
*
* @param {Err_Where_Class_WeightsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_class_weights: ((inputs?: Err_Where_Class_WeightsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_Class_WeightsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "dataset {id}" |
*
* @param {Err_Where_DatasetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_dataset: ((inputs: Err_Where_DatasetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_DatasetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{file}, byte {byte}" |
*
* @param {Err_Where_File_ByteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_file_byte: ((inputs: Err_Where_File_ByteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_File_ByteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{file}, line {line}" |
*
* @param {Err_Where_File_LineInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_file_line: ((inputs: Err_Where_File_LineInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_File_LineInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{file}, line {line}, column {column}" |
*
* @param {Err_Where_File_Line_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_file_line_column: ((inputs: Err_Where_File_Line_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_File_Line_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "line {line}, column {column} (character {position})" |
*
* @param {Err_Where_Json_PositionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_json_position: ((inputs: Err_Where_Json_PositionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_Json_PositionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "row {row}" |
*
* @param {Err_Where_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_row: ((inputs: Err_Where_RowInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_RowInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "the rows to score" |
*
* @param {Err_Where_Rows_To_ScoreInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_rows_to_score: ((inputs?: Err_Where_Rows_To_ScoreInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_Rows_To_ScoreInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "run \"{name}\"" |
*
* @param {Err_Where_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_run: ((inputs: Err_Where_RunInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_RunInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "the table to score" |
*
* @param {Err_Where_Table_To_ScoreInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_table_to_score: ((inputs?: Err_Where_Table_To_ScoreInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_Table_To_ScoreInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "threshold costs" |
*
* @param {Err_Where_Threshold_CostsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_threshold_costs: ((inputs?: Err_Where_Threshold_CostsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_Threshold_CostsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "the whole file" |
*
* @param {Err_Where_Whole_FileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_whole_file: ((inputs?: Err_Where_Whole_FileInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_Whole_FileInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "widths {a} and {b}" |
*
* @param {Err_Where_WidthsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const err_where_widths: ((inputs: Err_Where_WidthsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Where_WidthsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {Error_DismissInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const error_dismiss: ((inputs?: Error_DismissInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_DismissInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Where: {where}" |
*
* @param {Error_WhereInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const error_where: ((inputs: Error_WhereInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_WhereInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A weighted average of several trials' predictions, chosen on out-of-fold scores; often better than any single model." |
*
* @param {Glossary_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_blend: ((inputs?: Glossary_BlendInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_BlendInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Blend" |
*
* @param {Glossary_Blend_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_blend_term: ((inputs?: Glossary_Blend_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Blend_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A SMOTE variant that only creates synthetic rows around rare-class rows lying near the other class, where the model most needs help." |
*
* @param {Glossary_BorderlineInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_borderline: ((inputs?: Glossary_BorderlineInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_BorderlineInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Borderline-1" |
*
* @param {Glossary_Borderline_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_borderline_term: ((inputs?: Glossary_Borderline_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Borderline_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Close" |
*
* @param {Glossary_CloseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_close: ((inputs?: Glossary_CloseInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_CloseInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The strength of association between a categorical column and the target, from 0 (none) to 1 (the column decides the target)." |
*
* @param {Glossary_CramerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_cramer: ((inputs?: Glossary_CramerInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_CramerInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cramér's V" |
*
* @param {Glossary_Cramer_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_cramer_term: ((inputs?: Glossary_Cramer_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Cramer_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training stops when the validation score has not improved for a few epochs, and the best weights are kept." |
*
* @param {Glossary_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_early_stopping: ((inputs?: Glossary_Early_StoppingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Early_StoppingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Early stopping" |
*
* @param {Glossary_Early_Stopping_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_early_stopping_term: ((inputs?: Glossary_Early_Stopping_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Early_Stopping_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The F1 score (balance of precision and recall) computed for each class separately and then averaged, so a rare class counts as much as a common one." |
*
* @param {Glossary_F1_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_f1_macro: ((inputs?: Glossary_F1_MacroInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_F1_MacroInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "F1 (macro)" |
*
* @param {Glossary_F1_Macro_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_f1_macro_term: ((inputs?: Glossary_F1_Macro_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_F1_Macro_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cross-validation splits the training rows into parts (folds); each fold is held out once while the model trains on the others, so every row is scored by a mo..." |
*
* @param {Glossary_FoldInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_fold: ((inputs?: Glossary_FoldInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_FoldInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Fold" |
*
* @param {Glossary_Fold_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_fold_term: ((inputs?: Glossary_Fold_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Fold_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "2 × ROC AUC − 1: 0 is a random ranking, 1 a perfect one. The usual figure in credit scoring." |
*
* @param {Glossary_GiniInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_gini: ((inputs?: Glossary_GiniInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_GiniInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Gini" |
*
* @param {Glossary_Gini_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_gini_term: ((inputs?: Glossary_Gini_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Gini_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "How well a column separates the classes, from its weight-of-evidence bins: below 0.02 no signal, 0.1–0.3 medium, above 0.5 suspiciously strong." |
*
* @param {Glossary_IvInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_iv: ((inputs?: Glossary_IvInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_IvInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Information Value" |
*
* @param {Glossary_Iv_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_iv_term: ((inputs?: Glossary_Iv_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Iv_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Kolmogorov–Smirnov statistic: the largest gap between the share of positives and the share of negatives captured below any score. Credit-risk teams use it to..." |
*
* @param {Glossary_KsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_ks: ((inputs?: Glossary_KsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_KsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "KS" |
*
* @param {Glossary_Ks_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_ks_term: ((inputs?: Glossary_Ks_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Ks_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A penalty on large weights. More L2 makes a simpler, steadier model that may miss fine detail; less lets it fit the training rows more closely." |
*
* @param {Glossary_L2Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_l2: ((inputs?: Glossary_L2Inputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_L2Inputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "L2" |
*
* @param {Glossary_L2_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_l2_term: ((inputs?: Glossary_L2_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_L2_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "How big a step training takes at each update. Too high and it jumps around; too low and it learns slowly." |
*
* @param {Glossary_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_learning_rate: ((inputs?: Glossary_Learning_RateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Learning_RateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Learning rate" |
*
* @param {Glossary_Learning_Rate_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_learning_rate_term: ((inputs?: Glossary_Learning_Rate_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Learning_Rate_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "What is “{term}”?" |
*
* @param {Glossary_OpenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_open: ((inputs: Glossary_OpenInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_OpenInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The area under the precision–recall curve (average precision). It tells more than ROC AUC when the positive class is rare." |
*
* @param {Glossary_Pr_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_pr_auc: ((inputs?: Glossary_Pr_AucInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Pr_AucInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "PR AUC" |
*
* @param {Glossary_Pr_Auc_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_pr_auc_term: ((inputs?: Glossary_Pr_Auc_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Pr_Auc_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Population Stability Index: how far the new data's distribution has moved from the training data's. Below 0.1 stable, 0.1–0.25 worth watching, above 0.25 shi..." |
*
* @param {Glossary_PsiInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_psi: ((inputs?: Glossary_PsiInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_PsiInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "PSI" |
*
* @param {Glossary_Psi_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_psi_term: ((inputs?: Glossary_Psi_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Psi_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The chance that a random positive row scores higher than a random negative one: 0.5 is guessing, 1.0 a perfect ranking." |
*
* @param {Glossary_Roc_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_roc_auc: ((inputs?: Glossary_Roc_AucInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Roc_AucInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "ROC AUC" |
*
* @param {Glossary_Roc_Auc_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_roc_auc_term: ((inputs?: Glossary_Roc_Auc_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Roc_Auc_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A step of successive halving: every trial gets a small budget, the best share moves up a rung with more epochs, until a few get the full budget." |
*
* @param {Glossary_RungInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_rung: ((inputs?: Glossary_RungInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_RungInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rung" |
*
* @param {Glossary_Rung_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_rung_term: ((inputs?: Glossary_Rung_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Rung_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Creates synthetic rows of a rare class by interpolating between a rare row and one of its nearest rare neighbours, so the model sees more of that class." |
*
* @param {Glossary_SmoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_smote: ((inputs?: Glossary_SmoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_SmoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "SMOTE" |
*
* @param {Glossary_Smote_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_smote_term: ((inputs?: Glossary_Smote_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Smote_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Turns text into numbers: how often a word appears in a row, weighted down when it appears in many rows." |
*
* @param {Glossary_TfidfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_tfidf: ((inputs?: Glossary_TfidfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_TfidfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "TF-IDF" |
*
* @param {Glossary_Tfidf_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_tfidf_term: ((inputs?: Glossary_Tfidf_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Tfidf_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Sensitivity + specificity − 1. The threshold with the largest J separates the two classes best, counting a missed positive and a false alarm as equally bad." |
*
* @param {Glossary_YoudenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_youden: ((inputs?: Glossary_YoudenInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_YoudenInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Youden's J" |
*
* @param {Glossary_Youden_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_youden_term: ((inputs?: Glossary_Youden_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Glossary_Youden_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Language_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const language_label: ((inputs?: Language_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Language_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Also ask for a label (a categorical feature)" |
*
* @param {Llm_Ask_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_ask_label: ((inputs?: Llm_Ask_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Ask_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model library URL (.wasm)" |
*
* @param {Llm_Custom_LibInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_custom_lib: ((inputs?: Llm_Custom_LibInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Custom_LibInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Remove" |
*
* @param {Llm_Custom_RemoveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_custom_remove: ((inputs?: Llm_Custom_RemoveInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Custom_RemoveInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use a model from your own server" |
*
* @param {Llm_Custom_SummaryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_custom_summary: ((inputs?: Llm_Custom_SummaryInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Custom_SummaryInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model URL (the MLC weights folder)" |
*
* @param {Llm_Custom_UrlInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_custom_url: ((inputs?: Llm_Custom_UrlInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Custom_UrlInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use this model" |
*
* @param {Llm_Custom_UseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_custom_use: ((inputs?: Llm_Custom_UseInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Custom_UseInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Describe with {model} ({vram} MB VRAM)" |
*
* @param {Llm_Describe_With_SmallerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_describe_with_smaller: ((inputs: Llm_Describe_With_SmallerInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Describe_With_SmallerInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Describer" |
*
* @param {Llm_DescriberInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_describer: ((inputs?: Llm_DescriberInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_DescriberInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "On-device LLM (WebGPU)" |
*
* @param {Llm_Describer_LlmInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_describer_llm: ((inputs?: Llm_Describer_LlmInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Describer_LlmInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Template sentences (instant, offline)" |
*
* @param {Llm_Describer_TemplateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_describer_template: ((inputs?: Llm_Describer_TemplateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Describer_TemplateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {Llm_DismissInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_dismiss: ((inputs?: Llm_DismissInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_DismissInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Downloads {size} from {hosts} — the only request that leaves this page. It takes {size} of browser storage, so the next load works offline." |
*
* @param {Llm_Download_NoticeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_download_notice: ((inputs: Llm_Download_NoticeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Download_NoticeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Faro could not fetch the on-device LLM's code: the network is off, or Faro was updated since this tab opened." |
*
* @param {Llm_Err_UnreachableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_err_unreachable: ((inputs?: Llm_Err_UnreachableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Err_UnreachableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Reload once online and Retry: after one use online the LLM also starts offline. The template describer works offline now." |
*
* @param {Llm_Err_Unreachable_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_err_unreachable_hint: ((inputs?: Llm_Err_Unreachable_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Err_Unreachable_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use the template describer: it needs no GPU." |
*
* @param {Llm_Err_Webgpu_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_err_webgpu_hint: ((inputs?: Llm_Err_Webgpu_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Err_Webgpu_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Generate descriptions" |
*
* @param {Llm_GenerateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_generate: ((inputs?: Llm_GenerateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_GenerateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "and" |
*
* @param {Llm_Hosts_AndInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_hosts_and: ((inputs?: Llm_Hosts_AndInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Hosts_AndInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Template sentences" |
*
* @param {Llm_Job_TemplateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_job_template: ((inputs?: Llm_Job_TemplateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Job_TemplateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Label choices (comma-separated)" |
*
* @param {Llm_Label_ChoicesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_label_choices: ((inputs?: Llm_Label_ChoicesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Label_ChoicesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Llm_LanguageInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_language: ((inputs?: Llm_LanguageInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_LanguageInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Loading model" |
*
* @param {Llm_Loading_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_loading_model: ((inputs?: Llm_Loading_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Loading_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model" |
*
* @param {Llm_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_model: ((inputs?: Llm_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{model} — {download} download, {vram}" |
*
* @param {Llm_Model_OptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_model_option: ((inputs: Llm_Model_OptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Model_OptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Open {name}" |
*
* @param {Llm_Open_DatasetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_open_dataset: ((inputs: Llm_Open_DatasetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Open_DatasetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "text column. Train on both datasets and compare." |
*
* @param {Llm_Panel_Intro_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_panel_intro_after: ((inputs?: Llm_Panel_Intro_AfterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Panel_Intro_AfterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Writes a short description of every row from its feature columns (never the target) into a new dataset with a" |
*
* @param {Llm_Panel_Intro_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_panel_intro_before: ((inputs?: Llm_Panel_Intro_BeforeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Panel_Intro_BeforeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Describe rows" |
*
* @param {Llm_Panel_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_panel_label: ((inputs?: Llm_Panel_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Panel_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Describe each row" |
*
* @param {Llm_Panel_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_panel_title: ((inputs?: Llm_Panel_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Panel_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | ")" |
*
* @param {Llm_Prompt_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_prompt_after: ((inputs?: Llm_Prompt_AfterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Prompt_AfterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Prompt ({count} fields as" |
*
* @param {Llm_Prompt_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_prompt_before: ((inputs: Llm_Prompt_BeforeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Prompt_BeforeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Checking WebGPU…" |
*
* @param {Llm_Reason_CheckingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_reason_checking: ((inputs?: Llm_Reason_CheckingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Reason_CheckingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The only WebGPU adapter is a software fallback (no real GPU): the model would take hours." |
*
* @param {Llm_Reason_FallbackInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_reason_fallback: ((inputs?: Llm_Reason_FallbackInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Reason_FallbackInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "WebGPU is present but found no GPU adapter (the GPU is blocked or disabled in this browser)." |
*
* @param {Llm_Reason_No_AdapterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_reason_no_adapter: ((inputs?: Llm_Reason_No_AdapterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Reason_No_AdapterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "No model fits this GPU." |
*
* @param {Llm_Reason_No_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_reason_no_model: ((inputs?: Llm_Reason_No_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Reason_No_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This browser has no WebGPU (navigator.gpu is missing): the on-device model cannot run here." |
*
* @param {Llm_Reason_No_WebgpuInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_reason_no_webgpu: ((inputs?: Llm_Reason_No_WebgpuInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Reason_No_WebgpuInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "WebGPU refused to give a GPU adapter ({why})." |
*
* @param {Llm_Reason_RefusedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_reason_refused: ((inputs: Llm_Reason_RefusedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Reason_RefusedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Restore default prompt" |
*
* @param {Llm_Restore_PromptInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_restore_prompt: ((inputs?: Llm_Restore_PromptInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Restore_PromptInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Resume" |
*
* @param {Llm_ResumeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_resume: ((inputs?: Llm_ResumeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_ResumeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Resuming needs {model}, which this browser does not offer now." |
*
* @param {Llm_Resume_Needs_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_resume_needs_model: ((inputs: Llm_Resume_Needs_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Resume_Needs_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Retry" |
*
* @param {Llm_RetryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_retry: ((inputs?: Llm_RetryInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_RetryInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "size unknown" |
*
* @param {Llm_Size_UnknownInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_size_unknown: ((inputs?: Llm_Size_UnknownInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Size_UnknownInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stopped after {done} of {total} rows." |
*
* @param {Llm_Stopped_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_stopped_after: ((inputs: Llm_Stopped_AfterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Stopped_AfterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Delete old runs or remove their models (Runs screen; each run shows its model’s size), or delete datasets (left panel), then try again. Nothing stored was ch..." |
*
* @param {Llm_Storage_Quota_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_storage_quota_hint: ((inputs?: Llm_Storage_Quota_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Storage_Quota_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{message} This browser holds {used} for Faro of {quota} allowed." |
*
* @param {Llm_Storage_Quota_SizesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_storage_quota_sizes: ((inputs: Llm_Storage_Quota_SizesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Storage_Quota_SizesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stored in the browser: {size}." |
*
* @param {Llm_Stored_In_BrowserInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_stored_in_browser: ((inputs: Llm_Stored_In_BrowserInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Stored_In_BrowserInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{rows} rows described: {cached} from the cache" |
*
* @param {Llm_Summary_DescribedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_summary_described: ((inputs: Llm_Summary_DescribedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Summary_DescribedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} written as template sentences" |
*
* @param {Llm_Summary_FallbacksInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_summary_fallbacks: ((inputs: Llm_Summary_FallbacksInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Summary_FallbacksInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} written as template sentences (the model's answer was missing or malformed)" |
*
* @param {Llm_Summary_Fallbacks_MalformedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_summary_fallbacks_malformed: ((inputs: Llm_Summary_Fallbacks_MalformedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Summary_Fallbacks_MalformedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} labelled" |
*
* @param {Llm_Summary_LabelledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_summary_labelled: ((inputs: Llm_Summary_LabelledInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Summary_LabelledInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "was describing {dataset}, after about {done} of {total} rows. The rows it finished are kept in the browser: resuming asks the model only for the rest." |
*
* @param {Llm_Unfinished_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_unfinished_after: ((inputs: Llm_Unfinished_AfterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Unfinished_AfterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The tab was closed or reloaded while" |
*
* @param {Llm_Unfinished_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_unfinished_before: ((inputs?: Llm_Unfinished_BeforeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Unfinished_BeforeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Describing was cut short." |
*
* @param {Llm_Unfinished_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_unfinished_title: ((inputs?: Llm_Unfinished_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Unfinished_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A new version of Faro is available" |
*
* @param {Llm_Update_AvailableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_update_available: ((inputs?: Llm_Update_AvailableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Update_AvailableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Later" |
*
* @param {Llm_Update_LaterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_update_later: ((inputs?: Llm_Update_LaterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Update_LaterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Reloading stops a run in progress; your datasets and finished runs are kept." |
*
* @param {Llm_Update_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_update_note: ((inputs?: Llm_Update_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Update_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Reload" |
*
* @param {Llm_Update_ReloadInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_update_reload: ((inputs?: Llm_Update_ReloadInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Update_ReloadInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use the template describer" |
*
* @param {Llm_Use_TemplateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_use_template: ((inputs?: Llm_Use_TemplateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Use_TemplateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{mb} MB VRAM" |
*
* @param {Llm_VramInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_vram: ((inputs: Llm_VramInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_VramInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "VRAM unknown" |
*
* @param {Llm_Vram_UnknownInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_vram_unknown: ((inputs?: Llm_Vram_UnknownInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Llm_Vram_UnknownInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Opening your stored datasets…" |
*
* @param {Opening_DatasetsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const opening_datasets: ((inputs?: Opening_DatasetsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Opening_DatasetsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "shifted" |
*
* @param {Predict_Band_ShiftedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_band_shifted: ((inputs?: Predict_Band_ShiftedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Band_ShiftedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "stable" |
*
* @param {Predict_Band_StableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_band_stable: ((inputs?: Predict_Band_StableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Band_StableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "watch" |
*
* @param {Predict_Band_WatchInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_band_watch: ((inputs?: Predict_Band_WatchInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Band_WatchInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "any value" |
*
* @param {Predict_Bin_AnyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bin_any: ((inputs?: Predict_Bin_AnyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Bin_AnyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "missing" |
*
* @param {Predict_Bin_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bin_missing: ((inputs?: Predict_Bin_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Bin_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "other" |
*
* @param {Predict_Bin_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bin_other: ((inputs?: Predict_Bin_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Bin_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "present" |
*
* @param {Predict_Bin_PresentInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bin_present: ((inputs?: Predict_Bin_PresentInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Bin_PresentInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Shares as bars" |
*
* @param {Predict_Bins_Col_BarsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_col_bars: ((inputs?: Predict_Bins_Col_BarsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Bins_Col_BarsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Bin" |
*
* @param {Predict_Bins_Col_BinInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_col_bin: ((inputs?: Predict_Bins_Col_BinInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Bins_Col_BinInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Change" |
*
* @param {Predict_Bins_Col_ChangeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_col_change: ((inputs?: Predict_Bins_Col_ChangeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Bins_Col_ChangeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "New" |
*
* @param {Predict_Bins_Col_NewInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_col_new: ((inputs?: Predict_Bins_Col_NewInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Bins_Col_NewInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training" |
*
* @param {Predict_Bins_Col_TrainingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_col_training: ((inputs?: Predict_Bins_Col_TrainingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Bins_Col_TrainingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "new rows. Shares of all rows; a bin empty in one of them counts as {floor} in the PSI." |
*
* @param {Predict_Bins_Legend_NewInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_legend_new: ((inputs: Predict_Bins_Legend_NewInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Bins_Legend_NewInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "training rows ·" |
*
* @param {Predict_Bins_Legend_TrainingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_legend_training: ((inputs?: Predict_Bins_Legend_TrainingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Bins_Legend_TrainingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Bins of {label}: training vs new" |
*
* @param {Predict_Bins_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_table: ((inputs: Predict_Bins_TableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Bins_TableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a CSV to score" |
*
* @param {Predict_Choose_CsvInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_choose_csv: ((inputs?: Predict_Choose_CsvInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Choose_CsvInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "1 · Choose a model" |
*
* @param {Predict_Choose_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_choose_model: ((inputs?: Predict_Choose_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Choose_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column and value" |
*
* @param {Predict_Col_Column_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_col_column_value: ((inputs?: Predict_Col_Column_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Col_Column_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Push" |
*
* @param {Predict_Col_PushInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_col_push: ((inputs?: Predict_Col_PushInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Col_PushInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Size" |
*
* @param {Predict_Col_SizeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_col_size: ((inputs?: Predict_Col_SizeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Col_SizeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Download predictions" |
*
* @param {Predict_DownloadInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_download: ((inputs?: Predict_DownloadInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_DownloadInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Every column is stable." |
*
* @param {Predict_Drift_All_StableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_all_stable: ((inputs?: Predict_Drift_All_StableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_All_StableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Bins of {column}" |
*
* @param {Predict_Drift_Bins_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_bins_of: ((inputs: Predict_Drift_Bins_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Bins_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Band" |
*
* @param {Predict_Drift_Col_BandInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_col_band: ((inputs?: Predict_Drift_Col_BandInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Col_BandInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Largest change" |
*
* @param {Predict_Drift_Col_ChangeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_col_change: ((inputs?: Predict_Drift_Col_ChangeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Col_ChangeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column" |
*
* @param {Predict_Drift_Col_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_col_column: ((inputs?: Predict_Drift_Col_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Col_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Predict_Drift_Col_KindInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_col_kind: ((inputs?: Predict_Drift_Col_KindInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Col_KindInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "How this is computed" |
*
* @param {Predict_Drift_HowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_how: ((inputs?: Predict_Drift_HowInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_HowInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "PSI = Σ (new share − training share) × ln(new share / training share) over the bins. Numeric and date columns: the training deciles (repeated edges dropped) ..." |
*
* @param {Predict_Drift_How_BodyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_how_body: ((inputs?: Predict_Drift_How_BodyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_How_BodyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Population Stability Index (PSI) of {file} ({rows} rows) against the data the model was trained on ({referenceRows} rows), in the training data's bins: < {wa..." |
*
* @param {Predict_Drift_IntroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_intro: ((inputs: Predict_Drift_IntroInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_IntroInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model's labels differ from its score profile's, so the score is not checked." |
*
* @param {Predict_Drift_Labels_DifferInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_labels_differ: ((inputs?: Predict_Drift_Labels_DifferInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Labels_DifferInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "· largest change {change}" |
*
* @param {Predict_Drift_Largest_ChangeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_largest_change: ((inputs: Predict_Drift_Largest_ChangeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Largest_ChangeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Moved most:" |
*
* @param {Predict_Drift_Moved_MostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_moved_most: ((inputs?: Predict_Drift_Moved_MostInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Moved_MostInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{column}\" has no training profile, so its stability is not checked." |
*
* @param {Predict_Drift_No_ProfileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_no_profile: ((inputs: Predict_Drift_No_ProfileInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_No_ProfileInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "No stability check: this model file was written before Faro stored its training profile. Train the model again to get one." |
*
* @param {Predict_Drift_No_ReferenceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_no_reference: ((inputs?: Predict_Drift_No_ReferenceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_No_ReferenceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "No rows were scored, so there is nothing to compare." |
*
* @param {Predict_Drift_No_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_no_rows: ((inputs?: Predict_Drift_No_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_No_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Bins of the score" |
*
* @param {Predict_Drift_Score_BinsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_score_bins: ((inputs?: Predict_Drift_Score_BinsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Score_BinsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "the score" |
*
* @param {Predict_Drift_Score_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_score_label: ((inputs?: Predict_Drift_Score_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Score_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Score (predicted labels): PSI" |
*
* @param {Predict_Drift_Score_LabelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_score_labels: ((inputs?: Predict_Drift_Score_LabelsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Score_LabelsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Score p({label}): PSI" |
*
* @param {Predict_Drift_Score_ProbabilityInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_score_probability: ((inputs: Predict_Drift_Score_ProbabilityInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Score_ProbabilityInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stability per column" |
*
* @param {Predict_Drift_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_table: ((inputs?: Predict_Drift_TableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_TableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stability per column, scrollable" |
*
* @param {Predict_Drift_Table_ScrollInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_table_scroll: ((inputs?: Predict_Drift_Table_ScrollInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Table_ScrollInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Text: only the share of missing cells is compared." |
*
* @param {Predict_Drift_Text_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_text_note: ((inputs?: Predict_Drift_Text_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Text_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stability vs training data" |
*
* @param {Predict_Drift_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_title: ((inputs?: Predict_Drift_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "vs the model's held-out rows" |
*
* @param {Predict_Drift_Vs_Held_OutInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_vs_held_out: ((inputs?: Predict_Drift_Vs_Held_OutInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Drift_Vs_Held_OutInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "CSV" |
*
* @param {Predict_Format_CsvInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_format_csv: ((inputs?: Predict_Format_CsvInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Format_CsvInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Excel (es)" |
*
* @param {Predict_Format_Excel_EsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_format_excel_es: ((inputs?: Predict_Format_Excel_EsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Format_Excel_EsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Semicolons between cells, decimal commas and a UTF-8 mark, so a spreadsheet set to Spanish opens it in columns" |
*
* @param {Predict_Format_Excel_Es_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_format_excel_es_title: ((inputs?: Predict_Format_Excel_Es_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Format_Excel_Es_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "File format" |
*
* @param {Predict_Format_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_format_label: ((inputs?: Predict_Format_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Format_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Preparing the file…" |
*
* @param {Predict_Format_PreparingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_format_preparing: ((inputs?: Predict_Format_PreparingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Format_PreparingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "boolean" |
*
* @param {Predict_Kind_BooleanInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_boolean: ((inputs?: Predict_Kind_BooleanInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Kind_BooleanInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "categorical" |
*
* @param {Predict_Kind_CategoricalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_categorical: ((inputs?: Predict_Kind_CategoricalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Kind_CategoricalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "constant" |
*
* @param {Predict_Kind_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_constant: ((inputs?: Predict_Kind_ConstantInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Kind_ConstantInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "date" |
*
* @param {Predict_Kind_DateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_date: ((inputs?: Predict_Kind_DateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Kind_DateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "id" |
*
* @param {Predict_Kind_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_id: ((inputs?: Predict_Kind_IdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Kind_IdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "numeric" |
*
* @param {Predict_Kind_NumericInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_numeric: ((inputs?: Predict_Kind_NumericInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Kind_NumericInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "text" |
*
* @param {Predict_Kind_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_text: ((inputs?: Predict_Kind_TextInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Kind_TextInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Load a model file (.json)" |
*
* @param {Predict_Load_Model_FileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_load_model_file: ((inputs?: Predict_Load_Model_FileInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Load_Model_FileInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Loaded model" |
*
* @param {Predict_Loaded_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_loaded_model: ((inputs?: Predict_Loaded_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Loaded_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Loading the model…" |
*
* @param {Predict_Loading_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_loading_model: ((inputs?: Predict_Loading_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Loading_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "exact contributions of the logistic regression, measured from the average training row" |
*
* @param {Predict_Method_LinearInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_method_linear: ((inputs?: Predict_Method_LinearInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Method_LinearInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "exact Shapley values against a typical training row" |
*
* @param {Predict_Method_Shapley_ExactInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_method_shapley_exact: ((inputs?: Predict_Method_Shapley_ExactInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Method_Shapley_ExactInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Shapley values against a typical training row, sampled over {count} column orders" |
*
* @param {Predict_Method_Shapley_SampledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_method_shapley_sampled: ((inputs: Predict_Method_Shapley_SampledInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Method_Shapley_SampledInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "TreeSHAP (exact Shapley values of the trees, path-dependent)" |
*
* @param {Predict_Method_Tree_ShapInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_method_tree_shap: ((inputs?: Predict_Method_Tree_ShapInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Method_Tree_ShapInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Blend: {members}" |
*
* @param {Predict_Model_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_blend: ((inputs: Predict_Model_BlendInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_BlendInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Blend of {count} model" |
*
* @param {Predict_Model_Blend_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_blend_one: ((inputs: Predict_Model_Blend_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_Blend_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Blend of {count} models" |
*
* @param {Predict_Model_Blend_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_blend_other: ((inputs: Predict_Model_Blend_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_Blend_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Gradient-boosted trees, {count} tree" |
*
* @param {Predict_Model_Gbdt_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_gbdt_one: ((inputs: Predict_Model_Gbdt_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_Gbdt_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Gradient-boosted trees, {count} trees" |
*
* @param {Predict_Model_Gbdt_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_gbdt_other: ((inputs: Predict_Model_Gbdt_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_Gbdt_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "({labels}) with" |
*
* @param {Predict_Model_Labels_WithInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_labels_with: ((inputs: Predict_Model_Labels_WithInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_Labels_WithInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Logistic regression" |
*
* @param {Predict_Model_LogisticInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_logistic: ((inputs?: Predict_Model_LogisticInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_LogisticInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{description}" |
*
* @param {Predict_Model_MemberInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_member: ((inputs: Predict_Model_MemberInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_MemberInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "MLP {layers}" |
*
* @param {Predict_Model_MlpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_mlp: ((inputs: Predict_Model_MlpInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_MlpInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Needs the columns: {columns}. Other columns are kept in the output and ignored." |
*
* @param {Predict_Model_NeedsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_needs: ((inputs: Predict_Model_NeedsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_NeedsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "· from {source} · trained on {dataset} ({rows} rows) · test ROC AUC {rocAuc}" |
*
* @param {Predict_Model_OriginInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_origin: ((inputs: Predict_Model_OriginInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_OriginInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "· positive class {label} when p ≥ {threshold}" |
*
* @param {Predict_Model_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_positive: ((inputs: Predict_Model_PositiveInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_PositiveInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Predicts “{target}”" |
*
* @param {Predict_Model_PredictsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_predicts: ((inputs: Predict_Model_PredictsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_PredictsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model to predict with" |
*
* @param {Predict_Model_SectionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_section: ((inputs?: Predict_Model_SectionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Model_SectionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "no finished runs yet" |
*
* @param {Predict_No_Finished_RunsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_no_finished_runs: ((inputs?: Predict_No_Finished_RunsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_No_Finished_RunsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "no stored run has a model (removed to free space)" |
*
* @param {Predict_No_Run_With_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_no_run_with_model: ((inputs?: Predict_No_Run_With_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_No_Run_With_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "or" |
*
* @param {Predict_OrInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_or: ((inputs?: Predict_OrInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_OrInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "the average training row" |
*
* @param {Predict_Origin_AverageInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_origin_average: ((inputs?: Predict_Origin_AverageInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Origin_AverageInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "the trees’ average score on the training rows" |
*
* @param {Predict_Origin_TreesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_origin_trees: ((inputs?: Predict_Origin_TreesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Origin_TreesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "a typical training row" |
*
* @param {Predict_Origin_TypicalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_origin_typical: ((inputs?: Predict_Origin_TypicalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Origin_TypicalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "bottom 10 %" |
*
* @param {Predict_Position_Bottom_10Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_position_bottom_10: ((inputs?: Predict_Position_Bottom_10Inputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Position_Bottom_10Inputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "bottom 25 %" |
*
* @param {Predict_Position_Bottom_25Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_position_bottom_25: ((inputs?: Predict_Position_Bottom_25Inputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Position_Bottom_25Inputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "middle half" |
*
* @param {Predict_Position_MiddleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_position_middle: ((inputs?: Predict_Position_MiddleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Position_MiddleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "top 10 %" |
*
* @param {Predict_Position_Top_10Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_position_top_10: ((inputs?: Predict_Position_Top_10Inputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Position_Top_10Inputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "top 25 %" |
*
* @param {Predict_Position_Top_25Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_position_top_25: ((inputs?: Predict_Position_Top_25Inputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Position_Top_25Inputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Predictions preview" |
*
* @param {Predict_PreviewInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_preview: ((inputs?: Predict_PreviewInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_PreviewInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Predictions preview, scrollable" |
*
* @param {Predict_Preview_ScrollInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_preview_scroll: ((inputs?: Predict_Preview_ScrollInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Preview_ScrollInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{cell} makes “{label}” less likely" |
*
* @param {Predict_Reason_Less_LikelyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_less_likely: ((inputs: Predict_Reason_Less_LikelyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Reason_Less_LikelyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{column} = {value} ({share} % of training rows)" |
*
* @param {Predict_Reason_LevelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_level: ((inputs: Predict_Reason_LevelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Reason_LevelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{column} = {value} (not seen in training)" |
*
* @param {Predict_Reason_Level_UnseenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_level_unseen: ((inputs: Predict_Reason_Level_UnseenInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Reason_Level_UnseenInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{column} missing" |
*
* @param {Predict_Reason_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_missing: ((inputs: Predict_Reason_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Reason_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{cell} makes “{label}” more likely" |
*
* @param {Predict_Reason_More_LikelyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_more_likely: ((inputs: Predict_Reason_More_LikelyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Reason_More_LikelyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{cell} points to “{label}”" |
*
* @param {Predict_Reason_Points_ToInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_points_to: ((inputs: Predict_Reason_Points_ToInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Reason_Points_ToInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{column} “{text}”" |
*
* @param {Predict_Reason_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_text: ((inputs: Predict_Reason_TextInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Reason_TextInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{column} {value}" |
*
* @param {Predict_Reason_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_value: ((inputs: Predict_Reason_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Reason_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{column} {value} ({position})" |
*
* @param {Predict_Reason_Value_AtInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_value_at: ((inputs: Predict_Reason_Value_AtInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Reason_Value_AtInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Add the reasons for each prediction (columns" |
*
* @param {Predict_Reasons_AddInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reasons_add: ((inputs?: Predict_Reasons_AddInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Reasons_AddInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "; slower)" |
*
* @param {Predict_Reasons_SlowerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reasons_slower: ((inputs?: Predict_Reasons_SlowerInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Reasons_SlowerInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "blank = missing" |
*
* @param {Predict_Row_BlankInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_blank: ((inputs?: Predict_Row_BlankInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Row_BlankInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "From {base} ({origin}) to {margin} for this row; the pushes add up to the difference. Method: {method}." |
*
* @param {Predict_Row_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_caption: ((inputs: Predict_Row_CaptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Row_CaptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "No column pushed this row toward “{label}”: its score is the average row’s." |
*
* @param {Predict_Row_No_Push_AverageInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_no_push_average: ((inputs: Predict_Row_No_Push_AverageInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Row_No_Push_AverageInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "No column pushed this row toward “{label}”: its score is the typical row’s." |
*
* @param {Predict_Row_No_Push_TypicalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_no_push_typical: ((inputs: Predict_Row_No_Push_TypicalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Row_No_Push_TypicalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Prediction:" |
*
* @param {Predict_Row_PredictionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_prediction: ((inputs?: Predict_Row_PredictionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Row_PredictionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Every column’s push ({scale} of “{label}”)" |
*
* @param {Predict_Row_PushesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_pushes: ((inputs: Predict_Row_PushesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Row_PushesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Prediction for the row" |
*
* @param {Predict_Row_ResultInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_result: ((inputs?: Predict_Row_ResultInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Row_ResultInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Score one row" |
*
* @param {Predict_Row_SectionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_section: ((inputs?: Predict_Row_SectionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Row_SectionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Predict" |
*
* @param {Predict_Row_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_submit: ((inputs?: Predict_Row_SubmitInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Row_SubmitInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "3 · Score one row by hand" |
*
* @param {Predict_Row_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_title: ((inputs?: Predict_Row_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Row_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Why “{label}”" |
*
* @param {Predict_Row_WhyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_why: ((inputs: Predict_Row_WhyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Row_WhyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Why this prediction" |
*
* @param {Predict_Row_Why_SectionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_why_section: ((inputs?: Predict_Row_Why_SectionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Row_Why_SectionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "centred log-probability" |
*
* @param {Predict_Scale_CentredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_scale_centred: ((inputs?: Predict_Scale_CentredInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Scale_CentredInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "log-odds" |
*
* @param {Predict_Scale_Log_OddsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_scale_log_odds: ((inputs?: Predict_Scale_Log_OddsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Scale_Log_OddsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Score a CSV" |
*
* @param {Predict_Score_SectionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_score_section: ((inputs?: Predict_Score_SectionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Score_SectionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "2 · Score a CSV" |
*
* @param {Predict_Score_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_score_title: ((inputs?: Predict_Score_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Score_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "rows of {name}." |
*
* @param {Predict_Scored_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_scored_after: ((inputs: Predict_Scored_AfterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Scored_AfterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Scored" |
*
* @param {Predict_Scored_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_scored_before: ((inputs?: Predict_Scored_BeforeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Scored_BeforeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Scoring {name}" |
*
* @param {Predict_ScoringInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_scoring: ((inputs: Predict_ScoringInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_ScoringInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{name}" |
*
* @param {Predict_Source_FileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_source_file: ((inputs: Predict_Source_FileInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Source_FileInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "run “{name}”" |
*
* @param {Predict_Source_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_source_run: ((inputs: Predict_Source_RunInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Source_RunInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Use the model of a stored run" |
*
* @param {Predict_Stored_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_stored_label: ((inputs?: Predict_Stored_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Stored_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "use the model of a stored run…" |
*
* @param {Predict_Use_Stored_Run_OptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_use_stored_run_option: ((inputs?: Predict_Use_Stored_Run_OptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Predict_Use_Stored_Run_OptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{done} of {total}" |
*
* @param {Progress_AmountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_amount: ((inputs: Progress_AmountInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_AmountInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Binning the features" |
*
* @param {Progress_BinningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_binning: ((inputs?: Progress_BinningInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_BinningInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Boosting done" |
*
* @param {Progress_Boosting_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_boosting_done: ((inputs?: Progress_Boosting_DoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Boosting_DoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {Progress_CancelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_cancel: ((inputs?: Progress_CancelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_CancelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choosing a compute backend" |
*
* @param {Progress_Choosing_BackendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_choosing_backend: ((inputs?: Progress_Choosing_BackendInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Choosing_BackendInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choosing a blend of trials" |
*
* @param {Progress_Choosing_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_choosing_blend: ((inputs?: Progress_Choosing_BlendInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Choosing_BlendInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{name} ({i} of {n})" |
*
* @param {Progress_Column_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_column_of: ((inputs: Progress_Column_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Column_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Counting terms" |
*
* @param {Progress_Counting_TermsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_counting_terms: ((inputs?: Progress_Counting_TermsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Counting_TermsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "danger rows of class {c}" |
*
* @param {Progress_Danger_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_danger_rows: ((inputs: Progress_Danger_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Danger_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Describing with {model}" |
*
* @param {Progress_DescribingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_describing: ((inputs: Progress_DescribingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_DescribingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Done" |
*
* @param {Progress_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_done: ((inputs?: Progress_DoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_DoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Evaluating on the test part" |
*
* @param {Progress_EvaluatingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_evaluating: ((inputs?: Progress_EvaluatingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_EvaluatingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Fingerprinting" |
*
* @param {Progress_FingerprintingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_fingerprinting: ((inputs?: Progress_FingerprintingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_FingerprintingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Fold {fold} of {k}" |
*
* @param {Progress_FoldInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_fold: ((inputs: Progress_FoldInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_FoldInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Permutation importance" |
*
* @param {Progress_ImportanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_importance: ((inputs?: Progress_ImportanceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_ImportanceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{time} left" |
*
* @param {Progress_LeftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_left: ((inputs: Progress_LeftInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_LeftInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "neighbours in class {c}" |
*
* @param {Progress_NeighboursInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_neighbours: ((inputs: Progress_NeighboursInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_NeighboursInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Preparing features" |
*
* @param {Progress_Preparing_FeaturesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_preparing_features: ((inputs?: Progress_Preparing_FeaturesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Preparing_FeaturesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Profiling columns" |
*
* @param {Progress_ProfilingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_profiling: ((inputs?: Progress_ProfilingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_ProfilingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Reading the dataset" |
*
* @param {Progress_ReadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_reading: ((inputs?: Progress_ReadingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_ReadingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{rate} rows/s" |
*
* @param {Progress_Rows_Per_SecondInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_rows_per_second: ((inputs: Progress_Rows_Per_SecondInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Rows_Per_SecondInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Saving in the browser" |
*
* @param {Progress_SavingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_saving: ((inputs?: Progress_SavingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_SavingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Scoring" |
*
* @param {Progress_ScoringInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_scoring: ((inputs?: Progress_ScoringInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_ScoringInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Screening “{name}”" |
*
* @param {Progress_ScreeningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_screening: ((inputs: Progress_ScreeningInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_ScreeningInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Starting…" |
*
* @param {Progress_StartingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_starting: ((inputs?: Progress_StartingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_StartingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Starting trial workers" |
*
* @param {Progress_Starting_WorkersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_starting_workers: ((inputs?: Progress_Starting_WorkersInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Starting_WorkersInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "done" |
*
* @param {Progress_Status_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_status_done: ((inputs?: Progress_Status_DoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Status_DoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "failed" |
*
* @param {Progress_Status_FailedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_status_failed: ((inputs?: Progress_Status_FailedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Status_FailedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "pruned" |
*
* @param {Progress_Status_PrunedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_status_pruned: ((inputs?: Progress_Status_PrunedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Status_PrunedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "skipped" |
*
* @param {Progress_Status_SkippedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_status_skipped: ((inputs?: Progress_Status_SkippedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Status_SkippedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Epoch" |
*
* @param {Progress_Step_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_step_epoch: ((inputs?: Progress_Step_EpochInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Step_EpochInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Iteration" |
*
* @param {Progress_Step_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_step_iteration: ((inputs?: Progress_Step_IterationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Step_IterationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{step} {n} of at most {max}" |
*
* @param {Progress_Step_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_step_of: ((inputs: Progress_Step_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Step_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{step} {n} of at most {max} (validation)" |
*
* @param {Progress_Step_Of_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_step_of_validation: ((inputs: Progress_Step_Of_ValidationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Step_Of_ValidationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Solver iteration" |
*
* @param {Progress_Step_SolverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_step_solver: ((inputs?: Progress_Step_SolverInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Step_SolverInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training the best configuration" |
*
* @param {Progress_Training_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_training_best: ((inputs?: Progress_Training_BestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Training_BestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training the blend" |
*
* @param {Progress_Training_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_training_blend: ((inputs?: Progress_Training_BlendInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Training_BlendInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Trial {id}" |
*
* @param {Progress_TrialInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_trial: ((inputs: Progress_TrialInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_TrialInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Trial {id} {status}" |
*
* @param {Progress_Trial_StatusInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_trial_status: ((inputs: Progress_Trial_StatusInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Trial_StatusInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Writing descriptions" |
*
* @param {Progress_Writing_DescriptionsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_writing_descriptions: ((inputs?: Progress_Writing_DescriptionsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Progress_Writing_DescriptionsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Each row is predicted as its most probable class." |
*
* @param {Report_Argmax_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_argmax_note: ((inputs?: Report_Argmax_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Argmax_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cost of errors per row" |
*
* @param {Report_Axis_Cost_Per_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_cost_per_row: ((inputs?: Report_Axis_Cost_Per_RowInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_Cost_Per_RowInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Decile (highest scores first)" |
*
* @param {Report_Axis_DecileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_decile: ((inputs?: Report_Axis_DecileInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_DecileInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Epoch" |
*
* @param {Report_Axis_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_epoch: ((inputs?: Report_Axis_EpochInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_EpochInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Epoch (trees: iteration)" |
*
* @param {Report_Axis_Epoch_TreesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_epoch_trees: ((inputs?: Report_Axis_Epoch_TreesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_Epoch_TreesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "False positive rate" |
*
* @param {Report_Axis_FprInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_fpr: ((inputs?: Report_Axis_FprInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_FprInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{metric} lost when the column is shuffled" |
*
* @param {Report_Axis_ImportanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_importance: ((inputs: Report_Axis_ImportanceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_ImportanceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Iteration" |
*
* @param {Report_Axis_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_iteration: ((inputs?: Report_Axis_IterationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_IterationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Loss (cross-entropy)" |
*
* @param {Report_Axis_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_loss: ((inputs?: Report_Axis_LossInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_LossInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Mean predicted probability" |
*
* @param {Report_Axis_Mean_PredictedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_mean_predicted: ((inputs?: Report_Axis_Mean_PredictedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_Mean_PredictedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision" |
*
* @param {Report_Axis_PrecisionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_precision: ((inputs?: Report_Axis_PrecisionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_PrecisionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision, recall" |
*
* @param {Report_Axis_Precision_RecallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_precision_recall: ((inputs?: Report_Axis_Precision_RecallInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_Precision_RecallInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Recall" |
*
* @param {Report_Axis_RecallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_recall: ((inputs?: Report_Axis_RecallInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_RecallInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Share of “{positive}” captured" |
*
* @param {Report_Axis_Share_CapturedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_share_captured: ((inputs: Report_Axis_Share_CapturedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_Share_CapturedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Share of the class" |
*
* @param {Report_Axis_Share_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_share_class: ((inputs?: Report_Axis_Share_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_Share_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Share of positives captured" |
*
* @param {Report_Axis_Share_PositivesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_share_positives: ((inputs?: Report_Axis_Share_PositivesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_Share_PositivesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Share of rows (highest scores first)" |
*
* @param {Report_Axis_Share_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_share_rows: ((inputs?: Report_Axis_Share_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_Share_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Solver iteration" |
*
* @param {Report_Axis_Solver_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_solver_iteration: ((inputs?: Report_Axis_Solver_IterationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_Solver_IterationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "True positive rate" |
*
* @param {Report_Axis_TprInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_tpr: ((inputs?: Report_Axis_TprInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_TprInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Validation loss" |
*
* @param {Report_Axis_Val_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_val_loss: ((inputs?: Report_Axis_Val_LossInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Axis_Val_LossInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "requested {backend}; used" |
*
* @param {Report_Backend_RequestedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_backend_requested: ((inputs: Report_Backend_RequestedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Backend_RequestedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{name} (requested {backend})" |
*
* @param {Report_Backend_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_backend_value: ((inputs: Report_Backend_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Backend_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Blend members" |
*
* @param {Report_Blend_MembersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_blend_members: ((inputs?: Report_Blend_MembersInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Blend_MembersInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The blend averages its members’ probabilities with these weights; the recipe, class balancing and training curve shown are the heaviest member’s." |
*
* @param {Report_Blend_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_blend_note: ((inputs?: Report_Blend_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Blend_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Blend of {count}:" |
*
* @param {Report_Blend_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_blend_of: ((inputs: Report_Blend_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Blend_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Blend of {count} models" |
*
* @param {Report_Blend_Of_ModelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_blend_of_models: ((inputs: Report_Blend_Of_ModelsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Blend_Of_ModelsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Blend of {count} model" |
*
* @param {Report_Blend_Of_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_blend_of_one: ((inputs: Report_Blend_Of_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Blend_Of_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Calibration bins" |
*
* @param {Report_Calibration_BinsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_calibration_bins: ((inputs?: Report_Calibration_BinsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Calibration_BinsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Calibration bins of p({positive})" |
*
* @param {Report_Calibration_Bins_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_calibration_bins_of: ((inputs: Report_Calibration_Bins_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Calibration_Bins_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Calibration (10 bins); dashed: perfect calibration." |
*
* @param {Report_Caption_CalibrationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_calibration: ((inputs?: Report_Caption_CalibrationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Caption_CalibrationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cost of errors per row; dashed rule: the run’s threshold." |
*
* @param {Report_Caption_Cost_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_cost_threshold: ((inputs?: Report_Caption_Cost_ThresholdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Caption_Cost_ThresholdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cumulative gains; dashed: a random order." |
*
* @param {Report_Caption_GainsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_gains: ((inputs?: Report_Caption_GainsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Caption_GainsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "KS {ks}: the bold rule marks the largest gap between the two classes." |
*
* @param {Report_Caption_KsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_ks: ((inputs: Report_Caption_KsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Caption_KsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Bars: lift per decile; line: cumulative lift; dashed: the overall rate (1)." |
*
* @param {Report_Caption_LiftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_lift: ((inputs?: Report_Caption_LiftInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Caption_LiftInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Loss per epoch; solid: train, dashed: validation; dashed rule: {kept} ({best})." |
*
* @param {Report_Caption_Loss_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_loss_epoch: ((inputs: Report_Caption_Loss_EpochInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Caption_Loss_EpochInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Loss per iteration; solid: train, dashed: validation; dashed rule: {kept} ({best})." |
*
* @param {Report_Caption_Loss_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_loss_iteration: ((inputs: Report_Caption_Loss_IterationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Caption_Loss_IterationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision–recall · AP {ap}" |
*
* @param {Report_Caption_PrInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_pr: ((inputs: Report_Caption_PrInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Caption_PrInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Solid: precision; dashed: recall; dashed rule: the run’s threshold." |
*
* @param {Report_Caption_Pr_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_pr_threshold: ((inputs?: Report_Caption_Pr_ThresholdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Caption_Pr_ThresholdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "ROC curve · AUC {auc}{perClass}; dashed: chance." |
*
* @param {Report_Caption_RocInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_roc: ((inputs: Report_Caption_RocInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Caption_RocInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "macro one-vs-rest; one curve per class" |
*
* @param {Report_Caption_Roc_Per_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_roc_per_class: ((inputs?: Report_Caption_Roc_Per_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Caption_Roc_Per_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Captured share by decile" |
*
* @param {Report_Captured_By_DecileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_captured_by_decile: ((inputs?: Report_Captured_By_DecileInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Captured_By_DecileInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "These runs were trained on different data (the dataset fingerprints differ): their metrics are not directly comparable." |
*
* @param {Report_Caution_DataInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caution_data: ((inputs?: Report_Caution_DataInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Caution_DataInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "These runs were evaluated on different test rows (another seed or split): differences may be noise." |
*
* @param {Report_Caution_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caution_rows: ((inputs?: Report_Caution_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Caution_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Calibration curve" |
*
* @param {Report_Chart_CalibrationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_calibration: ((inputs?: Report_Chart_CalibrationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_CalibrationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Calibration curves of the compared runs" |
*
* @param {Report_Chart_Calibration_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_calibration_compared: ((inputs?: Report_Chart_Calibration_ComparedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_Calibration_ComparedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cost of errors against the threshold" |
*
* @param {Report_Chart_Cost_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_cost_threshold: ((inputs?: Report_Chart_Cost_ThresholdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_Cost_ThresholdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cumulative gains of “{positive}”" |
*
* @param {Report_Chart_GainsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_gains: ((inputs: Report_Chart_GainsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_GainsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cumulative gains of the compared runs" |
*
* @param {Report_Chart_Gains_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_gains_compared: ((inputs?: Report_Chart_Gains_ComparedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_Gains_ComparedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Permutation importance per column" |
*
* @param {Report_Chart_ImportanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_importance: ((inputs?: Report_Chart_ImportanceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_ImportanceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "KS chart" |
*
* @param {Report_Chart_KsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_ks: ((inputs?: Report_Chart_KsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_KsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Lift by decile" |
*
* @param {Report_Chart_LiftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_lift: ((inputs?: Report_Chart_LiftInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_LiftInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training and validation loss per epoch" |
*
* @param {Report_Chart_Loss_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_loss_epoch: ((inputs?: Report_Chart_Loss_EpochInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_Loss_EpochInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training and validation loss per iteration" |
*
* @param {Report_Chart_Loss_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_loss_iteration: ((inputs?: Report_Chart_Loss_IterationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_Loss_IterationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision–recall curve" |
*
* @param {Report_Chart_PrInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_pr: ((inputs?: Report_Chart_PrInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_PrInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision–recall curves of the compared runs" |
*
* @param {Report_Chart_Pr_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_pr_compared: ((inputs?: Report_Chart_Pr_ComparedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_Pr_ComparedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision and recall against the threshold" |
*
* @param {Report_Chart_Pr_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_pr_threshold: ((inputs?: Report_Chart_Pr_ThresholdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_Pr_ThresholdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "ROC curve" |
*
* @param {Report_Chart_RocInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_roc: ((inputs?: Report_Chart_RocInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_RocInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "ROC curves of the compared runs" |
*
* @param {Report_Chart_Roc_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_roc_compared: ((inputs?: Report_Chart_Roc_ComparedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_Roc_ComparedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Validation loss of the compared runs" |
*
* @param {Report_Chart_Val_Loss_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_val_loss_compared: ((inputs?: Report_Chart_Val_Loss_ComparedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Chart_Val_Loss_ComparedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class balancing" |
*
* @param {Report_Class_BalancingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_class_balancing: ((inputs?: Report_Class_BalancingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Class_BalancingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Each training row’s loss is weighted by n / (classes × class size)." |
*
* @param {Report_Class_Weights_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_class_weights_note: ((inputs?: Report_Class_Weights_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Class_Weights_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "({count} classes: {classes})" |
*
* @param {Report_Classes_ListInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_classes_list: ((inputs: Report_Classes_ListInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Classes_ListInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "After" |
*
* @param {Report_Col_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_after: ((inputs?: Report_Col_AfterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_AfterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Before" |
*
* @param {Report_Col_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_before: ((inputs?: Report_Col_BeforeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_BeforeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Captured" |
*
* @param {Report_Col_CapturedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_captured: ((inputs?: Report_Col_CapturedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_CapturedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class" |
*
* @param {Report_Col_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_class: ((inputs?: Report_Col_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column" |
*
* @param {Report_Col_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_column: ((inputs?: Report_Col_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cum. lift" |
*
* @param {Report_Col_Cum_LiftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_cum_lift: ((inputs?: Report_Col_Cum_LiftInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_Cum_LiftInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Decile" |
*
* @param {Report_Col_DecileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_decile: ((inputs?: Report_Col_DecileInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_DecileInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Lift" |
*
* @param {Report_Col_LiftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_lift: ((inputs?: Report_Col_LiftInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_LiftInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Mean predicted" |
*
* @param {Report_Col_Mean_PredictedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_mean_predicted: ((inputs?: Report_Col_Mean_PredictedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_Mean_PredictedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Meaning" |
*
* @param {Report_Col_MeaningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_meaning: ((inputs?: Report_Col_MeaningInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_MeaningInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Metric" |
*
* @param {Report_Col_MetricInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_metric: ((inputs?: Report_Col_MetricInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_MetricInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{metric} lost" |
*
* @param {Report_Col_Metric_LostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_metric_lost: ((inputs: Report_Col_Metric_LostInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_Metric_LostInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model" |
*
* @param {Report_Col_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_model: ((inputs?: Report_Col_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Part" |
*
* @param {Report_Col_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_part: ((inputs?: Report_Col_PartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_PartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Per row" |
*
* @param {Report_Col_Per_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_per_row: ((inputs?: Report_Col_Per_RowInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_Per_RowInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "“{positive}”" |
*
* @param {Report_Col_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_positive: ((inputs: Report_Col_PositiveInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_PositiveInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision" |
*
* @param {Report_Col_PrecisionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_precision: ((inputs?: Report_Col_PrecisionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_PrecisionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rate" |
*
* @param {Report_Col_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_rate: ((inputs?: Report_Col_RateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_RateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Recall" |
*
* @param {Report_Col_RecallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_recall: ((inputs?: Report_Col_RecallInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_RecallInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows" |
*
* @param {Report_Col_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_rows: ((inputs?: Report_Col_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Scores" |
*
* @param {Report_Col_ScoresInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_scores: ((inputs?: Report_Col_ScoresInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_ScoresInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Setting" |
*
* @param {Report_Col_SettingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_setting: ((inputs?: Report_Col_SettingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_SettingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Report_Col_SettingsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_settings: ((inputs?: Report_Col_SettingsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_SettingsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "± std" |
*
* @param {Report_Col_StdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_std: ((inputs?: Report_Col_StdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_StdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Support" |
*
* @param {Report_Col_SupportInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_support: ((inputs?: Report_Col_SupportInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_SupportInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Term" |
*
* @param {Report_Col_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_term: ((inputs?: Report_Col_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Test" |
*
* @param {Report_Col_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_test: ((inputs?: Report_Col_TestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_TestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Test: {metric} lost" |
*
* @param {Report_Col_Test_LostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_test_lost: ((inputs: Report_Col_Test_LostInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_Test_LostInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Total" |
*
* @param {Report_Col_TotalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_total: ((inputs?: Report_Col_TotalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_TotalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Total cost" |
*
* @param {Report_Col_Total_CostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_total_cost: ((inputs?: Report_Col_Total_CostInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_Total_CostInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Train (before balancing)" |
*
* @param {Report_Col_Train_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_train_before: ((inputs?: Report_Col_Train_BeforeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_Train_BeforeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Trial" |
*
* @param {Report_Col_TrialInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_trial: ((inputs?: Report_Col_TrialInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_TrialInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Validation" |
*
* @param {Report_Col_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_validation: ((inputs?: Report_Col_ValidationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_ValidationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Validation: {metric} lost" |
*
* @param {Report_Col_Validation_LostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_validation_lost: ((inputs: Report_Col_Validation_LostInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_Validation_LostInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Weight" |
*
* @param {Report_Col_WeightInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_weight: ((inputs?: Report_Col_WeightInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Col_WeightInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Same data (one fingerprint) and the same test rows: the test metrics are directly comparable." |
*
* @param {Report_ComparableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_comparable: ((inputs?: Report_ComparableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_ComparableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Followed by each run’s own report ({letters})." |
*
* @param {Report_Compare_FollowedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_followed: ((inputs: Report_Compare_FollowedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Compare_FollowedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Faro {version}; report generated {time}." |
*
* @param {Report_Compare_GeneratedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_generated: ((inputs: Report_Compare_GeneratedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Compare_GeneratedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "★ (bold, underlined): the best value of the row. Test rows were never seen in training; validation rows chose the stopping point and the threshold." |
*
* @param {Report_Compare_Metrics_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_metrics_note: ((inputs?: Report_Compare_Metrics_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Compare_Metrics_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "No run raised a target-leak warning." |
*
* @param {Report_Compare_No_LeakInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_no_leak: ((inputs?: Report_Compare_No_LeakInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Compare_No_LeakInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Provenance of the compared runs" |
*
* @param {Report_Compare_Provenance_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_provenance_label: ((inputs?: Report_Compare_Provenance_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Compare_Provenance_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Settings of the compared runs" |
*
* @param {Report_Compare_Settings_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_settings_label: ((inputs?: Report_Compare_Settings_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Compare_Settings_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Summary of the compared runs" |
*
* @param {Report_Compare_Summary_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_summary_label: ((inputs?: Report_Compare_Summary_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Compare_Summary_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Comparison of {count} runs" |
*
* @param {Report_Compare_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_title: ((inputs: Report_Compare_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Compare_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Warnings raised by the runs (possible target leakage first)" |
*
* @param {Report_Compare_WarningsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_warnings: ((inputs?: Report_Compare_WarningsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Compare_WarningsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "true ↓ / predicted →" |
*
* @param {Report_Confusion_CornerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_confusion_corner: ((inputs?: Report_Confusion_CornerInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Confusion_CornerInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Confusion matrix" |
*
* @param {Report_Confusion_MatrixInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_confusion_matrix: ((inputs?: Report_Confusion_MatrixInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Confusion_MatrixInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows: true class; columns: predicted class; under each count its share of the true class’s rows." |
*
* @param {Report_Confusion_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_confusion_note: ((inputs?: Report_Confusion_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Confusion_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Confusion matrix of {name}" |
*
* @param {Report_Confusion_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_confusion_of: ((inputs: Report_Confusion_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Confusion_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Confusion matrix (test)" |
*
* @param {Report_Confusion_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_confusion_test: ((inputs?: Report_Confusion_TestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Confusion_TestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A false positive costs {fp}, a false negative {fn}." |
*
* @param {Report_Cost_Fp_FnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_cost_fp_fn: ((inputs: Report_Cost_Fp_FnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Cost_Fp_FnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cost of errors" |
*
* @param {Report_Cost_Of_ErrorsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_cost_of_errors: ((inputs?: Report_Cost_Of_ErrorsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Cost_Of_ErrorsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "({perRow} per row; validation {validation} per row)." |
*
* @param {Report_Cost_Test_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_cost_test_after: ((inputs: Report_Cost_Test_AfterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Cost_Test_AfterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cost of the errors on the test part:" |
*
* @param {Report_Cost_Test_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_cost_test_before: ((inputs?: Report_Cost_Test_BeforeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Cost_Test_BeforeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Validation and test parts are never balanced or resampled; the recipe is fitted on the training part only." |
*
* @param {Report_Data_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_data_note: ((inputs?: Report_Data_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Data_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{name}, {rows} rows" |
*
* @param {Report_Dataset_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_dataset_rows: ((inputs: Report_Dataset_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Dataset_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{name} ({rows} rows)" |
*
* @param {Report_Dataset_Rows_ParenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_dataset_rows_paren: ((inputs: Report_Dataset_Rows_ParenInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Dataset_Rows_ParenInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Decile table" |
*
* @param {Report_Decile_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_decile_table: ((inputs?: Report_Decile_TableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Decile_TableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "“description” column written by the {describer} describer{model}, prompt version {version}" |
*
* @param {Report_Descriptions_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_descriptions_value: ((inputs: Report_Descriptions_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Descriptions_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "the best trial" |
*
* @param {Report_Ended_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_ended_best: ((inputs?: Report_Ended_BestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Ended_BestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "a blend of {count} trials" |
*
* @param {Report_Ended_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_ended_blend: ((inputs: Report_Ended_BlendInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Ended_BlendInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The run “{name}” has no results to report (status {status})." |
*
* @param {Report_Err_No_ResultsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_err_no_results: ((inputs: Report_Err_No_ResultsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Err_No_ResultsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Report finished runs only." |
*
* @param {Report_Err_No_Results_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_err_no_results_hint: ((inputs?: Report_Err_No_Results_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Err_No_Results_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "A report covers 1 to {max} runs, not {count}." |
*
* @param {Report_Err_Run_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_err_run_count: ((inputs: Report_Err_Run_CountInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Err_Run_CountInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Select between 2 and {max} finished runs to compare." |
*
* @param {Report_Err_Run_Count_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_err_run_count_hint: ((inputs: Report_Err_Run_Count_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Err_Run_Count_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Every setting that differs" |
*
* @param {Report_Every_Setting_DiffersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_every_setting_differs: ((inputs?: Report_Every_Setting_DiffersInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Every_Setting_DiffersInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Backend" |
*
* @param {Report_Fact_BackendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_backend: ((inputs?: Report_Fact_BackendInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_BackendInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Best trial" |
*
* @param {Report_Fact_Best_TrialInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_best_trial: ((inputs?: Report_Fact_Best_TrialInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Best_TrialInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class balance" |
*
* @param {Report_Fact_Class_BalanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_class_balance: ((inputs?: Report_Fact_Class_BalanceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Class_BalanceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Dataset" |
*
* @param {Report_Fact_DatasetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_dataset: ((inputs?: Report_Fact_DatasetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_DatasetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Dataset fingerprint" |
*
* @param {Report_Fact_Dataset_FingerprintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_dataset_fingerprint: ((inputs?: Report_Fact_Dataset_FingerprintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Dataset_FingerprintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Descriptions" |
*
* @param {Report_Fact_DescriptionsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_descriptions: ((inputs?: Report_Fact_DescriptionsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_DescriptionsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Duration" |
*
* @param {Report_Fact_DurationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_duration: ((inputs?: Report_Fact_DurationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_DurationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Ended with" |
*
* @param {Report_Fact_Ended_WithInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_ended_with: ((inputs?: Report_Fact_Ended_WithInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Ended_WithInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Family" |
*
* @param {Report_Fact_FamilyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_family: ((inputs?: Report_Fact_FamilyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_FamilyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Faro version" |
*
* @param {Report_Fact_Faro_VersionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_faro_version: ((inputs?: Report_Fact_Faro_VersionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Faro_VersionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Features" |
*
* @param {Report_Fact_FeaturesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_features: ((inputs?: Report_Fact_FeaturesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_FeaturesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Final model" |
*
* @param {Report_Fact_Final_FitInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_final_fit: ((inputs?: Report_Fact_Final_FitInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Final_FitInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Fingerprint" |
*
* @param {Report_Fact_FingerprintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_fingerprint: ((inputs?: Report_Fact_FingerprintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_FingerprintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Report generated" |
*
* @param {Report_Fact_GeneratedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_generated: ((inputs?: Report_Fact_GeneratedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_GeneratedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Id columns" |
*
* @param {Report_Fact_Id_ColumnsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_id_columns: ((inputs?: Report_Fact_Id_ColumnsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Id_ColumnsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Ignored columns" |
*
* @param {Report_Fact_IgnoredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_ignored: ((inputs?: Report_Fact_IgnoredInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_IgnoredInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model" |
*
* @param {Report_Fact_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_model: ((inputs?: Report_Fact_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model inputs" |
*
* @param {Report_Fact_Model_InputsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_model_inputs: ((inputs?: Report_Fact_Model_InputsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Model_InputsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Positive class" |
*
* @param {Report_Fact_Positive_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_positive_class: ((inputs?: Report_Fact_Positive_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Positive_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Predicts" |
*
* @param {Report_Fact_PredictsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_predicts: ((inputs?: Report_Fact_PredictsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_PredictsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Ranked by" |
*
* @param {Report_Fact_Ranked_ByInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_ranked_by: ((inputs?: Report_Fact_Ranked_ByInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Ranked_ByInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows" |
*
* @param {Report_Fact_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_rows: ((inputs?: Report_Fact_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows left out" |
*
* @param {Report_Fact_Rows_Left_OutInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_rows_left_out: ((inputs?: Report_Fact_Rows_Left_OutInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Rows_Left_OutInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows per part" |
*
* @param {Report_Fact_Rows_Per_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_rows_per_part: ((inputs?: Report_Fact_Rows_Per_PartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Rows_Per_PartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Run" |
*
* @param {Report_Fact_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_run: ((inputs?: Report_Fact_RunInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_RunInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Run id" |
*
* @param {Report_Fact_Run_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_run_id: ((inputs?: Report_Fact_Run_IdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Run_IdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Run record schema" |
*
* @param {Report_Fact_SchemaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_schema: ((inputs?: Report_Fact_SchemaInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_SchemaInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Report_Fact_SearchInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_search: ((inputs?: Report_Fact_SearchInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_SearchInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Seed" |
*
* @param {Report_Fact_SeedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_seed: ((inputs?: Report_Fact_SeedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_SeedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Split" |
*
* @param {Report_Fact_SplitInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_split: ((inputs?: Report_Fact_SplitInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_SplitInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Report_Fact_StatusInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_status: ((inputs?: Report_Fact_StatusInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_StatusInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Strategy" |
*
* @param {Report_Fact_StrategyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_strategy: ((inputs?: Report_Fact_StrategyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_StrategyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Target" |
*
* @param {Report_Fact_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_target: ((inputs?: Report_Fact_TargetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_TargetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Decision threshold" |
*
* @param {Report_Fact_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_threshold: ((inputs?: Report_Fact_ThresholdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_ThresholdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Threshold method" |
*
* @param {Report_Fact_Threshold_MethodInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_threshold_method: ((inputs?: Report_Fact_Threshold_MethodInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Threshold_MethodInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Threshold rule" |
*
* @param {Report_Fact_Threshold_RuleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_threshold_rule: ((inputs?: Report_Fact_Threshold_RuleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_Threshold_RuleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Trained" |
*
* @param {Report_Fact_TrainedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_trained: ((inputs?: Report_Fact_TrainedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_TrainedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training" |
*
* @param {Report_Fact_TrainingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_training: ((inputs?: Report_Fact_TrainingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_TrainingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Trials" |
*
* @param {Report_Fact_TrialsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_trials: ((inputs?: Report_Fact_TrialsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_TrialsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Warnings" |
*
* @param {Report_Fact_WarningsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_warnings: ((inputs?: Report_Fact_WarningsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fact_WarningsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{columns} columns → {inputs} inputs" |
*
* @param {Report_Features_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_features_value: ((inputs: Report_Features_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Features_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "(SHA-256 of the file’s bytes)" |
*
* @param {Report_Fingerprint_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fingerprint_note: ((inputs?: Report_Fingerprint_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fingerprint_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Generated by Faro {version} on {time}, in the browser: this file contains everything it shows and loads nothing." |
*
* @param {Report_FooterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_footer: ((inputs: Report_FooterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_FooterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Fraction positive" |
*
* @param {Report_Fraction_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fraction_positive: ((inputs?: Report_Fraction_PositiveInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Fraction_PositiveInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Share of correct predictions." |
*
* @param {Report_Hint_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_accuracy: ((inputs?: Report_Hint_AccuracyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Hint_AccuracyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Mean recall over classes." |
*
* @param {Report_Hint_Balanced_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_balanced_accuracy: ((inputs?: Report_Hint_Balanced_AccuracyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Hint_Balanced_AccuracyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Mean F1 over classes." |
*
* @param {Report_Hint_F1_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_f1_macro: ((inputs?: Report_Hint_F1_MacroInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Hint_F1_MacroInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "F1 averaged by class support." |
*
* @param {Report_Hint_F1_WeightedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_f1_weighted: ((inputs?: Report_Hint_F1_WeightedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Hint_F1_WeightedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "2 × ROC AUC − 1, as credit scoring reports it." |
*
* @param {Report_Hint_GiniInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_gini: ((inputs?: Report_Hint_GiniInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Hint_GiniInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Agreement beyond chance." |
*
* @param {Report_Hint_KappaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_kappa: ((inputs?: Report_Hint_KappaInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Hint_KappaInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Kolmogorov–Smirnov: the largest gap between the two classes’ score distributions." |
*
* @param {Report_Hint_KsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_ks: ((inputs?: Report_Hint_KsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Hint_KsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Lower is better." |
*
* @param {Report_Hint_Lower_BetterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_lower_better: ((inputs?: Report_Hint_Lower_BetterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Hint_Lower_BetterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Matthews correlation; 0 = chance, 1 = perfect." |
*
* @param {Report_Hint_MccInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_mcc: ((inputs?: Report_Hint_MccInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Hint_MccInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision–recall summary; sensitive to rare positives." |
*
* @param {Report_Hint_Pr_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_pr_auc: ((inputs?: Report_Hint_Pr_AucInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Hint_Pr_AucInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Ranking quality; 0.5 = chance, 1 = perfect. Multiclass: macro one-vs-rest." |
*
* @param {Report_Hint_Roc_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_roc_auc: ((inputs?: Report_Hint_Roc_AucInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Hint_Roc_AucInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The runs have identical settings." |
*
* @param {Report_Identical_SettingsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_identical_settings: ((inputs?: Report_Identical_SettingsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Identical_SettingsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Permutation importance" |
*
* @param {Report_ImportanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance: ((inputs?: Report_ImportanceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_ImportanceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "accuracy" |
*
* @param {Report_Importance_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_accuracy: ((inputs?: Report_Importance_AccuracyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Importance_AccuracyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Permutation importance on {rows} test rows: each column's values are shuffled {repeats} times and the model scored again ({metric} {baseline} unshuffled); ba..." |
*
* @param {Report_Importance_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_caption: ((inputs: Report_Importance_CaptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Importance_CaptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column importance of the compared runs" |
*
* @param {Report_Importance_Compared_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_compared_label: ((inputs?: Report_Importance_Compared_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Importance_Compared_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Score lost when the column is shuffled (permutation importance on each run's test rows; — where the run has none){order}." |
*
* @param {Report_Importance_Compared_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_compared_note: ((inputs: Report_Importance_Compared_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Importance_Compared_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The runs measured importance with different scores (ROC AUC for some, accuracy for others): compare numbers within a run only. Columns are ordered by their m..." |
*
* @param {Report_Importance_MixedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_mixed: ((inputs?: Report_Importance_MixedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Importance_MixedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | ", most important on average first" |
*
* @param {Report_Importance_OrderInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_order: ((inputs?: Report_Importance_OrderInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Importance_OrderInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Permutation importance, test and validation" |
*
* @param {Report_Importance_Test_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_test_validation: ((inputs?: Report_Importance_Test_ValidationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Importance_Test_ValidationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The {top} most important of {count} columns." |
*
* @param {Report_Importance_TopInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_top: ((inputs: Report_Importance_TopInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Importance_TopInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "On the validation part ({count} rows)" |
*
* @param {Report_Importance_Validation_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_validation_heading: ((inputs: Report_Importance_Validation_HeadingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Importance_Validation_HeadingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "the best epoch, whose weights were kept" |
*
* @param {Report_Kept_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kept_epoch: ((inputs?: Report_Kept_EpochInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Kept_EpochInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "the best iteration: the trees up to it were kept" |
*
* @param {Report_Kept_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kept_iteration: ((inputs?: Report_Kept_IterationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Kept_IterationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "the solver’s last iteration" |
*
* @param {Report_Kept_SolverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kept_solver: ((inputs?: Report_Kept_SolverInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Kept_SolverInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Key figures" |
*
* @param {Report_Key_FiguresInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_key_figures: ((inputs?: Report_Key_FiguresInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Key_FiguresInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "boolean" |
*
* @param {Report_Kind_BooleanInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_boolean: ((inputs?: Report_Kind_BooleanInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Kind_BooleanInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "categorical" |
*
* @param {Report_Kind_CategoricalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_categorical: ((inputs?: Report_Kind_CategoricalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Kind_CategoricalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "constant" |
*
* @param {Report_Kind_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_constant: ((inputs?: Report_Kind_ConstantInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Kind_ConstantInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "date" |
*
* @param {Report_Kind_DateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_date: ((inputs?: Report_Kind_DateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Kind_DateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "id" |
*
* @param {Report_Kind_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_id: ((inputs?: Report_Kind_IdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Kind_IdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "numeric" |
*
* @param {Report_Kind_NumericInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_numeric: ((inputs?: Report_Kind_NumericInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Kind_NumericInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "text" |
*
* @param {Report_Kind_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_text: ((inputs?: Report_Kind_TextInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Kind_TextInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "largest gap between the two classes' score distributions, at a score of {score}" |
*
* @param {Report_Ks_AtInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_ks_at: ((inputs: Report_Ks_AtInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Ks_AtInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Possible target leakage ({count} column)" |
*
* @param {Report_Leak_Title_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_leak_title_one: ((inputs: Report_Leak_Title_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Leak_Title_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Possible target leakage ({count} columns)" |
*
* @param {Report_Leak_Title_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_leak_title_other: ((inputs: Report_Leak_Title_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Leak_Title_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "lower is better" |
*
* @param {Report_Lower_Is_BetterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_lower_is_better: ((inputs?: Report_Lower_Is_BetterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Lower_Is_BetterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Accuracy" |
*
* @param {Report_Metric_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_accuracy: ((inputs?: Report_Metric_AccuracyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Metric_AccuracyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Balanced accuracy" |
*
* @param {Report_Metric_Balanced_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_balanced_accuracy: ((inputs?: Report_Metric_Balanced_AccuracyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Metric_Balanced_AccuracyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Brier score" |
*
* @param {Report_Metric_BrierInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_brier: ((inputs?: Report_Metric_BrierInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Metric_BrierInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "F1 (weighted)" |
*
* @param {Report_Metric_F1_WeightedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_f1_weighted: ((inputs?: Report_Metric_F1_WeightedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Metric_F1_WeightedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cohen's kappa" |
*
* @param {Report_Metric_KappaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_kappa: ((inputs?: Report_Metric_KappaInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Metric_KappaInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Log loss" |
*
* @param {Report_Metric_Log_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_log_loss: ((inputs?: Report_Metric_Log_LossInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Metric_Log_LossInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{metric} lost" |
*
* @param {Report_Metric_LostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_lost: ((inputs: Report_Metric_LostInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Metric_LostInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "PR AUC (average precision)" |
*
* @param {Report_Metric_Pr_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_pr_auc: ((inputs?: Report_Metric_Pr_AucInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Metric_Pr_AucInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision (macro)" |
*
* @param {Report_Metric_Precision_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_precision_macro: ((inputs?: Report_Metric_Precision_MacroInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Metric_Precision_MacroInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Recall (macro)" |
*
* @param {Report_Metric_Recall_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_recall_macro: ((inputs?: Report_Metric_Recall_MacroInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Metric_Recall_MacroInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Metrics" |
*
* @param {Report_Metrics_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metrics_label: ((inputs?: Report_Metrics_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Metrics_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Test: {test} rows, never seen in training; validation: {validation} rows." |
*
* @param {Report_Metrics_Rows_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metrics_rows_note: ((inputs: Report_Metrics_Rows_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Metrics_Rows_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} features after the recipe (one-hot levels, indicators, text terms)" |
*
* @param {Report_Model_Inputs_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_model_inputs_value: ((inputs: Report_Model_Inputs_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Model_Inputs_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "kept in the browser (downloadable as a model bundle)" |
*
* @param {Report_Model_KeptInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_model_kept: ((inputs?: Report_Model_KeptInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Model_KeptInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "not kept" |
*
* @param {Report_Model_Not_KeptInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_model_not_kept: ((inputs?: Report_Model_Not_KeptInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Model_Not_KeptInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model was fitted on the training part ({share} of the rows used); the validation part chose the stopping point and the threshold; the test part was used ..." |
*
* @param {Report_Model_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_model_note: ((inputs: Report_Model_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Model_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "removed on {time} to free space; metrics and curves are kept" |
*
* @param {Report_Model_RemovedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_model_removed: ((inputs: Report_Model_RemovedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Model_RemovedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model search" |
*
* @param {Report_Model_SearchInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_model_search: ((inputs?: Report_Model_SearchInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Model_SearchInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "No target-leak warnings: no single feature predicts the target almost perfectly on the training part." |
*
* @param {Report_No_LeakInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_no_leak: ((inputs?: Report_No_LeakInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_No_LeakInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "No term pushes towards this class." |
*
* @param {Report_No_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_no_term: ((inputs?: Report_No_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_No_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Report_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_none: ((inputs?: Report_NoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_NoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Report_None_MascInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_none_masc: ((inputs?: Report_None_MascInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_None_MascInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "none (multiclass)" |
*
* @param {Report_None_MulticlassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_none_multiclass: ((inputs?: Report_None_MulticlassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_None_MulticlassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "not measured" |
*
* @param {Report_Not_MeasuredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_not_measured: ((inputs?: Report_Not_MeasuredInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Not_MeasuredInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Notes" |
*
* @param {Report_NotesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_notes: ((inputs?: Report_NotesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_NotesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Notes on the test metrics" |
*
* @param {Report_Notes_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_notes_test: ((inputs?: Report_Notes_TestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Notes_TestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Other warnings" |
*
* @param {Report_Other_WarningsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_other_warnings: ((inputs?: Report_Other_WarningsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Other_WarningsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Comparison of {count} runs — Faro report" |
*
* @param {Report_Page_Title_CompareInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_page_title_compare: ((inputs: Report_Page_Title_CompareInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Page_Title_CompareInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{name} — Faro model report" |
*
* @param {Report_Page_Title_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_page_title_run: ((inputs: Report_Page_Title_RunInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Page_Title_RunInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Per-class metrics" |
*
* @param {Report_Per_Class_MetricsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_per_class_metrics: ((inputs?: Report_Per_Class_MetricsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Per_Class_MetricsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Per class (test)" |
*
* @param {Report_Per_Class_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_per_class_test: ((inputs?: Report_Per_Class_TestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Per_Class_TestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "positive" |
*
* @param {Report_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_positive: ((inputs?: Report_PositiveInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_PositiveInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{label} (the training part’s minority class)" |
*
* @param {Report_Positive_MinorityInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_positive_minority: ((inputs: Report_Positive_MinorityInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Positive_MinorityInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Everything in this report was computed in the browser that trained the run; the file loads nothing from anywhere." |
*
* @param {Report_Provenance_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_provenance_note: ((inputs?: Report_Provenance_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Provenance_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "“{value}”" |
*
* @param {Report_QuotedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_quoted: ((inputs: Report_QuotedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_QuotedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{metric}, {k}-fold cross-validation on the training part" |
*
* @param {Report_Ranked_By_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_ranked_by_value: ((inputs: Report_Ranked_By_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Ranked_By_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Share of all positives captured by this decile and the ones above (cumulative lift in brackets); each run’s positive class and full decile table are in its o..." |
*
* @param {Report_Ranking_Compared_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_ranking_compared_note: ((inputs?: Report_Ranking_Compared_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Ranking_Compared_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows ranked by the score of “{positive}”, highest first, in ten groups of equal size (tied scores keep the data's order). Captured: share of all “{positive}”..." |
*
* @param {Report_Ranking_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_ranking_note: ((inputs: Report_Ranking_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Ranking_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Recipe" |
*
* @param {Report_RecipeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe: ((inputs?: Report_RecipeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_RecipeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Recipe (fitted on the training part only)" |
*
* @param {Report_Recipe_BlockInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_block: ((inputs?: Report_Recipe_BlockInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_BlockInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "missing → {impute}; {encoding}" |
*
* @param {Report_Recipe_CategoricalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_categorical: ((inputs: Report_Recipe_CategoricalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_CategoricalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "constant {value}" |
*
* @param {Report_Recipe_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_constant: ((inputs: Report_Recipe_ConstantInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_ConstantInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Date difference: {name}" |
*
* @param {Report_Recipe_Date_DiffInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_date_diff: ((inputs: Report_Recipe_Date_DiffInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_Date_DiffInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "parts: {parts}" |
*
* @param {Report_Recipe_Date_PartsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_date_parts: ((inputs: Report_Recipe_Date_PartsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_Date_PartsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "days from {from} to {to}" |
*
* @param {Report_Recipe_DaysInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_days: ((inputs: Report_Recipe_DaysInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_DaysInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Derived: {name}" |
*
* @param {Report_Recipe_DerivedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_derived: ((inputs: Report_Recipe_DerivedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_DerivedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "every term" |
*
* @param {Report_Recipe_Every_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_every_term: ((inputs?: Report_Recipe_Every_TermInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_Every_TermInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Recipe: overrides, derived" |
*
* @param {Report_Recipe_Extra_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_extra_row: ((inputs?: Report_Recipe_Extra_RowInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_Extra_RowInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Categorical" |
*
* @param {Report_Recipe_Kind_CategoricalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_kind_categorical: ((inputs?: Report_Recipe_Kind_CategoricalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_Kind_CategoricalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Date" |
*
* @param {Report_Recipe_Kind_DateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_kind_date: ((inputs?: Report_Recipe_Kind_DateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_Kind_DateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Numeric" |
*
* @param {Report_Recipe_Kind_NumericInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_kind_numeric: ((inputs?: Report_Recipe_Kind_NumericInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_Kind_NumericInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Text" |
*
* @param {Report_Recipe_Kind_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_kind_text: ((inputs?: Report_Recipe_Kind_TextInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_Kind_TextInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "; log(1 + x) first" |
*
* @param {Report_Recipe_Log1pInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_log1p: ((inputs?: Report_Recipe_Log1pInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_Log1pInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "at most {count} terms" |
*
* @param {Report_Recipe_Max_TermsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_max_terms: ((inputs: Report_Recipe_Max_TermsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_Max_TermsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "the most frequent level" |
*
* @param {Report_Recipe_Most_FrequentInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_most_frequent: ((inputs?: Report_Recipe_Most_FrequentInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_Most_FrequentInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "no parts" |
*
* @param {Report_Recipe_No_PartsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_no_parts: ((inputs?: Report_Recipe_No_PartsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_No_PartsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "missing → {impute}; missing indicator {indicator}; scaling {scale}{log}" |
*
* @param {Report_Recipe_NumericInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_numeric: ((inputs: Report_Recipe_NumericInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_NumericInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "one-hot of the {max} most frequent training levels, the rest \"(other)\"" |
*
* @param {Report_Recipe_OnehotInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_onehot: ((inputs: Report_Recipe_OnehotInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_OnehotInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "ordinal (the level’s index)" |
*
* @param {Report_Recipe_OrdinalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_ordinal: ((inputs?: Report_Recipe_OrdinalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_OrdinalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Override: {column}" |
*
* @param {Report_Recipe_OverrideInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_override: ((inputs: Report_Recipe_OverrideInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_OverrideInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "the level \"{level}\"" |
*
* @param {Report_Recipe_Own_LevelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_own_level: ((inputs: Report_Recipe_Own_LevelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_Own_LevelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Recipe: {kind}" |
*
* @param {Report_Recipe_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_row: ((inputs: Report_Recipe_RowInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_RowInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | ", sublinear tf" |
*
* @param {Report_Recipe_SublinearInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_sublinear: ((inputs?: Report_Recipe_SublinearInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_SublinearInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "TF-IDF of {min}–{max}-word n-grams, {terms}, stop words {stopWords}{sublinear}, norm {norm}" |
*
* @param {Report_Recipe_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_text: ((inputs: Report_Recipe_TextInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Recipe_TextInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} rows added (synthetic or duplicated)." |
*
* @param {Report_Rows_AddedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rows_added: ((inputs: Report_Rows_AddedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Rows_AddedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} rows without a target value" |
*
* @param {Report_Rows_No_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rows_no_target: ((inputs: Report_Rows_No_TargetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Rows_No_TargetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{train} train · {validation} validation · {test} test rows" |
*
* @param {Report_Rows_PartsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rows_parts: ((inputs: Report_Rows_PartsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Rows_PartsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows per class" |
*
* @param {Report_Rows_Per_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rows_per_class: ((inputs?: Report_Rows_Per_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Rows_Per_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "lowest cost of errors on the validation part (false positive {fp}, false negative {fn})" |
*
* @param {Report_Rule_CostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rule_cost: ((inputs: Report_Rule_CostInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Rule_CostInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "fixed at {value}" |
*
* @param {Report_Rule_FixedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rule_fixed: ((inputs: Report_Rule_FixedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Rule_FixedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "maximise {metric} on the validation part" |
*
* @param {Report_Rule_MaximiseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rule_maximise: ((inputs: Report_Rule_MaximiseInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Rule_MaximiseInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "none (multiclass: highest probability)" |
*
* @param {Report_Rule_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rule_none: ((inputs?: Report_Rule_NoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Rule_NoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Run {letter}: {name}" |
*
* @param {Report_Run_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_run_heading: ((inputs: Report_Run_HeadingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Run_HeadingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{strategy}, {count} trials" |
*
* @param {Report_Search_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_search_value: ((inputs: Report_Search_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Search_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Confusion matrices (test)" |
*
* @param {Report_Section_ConfusionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_confusion: ((inputs?: Report_Section_ConfusionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_ConfusionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Curves (test part)" |
*
* @param {Report_Section_CurvesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_curves: ((inputs?: Report_Section_CurvesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_CurvesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Curves (test part), overlaid" |
*
* @param {Report_Section_Curves_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_curves_compared: ((inputs?: Report_Section_Curves_ComparedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_Curves_ComparedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Data" |
*
* @param {Report_Section_DataInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_data: ((inputs?: Report_Section_DataInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_DataInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Which columns the model relies on" |
*
* @param {Report_Section_ImportanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_importance: ((inputs?: Report_Section_ImportanceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_ImportanceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column importance" |
*
* @param {Report_Section_Importance_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_importance_compared: ((inputs?: Report_Section_Importance_ComparedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_Importance_ComparedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Metrics on validation and test" |
*
* @param {Report_Section_MetricsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_metrics: ((inputs?: Report_Section_MetricsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_MetricsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model and settings" |
*
* @param {Report_Section_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_model: ((inputs?: Report_Section_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Provenance" |
*
* @param {Report_Section_ProvenanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_provenance: ((inputs?: Report_Section_ProvenanceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_ProvenanceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Ranking of “{positive}” on the test part" |
*
* @param {Report_Section_RankingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_ranking: ((inputs: Report_Section_RankingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_RankingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Ranking on the test part" |
*
* @param {Report_Section_Ranking_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_ranking_compared: ((inputs?: Report_Section_Ranking_ComparedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_Ranking_ComparedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Summary" |
*
* @param {Report_Section_SummaryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_summary: ((inputs?: Report_Section_SummaryInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_SummaryInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Terms that weigh most for each class" |
*
* @param {Report_Section_TermsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_terms: ((inputs?: Report_Section_TermsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_TermsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Threshold and costs" |
*
* @param {Report_Section_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_threshold: ((inputs?: Report_Section_ThresholdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Section_ThresholdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "calibration" |
*
* @param {Report_Series_CalibrationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_calibration: ((inputs?: Report_Series_CalibrationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Series_CalibrationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "cost" |
*
* @param {Report_Series_CostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_cost: ((inputs?: Report_Series_CostInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Series_CostInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "cumulative lift" |
*
* @param {Report_Series_Cum_LiftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_cum_lift: ((inputs?: Report_Series_Cum_LiftInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Series_Cum_LiftInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "gains" |
*
* @param {Report_Series_GainsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_gains: ((inputs?: Report_Series_GainsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Series_GainsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "others" |
*
* @param {Report_Series_OthersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_others: ((inputs?: Report_Series_OthersInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Series_OthersInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "precision" |
*
* @param {Report_Series_PrecisionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_precision: ((inputs?: Report_Series_PrecisionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Series_PrecisionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "recall" |
*
* @param {Report_Series_RecallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_recall: ((inputs?: Report_Series_RecallInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Series_RecallInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "train" |
*
* @param {Report_Series_TrainInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_train: ((inputs?: Report_Series_TrainInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Series_TrainInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "validation" |
*
* @param {Report_Series_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_validation: ((inputs?: Report_Series_ValidationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Series_ValidationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Settings that differ" |
*
* @param {Report_Settings_DifferInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_settings_differ: ((inputs?: Report_Settings_DifferInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Settings_DifferInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Shaded rows differ between the runs." |
*
* @param {Report_Shaded_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_shaded_note: ((inputs?: Report_Shaded_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Shaded_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{split}, stratified, seed {seed}" |
*
* @param {Report_Split_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_split_value: ((inputs: Report_Split_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Split_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "cancelled" |
*
* @param {Report_Status_CancelledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_status_cancelled: ((inputs?: Report_Status_CancelledInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Status_CancelledInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "done" |
*
* @param {Report_Status_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_status_done: ((inputs?: Report_Status_DoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Status_DoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "failed" |
*
* @param {Report_Status_FailedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_status_failed: ((inputs?: Report_Status_FailedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Status_FailedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "interrupted" |
*
* @param {Report_Status_InterruptedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_status_interrupted: ((inputs?: Report_Status_InterruptedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Status_InterruptedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "running" |
*
* @param {Report_Status_RunningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_status_running: ((inputs?: Report_Status_RunningInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Status_RunningInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} boosting iterations" |
*
* @param {Report_Steps_BoostingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_steps_boosting: ((inputs: Report_Steps_BoostingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Steps_BoostingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "best epoch {best} of {count}" |
*
* @param {Report_Steps_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_steps_epoch: ((inputs: Report_Steps_EpochInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Steps_EpochInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "solved in {count} iterations" |
*
* @param {Report_Steps_SolverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_steps_solver: ((inputs: Report_Steps_SolverInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Steps_SolverInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "stopped early" |
*
* @param {Report_Stopped_EarlyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_stopped_early: ((inputs?: Report_Stopped_EarlyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Stopped_EarlyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "· dataset {dataset} · trained {time} · Faro {version}" |
*
* @param {Report_Subtitle_DetailsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_subtitle_details: ((inputs: Report_Subtitle_DetailsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Subtitle_DetailsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Gradient × input: how much each term raises the probability of its own class, averaged over the test rows of that class." |
*
* @param {Report_Terms_GradientInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_terms_gradient: ((inputs?: Report_Terms_GradientInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Terms_GradientInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model weight of each term for the class, relative to the other classes." |
*
* @param {Report_Terms_LogisticInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_terms_logistic: ((inputs?: Report_Terms_LogisticInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Terms_LogisticInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Terms of {label}" |
*
* @param {Report_Terms_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_terms_of: ((inputs: Report_Terms_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Terms_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Test {metric}" |
*
* @param {Report_Test_MetricInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_test_metric: ((inputs: Report_Test_MetricInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Test_MetricInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Test metric" |
*
* @param {Report_Test_Metric_ColInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_test_metric_col: ((inputs?: Report_Test_Metric_ColInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Test_Metric_ColInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "none (argmax)" |
*
* @param {Report_Threshold_ArgmaxInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_argmax: ((inputs?: Report_Threshold_ArgmaxInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Threshold_ArgmaxInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "chosen on the validation part for the lowest cost of errors: a false positive costs {fp}, a false negative {fn}" |
*
* @param {Report_Threshold_CostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_cost: ((inputs: Report_Threshold_CostInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Threshold_CostInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "; cost of errors {total} ({perRow} per row)" |
*
* @param {Report_Threshold_Cost_SuffixInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_cost_suffix: ((inputs: Report_Threshold_Cost_SuffixInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Threshold_Cost_SuffixInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "fixed" |
*
* @param {Report_Threshold_FixedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_fixed: ((inputs?: Report_Threshold_FixedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Threshold_FixedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Threshold" |
*
* @param {Report_Threshold_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_label: ((inputs?: Report_Threshold_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Threshold_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "chosen on the validation part to maximise {metric}" |
*
* @param {Report_Threshold_MaximiseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_maximise: ((inputs: Report_Threshold_MaximiseInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Threshold_MaximiseInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "(method: {method})." |
*
* @param {Report_Threshold_MethodInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_method: ((inputs: Report_Threshold_MethodInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Threshold_MethodInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "none: the class with the highest probability is predicted" |
*
* @param {Report_Threshold_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_none: ((inputs?: Report_Threshold_NoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Threshold_NoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Threshold on p({positive})" |
*
* @param {Report_Threshold_OnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_on: ((inputs: Report_Threshold_OnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Threshold_OnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows with p({positive}) ≥ {threshold} are predicted “{positive}”; test and validation metrics use this threshold." |
*
* @param {Report_Threshold_Rule_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_rule_note: ((inputs: Report_Threshold_Rule_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Threshold_Rule_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows with p({positive}) at or above the threshold are predicted “{positive}”; the sweep is measured on the validation part the threshold was chosen on." |
*
* @param {Report_Threshold_Sweep_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_sweep_note: ((inputs: Report_Threshold_Sweep_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Threshold_Sweep_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model report: {name}" |
*
* @param {Report_Title_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_title_run: ((inputs: Report_Title_RunInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Title_RunInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training curve" |
*
* @param {Report_Training_CurveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_training_curve: ((inputs?: Report_Training_CurveInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Training_CurveInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{method} (training part only)." |
*
* @param {Report_Training_Part_OnlyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_training_part_only: ((inputs: Report_Training_Part_OnlyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Training_Part_OnlyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} ({done} finished)" |
*
* @param {Report_Trials_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_trials_value: ((inputs: Report_Trials_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Trials_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Validation metric" |
*
* @param {Report_Validation_Metric_ColInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_validation_metric_col: ((inputs?: Report_Validation_Metric_ColInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Report_Validation_Metric_ColInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Some runs in this comparison are not stored in this browser (they may have been deleted): showing the list of runs." |
*
* @param {Route_Compare_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const route_compare_missing: ((inputs?: Route_Compare_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Route_Compare_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} of the runs in this comparison are no longer stored: comparing the others." |
*
* @param {Route_Compare_Some_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const route_compare_some_missing: ((inputs: Route_Compare_Some_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Route_Compare_Some_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The dataset in this link is not stored in this browser (it may have been deleted): showing your datasets instead." |
*
* @param {Route_Dataset_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const route_dataset_missing: ((inputs?: Route_Dataset_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Route_Dataset_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "There is no screen at “{hash}”: showing the Data screen instead." |
*
* @param {Route_No_ScreenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const route_no_screen: ((inputs: Route_No_ScreenInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Route_No_ScreenInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The run in this link is not stored in this browser (it may have been deleted): showing the list of runs." |
*
* @param {Route_Run_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const route_run_missing: ((inputs?: Route_Run_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Route_Run_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The run “{name}” has no results to show ({status}): showing the list of runs." |
*
* @param {Route_Run_UnfinishedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const route_run_unfinished: ((inputs: Route_Run_UnfinishedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Route_Run_UnfinishedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Actions" |
*
* @param {Runs_ActionsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_actions: ((inputs?: Runs_ActionsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ActionsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "after" |
*
* @param {Runs_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_after: ((inputs?: Runs_AfterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_AfterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "All {count} columns" |
*
* @param {Runs_All_ColumnsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_all_columns: ((inputs: Runs_All_ColumnsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_All_ColumnsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "all datasets" |
*
* @param {Runs_All_DatasetsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_all_datasets: ((inputs?: Runs_All_DatasetsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_All_DatasetsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Back to the run's threshold" |
*
* @param {Runs_Back_To_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_back_to_threshold: ((inputs?: Runs_Back_To_ThresholdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Back_To_ThresholdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "backend:" |
*
* @param {Runs_BackendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_backend: ((inputs?: Runs_BackendInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_BackendInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{caption}: {count} synthetic row added; {before} → {after} training rows." |
*
* @param {Runs_Balance_Caption_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_caption_one: ((inputs: Runs_Balance_Caption_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_Caption_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{caption}: {count} synthetic rows added; {before} → {after} training rows." |
*
* @param {Runs_Balance_Caption_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_caption_other: ((inputs: Runs_Balance_Caption_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_Caption_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training rows per class before and after balancing: {counts}" |
*
* @param {Runs_Balance_Chart_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_chart_label: ((inputs: Runs_Balance_Chart_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_Chart_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "every class down to the minority" |
*
* @param {Runs_Balance_DownInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_down: ((inputs?: Runs_Balance_DownInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_DownInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class balancing: {method}" |
*
* @param {Runs_Balance_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_heading: ((inputs: Runs_Balance_HeadingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_HeadingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class balancing" |
*
* @param {Runs_Balance_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_label: ((inputs?: Runs_Balance_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Runs_Balance_Name_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_name_none: ((inputs?: Runs_Balance_Name_NoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_Name_NoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "random over-sampling" |
*
* @param {Runs_Balance_Name_OverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_name_over: ((inputs?: Runs_Balance_Name_OverInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_Name_OverInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "random under-sampling" |
*
* @param {Runs_Balance_Name_UnderInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_name_under: ((inputs?: Runs_Balance_Name_UnderInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_Name_UnderInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "class weights (\"balanced\")" |
*
* @param {Runs_Balance_Name_WeightsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_name_weights: ((inputs?: Runs_Balance_Name_WeightsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_Name_WeightsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class {index} has {rows} rows, so {name} was reduced from {k} to {reduced}." |
*
* @param {Runs_Balance_Note_K_ReducedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_note_k_reduced: ((inputs: Runs_Balance_Note_K_ReducedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_Note_K_ReducedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class {index} has no borderline rows, so Borderline-SMOTE added none." |
*
* @param {Runs_Balance_Note_No_BorderlineInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_note_no_borderline: ((inputs: Runs_Balance_Note_No_BorderlineInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_Note_No_BorderlineInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{method} interpolated the one-hot category columns too, so synthetic rows can hold fractional category values; SMOTE-NC keeps categories whole." |
*
* @param {Runs_Balance_Note_One_HotInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_note_one_hot: ((inputs: Runs_Balance_Note_One_HotInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_Note_One_HotInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "minority / majority ratio {ratio}" |
*
* @param {Runs_Balance_Ratio_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_ratio_value: ((inputs: Runs_Balance_Ratio_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_Ratio_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{balance} (training part only)" |
*
* @param {Runs_Balance_Training_OnlyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_training_only: ((inputs: Runs_Balance_Training_OnlyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_Training_OnlyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "every class up to the majority" |
*
* @param {Runs_Balance_UpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_up: ((inputs?: Runs_Balance_UpInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Balance_UpInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "before" |
*
* @param {Runs_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_before: ((inputs?: Runs_BeforeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_BeforeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "best epoch {epoch}" |
*
* @param {Runs_Best_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_best_epoch: ((inputs: Runs_Best_EpochInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Best_EpochInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{value}, best" |
*
* @param {Runs_Best_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_best_value: ((inputs: Runs_Best_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Best_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class balancing of the blend's heaviest model (trial #{trial}); each member was balanced as its trial chose." |
*
* @param {Runs_Blend_Balance_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_blend_balance_caption: ((inputs: Runs_Blend_Balance_CaptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Blend_Balance_CaptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training curve of the blend's heaviest model (trial #{trial})." |
*
* @param {Runs_Blend_Curve_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_blend_curve_caption: ((inputs: Runs_Blend_Curve_CaptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Blend_Curve_CaptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "(listed under “Settings and recipe used”)" |
*
* @param {Runs_Blend_ListedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_blend_listed: ((inputs?: Runs_Blend_ListedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Blend_ListedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{weight} — trial #{trial}: {model}" |
*
* @param {Runs_Blend_MemberInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_blend_member: ((inputs: Runs_Blend_MemberInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Blend_MemberInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Blend of {count} models (their probabilities averaged with these weights; the recipe below is the first one's):" |
*
* @param {Runs_Blend_MembersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_blend_members: ((inputs: Runs_Blend_MembersInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Blend_MembersInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "blend of {count} models" |
*
* @param {Runs_Blend_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_blend_of: ((inputs: Runs_Blend_OfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Blend_OfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} boosting iterations" |
*
* @param {Runs_Boosting_IterationsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_boosting_iterations: ((inputs: Runs_Boosting_IterationsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Boosting_IterationsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Calibration (10 bins)" |
*
* @param {Runs_Calibration_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_calibration_caption: ((inputs?: Runs_Calibration_CaptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Calibration_CaptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Calibration curve" |
*
* @param {Runs_Calibration_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_calibration_label: ((inputs?: Runs_Calibration_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Calibration_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Captured" |
*
* @param {Runs_CapturedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_captured: ((inputs?: Runs_CapturedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_CapturedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Share of all “{label}” rows in this decile and the ones above" |
*
* @param {Runs_Captured_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_captured_title: ((inputs: Runs_Captured_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Captured_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class" |
*
* @param {Runs_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_class: ((inputs?: Runs_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class balance" |
*
* @param {Runs_Class_BalanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_class_balance: ((inputs?: Runs_Class_BalanceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Class_BalanceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training rows per class: {counts}; each row's loss weighted by n / (classes × class size)." |
*
* @param {Runs_Class_Weights_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_class_weights_note: ((inputs: Runs_Class_Weights_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Class_Weights_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Close" |
*
* @param {Runs_CloseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_close: ((inputs?: Runs_CloseInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_CloseInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Accuracy" |
*
* @param {Runs_Col_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_accuracy: ((inputs?: Runs_Col_AccuracyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Col_AccuracyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Created" |
*
* @param {Runs_Col_CreatedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_created: ((inputs?: Runs_Col_CreatedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Col_CreatedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Dataset" |
*
* @param {Runs_Col_DatasetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_dataset: ((inputs?: Runs_Col_DatasetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Col_DatasetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Log loss" |
*
* @param {Runs_Col_Log_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_log_loss: ((inputs?: Runs_Col_Log_LossInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Col_Log_LossInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Storage its model takes (what “Remove model” on the run frees)" |
*
* @param {Runs_Col_Model_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_model_title: ((inputs?: Runs_Col_Model_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Col_Model_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Runs_Col_NameInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_name: ((inputs?: Runs_Col_NameInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Col_NameInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Runs_Col_StatusInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_status: ((inputs?: Runs_Col_StatusInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Col_StatusInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column" |
*
* @param {Runs_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_column: ((inputs?: Runs_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Compare" |
*
* @param {Runs_CompareInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare: ((inputs?: Runs_CompareInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_CompareInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "⚠ These runs were trained on different data (the dataset fingerprints differ): their metrics are not directly comparable." |
*
* @param {Runs_Compare_Different_DataInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_different_data: ((inputs?: Runs_Compare_Different_DataInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Compare_Different_DataInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "⚠ These runs were evaluated on different test rows (another seed or split): differences may be noise." |
*
* @param {Runs_Compare_Different_Test_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_different_test_rows: ((inputs?: Runs_Compare_Different_Test_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Compare_Different_Test_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Score lost when the column is shuffled (permutation importance on each run's test rows; — where the run has none)." |
*
* @param {Runs_Compare_Importance_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_importance_caption: ((inputs?: Runs_Compare_Importance_CaptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Compare_Importance_CaptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Score lost when the column is shuffled (permutation importance on each run's test rows; — where the run has none), most important on average first." |
*
* @param {Runs_Compare_Importance_Caption_RankedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_importance_caption_ranked: ((inputs?: Runs_Compare_Importance_Caption_RankedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Compare_Importance_Caption_RankedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column importance of the compared runs" |
*
* @param {Runs_Compare_Importance_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_importance_label: ((inputs?: Runs_Compare_Importance_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Compare_Importance_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Compare runs" |
*
* @param {Runs_Compare_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_label: ((inputs?: Runs_Compare_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Compare_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Metrics of the compared runs" |
*
* @param {Runs_Compare_Metrics_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_metrics_label: ((inputs?: Runs_Compare_Metrics_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Compare_Metrics_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "(none)" |
*
* @param {Runs_Compare_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_none: ((inputs?: Runs_Compare_NoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Compare_NoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "One HTML file with these runs side by side, then each run's own report; it loads nothing from anywhere" |
*
* @param {Runs_Compare_Report_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_report_title: ((inputs?: Runs_Compare_Report_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Compare_Report_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Tick 2 to 6 finished runs to compare them side by side" |
*
* @param {Runs_Compare_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_title: ((inputs?: Runs_Compare_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Compare_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Comparing {count} runs" |
*
* @param {Runs_ComparingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_comparing: ((inputs: Runs_ComparingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ComparingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Confusion matrix" |
*
* @param {Runs_ConfusionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_confusion: ((inputs?: Runs_ConfusionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ConfusionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "true ↓ / predicted →" |
*
* @param {Runs_Confusion_CornerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_confusion_corner: ((inputs?: Runs_Confusion_CornerInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Confusion_CornerInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "TP · FP · FN · TN" |
*
* @param {Runs_Confusion_CountsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_confusion_counts: ((inputs?: Runs_Confusion_CountsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Confusion_CountsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cost of errors per row" |
*
* @param {Runs_Cost_AxisInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cost_axis: ((inputs?: Runs_Cost_AxisInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Cost_AxisInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cost of errors against the threshold" |
*
* @param {Runs_Cost_ChartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cost_chart: ((inputs?: Runs_Cost_ChartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Cost_ChartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "({perRow} per row; validation {validation} per row)." |
*
* @param {Runs_Cost_Per_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cost_per_row: ((inputs: Runs_Cost_Per_RowInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Cost_Per_RowInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cost per row" |
*
* @param {Runs_Cost_Per_Row_ColInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cost_per_row_col: ((inputs?: Runs_Cost_Per_Row_ColInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Cost_Per_Row_ColInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cost of the errors on the test part:" |
*
* @param {Runs_Cost_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cost_test: ((inputs?: Runs_Cost_TestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Cost_TestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cum. lift" |
*
* @param {Runs_Cum_LiftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cum_lift: ((inputs?: Runs_Cum_LiftInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Cum_LiftInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The rate of this decile and the ones above over the overall rate" |
*
* @param {Runs_Cum_Lift_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cum_lift_title: ((inputs?: Runs_Cum_Lift_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Cum_Lift_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Decile" |
*
* @param {Runs_DecileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_decile: ((inputs?: Runs_DecileInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_DecileInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Decile (highest scores first)" |
*
* @param {Runs_Decile_AxisInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_decile_axis: ((inputs?: Runs_Decile_AxisInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Decile_AxisInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Decile table" |
*
* @param {Runs_Decile_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_decile_table: ((inputs?: Runs_Decile_TableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Decile_TableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows ranked by the score of “{label}”, highest first, in ten groups of equal size (tied scores keep the data's order)." |
*
* @param {Runs_Deciles_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_deciles_caption: ((inputs: Runs_Deciles_CaptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Deciles_CaptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Score deciles" |
*
* @param {Runs_Deciles_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_deciles_label: ((inputs?: Runs_Deciles_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Deciles_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Delete the run “{name}”?" |
*
* @param {Runs_Delete_ConfirmInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_delete_confirm: ((inputs: Runs_Delete_ConfirmInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Delete_ConfirmInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Delete run {name}" |
*
* @param {Runs_Delete_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_delete_run: ((inputs: Runs_Delete_RunInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Delete_RunInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Download model" |
*
* @param {Runs_Download_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_download_model: ((inputs?: Runs_Download_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Download_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "One JSON file: the fitted recipe, the model, labels, threshold and metrics" |
*
* @param {Runs_Download_Model_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_download_model_title: ((inputs?: Runs_Download_Model_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Download_Model_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Download report" |
*
* @param {Runs_Download_ReportInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_download_report: ((inputs?: Runs_Download_ReportInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Download_ReportInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "One HTML file to read, print or archive: data, settings, metrics, curves, deciles, importance, warnings and provenance; it loads nothing from anywhere" |
*
* @param {Runs_Download_Report_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_download_report_title: ((inputs?: Runs_Download_Report_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Download_Report_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} rows without a target value were left out." |
*
* @param {Runs_Dropped_Missing_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_dropped_missing_target: ((inputs: Runs_Dropped_Missing_TargetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Dropped_Missing_TargetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "No runs yet. Train a model on the Train screen; every run is kept here, in this browser." |
*
* @param {Runs_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_empty: ((inputs?: Runs_EmptyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_EmptyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Epoch (trees: iteration)" |
*
* @param {Runs_Epoch_Trees_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_epoch_trees_iteration: ((inputs?: Runs_Epoch_Trees_IterationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Epoch_Trees_IterationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Export selected" |
*
* @param {Runs_Export_SelectedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_export_selected: ((inputs?: Runs_Export_SelectedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Export_SelectedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} features" |
*
* @param {Runs_FeaturesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_features: ((inputs: Runs_FeaturesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_FeaturesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} features (first model)" |
*
* @param {Runs_Features_First_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_features_first_model: ((inputs: Runs_Features_First_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Features_First_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Features" |
*
* @param {Runs_Features_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_features_heading: ((inputs?: Runs_Features_HeadingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Features_HeadingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Filter by dataset" |
*
* @param {Runs_Filter_DatasetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_filter_dataset: ((inputs?: Runs_Filter_DatasetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Filter_DatasetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The final model was refitted on {rows} training + validation rows for {count} epochs; the validation metrics and the threshold come from the model fitted on ..." |
*
* @param {Runs_Final_Fit_EpochsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_final_fit_epochs: ((inputs: Runs_Final_Fit_EpochsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Final_Fit_EpochsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The final model was refitted on {rows} training + validation rows ({count} iterations); the validation metrics and the threshold come from the model fitted o..." |
*
* @param {Runs_Final_Fit_IterationsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_final_fit_iterations: ((inputs: Runs_Final_Fit_IterationsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Final_Fit_IterationsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Flagged" |
*
* @param {Runs_FlaggedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_flagged: ((inputs?: Runs_FlaggedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_FlaggedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "False positive rate" |
*
* @param {Runs_FprInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_fpr: ((inputs?: Runs_FprInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_FprInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Fraction positive" |
*
* @param {Runs_Fraction_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_fraction_positive: ((inputs?: Runs_Fraction_PositiveInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Fraction_PositiveInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Share of gain" |
*
* @param {Runs_Gain_ShareInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_gain_share: ((inputs?: Runs_Gain_ShareInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Gain_ShareInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Total gain" |
*
* @param {Runs_Gain_TotalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_gain_total: ((inputs?: Runs_Gain_TotalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Gain_TotalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cumulative gains of “{label}” (the Captured column of the table)" |
*
* @param {Runs_Gains_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_gains_label: ((inputs: Runs_Gains_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Gains_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Share of correct predictions." |
*
* @param {Runs_Hint_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_accuracy: ((inputs?: Runs_Hint_AccuracyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Hint_AccuracyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Mean recall over classes." |
*
* @param {Runs_Hint_Balanced_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_balanced_accuracy: ((inputs?: Runs_Hint_Balanced_AccuracyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Hint_Balanced_AccuracyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Mean F1 over classes." |
*
* @param {Runs_Hint_F1_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_f1_macro: ((inputs?: Runs_Hint_F1_MacroInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Hint_F1_MacroInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "F1 averaged by class support." |
*
* @param {Runs_Hint_F1_WeightedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_f1_weighted: ((inputs?: Runs_Hint_F1_WeightedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Hint_F1_WeightedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "2 × ROC AUC − 1, as credit scoring reports it." |
*
* @param {Runs_Hint_GiniInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_gini: ((inputs?: Runs_Hint_GiniInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Hint_GiniInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Agreement beyond chance." |
*
* @param {Runs_Hint_KappaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_kappa: ((inputs?: Runs_Hint_KappaInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Hint_KappaInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Kolmogorov–Smirnov: the largest gap between the two classes’ score distributions." |
*
* @param {Runs_Hint_KsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_ks: ((inputs?: Runs_Hint_KsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Hint_KsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Lower is better." |
*
* @param {Runs_Hint_Lower_BetterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_lower_better: ((inputs?: Runs_Hint_Lower_BetterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Hint_Lower_BetterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Matthews correlation; 0 = chance, 1 = perfect." |
*
* @param {Runs_Hint_MccInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_mcc: ((inputs?: Runs_Hint_MccInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Hint_MccInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision–recall summary; sensitive to rare positives." |
*
* @param {Runs_Hint_Pr_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_pr_auc: ((inputs?: Runs_Hint_Pr_AucInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Hint_Pr_AucInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Ranking quality; 0.5 = chance, 1 = perfect. Multiclass: macro one-vs-rest." |
*
* @param {Runs_Hint_Roc_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_roc_auc: ((inputs?: Runs_Hint_Roc_AucInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Hint_Roc_AucInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Import runs…" |
*
* @param {Runs_ImportInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_import: ((inputs?: Runs_ImportInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ImportInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Import runs" |
*
* @param {Runs_Import_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_import_label: ((inputs?: Runs_Import_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Import_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Add runs from a file exported by Faro" |
*
* @param {Runs_Import_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_import_title: ((inputs?: Runs_Import_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Import_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "One-hot levels, derived columns and text terms count for the column they come from. Near 0 or below: the model does not use the column." |
*
* @param {Runs_Importance_Caption_RestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_caption_rest: ((inputs?: Runs_Importance_Caption_RestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Importance_Caption_RestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Permutation importance on {rows} test rows: each column's values are shuffled {repeats} times and the model scored again ({metric} {baseline} unshuffled); ba..." |
*
* @param {Runs_Importance_Caption_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_caption_test: ((inputs: Runs_Importance_Caption_TestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Importance_Caption_TestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Permutation importance on {rows} validation rows: each column's values are shuffled {repeats} times and the model scored again ({metric} {baseline} unshuffle..." |
*
* @param {Runs_Importance_Caption_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_caption_validation: ((inputs: Runs_Importance_Caption_ValidationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Importance_Caption_ValidationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Permutation importance per column" |
*
* @param {Runs_Importance_ChartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_chart: ((inputs?: Runs_Importance_ChartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Importance_ChartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Which columns the model relies on" |
*
* @param {Runs_Importance_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_heading: ((inputs?: Runs_Importance_HeadingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Importance_HeadingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column importance" |
*
* @param {Runs_Importance_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_label: ((inputs?: Runs_Importance_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Importance_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "⚠ These runs measured importance with different scores (ROC AUC for some, accuracy for others): compare numbers within a run only. Columns are ordered by the..." |
*
* @param {Runs_Importance_MixedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_mixed: ((inputs?: Runs_Importance_MixedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Importance_MixedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows the importance is measured on" |
*
* @param {Runs_Importance_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_part: ((inputs?: Runs_Importance_PartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Importance_PartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Permutation importance" |
*
* @param {Runs_Importance_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_table: ((inputs?: Runs_Importance_TableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Importance_TableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Imported {count} run from {file}." |
*
* @param {Runs_Imported_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_imported_one: ((inputs: Runs_Imported_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Imported_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Imported {count} run from {file} ({skipped} already here)." |
*
* @param {Runs_Imported_One_SkippedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_imported_one_skipped: ((inputs: Runs_Imported_One_SkippedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Imported_One_SkippedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Imported {count} runs from {file}." |
*
* @param {Runs_Imported_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_imported_other: ((inputs: Runs_Imported_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Imported_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Imported {count} runs from {file} ({skipped} already here)." |
*
* @param {Runs_Imported_Other_SkippedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_imported_other_skipped: ((inputs: Runs_Imported_Other_SkippedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Imported_Other_SkippedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "(largest gap between the two classes' score distributions, at a score of {score})" |
*
* @param {Runs_Ks_AtInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_ks_at: ((inputs: Runs_Ks_AtInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Ks_AtInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "KS chart: the largest gap between the two classes is {ks}" |
*
* @param {Runs_Ks_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_ks_label: ((inputs: Runs_Ks_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Ks_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "precision" |
*
* @param {Runs_Legend_PrecisionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_legend_precision: ((inputs?: Runs_Legend_PrecisionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Legend_PrecisionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "recall" |
*
* @param {Runs_Legend_RecallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_legend_recall: ((inputs?: Runs_Legend_RecallInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Legend_RecallInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "train" |
*
* @param {Runs_Legend_TrainInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_legend_train: ((inputs?: Runs_Legend_TrainInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Legend_TrainInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "validation" |
*
* @param {Runs_Legend_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_legend_validation: ((inputs?: Runs_Legend_ValidationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Legend_ValidationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Lift by decile (the Lift and Cum. lift columns of the table)" |
*
* @param {Runs_Lift_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_lift_label: ((inputs?: Runs_Lift_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Lift_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The decile's rate over the overall rate" |
*
* @param {Runs_Lift_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_lift_title: ((inputs?: Runs_Lift_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Lift_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Loss (cross-entropy)" |
*
* @param {Runs_Loss_AxisInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_axis: ((inputs?: Runs_Loss_AxisInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Loss_AxisInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Loss per epoch." |
*
* @param {Runs_Loss_Caption_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_caption_epoch: ((inputs?: Runs_Loss_Caption_EpochInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Loss_Caption_EpochInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Loss per epoch; dashed line: best epoch ({best}), whose weights were kept." |
*
* @param {Runs_Loss_Caption_Epoch_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_caption_epoch_best: ((inputs: Runs_Loss_Caption_Epoch_BestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Loss_Caption_Epoch_BestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Loss per iteration." |
*
* @param {Runs_Loss_Caption_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_caption_iteration: ((inputs?: Runs_Loss_Caption_IterationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Loss_Caption_IterationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Loss per iteration; dashed line: best iteration ({best}), the trees up to it were kept." |
*
* @param {Runs_Loss_Caption_Iteration_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_caption_iteration_best: ((inputs: Runs_Loss_Caption_Iteration_BestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Loss_Caption_Iteration_BestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Loss per iteration; dashed line: the solver's last iteration ({best}), its weights are the model." |
*
* @param {Runs_Loss_Caption_Solver_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_caption_solver_best: ((inputs: Runs_Loss_Caption_Solver_BestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Loss_Caption_Solver_BestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Validation loss per epoch (per iteration for trees)" |
*
* @param {Runs_Loss_CurvesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_curves: ((inputs?: Runs_Loss_CurvesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Loss_CurvesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Validation loss of the compared runs" |
*
* @param {Runs_Loss_Curves_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_curves_label: ((inputs?: Runs_Loss_Curves_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Loss_Curves_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training and validation loss per epoch" |
*
* @param {Runs_Loss_Label_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_label_epoch: ((inputs?: Runs_Loss_Label_EpochInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Loss_Label_EpochInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training and validation loss per iteration" |
*
* @param {Runs_Loss_Label_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_label_iteration: ((inputs?: Runs_Loss_Label_IterationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Loss_Label_IterationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{metric} lost when the column is shuffled" |
*
* @param {Runs_Lost_When_ShuffledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_lost_when_shuffled: ((inputs: Runs_Lost_When_ShuffledInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Lost_When_ShuffledInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "(lower is better)" |
*
* @param {Runs_Lower_Is_BetterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_lower_is_better: ((inputs?: Runs_Lower_Is_BetterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Lower_Is_BetterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Mean predicted probability" |
*
* @param {Runs_Mean_PredictedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_mean_predicted: ((inputs?: Runs_Mean_PredictedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Mean_PredictedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Metric" |
*
* @param {Runs_MetricInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric: ((inputs?: Runs_MetricInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_MetricInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "accuracy" |
*
* @param {Runs_Metric_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_accuracy: ((inputs?: Runs_Metric_AccuracyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_AccuracyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Balanced accuracy" |
*
* @param {Runs_Metric_Balanced_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_balanced_accuracy: ((inputs?: Runs_Metric_Balanced_AccuracyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_Balanced_AccuracyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Brier score" |
*
* @param {Runs_Metric_BrierInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_brier: ((inputs?: Runs_Metric_BrierInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_BrierInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "F1 (weighted)" |
*
* @param {Runs_Metric_F1_WeightedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_f1_weighted: ((inputs?: Runs_Metric_F1_WeightedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_F1_WeightedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cohen's kappa" |
*
* @param {Runs_Metric_KappaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_kappa: ((inputs?: Runs_Metric_KappaInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_KappaInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{metric} lost" |
*
* @param {Runs_Metric_LostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_lost: ((inputs: Runs_Metric_LostInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_LostInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Average precision is 0: no evaluated row is \"{label}\"." |
*
* @param {Runs_Metric_Note_Ap_ZeroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_note_ap_zero: ((inputs: Runs_Metric_Note_Ap_ZeroInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_Note_Ap_ZeroInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cohen's kappa is undefined: one class only, on both sides." |
*
* @param {Runs_Metric_Note_KappaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_note_kappa: ((inputs?: Runs_Metric_Note_KappaInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_Note_KappaInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class \"{label}\" is never predicted: its precision is set to 0." |
*
* @param {Runs_Metric_Note_Never_PredictedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_note_never_predicted: ((inputs: Runs_Metric_Note_Never_PredictedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_Note_Never_PredictedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "ROC AUC is undefined: class {names} has no evaluated row, or every one (its average precision counts as 0 or 1)." |
*
* @param {Runs_Metric_Note_Roc_Class_UndefinedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_note_roc_class_undefined: ((inputs: Runs_Metric_Note_Roc_Class_UndefinedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_Note_Roc_Class_UndefinedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "ROC AUC is undefined: every evaluated row is \"{label}\"." |
*
* @param {Runs_Metric_Note_Roc_One_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_note_roc_one_class: ((inputs: Runs_Metric_Note_Roc_One_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_Note_Roc_One_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "PR AUC (average precision)" |
*
* @param {Runs_Metric_Pr_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_pr_auc: ((inputs?: Runs_Metric_Pr_AucInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_Pr_AucInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision (macro)" |
*
* @param {Runs_Metric_Precision_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_precision_macro: ((inputs?: Runs_Metric_Precision_MacroInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_Precision_MacroInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Recall (macro)" |
*
* @param {Runs_Metric_Recall_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_recall_macro: ((inputs?: Runs_Metric_Recall_MacroInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metric_Recall_MacroInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Metrics" |
*
* @param {Runs_Metrics_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metrics_label: ((inputs?: Runs_Metrics_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Metrics_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model" |
*
* @param {Runs_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_model: ((inputs?: Runs_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "model removed" |
*
* @param {Runs_Model_RemovedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_model_removed: ((inputs?: Runs_Model_RemovedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Model_RemovedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "model removed on {date} ({size} freed)" |
*
* @param {Runs_Model_Removed_OnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_model_removed_on: ((inputs: Runs_Model_Removed_OnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Model_Removed_OnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "removed" |
*
* @param {Runs_Model_Removed_ShortInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_model_removed_short: ((inputs?: Runs_Model_Removed_ShortInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Model_Removed_ShortInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The model's weights as JSON: the space removing it frees" |
*
* @param {Runs_Model_Size_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_model_size_title: ((inputs?: Runs_Model_Size_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Model_Size_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This run was recorded before Faro kept the test scores: only the validation sweep can be read here." |
*
* @param {Runs_No_Test_ScoresInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_no_test_scores: ((inputs?: Runs_No_Test_ScoresInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_No_Test_ScoresInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "not measured" |
*
* @param {Runs_Not_MeasuredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_not_measured: ((inputs?: Runs_Not_MeasuredInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Not_MeasuredInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "on validation" |
*
* @param {Runs_On_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_on_validation: ((inputs?: Runs_On_ValidationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_On_ValidationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Runs_OpenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_open: ((inputs?: Runs_OpenInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_OpenInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Open run {name}" |
*
* @param {Runs_Open_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_open_run: ((inputs: Runs_Open_RunInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Open_RunInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "others" |
*
* @param {Runs_OthersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_others: ((inputs?: Runs_OthersInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_OthersInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Part" |
*
* @param {Runs_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_part: ((inputs?: Runs_PartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_PartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Per-class metrics" |
*
* @param {Runs_Per_Class_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_per_class_label: ((inputs?: Runs_Per_Class_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Per_Class_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "positive" |
*
* @param {Runs_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_positive: ((inputs?: Runs_PositiveInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_PositiveInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Positive class" |
*
* @param {Runs_Positive_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_positive_class: ((inputs?: Runs_Positive_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Positive_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision–recall · AP {ap}" |
*
* @param {Runs_Pr_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_pr_caption: ((inputs: Runs_Pr_CaptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Pr_CaptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision–recall curves" |
*
* @param {Runs_Pr_CurvesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_pr_curves: ((inputs?: Runs_Pr_CurvesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Pr_CurvesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision-recall curves of the compared runs" |
*
* @param {Runs_Pr_Curves_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_pr_curves_label: ((inputs?: Runs_Pr_Curves_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Pr_Curves_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision-recall curve" |
*
* @param {Runs_Pr_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_pr_label: ((inputs?: Runs_Pr_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Pr_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision" |
*
* @param {Runs_PrecisionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_precision: ((inputs?: Runs_PrecisionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_PrecisionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision, recall" |
*
* @param {Runs_Precision_Recall_AxisInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_precision_recall_axis: ((inputs?: Runs_Precision_Recall_AxisInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Precision_Recall_AxisInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "“{label}”" |
*
* @param {Runs_QuotedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_quoted: ((inputs: Runs_QuotedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_QuotedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Ranking of “{label}” on the test part" |
*
* @param {Runs_Ranking_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_ranking_heading: ((inputs: Runs_Ranking_HeadingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Ranking_HeadingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rate" |
*
* @param {Runs_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_rate: ((inputs?: Runs_RateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_RateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Precision and recall against the threshold" |
*
* @param {Runs_Rates_ChartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_rates_chart: ((inputs?: Runs_Rates_ChartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Rates_ChartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Recall" |
*
* @param {Runs_RecallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_recall: ((inputs?: Runs_RecallInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_RecallInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Recipe" |
*
* @param {Runs_RecipeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_recipe: ((inputs?: Runs_RecipeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_RecipeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Recipe as JSON, scrollable" |
*
* @param {Runs_Recipe_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_recipe_label: ((inputs?: Runs_Recipe_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Recipe_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Remove model" |
*
* @param {Runs_Remove_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_remove_model: ((inputs?: Runs_Remove_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Remove_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Remove the model of “{name}” to free {size}? Its metrics, curves and settings stay, and it can still be compared, but it can no longer be downloaded or used ..." |
*
* @param {Runs_Remove_Model_ConfirmInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_remove_model_confirm: ((inputs: Runs_Remove_Model_ConfirmInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Remove_Model_ConfirmInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Free storage space: keeps the run, its metrics, curves and settings" |
*
* @param {Runs_Remove_Model_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_remove_model_title: ((inputs?: Runs_Remove_Model_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Remove_Model_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Run results" |
*
* @param {Runs_Results_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_results_label: ((inputs?: Runs_Results_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Results_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "ROC curve · AUC {auc}" |
*
* @param {Runs_Roc_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_roc_caption: ((inputs: Runs_Roc_CaptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Roc_CaptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "ROC curves" |
*
* @param {Runs_Roc_CurvesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_roc_curves: ((inputs?: Runs_Roc_CurvesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Roc_CurvesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "ROC curves of the compared runs" |
*
* @param {Runs_Roc_Curves_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_roc_curves_label: ((inputs?: Runs_Roc_Curves_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Roc_Curves_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "ROC curve" |
*
* @param {Runs_Roc_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_roc_label: ((inputs?: Runs_Roc_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Roc_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "row-normalised" |
*
* @param {Runs_Row_NormalisedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_row_normalised: ((inputs?: Runs_Row_NormalisedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Row_NormalisedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows" |
*
* @param {Runs_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_rows: ((inputs?: Runs_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} rows" |
*
* @param {Runs_Rows_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_rows_count: ((inputs: Runs_Rows_CountInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Rows_CountInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Run name" |
*
* @param {Runs_Run_NameInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_run_name: ((inputs?: Runs_Run_NameInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Run_NameInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Scores" |
*
* @param {Runs_ScoresInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_scores: ((inputs?: Runs_ScoresInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ScoresInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Select and star" |
*
* @param {Runs_Select_And_StarInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_select_and_star: ((inputs?: Runs_Select_And_StarInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Select_And_StarInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Select {name} for comparison" |
*
* @param {Runs_Select_For_ComparisonInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_select_for_comparison: ((inputs: Runs_Select_For_ComparisonInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Select_For_ComparisonInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} selected" |
*
* @param {Runs_SelectedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_selected: ((inputs: Runs_SelectedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_SelectedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Setting" |
*
* @param {Runs_SettingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_setting: ((inputs?: Runs_SettingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_SettingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Settings that differ" |
*
* @param {Runs_Settings_DifferInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_settings_differ: ((inputs?: Runs_Settings_DifferInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Settings_DifferInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The runs have identical settings." |
*
* @param {Runs_Settings_IdenticalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_settings_identical: ((inputs?: Runs_Settings_IdenticalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Settings_IdenticalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Settings and recipe used" |
*
* @param {Runs_Settings_UsedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_settings_used: ((inputs?: Runs_Settings_UsedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Settings_UsedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Share of “{label}” captured" |
*
* @param {Runs_Share_CapturedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_share_captured: ((inputs: Runs_Share_CapturedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Share_CapturedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Share of the class" |
*
* @param {Runs_Share_Of_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_share_of_class: ((inputs?: Runs_Share_Of_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Share_Of_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Share of rows (highest scores first)" |
*
* @param {Runs_Share_Of_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_share_of_rows: ((inputs?: Runs_Share_Of_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Share_Of_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "solved in {count} iterations" |
*
* @param {Runs_Solved_InInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_solved_in: ((inputs: Runs_Solved_InInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Solved_InInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Split" |
*
* @param {Runs_SplitInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_split: ((inputs?: Runs_SplitInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_SplitInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "test = {rows}; the other rows {train} / {validation} (train / validation)" |
*
* @param {Runs_Split_ChosenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_split_chosen: ((inputs: Runs_Split_ChosenInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Split_ChosenInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "test = {rows} ({count} row); the other rows {train} / {validation} (train / validation)" |
*
* @param {Runs_Split_Chosen_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_split_chosen_one: ((inputs: Runs_Split_Chosen_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Split_Chosen_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "test = {rows} ({count} rows); the other rows {train} / {validation} (train / validation)" |
*
* @param {Runs_Split_Chosen_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_split_chosen_other: ((inputs: Runs_Split_Chosen_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Split_Chosen_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "rows where {column} = {value}" |
*
* @param {Runs_Split_Rows_WhereInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_split_rows_where: ((inputs: Runs_Split_Rows_WhereInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Split_Rows_WhereInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{train} / {validation} / {test} (train / validation / test)" |
*
* @param {Runs_Split_SharesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_split_shares: ((inputs: Runs_Split_SharesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Split_SharesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{train} train · {validation} validation · {test} test rows" |
*
* @param {Runs_Split_SizesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_split_sizes: ((inputs: Runs_Split_SizesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Split_SizesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{split}, stratified, seed {seed}" |
*
* @param {Runs_Split_SummaryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_split_summary: ((inputs: Runs_Split_SummaryInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Split_SummaryInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Splits" |
*
* @param {Runs_SplitsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_splits: ((inputs?: Runs_SplitsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_SplitsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Star" |
*
* @param {Runs_StarInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_star: ((inputs?: Runs_StarInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_StarInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "failed: {message}" |
*
* @param {Runs_Status_FailedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_status_failed: ((inputs: Runs_Status_FailedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Status_FailedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "± std" |
*
* @param {Runs_StdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_std: ((inputs?: Runs_StdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_StdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Epoch" |
*
* @param {Runs_Step_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_step_epoch: ((inputs?: Runs_Step_EpochInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Step_EpochInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Iteration" |
*
* @param {Runs_Step_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_step_iteration: ((inputs?: Runs_Step_IterationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Step_IterationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Solver iteration" |
*
* @param {Runs_Step_SolverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_step_solver: ((inputs?: Runs_Step_SolverInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Step_SolverInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "(stopped early)" |
*
* @param {Runs_Stopped_EarlyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_stopped_early: ((inputs?: Runs_Stopped_EarlyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Stopped_EarlyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Support" |
*
* @param {Runs_SupportInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_support: ((inputs?: Runs_SupportInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_SupportInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rows with p({label}) at or above the threshold are predicted “{label}”; the dashed line is the run's threshold ({threshold})." |
*
* @param {Runs_Sweep_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_sweep_caption: ((inputs: Runs_Sweep_CaptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Sweep_CaptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The threshold on the validation part" |
*
* @param {Runs_Sweep_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_sweep_heading: ((inputs?: Runs_Sweep_HeadingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Sweep_HeadingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Threshold sweep" |
*
* @param {Runs_Sweep_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_sweep_label: ((inputs?: Runs_Sweep_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Sweep_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "(sweep point {threshold})" |
*
* @param {Runs_Sweep_PointInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_sweep_point: ((inputs: Runs_Sweep_PointInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Sweep_PointInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stored runs" |
*
* @param {Runs_Table_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_table_label: ((inputs?: Runs_Table_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Table_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Gradient × input: how much each term raises the probability of its own class, averaged over the test rows of that class." |
*
* @param {Runs_Terms_GradientInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_terms_gradient: ((inputs?: Runs_Terms_GradientInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Terms_GradientInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Terms that weigh most for each class" |
*
* @param {Runs_Terms_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_terms_heading: ((inputs?: Runs_Terms_HeadingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Terms_HeadingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Term weights" |
*
* @param {Runs_Terms_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_terms_label: ((inputs?: Runs_Terms_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Terms_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model weight of each term for the class, relative to the other classes." |
*
* @param {Runs_Terms_LogisticInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_terms_logistic: ((inputs?: Runs_Terms_LogisticInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Terms_LogisticInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "No term pushes towards this class." |
*
* @param {Runs_Terms_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_terms_none: ((inputs?: Runs_Terms_NoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Terms_NoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Test" |
*
* @param {Runs_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_test: ((inputs?: Runs_TestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_TestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Test metric" |
*
* @param {Runs_Test_MetricInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_test_metric: ((inputs?: Runs_Test_MetricInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Test_MetricInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "test part" |
*
* @param {Runs_Test_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_test_part: ((inputs?: Runs_Test_PartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Test_PartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Threshold" |
*
* @param {Runs_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_threshold: ((inputs?: Runs_ThresholdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ThresholdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "chosen on the validation part for the lowest cost of errors: a false positive costs {falsePositive}, a false negative {falseNegative}" |
*
* @param {Runs_Threshold_CostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_threshold_cost: ((inputs: Runs_Threshold_CostInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Threshold_CostInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "fixed" |
*
* @param {Runs_Threshold_FixedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_threshold_fixed: ((inputs?: Runs_Threshold_FixedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Threshold_FixedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "chosen on the validation part to maximise {metric}" |
*
* @param {Runs_Threshold_MaximiseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_threshold_maximise: ((inputs: Runs_Threshold_MaximiseInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Threshold_MaximiseInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Threshold on p({label})" |
*
* @param {Runs_Threshold_OnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_threshold_on: ((inputs: Runs_Threshold_OnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Threshold_OnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "; decision threshold {threshold} ({method}). Test metrics use it." |
*
* @param {Runs_Threshold_SentenceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_threshold_sentence: ((inputs: Runs_Threshold_SentenceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Threshold_SentenceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Runs" |
*
* @param {Runs_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_title: ((inputs?: Runs_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "True positive rate" |
*
* @param {Runs_TprInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_tpr: ((inputs?: Runs_TprInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_TprInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "trained in {duration}" |
*
* @param {Runs_Trained_InInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_trained_in: ((inputs: Runs_Trained_InInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Trained_InInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training loss" |
*
* @param {Runs_Training_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_training_loss: ((inputs?: Runs_Training_LossInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Training_LossInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training part" |
*
* @param {Runs_Training_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_training_part: ((inputs?: Runs_Training_PartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Training_PartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training rows" |
*
* @param {Runs_Training_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_training_rows: ((inputs?: Runs_Training_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Training_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Gain is the training loss each split removed, summed over every tree (XGBoost’s total gain); it shows what the trees used while fitting, where permutation im..." |
*
* @param {Runs_Tree_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_tree_caption: ((inputs?: Runs_Tree_CaptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Tree_CaptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "What the trees’ splits say: gain and split count per column" |
*
* @param {Runs_Tree_SummaryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_tree_summary: ((inputs?: Runs_Tree_SummaryInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Tree_SummaryInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Tree gain and split counts" |
*
* @param {Runs_Tree_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_tree_table: ((inputs?: Runs_Tree_TableInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Tree_TableInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "trial not kept" |
*
* @param {Runs_Trial_Not_KeptInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_trial_not_kept: ((inputs?: Runs_Trial_Not_KeptInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Trial_Not_KeptInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Metrics at the tried threshold" |
*
* @param {Runs_Tried_MetricsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_tried_metrics: ((inputs?: Runs_Tried_MetricsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Tried_MetricsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Trying a threshold changes nothing stored: the run's metrics, its model file and its predictions keep the run's threshold." |
*
* @param {Runs_Try_Changes_NothingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_try_changes_nothing: ((inputs?: Runs_Try_Changes_NothingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Try_Changes_NothingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Try a threshold:" |
*
* @param {Runs_Try_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_try_threshold: ((inputs?: Runs_Try_ThresholdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Try_ThresholdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Threshold on p({label}) to try" |
*
* @param {Runs_Try_Threshold_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_try_threshold_label: ((inputs: Runs_Try_Threshold_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Try_Threshold_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "unknown error" |
*
* @param {Runs_Unknown_ErrorInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_unknown_error: ((inputs?: Runs_Unknown_ErrorInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Unknown_ErrorInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Unstar" |
*
* @param {Runs_UnstarInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_unstar: ((inputs?: Runs_UnstarInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_UnstarInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Validation" |
*
* @param {Runs_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_validation: ((inputs?: Runs_ValidationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_ValidationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Validation loss" |
*
* @param {Runs_Validation_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_validation_loss: ((inputs?: Runs_Validation_LossInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Validation_LossInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "validation part" |
*
* @param {Runs_Validation_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_validation_part: ((inputs?: Runs_Validation_PartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_Validation_PartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Youden's J" |
*
* @param {Runs_YoudenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_youden: ((inputs?: Runs_YoudenInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Runs_YoudenInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Data" |
*
* @param {Tab_DataInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const tab_data: ((inputs?: Tab_DataInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tab_DataInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Predict" |
*
* @param {Tab_PredictInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const tab_predict: ((inputs?: Tab_PredictInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tab_PredictInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Runs" |
*
* @param {Tab_RunsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const tab_runs: ((inputs?: Tab_RunsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tab_RunsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Train" |
*
* @param {Tab_TrainInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const tab_train: ((inputs?: Tab_TrainInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tab_TrainInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Screens" |
*
* @param {Tabs_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const tabs_label: ((inputs?: Tabs_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Activation" |
*
* @param {Train_ActivationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_activation: ((inputs?: Train_ActivationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_ActivationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Backend" |
*
* @param {Train_BackendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend: ((inputs?: Train_BackendInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_BackendInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "automatic" |
*
* @param {Train_Backend_AutoInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_auto: ((inputs?: Train_Backend_AutoInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_AutoInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "CPU (plain JavaScript)" |
*
* @param {Train_Backend_CpuInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_cpu: ((inputs?: Train_Backend_CpuInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_CpuInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{name}, as chosen in the settings" |
*
* @param {Train_Backend_Reason_ForcedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_reason_forced: ((inputs: Train_Backend_Reason_ForcedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Reason_ForcedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{name} (hardware GPU)" |
*
* @param {Train_Backend_Reason_HardwareInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_reason_hardware: ((inputs: Train_Backend_Reason_HardwareInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Reason_HardwareInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Gradient-boosted trees train and score in plain JavaScript." |
*
* @param {Train_Backend_Reason_JsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_reason_js: ((inputs?: Train_Backend_Reason_JsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Reason_JsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{name} skipped: {why}" |
*
* @param {Train_Backend_Reason_SkippedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_reason_skipped: ((inputs: Train_Backend_Reason_SkippedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Reason_SkippedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Automatic: a real GPU through WebGPU or WebGL when there is one, otherwise WebAssembly. Software GPUs are skipped: they are many times slower." |
*
* @param {Train_Backend_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_title: ((inputs?: Train_Backend_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "WebGPU offers only a software fallback adapter" |
*
* @param {Train_Backend_Why_FallbackInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_why_fallback: ((inputs?: Train_Backend_Why_FallbackInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Why_FallbackInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "a test matMul gave {values} instead of 19, 22, 43, 50" |
*
* @param {Train_Backend_Why_MatmulInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_why_matmul: ((inputs: Train_Backend_Why_MatmulInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Why_MatmulInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "WebGPU has no adapter (no GPU, or WebGPU is disabled)" |
*
* @param {Train_Backend_Why_No_AdapterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_why_no_adapter: ((inputs?: Train_Backend_Why_No_AdapterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Why_No_AdapterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "WebGL could not create a context" |
*
* @param {Train_Backend_Why_No_ContextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_why_no_context: ((inputs?: Train_Backend_Why_No_ContextInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Why_No_ContextInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "WebGL is not available here (no OffscreenCanvas)" |
*
* @param {Train_Backend_Why_No_OffscreenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_why_no_offscreen: ((inputs?: Train_Backend_Why_No_OffscreenInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Why_No_OffscreenInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "it failed to start" |
*
* @param {Train_Backend_Why_No_StartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_why_no_start: ((inputs?: Train_Backend_Why_No_StartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Why_No_StartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "WebGPU is not available here (no navigator.gpu)" |
*
* @param {Train_Backend_Why_No_WebgpuInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_why_no_webgpu: ((inputs?: Train_Backend_Why_No_WebgpuInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Why_No_WebgpuInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "not registered in this build" |
*
* @param {Train_Backend_Why_Not_RegisteredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_why_not_registered: ((inputs?: Train_Backend_Why_Not_RegisteredInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Why_Not_RegisteredInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "WebGL renders in software (\"{renderer}\")" |
*
* @param {Train_Backend_Why_SoftwareInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_why_software: ((inputs: Train_Backend_Why_SoftwareInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Why_SoftwareInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "requesting a WebGPU adapter took longer than {ms} ms" |
*
* @param {Train_Backend_Why_Timeout_AdapterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_why_timeout_adapter: ((inputs: Train_Backend_Why_Timeout_AdapterInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Why_Timeout_AdapterInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "starting took longer than {ms} ms" |
*
* @param {Train_Backend_Why_Timeout_StartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_why_timeout_start: ((inputs: Train_Backend_Why_Timeout_StartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Why_Timeout_StartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "a test computation took longer than {ms} ms" |
*
* @param {Train_Backend_Why_Timeout_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_why_timeout_test: ((inputs: Train_Backend_Why_Timeout_TestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Backend_Why_Timeout_TestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Class balance (training part only)" |
*
* @param {Train_BalanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance: ((inputs?: Train_BalanceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_BalanceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "every class up to the largest" |
*
* @param {Train_Balance_Auto_OverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_auto_over: ((inputs?: Train_Balance_Auto_OverInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_Auto_OverInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "every class down to the smallest" |
*
* @param {Train_Balance_Auto_UnderInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_auto_under: ((inputs?: Train_Balance_Auto_UnderInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_Auto_UnderInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "SMOTE from the rows near the class border only (borderline-1); a class with no such rows gets none. Not for text features." |
*
* @param {Train_Balance_Borderline_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_borderline_help: ((inputs?: Train_Balance_Borderline_HelpInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_Borderline_HelpInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Expected, from the profile and the split" |
*
* @param {Train_Balance_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_caption: ((inputs?: Train_Balance_CaptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_CaptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Expected at most (only border rows are used)" |
*
* @param {Train_Balance_Caption_BorderlineInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_caption_borderline: ((inputs?: Train_Balance_Caption_BorderlineInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_Caption_BorderlineInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "k neighbours" |
*
* @param {Train_Balance_KInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_k: ((inputs?: Train_Balance_KInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_KInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Nearest neighbours of the same class to interpolate towards (fewer when a class is smaller)." |
*
* @param {Train_Balance_K_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_k_title: ((inputs?: Train_Balance_K_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_K_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Balancing method" |
*
* @param {Train_Balance_MethodInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_method: ((inputs?: Train_Balance_MethodInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_MethodInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Train_Balance_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_none: ((inputs?: Train_Balance_NoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_NoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Train on the rows as they are." |
*
* @param {Train_Balance_None_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_none_help: ((inputs?: Train_Balance_None_HelpInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_None_HelpInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "random over-sampling" |
*
* @param {Train_Balance_OverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_over: ((inputs?: Train_Balance_OverInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_OverInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Duplicate random rows of the smaller classes." |
*
* @param {Train_Balance_Over_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_over_help: ((inputs?: Train_Balance_Over_HelpInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_Over_HelpInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Ratio" |
*
* @param {Train_Balance_RatioInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_ratio: ((inputs?: Train_Balance_RatioInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_RatioInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "a minority / majority ratio" |
*
* @param {Train_Balance_Ratio_OptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_ratio_option: ((inputs?: Train_Balance_Ratio_OptionInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_Ratio_OptionInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "New rows between a row of a smaller class and one of its k nearest neighbours in that class. One-hot columns get fractional values; not for text features." |
*
* @param {Train_Balance_Smote_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_smote_help: ((inputs?: Train_Balance_Smote_HelpInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_Smote_HelpInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "SMOTE-NC (numeric + categorical)" |
*
* @param {Train_Balance_Smote_NcInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_smote_nc: ((inputs?: Train_Balance_Smote_NcInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_Smote_NcInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "SMOTE on the raw columns: numbers interpolated, each category set to the neighbours' most common, then encoded, so categories stay whole. Text is copied from..." |
*
* @param {Train_Balance_Smote_Nc_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_smote_nc_help: ((inputs?: Train_Balance_Smote_Nc_HelpInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_Smote_Nc_HelpInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The smallest class ({smallest} rows) is under a third of the largest ({largest}): consider class weights or SMOTE-NC." |
*
* @param {Train_Balance_SuggestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_suggest: ((inputs: Train_Balance_SuggestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_SuggestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Target" |
*
* @param {Train_Balance_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_target: ((inputs?: Train_Balance_TargetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_TargetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "This recipe has text features, which {method} cannot interpolate: choose SMOTE-NC, random over-sampling or class weights." |
*
* @param {Train_Balance_Text_WarnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_text_warn: ((inputs: Train_Balance_Text_WarnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_Text_WarnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "random under-sampling" |
*
* @param {Train_Balance_UnderInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_under: ((inputs?: Train_Balance_UnderInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_UnderInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Drop random rows of the larger classes (less data to learn from)." |
*
* @param {Train_Balance_Under_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_under_help: ((inputs?: Train_Balance_Under_HelpInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_Under_HelpInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "class weights" |
*
* @param {Train_Balance_WeightsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_weights: ((inputs?: Train_Balance_WeightsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_WeightsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Weigh each row's loss by n / (classes × class size), scikit-learn's \"balanced\"; no rows are added." |
*
* @param {Train_Balance_Weights_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_weights_help: ((inputs?: Train_Balance_Weights_HelpInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Balance_Weights_HelpInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Batch size" |
*
* @param {Train_Batch_SizeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_batch_size: ((inputs?: Train_Batch_SizeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Batch_SizeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "★ best" |
*
* @param {Train_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_best: ((inputs?: Train_BestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_BestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Bins" |
*
* @param {Train_BinsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_bins: ((inputs?: Train_BinsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_BinsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Each numeric feature is cut into at most this many bins (quantiles)." |
*
* @param {Train_Bins_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_bins_title: ((inputs?: Train_Bins_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Bins_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Ensemble: blend the top models" |
*
* @param {Train_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_blend: ((inputs?: Train_BlendInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_BlendInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Blend of {count} trial" |
*
* @param {Train_Blend_Of_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_blend_of_one: ((inputs: Train_Blend_Of_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Blend_Of_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Blend of {count} trials" |
*
* @param {Train_Blend_Of_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_blend_of_other: ((inputs: Train_Blend_Of_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Blend_Of_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Blend" |
*
* @param {Train_Blend_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_blend_row: ((inputs?: Train_Blend_RowInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Blend_RowInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Ensemble selection (Caruana et al.): averages the probabilities of a few of the best trials when that scores higher in cross-validation than the best trial a..." |
*
* @param {Train_Blend_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_blend_title: ((inputs?: Train_Blend_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Blend_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Missing values" |
*
* @param {Train_Categorical_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_categorical_missing: ((inputs?: Train_Categorical_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Categorical_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Categories" |
*
* @param {Train_CategoriesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_categories: ((inputs?: Train_CategoriesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_CategoriesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the column to predict on the Data screen first." |
*
* @param {Train_Choose_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_choose_target: ((inputs?: Train_Choose_TargetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Choose_TargetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "★ chosen" |
*
* @param {Train_ChosenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_chosen: ((inputs?: Train_ChosenInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_ChosenInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "CV {metric} (mean ± std)" |
*
* @param {Train_Col_CvInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_col_cv: ((inputs: Train_Col_CvInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Col_CvInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Train_Col_SettingsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_col_settings: ((inputs?: Train_Col_SettingsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Col_SettingsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Train_Col_StatusInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_col_status: ((inputs?: Train_Col_StatusInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Col_StatusInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Time" |
*
* @param {Train_Col_TimeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_col_time: ((inputs?: Train_Col_TimeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Col_TimeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Trial" |
*
* @param {Train_Col_TrialInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_col_trial: ((inputs?: Train_Col_TrialInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Col_TrialInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Compute" |
*
* @param {Train_ComputeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_compute: ((inputs?: Train_ComputeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_ComputeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Constant" |
*
* @param {Train_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_constant: ((inputs?: Train_ConstantInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_ConstantInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cost of a false negative" |
*
* @param {Train_Cost_FnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_cost_fn: ((inputs?: Train_Cost_FnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Cost_FnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "What missing a {label} row costs, in the same unit." |
*
* @param {Train_Cost_Fn_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_cost_fn_title: ((inputs: Train_Cost_Fn_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Cost_Fn_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Cost of a false positive" |
*
* @param {Train_Cost_FpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_cost_fp: ((inputs?: Train_Cost_FpInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Cost_FpInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "What wrongly flagging a row as {label} costs (any unit: money, hours)." |
*
* @param {Train_Cost_Fp_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_cost_fp_title: ((inputs: Train_Cost_Fp_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Cost_Fp_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Derived features" |
*
* @param {Train_DerivedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived: ((inputs?: Train_DerivedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_DerivedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Add" |
*
* @param {Train_Derived_AddInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_add: ((inputs?: Train_Derived_AddInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Derived_AddInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "column…" |
*
* @param {Train_Derived_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_column: ((inputs?: Train_Derived_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Derived_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "E.g. Credit amount ÷ Duration = monthly payment." |
*
* @param {Train_Derived_ExampleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_example: ((inputs?: Train_Derived_ExampleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Derived_ExampleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Left column" |
*
* @param {Train_Derived_LeftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_left: ((inputs?: Train_Derived_LeftInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Derived_LeftInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Operation" |
*
* @param {Train_Derived_OperationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_operation: ((inputs?: Train_Derived_OperationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Derived_OperationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Remove {name}" |
*
* @param {Train_Derived_RemoveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_remove: ((inputs: Train_Derived_RemoveInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Derived_RemoveInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Right column" |
*
* @param {Train_Derived_RightInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_right: ((inputs?: Train_Derived_RightInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Derived_RightInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Dropout" |
*
* @param {Train_DropoutInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_dropout: ((inputs?: Train_DropoutInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_DropoutInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Encoding" |
*
* @param {Train_EncodingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_encoding: ((inputs?: Train_EncodingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_EncodingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "one-hot" |
*
* @param {Train_Encoding_OnehotInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_encoding_onehot: ((inputs?: Train_Encoding_OnehotInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Encoding_OnehotInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "ordinal" |
*
* @param {Train_Encoding_OrdinalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_encoding_ordinal: ((inputs?: Train_Encoding_OrdinalInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Encoding_OrdinalInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The {backend} backend is not available: {why}." |
*
* @param {Train_Err_Backend_ForcedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_err_backend_forced: ((inputs: Train_Err_Backend_ForcedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Err_Backend_ForcedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose \"auto\" to let Faro pick one that works." |
*
* @param {Train_Err_Backend_Forced_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_err_backend_forced_hint: ((inputs?: Train_Err_Backend_Forced_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Err_Backend_Forced_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "No compute backend works here ({reasons})." |
*
* @param {Train_Err_Backend_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_err_backend_none: ((inputs: Train_Err_Backend_NoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Err_Backend_NoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Try another browser." |
*
* @param {Train_Err_Backend_None_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_err_backend_none_hint: ((inputs?: Train_Err_Backend_None_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Err_Backend_None_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "backend {backend}" |
*
* @param {Train_Err_Backend_WhereInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_err_backend_where: ((inputs: Train_Err_Backend_WhereInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Err_Backend_WhereInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The search range is not usable: {problem}" |
*
* @param {Train_Err_Search_SpaceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_err_search_space: ((inputs: Train_Err_Search_SpaceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Err_Search_SpaceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Fix the range in \"Find the best model\", or reset the ranges to the defaults." |
*
* @param {Train_Err_Search_Space_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_err_search_space_hint: ((inputs?: Train_Err_Search_Space_HintInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Err_Search_Space_HintInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "search space: {field}" |
*
* @param {Train_Err_Search_Space_WhereInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_err_search_space_where: ((inputs: Train_Err_Search_Space_WhereInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Err_Search_Space_WhereInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Evaluation" |
*
* @param {Train_EvaluationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_evaluation: ((inputs?: Train_EvaluationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_EvaluationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Family" |
*
* @param {Train_FamilyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_family: ((inputs?: Train_FamilyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_FamilyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Gradient-boosted trees" |
*
* @param {Train_Family_GbdtInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_family_gbdt: ((inputs?: Train_Family_GbdtInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Family_GbdtInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Logistic regression (L2)" |
*
* @param {Train_Family_LogisticInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_family_logistic: ((inputs?: Train_Family_LogisticInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Family_LogisticInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Logistic regression" |
*
* @param {Train_Family_Logistic_PlainInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_family_logistic_plain: ((inputs?: Train_Family_Logistic_PlainInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Family_Logistic_PlainInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Neural network (MLP)" |
*
* @param {Train_Family_MlpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_family_mlp: ((inputs?: Train_Family_MlpInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Family_MlpInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Fill missing with" |
*
* @param {Train_Fill_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_fill_missing: ((inputs?: Train_Fill_MissingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Fill_MissingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Refit the final model on training + validation rows" |
*
* @param {Train_Final_FitInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_final_fit: ((inputs?: Train_Final_FitInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Final_FitInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The training part still chooses the number of epochs and the threshold (with early stopping on the validation part); then the model is fitted again on the tr..." |
*
* @param {Train_Final_Fit_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_final_fit_title: ((inputs?: Train_Final_Fit_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Final_Fit_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Folds" |
*
* @param {Train_FoldsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_folds: ((inputs?: Train_FoldsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_FoldsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "From {count} feature column of {dataset}." |
*
* @param {Train_From_Features_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_from_features_one: ((inputs: Train_From_Features_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_From_Features_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "From {count} feature columns of {dataset}." |
*
* @param {Train_From_Features_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_from_features_other: ((inputs: Train_From_Features_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_From_Features_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Hidden layers" |
*
* @param {Train_Hidden_LayersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_hidden_layers: ((inputs?: Train_Hidden_LayersInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Hidden_LayersInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column importance on the validation part too" |
*
* @param {Train_Importance_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_importance_validation: ((inputs?: Train_Importance_ValidationInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Importance_ValidationInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Permutation importance is always measured on the test part; this repeats it on the validation part (as long again), to see whether the two parts agree." |
*
* @param {Train_Importance_Validation_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_importance_validation_title: ((inputs?: Train_Importance_Validation_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Importance_Validation_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "a constant" |
*
* @param {Train_Impute_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_impute_constant: ((inputs?: Train_Impute_ConstantInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Impute_ConstantInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "mean" |
*
* @param {Train_Impute_MeanInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_impute_mean: ((inputs?: Train_Impute_MeanInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Impute_MeanInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "median" |
*
* @param {Train_Impute_MedianInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_impute_median: ((inputs?: Train_Impute_MedianInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Impute_MedianInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "always" |
*
* @param {Train_Indicator_AlwaysInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_indicator_always: ((inputs?: Train_Indicator_AlwaysInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Indicator_AlwaysInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "when a column has blanks" |
*
* @param {Train_Indicator_AutoInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_indicator_auto: ((inputs?: Train_Indicator_AutoInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Indicator_AutoInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "never" |
*
* @param {Train_Indicator_NeverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_indicator_never: ((inputs?: Train_Indicator_NeverInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Indicator_NeverInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Features are prepared on the training part only, the validation part decides early stopping and the threshold, and the test part is touched once, for the fin..." |
*
* @param {Train_IntroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_intro: ((inputs?: Train_IntroInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_IntroInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "scikit-learn's max_iter: the solver usually stops sooner, at the optimum." |
*
* @param {Train_Lbfgs_Iterations_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_lbfgs_iterations_title: ((inputs?: Train_Lbfgs_Iterations_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Lbfgs_Iterations_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "L2 penalty on the weights, on the mean loss: 1 / (2 · rows · C) is scikit-learn's C." |
*
* @param {Train_Lbfgs_L2_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_lbfgs_l2_title: ((inputs?: Train_Lbfgs_L2_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Lbfgs_L2_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Leaderboard" |
*
* @param {Train_LeaderboardInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_leaderboard: ((inputs?: Train_LeaderboardInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_LeaderboardInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Learning rate" |
*
* @param {Train_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_learning_rate: ((inputs?: Train_Learning_RateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Learning_RateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Leaves" |
*
* @param {Train_LeavesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_leaves: ((inputs?: Train_LeavesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_LeavesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Leaves per tree; trees grow best split first." |
*
* @param {Train_Leaves_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_leaves_title: ((inputs?: Train_Leaves_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Leaves_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "log(1 + x) columns" |
*
* @param {Train_Log_ColumnsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_log_columns: ((inputs?: Train_Log_ColumnsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Log_ColumnsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Max depth" |
*
* @param {Train_Max_DepthInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_max_depth: ((inputs?: Train_Max_DepthInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Max_DepthInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Empty: no limit (the number of leaves bounds each tree)." |
*
* @param {Train_Max_Depth_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_max_depth_title: ((inputs?: Train_Max_Depth_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Max_Depth_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Max epochs" |
*
* @param {Train_Max_EpochsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_max_epochs: ((inputs?: Train_Max_EpochsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Max_EpochsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Max iterations" |
*
* @param {Train_Max_IterationsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_max_iterations: ((inputs?: Train_Max_IterationsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Max_IterationsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Balanced accuracy" |
*
* @param {Train_Metric_Balanced_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_metric_balanced_accuracy: ((inputs?: Train_Metric_Balanced_AccuracyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Metric_Balanced_AccuracyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Log loss" |
*
* @param {Train_Metric_Log_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_metric_log_loss: ((inputs?: Train_Metric_Log_LossInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Metric_Log_LossInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Min rows per leaf" |
*
* @param {Train_Min_Leaf_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_min_leaf_rows: ((inputs?: Train_Min_Leaf_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Min_Leaf_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Minutes" |
*
* @param {Train_MinutesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_minutes: ((inputs?: Train_MinutesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_MinutesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Missing indicator" |
*
* @param {Train_Missing_IndicatorInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_missing_indicator: ((inputs?: Train_Missing_IndicatorInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Missing_IndicatorInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model" |
*
* @param {Train_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_model: ((inputs?: Train_ModelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_ModelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model families" |
*
* @param {Train_Model_FamiliesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_model_families: ((inputs?: Train_Model_FamiliesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Model_FamiliesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "the most frequent level" |
*
* @param {Train_Most_Frequent_LevelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_most_frequent_level: ((inputs?: Train_Most_Frequent_LevelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Most_Frequent_LevelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Word n-grams" |
*
* @param {Train_NgramsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_ngrams: ((inputs?: Train_NgramsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_NgramsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "words and pairs" |
*
* @param {Train_Ngrams_PairsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_ngrams_pairs: ((inputs?: Train_Ngrams_PairsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Ngrams_PairsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "single words" |
*
* @param {Train_Ngrams_WordsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_ngrams_words: ((inputs?: Train_Ngrams_WordsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Ngrams_WordsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "no limit" |
*
* @param {Train_No_LimitInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_no_limit: ((inputs?: Train_No_LimitInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_No_LimitInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "not started" |
*
* @param {Train_Not_StartedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_not_started: ((inputs?: Train_Not_StartedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Not_StartedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Numbers" |
*
* @param {Train_NumbersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_numbers: ((inputs?: Train_NumbersInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_NumbersInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "their own level (“{level}”)" |
*
* @param {Train_Own_LevelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_own_level: ((inputs: Train_Own_LevelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Own_LevelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Early-stopping patience" |
*
* @param {Train_PatienceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_patience: ((inputs?: Train_PatienceInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_PatienceInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stop when the validation loss has not improved for this many epochs; the best weights are kept." |
*
* @param {Train_Patience_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_patience_title: ((inputs?: Train_Patience_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Patience_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "positive" |
*
* @param {Train_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_positive: ((inputs?: Train_PositiveInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_PositiveInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Positive class" |
*
* @param {Train_Positive_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_positive_class: ((inputs?: Train_Positive_ClassInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Positive_ClassInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "minority class (default)" |
*
* @param {Train_Positive_MinorityInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_positive_minority: ((inputs?: Train_Positive_MinorityInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Positive_MinorityInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Predict “{target}”" |
*
* @param {Train_Predict_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_predict_title: ((inputs: Train_Predict_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Predict_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "MLP only" |
*
* @param {Train_Range_Dropout_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_dropout_note: ((inputs?: Train_Range_Dropout_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Range_Dropout_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "from" |
*
* @param {Train_Range_FromInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_from: ((inputs?: Train_Range_FromInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Range_FromInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "on the weights, log scale" |
*
* @param {Train_Range_L2_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_l2_note: ((inputs?: Train_Range_L2_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Range_L2_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Adam (MLP; logistic regression is solved by L-BFGS), log scale" |
*
* @param {Train_Range_Learning_Rate_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_learning_rate_note: ((inputs?: Train_Range_Learning_Rate_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Range_Learning_Rate_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "to" |
*
* @param {Train_Range_ToInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_to: ((inputs?: Train_Range_ToInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Range_ToInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Trees: L2" |
*
* @param {Train_Range_Tree_L2Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_tree_l2: ((inputs?: Train_Range_Tree_L2Inputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Range_Tree_L2Inputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "on leaf values, log scale" |
*
* @param {Train_Range_Tree_L2_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_tree_l2_note: ((inputs?: Train_Range_Tree_L2_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Range_Tree_L2_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Trees: learning rate" |
*
* @param {Train_Range_Tree_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_tree_learning_rate: ((inputs?: Train_Range_Tree_Learning_RateInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Range_Tree_Learning_RateInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "shrinkage, log scale" |
*
* @param {Train_Range_Tree_Learning_Rate_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_tree_learning_rate_note: ((inputs?: Train_Range_Tree_Learning_Rate_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Range_Tree_Learning_Rate_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Rank by" |
*
* @param {Train_Rank_ByInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_rank_by: ((inputs?: Train_Rank_ByInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Rank_ByInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Feature preparation" |
*
* @param {Train_RecipeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_recipe: ((inputs?: Train_RecipeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_RecipeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Reset to defaults" |
*
* @param {Train_ResetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_reset: ((inputs?: Train_ResetInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_ResetInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Reset the ranges" |
*
* @param {Train_Reset_RangesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_reset_ranges: ((inputs?: Train_Reset_RangesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Reset_RangesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "cancelled" |
*
* @param {Train_Run_Status_CancelledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_run_status_cancelled: ((inputs?: Train_Run_Status_CancelledInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Run_Status_CancelledInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "done" |
*
* @param {Train_Run_Status_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_run_status_done: ((inputs?: Train_Run_Status_DoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Run_Status_DoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "failed" |
*
* @param {Train_Run_Status_FailedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_run_status_failed: ((inputs?: Train_Run_Status_FailedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Run_Status_FailedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "interrupted" |
*
* @param {Train_Run_Status_InterruptedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_run_status_interrupted: ((inputs?: Train_Run_Status_InterruptedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Run_Status_InterruptedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "running" |
*
* @param {Train_Run_Status_RunningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_run_status_running: ((inputs?: Train_Run_Status_RunningInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Run_Status_RunningInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "(rung {rung})" |
*
* @param {Train_RungInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_rung: ((inputs: Train_RungInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_RungInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "min–max to [0, 1]" |
*
* @param {Train_Scale_MinmaxInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_scale_minmax: ((inputs?: Train_Scale_MinmaxInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Scale_MinmaxInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Train_Scale_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_scale_none: ((inputs?: Train_Scale_NoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Scale_NoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "standardise (z-score)" |
*
* @param {Train_Scale_StandardInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_scale_standard: ((inputs?: Train_Scale_StandardInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Scale_StandardInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Scaling" |
*
* @param {Train_ScalingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_scaling: ((inputs?: Train_ScalingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_ScalingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "cancelled after {counts}" |
*
* @param {Train_Search_CancelledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_cancelled: ((inputs: Train_Search_CancelledInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_CancelledInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "failed: {message}" |
*
* @param {Train_Search_FailedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_failed: ((inputs: Train_Search_FailedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_FailedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{counts}; {result}" |
*
* @param {Train_Search_FinishedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_finished: ((inputs: Train_Search_FinishedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_FinishedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Tries model families (logistic regression, neural networks, gradient-boosted trees), sizes, learning rates, regularisation and preparation choices, each scor..." |
*
* @param {Train_Search_IntroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_intro: ((inputs: Train_Search_IntroInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_IntroInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "failed: no trial succeeded ({counts})" |
*
* @param {Train_Search_None_SucceededInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_none_succeeded: ((inputs: Train_Search_None_SucceededInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_None_SucceededInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "not trained" |
*
* @param {Train_Search_Not_TrainedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_not_trained: ((inputs?: Train_Search_Not_TrainedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_Not_TrainedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "({lanes} at a time, in parallel workers)" |
*
* @param {Train_Search_ParallelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_parallel: ((inputs: Train_Search_ParallelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_ParallelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Train_Search_ProgressInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_progress: ((inputs?: Train_Search_ProgressInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_ProgressInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} stopped early below the median" |
*
* @param {Train_Search_PrunedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_pruned: ((inputs: Train_Search_PrunedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_PrunedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Search ranges" |
*
* @param {Train_Search_RangesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_ranges: ((inputs?: Train_Search_RangesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_RangesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "best model {status}" |
*
* @param {Train_Search_Result_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_result_best: ((inputs: Train_Search_Result_BestInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_Result_BestInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "blend of {count} trials {status}" |
*
* @param {Train_Search_Result_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_result_blend: ((inputs: Train_Search_Result_BlendInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_Result_BlendInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Best of search ({strategy})" |
*
* @param {Train_Search_Run_NameInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_run_name: ((inputs: Train_Search_Run_NameInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_Run_NameInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} skipped as too slow for the time left" |
*
* @param {Train_Search_SkippedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_skipped: ((inputs: Train_Search_SkippedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_SkippedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "starting" |
*
* @param {Train_Search_StartingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_starting: ((inputs?: Train_Search_StartingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_StartingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Search: {status}" |
*
* @param {Train_Search_StatusInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_status: ((inputs: Train_Search_StatusInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_StatusInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "successive halving" |
*
* @param {Train_Search_Strategy_HalvingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_strategy_halving: ((inputs?: Train_Search_Strategy_HalvingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_Strategy_HalvingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "random" |
*
* @param {Train_Search_Strategy_RandomInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_strategy_random: ((inputs?: Train_Search_Strategy_RandomInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_Strategy_RandomInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "TPE" |
*
* @param {Train_Search_Strategy_TpeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_strategy_tpe: ((inputs?: Train_Search_Strategy_TpeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_Strategy_TpeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} succeeded" |
*
* @param {Train_Search_SucceededInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_succeeded: ((inputs: Train_Search_SucceededInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_SucceededInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "(time budget reached)" |
*
* @param {Train_Search_Time_ReachedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_time_reached: ((inputs?: Train_Search_Time_ReachedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_Time_ReachedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Find the best model" |
*
* @param {Train_Search_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_title: ((inputs?: Train_Search_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} trial" |
*
* @param {Train_Search_Trials_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_trials_one: ((inputs: Train_Search_Trials_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_Trials_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{count} trials" |
*
* @param {Train_Search_Trials_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_trials_other: ((inputs: Train_Search_Trials_OtherInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Search_Trials_OtherInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Searching…" |
*
* @param {Train_SearchingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_searching: ((inputs?: Train_SearchingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_SearchingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Seed" |
*
* @param {Train_SeedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_seed: ((inputs?: Train_SeedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_SeedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The same seed gives the same split and the same model on the CPU and WASM backends." |
*
* @param {Train_Seed_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_seed_title: ((inputs?: Train_Seed_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Seed_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training settings" |
*
* @param {Train_Settings_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_settings_label: ((inputs?: Train_Settings_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Settings_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Logistic" |
*
* @param {Train_Short_LogisticInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_short_logistic: ((inputs?: Train_Short_LogisticInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Short_LogisticInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Trees {leaves} leaves" |
*
* @param {Train_Short_TreesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_short_trees: ((inputs: Train_Short_TreesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Short_TreesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Solver" |
*
* @param {Train_SolverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_solver: ((inputs?: Train_SolverInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_SolverInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Adam (mini-batches)" |
*
* @param {Train_Solver_AdamInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_solver_adam: ((inputs?: Train_Solver_AdamInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Solver_AdamInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "L-BFGS (exact optimum)" |
*
* @param {Train_Solver_LbfgsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_solver_lbfgs: ((inputs?: Train_Solver_LbfgsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Solver_LbfgsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "L-BFGS solves the regression to its optimum over all training rows, as scikit-learn does; Adam trains it in mini-batches with early stopping." |
*
* @param {Train_Solver_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_solver_title: ((inputs?: Train_Solver_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Solver_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Keep at least one of the {what}." |
*
* @param {Train_Space_Keep_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_keep_one: ((inputs: Train_Space_Keep_OneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_Keep_OneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Choose at least one model family." |
*
* @param {Train_Space_No_FamilyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_no_family: ((inputs?: Train_Space_No_FamilyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_No_FamilyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "\"{family}\" is not a model family." |
*
* @param {Train_Space_Not_FamilyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_not_family: ((inputs: Train_Space_Not_FamilyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_Not_FamilyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{label}: enter a lowest and a highest value." |
*
* @param {Train_Space_Range_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_range_empty: ((inputs: Train_Space_Range_EmptyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_Range_EmptyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{label}: the lowest value is above the highest." |
*
* @param {Train_Space_Range_InvertedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_range_inverted: ((inputs: Train_Space_Range_InvertedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_Range_InvertedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{label}: values must lie between {min} and {max}." |
*
* @param {Train_Space_Range_LimitsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_range_limits: ((inputs: Train_Space_Range_LimitsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_Range_LimitsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "batch sizes" |
*
* @param {Train_Space_What_Batch_SizesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_what_batch_sizes: ((inputs?: Train_Space_What_Batch_SizesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_What_Batch_SizesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "depth limits" |
*
* @param {Train_Space_What_DepthsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_what_depths: ((inputs?: Train_Space_What_DepthsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_What_DepthsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "iteration counts" |
*
* @param {Train_Space_What_IterationsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_what_iterations: ((inputs?: Train_Space_What_IterationsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_What_IterationsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "MLP layouts" |
*
* @param {Train_Space_What_LayoutsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_what_layouts: ((inputs?: Train_Space_What_LayoutsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_What_LayoutsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "leaf counts" |
*
* @param {Train_Space_What_LeavesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_what_leaves: ((inputs?: Train_Space_What_LeavesInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_What_LeavesInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "rows per leaf" |
*
* @param {Train_Space_What_Min_LeafInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_what_min_leaf: ((inputs?: Train_Space_What_Min_LeafInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_What_Min_LeafInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "one-hot level counts" |
*
* @param {Train_Space_What_OnehotInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_what_onehot: ((inputs?: Train_Space_What_OnehotInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_What_OnehotInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "scalings" |
*
* @param {Train_Space_What_ScalingsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_space_what_scalings: ((inputs?: Train_Space_What_ScalingsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Space_What_ScalingsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "{family}, L2 {l2}, Adam lr {learningRate}, batch {batch}, ≤ {epochs} epochs, patience {patience}" |
*
* @param {Train_Spec_AdamInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_spec_adam: ((inputs: Train_Spec_AdamInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Spec_AdamInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "depth ≤ {depth}" |
*
* @param {Train_Spec_DepthInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_spec_depth: ((inputs: Train_Spec_DepthInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Spec_DepthInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Gradient-boosted trees: ≤ {iterations} iterations, learning rate {learningRate}, {leaves} leaves, {depth}, ≥ {minLeaf} rows per leaf, {bins} bins, L2 {l2}, p..." |
*
* @param {Train_Spec_GbdtInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_spec_gbdt: ((inputs: Train_Spec_GbdtInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Spec_GbdtInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Logistic regression, L2 {l2}, solved by L-BFGS in ≤ {iterations} iterations" |
*
* @param {Train_Spec_LbfgsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_spec_lbfgs: ((inputs: Train_Spec_LbfgsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Spec_LbfgsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "no depth limit" |
*
* @param {Train_Spec_No_Depth_LimitInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_spec_no_depth_limit: ((inputs?: Train_Spec_No_Depth_LimitInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Spec_No_Depth_LimitInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Status:" |
*
* @param {Train_StatusInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_status: ((inputs?: Train_StatusInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_StatusInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training status" |
*
* @param {Train_Status_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_status_label: ((inputs?: Train_Status_LabelInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Status_LabelInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stop words" |
*
* @param {Train_Stop_WordsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_stop_words: ((inputs?: Train_Stop_WordsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Stop_WordsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "English + Spanish" |
*
* @param {Train_Stop_Words_BothInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_stop_words_both: ((inputs?: Train_Stop_Words_BothInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Stop_Words_BothInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "English" |
*
* @param {Train_Stop_Words_EnglishInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_stop_words_english: ((inputs?: Train_Stop_Words_EnglishInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Stop_Words_EnglishInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "keep all" |
*
* @param {Train_Stop_Words_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_stop_words_none: ((inputs?: Train_Stop_Words_NoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Stop_Words_NoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Spanish" |
*
* @param {Train_Stop_Words_SpanishInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_stop_words_spanish: ((inputs?: Train_Stop_Words_SpanishInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Stop_Words_SpanishInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Strategy" |
*
* @param {Train_StrategyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_strategy: ((inputs?: Train_StrategyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_StrategyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Successive halving" |
*
* @param {Train_Strategy_HalvingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_strategy_halving: ((inputs?: Train_Strategy_HalvingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Strategy_HalvingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Random search" |
*
* @param {Train_Strategy_RandomInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_strategy_random: ((inputs?: Train_Strategy_RandomInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Strategy_RandomInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Model-based (TPE)" |
*
* @param {Train_Strategy_TpeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_strategy_tpe: ((inputs?: Train_Strategy_TpeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Strategy_TpeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Column" |
*
* @param {Train_Test_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_column: ((inputs?: Train_Test_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Testing on the rows where {column} = {value}; the other rows are split into training and validation." |
*
* @param {Train_Test_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_note: ((inputs: Train_Test_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "“{column}” is an id, not a feature." |
*
* @param {Train_Test_Note_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_note_id: ((inputs: Train_Test_Note_IdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_Note_IdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "“{column}” is ignored, not a feature." |
*
* @param {Train_Test_Note_IgnoredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_note_ignored: ((inputs: Train_Test_Note_IgnoredInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_Note_IgnoredInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Test %" |
*
* @param {Train_Test_PercentInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_percent: ((inputs?: Train_Test_PercentInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_PercentInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Not used: the test rows are chosen by a column." |
*
* @param {Train_Test_Percent_UnusedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_percent_unused: ((inputs?: Train_Test_Percent_UnusedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_Percent_UnusedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Test rows" |
*
* @param {Train_Test_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_rows: ((inputs?: Train_Test_RowsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_RowsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "rows where a column has a value" |
*
* @param {Train_Test_Rows_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_rows_column: ((inputs?: Train_Test_Rows_ColumnInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_Rows_ColumnInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "random share" |
*
* @param {Train_Test_Rows_RandomInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_rows_random: ((inputs?: Train_Test_Rows_RandomInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_Rows_RandomInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Random: a stratified share of the rows. A column: exactly the rows where it has the value (an out-of-time or predefined test set)." |
*
* @param {Train_Test_Rows_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_rows_title: ((inputs?: Train_Test_Rows_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_Rows_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "⚠ “{column}” is still a feature: set its role to ignore on the Data screen, or training refuses it." |
*
* @param {Train_Test_Still_FeatureInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_still_feature: ((inputs: Train_Test_Still_FeatureInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_Still_FeatureInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "= value" |
*
* @param {Train_Test_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_value: ((inputs?: Train_Test_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "(choose)" |
*
* @param {Train_Test_Value_ChooseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_value_choose: ((inputs?: Train_Test_Value_ChooseInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_Value_ChooseInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. test" |
*
* @param {Train_Test_Value_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_value_placeholder: ((inputs?: Train_Test_Value_PlaceholderInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Test_Value_PlaceholderInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Text (TF-IDF)" |
*
* @param {Train_Text_TfidfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_text_tfidf: ((inputs?: Train_Text_TfidfInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Text_TfidfInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Threshold" |
*
* @param {Train_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_threshold: ((inputs?: Train_ThresholdInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_ThresholdInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "lowest cost of errors" |
*
* @param {Train_Threshold_CostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_threshold_cost: ((inputs?: Train_Threshold_CostInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Threshold_CostInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "maximise F1" |
*
* @param {Train_Threshold_F1Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_threshold_f1: ((inputs?: Train_Threshold_F1Inputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Threshold_F1Inputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "fixed" |
*
* @param {Train_Threshold_FixedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_threshold_fixed: ((inputs?: Train_Threshold_FixedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Threshold_FixedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Chosen on the validation part; test metrics use it." |
*
* @param {Train_Threshold_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_threshold_title: ((inputs?: Train_Threshold_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Threshold_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Value" |
*
* @param {Train_Threshold_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_threshold_value: ((inputs?: Train_Threshold_ValueInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Threshold_ValueInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Top levels kept" |
*
* @param {Train_Top_LevelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_top_levels: ((inputs?: Train_Top_LevelsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Top_LevelsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "The most frequent levels get a column each; the rest share an “other” column." |
*
* @param {Train_Top_Levels_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_top_levels_title: ((inputs?: Train_Top_Levels_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Top_Levels_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Train" |
*
* @param {Train_TrainInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_train: ((inputs?: Train_TrainInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_TrainInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Training…" |
*
* @param {Train_TrainingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_training: ((inputs?: Train_TrainingInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_TrainingInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "L2 regularisation of leaf values." |
*
* @param {Train_Tree_L2_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_tree_l2_title: ((inputs?: Train_Tree_L2_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Tree_L2_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Shrinkage: each tree's values are multiplied by it." |
*
* @param {Train_Tree_Learning_Rate_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_tree_learning_rate_title: ((inputs?: Train_Tree_Learning_Rate_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Tree_Learning_Rate_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stop when the validation loss has not improved for this many iterations; the trees up to the best one are kept." |
*
* @param {Train_Tree_Patience_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_tree_patience_title: ((inputs?: Train_Tree_Patience_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Tree_Patience_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Trees train and score in plain JavaScript in the training worker: no GPU or WebAssembly backend is used." |
*
* @param {Train_Trees_Compute_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trees_compute_note: ((inputs?: Train_Trees_Compute_NoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Trees_Compute_NoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "batch {count}" |
*
* @param {Train_Trial_BatchInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_batch: ((inputs: Train_Trial_BatchInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Trial_BatchInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "best single" |
*
* @param {Train_Trial_Best_SingleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_best_single: ((inputs?: Train_Trial_Best_SingleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Trial_Best_SingleInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "done" |
*
* @param {Train_Trial_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_done: ((inputs?: Train_Trial_DoneInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Trial_DoneInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "≤ {count} epochs" |
*
* @param {Train_Trial_EpochsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_epochs: ((inputs: Train_Trial_EpochsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Trial_EpochsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "failed: {message}" |
*
* @param {Train_Trial_FailedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_failed: ((inputs: Train_Trial_FailedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Trial_FailedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "in blend {share}" |
*
* @param {Train_Trial_In_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_in_blend: ((inputs: Train_Trial_In_BlendInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Trial_In_BlendInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "≤ {count} iterations" |
*
* @param {Train_Trial_IterationsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_iterations: ((inputs: Train_Trial_IterationsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Trial_IterationsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "lr {value}" |
*
* @param {Train_Trial_LrInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_lr: ((inputs: Train_Trial_LrInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Trial_LrInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Stopped early: below the median of the earlier trials." |
*
* @param {Train_Trial_PrunedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_pruned: ((inputs?: Train_Trial_PrunedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Trial_PrunedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "≥ {count} rows/leaf" |
*
* @param {Train_Trial_Rows_Per_LeafInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_rows_per_leaf: ((inputs: Train_Trial_Rows_Per_LeafInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Trial_Rows_Per_LeafInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Skipped: too slow for the time left." |
*
* @param {Train_Trial_SkippedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_skipped: ((inputs?: Train_Trial_SkippedInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Trial_SkippedInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "vocab {count}" |
*
* @param {Train_Trial_VocabInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_vocab: ((inputs: Train_Trial_VocabInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Trial_VocabInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Trials" |
*
* @param {Train_TrialsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trials: ((inputs?: Train_TrialsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_TrialsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Validation %" |
*
* @param {Train_Validation_PercentInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_validation_percent: ((inputs?: Train_Validation_PercentInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Validation_PercentInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "auto" |
*
* @param {Train_Value_AutoInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_value_auto: ((inputs?: Train_Value_AutoInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Value_AutoInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "borderline" |
*
* @param {Train_Value_BorderlineInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_value_borderline: ((inputs?: Train_Value_BorderlineInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Value_BorderlineInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "class-weights" |
*
* @param {Train_Value_Class_WeightsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_value_class_weights: ((inputs?: Train_Value_Class_WeightsInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Value_Class_WeightsInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "minmax" |
*
* @param {Train_Value_MinmaxInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_value_minmax: ((inputs?: Train_Value_MinmaxInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Value_MinmaxInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Train_Value_None_FInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_value_none_f: ((inputs?: Train_Value_None_FInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Value_None_FInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "random-over" |
*
* @param {Train_Value_Random_OverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_value_random_over: ((inputs?: Train_Value_Random_OverInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Value_Random_OverInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "random-under" |
*
* @param {Train_Value_Random_UnderInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_value_random_under: ((inputs?: Train_Value_Random_UnderInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Value_Random_UnderInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "smote" |
*
* @param {Train_Value_SmoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_value_smote: ((inputs?: Train_Value_SmoteInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Value_SmoteInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "smote-nc" |
*
* @param {Train_Value_Smote_NcInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_value_smote_nc: ((inputs?: Train_Value_Smote_NcInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Value_Smote_NcInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "standard" |
*
* @param {Train_Value_StandardInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_value_standard: ((inputs?: Train_Value_StandardInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Value_StandardInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "english+spanish" |
*
* @param {Train_Value_Stop_BothInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_value_stop_both: ((inputs?: Train_Value_Stop_BothInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Value_Stop_BothInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "english" |
*
* @param {Train_Value_Stop_EnglishInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_value_stop_english: ((inputs?: Train_Value_Stop_EnglishInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Value_Stop_EnglishInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "spanish" |
*
* @param {Train_Value_Stop_SpanishInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_value_stop_spanish: ((inputs?: Train_Value_Stop_SpanishInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Value_Stop_SpanishInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Vocabulary size" |
*
* @param {Train_Vocabulary_SizeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_vocabulary_size: ((inputs?: Train_Vocabulary_SizeInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Train_Vocabulary_SizeInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Load a CSV of labelled examples (credit applicants, customer complaints, sales leads), pick the column to predict, and train a model in this tab. Everything ..." |
*
* @param {Welcome_BodyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const welcome_body: ((inputs?: Welcome_BodyInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Welcome_BodyInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Start with a built-in sample on the left, or drop your own file." |
*
* @param {Welcome_StartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const welcome_start: ((inputs?: Welcome_StartInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Welcome_StartInputs, {
    locale?: "en" | "es";
}, {}>;
/**
* | output |
* | --- |
* | "Welcome to Faro" |
*
* @param {Welcome_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const welcome_title: ((inputs?: Welcome_TitleInputs, options?: {
    locale?: "en" | "es";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Welcome_TitleInputs, {
    locale?: "en" | "es";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type App_EvictableInputs = {};
export type App_PersistentInputs = {};
export type App_PrivacyInputs = {};
export type App_Privacy_TitleInputs = {};
export type App_Storage_LabelInputs = {};
export type App_StoredInputs = {
    used: NonNullable<unknown>;
    quota: NonNullable<unknown>;
};
export type App_TaglineInputs = {};
export type Chart_SeriesInputs = {};
export type Chart_Values_LabelInputs = {
    label: NonNullable<unknown>;
};
export type Chart_Values_SummaryInputs = {};
export type Data_Band_MediumInputs = {};
export type Data_Band_StrongInputs = {};
export type Data_Band_SuspiciousInputs = {};
export type Data_Band_UselessInputs = {};
export type Data_Band_WeakInputs = {};
export type Data_Bins_BinInputs = {};
export type Data_Bins_LabelInputs = {
    column: NonNullable<unknown>;
};
export type Data_Bins_LegendInputs = {
    label: NonNullable<unknown>;
};
export type Data_Bins_MissingInputs = {};
export type Data_Bins_RateInputs = {};
export type Data_Bins_RowsInputs = {};
export type Data_Bins_Woe_BarInputs = {};
export type Data_BlankInputs = {};
export type Data_Col_ColumnInputs = {};
export type Data_Col_DistinctInputs = {};
export type Data_Col_KindInputs = {};
export type Data_Col_MissingInputs = {};
export type Data_Col_ProfileInputs = {};
export type Data_Col_RoleInputs = {};
export type Data_Kind_BooleanInputs = {};
export type Data_Kind_CategoricalInputs = {};
export type Data_Kind_ConstantInputs = {};
export type Data_Kind_DateInputs = {};
export type Data_Kind_IdInputs = {};
export type Data_Kind_NumericInputs = {};
export type Data_Kind_TextInputs = {};
export type Data_List_Delete_ConfirmInputs = {
    name: NonNullable<unknown>;
};
export type Data_List_Delete_LabelInputs = {
    name: NonNullable<unknown>;
};
export type Data_List_Delete_TitleInputs = {};
export type Data_List_FactsInputs = {
    rows: NonNullable<unknown>;
    columns: NonNullable<unknown>;
    size: NonNullable<unknown>;
};
export type Data_List_LabelInputs = {};
export type Data_List_TitleInputs = {};
export type Data_Load_ChooseInputs = {};
export type Data_Load_DropInputs = {};
export type Data_Load_HintInputs = {};
export type Data_Load_LabelInputs = {};
export type Data_Load_Pad_RowsInputs = {};
export type Data_Load_ReadingInputs = {
    name: NonNullable<unknown>;
};
export type Data_Load_SamplesInputs = {};
export type Data_Load_Samples_CompactInputs = {};
export type Data_Load_Skip_RowsInputs = {};
export type Data_Notes_LabelInputs = {};
export type Data_Notes_Padded_RowsInputs = {
    count: NonNullable<unknown>;
};
export type Data_Notes_RenamedInputs = {};
export type Data_Notes_Skipped_Quote_RowsInputs = {
    count: NonNullable<unknown>;
};
export type Data_Notes_Skipped_RowsInputs = {
    count: NonNullable<unknown>;
};
export type Data_Notes_Stray_Quotes_EndInputs = {};
export type Data_Notes_Stray_Quotes_OneInputs = {
    count: NonNullable<unknown>;
    line: NonNullable<unknown>;
};
export type Data_Notes_Stray_Quotes_OtherInputs = {
    count: NonNullable<unknown>;
    line: NonNullable<unknown>;
};
export type Data_Preview_LabelInputs = {};
export type Data_Preview_ScrollInputs = {};
export type Data_Preview_TableInputs = {};
export type Data_Preview_TitleInputs = {
    count: NonNullable<unknown>;
};
export type Data_Profile_CountInputs = {
    count: NonNullable<unknown>;
};
export type Data_Profile_InferredInputs = {
    kind: NonNullable<unknown>;
};
export type Data_Profile_Kind_OfInputs = {
    name: NonNullable<unknown>;
};
export type Data_Profile_LabelInputs = {};
export type Data_Profile_Role_OfInputs = {
    name: NonNullable<unknown>;
};
export type Data_Profile_TableInputs = {};
export type Data_Profile_TitleInputs = {};
export type Data_Profile_Warnings_OneInputs = {
    count: NonNullable<unknown>;
};
export type Data_Profile_Warnings_OtherInputs = {
    count: NonNullable<unknown>;
};
export type Data_Role_FeatureInputs = {};
export type Data_Role_IdInputs = {};
export type Data_Role_IgnoreInputs = {};
export type Data_Role_TargetInputs = {};
export type Data_Sample_Austen_DetailInputs = {
    count: NonNullable<unknown>;
    novels: NonNullable<unknown>;
};
export type Data_Sample_Austen_TitleInputs = {};
export type Data_Sample_German_DetailInputs = {
    count: NonNullable<unknown>;
};
export type Data_Sample_German_TitleInputs = {};
export type Data_Sep_CommaInputs = {};
export type Data_Sep_OtherInputs = {
    delimiter: NonNullable<unknown>;
};
export type Data_Sep_PipeInputs = {};
export type Data_Sep_SemicolonInputs = {};
export type Data_Sep_TabInputs = {};
export type Data_Set_Up_TrainingInputs = {};
export type Data_Signal_AgainstInputs = {
    target: NonNullable<unknown>;
};
export type Data_Signal_Bins_OfInputs = {
    column: NonNullable<unknown>;
};
export type Data_Signal_Check_GeInputs = {
    measure: NonNullable<unknown>;
    value: NonNullable<unknown>;
    at: NonNullable<unknown>;
};
export type Data_Signal_Check_GtInputs = {
    measure: NonNullable<unknown>;
    value: NonNullable<unknown>;
    at: NonNullable<unknown>;
};
export type Data_Signal_Check_LtInputs = {
    measure: NonNullable<unknown>;
    value: NonNullable<unknown>;
    at: NonNullable<unknown>;
};
export type Data_Signal_Check_UndefinedInputs = {
    measure: NonNullable<unknown>;
};
export type Data_Signal_Col_FlagInputs = {};
export type Data_Signal_Col_MeasureInputs = {};
export type Data_Signal_Col_StrengthInputs = {};
export type Data_Signal_Col_ValueInputs = {};
export type Data_Signal_Cramers_VInputs = {};
export type Data_Signal_EarlierInputs = {
    label: NonNullable<unknown>;
};
export type Data_Signal_Flag_LeakInputs = {};
export type Data_Signal_Flag_NoneInputs = {};
export type Data_Signal_HigherInputs = {
    label: NonNullable<unknown>;
};
export type Data_Signal_HowInputs = {};
export type Data_Signal_How_BodyInputs = {};
export type Data_Signal_Intro_By_IvInputs = {};
export type Data_Signal_Intro_By_VInputs = {};
export type Data_Signal_Intro_DroppedInputs = {
    count: NonNullable<unknown>;
};
export type Data_Signal_Intro_OpenInputs = {};
export type Data_Signal_Intro_RowsInputs = {
    rows: NonNullable<unknown>;
};
export type Data_Signal_Iv_Needs_BinaryInputs = {};
export type Data_Signal_Iv_TitleInputs = {};
export type Data_Signal_Iv_Title_NeedsInputs = {};
export type Data_Signal_LaterInputs = {
    label: NonNullable<unknown>;
};
export type Data_Signal_LowerInputs = {
    label: NonNullable<unknown>;
};
export type Data_Signal_Not_ScreenedInputs = {};
export type Data_Signal_Note_Many_LevelsInputs = {
    levels: NonNullable<unknown>;
    rows: NonNullable<unknown>;
};
export type Data_Signal_Note_One_ValueInputs = {};
export type Data_Signal_Phase_ColumnInputs = {
    column: NonNullable<unknown>;
};
export type Data_Signal_Phase_DoneInputs = {};
export type Data_Signal_PositiveInputs = {
    label: NonNullable<unknown>;
};
export type Data_Signal_ScreeningInputs = {};
export type Data_Signal_ScrollInputs = {};
export type Data_Signal_Skip_All_MissingInputs = {};
export type Data_Signal_Skip_ConstantInputs = {};
export type Data_Signal_Skip_IdInputs = {};
export type Data_Signal_Skip_TextInputs = {};
export type Data_Signal_TitleInputs = {};
export type Data_Stat_MaxInputs = {
    value: NonNullable<unknown>;
};
export type Data_Stat_MeanInputs = {
    value: NonNullable<unknown>;
};
export type Data_Stat_MedianInputs = {
    value: NonNullable<unknown>;
};
export type Data_Stat_MinInputs = {
    value: NonNullable<unknown>;
};
export type Data_Stat_QuartilesInputs = {
    low: NonNullable<unknown>;
    high: NonNullable<unknown>;
};
export type Data_Stat_StdInputs = {
    value: NonNullable<unknown>;
};
export type Data_Summary_And_MoreInputs = {};
export type Data_Summary_ColumnsInputs = {};
export type Data_Summary_Decimal_CommaInputs = {};
export type Data_Summary_FrequentInputs = {
    name: NonNullable<unknown>;
};
export type Data_Summary_FromInputs = {
    date: NonNullable<unknown>;
};
export type Data_Summary_HistogramInputs = {
    name: NonNullable<unknown>;
};
export type Data_Summary_LabelInputs = {};
export type Data_Summary_LengthInputs = {
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
    mean: NonNullable<unknown>;
};
export type Data_Summary_Length_CharsInputs = {};
export type Data_Summary_Length_DistributionInputs = {
    name: NonNullable<unknown>;
};
export type Data_Summary_Line_EndsInputs = {
    newline: NonNullable<unknown>;
};
export type Data_Summary_Read_InInputs = {
    duration: NonNullable<unknown>;
};
export type Data_Summary_RowsInputs = {};
export type Data_Summary_Rows_ColInputs = {};
export type Data_Summary_ToInputs = {
    date: NonNullable<unknown>;
};
export type Data_Summary_Top_TermsInputs = {
    name: NonNullable<unknown>;
};
export type Data_Summary_ValuesInputs = {};
export type Data_Target_BalanceInputs = {
    name: NonNullable<unknown>;
    classes: NonNullable<unknown>;
};
export type Data_Target_ChooseInputs = {};
export type Data_Target_HintInputs = {};
export type Data_Target_ImbalancedInputs = {};
export type Data_Target_LabelInputs = {};
export type Data_Target_MissingInputs = {
    count: NonNullable<unknown>;
};
export type Data_Target_Numeric_WarningInputs = {
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Data_Target_OptionInputs = {
    name: NonNullable<unknown>;
    kind: NonNullable<unknown>;
};
export type Data_Target_Other_LevelsInputs = {};
export type Data_Target_PickInputs = {};
export type Data_Warn_All_MissingInputs = {
    name: NonNullable<unknown>;
};
export type Data_Warn_ConstantInputs = {
    name: NonNullable<unknown>;
};
export type Data_Warn_High_CardinalityInputs = {
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
    share: NonNullable<unknown>;
};
export type Data_Warn_Id_LikeInputs = {
    name: NonNullable<unknown>;
};
export type Data_Warn_Index_ColumnInputs = {
    name: NonNullable<unknown>;
};
export type Data_Warn_Leading_ZerosInputs = {
    name: NonNullable<unknown>;
    example: NonNullable<unknown>;
    kind: NonNullable<unknown>;
};
export type Data_Warn_Mostly_MissingInputs = {
    name: NonNullable<unknown>;
    percent: NonNullable<unknown>;
};
export type Data_Warn_Rows_Bad_QuotesInputs = {
    count: NonNullable<unknown>;
};
export type Data_Warn_Rows_PaddedInputs = {
    count: NonNullable<unknown>;
};
export type Data_Warn_Rows_SkippedInputs = {
    count: NonNullable<unknown>;
};
export type Data_Warn_Stray_Quotes_OneInputs = {
    count: NonNullable<unknown>;
    line: NonNullable<unknown>;
    column: NonNullable<unknown>;
};
export type Data_Warn_Stray_Quotes_OtherInputs = {
    count: NonNullable<unknown>;
    line: NonNullable<unknown>;
    column: NonNullable<unknown>;
};
export type DismissInputs = {};
export type Err_Balance_Bad_KInputs = {
    k: NonNullable<unknown>;
};
export type Err_Balance_Bad_K_HintInputs = {};
export type Err_Balance_Bad_StrategyInputs = {};
export type Err_Balance_Bad_Strategy_HintInputs = {};
export type Err_Balance_Class_CountInputs = {
    count: NonNullable<unknown>;
};
export type Err_Balance_Class_Count_HintInputs = {};
export type Err_Balance_Class_Too_SmallInputs = {
    index: NonNullable<unknown>;
    rows: NonNullable<unknown>;
};
export type Err_Balance_Class_Too_Small_HintInputs = {};
export type Err_Balance_Label_OutsideInputs = {
    row: NonNullable<unknown>;
    label: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Err_Balance_Label_Outside_HintInputs = {};
export type Err_Balance_Matrix_ShapeInputs = {
    values: NonNullable<unknown>;
    rows: NonNullable<unknown>;
    width: NonNullable<unknown>;
};
export type Err_Balance_Matrix_Shape_HintInputs = {};
export type Err_Balance_Missing_CategoryInputs = {
    row: NonNullable<unknown>;
};
export type Err_Balance_Missing_Category_HintInputs = {};
export type Err_Balance_Mixed_ShapeInputs = {
    rows: NonNullable<unknown>;
};
export type Err_Balance_Mixed_Shape_HintInputs = {};
export type Err_Balance_NeighboursInputs = {
    name: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Err_Balance_Neighbours_HintInputs = {};
export type Err_Balance_Not_FiniteInputs = {
    row: NonNullable<unknown>;
    feature: NonNullable<unknown>;
};
export type Err_Balance_Not_Finite_HintInputs = {};
export type Err_Balance_Ratio_HintInputs = {};
export type Err_Balance_Ratio_No_RowsInputs = {
    ratio: NonNullable<unknown>;
    count: NonNullable<unknown>;
    reference: NonNullable<unknown>;
};
export type Err_Balance_Ratio_RangeInputs = {
    ratio: NonNullable<unknown>;
};
export type Err_Balance_Ratio_Range_HintInputs = {};
export type Err_Balance_Ratio_Too_FewInputs = {
    ratio: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Err_Balance_Smote_Nc_Hint_CategoricalInputs = {};
export type Err_Balance_Smote_Nc_Hint_NumericInputs = {};
export type Err_Balance_Smote_Nc_KindsInputs = {
    numeric: NonNullable<unknown>;
    categorical: NonNullable<unknown>;
};
export type Err_Balance_Text_FeaturesInputs = {
    method: NonNullable<unknown>;
    width: NonNullable<unknown>;
};
export type Err_Balance_Text_Features_HintInputs = {};
export type Err_Balance_Unknown_MethodInputs = {
    method: NonNullable<unknown>;
};
export type Err_Balance_Weights_EmptyInputs = {};
export type Err_Balance_Weights_Empty_HintInputs = {};
export type Err_Balance_Where_MethodInputs = {};
export type Err_Blend_Bad_WeightInputs = {
    index: NonNullable<unknown>;
    description: NonNullable<unknown>;
    weight: NonNullable<unknown>;
};
export type Err_Blend_HintInputs = {};
export type Err_Blend_Member_CountInputs = {
    max: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Err_Blend_Other_SeedInputs = {
    index: NonNullable<unknown>;
    description: NonNullable<unknown>;
    seed: NonNullable<unknown>;
    lead: NonNullable<unknown>;
};
export type Err_Blend_Other_SplitInputs = {
    index: NonNullable<unknown>;
    description: NonNullable<unknown>;
    split: NonNullable<unknown>;
    lead: NonNullable<unknown>;
};
export type Err_Blend_Other_TargetInputs = {
    index: NonNullable<unknown>;
    description: NonNullable<unknown>;
    target: NonNullable<unknown>;
    lead: NonNullable<unknown>;
};
export type Err_Boolean_LevelsInputs = {
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
    levels: NonNullable<unknown>;
};
export type Err_Boolean_Levels_HintInputs = {};
export type Err_Bundle_Choose_Json_HintInputs = {};
export type Err_Bundle_Could_Not_ReadInputs = {
    error: NonNullable<unknown>;
};
export type Err_Bundle_Download_Again_HintInputs = {};
export type Err_Bundle_EmptyInputs = {};
export type Err_Bundle_Field_MissingInputs = {
    path: NonNullable<unknown>;
};
export type Err_Bundle_HintInputs = {};
export type Err_Bundle_Model_RemovedInputs = {
    name: NonNullable<unknown>;
};
export type Err_Bundle_Model_Removed_HintInputs = {};
export type Err_Bundle_Must_AscendingInputs = {
    path: NonNullable<unknown>;
};
export type Err_Bundle_Must_Batch_Input_ShapeInputs = {
    path: NonNullable<unknown>;
};
export type Err_Bundle_Must_Blend_FormatInputs = {
    path: NonNullable<unknown>;
    format: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Blend_VersionInputs = {
    path: NonNullable<unknown>;
    version: NonNullable<unknown>;
};
export type Err_Bundle_Must_BooleanInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_DateInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Dense_LayerInputs = {
    path: NonNullable<unknown>;
};
export type Err_Bundle_Must_Dense_WidthInputs = {
    path: NonNullable<unknown>;
    width: NonNullable<unknown>;
};
export type Err_Bundle_Must_Feature_NamesInputs = {
    path: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Err_Bundle_Must_First_InboundInputs = {
    path: NonNullable<unknown>;
};
export type Err_Bundle_Must_Idf_CountInputs = {
    path: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Err_Bundle_Must_InboundInputs = {
    path: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Err_Bundle_Must_Input_Layer_FirstInputs = {
    path: NonNullable<unknown>;
};
export type Err_Bundle_Must_Input_WidthInputs = {
    path: NonNullable<unknown>;
    count: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_LabelsInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Labels_EntryInputs = {
    path: NonNullable<unknown>;
    index: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Labels_UniqueInputs = {
    path: NonNullable<unknown>;
    label: NonNullable<unknown>;
};
export type Err_Bundle_Must_LayersInputs = {
    path: NonNullable<unknown>;
};
export type Err_Bundle_Must_ListInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Member_CountInputs = {
    path: NonNullable<unknown>;
    max: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Err_Bundle_Must_Member_KindInputs = {
    path: NonNullable<unknown>;
    kind: NonNullable<unknown>;
    name: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Model_FormatInputs = {
    path: NonNullable<unknown>;
    format: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Model_Format_NestedInputs = {
    path: NonNullable<unknown>;
    format: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_No_QuantizationInputs = {
    path: NonNullable<unknown>;
};
export type Err_Bundle_Must_No_Target_InputInputs = {
    path: NonNullable<unknown>;
    target: NonNullable<unknown>;
};
export type Err_Bundle_Must_Nonempty_TextInputs = {
    path: NonNullable<unknown>;
};
export type Err_Bundle_Must_NumberInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Number_MinInputs = {
    path: NonNullable<unknown>;
    min: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Number_RangeInputs = {
    path: NonNullable<unknown>;
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_ObjectInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_One_OfInputs = {
    path: NonNullable<unknown>;
    allowed: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Output_UnitsInputs = {
    path: NonNullable<unknown>;
    count: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_PercentilesInputs = {
    path: NonNullable<unknown>;
};
export type Err_Bundle_Must_Plain_ChainInputs = {
    path: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Err_Bundle_Must_Positive_WeightInputs = {
    path: NonNullable<unknown>;
    weight: NonNullable<unknown>;
};
export type Err_Bundle_Must_Recipe_InputInputs = {
    path: NonNullable<unknown>;
    column: NonNullable<unknown>;
};
export type Err_Bundle_Must_Schema_ColumnInputs = {
    path: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Err_Bundle_Must_Schema_IncludesInputs = {
    path: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Err_Bundle_Must_Schema_KindInputs = {
    path: NonNullable<unknown>;
    kind: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_SharesInputs = {
    path: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Err_Bundle_Must_SoftmaxInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Term_NamesInputs = {
    path: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Err_Bundle_Must_TextInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Threshold_AbsentInputs = {
    path: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Err_Bundle_Must_Tree_VersionInputs = {
    path: NonNullable<unknown>;
    version: NonNullable<unknown>;
};
export type Err_Bundle_Must_Trial_IdInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Unique_ColumnInputs = {
    path: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Err_Bundle_Must_Weight_BytesInputs = {
    path: NonNullable<unknown>;
    bytes: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Weight_ShapeInputs = {
    path: NonNullable<unknown>;
    want: NonNullable<unknown>;
    weight: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Weight_SpecsInputs = {
    path: NonNullable<unknown>;
    count: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Weights_SumInputs = {
    path: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Err_Bundle_Must_WholeInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Whole_MinInputs = {
    path: NonNullable<unknown>;
    min: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_Must_Whole_RangeInputs = {
    path: NonNullable<unknown>;
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Bundle_NewerInputs = {
    version: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Err_Bundle_Newer_HintInputs = {};
export type Err_Bundle_Not_Base64Inputs = {
    path: NonNullable<unknown>;
};
export type Err_Bundle_Not_JsonInputs = {
    line: NonNullable<unknown>;
    column: NonNullable<unknown>;
};
export type Err_Bundle_Not_Json_HintInputs = {};
export type Err_Bundle_Not_ObjectInputs = {
    found: NonNullable<unknown>;
};
export type Err_Bundle_Positive_MissingInputs = {
    path: NonNullable<unknown>;
};
export type Err_Bundle_Run_No_ModelInputs = {
    name: NonNullable<unknown>;
    status: NonNullable<unknown>;
};
export type Err_Bundle_Run_No_Model_HintInputs = {};
export type Err_Bundle_Unusable_ModelInputs = {
    error: NonNullable<unknown>;
};
export type Err_Bundle_Unusable_RecipeInputs = {
    error: NonNullable<unknown>;
};
export type Err_Bundle_Wrong_FormatInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
    format: NonNullable<unknown>;
};
export type Err_CancelledInputs = {};
export type Err_Column_No_ValuesInputs = {
    name: NonNullable<unknown>;
};
export type Err_Column_No_Values_Boolean_HintInputs = {};
export type Err_Column_No_Values_Impute_HintInputs = {};
export type Err_Column_No_Values_Levels_HintInputs = {};
export type Err_Csv_Binary_GzipInputs = {
    file: NonNullable<unknown>;
};
export type Err_Csv_Binary_JpegInputs = {
    file: NonNullable<unknown>;
};
export type Err_Csv_Binary_NulInputs = {
    file: NonNullable<unknown>;
};
export type Err_Csv_Binary_Nul_HintInputs = {};
export type Err_Csv_Binary_PdfInputs = {
    file: NonNullable<unknown>;
};
export type Err_Csv_Binary_PngInputs = {
    file: NonNullable<unknown>;
};
export type Err_Csv_Binary_XlsInputs = {
    file: NonNullable<unknown>;
};
export type Err_Csv_Binary_XlsxInputs = {
    file: NonNullable<unknown>;
};
export type Err_Csv_Binary_ZipInputs = {
    file: NonNullable<unknown>;
};
export type Err_Csv_Choose_Csv_HintInputs = {};
export type Err_Csv_EmptyInputs = {
    file: NonNullable<unknown>;
};
export type Err_Csv_Empty_HintInputs = {};
export type Err_Csv_Gzip_HintInputs = {};
export type Err_Csv_Mixed_EncodingInputs = {
    file: NonNullable<unknown>;
    byte: NonNullable<unknown>;
};
export type Err_Csv_Mixed_Encoding_HintInputs = {};
export type Err_Csv_No_RowsInputs = {
    file: NonNullable<unknown>;
};
export type Err_Csv_No_Rows_HintInputs = {};
export type Err_Csv_QuotesInputs = {
    row: NonNullable<unknown>;
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
};
export type Err_Csv_Quotes_HeaderInputs = {
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
};
export type Err_Csv_Quotes_Header_HintInputs = {};
export type Err_Csv_Quotes_Header_MoreInputs = {
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
    more: NonNullable<unknown>;
    lines: NonNullable<unknown>;
};
export type Err_Csv_Quotes_Header_More_OneInputs = {
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
    lines: NonNullable<unknown>;
};
export type Err_Csv_Quotes_Header_NamedInputs = {
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Err_Csv_Quotes_Header_Named_MoreInputs = {
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
    name: NonNullable<unknown>;
    more: NonNullable<unknown>;
    lines: NonNullable<unknown>;
};
export type Err_Csv_Quotes_Header_Named_More_OneInputs = {
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
    name: NonNullable<unknown>;
    lines: NonNullable<unknown>;
};
export type Err_Csv_Quotes_Hint_OneInputs = {
    count: NonNullable<unknown>;
};
export type Err_Csv_Quotes_Hint_OtherInputs = {
    count: NonNullable<unknown>;
};
export type Err_Csv_Quotes_MoreInputs = {
    row: NonNullable<unknown>;
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
    more: NonNullable<unknown>;
    lines: NonNullable<unknown>;
};
export type Err_Csv_Quotes_More_OneInputs = {
    row: NonNullable<unknown>;
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
    lines: NonNullable<unknown>;
};
export type Err_Csv_Quotes_NamedInputs = {
    row: NonNullable<unknown>;
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Err_Csv_Quotes_Named_MoreInputs = {
    row: NonNullable<unknown>;
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
    name: NonNullable<unknown>;
    more: NonNullable<unknown>;
    lines: NonNullable<unknown>;
};
export type Err_Csv_Quotes_Named_More_OneInputs = {
    row: NonNullable<unknown>;
    file: NonNullable<unknown>;
    column: NonNullable<unknown>;
    name: NonNullable<unknown>;
    lines: NonNullable<unknown>;
};
export type Err_Csv_RaggedInputs = {
    row: NonNullable<unknown>;
    file: NonNullable<unknown>;
    fields: NonNullable<unknown>;
    expected: NonNullable<unknown>;
};
export type Err_Csv_Ragged_Hint_Bar_OneInputs = {
    count: NonNullable<unknown>;
};
export type Err_Csv_Ragged_Hint_Bar_OtherInputs = {
    count: NonNullable<unknown>;
};
export type Err_Csv_Ragged_Hint_Comma_OneInputs = {
    count: NonNullable<unknown>;
};
export type Err_Csv_Ragged_Hint_Comma_OtherInputs = {
    count: NonNullable<unknown>;
};
export type Err_Csv_Ragged_Hint_Semicolon_OneInputs = {
    count: NonNullable<unknown>;
};
export type Err_Csv_Ragged_Hint_Semicolon_OtherInputs = {
    count: NonNullable<unknown>;
};
export type Err_Csv_Ragged_Hint_Tab_OneInputs = {
    count: NonNullable<unknown>;
};
export type Err_Csv_Ragged_Hint_Tab_OtherInputs = {
    count: NonNullable<unknown>;
};
export type Err_Csv_Ragged_MoreInputs = {
    row: NonNullable<unknown>;
    file: NonNullable<unknown>;
    fields: NonNullable<unknown>;
    expected: NonNullable<unknown>;
    more: NonNullable<unknown>;
    lines: NonNullable<unknown>;
};
export type Err_Csv_Ragged_More_OneInputs = {
    row: NonNullable<unknown>;
    file: NonNullable<unknown>;
    fields: NonNullable<unknown>;
    expected: NonNullable<unknown>;
    lines: NonNullable<unknown>;
};
export type Err_Csv_Sheet_HintInputs = {};
export type Err_Csv_Single_ColumnInputs = {
    file: NonNullable<unknown>;
    header: NonNullable<unknown>;
};
export type Err_Csv_Single_Column_HintInputs = {};
export type Err_Csv_Too_LargeInputs = {
    file: NonNullable<unknown>;
    size: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Err_Csv_Too_Large_HintInputs = {};
export type Err_Csv_Unclosed_QuoteInputs = {
    file: NonNullable<unknown>;
};
export type Err_Csv_Unclosed_Quote_HintInputs = {};
export type Err_Custom_Model_Credentials_HintInputs = {};
export type Err_Custom_Model_Https_HintInputs = {};
export type Err_Custom_Model_Invalid_HintInputs = {};
export type Err_Custom_Model_Lib_CredentialsInputs = {};
export type Err_Custom_Model_Lib_HttpsInputs = {};
export type Err_Custom_Model_Lib_InvalidInputs = {};
export type Err_Custom_Model_Not_WasmInputs = {};
export type Err_Custom_Model_Not_Wasm_HintInputs = {};
export type Err_Custom_Model_Url_CredentialsInputs = {};
export type Err_Custom_Model_Url_HttpsInputs = {};
export type Err_Custom_Model_Url_InvalidInputs = {};
export type Err_Custom_Model_Where_LibInputs = {};
export type Err_Custom_Model_Where_UrlInputs = {};
export type Err_Cv_Over_Budget_FirstInputs = {
    elapsed: NonNullable<unknown>;
    k: NonNullable<unknown>;
    projected: NonNullable<unknown>;
    left: NonNullable<unknown>;
};
export type Err_Cv_Over_Budget_HintInputs = {};
export type Err_Cv_Over_Budget_ManyInputs = {
    done: NonNullable<unknown>;
    elapsed: NonNullable<unknown>;
    k: NonNullable<unknown>;
    projected: NonNullable<unknown>;
    left: NonNullable<unknown>;
};
export type Err_Cv_Pruned_FirstInputs = {
    metric: NonNullable<unknown>;
    score: NonNullable<unknown>;
    bar: NonNullable<unknown>;
};
export type Err_Cv_Pruned_HintInputs = {};
export type Err_Cv_Pruned_ManyInputs = {
    done: NonNullable<unknown>;
    metric: NonNullable<unknown>;
    score: NonNullable<unknown>;
    bar: NonNullable<unknown>;
};
export type Err_Dataset_Not_FoundInputs = {};
export type Err_Dataset_Not_Found_HintInputs = {};
export type Err_Engine_Device_LostInputs = {};
export type Err_Engine_Device_Lost_HintInputs = {};
export type Err_Engine_Host_DownInputs = {
    model: NonNullable<unknown>;
};
export type Err_Engine_Host_Down_HintInputs = {};
export type Err_Engine_Host_ErrorInputs = {
    model: NonNullable<unknown>;
};
export type Err_Engine_Host_Error_HintInputs = {};
export type Err_Engine_No_F16Inputs = {
    model: NonNullable<unknown>;
};
export type Err_Engine_No_F16_HintInputs = {};
export type Err_Engine_No_FeatureInputs = {
    model: NonNullable<unknown>;
};
export type Err_Engine_No_Feature_HintInputs = {};
export type Err_Engine_No_WebgpuInputs = {};
export type Err_Engine_No_Webgpu_HintInputs = {};
export type Err_Engine_OomInputs = {
    model: NonNullable<unknown>;
};
export type Err_Engine_Oom_HintInputs = {};
export type Err_Eval_Calibration_BinsInputs = {
    bins: NonNullable<unknown>;
};
export type Err_Eval_Calibration_Bins_HintInputs = {};
export type Err_Eval_Calibration_RangeInputs = {
    row: NonNullable<unknown>;
    p: NonNullable<unknown>;
};
export type Err_Eval_Calibration_Range_HintInputs = {};
export type Err_Eval_Class_IndexInputs = {
    row: NonNullable<unknown>;
    index: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Err_Eval_Class_Index_HintInputs = {};
export type Err_Eval_Confusion_IndexInputs = {
    row: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Err_Eval_Confusion_Index_HintInputs = {};
export type Err_Eval_Confusion_LengthInputs = {
    labels: NonNullable<unknown>;
    predictions: NonNullable<unknown>;
};
export type Err_Eval_Confusion_Length_HintInputs = {};
export type Err_Eval_CostsInputs = {
    fp: NonNullable<unknown>;
    fn: NonNullable<unknown>;
};
export type Err_Eval_Costs_HintInputs = {};
export type Err_Eval_Fixed_ThresholdInputs = {
    value: NonNullable<unknown>;
};
export type Err_Eval_Fixed_Threshold_HintInputs = {};
export type Err_Eval_Label_Not_BinaryInputs = {
    row: NonNullable<unknown>;
    label: NonNullable<unknown>;
};
export type Err_Eval_Label_Not_Binary_HintInputs = {};
export type Err_Eval_Length_MismatchInputs = {
    scores: NonNullable<unknown>;
    labels: NonNullable<unknown>;
};
export type Err_Eval_Length_Mismatch_HintInputs = {};
export type Err_Eval_No_RowsInputs = {};
export type Err_Eval_No_Rows_HintInputs = {};
export type Err_Eval_Non_Finite_ScoreInputs = {
    row: NonNullable<unknown>;
    score: NonNullable<unknown>;
};
export type Err_Eval_Non_Finite_Score_HintInputs = {};
export type Err_Eval_Positive_IndexInputs = {
    index: NonNullable<unknown>;
};
export type Err_Eval_Positive_Index_HintInputs = {};
export type Err_Eval_Proba_RangeInputs = {
    row: NonNullable<unknown>;
    p: NonNullable<unknown>;
    index: NonNullable<unknown>;
};
export type Err_Eval_Proba_Range_HintInputs = {};
export type Err_Eval_Proba_ShapeInputs = {
    values: NonNullable<unknown>;
    rows: NonNullable<unknown>;
    classes: NonNullable<unknown>;
};
export type Err_Eval_Proba_Shape_HintInputs = {};
export type Err_Eval_Threshold_NanInputs = {
    value: NonNullable<unknown>;
};
export type Err_Eval_Threshold_Nan_HintInputs = {};
export type Err_Eval_Two_ClassesInputs = {
    count: NonNullable<unknown>;
};
export type Err_Eval_Two_Classes_HintInputs = {};
export type Err_Folds_Bad_KInputs = {
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Err_Folds_Bad_K_HintInputs = {};
export type Err_Folds_Class_Too_SmallInputs = {
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
    k: NonNullable<unknown>;
};
export type Err_Folds_Class_Too_Small_HintInputs = {};
export type Err_Gbdt_Damaged_Class_CountInputs = {
    path: NonNullable<unknown>;
    expected: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Gbdt_Damaged_Feature_CountInputs = {
    path: NonNullable<unknown>;
    expected: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Gbdt_Damaged_FiniteInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Gbdt_Damaged_FormatInputs = {
    path: NonNullable<unknown>;
    format: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Gbdt_Damaged_HintInputs = {};
export type Err_Gbdt_Damaged_LeafInputs = {
    path: NonNullable<unknown>;
    other: NonNullable<unknown>;
    node: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Gbdt_Damaged_ListInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Gbdt_Damaged_List_LengthInputs = {
    path: NonNullable<unknown>;
    length: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Gbdt_Damaged_No_NodesInputs = {
    path: NonNullable<unknown>;
};
export type Err_Gbdt_Damaged_NonnegativeInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Gbdt_Damaged_ObjectInputs = {
    path: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Gbdt_Damaged_Reached_TwiceInputs = {
    path: NonNullable<unknown>;
    node: NonNullable<unknown>;
};
export type Err_Gbdt_Damaged_TreesInputs = {
    path: NonNullable<unknown>;
    outputs: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Gbdt_Damaged_UnreachedInputs = {
    path: NonNullable<unknown>;
    node: NonNullable<unknown>;
};
export type Err_Gbdt_Damaged_WholeInputs = {
    path: NonNullable<unknown>;
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
    found: NonNullable<unknown>;
};
export type Err_Gbdt_DivergedInputs = {
    iteration: NonNullable<unknown>;
};
export type Err_Gbdt_Diverged_HintInputs = {};
export type Err_Gbdt_Empty_TrainInputs = {};
export type Err_Gbdt_Empty_Train_HintInputs = {};
export type Err_Gbdt_Feature_CountInputs = {
    expected: NonNullable<unknown>;
    got: NonNullable<unknown>;
};
export type Err_Gbdt_NewerInputs = {
    version: NonNullable<unknown>;
};
export type Err_Gbdt_Newer_HintInputs = {};
export type Err_Gbdt_Value_Too_LargeInputs = {
    feature: NonNullable<unknown>;
};
export type Err_Gbdt_Value_Too_Large_HintInputs = {};
export type Err_Gbdt_Where_Training_RowInputs = {
    row: NonNullable<unknown>;
};
export type Err_Gbdt_Where_Validation_RowInputs = {
    row: NonNullable<unknown>;
};
export type Err_Gbdt_Zero_WeightsInputs = {};
export type Err_Gbdt_Zero_Weights_HintInputs = {};
export type Err_Importance_Unknown_ColumnInputs = {
    name: NonNullable<unknown>;
};
export type Err_Importance_WhereInputs = {};
export type Err_Impute_Constant_HintInputs = {};
export type Err_Impute_Constant_Not_NumberInputs = {
    name: NonNullable<unknown>;
};
export type Err_InternalInputs = {
    error: NonNullable<unknown>;
};
export type Err_Internal_HintInputs = {};
export type Err_Llm_CancelledInputs = {};
export type Err_Llm_Description_CountInputs = {
    descriptions: NonNullable<unknown>;
    rows: NonNullable<unknown>;
};
export type Err_Matrix_Different_FeaturesInputs = {};
export type Err_Model_Setting_Class_WeightsInputs = {
    field: NonNullable<unknown>;
};
export type Err_Model_Setting_DropoutInputs = {
    field: NonNullable<unknown>;
};
export type Err_Model_Setting_Hidden_UnitsInputs = {
    field: NonNullable<unknown>;
};
export type Err_Model_Setting_HintInputs = {};
export type Err_Model_Setting_L2Inputs = {
    field: NonNullable<unknown>;
};
export type Err_Model_Setting_LayersInputs = {
    field: NonNullable<unknown>;
};
export type Err_Model_Setting_Learning_RateInputs = {
    field: NonNullable<unknown>;
};
export type Err_Model_Setting_Max_DepthInputs = {
    field: NonNullable<unknown>;
};
export type Err_Model_Setting_Min_LeafInputs = {
    field: NonNullable<unknown>;
};
export type Err_Model_Setting_ObjectInputs = {
    field: NonNullable<unknown>;
};
export type Err_Model_Setting_One_OfInputs = {
    field: NonNullable<unknown>;
    choices: NonNullable<unknown>;
};
export type Err_Model_Setting_Solver_FamilyInputs = {
    field: NonNullable<unknown>;
};
export type Err_Model_Setting_TreesInputs = {
    field: NonNullable<unknown>;
};
export type Err_Model_Setting_Whole_RangeInputs = {
    field: NonNullable<unknown>;
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Err_No_FeaturesInputs = {};
export type Err_No_Features_HintInputs = {};
export type Err_Predict_Missing_ColumnInputs = {
    columns: NonNullable<unknown>;
};
export type Err_Predict_Missing_ColumnsInputs = {
    count: NonNullable<unknown>;
    columns: NonNullable<unknown>;
};
export type Err_Predict_Missing_HintInputs = {};
export type Err_Predict_Wrong_KindInputs = {
    columns: NonNullable<unknown>;
};
export type Err_Predict_Wrong_Kind_HintInputs = {};
export type Err_Predict_Wrong_Kind_OneInputs = {
    name: NonNullable<unknown>;
    example: NonNullable<unknown>;
};
export type Err_Prompt_EmptyInputs = {};
export type Err_Prompt_Empty_HintInputs = {};
export type Err_Prompt_Few_LabelsInputs = {};
export type Err_Prompt_Few_Labels_HintInputs = {};
export type Err_Prompt_Long_LabelInputs = {
    label: NonNullable<unknown>;
};
export type Err_Prompt_Long_Label_HintInputs = {};
export type Err_Prompt_Unknown_ColumnsInputs = {
    placeholders: NonNullable<unknown>;
};
export type Err_Prompt_Use_Columns_HintInputs = {
    columns: NonNullable<unknown>;
};
export type Err_Prompt_WhereInputs = {};
export type Err_Prompt_Where_LabelsInputs = {};
export type Err_Reasons_No_CoversInputs = {};
export type Err_Reasons_No_Covers_HintInputs = {};
export type Err_Reasons_UnavailableInputs = {};
export type Err_Reasons_Unavailable_HintInputs = {};
export type Err_Recipe_Lacks_ColumnInputs = {
    columns: NonNullable<unknown>;
};
export type Err_Recipe_Lacks_ColumnsInputs = {
    columns: NonNullable<unknown>;
};
export type Err_Recipe_Lacks_HintInputs = {};
export type Err_Runs_Db_GoneInputs = {
    id: NonNullable<unknown>;
};
export type Err_Runs_Db_InterruptedInputs = {};
export type Err_Runs_Db_Interrupted_HintInputs = {};
export type Err_Runs_Db_No_Model_CancelledInputs = {
    name: NonNullable<unknown>;
};
export type Err_Runs_Db_No_Model_DoneInputs = {
    name: NonNullable<unknown>;
};
export type Err_Runs_Db_No_Model_FailedInputs = {
    name: NonNullable<unknown>;
};
export type Err_Runs_Db_No_Model_HintInputs = {};
export type Err_Runs_Db_No_Model_InterruptedInputs = {
    name: NonNullable<unknown>;
};
export type Err_Runs_Db_No_Model_RunningInputs = {
    name: NonNullable<unknown>;
};
export type Err_Runs_Db_Where_RunInputs = {
    name: NonNullable<unknown>;
};
export type Err_Runs_Import_Done_No_ResultInputs = {
    file: NonNullable<unknown>;
    index: NonNullable<unknown>;
};
export type Err_Runs_Import_HintInputs = {};
export type Err_Runs_Import_Missing_FieldInputs = {
    file: NonNullable<unknown>;
    index: NonNullable<unknown>;
    field: NonNullable<unknown>;
};
export type Err_Runs_Import_NewerInputs = {
    file: NonNullable<unknown>;
    version: NonNullable<unknown>;
    supported: NonNullable<unknown>;
};
export type Err_Runs_Import_No_RunsInputs = {
    file: NonNullable<unknown>;
};
export type Err_Runs_Import_Not_JsonInputs = {
    file: NonNullable<unknown>;
};
export type Err_Runs_Import_Not_ObjectInputs = {
    file: NonNullable<unknown>;
    index: NonNullable<unknown>;
};
export type Err_Runs_Import_Where_FieldInputs = {
    file: NonNullable<unknown>;
    index: NonNullable<unknown>;
    field: NonNullable<unknown>;
};
export type Err_Runs_Import_Where_RunInputs = {
    file: NonNullable<unknown>;
    index: NonNullable<unknown>;
};
export type Err_Runs_Import_Wrong_FormatInputs = {
    file: NonNullable<unknown>;
    format: NonNullable<unknown>;
};
export type Err_Runs_Import_Wrong_Format_HintInputs = {};
export type Err_Search_CancelledInputs = {};
export type Err_Search_Out_Of_TimeInputs = {};
export type Err_Settings_Choose_One_OfInputs = {
    choices: NonNullable<unknown>;
};
export type Err_Settings_No_TargetInputs = {};
export type Err_Settings_No_Target_HintInputs = {};
export type Err_Signal_Positive_Not_ClassInputs = {
    label: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Err_Signal_Positive_Not_Class_HintInputs = {
    labels: NonNullable<unknown>;
};
export type Err_Signal_Single_Class_HintInputs = {};
export type Err_Signal_Too_Many_ClassesInputs = {
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Err_Signal_Too_Many_Classes_HintInputs = {
    max: NonNullable<unknown>;
};
export type Err_Solver_DivergedInputs = {
    iteration: NonNullable<unknown>;
};
export type Err_Solver_Diverged_HintInputs = {};
export type Err_Spec_Column_MissingInputs = {
    feature: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Err_Spec_Column_Missing_HintInputs = {};
export type Err_Spec_Name_TakenInputs = {
    name: NonNullable<unknown>;
};
export type Err_Spec_Name_Taken_HintInputs = {};
export type Err_Spec_Needs_DateInputs = {
    feature: NonNullable<unknown>;
    name: NonNullable<unknown>;
    actual: NonNullable<unknown>;
};
export type Err_Spec_Needs_Date_HintInputs = {
    name: NonNullable<unknown>;
};
export type Err_Spec_Needs_NumericInputs = {
    feature: NonNullable<unknown>;
    name: NonNullable<unknown>;
    actual: NonNullable<unknown>;
};
export type Err_Spec_Needs_Numeric_HintInputs = {
    name: NonNullable<unknown>;
};
export type Err_Spec_No_NameInputs = {};
export type Err_Spec_No_Name_HintInputs = {};
export type Err_Spec_Unknown_OpInputs = {
    name: NonNullable<unknown>;
    op: NonNullable<unknown>;
};
export type Err_Spec_Unknown_Op_HintInputs = {};
export type Err_Split_All_TestInputs = {
    name: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Err_Split_All_Test_HintInputs = {};
export type Err_Split_Bad_SharesInputs = {};
export type Err_Split_Bad_Shares_HintInputs = {};
export type Err_Split_Bad_Test_Column_ArgInputs = {
    value: NonNullable<unknown>;
};
export type Err_Split_Bad_Test_Column_Arg_HintInputs = {};
export type Err_Split_Class_Not_In_TestInputs = {
    label: NonNullable<unknown>;
};
export type Err_Split_Class_Not_In_Test_HintInputs = {
    label: NonNullable<unknown>;
};
export type Err_Split_Class_Too_Small_HintInputs = {
    label: NonNullable<unknown>;
};
export type Err_Split_Class_Too_Small_OneInputs = {
    label: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Err_Split_Class_Too_Small_OtherInputs = {
    label: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Err_Split_No_Test_RowsInputs = {
    name: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Err_Split_No_Test_Rows_Hint_EmptyInputs = {
    name: NonNullable<unknown>;
};
export type Err_Split_No_Test_Rows_Hint_ValuesInputs = {
    name: NonNullable<unknown>;
    values: NonNullable<unknown>;
};
export type Err_Split_Target_MissingInputs = {
    name: NonNullable<unknown>;
};
export type Err_Split_Target_Missing_HintInputs = {};
export type Err_Split_Test_Column_Is_FeatureInputs = {
    name: NonNullable<unknown>;
};
export type Err_Split_Test_Column_Is_Feature_HintInputs = {
    name: NonNullable<unknown>;
};
export type Err_Split_Test_Column_Is_TargetInputs = {
    name: NonNullable<unknown>;
};
export type Err_Split_Test_Column_Is_Target_HintInputs = {};
export type Err_Split_Test_Column_MissingInputs = {
    name: NonNullable<unknown>;
};
export type Err_Split_Test_Column_Missing_HintInputs = {};
export type Err_Split_Test_Value_MissingInputs = {
    name: NonNullable<unknown>;
};
export type Err_Split_Test_Value_Missing_HintInputs = {};
export type Err_Split_Where_ClassInputs = {
    name: NonNullable<unknown>;
};
export type Err_Split_Where_Test_RowsInputs = {
    name: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Err_Storage_QuotaInputs = {
    error: NonNullable<unknown>;
};
export type Err_Storage_Quota_HintInputs = {};
export type Err_Stratify_Bad_Class_CodeInputs = {
    row: NonNullable<unknown>;
    code: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Err_Stratify_Bad_FractionsInputs = {};
export type Err_Stratify_Bad_Fractions_HintInputs = {};
export type Err_Stratify_Class_Too_Small_HintInputs = {};
export type Err_Stratify_Class_Too_Small_OneInputs = {
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Err_Stratify_Class_Too_Small_OtherInputs = {
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Err_Target_No_ValuesInputs = {
    name: NonNullable<unknown>;
};
export type Err_Target_No_Values_HintInputs = {};
export type Err_Target_Not_ColumnInputs = {
    name: NonNullable<unknown>;
};
export type Err_Target_Not_Column_HintInputs = {};
export type Err_Target_Single_ClassInputs = {
    name: NonNullable<unknown>;
    label: NonNullable<unknown>;
};
export type Err_Target_Single_Class_HintInputs = {};
export type Err_Target_Too_Many_ClassesInputs = {
    name: NonNullable<unknown>;
    count: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Err_Target_Too_Many_Classes_HintInputs = {};
export type Err_Target_Unknown_ClassInputs = {
    name: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Err_Target_Unknown_Class_HintInputs = {
    labels: NonNullable<unknown>;
};
export type Err_Tfidf_Max_DfInputs = {
    value: NonNullable<unknown>;
};
export type Err_Tfidf_Max_Df_HintInputs = {};
export type Err_Tfidf_Max_FeaturesInputs = {
    value: NonNullable<unknown>;
};
export type Err_Tfidf_Max_Features_HintInputs = {};
export type Err_Tfidf_Min_DfInputs = {
    value: NonNullable<unknown>;
};
export type Err_Tfidf_Min_Df_HintInputs = {};
export type Err_Tfidf_Ngram_RangeInputs = {
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Err_Tfidf_Ngram_Range_HintInputs = {};
export type Err_Tfidf_No_TermInputs = {
    low: NonNullable<unknown>;
    high: NonNullable<unknown>;
};
export type Err_Tfidf_No_Term_HintInputs = {};
export type Err_Train_Bug_HintInputs = {};
export type Err_Train_Class_Weights_CountInputs = {
    weights: NonNullable<unknown>;
    classes: NonNullable<unknown>;
};
export type Err_Train_Class_Weights_Count_HintInputs = {};
export type Err_Train_DivergedInputs = {
    epoch: NonNullable<unknown>;
};
export type Err_Train_Diverged_HintInputs = {};
export type Err_Train_Empty_PartInputs = {};
export type Err_Train_Empty_Part_HintInputs = {};
export type Err_Train_InternalInputs = {
    what: NonNullable<unknown>;
};
export type Err_Train_No_FeaturesInputs = {};
export type Err_Train_No_Features_HintInputs = {};
export type Err_Train_Single_ClassInputs = {
    count: NonNullable<unknown>;
};
export type Err_Train_Single_Class_HintInputs = {};
export type Err_Train_Unknown_PositiveInputs = {
    label: NonNullable<unknown>;
};
export type Err_Train_Where_Learning_RateInputs = {
    rate: NonNullable<unknown>;
};
export type Err_Train_Where_RowsInputs = {
    train: NonNullable<unknown>;
    validation: NonNullable<unknown>;
};
export type Err_Value_ListInputs = {};
export type Err_Value_NothingInputs = {};
export type Err_Value_ObjectInputs = {};
export type Err_Where_Balance_InputInputs = {};
export type Err_Where_Balance_RatioInputs = {};
export type Err_Where_Balance_SettingInputs = {
    name: NonNullable<unknown>;
};
export type Err_Where_Categorical_ColumnInputs = {
    index: NonNullable<unknown>;
};
export type Err_Where_ClassInputs = {
    index: NonNullable<unknown>;
};
export type Err_Where_Class_WeightsInputs = {};
export type Err_Where_DatasetInputs = {
    id: NonNullable<unknown>;
};
export type Err_Where_File_ByteInputs = {
    file: NonNullable<unknown>;
    byte: NonNullable<unknown>;
};
export type Err_Where_File_LineInputs = {
    file: NonNullable<unknown>;
    line: NonNullable<unknown>;
};
export type Err_Where_File_Line_ColumnInputs = {
    file: NonNullable<unknown>;
    line: NonNullable<unknown>;
    column: NonNullable<unknown>;
};
export type Err_Where_Json_PositionInputs = {
    line: NonNullable<unknown>;
    column: NonNullable<unknown>;
    position: NonNullable<unknown>;
};
export type Err_Where_RowInputs = {
    row: NonNullable<unknown>;
};
export type Err_Where_Rows_To_ScoreInputs = {};
export type Err_Where_RunInputs = {
    name: NonNullable<unknown>;
};
export type Err_Where_Table_To_ScoreInputs = {};
export type Err_Where_Threshold_CostsInputs = {};
export type Err_Where_Whole_FileInputs = {};
export type Err_Where_WidthsInputs = {
    a: NonNullable<unknown>;
    b: NonNullable<unknown>;
};
export type Error_DismissInputs = {};
export type Error_WhereInputs = {
    where: NonNullable<unknown>;
};
export type Glossary_BlendInputs = {};
export type Glossary_Blend_TermInputs = {};
export type Glossary_BorderlineInputs = {};
export type Glossary_Borderline_TermInputs = {};
export type Glossary_CloseInputs = {};
export type Glossary_CramerInputs = {};
export type Glossary_Cramer_TermInputs = {};
export type Glossary_Early_StoppingInputs = {};
export type Glossary_Early_Stopping_TermInputs = {};
export type Glossary_F1_MacroInputs = {};
export type Glossary_F1_Macro_TermInputs = {};
export type Glossary_FoldInputs = {};
export type Glossary_Fold_TermInputs = {};
export type Glossary_GiniInputs = {};
export type Glossary_Gini_TermInputs = {};
export type Glossary_IvInputs = {};
export type Glossary_Iv_TermInputs = {};
export type Glossary_KsInputs = {};
export type Glossary_Ks_TermInputs = {};
export type Glossary_L2Inputs = {};
export type Glossary_L2_TermInputs = {};
export type Glossary_Learning_RateInputs = {};
export type Glossary_Learning_Rate_TermInputs = {};
export type Glossary_OpenInputs = {
    term: NonNullable<unknown>;
};
export type Glossary_Pr_AucInputs = {};
export type Glossary_Pr_Auc_TermInputs = {};
export type Glossary_PsiInputs = {};
export type Glossary_Psi_TermInputs = {};
export type Glossary_Roc_AucInputs = {};
export type Glossary_Roc_Auc_TermInputs = {};
export type Glossary_RungInputs = {};
export type Glossary_Rung_TermInputs = {};
export type Glossary_SmoteInputs = {};
export type Glossary_Smote_TermInputs = {};
export type Glossary_TfidfInputs = {};
export type Glossary_Tfidf_TermInputs = {};
export type Glossary_YoudenInputs = {};
export type Glossary_Youden_TermInputs = {};
export type Language_LabelInputs = {};
export type Llm_Ask_LabelInputs = {};
export type Llm_Custom_LibInputs = {};
export type Llm_Custom_RemoveInputs = {};
export type Llm_Custom_SummaryInputs = {};
export type Llm_Custom_UrlInputs = {};
export type Llm_Custom_UseInputs = {};
export type Llm_Describe_With_SmallerInputs = {
    model: NonNullable<unknown>;
    vram: NonNullable<unknown>;
};
export type Llm_DescriberInputs = {};
export type Llm_Describer_LlmInputs = {};
export type Llm_Describer_TemplateInputs = {};
export type Llm_DismissInputs = {};
export type Llm_Download_NoticeInputs = {
    size: NonNullable<unknown>;
    hosts: NonNullable<unknown>;
};
export type Llm_Err_UnreachableInputs = {};
export type Llm_Err_Unreachable_HintInputs = {};
export type Llm_Err_Webgpu_HintInputs = {};
export type Llm_GenerateInputs = {};
export type Llm_Hosts_AndInputs = {};
export type Llm_Job_TemplateInputs = {};
export type Llm_Label_ChoicesInputs = {};
export type Llm_LanguageInputs = {};
export type Llm_Loading_ModelInputs = {};
export type Llm_ModelInputs = {};
export type Llm_Model_OptionInputs = {
    model: NonNullable<unknown>;
    download: NonNullable<unknown>;
    vram: NonNullable<unknown>;
};
export type Llm_Open_DatasetInputs = {
    name: NonNullable<unknown>;
};
export type Llm_Panel_Intro_AfterInputs = {};
export type Llm_Panel_Intro_BeforeInputs = {};
export type Llm_Panel_LabelInputs = {};
export type Llm_Panel_TitleInputs = {};
export type Llm_Prompt_AfterInputs = {};
export type Llm_Prompt_BeforeInputs = {
    count: NonNullable<unknown>;
};
export type Llm_Reason_CheckingInputs = {};
export type Llm_Reason_FallbackInputs = {};
export type Llm_Reason_No_AdapterInputs = {};
export type Llm_Reason_No_ModelInputs = {};
export type Llm_Reason_No_WebgpuInputs = {};
export type Llm_Reason_RefusedInputs = {
    why: NonNullable<unknown>;
};
export type Llm_Restore_PromptInputs = {};
export type Llm_ResumeInputs = {};
export type Llm_Resume_Needs_ModelInputs = {
    model: NonNullable<unknown>;
};
export type Llm_RetryInputs = {};
export type Llm_Size_UnknownInputs = {};
export type Llm_Stopped_AfterInputs = {
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Llm_Storage_Quota_HintInputs = {};
export type Llm_Storage_Quota_SizesInputs = {
    message: NonNullable<unknown>;
    used: NonNullable<unknown>;
    quota: NonNullable<unknown>;
};
export type Llm_Stored_In_BrowserInputs = {
    size: NonNullable<unknown>;
};
export type Llm_Summary_DescribedInputs = {
    rows: NonNullable<unknown>;
    cached: NonNullable<unknown>;
};
export type Llm_Summary_FallbacksInputs = {
    count: NonNullable<unknown>;
};
export type Llm_Summary_Fallbacks_MalformedInputs = {
    count: NonNullable<unknown>;
};
export type Llm_Summary_LabelledInputs = {
    count: NonNullable<unknown>;
};
export type Llm_Unfinished_AfterInputs = {
    dataset: NonNullable<unknown>;
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Llm_Unfinished_BeforeInputs = {};
export type Llm_Unfinished_TitleInputs = {};
export type Llm_Update_AvailableInputs = {};
export type Llm_Update_LaterInputs = {};
export type Llm_Update_NoteInputs = {};
export type Llm_Update_ReloadInputs = {};
export type Llm_Use_TemplateInputs = {};
export type Llm_VramInputs = {
    mb: NonNullable<unknown>;
};
export type Llm_Vram_UnknownInputs = {};
export type Opening_DatasetsInputs = {};
export type Predict_Band_ShiftedInputs = {};
export type Predict_Band_StableInputs = {};
export type Predict_Band_WatchInputs = {};
export type Predict_Bin_AnyInputs = {};
export type Predict_Bin_MissingInputs = {};
export type Predict_Bin_OtherInputs = {};
export type Predict_Bin_PresentInputs = {};
export type Predict_Bins_Col_BarsInputs = {};
export type Predict_Bins_Col_BinInputs = {};
export type Predict_Bins_Col_ChangeInputs = {};
export type Predict_Bins_Col_NewInputs = {};
export type Predict_Bins_Col_TrainingInputs = {};
export type Predict_Bins_Legend_NewInputs = {
    floor: NonNullable<unknown>;
};
export type Predict_Bins_Legend_TrainingInputs = {};
export type Predict_Bins_TableInputs = {
    label: NonNullable<unknown>;
};
export type Predict_Choose_CsvInputs = {};
export type Predict_Choose_ModelInputs = {};
export type Predict_Col_Column_ValueInputs = {};
export type Predict_Col_PushInputs = {};
export type Predict_Col_SizeInputs = {};
export type Predict_DownloadInputs = {};
export type Predict_Drift_All_StableInputs = {};
export type Predict_Drift_Bins_OfInputs = {
    column: NonNullable<unknown>;
};
export type Predict_Drift_Col_BandInputs = {};
export type Predict_Drift_Col_ChangeInputs = {};
export type Predict_Drift_Col_ColumnInputs = {};
export type Predict_Drift_Col_KindInputs = {};
export type Predict_Drift_HowInputs = {};
export type Predict_Drift_How_BodyInputs = {};
export type Predict_Drift_IntroInputs = {
    file: NonNullable<unknown>;
    rows: NonNullable<unknown>;
    referenceRows: NonNullable<unknown>;
    watch: NonNullable<unknown>;
    shifted: NonNullable<unknown>;
};
export type Predict_Drift_Labels_DifferInputs = {};
export type Predict_Drift_Largest_ChangeInputs = {
    change: NonNullable<unknown>;
};
export type Predict_Drift_Moved_MostInputs = {};
export type Predict_Drift_No_ProfileInputs = {
    column: NonNullable<unknown>;
};
export type Predict_Drift_No_ReferenceInputs = {};
export type Predict_Drift_No_RowsInputs = {};
export type Predict_Drift_Score_BinsInputs = {};
export type Predict_Drift_Score_LabelInputs = {};
export type Predict_Drift_Score_LabelsInputs = {};
export type Predict_Drift_Score_ProbabilityInputs = {
    label: NonNullable<unknown>;
};
export type Predict_Drift_TableInputs = {};
export type Predict_Drift_Table_ScrollInputs = {};
export type Predict_Drift_Text_NoteInputs = {};
export type Predict_Drift_TitleInputs = {};
export type Predict_Drift_Vs_Held_OutInputs = {};
export type Predict_Format_CsvInputs = {};
export type Predict_Format_Excel_EsInputs = {};
export type Predict_Format_Excel_Es_TitleInputs = {};
export type Predict_Format_LabelInputs = {};
export type Predict_Format_PreparingInputs = {};
export type Predict_Kind_BooleanInputs = {};
export type Predict_Kind_CategoricalInputs = {};
export type Predict_Kind_ConstantInputs = {};
export type Predict_Kind_DateInputs = {};
export type Predict_Kind_IdInputs = {};
export type Predict_Kind_NumericInputs = {};
export type Predict_Kind_TextInputs = {};
export type Predict_Load_Model_FileInputs = {};
export type Predict_Loaded_ModelInputs = {};
export type Predict_Loading_ModelInputs = {};
export type Predict_Method_LinearInputs = {};
export type Predict_Method_Shapley_ExactInputs = {};
export type Predict_Method_Shapley_SampledInputs = {
    count: NonNullable<unknown>;
};
export type Predict_Method_Tree_ShapInputs = {};
export type Predict_Model_BlendInputs = {
    members: NonNullable<unknown>;
};
export type Predict_Model_Blend_OneInputs = {
    count: NonNullable<unknown>;
};
export type Predict_Model_Blend_OtherInputs = {
    count: NonNullable<unknown>;
};
export type Predict_Model_Gbdt_OneInputs = {
    count: NonNullable<unknown>;
};
export type Predict_Model_Gbdt_OtherInputs = {
    count: NonNullable<unknown>;
};
export type Predict_Model_Labels_WithInputs = {
    labels: NonNullable<unknown>;
};
export type Predict_Model_LogisticInputs = {};
export type Predict_Model_MemberInputs = {
    description: NonNullable<unknown>;
};
export type Predict_Model_MlpInputs = {
    layers: NonNullable<unknown>;
};
export type Predict_Model_NeedsInputs = {
    columns: NonNullable<unknown>;
};
export type Predict_Model_OriginInputs = {
    source: NonNullable<unknown>;
    dataset: NonNullable<unknown>;
    rows: NonNullable<unknown>;
    rocAuc: NonNullable<unknown>;
};
export type Predict_Model_PositiveInputs = {
    label: NonNullable<unknown>;
    threshold: NonNullable<unknown>;
};
export type Predict_Model_PredictsInputs = {
    target: NonNullable<unknown>;
};
export type Predict_Model_SectionInputs = {};
export type Predict_No_Finished_RunsInputs = {};
export type Predict_No_Run_With_ModelInputs = {};
export type Predict_OrInputs = {};
export type Predict_Origin_AverageInputs = {};
export type Predict_Origin_TreesInputs = {};
export type Predict_Origin_TypicalInputs = {};
export type Predict_Position_Bottom_10Inputs = {};
export type Predict_Position_Bottom_25Inputs = {};
export type Predict_Position_MiddleInputs = {};
export type Predict_Position_Top_10Inputs = {};
export type Predict_Position_Top_25Inputs = {};
export type Predict_PreviewInputs = {};
export type Predict_Preview_ScrollInputs = {};
export type Predict_Reason_Less_LikelyInputs = {
    cell: NonNullable<unknown>;
    label: NonNullable<unknown>;
};
export type Predict_Reason_LevelInputs = {
    column: NonNullable<unknown>;
    value: NonNullable<unknown>;
    share: NonNullable<unknown>;
};
export type Predict_Reason_Level_UnseenInputs = {
    column: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Predict_Reason_MissingInputs = {
    column: NonNullable<unknown>;
};
export type Predict_Reason_More_LikelyInputs = {
    cell: NonNullable<unknown>;
    label: NonNullable<unknown>;
};
export type Predict_Reason_Points_ToInputs = {
    cell: NonNullable<unknown>;
    label: NonNullable<unknown>;
};
export type Predict_Reason_TextInputs = {
    column: NonNullable<unknown>;
    text: NonNullable<unknown>;
};
export type Predict_Reason_ValueInputs = {
    column: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Predict_Reason_Value_AtInputs = {
    column: NonNullable<unknown>;
    value: NonNullable<unknown>;
    position: NonNullable<unknown>;
};
export type Predict_Reasons_AddInputs = {};
export type Predict_Reasons_SlowerInputs = {};
export type Predict_Row_BlankInputs = {};
export type Predict_Row_CaptionInputs = {
    base: NonNullable<unknown>;
    origin: NonNullable<unknown>;
    margin: NonNullable<unknown>;
    method: NonNullable<unknown>;
};
export type Predict_Row_No_Push_AverageInputs = {
    label: NonNullable<unknown>;
};
export type Predict_Row_No_Push_TypicalInputs = {
    label: NonNullable<unknown>;
};
export type Predict_Row_PredictionInputs = {};
export type Predict_Row_PushesInputs = {
    scale: NonNullable<unknown>;
    label: NonNullable<unknown>;
};
export type Predict_Row_ResultInputs = {};
export type Predict_Row_SectionInputs = {};
export type Predict_Row_SubmitInputs = {};
export type Predict_Row_TitleInputs = {};
export type Predict_Row_WhyInputs = {
    label: NonNullable<unknown>;
};
export type Predict_Row_Why_SectionInputs = {};
export type Predict_Scale_CentredInputs = {};
export type Predict_Scale_Log_OddsInputs = {};
export type Predict_Score_SectionInputs = {};
export type Predict_Score_TitleInputs = {};
export type Predict_Scored_AfterInputs = {
    name: NonNullable<unknown>;
};
export type Predict_Scored_BeforeInputs = {};
export type Predict_ScoringInputs = {
    name: NonNullable<unknown>;
};
export type Predict_Source_FileInputs = {
    name: NonNullable<unknown>;
};
export type Predict_Source_RunInputs = {
    name: NonNullable<unknown>;
};
export type Predict_Stored_LabelInputs = {};
export type Predict_Use_Stored_Run_OptionInputs = {};
export type Progress_AmountInputs = {
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Progress_BinningInputs = {};
export type Progress_Boosting_DoneInputs = {};
export type Progress_CancelInputs = {};
export type Progress_Choosing_BackendInputs = {};
export type Progress_Choosing_BlendInputs = {};
export type Progress_Column_OfInputs = {
    name: NonNullable<unknown>;
    i: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
export type Progress_Counting_TermsInputs = {};
export type Progress_Danger_RowsInputs = {
    c: NonNullable<unknown>;
};
export type Progress_DescribingInputs = {
    model: NonNullable<unknown>;
};
export type Progress_DoneInputs = {};
export type Progress_EvaluatingInputs = {};
export type Progress_FingerprintingInputs = {};
export type Progress_FoldInputs = {
    fold: NonNullable<unknown>;
    k: NonNullable<unknown>;
};
export type Progress_ImportanceInputs = {};
export type Progress_LeftInputs = {
    time: NonNullable<unknown>;
};
export type Progress_NeighboursInputs = {
    c: NonNullable<unknown>;
};
export type Progress_Preparing_FeaturesInputs = {};
export type Progress_ProfilingInputs = {};
export type Progress_ReadingInputs = {};
export type Progress_Rows_Per_SecondInputs = {
    rate: NonNullable<unknown>;
};
export type Progress_SavingInputs = {};
export type Progress_ScoringInputs = {};
export type Progress_ScreeningInputs = {
    name: NonNullable<unknown>;
};
export type Progress_StartingInputs = {};
export type Progress_Starting_WorkersInputs = {};
export type Progress_Status_DoneInputs = {};
export type Progress_Status_FailedInputs = {};
export type Progress_Status_PrunedInputs = {};
export type Progress_Status_SkippedInputs = {};
export type Progress_Step_EpochInputs = {};
export type Progress_Step_IterationInputs = {};
export type Progress_Step_OfInputs = {
    step: NonNullable<unknown>;
    n: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Progress_Step_Of_ValidationInputs = {
    step: NonNullable<unknown>;
    n: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Progress_Step_SolverInputs = {};
export type Progress_Training_BestInputs = {};
export type Progress_Training_BlendInputs = {};
export type Progress_TrialInputs = {
    id: NonNullable<unknown>;
};
export type Progress_Trial_StatusInputs = {
    id: NonNullable<unknown>;
    status: NonNullable<unknown>;
};
export type Progress_Writing_DescriptionsInputs = {};
export type Report_Argmax_NoteInputs = {};
export type Report_Axis_Cost_Per_RowInputs = {};
export type Report_Axis_DecileInputs = {};
export type Report_Axis_EpochInputs = {};
export type Report_Axis_Epoch_TreesInputs = {};
export type Report_Axis_FprInputs = {};
export type Report_Axis_ImportanceInputs = {
    metric: NonNullable<unknown>;
};
export type Report_Axis_IterationInputs = {};
export type Report_Axis_LossInputs = {};
export type Report_Axis_Mean_PredictedInputs = {};
export type Report_Axis_PrecisionInputs = {};
export type Report_Axis_Precision_RecallInputs = {};
export type Report_Axis_RecallInputs = {};
export type Report_Axis_Share_CapturedInputs = {
    positive: NonNullable<unknown>;
};
export type Report_Axis_Share_ClassInputs = {};
export type Report_Axis_Share_PositivesInputs = {};
export type Report_Axis_Share_RowsInputs = {};
export type Report_Axis_Solver_IterationInputs = {};
export type Report_Axis_TprInputs = {};
export type Report_Axis_Val_LossInputs = {};
export type Report_Backend_RequestedInputs = {
    backend: NonNullable<unknown>;
};
export type Report_Backend_ValueInputs = {
    name: NonNullable<unknown>;
    backend: NonNullable<unknown>;
};
export type Report_Blend_MembersInputs = {};
export type Report_Blend_NoteInputs = {};
export type Report_Blend_OfInputs = {
    count: NonNullable<unknown>;
};
export type Report_Blend_Of_ModelsInputs = {
    count: NonNullable<unknown>;
};
export type Report_Blend_Of_OneInputs = {
    count: NonNullable<unknown>;
};
export type Report_Calibration_BinsInputs = {};
export type Report_Calibration_Bins_OfInputs = {
    positive: NonNullable<unknown>;
};
export type Report_Caption_CalibrationInputs = {};
export type Report_Caption_Cost_ThresholdInputs = {};
export type Report_Caption_GainsInputs = {};
export type Report_Caption_KsInputs = {
    ks: NonNullable<unknown>;
};
export type Report_Caption_LiftInputs = {};
export type Report_Caption_Loss_EpochInputs = {
    kept: NonNullable<unknown>;
    best: NonNullable<unknown>;
};
export type Report_Caption_Loss_IterationInputs = {
    kept: NonNullable<unknown>;
    best: NonNullable<unknown>;
};
export type Report_Caption_PrInputs = {
    ap: NonNullable<unknown>;
};
export type Report_Caption_Pr_ThresholdInputs = {};
export type Report_Caption_RocInputs = {
    auc: NonNullable<unknown>;
    perClass: NonNullable<unknown>;
};
export type Report_Caption_Roc_Per_ClassInputs = {};
export type Report_Captured_By_DecileInputs = {};
export type Report_Caution_DataInputs = {};
export type Report_Caution_RowsInputs = {};
export type Report_Chart_CalibrationInputs = {};
export type Report_Chart_Calibration_ComparedInputs = {};
export type Report_Chart_Cost_ThresholdInputs = {};
export type Report_Chart_GainsInputs = {
    positive: NonNullable<unknown>;
};
export type Report_Chart_Gains_ComparedInputs = {};
export type Report_Chart_ImportanceInputs = {};
export type Report_Chart_KsInputs = {};
export type Report_Chart_LiftInputs = {};
export type Report_Chart_Loss_EpochInputs = {};
export type Report_Chart_Loss_IterationInputs = {};
export type Report_Chart_PrInputs = {};
export type Report_Chart_Pr_ComparedInputs = {};
export type Report_Chart_Pr_ThresholdInputs = {};
export type Report_Chart_RocInputs = {};
export type Report_Chart_Roc_ComparedInputs = {};
export type Report_Chart_Val_Loss_ComparedInputs = {};
export type Report_Class_BalancingInputs = {};
export type Report_Class_Weights_NoteInputs = {};
export type Report_Classes_ListInputs = {
    count: NonNullable<unknown>;
    classes: NonNullable<unknown>;
};
export type Report_Col_AfterInputs = {};
export type Report_Col_BeforeInputs = {};
export type Report_Col_CapturedInputs = {};
export type Report_Col_ClassInputs = {};
export type Report_Col_ColumnInputs = {};
export type Report_Col_Cum_LiftInputs = {};
export type Report_Col_DecileInputs = {};
export type Report_Col_LiftInputs = {};
export type Report_Col_Mean_PredictedInputs = {};
export type Report_Col_MeaningInputs = {};
export type Report_Col_MetricInputs = {};
export type Report_Col_Metric_LostInputs = {
    metric: NonNullable<unknown>;
};
export type Report_Col_ModelInputs = {};
export type Report_Col_PartInputs = {};
export type Report_Col_Per_RowInputs = {};
export type Report_Col_PositiveInputs = {
    positive: NonNullable<unknown>;
};
export type Report_Col_PrecisionInputs = {};
export type Report_Col_RateInputs = {};
export type Report_Col_RecallInputs = {};
export type Report_Col_RowsInputs = {};
export type Report_Col_ScoresInputs = {};
export type Report_Col_SettingInputs = {};
export type Report_Col_SettingsInputs = {};
export type Report_Col_StdInputs = {};
export type Report_Col_SupportInputs = {};
export type Report_Col_TermInputs = {};
export type Report_Col_TestInputs = {};
export type Report_Col_Test_LostInputs = {
    metric: NonNullable<unknown>;
};
export type Report_Col_TotalInputs = {};
export type Report_Col_Total_CostInputs = {};
export type Report_Col_Train_BeforeInputs = {};
export type Report_Col_TrialInputs = {};
export type Report_Col_ValidationInputs = {};
export type Report_Col_Validation_LostInputs = {
    metric: NonNullable<unknown>;
};
export type Report_Col_WeightInputs = {};
export type Report_ComparableInputs = {};
export type Report_Compare_FollowedInputs = {
    letters: NonNullable<unknown>;
};
export type Report_Compare_GeneratedInputs = {
    version: NonNullable<unknown>;
    time: NonNullable<unknown>;
};
export type Report_Compare_Metrics_NoteInputs = {};
export type Report_Compare_No_LeakInputs = {};
export type Report_Compare_Provenance_LabelInputs = {};
export type Report_Compare_Settings_LabelInputs = {};
export type Report_Compare_Summary_LabelInputs = {};
export type Report_Compare_TitleInputs = {
    count: NonNullable<unknown>;
};
export type Report_Compare_WarningsInputs = {};
export type Report_Confusion_CornerInputs = {};
export type Report_Confusion_MatrixInputs = {};
export type Report_Confusion_NoteInputs = {};
export type Report_Confusion_OfInputs = {
    name: NonNullable<unknown>;
};
export type Report_Confusion_TestInputs = {};
export type Report_Cost_Fp_FnInputs = {
    fp: NonNullable<unknown>;
    fn: NonNullable<unknown>;
};
export type Report_Cost_Of_ErrorsInputs = {};
export type Report_Cost_Test_AfterInputs = {
    perRow: NonNullable<unknown>;
    validation: NonNullable<unknown>;
};
export type Report_Cost_Test_BeforeInputs = {};
export type Report_Data_NoteInputs = {};
export type Report_Dataset_RowsInputs = {
    name: NonNullable<unknown>;
    rows: NonNullable<unknown>;
};
export type Report_Dataset_Rows_ParenInputs = {
    name: NonNullable<unknown>;
    rows: NonNullable<unknown>;
};
export type Report_Decile_TableInputs = {};
export type Report_Descriptions_ValueInputs = {
    describer: NonNullable<unknown>;
    model: NonNullable<unknown>;
    version: NonNullable<unknown>;
};
export type Report_Ended_BestInputs = {};
export type Report_Ended_BlendInputs = {
    count: NonNullable<unknown>;
};
export type Report_Err_No_ResultsInputs = {
    name: NonNullable<unknown>;
    status: NonNullable<unknown>;
};
export type Report_Err_No_Results_HintInputs = {};
export type Report_Err_Run_CountInputs = {
    max: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Report_Err_Run_Count_HintInputs = {
    max: NonNullable<unknown>;
};
export type Report_Every_Setting_DiffersInputs = {};
export type Report_Fact_BackendInputs = {};
export type Report_Fact_Best_TrialInputs = {};
export type Report_Fact_Class_BalanceInputs = {};
export type Report_Fact_DatasetInputs = {};
export type Report_Fact_Dataset_FingerprintInputs = {};
export type Report_Fact_DescriptionsInputs = {};
export type Report_Fact_DurationInputs = {};
export type Report_Fact_Ended_WithInputs = {};
export type Report_Fact_FamilyInputs = {};
export type Report_Fact_Faro_VersionInputs = {};
export type Report_Fact_FeaturesInputs = {};
export type Report_Fact_Final_FitInputs = {};
export type Report_Fact_FingerprintInputs = {};
export type Report_Fact_GeneratedInputs = {};
export type Report_Fact_Id_ColumnsInputs = {};
export type Report_Fact_IgnoredInputs = {};
export type Report_Fact_ModelInputs = {};
export type Report_Fact_Model_InputsInputs = {};
export type Report_Fact_Positive_ClassInputs = {};
export type Report_Fact_PredictsInputs = {};
export type Report_Fact_Ranked_ByInputs = {};
export type Report_Fact_RowsInputs = {};
export type Report_Fact_Rows_Left_OutInputs = {};
export type Report_Fact_Rows_Per_PartInputs = {};
export type Report_Fact_RunInputs = {};
export type Report_Fact_Run_IdInputs = {};
export type Report_Fact_SchemaInputs = {};
export type Report_Fact_SearchInputs = {};
export type Report_Fact_SeedInputs = {};
export type Report_Fact_SplitInputs = {};
export type Report_Fact_StatusInputs = {};
export type Report_Fact_StrategyInputs = {};
export type Report_Fact_TargetInputs = {};
export type Report_Fact_ThresholdInputs = {};
export type Report_Fact_Threshold_MethodInputs = {};
export type Report_Fact_Threshold_RuleInputs = {};
export type Report_Fact_TrainedInputs = {};
export type Report_Fact_TrainingInputs = {};
export type Report_Fact_TrialsInputs = {};
export type Report_Fact_WarningsInputs = {};
export type Report_Features_ValueInputs = {
    columns: NonNullable<unknown>;
    inputs: NonNullable<unknown>;
};
export type Report_Fingerprint_NoteInputs = {};
export type Report_FooterInputs = {
    version: NonNullable<unknown>;
    time: NonNullable<unknown>;
};
export type Report_Fraction_PositiveInputs = {};
export type Report_Hint_AccuracyInputs = {};
export type Report_Hint_Balanced_AccuracyInputs = {};
export type Report_Hint_F1_MacroInputs = {};
export type Report_Hint_F1_WeightedInputs = {};
export type Report_Hint_GiniInputs = {};
export type Report_Hint_KappaInputs = {};
export type Report_Hint_KsInputs = {};
export type Report_Hint_Lower_BetterInputs = {};
export type Report_Hint_MccInputs = {};
export type Report_Hint_Pr_AucInputs = {};
export type Report_Hint_Roc_AucInputs = {};
export type Report_Identical_SettingsInputs = {};
export type Report_ImportanceInputs = {};
export type Report_Importance_AccuracyInputs = {};
export type Report_Importance_CaptionInputs = {
    rows: NonNullable<unknown>;
    repeats: NonNullable<unknown>;
    metric: NonNullable<unknown>;
    baseline: NonNullable<unknown>;
};
export type Report_Importance_Compared_LabelInputs = {};
export type Report_Importance_Compared_NoteInputs = {
    order: NonNullable<unknown>;
};
export type Report_Importance_MixedInputs = {};
export type Report_Importance_OrderInputs = {};
export type Report_Importance_Test_ValidationInputs = {};
export type Report_Importance_TopInputs = {
    top: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Report_Importance_Validation_HeadingInputs = {
    count: NonNullable<unknown>;
};
export type Report_Kept_EpochInputs = {};
export type Report_Kept_IterationInputs = {};
export type Report_Kept_SolverInputs = {};
export type Report_Key_FiguresInputs = {};
export type Report_Kind_BooleanInputs = {};
export type Report_Kind_CategoricalInputs = {};
export type Report_Kind_ConstantInputs = {};
export type Report_Kind_DateInputs = {};
export type Report_Kind_IdInputs = {};
export type Report_Kind_NumericInputs = {};
export type Report_Kind_TextInputs = {};
export type Report_Ks_AtInputs = {
    score: NonNullable<unknown>;
};
export type Report_Leak_Title_OneInputs = {
    count: NonNullable<unknown>;
};
export type Report_Leak_Title_OtherInputs = {
    count: NonNullable<unknown>;
};
export type Report_Lower_Is_BetterInputs = {};
export type Report_Metric_AccuracyInputs = {};
export type Report_Metric_Balanced_AccuracyInputs = {};
export type Report_Metric_BrierInputs = {};
export type Report_Metric_F1_WeightedInputs = {};
export type Report_Metric_KappaInputs = {};
export type Report_Metric_Log_LossInputs = {};
export type Report_Metric_LostInputs = {
    metric: NonNullable<unknown>;
};
export type Report_Metric_Pr_AucInputs = {};
export type Report_Metric_Precision_MacroInputs = {};
export type Report_Metric_Recall_MacroInputs = {};
export type Report_Metrics_LabelInputs = {};
export type Report_Metrics_Rows_NoteInputs = {
    test: NonNullable<unknown>;
    validation: NonNullable<unknown>;
};
export type Report_Model_Inputs_ValueInputs = {
    count: NonNullable<unknown>;
};
export type Report_Model_KeptInputs = {};
export type Report_Model_Not_KeptInputs = {};
export type Report_Model_NoteInputs = {
    share: NonNullable<unknown>;
};
export type Report_Model_RemovedInputs = {
    time: NonNullable<unknown>;
};
export type Report_Model_SearchInputs = {};
export type Report_No_LeakInputs = {};
export type Report_No_TermInputs = {};
export type Report_NoneInputs = {};
export type Report_None_MascInputs = {};
export type Report_None_MulticlassInputs = {};
export type Report_Not_MeasuredInputs = {};
export type Report_NotesInputs = {};
export type Report_Notes_TestInputs = {};
export type Report_Other_WarningsInputs = {};
export type Report_Page_Title_CompareInputs = {
    count: NonNullable<unknown>;
};
export type Report_Page_Title_RunInputs = {
    name: NonNullable<unknown>;
};
export type Report_Per_Class_MetricsInputs = {};
export type Report_Per_Class_TestInputs = {};
export type Report_PositiveInputs = {};
export type Report_Positive_MinorityInputs = {
    label: NonNullable<unknown>;
};
export type Report_Provenance_NoteInputs = {};
export type Report_QuotedInputs = {
    value: NonNullable<unknown>;
};
export type Report_Ranked_By_ValueInputs = {
    metric: NonNullable<unknown>;
    k: NonNullable<unknown>;
};
export type Report_Ranking_Compared_NoteInputs = {};
export type Report_Ranking_NoteInputs = {
    positive: NonNullable<unknown>;
};
export type Report_RecipeInputs = {};
export type Report_Recipe_BlockInputs = {};
export type Report_Recipe_CategoricalInputs = {
    impute: NonNullable<unknown>;
    encoding: NonNullable<unknown>;
};
export type Report_Recipe_ConstantInputs = {
    value: NonNullable<unknown>;
};
export type Report_Recipe_Date_DiffInputs = {
    name: NonNullable<unknown>;
};
export type Report_Recipe_Date_PartsInputs = {
    parts: NonNullable<unknown>;
};
export type Report_Recipe_DaysInputs = {
    from: NonNullable<unknown>;
    to: NonNullable<unknown>;
};
export type Report_Recipe_DerivedInputs = {
    name: NonNullable<unknown>;
};
export type Report_Recipe_Every_TermInputs = {};
export type Report_Recipe_Extra_RowInputs = {};
export type Report_Recipe_Kind_CategoricalInputs = {};
export type Report_Recipe_Kind_DateInputs = {};
export type Report_Recipe_Kind_NumericInputs = {};
export type Report_Recipe_Kind_TextInputs = {};
export type Report_Recipe_Log1pInputs = {};
export type Report_Recipe_Max_TermsInputs = {
    count: NonNullable<unknown>;
};
export type Report_Recipe_Most_FrequentInputs = {};
export type Report_Recipe_No_PartsInputs = {};
export type Report_Recipe_NumericInputs = {
    impute: NonNullable<unknown>;
    indicator: NonNullable<unknown>;
    scale: NonNullable<unknown>;
    log: NonNullable<unknown>;
};
export type Report_Recipe_OnehotInputs = {
    max: NonNullable<unknown>;
};
export type Report_Recipe_OrdinalInputs = {};
export type Report_Recipe_OverrideInputs = {
    column: NonNullable<unknown>;
};
export type Report_Recipe_Own_LevelInputs = {
    level: NonNullable<unknown>;
};
export type Report_Recipe_RowInputs = {
    kind: NonNullable<unknown>;
};
export type Report_Recipe_SublinearInputs = {};
export type Report_Recipe_TextInputs = {
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
    terms: NonNullable<unknown>;
    stopWords: NonNullable<unknown>;
    sublinear: NonNullable<unknown>;
    norm: NonNullable<unknown>;
};
export type Report_Rows_AddedInputs = {
    count: NonNullable<unknown>;
};
export type Report_Rows_No_TargetInputs = {
    count: NonNullable<unknown>;
};
export type Report_Rows_PartsInputs = {
    train: NonNullable<unknown>;
    validation: NonNullable<unknown>;
    test: NonNullable<unknown>;
};
export type Report_Rows_Per_ClassInputs = {};
export type Report_Rule_CostInputs = {
    fp: NonNullable<unknown>;
    fn: NonNullable<unknown>;
};
export type Report_Rule_FixedInputs = {
    value: NonNullable<unknown>;
};
export type Report_Rule_MaximiseInputs = {
    metric: NonNullable<unknown>;
};
export type Report_Rule_NoneInputs = {};
export type Report_Run_HeadingInputs = {
    letter: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Report_Search_ValueInputs = {
    strategy: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Report_Section_ConfusionInputs = {};
export type Report_Section_CurvesInputs = {};
export type Report_Section_Curves_ComparedInputs = {};
export type Report_Section_DataInputs = {};
export type Report_Section_ImportanceInputs = {};
export type Report_Section_Importance_ComparedInputs = {};
export type Report_Section_MetricsInputs = {};
export type Report_Section_ModelInputs = {};
export type Report_Section_ProvenanceInputs = {};
export type Report_Section_RankingInputs = {
    positive: NonNullable<unknown>;
};
export type Report_Section_Ranking_ComparedInputs = {};
export type Report_Section_SummaryInputs = {};
export type Report_Section_TermsInputs = {};
export type Report_Section_ThresholdInputs = {};
export type Report_Series_CalibrationInputs = {};
export type Report_Series_CostInputs = {};
export type Report_Series_Cum_LiftInputs = {};
export type Report_Series_GainsInputs = {};
export type Report_Series_OthersInputs = {};
export type Report_Series_PrecisionInputs = {};
export type Report_Series_RecallInputs = {};
export type Report_Series_TrainInputs = {};
export type Report_Series_ValidationInputs = {};
export type Report_Settings_DifferInputs = {};
export type Report_Shaded_NoteInputs = {};
export type Report_Split_ValueInputs = {
    split: NonNullable<unknown>;
    seed: NonNullable<unknown>;
};
export type Report_Status_CancelledInputs = {};
export type Report_Status_DoneInputs = {};
export type Report_Status_FailedInputs = {};
export type Report_Status_InterruptedInputs = {};
export type Report_Status_RunningInputs = {};
export type Report_Steps_BoostingInputs = {
    count: NonNullable<unknown>;
};
export type Report_Steps_EpochInputs = {
    best: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Report_Steps_SolverInputs = {
    count: NonNullable<unknown>;
};
export type Report_Stopped_EarlyInputs = {};
export type Report_Subtitle_DetailsInputs = {
    dataset: NonNullable<unknown>;
    time: NonNullable<unknown>;
    version: NonNullable<unknown>;
};
export type Report_Terms_GradientInputs = {};
export type Report_Terms_LogisticInputs = {};
export type Report_Terms_OfInputs = {
    label: NonNullable<unknown>;
};
export type Report_Test_MetricInputs = {
    metric: NonNullable<unknown>;
};
export type Report_Test_Metric_ColInputs = {};
export type Report_Threshold_ArgmaxInputs = {};
export type Report_Threshold_CostInputs = {
    fp: NonNullable<unknown>;
    fn: NonNullable<unknown>;
};
export type Report_Threshold_Cost_SuffixInputs = {
    total: NonNullable<unknown>;
    perRow: NonNullable<unknown>;
};
export type Report_Threshold_FixedInputs = {};
export type Report_Threshold_LabelInputs = {};
export type Report_Threshold_MaximiseInputs = {
    metric: NonNullable<unknown>;
};
export type Report_Threshold_MethodInputs = {
    method: NonNullable<unknown>;
};
export type Report_Threshold_NoneInputs = {};
export type Report_Threshold_OnInputs = {
    positive: NonNullable<unknown>;
};
export type Report_Threshold_Rule_NoteInputs = {
    positive: NonNullable<unknown>;
    threshold: NonNullable<unknown>;
};
export type Report_Threshold_Sweep_NoteInputs = {
    positive: NonNullable<unknown>;
};
export type Report_Title_RunInputs = {
    name: NonNullable<unknown>;
};
export type Report_Training_CurveInputs = {};
export type Report_Training_Part_OnlyInputs = {
    method: NonNullable<unknown>;
};
export type Report_Trials_ValueInputs = {
    count: NonNullable<unknown>;
    done: NonNullable<unknown>;
};
export type Report_Validation_Metric_ColInputs = {};
export type Route_Compare_MissingInputs = {};
export type Route_Compare_Some_MissingInputs = {
    count: NonNullable<unknown>;
};
export type Route_Dataset_MissingInputs = {};
export type Route_No_ScreenInputs = {
    hash: NonNullable<unknown>;
};
export type Route_Run_MissingInputs = {};
export type Route_Run_UnfinishedInputs = {
    name: NonNullable<unknown>;
    status: NonNullable<unknown>;
};
export type Runs_ActionsInputs = {};
export type Runs_AfterInputs = {};
export type Runs_All_ColumnsInputs = {
    count: NonNullable<unknown>;
};
export type Runs_All_DatasetsInputs = {};
export type Runs_Back_To_ThresholdInputs = {};
export type Runs_BackendInputs = {};
export type Runs_Balance_Caption_OneInputs = {
    caption: NonNullable<unknown>;
    count: NonNullable<unknown>;
    before: NonNullable<unknown>;
    after: NonNullable<unknown>;
};
export type Runs_Balance_Caption_OtherInputs = {
    caption: NonNullable<unknown>;
    count: NonNullable<unknown>;
    before: NonNullable<unknown>;
    after: NonNullable<unknown>;
};
export type Runs_Balance_Chart_LabelInputs = {
    counts: NonNullable<unknown>;
};
export type Runs_Balance_DownInputs = {};
export type Runs_Balance_HeadingInputs = {
    method: NonNullable<unknown>;
};
export type Runs_Balance_LabelInputs = {};
export type Runs_Balance_Name_NoneInputs = {};
export type Runs_Balance_Name_OverInputs = {};
export type Runs_Balance_Name_UnderInputs = {};
export type Runs_Balance_Name_WeightsInputs = {};
export type Runs_Balance_Note_K_ReducedInputs = {
    index: NonNullable<unknown>;
    rows: NonNullable<unknown>;
    name: NonNullable<unknown>;
    k: NonNullable<unknown>;
    reduced: NonNullable<unknown>;
};
export type Runs_Balance_Note_No_BorderlineInputs = {
    index: NonNullable<unknown>;
};
export type Runs_Balance_Note_One_HotInputs = {
    method: NonNullable<unknown>;
};
export type Runs_Balance_Ratio_ValueInputs = {
    ratio: NonNullable<unknown>;
};
export type Runs_Balance_Training_OnlyInputs = {
    balance: NonNullable<unknown>;
};
export type Runs_Balance_UpInputs = {};
export type Runs_BeforeInputs = {};
export type Runs_Best_EpochInputs = {
    epoch: NonNullable<unknown>;
};
export type Runs_Best_ValueInputs = {
    value: NonNullable<unknown>;
};
export type Runs_Blend_Balance_CaptionInputs = {
    trial: NonNullable<unknown>;
};
export type Runs_Blend_Curve_CaptionInputs = {
    trial: NonNullable<unknown>;
};
export type Runs_Blend_ListedInputs = {};
export type Runs_Blend_MemberInputs = {
    weight: NonNullable<unknown>;
    trial: NonNullable<unknown>;
    model: NonNullable<unknown>;
};
export type Runs_Blend_MembersInputs = {
    count: NonNullable<unknown>;
};
export type Runs_Blend_OfInputs = {
    count: NonNullable<unknown>;
};
export type Runs_Boosting_IterationsInputs = {
    count: NonNullable<unknown>;
};
export type Runs_Calibration_CaptionInputs = {};
export type Runs_Calibration_LabelInputs = {};
export type Runs_CapturedInputs = {};
export type Runs_Captured_TitleInputs = {
    label: NonNullable<unknown>;
};
export type Runs_ClassInputs = {};
export type Runs_Class_BalanceInputs = {};
export type Runs_Class_Weights_NoteInputs = {
    counts: NonNullable<unknown>;
};
export type Runs_CloseInputs = {};
export type Runs_Col_AccuracyInputs = {};
export type Runs_Col_CreatedInputs = {};
export type Runs_Col_DatasetInputs = {};
export type Runs_Col_Log_LossInputs = {};
export type Runs_Col_Model_TitleInputs = {};
export type Runs_Col_NameInputs = {};
export type Runs_Col_StatusInputs = {};
export type Runs_ColumnInputs = {};
export type Runs_CompareInputs = {};
export type Runs_Compare_Different_DataInputs = {};
export type Runs_Compare_Different_Test_RowsInputs = {};
export type Runs_Compare_Importance_CaptionInputs = {};
export type Runs_Compare_Importance_Caption_RankedInputs = {};
export type Runs_Compare_Importance_LabelInputs = {};
export type Runs_Compare_LabelInputs = {};
export type Runs_Compare_Metrics_LabelInputs = {};
export type Runs_Compare_NoneInputs = {};
export type Runs_Compare_Report_TitleInputs = {};
export type Runs_Compare_TitleInputs = {};
export type Runs_ComparingInputs = {
    count: NonNullable<unknown>;
};
export type Runs_ConfusionInputs = {};
export type Runs_Confusion_CornerInputs = {};
export type Runs_Confusion_CountsInputs = {};
export type Runs_Cost_AxisInputs = {};
export type Runs_Cost_ChartInputs = {};
export type Runs_Cost_Per_RowInputs = {
    perRow: NonNullable<unknown>;
    validation: NonNullable<unknown>;
};
export type Runs_Cost_Per_Row_ColInputs = {};
export type Runs_Cost_TestInputs = {};
export type Runs_Cum_LiftInputs = {};
export type Runs_Cum_Lift_TitleInputs = {};
export type Runs_DecileInputs = {};
export type Runs_Decile_AxisInputs = {};
export type Runs_Decile_TableInputs = {};
export type Runs_Deciles_CaptionInputs = {
    label: NonNullable<unknown>;
};
export type Runs_Deciles_LabelInputs = {};
export type Runs_Delete_ConfirmInputs = {
    name: NonNullable<unknown>;
};
export type Runs_Delete_RunInputs = {
    name: NonNullable<unknown>;
};
export type Runs_Download_ModelInputs = {};
export type Runs_Download_Model_TitleInputs = {};
export type Runs_Download_ReportInputs = {};
export type Runs_Download_Report_TitleInputs = {};
export type Runs_Dropped_Missing_TargetInputs = {
    count: NonNullable<unknown>;
};
export type Runs_EmptyInputs = {};
export type Runs_Epoch_Trees_IterationInputs = {};
export type Runs_Export_SelectedInputs = {};
export type Runs_FeaturesInputs = {
    count: NonNullable<unknown>;
};
export type Runs_Features_First_ModelInputs = {
    count: NonNullable<unknown>;
};
export type Runs_Features_HeadingInputs = {};
export type Runs_Filter_DatasetInputs = {};
export type Runs_Final_Fit_EpochsInputs = {
    rows: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Runs_Final_Fit_IterationsInputs = {
    rows: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Runs_FlaggedInputs = {};
export type Runs_FprInputs = {};
export type Runs_Fraction_PositiveInputs = {};
export type Runs_Gain_ShareInputs = {};
export type Runs_Gain_TotalInputs = {};
export type Runs_Gains_LabelInputs = {
    label: NonNullable<unknown>;
};
export type Runs_Hint_AccuracyInputs = {};
export type Runs_Hint_Balanced_AccuracyInputs = {};
export type Runs_Hint_F1_MacroInputs = {};
export type Runs_Hint_F1_WeightedInputs = {};
export type Runs_Hint_GiniInputs = {};
export type Runs_Hint_KappaInputs = {};
export type Runs_Hint_KsInputs = {};
export type Runs_Hint_Lower_BetterInputs = {};
export type Runs_Hint_MccInputs = {};
export type Runs_Hint_Pr_AucInputs = {};
export type Runs_Hint_Roc_AucInputs = {};
export type Runs_ImportInputs = {};
export type Runs_Import_LabelInputs = {};
export type Runs_Import_TitleInputs = {};
export type Runs_Importance_Caption_RestInputs = {};
export type Runs_Importance_Caption_TestInputs = {
    rows: NonNullable<unknown>;
    repeats: NonNullable<unknown>;
    metric: NonNullable<unknown>;
    baseline: NonNullable<unknown>;
};
export type Runs_Importance_Caption_ValidationInputs = {
    rows: NonNullable<unknown>;
    repeats: NonNullable<unknown>;
    metric: NonNullable<unknown>;
    baseline: NonNullable<unknown>;
};
export type Runs_Importance_ChartInputs = {};
export type Runs_Importance_HeadingInputs = {};
export type Runs_Importance_LabelInputs = {};
export type Runs_Importance_MixedInputs = {};
export type Runs_Importance_PartInputs = {};
export type Runs_Importance_TableInputs = {};
export type Runs_Imported_OneInputs = {
    count: NonNullable<unknown>;
    file: NonNullable<unknown>;
};
export type Runs_Imported_One_SkippedInputs = {
    count: NonNullable<unknown>;
    file: NonNullable<unknown>;
    skipped: NonNullable<unknown>;
};
export type Runs_Imported_OtherInputs = {
    count: NonNullable<unknown>;
    file: NonNullable<unknown>;
};
export type Runs_Imported_Other_SkippedInputs = {
    count: NonNullable<unknown>;
    file: NonNullable<unknown>;
    skipped: NonNullable<unknown>;
};
export type Runs_Ks_AtInputs = {
    score: NonNullable<unknown>;
};
export type Runs_Ks_LabelInputs = {
    ks: NonNullable<unknown>;
};
export type Runs_Legend_PrecisionInputs = {};
export type Runs_Legend_RecallInputs = {};
export type Runs_Legend_TrainInputs = {};
export type Runs_Legend_ValidationInputs = {};
export type Runs_Lift_LabelInputs = {};
export type Runs_Lift_TitleInputs = {};
export type Runs_Loss_AxisInputs = {};
export type Runs_Loss_Caption_EpochInputs = {};
export type Runs_Loss_Caption_Epoch_BestInputs = {
    best: NonNullable<unknown>;
};
export type Runs_Loss_Caption_IterationInputs = {};
export type Runs_Loss_Caption_Iteration_BestInputs = {
    best: NonNullable<unknown>;
};
export type Runs_Loss_Caption_Solver_BestInputs = {
    best: NonNullable<unknown>;
};
export type Runs_Loss_CurvesInputs = {};
export type Runs_Loss_Curves_LabelInputs = {};
export type Runs_Loss_Label_EpochInputs = {};
export type Runs_Loss_Label_IterationInputs = {};
export type Runs_Lost_When_ShuffledInputs = {
    metric: NonNullable<unknown>;
};
export type Runs_Lower_Is_BetterInputs = {};
export type Runs_Mean_PredictedInputs = {};
export type Runs_MetricInputs = {};
export type Runs_Metric_AccuracyInputs = {};
export type Runs_Metric_Balanced_AccuracyInputs = {};
export type Runs_Metric_BrierInputs = {};
export type Runs_Metric_F1_WeightedInputs = {};
export type Runs_Metric_KappaInputs = {};
export type Runs_Metric_LostInputs = {
    metric: NonNullable<unknown>;
};
export type Runs_Metric_Note_Ap_ZeroInputs = {
    label: NonNullable<unknown>;
};
export type Runs_Metric_Note_KappaInputs = {};
export type Runs_Metric_Note_Never_PredictedInputs = {
    label: NonNullable<unknown>;
};
export type Runs_Metric_Note_Roc_Class_UndefinedInputs = {
    names: NonNullable<unknown>;
};
export type Runs_Metric_Note_Roc_One_ClassInputs = {
    label: NonNullable<unknown>;
};
export type Runs_Metric_Pr_AucInputs = {};
export type Runs_Metric_Precision_MacroInputs = {};
export type Runs_Metric_Recall_MacroInputs = {};
export type Runs_Metrics_LabelInputs = {};
export type Runs_ModelInputs = {};
export type Runs_Model_RemovedInputs = {};
export type Runs_Model_Removed_OnInputs = {
    date: NonNullable<unknown>;
    size: NonNullable<unknown>;
};
export type Runs_Model_Removed_ShortInputs = {};
export type Runs_Model_Size_TitleInputs = {};
export type Runs_No_Test_ScoresInputs = {};
export type Runs_Not_MeasuredInputs = {};
export type Runs_On_ValidationInputs = {};
export type Runs_OpenInputs = {};
export type Runs_Open_RunInputs = {
    name: NonNullable<unknown>;
};
export type Runs_OthersInputs = {};
export type Runs_PartInputs = {};
export type Runs_Per_Class_LabelInputs = {};
export type Runs_PositiveInputs = {};
export type Runs_Positive_ClassInputs = {};
export type Runs_Pr_CaptionInputs = {
    ap: NonNullable<unknown>;
};
export type Runs_Pr_CurvesInputs = {};
export type Runs_Pr_Curves_LabelInputs = {};
export type Runs_Pr_LabelInputs = {};
export type Runs_PrecisionInputs = {};
export type Runs_Precision_Recall_AxisInputs = {};
export type Runs_QuotedInputs = {
    label: NonNullable<unknown>;
};
export type Runs_Ranking_HeadingInputs = {
    label: NonNullable<unknown>;
};
export type Runs_RateInputs = {};
export type Runs_Rates_ChartInputs = {};
export type Runs_RecallInputs = {};
export type Runs_RecipeInputs = {};
export type Runs_Recipe_LabelInputs = {};
export type Runs_Remove_ModelInputs = {};
export type Runs_Remove_Model_ConfirmInputs = {
    name: NonNullable<unknown>;
    size: NonNullable<unknown>;
};
export type Runs_Remove_Model_TitleInputs = {};
export type Runs_Results_LabelInputs = {};
export type Runs_Roc_CaptionInputs = {
    auc: NonNullable<unknown>;
};
export type Runs_Roc_CurvesInputs = {};
export type Runs_Roc_Curves_LabelInputs = {};
export type Runs_Roc_LabelInputs = {};
export type Runs_Row_NormalisedInputs = {};
export type Runs_RowsInputs = {};
export type Runs_Rows_CountInputs = {
    count: NonNullable<unknown>;
};
export type Runs_Run_NameInputs = {};
export type Runs_ScoresInputs = {};
export type Runs_Select_And_StarInputs = {};
export type Runs_Select_For_ComparisonInputs = {
    name: NonNullable<unknown>;
};
export type Runs_SelectedInputs = {
    count: NonNullable<unknown>;
};
export type Runs_SettingInputs = {};
export type Runs_Settings_DifferInputs = {};
export type Runs_Settings_IdenticalInputs = {};
export type Runs_Settings_UsedInputs = {};
export type Runs_Share_CapturedInputs = {
    label: NonNullable<unknown>;
};
export type Runs_Share_Of_ClassInputs = {};
export type Runs_Share_Of_RowsInputs = {};
export type Runs_Solved_InInputs = {
    count: NonNullable<unknown>;
};
export type Runs_SplitInputs = {};
export type Runs_Split_ChosenInputs = {
    rows: NonNullable<unknown>;
    train: NonNullable<unknown>;
    validation: NonNullable<unknown>;
};
export type Runs_Split_Chosen_OneInputs = {
    rows: NonNullable<unknown>;
    count: NonNullable<unknown>;
    train: NonNullable<unknown>;
    validation: NonNullable<unknown>;
};
export type Runs_Split_Chosen_OtherInputs = {
    rows: NonNullable<unknown>;
    count: NonNullable<unknown>;
    train: NonNullable<unknown>;
    validation: NonNullable<unknown>;
};
export type Runs_Split_Rows_WhereInputs = {
    column: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Runs_Split_SharesInputs = {
    train: NonNullable<unknown>;
    validation: NonNullable<unknown>;
    test: NonNullable<unknown>;
};
export type Runs_Split_SizesInputs = {
    train: NonNullable<unknown>;
    validation: NonNullable<unknown>;
    test: NonNullable<unknown>;
};
export type Runs_Split_SummaryInputs = {
    split: NonNullable<unknown>;
    seed: NonNullable<unknown>;
};
export type Runs_SplitsInputs = {};
export type Runs_StarInputs = {};
export type Runs_Status_FailedInputs = {
    message: NonNullable<unknown>;
};
export type Runs_StdInputs = {};
export type Runs_Step_EpochInputs = {};
export type Runs_Step_IterationInputs = {};
export type Runs_Step_SolverInputs = {};
export type Runs_Stopped_EarlyInputs = {};
export type Runs_SupportInputs = {};
export type Runs_Sweep_CaptionInputs = {
    label: NonNullable<unknown>;
    threshold: NonNullable<unknown>;
};
export type Runs_Sweep_HeadingInputs = {};
export type Runs_Sweep_LabelInputs = {};
export type Runs_Sweep_PointInputs = {
    threshold: NonNullable<unknown>;
};
export type Runs_Table_LabelInputs = {};
export type Runs_Terms_GradientInputs = {};
export type Runs_Terms_HeadingInputs = {};
export type Runs_Terms_LabelInputs = {};
export type Runs_Terms_LogisticInputs = {};
export type Runs_Terms_NoneInputs = {};
export type Runs_TestInputs = {};
export type Runs_Test_MetricInputs = {};
export type Runs_Test_PartInputs = {};
export type Runs_ThresholdInputs = {};
export type Runs_Threshold_CostInputs = {
    falsePositive: NonNullable<unknown>;
    falseNegative: NonNullable<unknown>;
};
export type Runs_Threshold_FixedInputs = {};
export type Runs_Threshold_MaximiseInputs = {
    metric: NonNullable<unknown>;
};
export type Runs_Threshold_OnInputs = {
    label: NonNullable<unknown>;
};
export type Runs_Threshold_SentenceInputs = {
    threshold: NonNullable<unknown>;
    method: NonNullable<unknown>;
};
export type Runs_TitleInputs = {};
export type Runs_TprInputs = {};
export type Runs_Trained_InInputs = {
    duration: NonNullable<unknown>;
};
export type Runs_Training_LossInputs = {};
export type Runs_Training_PartInputs = {};
export type Runs_Training_RowsInputs = {};
export type Runs_Tree_CaptionInputs = {};
export type Runs_Tree_SummaryInputs = {};
export type Runs_Tree_TableInputs = {};
export type Runs_Trial_Not_KeptInputs = {};
export type Runs_Tried_MetricsInputs = {};
export type Runs_Try_Changes_NothingInputs = {};
export type Runs_Try_ThresholdInputs = {};
export type Runs_Try_Threshold_LabelInputs = {
    label: NonNullable<unknown>;
};
export type Runs_Unknown_ErrorInputs = {};
export type Runs_UnstarInputs = {};
export type Runs_ValidationInputs = {};
export type Runs_Validation_LossInputs = {};
export type Runs_Validation_PartInputs = {};
export type Runs_YoudenInputs = {};
export type Tab_DataInputs = {};
export type Tab_PredictInputs = {};
export type Tab_RunsInputs = {};
export type Tab_TrainInputs = {};
export type Tabs_LabelInputs = {};
export type Train_ActivationInputs = {};
export type Train_BackendInputs = {};
export type Train_Backend_AutoInputs = {};
export type Train_Backend_CpuInputs = {};
export type Train_Backend_Reason_ForcedInputs = {
    name: NonNullable<unknown>;
};
export type Train_Backend_Reason_HardwareInputs = {
    name: NonNullable<unknown>;
};
export type Train_Backend_Reason_JsInputs = {};
export type Train_Backend_Reason_SkippedInputs = {
    name: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Train_Backend_TitleInputs = {};
export type Train_Backend_Why_FallbackInputs = {};
export type Train_Backend_Why_MatmulInputs = {
    values: NonNullable<unknown>;
};
export type Train_Backend_Why_No_AdapterInputs = {};
export type Train_Backend_Why_No_ContextInputs = {};
export type Train_Backend_Why_No_OffscreenInputs = {};
export type Train_Backend_Why_No_StartInputs = {};
export type Train_Backend_Why_No_WebgpuInputs = {};
export type Train_Backend_Why_Not_RegisteredInputs = {};
export type Train_Backend_Why_SoftwareInputs = {
    renderer: NonNullable<unknown>;
};
export type Train_Backend_Why_Timeout_AdapterInputs = {
    ms: NonNullable<unknown>;
};
export type Train_Backend_Why_Timeout_StartInputs = {
    ms: NonNullable<unknown>;
};
export type Train_Backend_Why_Timeout_TestInputs = {
    ms: NonNullable<unknown>;
};
export type Train_BalanceInputs = {};
export type Train_Balance_Auto_OverInputs = {};
export type Train_Balance_Auto_UnderInputs = {};
export type Train_Balance_Borderline_HelpInputs = {};
export type Train_Balance_CaptionInputs = {};
export type Train_Balance_Caption_BorderlineInputs = {};
export type Train_Balance_KInputs = {};
export type Train_Balance_K_TitleInputs = {};
export type Train_Balance_MethodInputs = {};
export type Train_Balance_NoneInputs = {};
export type Train_Balance_None_HelpInputs = {};
export type Train_Balance_OverInputs = {};
export type Train_Balance_Over_HelpInputs = {};
export type Train_Balance_RatioInputs = {};
export type Train_Balance_Ratio_OptionInputs = {};
export type Train_Balance_Smote_HelpInputs = {};
export type Train_Balance_Smote_NcInputs = {};
export type Train_Balance_Smote_Nc_HelpInputs = {};
export type Train_Balance_SuggestInputs = {
    smallest: NonNullable<unknown>;
    largest: NonNullable<unknown>;
};
export type Train_Balance_TargetInputs = {};
export type Train_Balance_Text_WarnInputs = {
    method: NonNullable<unknown>;
};
export type Train_Balance_UnderInputs = {};
export type Train_Balance_Under_HelpInputs = {};
export type Train_Balance_WeightsInputs = {};
export type Train_Balance_Weights_HelpInputs = {};
export type Train_Batch_SizeInputs = {};
export type Train_BestInputs = {};
export type Train_BinsInputs = {};
export type Train_Bins_TitleInputs = {};
export type Train_BlendInputs = {};
export type Train_Blend_Of_OneInputs = {
    count: NonNullable<unknown>;
};
export type Train_Blend_Of_OtherInputs = {
    count: NonNullable<unknown>;
};
export type Train_Blend_RowInputs = {};
export type Train_Blend_TitleInputs = {};
export type Train_Categorical_MissingInputs = {};
export type Train_CategoriesInputs = {};
export type Train_Choose_TargetInputs = {};
export type Train_ChosenInputs = {};
export type Train_Col_CvInputs = {
    metric: NonNullable<unknown>;
};
export type Train_Col_SettingsInputs = {};
export type Train_Col_StatusInputs = {};
export type Train_Col_TimeInputs = {};
export type Train_Col_TrialInputs = {};
export type Train_ComputeInputs = {};
export type Train_ConstantInputs = {};
export type Train_Cost_FnInputs = {};
export type Train_Cost_Fn_TitleInputs = {
    label: NonNullable<unknown>;
};
export type Train_Cost_FpInputs = {};
export type Train_Cost_Fp_TitleInputs = {
    label: NonNullable<unknown>;
};
export type Train_DerivedInputs = {};
export type Train_Derived_AddInputs = {};
export type Train_Derived_ColumnInputs = {};
export type Train_Derived_ExampleInputs = {};
export type Train_Derived_LeftInputs = {};
export type Train_Derived_OperationInputs = {};
export type Train_Derived_RemoveInputs = {
    name: NonNullable<unknown>;
};
export type Train_Derived_RightInputs = {};
export type Train_DropoutInputs = {};
export type Train_EncodingInputs = {};
export type Train_Encoding_OnehotInputs = {};
export type Train_Encoding_OrdinalInputs = {};
export type Train_Err_Backend_ForcedInputs = {
    backend: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Train_Err_Backend_Forced_HintInputs = {};
export type Train_Err_Backend_NoneInputs = {
    reasons: NonNullable<unknown>;
};
export type Train_Err_Backend_None_HintInputs = {};
export type Train_Err_Backend_WhereInputs = {
    backend: NonNullable<unknown>;
};
export type Train_Err_Search_SpaceInputs = {
    problem: NonNullable<unknown>;
};
export type Train_Err_Search_Space_HintInputs = {};
export type Train_Err_Search_Space_WhereInputs = {
    field: NonNullable<unknown>;
};
export type Train_EvaluationInputs = {};
export type Train_FamilyInputs = {};
export type Train_Family_GbdtInputs = {};
export type Train_Family_LogisticInputs = {};
export type Train_Family_Logistic_PlainInputs = {};
export type Train_Family_MlpInputs = {};
export type Train_Fill_MissingInputs = {};
export type Train_Final_FitInputs = {};
export type Train_Final_Fit_TitleInputs = {};
export type Train_FoldsInputs = {};
export type Train_From_Features_OneInputs = {
    count: NonNullable<unknown>;
    dataset: NonNullable<unknown>;
};
export type Train_From_Features_OtherInputs = {
    count: NonNullable<unknown>;
    dataset: NonNullable<unknown>;
};
export type Train_Hidden_LayersInputs = {};
export type Train_Importance_ValidationInputs = {};
export type Train_Importance_Validation_TitleInputs = {};
export type Train_Impute_ConstantInputs = {};
export type Train_Impute_MeanInputs = {};
export type Train_Impute_MedianInputs = {};
export type Train_Indicator_AlwaysInputs = {};
export type Train_Indicator_AutoInputs = {};
export type Train_Indicator_NeverInputs = {};
export type Train_IntroInputs = {};
export type Train_Lbfgs_Iterations_TitleInputs = {};
export type Train_Lbfgs_L2_TitleInputs = {};
export type Train_LeaderboardInputs = {};
export type Train_Learning_RateInputs = {};
export type Train_LeavesInputs = {};
export type Train_Leaves_TitleInputs = {};
export type Train_Log_ColumnsInputs = {};
export type Train_Max_DepthInputs = {};
export type Train_Max_Depth_TitleInputs = {};
export type Train_Max_EpochsInputs = {};
export type Train_Max_IterationsInputs = {};
export type Train_Metric_Balanced_AccuracyInputs = {};
export type Train_Metric_Log_LossInputs = {};
export type Train_Min_Leaf_RowsInputs = {};
export type Train_MinutesInputs = {};
export type Train_Missing_IndicatorInputs = {};
export type Train_ModelInputs = {};
export type Train_Model_FamiliesInputs = {};
export type Train_Most_Frequent_LevelInputs = {};
export type Train_NgramsInputs = {};
export type Train_Ngrams_PairsInputs = {};
export type Train_Ngrams_WordsInputs = {};
export type Train_No_LimitInputs = {};
export type Train_Not_StartedInputs = {};
export type Train_NumbersInputs = {};
export type Train_Own_LevelInputs = {
    level: NonNullable<unknown>;
};
export type Train_PatienceInputs = {};
export type Train_Patience_TitleInputs = {};
export type Train_PositiveInputs = {};
export type Train_Positive_ClassInputs = {};
export type Train_Positive_MinorityInputs = {};
export type Train_Predict_TitleInputs = {
    target: NonNullable<unknown>;
};
export type Train_Range_Dropout_NoteInputs = {};
export type Train_Range_FromInputs = {};
export type Train_Range_L2_NoteInputs = {};
export type Train_Range_Learning_Rate_NoteInputs = {};
export type Train_Range_ToInputs = {};
export type Train_Range_Tree_L2Inputs = {};
export type Train_Range_Tree_L2_NoteInputs = {};
export type Train_Range_Tree_Learning_RateInputs = {};
export type Train_Range_Tree_Learning_Rate_NoteInputs = {};
export type Train_Rank_ByInputs = {};
export type Train_RecipeInputs = {};
export type Train_ResetInputs = {};
export type Train_Reset_RangesInputs = {};
export type Train_Run_Status_CancelledInputs = {};
export type Train_Run_Status_DoneInputs = {};
export type Train_Run_Status_FailedInputs = {};
export type Train_Run_Status_InterruptedInputs = {};
export type Train_Run_Status_RunningInputs = {};
export type Train_RungInputs = {
    rung: NonNullable<unknown>;
};
export type Train_Scale_MinmaxInputs = {};
export type Train_Scale_NoneInputs = {};
export type Train_Scale_StandardInputs = {};
export type Train_ScalingInputs = {};
export type Train_Search_CancelledInputs = {
    counts: NonNullable<unknown>;
};
export type Train_Search_FailedInputs = {
    message: NonNullable<unknown>;
};
export type Train_Search_FinishedInputs = {
    counts: NonNullable<unknown>;
    result: NonNullable<unknown>;
};
export type Train_Search_IntroInputs = {
    k: NonNullable<unknown>;
};
export type Train_Search_None_SucceededInputs = {
    counts: NonNullable<unknown>;
};
export type Train_Search_Not_TrainedInputs = {};
export type Train_Search_ParallelInputs = {
    lanes: NonNullable<unknown>;
};
export type Train_Search_ProgressInputs = {};
export type Train_Search_PrunedInputs = {
    count: NonNullable<unknown>;
};
export type Train_Search_RangesInputs = {};
export type Train_Search_Result_BestInputs = {
    status: NonNullable<unknown>;
};
export type Train_Search_Result_BlendInputs = {
    count: NonNullable<unknown>;
    status: NonNullable<unknown>;
};
export type Train_Search_Run_NameInputs = {
    strategy: NonNullable<unknown>;
};
export type Train_Search_SkippedInputs = {
    count: NonNullable<unknown>;
};
export type Train_Search_StartingInputs = {};
export type Train_Search_StatusInputs = {
    status: NonNullable<unknown>;
};
export type Train_Search_Strategy_HalvingInputs = {};
export type Train_Search_Strategy_RandomInputs = {};
export type Train_Search_Strategy_TpeInputs = {};
export type Train_Search_SucceededInputs = {
    count: NonNullable<unknown>;
};
export type Train_Search_Time_ReachedInputs = {};
export type Train_Search_TitleInputs = {};
export type Train_Search_Trials_OneInputs = {
    count: NonNullable<unknown>;
};
export type Train_Search_Trials_OtherInputs = {
    count: NonNullable<unknown>;
};
export type Train_SearchingInputs = {};
export type Train_SeedInputs = {};
export type Train_Seed_TitleInputs = {};
export type Train_Settings_LabelInputs = {};
export type Train_Short_LogisticInputs = {};
export type Train_Short_TreesInputs = {
    leaves: NonNullable<unknown>;
};
export type Train_SolverInputs = {};
export type Train_Solver_AdamInputs = {};
export type Train_Solver_LbfgsInputs = {};
export type Train_Solver_TitleInputs = {};
export type Train_Space_Keep_OneInputs = {
    what: NonNullable<unknown>;
};
export type Train_Space_No_FamilyInputs = {};
export type Train_Space_Not_FamilyInputs = {
    family: NonNullable<unknown>;
};
export type Train_Space_Range_EmptyInputs = {
    label: NonNullable<unknown>;
};
export type Train_Space_Range_InvertedInputs = {
    label: NonNullable<unknown>;
};
export type Train_Space_Range_LimitsInputs = {
    label: NonNullable<unknown>;
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Train_Space_What_Batch_SizesInputs = {};
export type Train_Space_What_DepthsInputs = {};
export type Train_Space_What_IterationsInputs = {};
export type Train_Space_What_LayoutsInputs = {};
export type Train_Space_What_LeavesInputs = {};
export type Train_Space_What_Min_LeafInputs = {};
export type Train_Space_What_OnehotInputs = {};
export type Train_Space_What_ScalingsInputs = {};
export type Train_Spec_AdamInputs = {
    family: NonNullable<unknown>;
    l2: NonNullable<unknown>;
    learningRate: NonNullable<unknown>;
    batch: NonNullable<unknown>;
    epochs: NonNullable<unknown>;
    patience: NonNullable<unknown>;
};
export type Train_Spec_DepthInputs = {
    depth: NonNullable<unknown>;
};
export type Train_Spec_GbdtInputs = {
    iterations: NonNullable<unknown>;
    learningRate: NonNullable<unknown>;
    leaves: NonNullable<unknown>;
    depth: NonNullable<unknown>;
    minLeaf: NonNullable<unknown>;
    bins: NonNullable<unknown>;
    l2: NonNullable<unknown>;
    patience: NonNullable<unknown>;
};
export type Train_Spec_LbfgsInputs = {
    l2: NonNullable<unknown>;
    iterations: NonNullable<unknown>;
};
export type Train_Spec_No_Depth_LimitInputs = {};
export type Train_StatusInputs = {};
export type Train_Status_LabelInputs = {};
export type Train_Stop_WordsInputs = {};
export type Train_Stop_Words_BothInputs = {};
export type Train_Stop_Words_EnglishInputs = {};
export type Train_Stop_Words_NoneInputs = {};
export type Train_Stop_Words_SpanishInputs = {};
export type Train_StrategyInputs = {};
export type Train_Strategy_HalvingInputs = {};
export type Train_Strategy_RandomInputs = {};
export type Train_Strategy_TpeInputs = {};
export type Train_Test_ColumnInputs = {};
export type Train_Test_NoteInputs = {
    column: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Train_Test_Note_IdInputs = {
    column: NonNullable<unknown>;
};
export type Train_Test_Note_IgnoredInputs = {
    column: NonNullable<unknown>;
};
export type Train_Test_PercentInputs = {};
export type Train_Test_Percent_UnusedInputs = {};
export type Train_Test_RowsInputs = {};
export type Train_Test_Rows_ColumnInputs = {};
export type Train_Test_Rows_RandomInputs = {};
export type Train_Test_Rows_TitleInputs = {};
export type Train_Test_Still_FeatureInputs = {
    column: NonNullable<unknown>;
};
export type Train_Test_ValueInputs = {};
export type Train_Test_Value_ChooseInputs = {};
export type Train_Test_Value_PlaceholderInputs = {};
export type Train_Text_TfidfInputs = {};
export type Train_ThresholdInputs = {};
export type Train_Threshold_CostInputs = {};
export type Train_Threshold_F1Inputs = {};
export type Train_Threshold_FixedInputs = {};
export type Train_Threshold_TitleInputs = {};
export type Train_Threshold_ValueInputs = {};
export type Train_Top_LevelsInputs = {};
export type Train_Top_Levels_TitleInputs = {};
export type Train_TrainInputs = {};
export type Train_TrainingInputs = {};
export type Train_Tree_L2_TitleInputs = {};
export type Train_Tree_Learning_Rate_TitleInputs = {};
export type Train_Tree_Patience_TitleInputs = {};
export type Train_Trees_Compute_NoteInputs = {};
export type Train_Trial_BatchInputs = {
    count: NonNullable<unknown>;
};
export type Train_Trial_Best_SingleInputs = {};
export type Train_Trial_DoneInputs = {};
export type Train_Trial_EpochsInputs = {
    count: NonNullable<unknown>;
};
export type Train_Trial_FailedInputs = {
    message: NonNullable<unknown>;
};
export type Train_Trial_In_BlendInputs = {
    share: NonNullable<unknown>;
};
export type Train_Trial_IterationsInputs = {
    count: NonNullable<unknown>;
};
export type Train_Trial_LrInputs = {
    value: NonNullable<unknown>;
};
export type Train_Trial_PrunedInputs = {};
export type Train_Trial_Rows_Per_LeafInputs = {
    count: NonNullable<unknown>;
};
export type Train_Trial_SkippedInputs = {};
export type Train_Trial_VocabInputs = {
    count: NonNullable<unknown>;
};
export type Train_TrialsInputs = {};
export type Train_Validation_PercentInputs = {};
export type Train_Value_AutoInputs = {};
export type Train_Value_BorderlineInputs = {};
export type Train_Value_Class_WeightsInputs = {};
export type Train_Value_MinmaxInputs = {};
export type Train_Value_None_FInputs = {};
export type Train_Value_Random_OverInputs = {};
export type Train_Value_Random_UnderInputs = {};
export type Train_Value_SmoteInputs = {};
export type Train_Value_Smote_NcInputs = {};
export type Train_Value_StandardInputs = {};
export type Train_Value_Stop_BothInputs = {};
export type Train_Value_Stop_EnglishInputs = {};
export type Train_Value_Stop_SpanishInputs = {};
export type Train_Vocabulary_SizeInputs = {};
export type Welcome_BodyInputs = {};
export type Welcome_StartInputs = {};
export type Welcome_TitleInputs = {};
