/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} App_EvictableInputs */
/** @typedef {{}} App_PersistentInputs */
/** @typedef {{}} App_PrivacyInputs */
/** @typedef {{}} App_Privacy_TitleInputs */
/** @typedef {{}} App_Storage_LabelInputs */
/** @typedef {{ used: NonNullable<unknown>, quota: NonNullable<unknown> }} App_StoredInputs */
/** @typedef {{}} App_TaglineInputs */
/** @typedef {{}} Chart_SeriesInputs */
/** @typedef {{ label: NonNullable<unknown> }} Chart_Values_LabelInputs */
/** @typedef {{}} Chart_Values_SummaryInputs */
/** @typedef {{}} Data_Band_MediumInputs */
/** @typedef {{}} Data_Band_StrongInputs */
/** @typedef {{}} Data_Band_SuspiciousInputs */
/** @typedef {{}} Data_Band_UselessInputs */
/** @typedef {{}} Data_Band_WeakInputs */
/** @typedef {{}} Data_Bins_BinInputs */
/** @typedef {{ column: NonNullable<unknown> }} Data_Bins_LabelInputs */
/** @typedef {{ label: NonNullable<unknown> }} Data_Bins_LegendInputs */
/** @typedef {{}} Data_Bins_MissingInputs */
/** @typedef {{}} Data_Bins_RateInputs */
/** @typedef {{}} Data_Bins_RowsInputs */
/** @typedef {{}} Data_Bins_Woe_BarInputs */
/** @typedef {{}} Data_BlankInputs */
/** @typedef {{}} Data_Col_ColumnInputs */
/** @typedef {{}} Data_Col_DistinctInputs */
/** @typedef {{}} Data_Col_KindInputs */
/** @typedef {{}} Data_Col_MissingInputs */
/** @typedef {{}} Data_Col_ProfileInputs */
/** @typedef {{}} Data_Col_RoleInputs */
/** @typedef {{}} Data_Kind_BooleanInputs */
/** @typedef {{}} Data_Kind_CategoricalInputs */
/** @typedef {{}} Data_Kind_ConstantInputs */
/** @typedef {{}} Data_Kind_DateInputs */
/** @typedef {{}} Data_Kind_IdInputs */
/** @typedef {{}} Data_Kind_NumericInputs */
/** @typedef {{}} Data_Kind_TextInputs */
/** @typedef {{ name: NonNullable<unknown> }} Data_List_Delete_ConfirmInputs */
/** @typedef {{ name: NonNullable<unknown> }} Data_List_Delete_LabelInputs */
/** @typedef {{}} Data_List_Delete_TitleInputs */
/** @typedef {{ rows: NonNullable<unknown>, columns: NonNullable<unknown>, size: NonNullable<unknown> }} Data_List_FactsInputs */
/** @typedef {{}} Data_List_LabelInputs */
/** @typedef {{}} Data_List_TitleInputs */
/** @typedef {{}} Data_Load_ChooseInputs */
/** @typedef {{}} Data_Load_DropInputs */
/** @typedef {{}} Data_Load_HintInputs */
/** @typedef {{}} Data_Load_LabelInputs */
/** @typedef {{}} Data_Load_Pad_RowsInputs */
/** @typedef {{ name: NonNullable<unknown> }} Data_Load_ReadingInputs */
/** @typedef {{}} Data_Load_SamplesInputs */
/** @typedef {{}} Data_Load_Samples_CompactInputs */
/** @typedef {{}} Data_Load_Skip_RowsInputs */
/** @typedef {{}} Data_Notes_LabelInputs */
/** @typedef {{ count: NonNullable<unknown> }} Data_Notes_Padded_RowsInputs */
/** @typedef {{}} Data_Notes_RenamedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Data_Notes_Skipped_Quote_RowsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Data_Notes_Skipped_RowsInputs */
/** @typedef {{}} Data_Notes_Stray_Quotes_EndInputs */
/** @typedef {{ count: NonNullable<unknown>, line: NonNullable<unknown> }} Data_Notes_Stray_Quotes_OneInputs */
/** @typedef {{ count: NonNullable<unknown>, line: NonNullable<unknown> }} Data_Notes_Stray_Quotes_OtherInputs */
/** @typedef {{}} Data_Preview_LabelInputs */
/** @typedef {{}} Data_Preview_ScrollInputs */
/** @typedef {{}} Data_Preview_TableInputs */
/** @typedef {{ count: NonNullable<unknown> }} Data_Preview_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Data_Profile_CountInputs */
/** @typedef {{ kind: NonNullable<unknown> }} Data_Profile_InferredInputs */
/** @typedef {{ name: NonNullable<unknown> }} Data_Profile_Kind_OfInputs */
/** @typedef {{}} Data_Profile_LabelInputs */
/** @typedef {{ name: NonNullable<unknown> }} Data_Profile_Role_OfInputs */
/** @typedef {{}} Data_Profile_TableInputs */
/** @typedef {{}} Data_Profile_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Data_Profile_Warnings_OneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Data_Profile_Warnings_OtherInputs */
/** @typedef {{}} Data_Role_FeatureInputs */
/** @typedef {{}} Data_Role_IdInputs */
/** @typedef {{}} Data_Role_IgnoreInputs */
/** @typedef {{}} Data_Role_TargetInputs */
/** @typedef {{ count: NonNullable<unknown>, novels: NonNullable<unknown> }} Data_Sample_Austen_DetailInputs */
/** @typedef {{}} Data_Sample_Austen_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Data_Sample_German_DetailInputs */
/** @typedef {{}} Data_Sample_German_TitleInputs */
/** @typedef {{}} Data_Sep_CommaInputs */
/** @typedef {{ delimiter: NonNullable<unknown> }} Data_Sep_OtherInputs */
/** @typedef {{}} Data_Sep_PipeInputs */
/** @typedef {{}} Data_Sep_SemicolonInputs */
/** @typedef {{}} Data_Sep_TabInputs */
/** @typedef {{}} Data_Set_Up_TrainingInputs */
/** @typedef {{ target: NonNullable<unknown> }} Data_Signal_AgainstInputs */
/** @typedef {{ column: NonNullable<unknown> }} Data_Signal_Bins_OfInputs */
/** @typedef {{ measure: NonNullable<unknown>, value: NonNullable<unknown>, at: NonNullable<unknown> }} Data_Signal_Check_GeInputs */
/** @typedef {{ measure: NonNullable<unknown>, value: NonNullable<unknown>, at: NonNullable<unknown> }} Data_Signal_Check_GtInputs */
/** @typedef {{ measure: NonNullable<unknown>, value: NonNullable<unknown>, at: NonNullable<unknown> }} Data_Signal_Check_LtInputs */
/** @typedef {{ measure: NonNullable<unknown> }} Data_Signal_Check_UndefinedInputs */
/** @typedef {{}} Data_Signal_Col_FlagInputs */
/** @typedef {{}} Data_Signal_Col_MeasureInputs */
/** @typedef {{}} Data_Signal_Col_StrengthInputs */
/** @typedef {{}} Data_Signal_Col_ValueInputs */
/** @typedef {{}} Data_Signal_Cramers_VInputs */
/** @typedef {{ label: NonNullable<unknown> }} Data_Signal_EarlierInputs */
/** @typedef {{}} Data_Signal_Flag_LeakInputs */
/** @typedef {{}} Data_Signal_Flag_NoneInputs */
/** @typedef {{ label: NonNullable<unknown> }} Data_Signal_HigherInputs */
/** @typedef {{}} Data_Signal_HowInputs */
/** @typedef {{}} Data_Signal_How_BodyInputs */
/** @typedef {{}} Data_Signal_Intro_By_IvInputs */
/** @typedef {{}} Data_Signal_Intro_By_VInputs */
/** @typedef {{ count: NonNullable<unknown> }} Data_Signal_Intro_DroppedInputs */
/** @typedef {{}} Data_Signal_Intro_OpenInputs */
/** @typedef {{ rows: NonNullable<unknown> }} Data_Signal_Intro_RowsInputs */
/** @typedef {{}} Data_Signal_Iv_Needs_BinaryInputs */
/** @typedef {{}} Data_Signal_Iv_TitleInputs */
/** @typedef {{}} Data_Signal_Iv_Title_NeedsInputs */
/** @typedef {{ label: NonNullable<unknown> }} Data_Signal_LaterInputs */
/** @typedef {{ label: NonNullable<unknown> }} Data_Signal_LowerInputs */
/** @typedef {{}} Data_Signal_Not_ScreenedInputs */
/** @typedef {{ levels: NonNullable<unknown>, rows: NonNullable<unknown> }} Data_Signal_Note_Many_LevelsInputs */
/** @typedef {{}} Data_Signal_Note_One_ValueInputs */
/** @typedef {{ column: NonNullable<unknown> }} Data_Signal_Phase_ColumnInputs */
/** @typedef {{}} Data_Signal_Phase_DoneInputs */
/** @typedef {{ label: NonNullable<unknown> }} Data_Signal_PositiveInputs */
/** @typedef {{}} Data_Signal_ScreeningInputs */
/** @typedef {{}} Data_Signal_ScrollInputs */
/** @typedef {{}} Data_Signal_Skip_All_MissingInputs */
/** @typedef {{}} Data_Signal_Skip_ConstantInputs */
/** @typedef {{}} Data_Signal_Skip_IdInputs */
/** @typedef {{}} Data_Signal_Skip_TextInputs */
/** @typedef {{}} Data_Signal_TitleInputs */
/** @typedef {{ value: NonNullable<unknown> }} Data_Stat_MaxInputs */
/** @typedef {{ value: NonNullable<unknown> }} Data_Stat_MeanInputs */
/** @typedef {{ value: NonNullable<unknown> }} Data_Stat_MedianInputs */
/** @typedef {{ value: NonNullable<unknown> }} Data_Stat_MinInputs */
/** @typedef {{ low: NonNullable<unknown>, high: NonNullable<unknown> }} Data_Stat_QuartilesInputs */
/** @typedef {{ value: NonNullable<unknown> }} Data_Stat_StdInputs */
/** @typedef {{}} Data_Summary_And_MoreInputs */
/** @typedef {{}} Data_Summary_ColumnsInputs */
/** @typedef {{}} Data_Summary_Decimal_CommaInputs */
/** @typedef {{ name: NonNullable<unknown> }} Data_Summary_FrequentInputs */
/** @typedef {{ date: NonNullable<unknown> }} Data_Summary_FromInputs */
/** @typedef {{ name: NonNullable<unknown> }} Data_Summary_HistogramInputs */
/** @typedef {{}} Data_Summary_LabelInputs */
/** @typedef {{ min: NonNullable<unknown>, max: NonNullable<unknown>, mean: NonNullable<unknown> }} Data_Summary_LengthInputs */
/** @typedef {{}} Data_Summary_Length_CharsInputs */
/** @typedef {{ name: NonNullable<unknown> }} Data_Summary_Length_DistributionInputs */
/** @typedef {{ newline: NonNullable<unknown> }} Data_Summary_Line_EndsInputs */
/** @typedef {{ duration: NonNullable<unknown> }} Data_Summary_Read_InInputs */
/** @typedef {{}} Data_Summary_RowsInputs */
/** @typedef {{}} Data_Summary_Rows_ColInputs */
/** @typedef {{ date: NonNullable<unknown> }} Data_Summary_ToInputs */
/** @typedef {{ name: NonNullable<unknown> }} Data_Summary_Top_TermsInputs */
/** @typedef {{}} Data_Summary_ValuesInputs */
/** @typedef {{ name: NonNullable<unknown>, classes: NonNullable<unknown> }} Data_Target_BalanceInputs */
/** @typedef {{}} Data_Target_ChooseInputs */
/** @typedef {{}} Data_Target_HintInputs */
/** @typedef {{}} Data_Target_ImbalancedInputs */
/** @typedef {{}} Data_Target_LabelInputs */
/** @typedef {{ count: NonNullable<unknown> }} Data_Target_MissingInputs */
/** @typedef {{ name: NonNullable<unknown>, count: NonNullable<unknown> }} Data_Target_Numeric_WarningInputs */
/** @typedef {{ name: NonNullable<unknown>, kind: NonNullable<unknown> }} Data_Target_OptionInputs */
/** @typedef {{}} Data_Target_Other_LevelsInputs */
/** @typedef {{}} Data_Target_PickInputs */
/** @typedef {{ name: NonNullable<unknown> }} Data_Warn_All_MissingInputs */
/** @typedef {{ name: NonNullable<unknown> }} Data_Warn_ConstantInputs */
/** @typedef {{ name: NonNullable<unknown>, count: NonNullable<unknown>, share: NonNullable<unknown> }} Data_Warn_High_CardinalityInputs */
/** @typedef {{ name: NonNullable<unknown> }} Data_Warn_Id_LikeInputs */
/** @typedef {{ name: NonNullable<unknown> }} Data_Warn_Index_ColumnInputs */
/** @typedef {{ name: NonNullable<unknown>, example: NonNullable<unknown>, kind: NonNullable<unknown> }} Data_Warn_Leading_ZerosInputs */
/** @typedef {{ name: NonNullable<unknown>, percent: NonNullable<unknown> }} Data_Warn_Mostly_MissingInputs */
/** @typedef {{ count: NonNullable<unknown> }} Data_Warn_Rows_Bad_QuotesInputs */
/** @typedef {{ count: NonNullable<unknown> }} Data_Warn_Rows_PaddedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Data_Warn_Rows_SkippedInputs */
/** @typedef {{ count: NonNullable<unknown>, line: NonNullable<unknown>, column: NonNullable<unknown> }} Data_Warn_Stray_Quotes_OneInputs */
/** @typedef {{ count: NonNullable<unknown>, line: NonNullable<unknown>, column: NonNullable<unknown> }} Data_Warn_Stray_Quotes_OtherInputs */
/** @typedef {{}} DismissInputs */
/** @typedef {{}} Error_DismissInputs */
/** @typedef {{ where: NonNullable<unknown> }} Error_WhereInputs */
/** @typedef {{}} Glossary_BlendInputs */
/** @typedef {{}} Glossary_Blend_TermInputs */
/** @typedef {{}} Glossary_BorderlineInputs */
/** @typedef {{}} Glossary_Borderline_TermInputs */
/** @typedef {{}} Glossary_CloseInputs */
/** @typedef {{}} Glossary_CramerInputs */
/** @typedef {{}} Glossary_Cramer_TermInputs */
/** @typedef {{}} Glossary_Early_StoppingInputs */
/** @typedef {{}} Glossary_Early_Stopping_TermInputs */
/** @typedef {{}} Glossary_F1_MacroInputs */
/** @typedef {{}} Glossary_F1_Macro_TermInputs */
/** @typedef {{}} Glossary_FoldInputs */
/** @typedef {{}} Glossary_Fold_TermInputs */
/** @typedef {{}} Glossary_GiniInputs */
/** @typedef {{}} Glossary_Gini_TermInputs */
/** @typedef {{}} Glossary_IvInputs */
/** @typedef {{}} Glossary_Iv_TermInputs */
/** @typedef {{}} Glossary_KsInputs */
/** @typedef {{}} Glossary_Ks_TermInputs */
/** @typedef {{}} Glossary_L2Inputs */
/** @typedef {{}} Glossary_L2_TermInputs */
/** @typedef {{}} Glossary_Learning_RateInputs */
/** @typedef {{}} Glossary_Learning_Rate_TermInputs */
/** @typedef {{ term: NonNullable<unknown> }} Glossary_OpenInputs */
/** @typedef {{}} Glossary_Pr_AucInputs */
/** @typedef {{}} Glossary_Pr_Auc_TermInputs */
/** @typedef {{}} Glossary_PsiInputs */
/** @typedef {{}} Glossary_Psi_TermInputs */
/** @typedef {{}} Glossary_Roc_AucInputs */
/** @typedef {{}} Glossary_Roc_Auc_TermInputs */
/** @typedef {{}} Glossary_RungInputs */
/** @typedef {{}} Glossary_Rung_TermInputs */
/** @typedef {{}} Glossary_SmoteInputs */
/** @typedef {{}} Glossary_Smote_TermInputs */
/** @typedef {{}} Glossary_TfidfInputs */
/** @typedef {{}} Glossary_Tfidf_TermInputs */
/** @typedef {{}} Glossary_YoudenInputs */
/** @typedef {{}} Glossary_Youden_TermInputs */
/** @typedef {{}} Language_LabelInputs */
/** @typedef {{}} Llm_Ask_LabelInputs */
/** @typedef {{}} Llm_Custom_LibInputs */
/** @typedef {{}} Llm_Custom_RemoveInputs */
/** @typedef {{}} Llm_Custom_SummaryInputs */
/** @typedef {{}} Llm_Custom_UrlInputs */
/** @typedef {{}} Llm_Custom_UseInputs */
/** @typedef {{ model: NonNullable<unknown>, vram: NonNullable<unknown> }} Llm_Describe_With_SmallerInputs */
/** @typedef {{}} Llm_DescriberInputs */
/** @typedef {{}} Llm_Describer_LlmInputs */
/** @typedef {{}} Llm_Describer_TemplateInputs */
/** @typedef {{}} Llm_DismissInputs */
/** @typedef {{ size: NonNullable<unknown>, hosts: NonNullable<unknown> }} Llm_Download_NoticeInputs */
/** @typedef {{}} Llm_Err_UnreachableInputs */
/** @typedef {{}} Llm_Err_Unreachable_HintInputs */
/** @typedef {{}} Llm_Err_Webgpu_HintInputs */
/** @typedef {{}} Llm_GenerateInputs */
/** @typedef {{}} Llm_Hosts_AndInputs */
/** @typedef {{}} Llm_Job_TemplateInputs */
/** @typedef {{}} Llm_Label_ChoicesInputs */
/** @typedef {{}} Llm_LanguageInputs */
/** @typedef {{}} Llm_Loading_ModelInputs */
/** @typedef {{}} Llm_ModelInputs */
/** @typedef {{ model: NonNullable<unknown>, download: NonNullable<unknown>, vram: NonNullable<unknown> }} Llm_Model_OptionInputs */
/** @typedef {{ name: NonNullable<unknown> }} Llm_Open_DatasetInputs */
/** @typedef {{}} Llm_Panel_Intro_AfterInputs */
/** @typedef {{}} Llm_Panel_Intro_BeforeInputs */
/** @typedef {{}} Llm_Panel_LabelInputs */
/** @typedef {{}} Llm_Panel_TitleInputs */
/** @typedef {{}} Llm_Prompt_AfterInputs */
/** @typedef {{ count: NonNullable<unknown> }} Llm_Prompt_BeforeInputs */
/** @typedef {{}} Llm_Reason_CheckingInputs */
/** @typedef {{}} Llm_Reason_FallbackInputs */
/** @typedef {{}} Llm_Reason_No_AdapterInputs */
/** @typedef {{}} Llm_Reason_No_ModelInputs */
/** @typedef {{}} Llm_Reason_No_WebgpuInputs */
/** @typedef {{ why: NonNullable<unknown> }} Llm_Reason_RefusedInputs */
/** @typedef {{}} Llm_Restore_PromptInputs */
/** @typedef {{}} Llm_ResumeInputs */
/** @typedef {{ model: NonNullable<unknown> }} Llm_Resume_Needs_ModelInputs */
/** @typedef {{}} Llm_RetryInputs */
/** @typedef {{}} Llm_Size_UnknownInputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Llm_Stopped_AfterInputs */
/** @typedef {{}} Llm_Storage_Quota_HintInputs */
/** @typedef {{ message: NonNullable<unknown>, used: NonNullable<unknown>, quota: NonNullable<unknown> }} Llm_Storage_Quota_SizesInputs */
/** @typedef {{ size: NonNullable<unknown> }} Llm_Stored_In_BrowserInputs */
/** @typedef {{ rows: NonNullable<unknown>, cached: NonNullable<unknown> }} Llm_Summary_DescribedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Llm_Summary_FallbacksInputs */
/** @typedef {{ count: NonNullable<unknown> }} Llm_Summary_Fallbacks_MalformedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Llm_Summary_LabelledInputs */
/** @typedef {{ dataset: NonNullable<unknown>, done: NonNullable<unknown>, total: NonNullable<unknown> }} Llm_Unfinished_AfterInputs */
/** @typedef {{}} Llm_Unfinished_BeforeInputs */
/** @typedef {{}} Llm_Unfinished_TitleInputs */
/** @typedef {{}} Llm_Update_AvailableInputs */
/** @typedef {{}} Llm_Update_LaterInputs */
/** @typedef {{}} Llm_Update_NoteInputs */
/** @typedef {{}} Llm_Update_ReloadInputs */
/** @typedef {{}} Llm_Use_TemplateInputs */
/** @typedef {{ mb: NonNullable<unknown> }} Llm_VramInputs */
/** @typedef {{}} Llm_Vram_UnknownInputs */
/** @typedef {{}} Opening_DatasetsInputs */
/** @typedef {{}} Predict_Band_ShiftedInputs */
/** @typedef {{}} Predict_Band_StableInputs */
/** @typedef {{}} Predict_Band_WatchInputs */
/** @typedef {{}} Predict_Bin_AnyInputs */
/** @typedef {{}} Predict_Bin_MissingInputs */
/** @typedef {{}} Predict_Bin_OtherInputs */
/** @typedef {{}} Predict_Bin_PresentInputs */
/** @typedef {{}} Predict_Bins_Col_BarsInputs */
/** @typedef {{}} Predict_Bins_Col_BinInputs */
/** @typedef {{}} Predict_Bins_Col_ChangeInputs */
/** @typedef {{}} Predict_Bins_Col_NewInputs */
/** @typedef {{}} Predict_Bins_Col_TrainingInputs */
/** @typedef {{ floor: NonNullable<unknown> }} Predict_Bins_Legend_NewInputs */
/** @typedef {{}} Predict_Bins_Legend_TrainingInputs */
/** @typedef {{ label: NonNullable<unknown> }} Predict_Bins_TableInputs */
/** @typedef {{}} Predict_Choose_CsvInputs */
/** @typedef {{}} Predict_Choose_ModelInputs */
/** @typedef {{}} Predict_Col_Column_ValueInputs */
/** @typedef {{}} Predict_Col_PushInputs */
/** @typedef {{}} Predict_Col_SizeInputs */
/** @typedef {{}} Predict_DownloadInputs */
/** @typedef {{}} Predict_Drift_All_StableInputs */
/** @typedef {{ column: NonNullable<unknown> }} Predict_Drift_Bins_OfInputs */
/** @typedef {{}} Predict_Drift_Col_BandInputs */
/** @typedef {{}} Predict_Drift_Col_ChangeInputs */
/** @typedef {{}} Predict_Drift_Col_ColumnInputs */
/** @typedef {{}} Predict_Drift_Col_KindInputs */
/** @typedef {{}} Predict_Drift_HowInputs */
/** @typedef {{}} Predict_Drift_How_BodyInputs */
/** @typedef {{ file: NonNullable<unknown>, rows: NonNullable<unknown>, referenceRows: NonNullable<unknown>, watch: NonNullable<unknown>, shifted: NonNullable<unknown> }} Predict_Drift_IntroInputs */
/** @typedef {{}} Predict_Drift_Labels_DifferInputs */
/** @typedef {{ change: NonNullable<unknown> }} Predict_Drift_Largest_ChangeInputs */
/** @typedef {{}} Predict_Drift_Moved_MostInputs */
/** @typedef {{ column: NonNullable<unknown> }} Predict_Drift_No_ProfileInputs */
/** @typedef {{}} Predict_Drift_No_ReferenceInputs */
/** @typedef {{}} Predict_Drift_No_RowsInputs */
/** @typedef {{}} Predict_Drift_Score_BinsInputs */
/** @typedef {{}} Predict_Drift_Score_LabelInputs */
/** @typedef {{}} Predict_Drift_Score_LabelsInputs */
/** @typedef {{ label: NonNullable<unknown> }} Predict_Drift_Score_ProbabilityInputs */
/** @typedef {{}} Predict_Drift_TableInputs */
/** @typedef {{}} Predict_Drift_Table_ScrollInputs */
/** @typedef {{}} Predict_Drift_Text_NoteInputs */
/** @typedef {{}} Predict_Drift_TitleInputs */
/** @typedef {{}} Predict_Drift_Vs_Held_OutInputs */
/** @typedef {{}} Predict_Format_CsvInputs */
/** @typedef {{}} Predict_Format_Excel_EsInputs */
/** @typedef {{}} Predict_Format_Excel_Es_TitleInputs */
/** @typedef {{}} Predict_Format_LabelInputs */
/** @typedef {{}} Predict_Format_PreparingInputs */
/** @typedef {{}} Predict_Kind_BooleanInputs */
/** @typedef {{}} Predict_Kind_CategoricalInputs */
/** @typedef {{}} Predict_Kind_ConstantInputs */
/** @typedef {{}} Predict_Kind_DateInputs */
/** @typedef {{}} Predict_Kind_IdInputs */
/** @typedef {{}} Predict_Kind_NumericInputs */
/** @typedef {{}} Predict_Kind_TextInputs */
/** @typedef {{}} Predict_Load_Model_FileInputs */
/** @typedef {{}} Predict_Loaded_ModelInputs */
/** @typedef {{}} Predict_Loading_ModelInputs */
/** @typedef {{}} Predict_Method_LinearInputs */
/** @typedef {{}} Predict_Method_Shapley_ExactInputs */
/** @typedef {{ count: NonNullable<unknown> }} Predict_Method_Shapley_SampledInputs */
/** @typedef {{}} Predict_Method_Tree_ShapInputs */
/** @typedef {{ members: NonNullable<unknown> }} Predict_Model_BlendInputs */
/** @typedef {{ labels: NonNullable<unknown> }} Predict_Model_Labels_WithInputs */
/** @typedef {{ columns: NonNullable<unknown> }} Predict_Model_NeedsInputs */
/** @typedef {{ source: NonNullable<unknown>, dataset: NonNullable<unknown>, rows: NonNullable<unknown>, rocAuc: NonNullable<unknown> }} Predict_Model_OriginInputs */
/** @typedef {{ label: NonNullable<unknown>, threshold: NonNullable<unknown> }} Predict_Model_PositiveInputs */
/** @typedef {{ target: NonNullable<unknown> }} Predict_Model_PredictsInputs */
/** @typedef {{}} Predict_Model_SectionInputs */
/** @typedef {{}} Predict_No_Finished_RunsInputs */
/** @typedef {{}} Predict_No_Run_With_ModelInputs */
/** @typedef {{}} Predict_OrInputs */
/** @typedef {{}} Predict_Origin_AverageInputs */
/** @typedef {{}} Predict_Origin_TreesInputs */
/** @typedef {{}} Predict_Origin_TypicalInputs */
/** @typedef {{}} Predict_Position_Bottom_10Inputs */
/** @typedef {{}} Predict_Position_Bottom_25Inputs */
/** @typedef {{}} Predict_Position_MiddleInputs */
/** @typedef {{}} Predict_Position_Top_10Inputs */
/** @typedef {{}} Predict_Position_Top_25Inputs */
/** @typedef {{}} Predict_PreviewInputs */
/** @typedef {{}} Predict_Preview_ScrollInputs */
/** @typedef {{ cell: NonNullable<unknown>, label: NonNullable<unknown> }} Predict_Reason_Less_LikelyInputs */
/** @typedef {{ column: NonNullable<unknown>, value: NonNullable<unknown>, share: NonNullable<unknown> }} Predict_Reason_LevelInputs */
/** @typedef {{ column: NonNullable<unknown>, value: NonNullable<unknown> }} Predict_Reason_Level_UnseenInputs */
/** @typedef {{ column: NonNullable<unknown> }} Predict_Reason_MissingInputs */
/** @typedef {{ cell: NonNullable<unknown>, label: NonNullable<unknown> }} Predict_Reason_More_LikelyInputs */
/** @typedef {{ cell: NonNullable<unknown>, label: NonNullable<unknown> }} Predict_Reason_Points_ToInputs */
/** @typedef {{ column: NonNullable<unknown>, text: NonNullable<unknown> }} Predict_Reason_TextInputs */
/** @typedef {{ column: NonNullable<unknown>, value: NonNullable<unknown> }} Predict_Reason_ValueInputs */
/** @typedef {{ column: NonNullable<unknown>, value: NonNullable<unknown>, position: NonNullable<unknown> }} Predict_Reason_Value_AtInputs */
/** @typedef {{}} Predict_Reasons_AddInputs */
/** @typedef {{}} Predict_Reasons_SlowerInputs */
/** @typedef {{}} Predict_Row_BlankInputs */
/** @typedef {{ base: NonNullable<unknown>, origin: NonNullable<unknown>, margin: NonNullable<unknown>, method: NonNullable<unknown> }} Predict_Row_CaptionInputs */
/** @typedef {{ label: NonNullable<unknown> }} Predict_Row_No_Push_AverageInputs */
/** @typedef {{ label: NonNullable<unknown> }} Predict_Row_No_Push_TypicalInputs */
/** @typedef {{}} Predict_Row_PredictionInputs */
/** @typedef {{ scale: NonNullable<unknown>, label: NonNullable<unknown> }} Predict_Row_PushesInputs */
/** @typedef {{}} Predict_Row_ResultInputs */
/** @typedef {{}} Predict_Row_SectionInputs */
/** @typedef {{}} Predict_Row_SubmitInputs */
/** @typedef {{}} Predict_Row_TitleInputs */
/** @typedef {{ label: NonNullable<unknown> }} Predict_Row_WhyInputs */
/** @typedef {{}} Predict_Row_Why_SectionInputs */
/** @typedef {{}} Predict_Scale_CentredInputs */
/** @typedef {{}} Predict_Scale_Log_OddsInputs */
/** @typedef {{}} Predict_Score_SectionInputs */
/** @typedef {{}} Predict_Score_TitleInputs */
/** @typedef {{ name: NonNullable<unknown> }} Predict_Scored_AfterInputs */
/** @typedef {{}} Predict_Scored_BeforeInputs */
/** @typedef {{ name: NonNullable<unknown> }} Predict_ScoringInputs */
/** @typedef {{ name: NonNullable<unknown> }} Predict_Source_RunInputs */
/** @typedef {{}} Predict_Use_Stored_RunInputs */
/** @typedef {{}} Predict_Use_Stored_Run_OptionInputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Progress_AmountInputs */
/** @typedef {{}} Progress_BinningInputs */
/** @typedef {{}} Progress_Boosting_DoneInputs */
/** @typedef {{}} Progress_CancelInputs */
/** @typedef {{}} Progress_Choosing_BackendInputs */
/** @typedef {{}} Progress_Choosing_BlendInputs */
/** @typedef {{ name: NonNullable<unknown>, i: NonNullable<unknown>, n: NonNullable<unknown> }} Progress_Column_OfInputs */
/** @typedef {{}} Progress_Counting_TermsInputs */
/** @typedef {{ c: NonNullable<unknown> }} Progress_Danger_RowsInputs */
/** @typedef {{ model: NonNullable<unknown> }} Progress_DescribingInputs */
/** @typedef {{}} Progress_DoneInputs */
/** @typedef {{}} Progress_EvaluatingInputs */
/** @typedef {{}} Progress_FingerprintingInputs */
/** @typedef {{ fold: NonNullable<unknown>, k: NonNullable<unknown> }} Progress_FoldInputs */
/** @typedef {{}} Progress_ImportanceInputs */
/** @typedef {{ time: NonNullable<unknown> }} Progress_LeftInputs */
/** @typedef {{ c: NonNullable<unknown> }} Progress_NeighboursInputs */
/** @typedef {{}} Progress_Preparing_FeaturesInputs */
/** @typedef {{}} Progress_ProfilingInputs */
/** @typedef {{}} Progress_ReadingInputs */
/** @typedef {{ rate: NonNullable<unknown> }} Progress_Rows_Per_SecondInputs */
/** @typedef {{}} Progress_SavingInputs */
/** @typedef {{}} Progress_ScoringInputs */
/** @typedef {{ name: NonNullable<unknown> }} Progress_ScreeningInputs */
/** @typedef {{}} Progress_StartingInputs */
/** @typedef {{}} Progress_Starting_WorkersInputs */
/** @typedef {{}} Progress_Status_DoneInputs */
/** @typedef {{}} Progress_Status_FailedInputs */
/** @typedef {{}} Progress_Status_PrunedInputs */
/** @typedef {{}} Progress_Status_SkippedInputs */
/** @typedef {{}} Progress_Step_EpochInputs */
/** @typedef {{}} Progress_Step_IterationInputs */
/** @typedef {{ step: NonNullable<unknown>, n: NonNullable<unknown>, max: NonNullable<unknown> }} Progress_Step_OfInputs */
/** @typedef {{ step: NonNullable<unknown>, n: NonNullable<unknown>, max: NonNullable<unknown> }} Progress_Step_Of_ValidationInputs */
/** @typedef {{}} Progress_Step_SolverInputs */
/** @typedef {{}} Progress_Training_BestInputs */
/** @typedef {{}} Progress_Training_BlendInputs */
/** @typedef {{ id: NonNullable<unknown> }} Progress_TrialInputs */
/** @typedef {{ id: NonNullable<unknown>, status: NonNullable<unknown> }} Progress_Trial_StatusInputs */
/** @typedef {{}} Progress_Writing_DescriptionsInputs */
/** @typedef {{}} Report_Argmax_NoteInputs */
/** @typedef {{}} Report_Axis_Cost_Per_RowInputs */
/** @typedef {{}} Report_Axis_DecileInputs */
/** @typedef {{}} Report_Axis_EpochInputs */
/** @typedef {{}} Report_Axis_Epoch_TreesInputs */
/** @typedef {{}} Report_Axis_FprInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Report_Axis_ImportanceInputs */
/** @typedef {{}} Report_Axis_IterationInputs */
/** @typedef {{}} Report_Axis_LossInputs */
/** @typedef {{}} Report_Axis_Mean_PredictedInputs */
/** @typedef {{}} Report_Axis_PrecisionInputs */
/** @typedef {{}} Report_Axis_Precision_RecallInputs */
/** @typedef {{}} Report_Axis_RecallInputs */
/** @typedef {{ positive: NonNullable<unknown> }} Report_Axis_Share_CapturedInputs */
/** @typedef {{}} Report_Axis_Share_ClassInputs */
/** @typedef {{}} Report_Axis_Share_PositivesInputs */
/** @typedef {{}} Report_Axis_Share_RowsInputs */
/** @typedef {{}} Report_Axis_Solver_IterationInputs */
/** @typedef {{}} Report_Axis_TprInputs */
/** @typedef {{}} Report_Axis_Val_LossInputs */
/** @typedef {{ backend: NonNullable<unknown> }} Report_Backend_RequestedInputs */
/** @typedef {{ name: NonNullable<unknown>, backend: NonNullable<unknown> }} Report_Backend_ValueInputs */
/** @typedef {{}} Report_Blend_MembersInputs */
/** @typedef {{}} Report_Blend_NoteInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Blend_OfInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Blend_Of_ModelsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Blend_Of_OneInputs */
/** @typedef {{}} Report_Calibration_BinsInputs */
/** @typedef {{ positive: NonNullable<unknown> }} Report_Calibration_Bins_OfInputs */
/** @typedef {{}} Report_Caption_CalibrationInputs */
/** @typedef {{}} Report_Caption_Cost_ThresholdInputs */
/** @typedef {{}} Report_Caption_GainsInputs */
/** @typedef {{ ks: NonNullable<unknown> }} Report_Caption_KsInputs */
/** @typedef {{}} Report_Caption_LiftInputs */
/** @typedef {{ kept: NonNullable<unknown>, best: NonNullable<unknown> }} Report_Caption_Loss_EpochInputs */
/** @typedef {{ kept: NonNullable<unknown>, best: NonNullable<unknown> }} Report_Caption_Loss_IterationInputs */
/** @typedef {{ ap: NonNullable<unknown> }} Report_Caption_PrInputs */
/** @typedef {{}} Report_Caption_Pr_ThresholdInputs */
/** @typedef {{ auc: NonNullable<unknown>, perClass: NonNullable<unknown> }} Report_Caption_RocInputs */
/** @typedef {{}} Report_Caption_Roc_Per_ClassInputs */
/** @typedef {{}} Report_Captured_By_DecileInputs */
/** @typedef {{}} Report_Caution_DataInputs */
/** @typedef {{}} Report_Caution_RowsInputs */
/** @typedef {{}} Report_Chart_CalibrationInputs */
/** @typedef {{}} Report_Chart_Calibration_ComparedInputs */
/** @typedef {{}} Report_Chart_Cost_ThresholdInputs */
/** @typedef {{ positive: NonNullable<unknown> }} Report_Chart_GainsInputs */
/** @typedef {{}} Report_Chart_Gains_ComparedInputs */
/** @typedef {{}} Report_Chart_ImportanceInputs */
/** @typedef {{}} Report_Chart_KsInputs */
/** @typedef {{}} Report_Chart_LiftInputs */
/** @typedef {{}} Report_Chart_Loss_EpochInputs */
/** @typedef {{}} Report_Chart_Loss_IterationInputs */
/** @typedef {{}} Report_Chart_PrInputs */
/** @typedef {{}} Report_Chart_Pr_ComparedInputs */
/** @typedef {{}} Report_Chart_Pr_ThresholdInputs */
/** @typedef {{}} Report_Chart_RocInputs */
/** @typedef {{}} Report_Chart_Roc_ComparedInputs */
/** @typedef {{}} Report_Chart_Val_Loss_ComparedInputs */
/** @typedef {{}} Report_Class_BalancingInputs */
/** @typedef {{}} Report_Class_Weights_NoteInputs */
/** @typedef {{ count: NonNullable<unknown>, classes: NonNullable<unknown> }} Report_Classes_ListInputs */
/** @typedef {{}} Report_Col_AfterInputs */
/** @typedef {{}} Report_Col_BeforeInputs */
/** @typedef {{}} Report_Col_CapturedInputs */
/** @typedef {{}} Report_Col_ClassInputs */
/** @typedef {{}} Report_Col_ColumnInputs */
/** @typedef {{}} Report_Col_Cum_LiftInputs */
/** @typedef {{}} Report_Col_DecileInputs */
/** @typedef {{}} Report_Col_LiftInputs */
/** @typedef {{}} Report_Col_Mean_PredictedInputs */
/** @typedef {{}} Report_Col_MeaningInputs */
/** @typedef {{}} Report_Col_MetricInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Report_Col_Metric_LostInputs */
/** @typedef {{}} Report_Col_ModelInputs */
/** @typedef {{}} Report_Col_PartInputs */
/** @typedef {{}} Report_Col_Per_RowInputs */
/** @typedef {{ positive: NonNullable<unknown> }} Report_Col_PositiveInputs */
/** @typedef {{}} Report_Col_PrecisionInputs */
/** @typedef {{}} Report_Col_RateInputs */
/** @typedef {{}} Report_Col_RecallInputs */
/** @typedef {{}} Report_Col_RowsInputs */
/** @typedef {{}} Report_Col_ScoresInputs */
/** @typedef {{}} Report_Col_SettingInputs */
/** @typedef {{}} Report_Col_SettingsInputs */
/** @typedef {{}} Report_Col_StdInputs */
/** @typedef {{}} Report_Col_SupportInputs */
/** @typedef {{}} Report_Col_TermInputs */
/** @typedef {{}} Report_Col_TestInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Report_Col_Test_LostInputs */
/** @typedef {{}} Report_Col_TotalInputs */
/** @typedef {{}} Report_Col_Total_CostInputs */
/** @typedef {{}} Report_Col_Train_BeforeInputs */
/** @typedef {{}} Report_Col_TrialInputs */
/** @typedef {{}} Report_Col_ValidationInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Report_Col_Validation_LostInputs */
/** @typedef {{}} Report_Col_WeightInputs */
/** @typedef {{}} Report_ComparableInputs */
/** @typedef {{ letters: NonNullable<unknown> }} Report_Compare_FollowedInputs */
/** @typedef {{ version: NonNullable<unknown>, time: NonNullable<unknown> }} Report_Compare_GeneratedInputs */
/** @typedef {{}} Report_Compare_Metrics_NoteInputs */
/** @typedef {{}} Report_Compare_No_LeakInputs */
/** @typedef {{}} Report_Compare_Provenance_LabelInputs */
/** @typedef {{}} Report_Compare_Settings_LabelInputs */
/** @typedef {{}} Report_Compare_Summary_LabelInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Compare_TitleInputs */
/** @typedef {{}} Report_Compare_WarningsInputs */
/** @typedef {{}} Report_Confusion_CornerInputs */
/** @typedef {{}} Report_Confusion_MatrixInputs */
/** @typedef {{}} Report_Confusion_NoteInputs */
/** @typedef {{ name: NonNullable<unknown> }} Report_Confusion_OfInputs */
/** @typedef {{}} Report_Confusion_TestInputs */
/** @typedef {{ fp: NonNullable<unknown>, fn: NonNullable<unknown> }} Report_Cost_Fp_FnInputs */
/** @typedef {{}} Report_Cost_Of_ErrorsInputs */
/** @typedef {{ perRow: NonNullable<unknown>, validation: NonNullable<unknown> }} Report_Cost_Test_AfterInputs */
/** @typedef {{}} Report_Cost_Test_BeforeInputs */
/** @typedef {{}} Report_Data_NoteInputs */
/** @typedef {{ name: NonNullable<unknown>, rows: NonNullable<unknown> }} Report_Dataset_RowsInputs */
/** @typedef {{ name: NonNullable<unknown>, rows: NonNullable<unknown> }} Report_Dataset_Rows_ParenInputs */
/** @typedef {{}} Report_Decile_TableInputs */
/** @typedef {{ describer: NonNullable<unknown>, model: NonNullable<unknown>, version: NonNullable<unknown> }} Report_Descriptions_ValueInputs */
/** @typedef {{}} Report_Ended_BestInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Ended_BlendInputs */
/** @typedef {{ name: NonNullable<unknown>, status: NonNullable<unknown> }} Report_Err_No_ResultsInputs */
/** @typedef {{}} Report_Err_No_Results_HintInputs */
/** @typedef {{ max: NonNullable<unknown>, count: NonNullable<unknown> }} Report_Err_Run_CountInputs */
/** @typedef {{ max: NonNullable<unknown> }} Report_Err_Run_Count_HintInputs */
/** @typedef {{}} Report_Every_Setting_DiffersInputs */
/** @typedef {{}} Report_Fact_BackendInputs */
/** @typedef {{}} Report_Fact_Best_TrialInputs */
/** @typedef {{}} Report_Fact_Class_BalanceInputs */
/** @typedef {{}} Report_Fact_DatasetInputs */
/** @typedef {{}} Report_Fact_Dataset_FingerprintInputs */
/** @typedef {{}} Report_Fact_DescriptionsInputs */
/** @typedef {{}} Report_Fact_DurationInputs */
/** @typedef {{}} Report_Fact_Ended_WithInputs */
/** @typedef {{}} Report_Fact_FamilyInputs */
/** @typedef {{}} Report_Fact_Faro_VersionInputs */
/** @typedef {{}} Report_Fact_FeaturesInputs */
/** @typedef {{}} Report_Fact_FingerprintInputs */
/** @typedef {{}} Report_Fact_GeneratedInputs */
/** @typedef {{}} Report_Fact_Id_ColumnsInputs */
/** @typedef {{}} Report_Fact_IgnoredInputs */
/** @typedef {{}} Report_Fact_ModelInputs */
/** @typedef {{}} Report_Fact_Model_InputsInputs */
/** @typedef {{}} Report_Fact_Positive_ClassInputs */
/** @typedef {{}} Report_Fact_PredictsInputs */
/** @typedef {{}} Report_Fact_Ranked_ByInputs */
/** @typedef {{}} Report_Fact_RowsInputs */
/** @typedef {{}} Report_Fact_Rows_Left_OutInputs */
/** @typedef {{}} Report_Fact_Rows_Per_PartInputs */
/** @typedef {{}} Report_Fact_RunInputs */
/** @typedef {{}} Report_Fact_Run_IdInputs */
/** @typedef {{}} Report_Fact_SchemaInputs */
/** @typedef {{}} Report_Fact_SearchInputs */
/** @typedef {{}} Report_Fact_SeedInputs */
/** @typedef {{}} Report_Fact_SplitInputs */
/** @typedef {{}} Report_Fact_StatusInputs */
/** @typedef {{}} Report_Fact_StrategyInputs */
/** @typedef {{}} Report_Fact_TargetInputs */
/** @typedef {{}} Report_Fact_ThresholdInputs */
/** @typedef {{}} Report_Fact_Threshold_MethodInputs */
/** @typedef {{}} Report_Fact_Threshold_RuleInputs */
/** @typedef {{}} Report_Fact_TrainedInputs */
/** @typedef {{}} Report_Fact_TrainingInputs */
/** @typedef {{}} Report_Fact_TrialsInputs */
/** @typedef {{}} Report_Fact_WarningsInputs */
/** @typedef {{ columns: NonNullable<unknown>, inputs: NonNullable<unknown> }} Report_Features_ValueInputs */
/** @typedef {{}} Report_Fingerprint_NoteInputs */
/** @typedef {{ version: NonNullable<unknown>, time: NonNullable<unknown> }} Report_FooterInputs */
/** @typedef {{}} Report_Fraction_PositiveInputs */
/** @typedef {{}} Report_Hint_AccuracyInputs */
/** @typedef {{}} Report_Hint_Balanced_AccuracyInputs */
/** @typedef {{}} Report_Hint_F1_MacroInputs */
/** @typedef {{}} Report_Hint_F1_WeightedInputs */
/** @typedef {{}} Report_Hint_GiniInputs */
/** @typedef {{}} Report_Hint_KappaInputs */
/** @typedef {{}} Report_Hint_KsInputs */
/** @typedef {{}} Report_Hint_Lower_BetterInputs */
/** @typedef {{}} Report_Hint_MccInputs */
/** @typedef {{}} Report_Hint_Pr_AucInputs */
/** @typedef {{}} Report_Hint_Roc_AucInputs */
/** @typedef {{}} Report_Identical_SettingsInputs */
/** @typedef {{}} Report_ImportanceInputs */
/** @typedef {{}} Report_Importance_AccuracyInputs */
/** @typedef {{ rows: NonNullable<unknown>, repeats: NonNullable<unknown>, metric: NonNullable<unknown>, baseline: NonNullable<unknown> }} Report_Importance_CaptionInputs */
/** @typedef {{}} Report_Importance_Compared_LabelInputs */
/** @typedef {{ order: NonNullable<unknown> }} Report_Importance_Compared_NoteInputs */
/** @typedef {{}} Report_Importance_MixedInputs */
/** @typedef {{}} Report_Importance_OrderInputs */
/** @typedef {{}} Report_Importance_Test_ValidationInputs */
/** @typedef {{ top: NonNullable<unknown>, count: NonNullable<unknown> }} Report_Importance_TopInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Importance_Validation_HeadingInputs */
/** @typedef {{}} Report_Kept_EpochInputs */
/** @typedef {{}} Report_Kept_IterationInputs */
/** @typedef {{}} Report_Kept_SolverInputs */
/** @typedef {{}} Report_Key_FiguresInputs */
/** @typedef {{}} Report_Kind_BooleanInputs */
/** @typedef {{}} Report_Kind_CategoricalInputs */
/** @typedef {{}} Report_Kind_ConstantInputs */
/** @typedef {{}} Report_Kind_DateInputs */
/** @typedef {{}} Report_Kind_IdInputs */
/** @typedef {{}} Report_Kind_NumericInputs */
/** @typedef {{}} Report_Kind_TextInputs */
/** @typedef {{ score: NonNullable<unknown> }} Report_Ks_AtInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Leak_Title_OneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Leak_Title_OtherInputs */
/** @typedef {{}} Report_Lower_Is_BetterInputs */
/** @typedef {{}} Report_Metric_AccuracyInputs */
/** @typedef {{}} Report_Metric_Balanced_AccuracyInputs */
/** @typedef {{}} Report_Metric_BrierInputs */
/** @typedef {{}} Report_Metric_F1_WeightedInputs */
/** @typedef {{}} Report_Metric_KappaInputs */
/** @typedef {{}} Report_Metric_Log_LossInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Report_Metric_LostInputs */
/** @typedef {{}} Report_Metric_Pr_AucInputs */
/** @typedef {{}} Report_Metric_Precision_MacroInputs */
/** @typedef {{}} Report_Metric_Recall_MacroInputs */
/** @typedef {{}} Report_Metrics_LabelInputs */
/** @typedef {{ test: NonNullable<unknown>, validation: NonNullable<unknown> }} Report_Metrics_Rows_NoteInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Model_Inputs_ValueInputs */
/** @typedef {{}} Report_Model_KeptInputs */
/** @typedef {{}} Report_Model_Not_KeptInputs */
/** @typedef {{ share: NonNullable<unknown> }} Report_Model_NoteInputs */
/** @typedef {{ time: NonNullable<unknown> }} Report_Model_RemovedInputs */
/** @typedef {{}} Report_Model_SearchInputs */
/** @typedef {{}} Report_No_LeakInputs */
/** @typedef {{}} Report_No_TermInputs */
/** @typedef {{}} Report_NoneInputs */
/** @typedef {{}} Report_None_MascInputs */
/** @typedef {{}} Report_None_MulticlassInputs */
/** @typedef {{}} Report_Not_MeasuredInputs */
/** @typedef {{}} Report_NotesInputs */
/** @typedef {{}} Report_Notes_TestInputs */
/** @typedef {{}} Report_Other_WarningsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Page_Title_CompareInputs */
/** @typedef {{ name: NonNullable<unknown> }} Report_Page_Title_RunInputs */
/** @typedef {{}} Report_Per_Class_MetricsInputs */
/** @typedef {{}} Report_Per_Class_TestInputs */
/** @typedef {{}} Report_PositiveInputs */
/** @typedef {{ label: NonNullable<unknown> }} Report_Positive_MinorityInputs */
/** @typedef {{}} Report_Provenance_NoteInputs */
/** @typedef {{ value: NonNullable<unknown> }} Report_QuotedInputs */
/** @typedef {{ metric: NonNullable<unknown>, k: NonNullable<unknown> }} Report_Ranked_By_ValueInputs */
/** @typedef {{}} Report_Ranking_Compared_NoteInputs */
/** @typedef {{ positive: NonNullable<unknown> }} Report_Ranking_NoteInputs */
/** @typedef {{}} Report_RecipeInputs */
/** @typedef {{}} Report_Recipe_BlockInputs */
/** @typedef {{ impute: NonNullable<unknown>, encoding: NonNullable<unknown> }} Report_Recipe_CategoricalInputs */
/** @typedef {{ value: NonNullable<unknown> }} Report_Recipe_ConstantInputs */
/** @typedef {{ name: NonNullable<unknown> }} Report_Recipe_Date_DiffInputs */
/** @typedef {{ parts: NonNullable<unknown> }} Report_Recipe_Date_PartsInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Report_Recipe_DaysInputs */
/** @typedef {{ name: NonNullable<unknown> }} Report_Recipe_DerivedInputs */
/** @typedef {{}} Report_Recipe_Every_TermInputs */
/** @typedef {{}} Report_Recipe_Extra_RowInputs */
/** @typedef {{}} Report_Recipe_Kind_CategoricalInputs */
/** @typedef {{}} Report_Recipe_Kind_DateInputs */
/** @typedef {{}} Report_Recipe_Kind_NumericInputs */
/** @typedef {{}} Report_Recipe_Kind_TextInputs */
/** @typedef {{}} Report_Recipe_Log1pInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Recipe_Max_TermsInputs */
/** @typedef {{}} Report_Recipe_Most_FrequentInputs */
/** @typedef {{}} Report_Recipe_No_PartsInputs */
/** @typedef {{ impute: NonNullable<unknown>, indicator: NonNullable<unknown>, scale: NonNullable<unknown>, log: NonNullable<unknown> }} Report_Recipe_NumericInputs */
/** @typedef {{ max: NonNullable<unknown> }} Report_Recipe_OnehotInputs */
/** @typedef {{}} Report_Recipe_OrdinalInputs */
/** @typedef {{ column: NonNullable<unknown> }} Report_Recipe_OverrideInputs */
/** @typedef {{ level: NonNullable<unknown> }} Report_Recipe_Own_LevelInputs */
/** @typedef {{ kind: NonNullable<unknown> }} Report_Recipe_RowInputs */
/** @typedef {{}} Report_Recipe_SublinearInputs */
/** @typedef {{ min: NonNullable<unknown>, max: NonNullable<unknown>, terms: NonNullable<unknown>, stopWords: NonNullable<unknown>, sublinear: NonNullable<unknown>, norm: NonNullable<unknown> }} Report_Recipe_TextInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Rows_AddedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Rows_No_TargetInputs */
/** @typedef {{ train: NonNullable<unknown>, validation: NonNullable<unknown>, test: NonNullable<unknown> }} Report_Rows_PartsInputs */
/** @typedef {{}} Report_Rows_Per_ClassInputs */
/** @typedef {{ fp: NonNullable<unknown>, fn: NonNullable<unknown> }} Report_Rule_CostInputs */
/** @typedef {{ value: NonNullable<unknown> }} Report_Rule_FixedInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Report_Rule_MaximiseInputs */
/** @typedef {{}} Report_Rule_NoneInputs */
/** @typedef {{ letter: NonNullable<unknown>, name: NonNullable<unknown> }} Report_Run_HeadingInputs */
/** @typedef {{ strategy: NonNullable<unknown>, count: NonNullable<unknown> }} Report_Search_ValueInputs */
/** @typedef {{}} Report_Section_ConfusionInputs */
/** @typedef {{}} Report_Section_CurvesInputs */
/** @typedef {{}} Report_Section_Curves_ComparedInputs */
/** @typedef {{}} Report_Section_DataInputs */
/** @typedef {{}} Report_Section_ImportanceInputs */
/** @typedef {{}} Report_Section_Importance_ComparedInputs */
/** @typedef {{}} Report_Section_MetricsInputs */
/** @typedef {{}} Report_Section_ModelInputs */
/** @typedef {{}} Report_Section_ProvenanceInputs */
/** @typedef {{ positive: NonNullable<unknown> }} Report_Section_RankingInputs */
/** @typedef {{}} Report_Section_Ranking_ComparedInputs */
/** @typedef {{}} Report_Section_SummaryInputs */
/** @typedef {{}} Report_Section_TermsInputs */
/** @typedef {{}} Report_Section_ThresholdInputs */
/** @typedef {{}} Report_Series_CalibrationInputs */
/** @typedef {{}} Report_Series_CostInputs */
/** @typedef {{}} Report_Series_Cum_LiftInputs */
/** @typedef {{}} Report_Series_GainsInputs */
/** @typedef {{}} Report_Series_OthersInputs */
/** @typedef {{}} Report_Series_PrecisionInputs */
/** @typedef {{}} Report_Series_RecallInputs */
/** @typedef {{}} Report_Series_TrainInputs */
/** @typedef {{}} Report_Series_ValidationInputs */
/** @typedef {{}} Report_Settings_DifferInputs */
/** @typedef {{}} Report_Shaded_NoteInputs */
/** @typedef {{ split: NonNullable<unknown>, seed: NonNullable<unknown> }} Report_Split_ValueInputs */
/** @typedef {{}} Report_Status_CancelledInputs */
/** @typedef {{}} Report_Status_DoneInputs */
/** @typedef {{}} Report_Status_FailedInputs */
/** @typedef {{}} Report_Status_InterruptedInputs */
/** @typedef {{}} Report_Status_RunningInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Steps_BoostingInputs */
/** @typedef {{ best: NonNullable<unknown>, count: NonNullable<unknown> }} Report_Steps_EpochInputs */
/** @typedef {{ count: NonNullable<unknown> }} Report_Steps_SolverInputs */
/** @typedef {{}} Report_Stopped_EarlyInputs */
/** @typedef {{ dataset: NonNullable<unknown>, time: NonNullable<unknown>, version: NonNullable<unknown> }} Report_Subtitle_DetailsInputs */
/** @typedef {{}} Report_Terms_GradientInputs */
/** @typedef {{}} Report_Terms_LogisticInputs */
/** @typedef {{ label: NonNullable<unknown> }} Report_Terms_OfInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Report_Test_MetricInputs */
/** @typedef {{}} Report_Test_Metric_ColInputs */
/** @typedef {{}} Report_Threshold_ArgmaxInputs */
/** @typedef {{ fp: NonNullable<unknown>, fn: NonNullable<unknown> }} Report_Threshold_CostInputs */
/** @typedef {{ total: NonNullable<unknown>, perRow: NonNullable<unknown> }} Report_Threshold_Cost_SuffixInputs */
/** @typedef {{}} Report_Threshold_FixedInputs */
/** @typedef {{}} Report_Threshold_LabelInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Report_Threshold_MaximiseInputs */
/** @typedef {{ method: NonNullable<unknown> }} Report_Threshold_MethodInputs */
/** @typedef {{}} Report_Threshold_NoneInputs */
/** @typedef {{ positive: NonNullable<unknown> }} Report_Threshold_OnInputs */
/** @typedef {{ positive: NonNullable<unknown>, threshold: NonNullable<unknown> }} Report_Threshold_Rule_NoteInputs */
/** @typedef {{ positive: NonNullable<unknown> }} Report_Threshold_Sweep_NoteInputs */
/** @typedef {{ name: NonNullable<unknown> }} Report_Title_RunInputs */
/** @typedef {{}} Report_Training_CurveInputs */
/** @typedef {{ method: NonNullable<unknown> }} Report_Training_Part_OnlyInputs */
/** @typedef {{}} Report_Trial_Not_KeptInputs */
/** @typedef {{ count: NonNullable<unknown>, done: NonNullable<unknown> }} Report_Trials_ValueInputs */
/** @typedef {{}} Report_Validation_Metric_ColInputs */
/** @typedef {{}} Route_Compare_MissingInputs */
/** @typedef {{ count: NonNullable<unknown> }} Route_Compare_Some_MissingInputs */
/** @typedef {{}} Route_Dataset_MissingInputs */
/** @typedef {{ hash: NonNullable<unknown> }} Route_No_ScreenInputs */
/** @typedef {{}} Route_Run_MissingInputs */
/** @typedef {{ name: NonNullable<unknown>, status: NonNullable<unknown> }} Route_Run_UnfinishedInputs */
/** @typedef {{}} Runs_ActionsInputs */
/** @typedef {{}} Runs_AfterInputs */
/** @typedef {{ count: NonNullable<unknown> }} Runs_All_ColumnsInputs */
/** @typedef {{}} Runs_All_DatasetsInputs */
/** @typedef {{}} Runs_Back_To_ThresholdInputs */
/** @typedef {{}} Runs_BackendInputs */
/** @typedef {{ caption: NonNullable<unknown>, count: NonNullable<unknown>, before: NonNullable<unknown>, after: NonNullable<unknown> }} Runs_Balance_Caption_OneInputs */
/** @typedef {{ caption: NonNullable<unknown>, count: NonNullable<unknown>, before: NonNullable<unknown>, after: NonNullable<unknown> }} Runs_Balance_Caption_OtherInputs */
/** @typedef {{ counts: NonNullable<unknown> }} Runs_Balance_Chart_LabelInputs */
/** @typedef {{ method: NonNullable<unknown> }} Runs_Balance_HeadingInputs */
/** @typedef {{}} Runs_Balance_LabelInputs */
/** @typedef {{ balance: NonNullable<unknown> }} Runs_Balance_Training_OnlyInputs */
/** @typedef {{}} Runs_BeforeInputs */
/** @typedef {{ epoch: NonNullable<unknown> }} Runs_Best_EpochInputs */
/** @typedef {{ value: NonNullable<unknown> }} Runs_Best_ValueInputs */
/** @typedef {{ trial: NonNullable<unknown> }} Runs_Blend_Balance_CaptionInputs */
/** @typedef {{ trial: NonNullable<unknown> }} Runs_Blend_Curve_CaptionInputs */
/** @typedef {{}} Runs_Blend_ListedInputs */
/** @typedef {{ weight: NonNullable<unknown>, trial: NonNullable<unknown>, model: NonNullable<unknown> }} Runs_Blend_MemberInputs */
/** @typedef {{ count: NonNullable<unknown> }} Runs_Blend_MembersInputs */
/** @typedef {{ count: NonNullable<unknown> }} Runs_Blend_OfInputs */
/** @typedef {{ count: NonNullable<unknown> }} Runs_Boosting_IterationsInputs */
/** @typedef {{}} Runs_Calibration_CaptionInputs */
/** @typedef {{}} Runs_Calibration_LabelInputs */
/** @typedef {{}} Runs_CapturedInputs */
/** @typedef {{ label: NonNullable<unknown> }} Runs_Captured_TitleInputs */
/** @typedef {{}} Runs_ClassInputs */
/** @typedef {{}} Runs_Class_BalanceInputs */
/** @typedef {{ counts: NonNullable<unknown> }} Runs_Class_Weights_NoteInputs */
/** @typedef {{}} Runs_CloseInputs */
/** @typedef {{}} Runs_Col_AccuracyInputs */
/** @typedef {{}} Runs_Col_CreatedInputs */
/** @typedef {{}} Runs_Col_DatasetInputs */
/** @typedef {{}} Runs_Col_Log_LossInputs */
/** @typedef {{}} Runs_Col_Model_TitleInputs */
/** @typedef {{}} Runs_Col_NameInputs */
/** @typedef {{}} Runs_Col_StatusInputs */
/** @typedef {{}} Runs_ColumnInputs */
/** @typedef {{}} Runs_CompareInputs */
/** @typedef {{}} Runs_Compare_Different_DataInputs */
/** @typedef {{}} Runs_Compare_Different_Test_RowsInputs */
/** @typedef {{}} Runs_Compare_Importance_CaptionInputs */
/** @typedef {{}} Runs_Compare_Importance_Caption_RankedInputs */
/** @typedef {{}} Runs_Compare_Importance_LabelInputs */
/** @typedef {{}} Runs_Compare_LabelInputs */
/** @typedef {{}} Runs_Compare_Metrics_LabelInputs */
/** @typedef {{}} Runs_Compare_Report_TitleInputs */
/** @typedef {{}} Runs_Compare_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Runs_ComparingInputs */
/** @typedef {{}} Runs_ConfusionInputs */
/** @typedef {{}} Runs_Confusion_CornerInputs */
/** @typedef {{}} Runs_Confusion_CountsInputs */
/** @typedef {{}} Runs_Cost_AxisInputs */
/** @typedef {{}} Runs_Cost_ChartInputs */
/** @typedef {{ perRow: NonNullable<unknown>, validation: NonNullable<unknown> }} Runs_Cost_Per_RowInputs */
/** @typedef {{}} Runs_Cost_Per_Row_ColInputs */
/** @typedef {{}} Runs_Cost_TestInputs */
/** @typedef {{}} Runs_Cum_LiftInputs */
/** @typedef {{}} Runs_Cum_Lift_TitleInputs */
/** @typedef {{}} Runs_DecileInputs */
/** @typedef {{}} Runs_Decile_AxisInputs */
/** @typedef {{}} Runs_Decile_TableInputs */
/** @typedef {{ label: NonNullable<unknown> }} Runs_Deciles_CaptionInputs */
/** @typedef {{}} Runs_Deciles_LabelInputs */
/** @typedef {{ name: NonNullable<unknown> }} Runs_Delete_ConfirmInputs */
/** @typedef {{ name: NonNullable<unknown> }} Runs_Delete_RunInputs */
/** @typedef {{}} Runs_Download_ModelInputs */
/** @typedef {{}} Runs_Download_Model_TitleInputs */
/** @typedef {{}} Runs_Download_ReportInputs */
/** @typedef {{}} Runs_Download_Report_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Runs_Dropped_Missing_TargetInputs */
/** @typedef {{}} Runs_EmptyInputs */
/** @typedef {{}} Runs_Epoch_Trees_IterationInputs */
/** @typedef {{}} Runs_Export_SelectedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Runs_FeaturesInputs */
/** @typedef {{ count: NonNullable<unknown> }} Runs_Features_First_ModelInputs */
/** @typedef {{}} Runs_Features_HeadingInputs */
/** @typedef {{}} Runs_Filter_DatasetInputs */
/** @typedef {{}} Runs_FlaggedInputs */
/** @typedef {{}} Runs_FprInputs */
/** @typedef {{}} Runs_Fraction_PositiveInputs */
/** @typedef {{}} Runs_Gain_ShareInputs */
/** @typedef {{}} Runs_Gain_TotalInputs */
/** @typedef {{ label: NonNullable<unknown> }} Runs_Gains_LabelInputs */
/** @typedef {{}} Runs_Hint_AccuracyInputs */
/** @typedef {{}} Runs_Hint_Balanced_AccuracyInputs */
/** @typedef {{}} Runs_Hint_F1_MacroInputs */
/** @typedef {{}} Runs_Hint_F1_WeightedInputs */
/** @typedef {{}} Runs_Hint_GiniInputs */
/** @typedef {{}} Runs_Hint_KappaInputs */
/** @typedef {{}} Runs_Hint_KsInputs */
/** @typedef {{}} Runs_Hint_Lower_BetterInputs */
/** @typedef {{}} Runs_Hint_MccInputs */
/** @typedef {{}} Runs_Hint_Pr_AucInputs */
/** @typedef {{}} Runs_Hint_Roc_AucInputs */
/** @typedef {{}} Runs_ImportInputs */
/** @typedef {{}} Runs_Import_LabelInputs */
/** @typedef {{}} Runs_Import_TitleInputs */
/** @typedef {{}} Runs_Importance_Caption_RestInputs */
/** @typedef {{ rows: NonNullable<unknown>, repeats: NonNullable<unknown>, metric: NonNullable<unknown>, baseline: NonNullable<unknown> }} Runs_Importance_Caption_TestInputs */
/** @typedef {{ rows: NonNullable<unknown>, repeats: NonNullable<unknown>, metric: NonNullable<unknown>, baseline: NonNullable<unknown> }} Runs_Importance_Caption_ValidationInputs */
/** @typedef {{}} Runs_Importance_ChartInputs */
/** @typedef {{}} Runs_Importance_HeadingInputs */
/** @typedef {{}} Runs_Importance_LabelInputs */
/** @typedef {{}} Runs_Importance_MixedInputs */
/** @typedef {{}} Runs_Importance_PartInputs */
/** @typedef {{}} Runs_Importance_TableInputs */
/** @typedef {{ count: NonNullable<unknown>, file: NonNullable<unknown> }} Runs_Imported_OneInputs */
/** @typedef {{ count: NonNullable<unknown>, file: NonNullable<unknown>, skipped: NonNullable<unknown> }} Runs_Imported_One_SkippedInputs */
/** @typedef {{ count: NonNullable<unknown>, file: NonNullable<unknown> }} Runs_Imported_OtherInputs */
/** @typedef {{ count: NonNullable<unknown>, file: NonNullable<unknown>, skipped: NonNullable<unknown> }} Runs_Imported_Other_SkippedInputs */
/** @typedef {{ score: NonNullable<unknown> }} Runs_Ks_AtInputs */
/** @typedef {{ ks: NonNullable<unknown> }} Runs_Ks_LabelInputs */
/** @typedef {{}} Runs_Legend_PrecisionInputs */
/** @typedef {{}} Runs_Legend_RecallInputs */
/** @typedef {{}} Runs_Legend_TrainInputs */
/** @typedef {{}} Runs_Legend_ValidationInputs */
/** @typedef {{}} Runs_Lift_LabelInputs */
/** @typedef {{}} Runs_Lift_TitleInputs */
/** @typedef {{}} Runs_Loss_AxisInputs */
/** @typedef {{}} Runs_Loss_Caption_EpochInputs */
/** @typedef {{ best: NonNullable<unknown> }} Runs_Loss_Caption_Epoch_BestInputs */
/** @typedef {{}} Runs_Loss_Caption_IterationInputs */
/** @typedef {{ best: NonNullable<unknown> }} Runs_Loss_Caption_Iteration_BestInputs */
/** @typedef {{ best: NonNullable<unknown> }} Runs_Loss_Caption_Solver_BestInputs */
/** @typedef {{}} Runs_Loss_CurvesInputs */
/** @typedef {{}} Runs_Loss_Curves_LabelInputs */
/** @typedef {{}} Runs_Loss_Label_EpochInputs */
/** @typedef {{}} Runs_Loss_Label_IterationInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Runs_Lost_When_ShuffledInputs */
/** @typedef {{}} Runs_Lower_Is_BetterInputs */
/** @typedef {{}} Runs_Mean_PredictedInputs */
/** @typedef {{}} Runs_MetricInputs */
/** @typedef {{}} Runs_Metric_AccuracyInputs */
/** @typedef {{}} Runs_Metric_Balanced_AccuracyInputs */
/** @typedef {{}} Runs_Metric_BrierInputs */
/** @typedef {{}} Runs_Metric_F1_WeightedInputs */
/** @typedef {{}} Runs_Metric_KappaInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Runs_Metric_LostInputs */
/** @typedef {{}} Runs_Metric_Pr_AucInputs */
/** @typedef {{}} Runs_Metric_Precision_MacroInputs */
/** @typedef {{}} Runs_Metric_Recall_MacroInputs */
/** @typedef {{}} Runs_Metrics_LabelInputs */
/** @typedef {{}} Runs_ModelInputs */
/** @typedef {{}} Runs_Model_RemovedInputs */
/** @typedef {{ date: NonNullable<unknown>, size: NonNullable<unknown> }} Runs_Model_Removed_OnInputs */
/** @typedef {{}} Runs_Model_Removed_ShortInputs */
/** @typedef {{}} Runs_Model_Size_TitleInputs */
/** @typedef {{}} Runs_No_Test_ScoresInputs */
/** @typedef {{}} Runs_Not_MeasuredInputs */
/** @typedef {{}} Runs_On_ValidationInputs */
/** @typedef {{}} Runs_OpenInputs */
/** @typedef {{ name: NonNullable<unknown> }} Runs_Open_RunInputs */
/** @typedef {{}} Runs_OthersInputs */
/** @typedef {{}} Runs_PartInputs */
/** @typedef {{}} Runs_Per_Class_LabelInputs */
/** @typedef {{}} Runs_PositiveInputs */
/** @typedef {{}} Runs_Positive_ClassInputs */
/** @typedef {{ ap: NonNullable<unknown> }} Runs_Pr_CaptionInputs */
/** @typedef {{}} Runs_Pr_CurvesInputs */
/** @typedef {{}} Runs_Pr_Curves_LabelInputs */
/** @typedef {{}} Runs_Pr_LabelInputs */
/** @typedef {{}} Runs_PrecisionInputs */
/** @typedef {{}} Runs_Precision_Recall_AxisInputs */
/** @typedef {{ label: NonNullable<unknown> }} Runs_QuotedInputs */
/** @typedef {{ label: NonNullable<unknown> }} Runs_Ranking_HeadingInputs */
/** @typedef {{}} Runs_RateInputs */
/** @typedef {{}} Runs_Rates_ChartInputs */
/** @typedef {{}} Runs_RecallInputs */
/** @typedef {{}} Runs_RecipeInputs */
/** @typedef {{}} Runs_Recipe_LabelInputs */
/** @typedef {{}} Runs_Remove_ModelInputs */
/** @typedef {{ name: NonNullable<unknown>, size: NonNullable<unknown> }} Runs_Remove_Model_ConfirmInputs */
/** @typedef {{}} Runs_Remove_Model_TitleInputs */
/** @typedef {{}} Runs_Results_LabelInputs */
/** @typedef {{ auc: NonNullable<unknown> }} Runs_Roc_CaptionInputs */
/** @typedef {{}} Runs_Roc_CurvesInputs */
/** @typedef {{}} Runs_Roc_Curves_LabelInputs */
/** @typedef {{}} Runs_Roc_LabelInputs */
/** @typedef {{}} Runs_Row_NormalisedInputs */
/** @typedef {{}} Runs_RowsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Runs_Rows_CountInputs */
/** @typedef {{}} Runs_Run_NameInputs */
/** @typedef {{}} Runs_ScoresInputs */
/** @typedef {{}} Runs_Select_And_StarInputs */
/** @typedef {{ name: NonNullable<unknown> }} Runs_Select_For_ComparisonInputs */
/** @typedef {{ count: NonNullable<unknown> }} Runs_SelectedInputs */
/** @typedef {{}} Runs_SettingInputs */
/** @typedef {{}} Runs_Settings_DifferInputs */
/** @typedef {{}} Runs_Settings_IdenticalInputs */
/** @typedef {{}} Runs_Settings_UsedInputs */
/** @typedef {{ label: NonNullable<unknown> }} Runs_Share_CapturedInputs */
/** @typedef {{}} Runs_Share_Of_ClassInputs */
/** @typedef {{}} Runs_Share_Of_RowsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Runs_Solved_InInputs */
/** @typedef {{}} Runs_SplitInputs */
/** @typedef {{ train: NonNullable<unknown>, validation: NonNullable<unknown>, test: NonNullable<unknown> }} Runs_Split_SizesInputs */
/** @typedef {{ split: NonNullable<unknown>, seed: NonNullable<unknown> }} Runs_Split_SummaryInputs */
/** @typedef {{}} Runs_SplitsInputs */
/** @typedef {{}} Runs_StarInputs */
/** @typedef {{ message: NonNullable<unknown> }} Runs_Status_FailedInputs */
/** @typedef {{}} Runs_StdInputs */
/** @typedef {{}} Runs_Step_EpochInputs */
/** @typedef {{}} Runs_Step_IterationInputs */
/** @typedef {{}} Runs_Step_SolverInputs */
/** @typedef {{}} Runs_Stopped_EarlyInputs */
/** @typedef {{}} Runs_SupportInputs */
/** @typedef {{ label: NonNullable<unknown>, threshold: NonNullable<unknown> }} Runs_Sweep_CaptionInputs */
/** @typedef {{}} Runs_Sweep_HeadingInputs */
/** @typedef {{}} Runs_Sweep_LabelInputs */
/** @typedef {{ threshold: NonNullable<unknown> }} Runs_Sweep_PointInputs */
/** @typedef {{}} Runs_Table_LabelInputs */
/** @typedef {{}} Runs_Terms_GradientInputs */
/** @typedef {{}} Runs_Terms_HeadingInputs */
/** @typedef {{}} Runs_Terms_LabelInputs */
/** @typedef {{}} Runs_Terms_LogisticInputs */
/** @typedef {{}} Runs_Terms_NoneInputs */
/** @typedef {{}} Runs_TestInputs */
/** @typedef {{}} Runs_Test_MetricInputs */
/** @typedef {{}} Runs_Test_PartInputs */
/** @typedef {{}} Runs_ThresholdInputs */
/** @typedef {{ falsePositive: NonNullable<unknown>, falseNegative: NonNullable<unknown> }} Runs_Threshold_CostInputs */
/** @typedef {{}} Runs_Threshold_FixedInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Runs_Threshold_MaximiseInputs */
/** @typedef {{ label: NonNullable<unknown> }} Runs_Threshold_OnInputs */
/** @typedef {{ threshold: NonNullable<unknown>, method: NonNullable<unknown> }} Runs_Threshold_SentenceInputs */
/** @typedef {{}} Runs_TitleInputs */
/** @typedef {{}} Runs_TprInputs */
/** @typedef {{ duration: NonNullable<unknown> }} Runs_Trained_InInputs */
/** @typedef {{}} Runs_Training_LossInputs */
/** @typedef {{}} Runs_Training_PartInputs */
/** @typedef {{}} Runs_Training_RowsInputs */
/** @typedef {{}} Runs_Tree_CaptionInputs */
/** @typedef {{}} Runs_Tree_SummaryInputs */
/** @typedef {{}} Runs_Tree_TableInputs */
/** @typedef {{}} Runs_Trial_Not_KeptInputs */
/** @typedef {{}} Runs_Tried_MetricsInputs */
/** @typedef {{}} Runs_Try_Changes_NothingInputs */
/** @typedef {{}} Runs_Try_ThresholdInputs */
/** @typedef {{ label: NonNullable<unknown> }} Runs_Try_Threshold_LabelInputs */
/** @typedef {{}} Runs_Unknown_ErrorInputs */
/** @typedef {{}} Runs_UnstarInputs */
/** @typedef {{}} Runs_ValidationInputs */
/** @typedef {{}} Runs_Validation_LossInputs */
/** @typedef {{}} Runs_Validation_PartInputs */
/** @typedef {{}} Runs_YoudenInputs */
/** @typedef {{}} Tab_DataInputs */
/** @typedef {{}} Tab_PredictInputs */
/** @typedef {{}} Tab_RunsInputs */
/** @typedef {{}} Tab_TrainInputs */
/** @typedef {{}} Tabs_LabelInputs */
/** @typedef {{}} Train_ActivationInputs */
/** @typedef {{}} Train_BackendInputs */
/** @typedef {{}} Train_Backend_AutoInputs */
/** @typedef {{}} Train_Backend_CpuInputs */
/** @typedef {{}} Train_Backend_TitleInputs */
/** @typedef {{}} Train_BalanceInputs */
/** @typedef {{}} Train_Balance_Auto_OverInputs */
/** @typedef {{}} Train_Balance_Auto_UnderInputs */
/** @typedef {{}} Train_Balance_Borderline_HelpInputs */
/** @typedef {{}} Train_Balance_CaptionInputs */
/** @typedef {{}} Train_Balance_Caption_BorderlineInputs */
/** @typedef {{}} Train_Balance_KInputs */
/** @typedef {{}} Train_Balance_K_TitleInputs */
/** @typedef {{}} Train_Balance_MethodInputs */
/** @typedef {{}} Train_Balance_NoneInputs */
/** @typedef {{}} Train_Balance_None_HelpInputs */
/** @typedef {{}} Train_Balance_OverInputs */
/** @typedef {{}} Train_Balance_Over_HelpInputs */
/** @typedef {{}} Train_Balance_RatioInputs */
/** @typedef {{}} Train_Balance_Ratio_OptionInputs */
/** @typedef {{}} Train_Balance_Smote_HelpInputs */
/** @typedef {{}} Train_Balance_Smote_NcInputs */
/** @typedef {{}} Train_Balance_Smote_Nc_HelpInputs */
/** @typedef {{ smallest: NonNullable<unknown>, largest: NonNullable<unknown> }} Train_Balance_SuggestInputs */
/** @typedef {{}} Train_Balance_TargetInputs */
/** @typedef {{ method: NonNullable<unknown> }} Train_Balance_Text_WarnInputs */
/** @typedef {{}} Train_Balance_UnderInputs */
/** @typedef {{}} Train_Balance_Under_HelpInputs */
/** @typedef {{}} Train_Balance_WeightsInputs */
/** @typedef {{}} Train_Balance_Weights_HelpInputs */
/** @typedef {{}} Train_Batch_SizeInputs */
/** @typedef {{}} Train_BestInputs */
/** @typedef {{}} Train_BinsInputs */
/** @typedef {{}} Train_Bins_TitleInputs */
/** @typedef {{}} Train_BlendInputs */
/** @typedef {{ count: NonNullable<unknown> }} Train_Blend_Of_OneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Train_Blend_Of_OtherInputs */
/** @typedef {{}} Train_Blend_RowInputs */
/** @typedef {{}} Train_Blend_TitleInputs */
/** @typedef {{}} Train_Categorical_MissingInputs */
/** @typedef {{}} Train_CategoriesInputs */
/** @typedef {{}} Train_Choose_TargetInputs */
/** @typedef {{}} Train_ChosenInputs */
/** @typedef {{ metric: NonNullable<unknown> }} Train_Col_CvInputs */
/** @typedef {{}} Train_Col_SettingsInputs */
/** @typedef {{}} Train_Col_StatusInputs */
/** @typedef {{}} Train_Col_TimeInputs */
/** @typedef {{}} Train_Col_TrialInputs */
/** @typedef {{}} Train_ComputeInputs */
/** @typedef {{}} Train_ConstantInputs */
/** @typedef {{}} Train_Cost_FnInputs */
/** @typedef {{ label: NonNullable<unknown> }} Train_Cost_Fn_TitleInputs */
/** @typedef {{}} Train_Cost_FpInputs */
/** @typedef {{ label: NonNullable<unknown> }} Train_Cost_Fp_TitleInputs */
/** @typedef {{}} Train_DerivedInputs */
/** @typedef {{}} Train_Derived_AddInputs */
/** @typedef {{}} Train_Derived_ColumnInputs */
/** @typedef {{}} Train_Derived_ExampleInputs */
/** @typedef {{}} Train_Derived_LeftInputs */
/** @typedef {{}} Train_Derived_OperationInputs */
/** @typedef {{ name: NonNullable<unknown> }} Train_Derived_RemoveInputs */
/** @typedef {{}} Train_Derived_RightInputs */
/** @typedef {{}} Train_DropoutInputs */
/** @typedef {{}} Train_EncodingInputs */
/** @typedef {{}} Train_Encoding_OnehotInputs */
/** @typedef {{}} Train_Encoding_OrdinalInputs */
/** @typedef {{}} Train_EvaluationInputs */
/** @typedef {{}} Train_FamilyInputs */
/** @typedef {{}} Train_Family_GbdtInputs */
/** @typedef {{}} Train_Family_LogisticInputs */
/** @typedef {{}} Train_Family_Logistic_PlainInputs */
/** @typedef {{}} Train_Family_MlpInputs */
/** @typedef {{}} Train_Fill_MissingInputs */
/** @typedef {{}} Train_FoldsInputs */
/** @typedef {{ count: NonNullable<unknown>, dataset: NonNullable<unknown> }} Train_From_Features_OneInputs */
/** @typedef {{ count: NonNullable<unknown>, dataset: NonNullable<unknown> }} Train_From_Features_OtherInputs */
/** @typedef {{}} Train_Hidden_LayersInputs */
/** @typedef {{}} Train_Importance_ValidationInputs */
/** @typedef {{}} Train_Importance_Validation_TitleInputs */
/** @typedef {{}} Train_Impute_ConstantInputs */
/** @typedef {{}} Train_Impute_MeanInputs */
/** @typedef {{}} Train_Impute_MedianInputs */
/** @typedef {{}} Train_Indicator_AlwaysInputs */
/** @typedef {{}} Train_Indicator_AutoInputs */
/** @typedef {{}} Train_Indicator_NeverInputs */
/** @typedef {{}} Train_IntroInputs */
/** @typedef {{}} Train_Lbfgs_Iterations_TitleInputs */
/** @typedef {{}} Train_Lbfgs_L2_TitleInputs */
/** @typedef {{}} Train_LeaderboardInputs */
/** @typedef {{}} Train_Learning_RateInputs */
/** @typedef {{}} Train_LeavesInputs */
/** @typedef {{}} Train_Leaves_TitleInputs */
/** @typedef {{}} Train_Log_ColumnsInputs */
/** @typedef {{}} Train_Max_DepthInputs */
/** @typedef {{}} Train_Max_Depth_TitleInputs */
/** @typedef {{}} Train_Max_EpochsInputs */
/** @typedef {{}} Train_Max_IterationsInputs */
/** @typedef {{}} Train_Metric_Balanced_AccuracyInputs */
/** @typedef {{}} Train_Metric_Log_LossInputs */
/** @typedef {{}} Train_Min_Leaf_RowsInputs */
/** @typedef {{}} Train_MinutesInputs */
/** @typedef {{}} Train_Missing_IndicatorInputs */
/** @typedef {{}} Train_ModelInputs */
/** @typedef {{}} Train_Model_FamiliesInputs */
/** @typedef {{}} Train_Most_Frequent_LevelInputs */
/** @typedef {{}} Train_NgramsInputs */
/** @typedef {{}} Train_Ngrams_PairsInputs */
/** @typedef {{}} Train_Ngrams_WordsInputs */
/** @typedef {{}} Train_No_LimitInputs */
/** @typedef {{}} Train_Not_StartedInputs */
/** @typedef {{}} Train_NumbersInputs */
/** @typedef {{ level: NonNullable<unknown> }} Train_Own_LevelInputs */
/** @typedef {{}} Train_PatienceInputs */
/** @typedef {{}} Train_Patience_TitleInputs */
/** @typedef {{}} Train_PositiveInputs */
/** @typedef {{}} Train_Positive_ClassInputs */
/** @typedef {{}} Train_Positive_MinorityInputs */
/** @typedef {{ target: NonNullable<unknown> }} Train_Predict_TitleInputs */
/** @typedef {{}} Train_Range_Dropout_NoteInputs */
/** @typedef {{}} Train_Range_FromInputs */
/** @typedef {{}} Train_Range_L2_NoteInputs */
/** @typedef {{}} Train_Range_Learning_Rate_NoteInputs */
/** @typedef {{}} Train_Range_ToInputs */
/** @typedef {{}} Train_Range_Tree_L2Inputs */
/** @typedef {{}} Train_Range_Tree_L2_NoteInputs */
/** @typedef {{}} Train_Range_Tree_Learning_RateInputs */
/** @typedef {{}} Train_Range_Tree_Learning_Rate_NoteInputs */
/** @typedef {{}} Train_Rank_ByInputs */
/** @typedef {{}} Train_RecipeInputs */
/** @typedef {{}} Train_ResetInputs */
/** @typedef {{}} Train_Reset_RangesInputs */
/** @typedef {{}} Train_Run_Status_CancelledInputs */
/** @typedef {{}} Train_Run_Status_DoneInputs */
/** @typedef {{}} Train_Run_Status_FailedInputs */
/** @typedef {{}} Train_Run_Status_InterruptedInputs */
/** @typedef {{}} Train_Run_Status_RunningInputs */
/** @typedef {{ rung: NonNullable<unknown> }} Train_RungInputs */
/** @typedef {{}} Train_Scale_MinmaxInputs */
/** @typedef {{}} Train_Scale_NoneInputs */
/** @typedef {{}} Train_Scale_StandardInputs */
/** @typedef {{}} Train_ScalingInputs */
/** @typedef {{ counts: NonNullable<unknown> }} Train_Search_CancelledInputs */
/** @typedef {{ message: NonNullable<unknown> }} Train_Search_FailedInputs */
/** @typedef {{ counts: NonNullable<unknown>, result: NonNullable<unknown> }} Train_Search_FinishedInputs */
/** @typedef {{ k: NonNullable<unknown> }} Train_Search_IntroInputs */
/** @typedef {{ counts: NonNullable<unknown> }} Train_Search_None_SucceededInputs */
/** @typedef {{}} Train_Search_Not_TrainedInputs */
/** @typedef {{ lanes: NonNullable<unknown> }} Train_Search_ParallelInputs */
/** @typedef {{}} Train_Search_ProgressInputs */
/** @typedef {{ count: NonNullable<unknown> }} Train_Search_PrunedInputs */
/** @typedef {{}} Train_Search_RangesInputs */
/** @typedef {{ status: NonNullable<unknown> }} Train_Search_Result_BestInputs */
/** @typedef {{ count: NonNullable<unknown>, status: NonNullable<unknown> }} Train_Search_Result_BlendInputs */
/** @typedef {{ strategy: NonNullable<unknown> }} Train_Search_Run_NameInputs */
/** @typedef {{ count: NonNullable<unknown> }} Train_Search_SkippedInputs */
/** @typedef {{}} Train_Search_StartingInputs */
/** @typedef {{ status: NonNullable<unknown> }} Train_Search_StatusInputs */
/** @typedef {{}} Train_Search_Strategy_HalvingInputs */
/** @typedef {{}} Train_Search_Strategy_RandomInputs */
/** @typedef {{}} Train_Search_Strategy_TpeInputs */
/** @typedef {{ count: NonNullable<unknown> }} Train_Search_SucceededInputs */
/** @typedef {{}} Train_Search_Time_ReachedInputs */
/** @typedef {{}} Train_Search_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Train_Search_Trials_OneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Train_Search_Trials_OtherInputs */
/** @typedef {{}} Train_SearchingInputs */
/** @typedef {{}} Train_SeedInputs */
/** @typedef {{}} Train_Seed_TitleInputs */
/** @typedef {{}} Train_Settings_LabelInputs */
/** @typedef {{}} Train_SolverInputs */
/** @typedef {{}} Train_Solver_AdamInputs */
/** @typedef {{}} Train_Solver_LbfgsInputs */
/** @typedef {{}} Train_Solver_TitleInputs */
/** @typedef {{}} Train_StatusInputs */
/** @typedef {{}} Train_Status_LabelInputs */
/** @typedef {{}} Train_Stop_WordsInputs */
/** @typedef {{}} Train_Stop_Words_BothInputs */
/** @typedef {{}} Train_Stop_Words_EnglishInputs */
/** @typedef {{}} Train_Stop_Words_NoneInputs */
/** @typedef {{}} Train_Stop_Words_SpanishInputs */
/** @typedef {{}} Train_StrategyInputs */
/** @typedef {{}} Train_Strategy_HalvingInputs */
/** @typedef {{}} Train_Strategy_RandomInputs */
/** @typedef {{}} Train_Strategy_TpeInputs */
/** @typedef {{}} Train_Test_ColumnInputs */
/** @typedef {{ column: NonNullable<unknown>, value: NonNullable<unknown> }} Train_Test_NoteInputs */
/** @typedef {{ column: NonNullable<unknown> }} Train_Test_Note_IdInputs */
/** @typedef {{ column: NonNullable<unknown> }} Train_Test_Note_IgnoredInputs */
/** @typedef {{}} Train_Test_PercentInputs */
/** @typedef {{}} Train_Test_Percent_UnusedInputs */
/** @typedef {{}} Train_Test_RowsInputs */
/** @typedef {{}} Train_Test_Rows_ColumnInputs */
/** @typedef {{}} Train_Test_Rows_RandomInputs */
/** @typedef {{}} Train_Test_Rows_TitleInputs */
/** @typedef {{ column: NonNullable<unknown> }} Train_Test_Still_FeatureInputs */
/** @typedef {{}} Train_Test_ValueInputs */
/** @typedef {{}} Train_Test_Value_ChooseInputs */
/** @typedef {{}} Train_Test_Value_PlaceholderInputs */
/** @typedef {{}} Train_Text_TfidfInputs */
/** @typedef {{}} Train_ThresholdInputs */
/** @typedef {{}} Train_Threshold_CostInputs */
/** @typedef {{}} Train_Threshold_F1Inputs */
/** @typedef {{}} Train_Threshold_FixedInputs */
/** @typedef {{}} Train_Threshold_TitleInputs */
/** @typedef {{}} Train_Threshold_ValueInputs */
/** @typedef {{}} Train_Top_LevelsInputs */
/** @typedef {{}} Train_Top_Levels_TitleInputs */
/** @typedef {{}} Train_TrainInputs */
/** @typedef {{}} Train_TrainingInputs */
/** @typedef {{}} Train_Tree_L2_TitleInputs */
/** @typedef {{}} Train_Tree_Learning_Rate_TitleInputs */
/** @typedef {{}} Train_Tree_Patience_TitleInputs */
/** @typedef {{}} Train_Trees_Compute_NoteInputs */
/** @typedef {{}} Train_Trial_Best_SingleInputs */
/** @typedef {{}} Train_Trial_DoneInputs */
/** @typedef {{ message: NonNullable<unknown> }} Train_Trial_FailedInputs */
/** @typedef {{ share: NonNullable<unknown> }} Train_Trial_In_BlendInputs */
/** @typedef {{}} Train_Trial_PrunedInputs */
/** @typedef {{}} Train_Trial_SkippedInputs */
/** @typedef {{}} Train_TrialsInputs */
/** @typedef {{}} Train_Validation_PercentInputs */
/** @typedef {{}} Train_Vocabulary_SizeInputs */
/** @typedef {{}} Welcome_BodyInputs */
/** @typedef {{}} Welcome_StartInputs */
/** @typedef {{}} Welcome_TitleInputs */
import * as __en from "./en.js"
import * as __es from "./es.js"
/**
* | output |
* | --- |
* | "· may be evicted" |
*
* @param {App_EvictableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_evictable = /** @type {((inputs?: App_EvictableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_EvictableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.app_evictable(inputs)
	return __en.app_evictable(inputs)
});
/**
* | output |
* | --- |
* | "· persistent" |
*
* @param {App_PersistentInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_persistent = /** @type {((inputs?: App_PersistentInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_PersistentInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.app_persistent(inputs)
	return __en.app_persistent(inputs)
});
/**
* | output |
* | --- |
* | "Runs entirely in this tab — your data never leaves this machine" |
*
* @param {App_PrivacyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_privacy = /** @type {((inputs?: App_PrivacyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_PrivacyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.app_privacy(inputs)
	return __en.app_privacy(inputs)
});
/**
* | output |
* | --- |
* | "Parsing, training and scoring run in web workers in this tab. Nothing is uploaded." |
*
* @param {App_Privacy_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_privacy_title = /** @type {((inputs?: App_Privacy_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Privacy_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.app_privacy_title(inputs)
	return __en.app_privacy_title(inputs)
});
/**
* | output |
* | --- |
* | "Browser storage" |
*
* @param {App_Storage_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_storage_label = /** @type {((inputs?: App_Storage_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Storage_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.app_storage_label(inputs)
	return __en.app_storage_label(inputs)
});
/**
* | output |
* | --- |
* | "Stored: {used} of {quota}" |
*
* @param {App_StoredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_stored = /** @type {((inputs: App_StoredInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_StoredInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.app_stored(inputs)
	return __en.app_stored(inputs)
});
/**
* | output |
* | --- |
* | "private machine-learning studio" |
*
* @param {App_TaglineInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const app_tagline = /** @type {((inputs?: App_TaglineInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_TaglineInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.app_tagline(inputs)
	return __en.app_tagline(inputs)
});
/**
* | output |
* | --- |
* | "Series" |
*
* @param {Chart_SeriesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const chart_series = /** @type {((inputs?: Chart_SeriesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_SeriesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.chart_series(inputs)
	return __en.chart_series(inputs)
});
/**
* | output |
* | --- |
* | "Values of the chart: {label}" |
*
* @param {Chart_Values_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const chart_values_label = /** @type {((inputs: Chart_Values_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Values_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.chart_values_label(inputs)
	return __en.chart_values_label(inputs)
});
/**
* | output |
* | --- |
* | "Values as a table" |
*
* @param {Chart_Values_SummaryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const chart_values_summary = /** @type {((inputs?: Chart_Values_SummaryInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Values_SummaryInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.chart_values_summary(inputs)
	return __en.chart_values_summary(inputs)
});
/**
* | output |
* | --- |
* | "medium" |
*
* @param {Data_Band_MediumInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_band_medium = /** @type {((inputs?: Data_Band_MediumInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Band_MediumInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_band_medium(inputs)
	return __en.data_band_medium(inputs)
});
/**
* | output |
* | --- |
* | "strong" |
*
* @param {Data_Band_StrongInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_band_strong = /** @type {((inputs?: Data_Band_StrongInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Band_StrongInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_band_strong(inputs)
	return __en.data_band_strong(inputs)
});
/**
* | output |
* | --- |
* | "suspicious" |
*
* @param {Data_Band_SuspiciousInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_band_suspicious = /** @type {((inputs?: Data_Band_SuspiciousInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Band_SuspiciousInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_band_suspicious(inputs)
	return __en.data_band_suspicious(inputs)
});
/**
* | output |
* | --- |
* | "useless" |
*
* @param {Data_Band_UselessInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_band_useless = /** @type {((inputs?: Data_Band_UselessInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Band_UselessInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_band_useless(inputs)
	return __en.data_band_useless(inputs)
});
/**
* | output |
* | --- |
* | "weak" |
*
* @param {Data_Band_WeakInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_band_weak = /** @type {((inputs?: Data_Band_WeakInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Band_WeakInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_band_weak(inputs)
	return __en.data_band_weak(inputs)
});
/**
* | output |
* | --- |
* | "Bin" |
*
* @param {Data_Bins_BinInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_bin = /** @type {((inputs?: Data_Bins_BinInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Bins_BinInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_bins_bin(inputs)
	return __en.data_bins_bin(inputs)
});
/**
* | output |
* | --- |
* | "Weight of Evidence bins of {column}" |
*
* @param {Data_Bins_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_label = /** @type {((inputs: Data_Bins_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Bins_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_bins_label(inputs)
	return __en.data_bins_label(inputs)
});
/**
* | output |
* | --- |
* | "WoE = ln(share of all “{label}” rows in the bin / share of all other rows); above 0 (red): more “{label}” than overall." |
*
* @param {Data_Bins_LegendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_legend = /** @type {((inputs: Data_Bins_LegendInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Bins_LegendInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_bins_legend(inputs)
	return __en.data_bins_legend(inputs)
});
/**
* | output |
* | --- |
* | "(missing)" |
*
* @param {Data_Bins_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_missing = /** @type {((inputs?: Data_Bins_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Bins_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_bins_missing(inputs)
	return __en.data_bins_missing(inputs)
});
/**
* | output |
* | --- |
* | "Rate" |
*
* @param {Data_Bins_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_rate = /** @type {((inputs?: Data_Bins_RateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Bins_RateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_bins_rate(inputs)
	return __en.data_bins_rate(inputs)
});
/**
* | output |
* | --- |
* | "Rows" |
*
* @param {Data_Bins_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_rows = /** @type {((inputs?: Data_Bins_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Bins_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_bins_rows(inputs)
	return __en.data_bins_rows(inputs)
});
/**
* | output |
* | --- |
* | "WoE bar" |
*
* @param {Data_Bins_Woe_BarInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_bins_woe_bar = /** @type {((inputs?: Data_Bins_Woe_BarInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Bins_Woe_BarInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_bins_woe_bar(inputs)
	return __en.data_bins_woe_bar(inputs)
});
/**
* | output |
* | --- |
* | "(blank)" |
*
* @param {Data_BlankInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_blank = /** @type {((inputs?: Data_BlankInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_BlankInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_blank(inputs)
	return __en.data_blank(inputs)
});
/**
* | output |
* | --- |
* | "Column" |
*
* @param {Data_Col_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_col_column = /** @type {((inputs?: Data_Col_ColumnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Col_ColumnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_col_column(inputs)
	return __en.data_col_column(inputs)
});
/**
* | output |
* | --- |
* | "Distinct" |
*
* @param {Data_Col_DistinctInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_col_distinct = /** @type {((inputs?: Data_Col_DistinctInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Col_DistinctInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_col_distinct(inputs)
	return __en.data_col_distinct(inputs)
});
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Data_Col_KindInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_col_kind = /** @type {((inputs?: Data_Col_KindInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Col_KindInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_col_kind(inputs)
	return __en.data_col_kind(inputs)
});
/**
* | output |
* | --- |
* | "Missing" |
*
* @param {Data_Col_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_col_missing = /** @type {((inputs?: Data_Col_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Col_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_col_missing(inputs)
	return __en.data_col_missing(inputs)
});
/**
* | output |
* | --- |
* | "Profile" |
*
* @param {Data_Col_ProfileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_col_profile = /** @type {((inputs?: Data_Col_ProfileInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Col_ProfileInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_col_profile(inputs)
	return __en.data_col_profile(inputs)
});
/**
* | output |
* | --- |
* | "Role" |
*
* @param {Data_Col_RoleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_col_role = /** @type {((inputs?: Data_Col_RoleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Col_RoleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_col_role(inputs)
	return __en.data_col_role(inputs)
});
/**
* | output |
* | --- |
* | "boolean" |
*
* @param {Data_Kind_BooleanInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_boolean = /** @type {((inputs?: Data_Kind_BooleanInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Kind_BooleanInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_kind_boolean(inputs)
	return __en.data_kind_boolean(inputs)
});
/**
* | output |
* | --- |
* | "categorical" |
*
* @param {Data_Kind_CategoricalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_categorical = /** @type {((inputs?: Data_Kind_CategoricalInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Kind_CategoricalInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_kind_categorical(inputs)
	return __en.data_kind_categorical(inputs)
});
/**
* | output |
* | --- |
* | "constant" |
*
* @param {Data_Kind_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_constant = /** @type {((inputs?: Data_Kind_ConstantInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Kind_ConstantInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_kind_constant(inputs)
	return __en.data_kind_constant(inputs)
});
/**
* | output |
* | --- |
* | "date" |
*
* @param {Data_Kind_DateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_date = /** @type {((inputs?: Data_Kind_DateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Kind_DateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_kind_date(inputs)
	return __en.data_kind_date(inputs)
});
/**
* | output |
* | --- |
* | "id" |
*
* @param {Data_Kind_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_id = /** @type {((inputs?: Data_Kind_IdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Kind_IdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_kind_id(inputs)
	return __en.data_kind_id(inputs)
});
/**
* | output |
* | --- |
* | "numeric" |
*
* @param {Data_Kind_NumericInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_numeric = /** @type {((inputs?: Data_Kind_NumericInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Kind_NumericInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_kind_numeric(inputs)
	return __en.data_kind_numeric(inputs)
});
/**
* | output |
* | --- |
* | "text" |
*
* @param {Data_Kind_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_kind_text = /** @type {((inputs?: Data_Kind_TextInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Kind_TextInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_kind_text(inputs)
	return __en.data_kind_text(inputs)
});
/**
* | output |
* | --- |
* | "Delete the dataset “{name}” from this browser? Runs trained on it are kept." |
*
* @param {Data_List_Delete_ConfirmInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_list_delete_confirm = /** @type {((inputs: Data_List_Delete_ConfirmInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_List_Delete_ConfirmInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_list_delete_confirm(inputs)
	return __en.data_list_delete_confirm(inputs)
});
/**
* | output |
* | --- |
* | "Delete dataset {name}" |
*
* @param {Data_List_Delete_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_list_delete_label = /** @type {((inputs: Data_List_Delete_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_List_Delete_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_list_delete_label(inputs)
	return __en.data_list_delete_label(inputs)
});
/**
* | output |
* | --- |
* | "Delete this dataset (runs trained on it are kept)" |
*
* @param {Data_List_Delete_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_list_delete_title = /** @type {((inputs?: Data_List_Delete_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_List_Delete_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_list_delete_title(inputs)
	return __en.data_list_delete_title(inputs)
});
/**
* | output |
* | --- |
* | "{rows} rows · {columns} columns · {size}" |
*
* @param {Data_List_FactsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_list_facts = /** @type {((inputs: Data_List_FactsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_List_FactsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_list_facts(inputs)
	return __en.data_list_facts(inputs)
});
/**
* | output |
* | --- |
* | "Stored datasets" |
*
* @param {Data_List_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_list_label = /** @type {((inputs?: Data_List_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_List_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_list_label(inputs)
	return __en.data_list_label(inputs)
});
/**
* | output |
* | --- |
* | "Datasets in this browser" |
*
* @param {Data_List_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_list_title = /** @type {((inputs?: Data_List_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_List_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_list_title(inputs)
	return __en.data_list_title(inputs)
});
/**
* | output |
* | --- |
* | "choose a file" |
*
* @param {Data_Load_ChooseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_choose = /** @type {((inputs?: Data_Load_ChooseInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Load_ChooseInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_load_choose(inputs)
	return __en.data_load_choose(inputs)
});
/**
* | output |
* | --- |
* | "Drop a CSV here, or" |
*
* @param {Data_Load_DropInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_drop = /** @type {((inputs?: Data_Load_DropInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Load_DropInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_load_drop(inputs)
	return __en.data_load_drop(inputs)
});
/**
* | output |
* | --- |
* | "Comma, semicolon, tab or pipe separated; UTF-8 or Latin-1. It is read in this tab and stored in this browser only." |
*
* @param {Data_Load_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_hint = /** @type {((inputs?: Data_Load_HintInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Load_HintInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_load_hint(inputs)
	return __en.data_load_hint(inputs)
});
/**
* | output |
* | --- |
* | "Load data" |
*
* @param {Data_Load_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_label = /** @type {((inputs?: Data_Load_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Load_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_load_label(inputs)
	return __en.data_load_label(inputs)
});
/**
* | output |
* | --- |
* | "Pad them with blanks" |
*
* @param {Data_Load_Pad_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_pad_rows = /** @type {((inputs?: Data_Load_Pad_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Load_Pad_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_load_pad_rows(inputs)
	return __en.data_load_pad_rows(inputs)
});
/**
* | output |
* | --- |
* | "Reading {name}" |
*
* @param {Data_Load_ReadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_reading = /** @type {((inputs: Data_Load_ReadingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Load_ReadingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_load_reading(inputs)
	return __en.data_load_reading(inputs)
});
/**
* | output |
* | --- |
* | "Or try a built-in sample:" |
*
* @param {Data_Load_SamplesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_samples = /** @type {((inputs?: Data_Load_SamplesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Load_SamplesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_load_samples(inputs)
	return __en.data_load_samples(inputs)
});
/**
* | output |
* | --- |
* | "Samples:" |
*
* @param {Data_Load_Samples_CompactInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_samples_compact = /** @type {((inputs?: Data_Load_Samples_CompactInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Load_Samples_CompactInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_load_samples_compact(inputs)
	return __en.data_load_samples_compact(inputs)
});
/**
* | output |
* | --- |
* | "Skip those rows" |
*
* @param {Data_Load_Skip_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_load_skip_rows = /** @type {((inputs?: Data_Load_Skip_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Load_Skip_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_load_skip_rows(inputs)
	return __en.data_load_skip_rows(inputs)
});
/**
* | output |
* | --- |
* | "Notes on reading the file" |
*
* @param {Data_Notes_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_label = /** @type {((inputs?: Data_Notes_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Notes_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_notes_label(inputs)
	return __en.data_notes_label(inputs)
});
/**
* | output |
* | --- |
* | "{count} short rows were padded with blanks." |
*
* @param {Data_Notes_Padded_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_padded_rows = /** @type {((inputs: Data_Notes_Padded_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Notes_Padded_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_notes_padded_rows(inputs)
	return __en.data_notes_padded_rows(inputs)
});
/**
* | output |
* | --- |
* | "Some header names were blank or repeated and were renamed:" |
*
* @param {Data_Notes_RenamedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_renamed = /** @type {((inputs?: Data_Notes_RenamedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Notes_RenamedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_notes_renamed(inputs)
	return __en.data_notes_renamed(inputs)
});
/**
* | output |
* | --- |
* | "{count} rows with text after a closing quote were skipped." |
*
* @param {Data_Notes_Skipped_Quote_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_skipped_quote_rows = /** @type {((inputs: Data_Notes_Skipped_Quote_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Notes_Skipped_Quote_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_notes_skipped_quote_rows(inputs)
	return __en.data_notes_skipped_quote_rows(inputs)
});
/**
* | output |
* | --- |
* | "{count} rows with the wrong number of fields were skipped." |
*
* @param {Data_Notes_Skipped_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_skipped_rows = /** @type {((inputs: Data_Notes_Skipped_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Notes_Skipped_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_notes_skipped_rows(inputs)
	return __en.data_notes_skipped_rows(inputs)
});
/**
* | output |
* | --- |
* | "); read as written, quote included." |
*
* @param {Data_Notes_Stray_Quotes_EndInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_stray_quotes_end = /** @type {((inputs?: Data_Notes_Stray_Quotes_EndInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Notes_Stray_Quotes_EndInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_notes_stray_quotes_end(inputs)
	return __en.data_notes_stray_quotes_end(inputs)
});
/**
* | output |
* | --- |
* | "{count} value holds a double quote inside an unquoted value (first on line {line}, column" |
*
* @param {Data_Notes_Stray_Quotes_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_stray_quotes_one = /** @type {((inputs: Data_Notes_Stray_Quotes_OneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Notes_Stray_Quotes_OneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_notes_stray_quotes_one(inputs)
	return __en.data_notes_stray_quotes_one(inputs)
});
/**
* | output |
* | --- |
* | "{count} values hold a double quote inside an unquoted value (first on line {line}, column" |
*
* @param {Data_Notes_Stray_Quotes_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_notes_stray_quotes_other = /** @type {((inputs: Data_Notes_Stray_Quotes_OtherInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Notes_Stray_Quotes_OtherInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_notes_stray_quotes_other(inputs)
	return __en.data_notes_stray_quotes_other(inputs)
});
/**
* | output |
* | --- |
* | "Preview" |
*
* @param {Data_Preview_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_preview_label = /** @type {((inputs?: Data_Preview_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Preview_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_preview_label(inputs)
	return __en.data_preview_label(inputs)
});
/**
* | output |
* | --- |
* | "Preview rows, scrollable" |
*
* @param {Data_Preview_ScrollInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_preview_scroll = /** @type {((inputs?: Data_Preview_ScrollInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Preview_ScrollInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_preview_scroll(inputs)
	return __en.data_preview_scroll(inputs)
});
/**
* | output |
* | --- |
* | "Data preview" |
*
* @param {Data_Preview_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_preview_table = /** @type {((inputs?: Data_Preview_TableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Preview_TableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_preview_table(inputs)
	return __en.data_preview_table(inputs)
});
/**
* | output |
* | --- |
* | "First {count} rows" |
*
* @param {Data_Preview_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_preview_title = /** @type {((inputs: Data_Preview_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Preview_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_preview_title(inputs)
	return __en.data_preview_title(inputs)
});
/**
* | output |
* | --- |
* | "· {count} columns" |
*
* @param {Data_Profile_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_count = /** @type {((inputs: Data_Profile_CountInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Profile_CountInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_profile_count(inputs)
	return __en.data_profile_count(inputs)
});
/**
* | output |
* | --- |
* | "inferred: {kind}" |
*
* @param {Data_Profile_InferredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_inferred = /** @type {((inputs: Data_Profile_InferredInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Profile_InferredInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_profile_inferred(inputs)
	return __en.data_profile_inferred(inputs)
});
/**
* | output |
* | --- |
* | "Kind of {name}" |
*
* @param {Data_Profile_Kind_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_kind_of = /** @type {((inputs: Data_Profile_Kind_OfInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Profile_Kind_OfInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_profile_kind_of(inputs)
	return __en.data_profile_kind_of(inputs)
});
/**
* | output |
* | --- |
* | "Columns" |
*
* @param {Data_Profile_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_label = /** @type {((inputs?: Data_Profile_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Profile_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_profile_label(inputs)
	return __en.data_profile_label(inputs)
});
/**
* | output |
* | --- |
* | "Role of {name}" |
*
* @param {Data_Profile_Role_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_role_of = /** @type {((inputs: Data_Profile_Role_OfInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Profile_Role_OfInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_profile_role_of(inputs)
	return __en.data_profile_role_of(inputs)
});
/**
* | output |
* | --- |
* | "Column profile" |
*
* @param {Data_Profile_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_table = /** @type {((inputs?: Data_Profile_TableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Profile_TableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_profile_table(inputs)
	return __en.data_profile_table(inputs)
});
/**
* | output |
* | --- |
* | "Columns" |
*
* @param {Data_Profile_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_title = /** @type {((inputs?: Data_Profile_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Profile_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_profile_title(inputs)
	return __en.data_profile_title(inputs)
});
/**
* | output |
* | --- |
* | ", {count} warning" |
*
* @param {Data_Profile_Warnings_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_warnings_one = /** @type {((inputs: Data_Profile_Warnings_OneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Profile_Warnings_OneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_profile_warnings_one(inputs)
	return __en.data_profile_warnings_one(inputs)
});
/**
* | output |
* | --- |
* | ", {count} warnings" |
*
* @param {Data_Profile_Warnings_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_profile_warnings_other = /** @type {((inputs: Data_Profile_Warnings_OtherInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Profile_Warnings_OtherInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_profile_warnings_other(inputs)
	return __en.data_profile_warnings_other(inputs)
});
/**
* | output |
* | --- |
* | "feature" |
*
* @param {Data_Role_FeatureInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_role_feature = /** @type {((inputs?: Data_Role_FeatureInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Role_FeatureInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_role_feature(inputs)
	return __en.data_role_feature(inputs)
});
/**
* | output |
* | --- |
* | "id" |
*
* @param {Data_Role_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_role_id = /** @type {((inputs?: Data_Role_IdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Role_IdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_role_id(inputs)
	return __en.data_role_id(inputs)
});
/**
* | output |
* | --- |
* | "ignore" |
*
* @param {Data_Role_IgnoreInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_role_ignore = /** @type {((inputs?: Data_Role_IgnoreInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Role_IgnoreInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_role_ignore(inputs)
	return __en.data_role_ignore(inputs)
});
/**
* | output |
* | --- |
* | "target" |
*
* @param {Data_Role_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_role_target = /** @type {((inputs?: Data_Role_TargetInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Role_TargetInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_role_target(inputs)
	return __en.data_role_target(inputs)
});
/**
* | output |
* | --- |
* | "{count} passages · {novels} novels" |
*
* @param {Data_Sample_Austen_DetailInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sample_austen_detail = /** @type {((inputs: Data_Sample_Austen_DetailInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Sample_Austen_DetailInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_sample_austen_detail(inputs)
	return __en.data_sample_austen_detail(inputs)
});
/**
* | output |
* | --- |
* | "Austen passages" |
*
* @param {Data_Sample_Austen_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sample_austen_title = /** @type {((inputs?: Data_Sample_Austen_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Sample_Austen_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_sample_austen_title(inputs)
	return __en.data_sample_austen_title(inputs)
});
/**
* | output |
* | --- |
* | "{count} applicants · target Risk" |
*
* @param {Data_Sample_German_DetailInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sample_german_detail = /** @type {((inputs: Data_Sample_German_DetailInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Sample_German_DetailInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_sample_german_detail(inputs)
	return __en.data_sample_german_detail(inputs)
});
/**
* | output |
* | --- |
* | "German credit risk" |
*
* @param {Data_Sample_German_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sample_german_title = /** @type {((inputs?: Data_Sample_German_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Sample_German_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_sample_german_title(inputs)
	return __en.data_sample_german_title(inputs)
});
/**
* | output |
* | --- |
* | "comma-separated" |
*
* @param {Data_Sep_CommaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sep_comma = /** @type {((inputs?: Data_Sep_CommaInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Sep_CommaInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_sep_comma(inputs)
	return __en.data_sep_comma(inputs)
});
/**
* | output |
* | --- |
* | "{delimiter}-separated" |
*
* @param {Data_Sep_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sep_other = /** @type {((inputs: Data_Sep_OtherInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Sep_OtherInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_sep_other(inputs)
	return __en.data_sep_other(inputs)
});
/**
* | output |
* | --- |
* | "pipe-separated" |
*
* @param {Data_Sep_PipeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sep_pipe = /** @type {((inputs?: Data_Sep_PipeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Sep_PipeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_sep_pipe(inputs)
	return __en.data_sep_pipe(inputs)
});
/**
* | output |
* | --- |
* | "semicolon-separated" |
*
* @param {Data_Sep_SemicolonInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sep_semicolon = /** @type {((inputs?: Data_Sep_SemicolonInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Sep_SemicolonInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_sep_semicolon(inputs)
	return __en.data_sep_semicolon(inputs)
});
/**
* | output |
* | --- |
* | "tab-separated" |
*
* @param {Data_Sep_TabInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_sep_tab = /** @type {((inputs?: Data_Sep_TabInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Sep_TabInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_sep_tab(inputs)
	return __en.data_sep_tab(inputs)
});
/**
* | output |
* | --- |
* | "Set up training →" |
*
* @param {Data_Set_Up_TrainingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_set_up_training = /** @type {((inputs?: Data_Set_Up_TrainingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Set_Up_TrainingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_set_up_training(inputs)
	return __en.data_set_up_training(inputs)
});
/**
* | output |
* | --- |
* | "· against {target}" |
*
* @param {Data_Signal_AgainstInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_against = /** @type {((inputs: Data_Signal_AgainstInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_AgainstInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_against(inputs)
	return __en.data_signal_against(inputs)
});
/**
* | output |
* | --- |
* | "Bins of {column}" |
*
* @param {Data_Signal_Bins_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_bins_of = /** @type {((inputs: Data_Signal_Bins_OfInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Bins_OfInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_bins_of(inputs)
	return __en.data_signal_bins_of(inputs)
});
/**
* | output |
* | --- |
* | "{measure} {value} ≥ {at}" |
*
* @param {Data_Signal_Check_GeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_check_ge = /** @type {((inputs: Data_Signal_Check_GeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Check_GeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_check_ge(inputs)
	return __en.data_signal_check_ge(inputs)
});
/**
* | output |
* | --- |
* | "{measure} {value} > {at}" |
*
* @param {Data_Signal_Check_GtInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_check_gt = /** @type {((inputs: Data_Signal_Check_GtInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Check_GtInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_check_gt(inputs)
	return __en.data_signal_check_gt(inputs)
});
/**
* | output |
* | --- |
* | "{measure} {value} < {at}" |
*
* @param {Data_Signal_Check_LtInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_check_lt = /** @type {((inputs: Data_Signal_Check_LtInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Check_LtInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_check_lt(inputs)
	return __en.data_signal_check_lt(inputs)
});
/**
* | output |
* | --- |
* | "{measure} undefined" |
*
* @param {Data_Signal_Check_UndefinedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_check_undefined = /** @type {((inputs: Data_Signal_Check_UndefinedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Check_UndefinedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_check_undefined(inputs)
	return __en.data_signal_check_undefined(inputs)
});
/**
* | output |
* | --- |
* | "Flag" |
*
* @param {Data_Signal_Col_FlagInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_col_flag = /** @type {((inputs?: Data_Signal_Col_FlagInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Col_FlagInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_col_flag(inputs)
	return __en.data_signal_col_flag(inputs)
});
/**
* | output |
* | --- |
* | "Measure" |
*
* @param {Data_Signal_Col_MeasureInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_col_measure = /** @type {((inputs?: Data_Signal_Col_MeasureInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Col_MeasureInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_col_measure(inputs)
	return __en.data_signal_col_measure(inputs)
});
/**
* | output |
* | --- |
* | "IV · band" |
*
* @param {Data_Signal_Col_StrengthInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_col_strength = /** @type {((inputs?: Data_Signal_Col_StrengthInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Col_StrengthInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_col_strength(inputs)
	return __en.data_signal_col_strength(inputs)
});
/**
* | output |
* | --- |
* | "Value" |
*
* @param {Data_Signal_Col_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_col_value = /** @type {((inputs?: Data_Signal_Col_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Col_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_col_value(inputs)
	return __en.data_signal_col_value(inputs)
});
/**
* | output |
* | --- |
* | "Cramér’s V" |
*
* @param {Data_Signal_Cramers_VInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_cramers_v = /** @type {((inputs?: Data_Signal_Cramers_VInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Cramers_VInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_cramers_v(inputs)
	return __en.data_signal_cramers_v(inputs)
});
/**
* | output |
* | --- |
* | "earlier → more {label}" |
*
* @param {Data_Signal_EarlierInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_earlier = /** @type {((inputs: Data_Signal_EarlierInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_EarlierInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_earlier(inputs)
	return __en.data_signal_earlier(inputs)
});
/**
* | output |
* | --- |
* | "⚠ suspiciously strong — possible leak" |
*
* @param {Data_Signal_Flag_LeakInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_flag_leak = /** @type {((inputs?: Data_Signal_Flag_LeakInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Flag_LeakInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_flag_leak(inputs)
	return __en.data_signal_flag_leak(inputs)
});
/**
* | output |
* | --- |
* | "no signal" |
*
* @param {Data_Signal_Flag_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_flag_none = /** @type {((inputs?: Data_Signal_Flag_NoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Flag_NoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_flag_none(inputs)
	return __en.data_signal_flag_none(inputs)
});
/**
* | output |
* | --- |
* | "higher → more {label}" |
*
* @param {Data_Signal_HigherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_higher = /** @type {((inputs: Data_Signal_HigherInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_HigherInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_higher(inputs)
	return __en.data_signal_higher(inputs)
});
/**
* | output |
* | --- |
* | "How these are computed" |
*
* @param {Data_Signal_HowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_how = /** @type {((inputs?: Data_Signal_HowInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_HowInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_how(inputs)
	return __en.data_signal_how(inputs)
});
/**
* | output |
* | --- |
* | "Numeric columns, two classes: ROC AUC of the raw value (rows with a value), shown as max(AUC, 1 − AUC) with its direction. Categorical columns, and numeric o..." |
*
* @param {Data_Signal_How_BodyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_how_body = /** @type {((inputs?: Data_Signal_How_BodyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_How_BodyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_how_body(inputs)
	return __en.data_signal_how_body(inputs)
});
/**
* | output |
* | --- |
* | "Strongest first by Information Value;" |
*
* @param {Data_Signal_Intro_By_IvInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_intro_by_iv = /** @type {((inputs?: Data_Signal_Intro_By_IvInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Intro_By_IvInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_intro_by_iv(inputs)
	return __en.data_signal_intro_by_iv(inputs)
});
/**
* | output |
* | --- |
* | "Strongest first by Cramér's V;" |
*
* @param {Data_Signal_Intro_By_VInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_intro_by_v = /** @type {((inputs?: Data_Signal_Intro_By_VInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Intro_By_VInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_intro_by_v(inputs)
	return __en.data_signal_intro_by_v(inputs)
});
/**
* | output |
* | --- |
* | "({count} without a target left out)" |
*
* @param {Data_Signal_Intro_DroppedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_intro_dropped = /** @type {((inputs: Data_Signal_Intro_DroppedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Intro_DroppedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_intro_dropped(inputs)
	return __en.data_signal_intro_dropped(inputs)
});
/**
* | output |
* | --- |
* | "open a row for its Weight of Evidence bins." |
*
* @param {Data_Signal_Intro_OpenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_intro_open = /** @type {((inputs?: Data_Signal_Intro_OpenInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Intro_OpenInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_intro_open(inputs)
	return __en.data_signal_intro_open(inputs)
});
/**
* | output |
* | --- |
* | "How well each column alone tells the classes apart, over {rows} rows" |
*
* @param {Data_Signal_Intro_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_intro_rows = /** @type {((inputs: Data_Signal_Intro_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Intro_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_intro_rows(inputs)
	return __en.data_signal_intro_rows(inputs)
});
/**
* | output |
* | --- |
* | "IV needs a two-class target." |
*
* @param {Data_Signal_Iv_Needs_BinaryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_iv_needs_binary = /** @type {((inputs?: Data_Signal_Iv_Needs_BinaryInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Iv_Needs_BinaryInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_iv_needs_binary(inputs)
	return __en.data_signal_iv_needs_binary(inputs)
});
/**
* | output |
* | --- |
* | "Information Value" |
*
* @param {Data_Signal_Iv_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_iv_title = /** @type {((inputs?: Data_Signal_Iv_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Iv_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_iv_title(inputs)
	return __en.data_signal_iv_title(inputs)
});
/**
* | output |
* | --- |
* | "IV needs a two-class target" |
*
* @param {Data_Signal_Iv_Title_NeedsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_iv_title_needs = /** @type {((inputs?: Data_Signal_Iv_Title_NeedsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Iv_Title_NeedsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_iv_title_needs(inputs)
	return __en.data_signal_iv_title_needs(inputs)
});
/**
* | output |
* | --- |
* | "later → more {label}" |
*
* @param {Data_Signal_LaterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_later = /** @type {((inputs: Data_Signal_LaterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_LaterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_later(inputs)
	return __en.data_signal_later(inputs)
});
/**
* | output |
* | --- |
* | "lower → more {label}" |
*
* @param {Data_Signal_LowerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_lower = /** @type {((inputs: Data_Signal_LowerInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_LowerInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_lower(inputs)
	return __en.data_signal_lower(inputs)
});
/**
* | output |
* | --- |
* | "Not screened:" |
*
* @param {Data_Signal_Not_ScreenedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_not_screened = /** @type {((inputs?: Data_Signal_Not_ScreenedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Not_ScreenedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_not_screened(inputs)
	return __en.data_signal_not_screened(inputs)
});
/**
* | output |
* | --- |
* | "{levels} levels for {rows} rows: so many small groups overstate V and IV." |
*
* @param {Data_Signal_Note_Many_LevelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_note_many_levels = /** @type {((inputs: Data_Signal_Note_Many_LevelsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Note_Many_LevelsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_note_many_levels(inputs)
	return __en.data_signal_note_many_levels(inputs)
});
/**
* | output |
* | --- |
* | "One value where present: only whether it is missing is measured." |
*
* @param {Data_Signal_Note_One_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_note_one_value = /** @type {((inputs?: Data_Signal_Note_One_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Note_One_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_note_one_value(inputs)
	return __en.data_signal_note_one_value(inputs)
});
/**
* | output |
* | --- |
* | "Screening “{column}”" |
*
* @param {Data_Signal_Phase_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_phase_column = /** @type {((inputs: Data_Signal_Phase_ColumnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Phase_ColumnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_phase_column(inputs)
	return __en.data_signal_phase_column(inputs)
});
/**
* | output |
* | --- |
* | "Done" |
*
* @param {Data_Signal_Phase_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_phase_done = /** @type {((inputs?: Data_Signal_Phase_DoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Phase_DoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_phase_done(inputs)
	return __en.data_signal_phase_done(inputs)
});
/**
* | output |
* | --- |
* | ", positive class “{label}”" |
*
* @param {Data_Signal_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_positive = /** @type {((inputs: Data_Signal_PositiveInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_PositiveInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_positive(inputs)
	return __en.data_signal_positive(inputs)
});
/**
* | output |
* | --- |
* | "Screening columns" |
*
* @param {Data_Signal_ScreeningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_screening = /** @type {((inputs?: Data_Signal_ScreeningInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_ScreeningInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_screening(inputs)
	return __en.data_signal_screening(inputs)
});
/**
* | output |
* | --- |
* | "Signal per column, scrollable" |
*
* @param {Data_Signal_ScrollInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_scroll = /** @type {((inputs?: Data_Signal_ScrollInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_ScrollInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_scroll(inputs)
	return __en.data_signal_scroll(inputs)
});
/**
* | output |
* | --- |
* | "all missing in the rows with a target" |
*
* @param {Data_Signal_Skip_All_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_skip_all_missing = /** @type {((inputs?: Data_Signal_Skip_All_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Skip_All_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_skip_all_missing(inputs)
	return __en.data_signal_skip_all_missing(inputs)
});
/**
* | output |
* | --- |
* | "constant: the same value in every row" |
*
* @param {Data_Signal_Skip_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_skip_constant = /** @type {((inputs?: Data_Signal_Skip_ConstantInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Skip_ConstantInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_skip_constant(inputs)
	return __en.data_signal_skip_constant(inputs)
});
/**
* | output |
* | --- |
* | "id column: a row key, not screened" |
*
* @param {Data_Signal_Skip_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_skip_id = /** @type {((inputs?: Data_Signal_Skip_IdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Skip_IdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_skip_id(inputs)
	return __en.data_signal_skip_id(inputs)
});
/**
* | output |
* | --- |
* | "text: not screened" |
*
* @param {Data_Signal_Skip_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_skip_text = /** @type {((inputs?: Data_Signal_Skip_TextInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_Skip_TextInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_skip_text(inputs)
	return __en.data_signal_skip_text(inputs)
});
/**
* | output |
* | --- |
* | "Signal per column" |
*
* @param {Data_Signal_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_signal_title = /** @type {((inputs?: Data_Signal_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Signal_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_signal_title(inputs)
	return __en.data_signal_title(inputs)
});
/**
* | output |
* | --- |
* | "max {value}" |
*
* @param {Data_Stat_MaxInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_stat_max = /** @type {((inputs: Data_Stat_MaxInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Stat_MaxInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_stat_max(inputs)
	return __en.data_stat_max(inputs)
});
/**
* | output |
* | --- |
* | "mean {value}" |
*
* @param {Data_Stat_MeanInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_stat_mean = /** @type {((inputs: Data_Stat_MeanInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Stat_MeanInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_stat_mean(inputs)
	return __en.data_stat_mean(inputs)
});
/**
* | output |
* | --- |
* | "median {value}" |
*
* @param {Data_Stat_MedianInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_stat_median = /** @type {((inputs: Data_Stat_MedianInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Stat_MedianInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_stat_median(inputs)
	return __en.data_stat_median(inputs)
});
/**
* | output |
* | --- |
* | "min {value}" |
*
* @param {Data_Stat_MinInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_stat_min = /** @type {((inputs: Data_Stat_MinInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Stat_MinInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_stat_min(inputs)
	return __en.data_stat_min(inputs)
});
/**
* | output |
* | --- |
* | "q1–q3 {low}–{high}" |
*
* @param {Data_Stat_QuartilesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_stat_quartiles = /** @type {((inputs: Data_Stat_QuartilesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Stat_QuartilesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_stat_quartiles(inputs)
	return __en.data_stat_quartiles(inputs)
});
/**
* | output |
* | --- |
* | "std {value}" |
*
* @param {Data_Stat_StdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_stat_std = /** @type {((inputs: Data_Stat_StdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Stat_StdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_stat_std(inputs)
	return __en.data_stat_std(inputs)
});
/**
* | output |
* | --- |
* | "…and more" |
*
* @param {Data_Summary_And_MoreInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_and_more = /** @type {((inputs?: Data_Summary_And_MoreInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_And_MoreInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_and_more(inputs)
	return __en.data_summary_and_more(inputs)
});
/**
* | output |
* | --- |
* | "columns" |
*
* @param {Data_Summary_ColumnsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_columns = /** @type {((inputs?: Data_Summary_ColumnsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_ColumnsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_columns(inputs)
	return __en.data_summary_columns(inputs)
});
/**
* | output |
* | --- |
* | "decimal comma" |
*
* @param {Data_Summary_Decimal_CommaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_decimal_comma = /** @type {((inputs?: Data_Summary_Decimal_CommaInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_Decimal_CommaInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_decimal_comma(inputs)
	return __en.data_summary_decimal_comma(inputs)
});
/**
* | output |
* | --- |
* | "Most frequent values of {name}" |
*
* @param {Data_Summary_FrequentInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_frequent = /** @type {((inputs: Data_Summary_FrequentInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_FrequentInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_frequent(inputs)
	return __en.data_summary_frequent(inputs)
});
/**
* | output |
* | --- |
* | "from {date}" |
*
* @param {Data_Summary_FromInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_from = /** @type {((inputs: Data_Summary_FromInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_FromInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_from(inputs)
	return __en.data_summary_from(inputs)
});
/**
* | output |
* | --- |
* | "Histogram of {name}" |
*
* @param {Data_Summary_HistogramInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_histogram = /** @type {((inputs: Data_Summary_HistogramInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_HistogramInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_histogram(inputs)
	return __en.data_summary_histogram(inputs)
});
/**
* | output |
* | --- |
* | "Dataset summary" |
*
* @param {Data_Summary_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_label = /** @type {((inputs?: Data_Summary_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_label(inputs)
	return __en.data_summary_label(inputs)
});
/**
* | output |
* | --- |
* | "length {min}–{max} chars, mean {mean}" |
*
* @param {Data_Summary_LengthInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_length = /** @type {((inputs: Data_Summary_LengthInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_LengthInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_length(inputs)
	return __en.data_summary_length(inputs)
});
/**
* | output |
* | --- |
* | "Length (characters)" |
*
* @param {Data_Summary_Length_CharsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_length_chars = /** @type {((inputs?: Data_Summary_Length_CharsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_Length_CharsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_length_chars(inputs)
	return __en.data_summary_length_chars(inputs)
});
/**
* | output |
* | --- |
* | "Length distribution of {name}" |
*
* @param {Data_Summary_Length_DistributionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_length_distribution = /** @type {((inputs: Data_Summary_Length_DistributionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_Length_DistributionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_length_distribution(inputs)
	return __en.data_summary_length_distribution(inputs)
});
/**
* | output |
* | --- |
* | "{newline} line ends" |
*
* @param {Data_Summary_Line_EndsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_line_ends = /** @type {((inputs: Data_Summary_Line_EndsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_Line_EndsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_line_ends(inputs)
	return __en.data_summary_line_ends(inputs)
});
/**
* | output |
* | --- |
* | "read in {duration}" |
*
* @param {Data_Summary_Read_InInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_read_in = /** @type {((inputs: Data_Summary_Read_InInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_Read_InInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_read_in(inputs)
	return __en.data_summary_read_in(inputs)
});
/**
* | output |
* | --- |
* | "rows" |
*
* @param {Data_Summary_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_rows = /** @type {((inputs?: Data_Summary_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_rows(inputs)
	return __en.data_summary_rows(inputs)
});
/**
* | output |
* | --- |
* | "Rows" |
*
* @param {Data_Summary_Rows_ColInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_rows_col = /** @type {((inputs?: Data_Summary_Rows_ColInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_Rows_ColInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_rows_col(inputs)
	return __en.data_summary_rows_col(inputs)
});
/**
* | output |
* | --- |
* | "to {date}" |
*
* @param {Data_Summary_ToInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_to = /** @type {((inputs: Data_Summary_ToInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_ToInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_to(inputs)
	return __en.data_summary_to(inputs)
});
/**
* | output |
* | --- |
* | "Top terms of {name}" |
*
* @param {Data_Summary_Top_TermsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_top_terms = /** @type {((inputs: Data_Summary_Top_TermsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_Top_TermsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_top_terms(inputs)
	return __en.data_summary_top_terms(inputs)
});
/**
* | output |
* | --- |
* | "Values" |
*
* @param {Data_Summary_ValuesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_summary_values = /** @type {((inputs?: Data_Summary_ValuesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Summary_ValuesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_summary_values(inputs)
	return __en.data_summary_values(inputs)
});
/**
* | output |
* | --- |
* | "Class balance of {name}: {classes}" |
*
* @param {Data_Target_BalanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_balance = /** @type {((inputs: Data_Target_BalanceInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Target_BalanceInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_target_balance(inputs)
	return __en.data_target_balance(inputs)
});
/**
* | output |
* | --- |
* | "— choose the target —" |
*
* @param {Data_Target_ChooseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_choose = /** @type {((inputs?: Data_Target_ChooseInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Target_ChooseInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_target_choose(inputs)
	return __en.data_target_choose(inputs)
});
/**
* | output |
* | --- |
* | "Pick the column whose value the model should predict." |
*
* @param {Data_Target_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_hint = /** @type {((inputs?: Data_Target_HintInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Target_HintInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_target_hint(inputs)
	return __en.data_target_hint(inputs)
});
/**
* | output |
* | --- |
* | "The smallest class is under a third of the largest: consider balancing in the training settings." |
*
* @param {Data_Target_ImbalancedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_imbalanced = /** @type {((inputs?: Data_Target_ImbalancedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Target_ImbalancedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_target_imbalanced(inputs)
	return __en.data_target_imbalanced(inputs)
});
/**
* | output |
* | --- |
* | "Target" |
*
* @param {Data_Target_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_label = /** @type {((inputs?: Data_Target_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Target_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_target_label(inputs)
	return __en.data_target_label(inputs)
});
/**
* | output |
* | --- |
* | "{count} rows without a target are left out of training" |
*
* @param {Data_Target_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_missing = /** @type {((inputs: Data_Target_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Target_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_target_missing(inputs)
	return __en.data_target_missing(inputs)
});
/**
* | output |
* | --- |
* | "“{name}” has {count} distinct numbers: Faro trains classifiers, so each value would be a class. Pick a categorical column." |
*
* @param {Data_Target_Numeric_WarningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_numeric_warning = /** @type {((inputs: Data_Target_Numeric_WarningInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Target_Numeric_WarningInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_target_numeric_warning(inputs)
	return __en.data_target_numeric_warning(inputs)
});
/**
* | output |
* | --- |
* | "{name} ({kind})" |
*
* @param {Data_Target_OptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_option = /** @type {((inputs: Data_Target_OptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Target_OptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_target_option(inputs)
	return __en.data_target_option(inputs)
});
/**
* | output |
* | --- |
* | "other levels" |
*
* @param {Data_Target_Other_LevelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_other_levels = /** @type {((inputs?: Data_Target_Other_LevelsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Target_Other_LevelsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_target_other_levels(inputs)
	return __en.data_target_other_levels(inputs)
});
/**
* | output |
* | --- |
* | "Column to predict (target)" |
*
* @param {Data_Target_PickInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_target_pick = /** @type {((inputs?: Data_Target_PickInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Target_PickInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_target_pick(inputs)
	return __en.data_target_pick(inputs)
});
/**
* | output |
* | --- |
* | "\"{name}\" has no values; it is ignored." |
*
* @param {Data_Warn_All_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_all_missing = /** @type {((inputs: Data_Warn_All_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Warn_All_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_warn_all_missing(inputs)
	return __en.data_warn_all_missing(inputs)
});
/**
* | output |
* | --- |
* | "\"{name}\" has a single value, so it cannot help a model; it is ignored." |
*
* @param {Data_Warn_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_constant = /** @type {((inputs: Data_Warn_ConstantInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Warn_ConstantInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_warn_constant(inputs)
	return __en.data_warn_constant(inputs)
});
/**
* | output |
* | --- |
* | "\"{name}\" has {count} distinct values ({share} of rows): treat it as text or ignore it." |
*
* @param {Data_Warn_High_CardinalityInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_high_cardinality = /** @type {((inputs: Data_Warn_High_CardinalityInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Warn_High_CardinalityInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_warn_high_cardinality(inputs)
	return __en.data_warn_high_cardinality(inputs)
});
/**
* | output |
* | --- |
* | "\"{name}\" has a different value in every row, like an identifier: it is kept with the predictions but not used as a feature." |
*
* @param {Data_Warn_Id_LikeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_id_like = /** @type {((inputs: Data_Warn_Id_LikeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Warn_Id_LikeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_warn_id_like(inputs)
	return __en.data_warn_id_like(inputs)
});
/**
* | output |
* | --- |
* | "The first column had no name and counts rows (a saved index); it is called \"{name}\" and is not used as a feature." |
*
* @param {Data_Warn_Index_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_index_column = /** @type {((inputs: Data_Warn_Index_ColumnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Warn_Index_ColumnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_warn_index_column(inputs)
	return __en.data_warn_index_column(inputs)
});
/**
* | output |
* | --- |
* | "\"{name}\" holds numbers written with leading zeros (such as \"{example}\"), so it is read as codes ({kind}) and the zeros are kept. If they are quantities, swit..." |
*
* @param {Data_Warn_Leading_ZerosInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_leading_zeros = /** @type {((inputs: Data_Warn_Leading_ZerosInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Warn_Leading_ZerosInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_warn_leading_zeros(inputs)
	return __en.data_warn_leading_zeros(inputs)
});
/**
* | output |
* | --- |
* | "\"{name}\" is missing in {percent} of rows; consider ignoring it or adding a missing indicator." |
*
* @param {Data_Warn_Mostly_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_mostly_missing = /** @type {((inputs: Data_Warn_Mostly_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Warn_Mostly_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_warn_mostly_missing(inputs)
	return __en.data_warn_mostly_missing(inputs)
});
/**
* | output |
* | --- |
* | "{count} rows with text after a closing quote were skipped." |
*
* @param {Data_Warn_Rows_Bad_QuotesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_rows_bad_quotes = /** @type {((inputs: Data_Warn_Rows_Bad_QuotesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Warn_Rows_Bad_QuotesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_warn_rows_bad_quotes(inputs)
	return __en.data_warn_rows_bad_quotes(inputs)
});
/**
* | output |
* | --- |
* | "{count} short rows were padded with missing values." |
*
* @param {Data_Warn_Rows_PaddedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_rows_padded = /** @type {((inputs: Data_Warn_Rows_PaddedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Warn_Rows_PaddedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_warn_rows_padded(inputs)
	return __en.data_warn_rows_padded(inputs)
});
/**
* | output |
* | --- |
* | "{count} rows with the wrong number of fields were skipped." |
*
* @param {Data_Warn_Rows_SkippedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_rows_skipped = /** @type {((inputs: Data_Warn_Rows_SkippedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Warn_Rows_SkippedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_warn_rows_skipped(inputs)
	return __en.data_warn_rows_skipped(inputs)
});
/**
* | output |
* | --- |
* | "{count} value holds a double quote inside an unquoted value (first on line {line}, column \"{column}\"); it was read as written, quote included." |
*
* @param {Data_Warn_Stray_Quotes_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_stray_quotes_one = /** @type {((inputs: Data_Warn_Stray_Quotes_OneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Warn_Stray_Quotes_OneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_warn_stray_quotes_one(inputs)
	return __en.data_warn_stray_quotes_one(inputs)
});
/**
* | output |
* | --- |
* | "{count} values hold a double quote inside an unquoted value (first on line {line}, column \"{column}\"); they were read as written, quote included." |
*
* @param {Data_Warn_Stray_Quotes_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const data_warn_stray_quotes_other = /** @type {((inputs: Data_Warn_Stray_Quotes_OtherInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Warn_Stray_Quotes_OtherInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.data_warn_stray_quotes_other(inputs)
	return __en.data_warn_stray_quotes_other(inputs)
});
/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {DismissInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const dismiss = /** @type {((inputs?: DismissInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<DismissInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.dismiss(inputs)
	return __en.dismiss(inputs)
});
/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {Error_DismissInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const error_dismiss = /** @type {((inputs?: Error_DismissInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_DismissInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.error_dismiss(inputs)
	return __en.error_dismiss(inputs)
});
/**
* | output |
* | --- |
* | "Where: {where}" |
*
* @param {Error_WhereInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const error_where = /** @type {((inputs: Error_WhereInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_WhereInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.error_where(inputs)
	return __en.error_where(inputs)
});
/**
* | output |
* | --- |
* | "A weighted average of several trials' predictions, chosen on out-of-fold scores; often better than any single model." |
*
* @param {Glossary_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_blend = /** @type {((inputs?: Glossary_BlendInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_BlendInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_blend(inputs)
	return __en.glossary_blend(inputs)
});
/**
* | output |
* | --- |
* | "Blend" |
*
* @param {Glossary_Blend_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_blend_term = /** @type {((inputs?: Glossary_Blend_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Blend_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_blend_term(inputs)
	return __en.glossary_blend_term(inputs)
});
/**
* | output |
* | --- |
* | "A SMOTE variant that only creates synthetic rows around rare-class rows lying near the other class, where the model most needs help." |
*
* @param {Glossary_BorderlineInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_borderline = /** @type {((inputs?: Glossary_BorderlineInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_BorderlineInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_borderline(inputs)
	return __en.glossary_borderline(inputs)
});
/**
* | output |
* | --- |
* | "Borderline-1" |
*
* @param {Glossary_Borderline_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_borderline_term = /** @type {((inputs?: Glossary_Borderline_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Borderline_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_borderline_term(inputs)
	return __en.glossary_borderline_term(inputs)
});
/**
* | output |
* | --- |
* | "Close" |
*
* @param {Glossary_CloseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_close = /** @type {((inputs?: Glossary_CloseInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_CloseInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_close(inputs)
	return __en.glossary_close(inputs)
});
/**
* | output |
* | --- |
* | "The strength of association between a categorical column and the target, from 0 (none) to 1 (the column decides the target)." |
*
* @param {Glossary_CramerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_cramer = /** @type {((inputs?: Glossary_CramerInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_CramerInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_cramer(inputs)
	return __en.glossary_cramer(inputs)
});
/**
* | output |
* | --- |
* | "Cramér's V" |
*
* @param {Glossary_Cramer_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_cramer_term = /** @type {((inputs?: Glossary_Cramer_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Cramer_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_cramer_term(inputs)
	return __en.glossary_cramer_term(inputs)
});
/**
* | output |
* | --- |
* | "Training stops when the validation score has not improved for a few epochs, and the best weights are kept." |
*
* @param {Glossary_Early_StoppingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_early_stopping = /** @type {((inputs?: Glossary_Early_StoppingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Early_StoppingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_early_stopping(inputs)
	return __en.glossary_early_stopping(inputs)
});
/**
* | output |
* | --- |
* | "Early stopping" |
*
* @param {Glossary_Early_Stopping_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_early_stopping_term = /** @type {((inputs?: Glossary_Early_Stopping_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Early_Stopping_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_early_stopping_term(inputs)
	return __en.glossary_early_stopping_term(inputs)
});
/**
* | output |
* | --- |
* | "The F1 score (balance of precision and recall) computed for each class separately and then averaged, so a rare class counts as much as a common one." |
*
* @param {Glossary_F1_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_f1_macro = /** @type {((inputs?: Glossary_F1_MacroInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_F1_MacroInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_f1_macro(inputs)
	return __en.glossary_f1_macro(inputs)
});
/**
* | output |
* | --- |
* | "F1 (macro)" |
*
* @param {Glossary_F1_Macro_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_f1_macro_term = /** @type {((inputs?: Glossary_F1_Macro_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_F1_Macro_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_f1_macro_term(inputs)
	return __en.glossary_f1_macro_term(inputs)
});
/**
* | output |
* | --- |
* | "Cross-validation splits the training rows into parts (folds); each fold is held out once while the model trains on the others, so every row is scored by a mo..." |
*
* @param {Glossary_FoldInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_fold = /** @type {((inputs?: Glossary_FoldInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_FoldInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_fold(inputs)
	return __en.glossary_fold(inputs)
});
/**
* | output |
* | --- |
* | "Fold" |
*
* @param {Glossary_Fold_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_fold_term = /** @type {((inputs?: Glossary_Fold_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Fold_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_fold_term(inputs)
	return __en.glossary_fold_term(inputs)
});
/**
* | output |
* | --- |
* | "2 × ROC AUC − 1: 0 is a random ranking, 1 a perfect one. The usual figure in credit scoring." |
*
* @param {Glossary_GiniInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_gini = /** @type {((inputs?: Glossary_GiniInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_GiniInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_gini(inputs)
	return __en.glossary_gini(inputs)
});
/**
* | output |
* | --- |
* | "Gini" |
*
* @param {Glossary_Gini_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_gini_term = /** @type {((inputs?: Glossary_Gini_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Gini_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_gini_term(inputs)
	return __en.glossary_gini_term(inputs)
});
/**
* | output |
* | --- |
* | "How well a column separates the classes, from its weight-of-evidence bins: below 0.02 no signal, 0.1–0.3 medium, above 0.5 suspiciously strong." |
*
* @param {Glossary_IvInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_iv = /** @type {((inputs?: Glossary_IvInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_IvInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_iv(inputs)
	return __en.glossary_iv(inputs)
});
/**
* | output |
* | --- |
* | "Information Value" |
*
* @param {Glossary_Iv_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_iv_term = /** @type {((inputs?: Glossary_Iv_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Iv_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_iv_term(inputs)
	return __en.glossary_iv_term(inputs)
});
/**
* | output |
* | --- |
* | "Kolmogorov–Smirnov statistic: the largest gap between the share of positives and the share of negatives captured below any score. Credit-risk teams use it to..." |
*
* @param {Glossary_KsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_ks = /** @type {((inputs?: Glossary_KsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_KsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_ks(inputs)
	return __en.glossary_ks(inputs)
});
/**
* | output |
* | --- |
* | "KS" |
*
* @param {Glossary_Ks_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_ks_term = /** @type {((inputs?: Glossary_Ks_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Ks_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_ks_term(inputs)
	return __en.glossary_ks_term(inputs)
});
/**
* | output |
* | --- |
* | "A penalty on large weights. More L2 makes a simpler, steadier model that may miss fine detail; less lets it fit the training rows more closely." |
*
* @param {Glossary_L2Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_l2 = /** @type {((inputs?: Glossary_L2Inputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_L2Inputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_l2(inputs)
	return __en.glossary_l2(inputs)
});
/**
* | output |
* | --- |
* | "L2" |
*
* @param {Glossary_L2_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_l2_term = /** @type {((inputs?: Glossary_L2_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_L2_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_l2_term(inputs)
	return __en.glossary_l2_term(inputs)
});
/**
* | output |
* | --- |
* | "How big a step training takes at each update. Too high and it jumps around; too low and it learns slowly." |
*
* @param {Glossary_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_learning_rate = /** @type {((inputs?: Glossary_Learning_RateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Learning_RateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_learning_rate(inputs)
	return __en.glossary_learning_rate(inputs)
});
/**
* | output |
* | --- |
* | "Learning rate" |
*
* @param {Glossary_Learning_Rate_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_learning_rate_term = /** @type {((inputs?: Glossary_Learning_Rate_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Learning_Rate_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_learning_rate_term(inputs)
	return __en.glossary_learning_rate_term(inputs)
});
/**
* | output |
* | --- |
* | "What is “{term}”?" |
*
* @param {Glossary_OpenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_open = /** @type {((inputs: Glossary_OpenInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_OpenInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_open(inputs)
	return __en.glossary_open(inputs)
});
/**
* | output |
* | --- |
* | "The area under the precision–recall curve (average precision). It tells more than ROC AUC when the positive class is rare." |
*
* @param {Glossary_Pr_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_pr_auc = /** @type {((inputs?: Glossary_Pr_AucInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Pr_AucInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_pr_auc(inputs)
	return __en.glossary_pr_auc(inputs)
});
/**
* | output |
* | --- |
* | "PR AUC" |
*
* @param {Glossary_Pr_Auc_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_pr_auc_term = /** @type {((inputs?: Glossary_Pr_Auc_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Pr_Auc_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_pr_auc_term(inputs)
	return __en.glossary_pr_auc_term(inputs)
});
/**
* | output |
* | --- |
* | "Population Stability Index: how far the new data's distribution has moved from the training data's. Below 0.1 stable, 0.1–0.25 worth watching, above 0.25 shi..." |
*
* @param {Glossary_PsiInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_psi = /** @type {((inputs?: Glossary_PsiInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_PsiInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_psi(inputs)
	return __en.glossary_psi(inputs)
});
/**
* | output |
* | --- |
* | "PSI" |
*
* @param {Glossary_Psi_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_psi_term = /** @type {((inputs?: Glossary_Psi_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Psi_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_psi_term(inputs)
	return __en.glossary_psi_term(inputs)
});
/**
* | output |
* | --- |
* | "The chance that a random positive row scores higher than a random negative one: 0.5 is guessing, 1.0 a perfect ranking." |
*
* @param {Glossary_Roc_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_roc_auc = /** @type {((inputs?: Glossary_Roc_AucInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Roc_AucInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_roc_auc(inputs)
	return __en.glossary_roc_auc(inputs)
});
/**
* | output |
* | --- |
* | "ROC AUC" |
*
* @param {Glossary_Roc_Auc_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_roc_auc_term = /** @type {((inputs?: Glossary_Roc_Auc_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Roc_Auc_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_roc_auc_term(inputs)
	return __en.glossary_roc_auc_term(inputs)
});
/**
* | output |
* | --- |
* | "A step of successive halving: every trial gets a small budget, the best share moves up a rung with more epochs, until a few get the full budget." |
*
* @param {Glossary_RungInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_rung = /** @type {((inputs?: Glossary_RungInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_RungInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_rung(inputs)
	return __en.glossary_rung(inputs)
});
/**
* | output |
* | --- |
* | "Rung" |
*
* @param {Glossary_Rung_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_rung_term = /** @type {((inputs?: Glossary_Rung_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Rung_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_rung_term(inputs)
	return __en.glossary_rung_term(inputs)
});
/**
* | output |
* | --- |
* | "Creates synthetic rows of a rare class by interpolating between a rare row and one of its nearest rare neighbours, so the model sees more of that class." |
*
* @param {Glossary_SmoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_smote = /** @type {((inputs?: Glossary_SmoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_SmoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_smote(inputs)
	return __en.glossary_smote(inputs)
});
/**
* | output |
* | --- |
* | "SMOTE" |
*
* @param {Glossary_Smote_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_smote_term = /** @type {((inputs?: Glossary_Smote_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Smote_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_smote_term(inputs)
	return __en.glossary_smote_term(inputs)
});
/**
* | output |
* | --- |
* | "Turns text into numbers: how often a word appears in a row, weighted down when it appears in many rows." |
*
* @param {Glossary_TfidfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_tfidf = /** @type {((inputs?: Glossary_TfidfInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_TfidfInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_tfidf(inputs)
	return __en.glossary_tfidf(inputs)
});
/**
* | output |
* | --- |
* | "TF-IDF" |
*
* @param {Glossary_Tfidf_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_tfidf_term = /** @type {((inputs?: Glossary_Tfidf_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Tfidf_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_tfidf_term(inputs)
	return __en.glossary_tfidf_term(inputs)
});
/**
* | output |
* | --- |
* | "Sensitivity + specificity − 1. The threshold with the largest J separates the two classes best, counting a missed positive and a false alarm as equally bad." |
*
* @param {Glossary_YoudenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_youden = /** @type {((inputs?: Glossary_YoudenInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_YoudenInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_youden(inputs)
	return __en.glossary_youden(inputs)
});
/**
* | output |
* | --- |
* | "Youden's J" |
*
* @param {Glossary_Youden_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const glossary_youden_term = /** @type {((inputs?: Glossary_Youden_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Youden_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.glossary_youden_term(inputs)
	return __en.glossary_youden_term(inputs)
});
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Language_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const language_label = /** @type {((inputs?: Language_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Language_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.language_label(inputs)
	return __en.language_label(inputs)
});
/**
* | output |
* | --- |
* | "Also ask for a label (a categorical feature)" |
*
* @param {Llm_Ask_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_ask_label = /** @type {((inputs?: Llm_Ask_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Ask_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_ask_label(inputs)
	return __en.llm_ask_label(inputs)
});
/**
* | output |
* | --- |
* | "Model library URL (.wasm)" |
*
* @param {Llm_Custom_LibInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_custom_lib = /** @type {((inputs?: Llm_Custom_LibInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Custom_LibInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_custom_lib(inputs)
	return __en.llm_custom_lib(inputs)
});
/**
* | output |
* | --- |
* | "Remove" |
*
* @param {Llm_Custom_RemoveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_custom_remove = /** @type {((inputs?: Llm_Custom_RemoveInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Custom_RemoveInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_custom_remove(inputs)
	return __en.llm_custom_remove(inputs)
});
/**
* | output |
* | --- |
* | "Use a model from your own server" |
*
* @param {Llm_Custom_SummaryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_custom_summary = /** @type {((inputs?: Llm_Custom_SummaryInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Custom_SummaryInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_custom_summary(inputs)
	return __en.llm_custom_summary(inputs)
});
/**
* | output |
* | --- |
* | "Model URL (the MLC weights folder)" |
*
* @param {Llm_Custom_UrlInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_custom_url = /** @type {((inputs?: Llm_Custom_UrlInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Custom_UrlInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_custom_url(inputs)
	return __en.llm_custom_url(inputs)
});
/**
* | output |
* | --- |
* | "Use this model" |
*
* @param {Llm_Custom_UseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_custom_use = /** @type {((inputs?: Llm_Custom_UseInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Custom_UseInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_custom_use(inputs)
	return __en.llm_custom_use(inputs)
});
/**
* | output |
* | --- |
* | "Describe with {model} ({vram} MB VRAM)" |
*
* @param {Llm_Describe_With_SmallerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_describe_with_smaller = /** @type {((inputs: Llm_Describe_With_SmallerInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Describe_With_SmallerInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_describe_with_smaller(inputs)
	return __en.llm_describe_with_smaller(inputs)
});
/**
* | output |
* | --- |
* | "Describer" |
*
* @param {Llm_DescriberInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_describer = /** @type {((inputs?: Llm_DescriberInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_DescriberInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_describer(inputs)
	return __en.llm_describer(inputs)
});
/**
* | output |
* | --- |
* | "On-device LLM (WebGPU)" |
*
* @param {Llm_Describer_LlmInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_describer_llm = /** @type {((inputs?: Llm_Describer_LlmInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Describer_LlmInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_describer_llm(inputs)
	return __en.llm_describer_llm(inputs)
});
/**
* | output |
* | --- |
* | "Template sentences (instant, offline)" |
*
* @param {Llm_Describer_TemplateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_describer_template = /** @type {((inputs?: Llm_Describer_TemplateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Describer_TemplateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_describer_template(inputs)
	return __en.llm_describer_template(inputs)
});
/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {Llm_DismissInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_dismiss = /** @type {((inputs?: Llm_DismissInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_DismissInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_dismiss(inputs)
	return __en.llm_dismiss(inputs)
});
/**
* | output |
* | --- |
* | "Downloads {size} from {hosts} — the only request that leaves this page. It takes {size} of browser storage, so the next load works offline." |
*
* @param {Llm_Download_NoticeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_download_notice = /** @type {((inputs: Llm_Download_NoticeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Download_NoticeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_download_notice(inputs)
	return __en.llm_download_notice(inputs)
});
/**
* | output |
* | --- |
* | "Faro could not fetch the on-device LLM's code: the network is off, or Faro was updated since this tab opened." |
*
* @param {Llm_Err_UnreachableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_err_unreachable = /** @type {((inputs?: Llm_Err_UnreachableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Err_UnreachableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_err_unreachable(inputs)
	return __en.llm_err_unreachable(inputs)
});
/**
* | output |
* | --- |
* | "Reload once online and Retry: after one use online the LLM also starts offline. The template describer works offline now." |
*
* @param {Llm_Err_Unreachable_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_err_unreachable_hint = /** @type {((inputs?: Llm_Err_Unreachable_HintInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Err_Unreachable_HintInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_err_unreachable_hint(inputs)
	return __en.llm_err_unreachable_hint(inputs)
});
/**
* | output |
* | --- |
* | "Use the template describer: it needs no GPU." |
*
* @param {Llm_Err_Webgpu_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_err_webgpu_hint = /** @type {((inputs?: Llm_Err_Webgpu_HintInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Err_Webgpu_HintInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_err_webgpu_hint(inputs)
	return __en.llm_err_webgpu_hint(inputs)
});
/**
* | output |
* | --- |
* | "Generate descriptions" |
*
* @param {Llm_GenerateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_generate = /** @type {((inputs?: Llm_GenerateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_GenerateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_generate(inputs)
	return __en.llm_generate(inputs)
});
/**
* | output |
* | --- |
* | "and" |
*
* @param {Llm_Hosts_AndInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_hosts_and = /** @type {((inputs?: Llm_Hosts_AndInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Hosts_AndInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_hosts_and(inputs)
	return __en.llm_hosts_and(inputs)
});
/**
* | output |
* | --- |
* | "Template sentences" |
*
* @param {Llm_Job_TemplateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_job_template = /** @type {((inputs?: Llm_Job_TemplateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Job_TemplateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_job_template(inputs)
	return __en.llm_job_template(inputs)
});
/**
* | output |
* | --- |
* | "Label choices (comma-separated)" |
*
* @param {Llm_Label_ChoicesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_label_choices = /** @type {((inputs?: Llm_Label_ChoicesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Label_ChoicesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_label_choices(inputs)
	return __en.llm_label_choices(inputs)
});
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Llm_LanguageInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_language = /** @type {((inputs?: Llm_LanguageInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_LanguageInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_language(inputs)
	return __en.llm_language(inputs)
});
/**
* | output |
* | --- |
* | "Loading model" |
*
* @param {Llm_Loading_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_loading_model = /** @type {((inputs?: Llm_Loading_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Loading_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_loading_model(inputs)
	return __en.llm_loading_model(inputs)
});
/**
* | output |
* | --- |
* | "Model" |
*
* @param {Llm_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_model = /** @type {((inputs?: Llm_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_model(inputs)
	return __en.llm_model(inputs)
});
/**
* | output |
* | --- |
* | "{model} — {download} download, {vram}" |
*
* @param {Llm_Model_OptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_model_option = /** @type {((inputs: Llm_Model_OptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Model_OptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_model_option(inputs)
	return __en.llm_model_option(inputs)
});
/**
* | output |
* | --- |
* | "Open {name}" |
*
* @param {Llm_Open_DatasetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_open_dataset = /** @type {((inputs: Llm_Open_DatasetInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Open_DatasetInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_open_dataset(inputs)
	return __en.llm_open_dataset(inputs)
});
/**
* | output |
* | --- |
* | "text column. Train on both datasets and compare." |
*
* @param {Llm_Panel_Intro_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_panel_intro_after = /** @type {((inputs?: Llm_Panel_Intro_AfterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Panel_Intro_AfterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_panel_intro_after(inputs)
	return __en.llm_panel_intro_after(inputs)
});
/**
* | output |
* | --- |
* | "Writes a short description of every row from its feature columns (never the target) into a new dataset with a" |
*
* @param {Llm_Panel_Intro_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_panel_intro_before = /** @type {((inputs?: Llm_Panel_Intro_BeforeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Panel_Intro_BeforeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_panel_intro_before(inputs)
	return __en.llm_panel_intro_before(inputs)
});
/**
* | output |
* | --- |
* | "Describe rows" |
*
* @param {Llm_Panel_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_panel_label = /** @type {((inputs?: Llm_Panel_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Panel_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_panel_label(inputs)
	return __en.llm_panel_label(inputs)
});
/**
* | output |
* | --- |
* | "Describe each row" |
*
* @param {Llm_Panel_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_panel_title = /** @type {((inputs?: Llm_Panel_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Panel_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_panel_title(inputs)
	return __en.llm_panel_title(inputs)
});
/**
* | output |
* | --- |
* | ")" |
*
* @param {Llm_Prompt_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_prompt_after = /** @type {((inputs?: Llm_Prompt_AfterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Prompt_AfterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_prompt_after(inputs)
	return __en.llm_prompt_after(inputs)
});
/**
* | output |
* | --- |
* | "Prompt ({count} fields as" |
*
* @param {Llm_Prompt_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_prompt_before = /** @type {((inputs: Llm_Prompt_BeforeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Prompt_BeforeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_prompt_before(inputs)
	return __en.llm_prompt_before(inputs)
});
/**
* | output |
* | --- |
* | "Checking WebGPU…" |
*
* @param {Llm_Reason_CheckingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_reason_checking = /** @type {((inputs?: Llm_Reason_CheckingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Reason_CheckingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_reason_checking(inputs)
	return __en.llm_reason_checking(inputs)
});
/**
* | output |
* | --- |
* | "The only WebGPU adapter is a software fallback (no real GPU): the model would take hours." |
*
* @param {Llm_Reason_FallbackInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_reason_fallback = /** @type {((inputs?: Llm_Reason_FallbackInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Reason_FallbackInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_reason_fallback(inputs)
	return __en.llm_reason_fallback(inputs)
});
/**
* | output |
* | --- |
* | "WebGPU is present but found no GPU adapter (the GPU is blocked or disabled in this browser)." |
*
* @param {Llm_Reason_No_AdapterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_reason_no_adapter = /** @type {((inputs?: Llm_Reason_No_AdapterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Reason_No_AdapterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_reason_no_adapter(inputs)
	return __en.llm_reason_no_adapter(inputs)
});
/**
* | output |
* | --- |
* | "No model fits this GPU." |
*
* @param {Llm_Reason_No_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_reason_no_model = /** @type {((inputs?: Llm_Reason_No_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Reason_No_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_reason_no_model(inputs)
	return __en.llm_reason_no_model(inputs)
});
/**
* | output |
* | --- |
* | "This browser has no WebGPU (navigator.gpu is missing): the on-device model cannot run here." |
*
* @param {Llm_Reason_No_WebgpuInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_reason_no_webgpu = /** @type {((inputs?: Llm_Reason_No_WebgpuInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Reason_No_WebgpuInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_reason_no_webgpu(inputs)
	return __en.llm_reason_no_webgpu(inputs)
});
/**
* | output |
* | --- |
* | "WebGPU refused to give a GPU adapter ({why})." |
*
* @param {Llm_Reason_RefusedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_reason_refused = /** @type {((inputs: Llm_Reason_RefusedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Reason_RefusedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_reason_refused(inputs)
	return __en.llm_reason_refused(inputs)
});
/**
* | output |
* | --- |
* | "Restore default prompt" |
*
* @param {Llm_Restore_PromptInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_restore_prompt = /** @type {((inputs?: Llm_Restore_PromptInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Restore_PromptInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_restore_prompt(inputs)
	return __en.llm_restore_prompt(inputs)
});
/**
* | output |
* | --- |
* | "Resume" |
*
* @param {Llm_ResumeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_resume = /** @type {((inputs?: Llm_ResumeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_ResumeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_resume(inputs)
	return __en.llm_resume(inputs)
});
/**
* | output |
* | --- |
* | "Resuming needs {model}, which this browser does not offer now." |
*
* @param {Llm_Resume_Needs_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_resume_needs_model = /** @type {((inputs: Llm_Resume_Needs_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Resume_Needs_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_resume_needs_model(inputs)
	return __en.llm_resume_needs_model(inputs)
});
/**
* | output |
* | --- |
* | "Retry" |
*
* @param {Llm_RetryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_retry = /** @type {((inputs?: Llm_RetryInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_RetryInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_retry(inputs)
	return __en.llm_retry(inputs)
});
/**
* | output |
* | --- |
* | "size unknown" |
*
* @param {Llm_Size_UnknownInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_size_unknown = /** @type {((inputs?: Llm_Size_UnknownInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Size_UnknownInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_size_unknown(inputs)
	return __en.llm_size_unknown(inputs)
});
/**
* | output |
* | --- |
* | "Stopped after {done} of {total} rows." |
*
* @param {Llm_Stopped_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_stopped_after = /** @type {((inputs: Llm_Stopped_AfterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Stopped_AfterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_stopped_after(inputs)
	return __en.llm_stopped_after(inputs)
});
/**
* | output |
* | --- |
* | "Delete old runs or remove their models (Runs screen; each run shows its model’s size), or delete datasets (left panel), then try again. Nothing stored was ch..." |
*
* @param {Llm_Storage_Quota_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_storage_quota_hint = /** @type {((inputs?: Llm_Storage_Quota_HintInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Storage_Quota_HintInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_storage_quota_hint(inputs)
	return __en.llm_storage_quota_hint(inputs)
});
/**
* | output |
* | --- |
* | "{message} This browser holds {used} for Faro of {quota} allowed." |
*
* @param {Llm_Storage_Quota_SizesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_storage_quota_sizes = /** @type {((inputs: Llm_Storage_Quota_SizesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Storage_Quota_SizesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_storage_quota_sizes(inputs)
	return __en.llm_storage_quota_sizes(inputs)
});
/**
* | output |
* | --- |
* | "Stored in the browser: {size}." |
*
* @param {Llm_Stored_In_BrowserInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_stored_in_browser = /** @type {((inputs: Llm_Stored_In_BrowserInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Stored_In_BrowserInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_stored_in_browser(inputs)
	return __en.llm_stored_in_browser(inputs)
});
/**
* | output |
* | --- |
* | "{rows} rows described: {cached} from the cache" |
*
* @param {Llm_Summary_DescribedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_summary_described = /** @type {((inputs: Llm_Summary_DescribedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Summary_DescribedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_summary_described(inputs)
	return __en.llm_summary_described(inputs)
});
/**
* | output |
* | --- |
* | "{count} written as template sentences" |
*
* @param {Llm_Summary_FallbacksInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_summary_fallbacks = /** @type {((inputs: Llm_Summary_FallbacksInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Summary_FallbacksInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_summary_fallbacks(inputs)
	return __en.llm_summary_fallbacks(inputs)
});
/**
* | output |
* | --- |
* | "{count} written as template sentences (the model's answer was missing or malformed)" |
*
* @param {Llm_Summary_Fallbacks_MalformedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_summary_fallbacks_malformed = /** @type {((inputs: Llm_Summary_Fallbacks_MalformedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Summary_Fallbacks_MalformedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_summary_fallbacks_malformed(inputs)
	return __en.llm_summary_fallbacks_malformed(inputs)
});
/**
* | output |
* | --- |
* | "{count} labelled" |
*
* @param {Llm_Summary_LabelledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_summary_labelled = /** @type {((inputs: Llm_Summary_LabelledInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Summary_LabelledInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_summary_labelled(inputs)
	return __en.llm_summary_labelled(inputs)
});
/**
* | output |
* | --- |
* | "was describing {dataset}, after about {done} of {total} rows. The rows it finished are kept in the browser: resuming asks the model only for the rest." |
*
* @param {Llm_Unfinished_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_unfinished_after = /** @type {((inputs: Llm_Unfinished_AfterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Unfinished_AfterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_unfinished_after(inputs)
	return __en.llm_unfinished_after(inputs)
});
/**
* | output |
* | --- |
* | "The tab was closed or reloaded while" |
*
* @param {Llm_Unfinished_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_unfinished_before = /** @type {((inputs?: Llm_Unfinished_BeforeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Unfinished_BeforeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_unfinished_before(inputs)
	return __en.llm_unfinished_before(inputs)
});
/**
* | output |
* | --- |
* | "Describing was cut short." |
*
* @param {Llm_Unfinished_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_unfinished_title = /** @type {((inputs?: Llm_Unfinished_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Unfinished_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_unfinished_title(inputs)
	return __en.llm_unfinished_title(inputs)
});
/**
* | output |
* | --- |
* | "A new version of Faro is available" |
*
* @param {Llm_Update_AvailableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_update_available = /** @type {((inputs?: Llm_Update_AvailableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Update_AvailableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_update_available(inputs)
	return __en.llm_update_available(inputs)
});
/**
* | output |
* | --- |
* | "Later" |
*
* @param {Llm_Update_LaterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_update_later = /** @type {((inputs?: Llm_Update_LaterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Update_LaterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_update_later(inputs)
	return __en.llm_update_later(inputs)
});
/**
* | output |
* | --- |
* | "Reloading stops a run in progress; your datasets and finished runs are kept." |
*
* @param {Llm_Update_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_update_note = /** @type {((inputs?: Llm_Update_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Update_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_update_note(inputs)
	return __en.llm_update_note(inputs)
});
/**
* | output |
* | --- |
* | "Reload" |
*
* @param {Llm_Update_ReloadInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_update_reload = /** @type {((inputs?: Llm_Update_ReloadInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Update_ReloadInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_update_reload(inputs)
	return __en.llm_update_reload(inputs)
});
/**
* | output |
* | --- |
* | "Use the template describer" |
*
* @param {Llm_Use_TemplateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_use_template = /** @type {((inputs?: Llm_Use_TemplateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Use_TemplateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_use_template(inputs)
	return __en.llm_use_template(inputs)
});
/**
* | output |
* | --- |
* | "{mb} MB VRAM" |
*
* @param {Llm_VramInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_vram = /** @type {((inputs: Llm_VramInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_VramInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_vram(inputs)
	return __en.llm_vram(inputs)
});
/**
* | output |
* | --- |
* | "VRAM unknown" |
*
* @param {Llm_Vram_UnknownInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const llm_vram_unknown = /** @type {((inputs?: Llm_Vram_UnknownInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Llm_Vram_UnknownInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.llm_vram_unknown(inputs)
	return __en.llm_vram_unknown(inputs)
});
/**
* | output |
* | --- |
* | "Opening your stored datasets…" |
*
* @param {Opening_DatasetsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const opening_datasets = /** @type {((inputs?: Opening_DatasetsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Opening_DatasetsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.opening_datasets(inputs)
	return __en.opening_datasets(inputs)
});
/**
* | output |
* | --- |
* | "shifted" |
*
* @param {Predict_Band_ShiftedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_band_shifted = /** @type {((inputs?: Predict_Band_ShiftedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Band_ShiftedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_band_shifted(inputs)
	return __en.predict_band_shifted(inputs)
});
/**
* | output |
* | --- |
* | "stable" |
*
* @param {Predict_Band_StableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_band_stable = /** @type {((inputs?: Predict_Band_StableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Band_StableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_band_stable(inputs)
	return __en.predict_band_stable(inputs)
});
/**
* | output |
* | --- |
* | "watch" |
*
* @param {Predict_Band_WatchInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_band_watch = /** @type {((inputs?: Predict_Band_WatchInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Band_WatchInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_band_watch(inputs)
	return __en.predict_band_watch(inputs)
});
/**
* | output |
* | --- |
* | "any value" |
*
* @param {Predict_Bin_AnyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bin_any = /** @type {((inputs?: Predict_Bin_AnyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Bin_AnyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_bin_any(inputs)
	return __en.predict_bin_any(inputs)
});
/**
* | output |
* | --- |
* | "missing" |
*
* @param {Predict_Bin_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bin_missing = /** @type {((inputs?: Predict_Bin_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Bin_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_bin_missing(inputs)
	return __en.predict_bin_missing(inputs)
});
/**
* | output |
* | --- |
* | "other" |
*
* @param {Predict_Bin_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bin_other = /** @type {((inputs?: Predict_Bin_OtherInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Bin_OtherInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_bin_other(inputs)
	return __en.predict_bin_other(inputs)
});
/**
* | output |
* | --- |
* | "present" |
*
* @param {Predict_Bin_PresentInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bin_present = /** @type {((inputs?: Predict_Bin_PresentInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Bin_PresentInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_bin_present(inputs)
	return __en.predict_bin_present(inputs)
});
/**
* | output |
* | --- |
* | "Shares as bars" |
*
* @param {Predict_Bins_Col_BarsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_col_bars = /** @type {((inputs?: Predict_Bins_Col_BarsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Bins_Col_BarsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_bins_col_bars(inputs)
	return __en.predict_bins_col_bars(inputs)
});
/**
* | output |
* | --- |
* | "Bin" |
*
* @param {Predict_Bins_Col_BinInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_col_bin = /** @type {((inputs?: Predict_Bins_Col_BinInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Bins_Col_BinInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_bins_col_bin(inputs)
	return __en.predict_bins_col_bin(inputs)
});
/**
* | output |
* | --- |
* | "Change" |
*
* @param {Predict_Bins_Col_ChangeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_col_change = /** @type {((inputs?: Predict_Bins_Col_ChangeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Bins_Col_ChangeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_bins_col_change(inputs)
	return __en.predict_bins_col_change(inputs)
});
/**
* | output |
* | --- |
* | "New" |
*
* @param {Predict_Bins_Col_NewInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_col_new = /** @type {((inputs?: Predict_Bins_Col_NewInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Bins_Col_NewInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_bins_col_new(inputs)
	return __en.predict_bins_col_new(inputs)
});
/**
* | output |
* | --- |
* | "Training" |
*
* @param {Predict_Bins_Col_TrainingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_col_training = /** @type {((inputs?: Predict_Bins_Col_TrainingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Bins_Col_TrainingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_bins_col_training(inputs)
	return __en.predict_bins_col_training(inputs)
});
/**
* | output |
* | --- |
* | "new rows. Shares of all rows; a bin empty in one of them counts as {floor} in the PSI." |
*
* @param {Predict_Bins_Legend_NewInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_legend_new = /** @type {((inputs: Predict_Bins_Legend_NewInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Bins_Legend_NewInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_bins_legend_new(inputs)
	return __en.predict_bins_legend_new(inputs)
});
/**
* | output |
* | --- |
* | "training rows ·" |
*
* @param {Predict_Bins_Legend_TrainingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_legend_training = /** @type {((inputs?: Predict_Bins_Legend_TrainingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Bins_Legend_TrainingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_bins_legend_training(inputs)
	return __en.predict_bins_legend_training(inputs)
});
/**
* | output |
* | --- |
* | "Bins of {label}: training vs new" |
*
* @param {Predict_Bins_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_bins_table = /** @type {((inputs: Predict_Bins_TableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Bins_TableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_bins_table(inputs)
	return __en.predict_bins_table(inputs)
});
/**
* | output |
* | --- |
* | "Choose a CSV to score" |
*
* @param {Predict_Choose_CsvInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_choose_csv = /** @type {((inputs?: Predict_Choose_CsvInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Choose_CsvInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_choose_csv(inputs)
	return __en.predict_choose_csv(inputs)
});
/**
* | output |
* | --- |
* | "1 · Choose a model" |
*
* @param {Predict_Choose_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_choose_model = /** @type {((inputs?: Predict_Choose_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Choose_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_choose_model(inputs)
	return __en.predict_choose_model(inputs)
});
/**
* | output |
* | --- |
* | "Column and value" |
*
* @param {Predict_Col_Column_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_col_column_value = /** @type {((inputs?: Predict_Col_Column_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Col_Column_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_col_column_value(inputs)
	return __en.predict_col_column_value(inputs)
});
/**
* | output |
* | --- |
* | "Push" |
*
* @param {Predict_Col_PushInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_col_push = /** @type {((inputs?: Predict_Col_PushInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Col_PushInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_col_push(inputs)
	return __en.predict_col_push(inputs)
});
/**
* | output |
* | --- |
* | "Size" |
*
* @param {Predict_Col_SizeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_col_size = /** @type {((inputs?: Predict_Col_SizeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Col_SizeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_col_size(inputs)
	return __en.predict_col_size(inputs)
});
/**
* | output |
* | --- |
* | "Download predictions" |
*
* @param {Predict_DownloadInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_download = /** @type {((inputs?: Predict_DownloadInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_DownloadInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_download(inputs)
	return __en.predict_download(inputs)
});
/**
* | output |
* | --- |
* | "Every column is stable." |
*
* @param {Predict_Drift_All_StableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_all_stable = /** @type {((inputs?: Predict_Drift_All_StableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_All_StableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_all_stable(inputs)
	return __en.predict_drift_all_stable(inputs)
});
/**
* | output |
* | --- |
* | "Bins of {column}" |
*
* @param {Predict_Drift_Bins_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_bins_of = /** @type {((inputs: Predict_Drift_Bins_OfInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Bins_OfInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_bins_of(inputs)
	return __en.predict_drift_bins_of(inputs)
});
/**
* | output |
* | --- |
* | "Band" |
*
* @param {Predict_Drift_Col_BandInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_col_band = /** @type {((inputs?: Predict_Drift_Col_BandInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Col_BandInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_col_band(inputs)
	return __en.predict_drift_col_band(inputs)
});
/**
* | output |
* | --- |
* | "Largest change" |
*
* @param {Predict_Drift_Col_ChangeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_col_change = /** @type {((inputs?: Predict_Drift_Col_ChangeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Col_ChangeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_col_change(inputs)
	return __en.predict_drift_col_change(inputs)
});
/**
* | output |
* | --- |
* | "Column" |
*
* @param {Predict_Drift_Col_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_col_column = /** @type {((inputs?: Predict_Drift_Col_ColumnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Col_ColumnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_col_column(inputs)
	return __en.predict_drift_col_column(inputs)
});
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Predict_Drift_Col_KindInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_col_kind = /** @type {((inputs?: Predict_Drift_Col_KindInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Col_KindInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_col_kind(inputs)
	return __en.predict_drift_col_kind(inputs)
});
/**
* | output |
* | --- |
* | "How this is computed" |
*
* @param {Predict_Drift_HowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_how = /** @type {((inputs?: Predict_Drift_HowInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_HowInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_how(inputs)
	return __en.predict_drift_how(inputs)
});
/**
* | output |
* | --- |
* | "PSI = Σ (new share − training share) × ln(new share / training share) over the bins. Numeric and date columns: the training deciles (repeated edges dropped) ..." |
*
* @param {Predict_Drift_How_BodyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_how_body = /** @type {((inputs?: Predict_Drift_How_BodyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_How_BodyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_how_body(inputs)
	return __en.predict_drift_how_body(inputs)
});
/**
* | output |
* | --- |
* | "Population Stability Index (PSI) of {file} ({rows} rows) against the data the model was trained on ({referenceRows} rows), in the training data's bins: < {wa..." |
*
* @param {Predict_Drift_IntroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_intro = /** @type {((inputs: Predict_Drift_IntroInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_IntroInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_intro(inputs)
	return __en.predict_drift_intro(inputs)
});
/**
* | output |
* | --- |
* | "The model's labels differ from its score profile's, so the score is not checked." |
*
* @param {Predict_Drift_Labels_DifferInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_labels_differ = /** @type {((inputs?: Predict_Drift_Labels_DifferInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Labels_DifferInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_labels_differ(inputs)
	return __en.predict_drift_labels_differ(inputs)
});
/**
* | output |
* | --- |
* | "· largest change {change}" |
*
* @param {Predict_Drift_Largest_ChangeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_largest_change = /** @type {((inputs: Predict_Drift_Largest_ChangeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Largest_ChangeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_largest_change(inputs)
	return __en.predict_drift_largest_change(inputs)
});
/**
* | output |
* | --- |
* | "Moved most:" |
*
* @param {Predict_Drift_Moved_MostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_moved_most = /** @type {((inputs?: Predict_Drift_Moved_MostInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Moved_MostInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_moved_most(inputs)
	return __en.predict_drift_moved_most(inputs)
});
/**
* | output |
* | --- |
* | "\"{column}\" has no training profile, so its stability is not checked." |
*
* @param {Predict_Drift_No_ProfileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_no_profile = /** @type {((inputs: Predict_Drift_No_ProfileInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_No_ProfileInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_no_profile(inputs)
	return __en.predict_drift_no_profile(inputs)
});
/**
* | output |
* | --- |
* | "No stability check: this model file was written before Faro stored its training profile. Train the model again to get one." |
*
* @param {Predict_Drift_No_ReferenceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_no_reference = /** @type {((inputs?: Predict_Drift_No_ReferenceInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_No_ReferenceInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_no_reference(inputs)
	return __en.predict_drift_no_reference(inputs)
});
/**
* | output |
* | --- |
* | "No rows were scored, so there is nothing to compare." |
*
* @param {Predict_Drift_No_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_no_rows = /** @type {((inputs?: Predict_Drift_No_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_No_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_no_rows(inputs)
	return __en.predict_drift_no_rows(inputs)
});
/**
* | output |
* | --- |
* | "Bins of the score" |
*
* @param {Predict_Drift_Score_BinsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_score_bins = /** @type {((inputs?: Predict_Drift_Score_BinsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Score_BinsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_score_bins(inputs)
	return __en.predict_drift_score_bins(inputs)
});
/**
* | output |
* | --- |
* | "the score" |
*
* @param {Predict_Drift_Score_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_score_label = /** @type {((inputs?: Predict_Drift_Score_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Score_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_score_label(inputs)
	return __en.predict_drift_score_label(inputs)
});
/**
* | output |
* | --- |
* | "Score (predicted labels): PSI" |
*
* @param {Predict_Drift_Score_LabelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_score_labels = /** @type {((inputs?: Predict_Drift_Score_LabelsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Score_LabelsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_score_labels(inputs)
	return __en.predict_drift_score_labels(inputs)
});
/**
* | output |
* | --- |
* | "Score p({label}): PSI" |
*
* @param {Predict_Drift_Score_ProbabilityInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_score_probability = /** @type {((inputs: Predict_Drift_Score_ProbabilityInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Score_ProbabilityInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_score_probability(inputs)
	return __en.predict_drift_score_probability(inputs)
});
/**
* | output |
* | --- |
* | "Stability per column" |
*
* @param {Predict_Drift_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_table = /** @type {((inputs?: Predict_Drift_TableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_TableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_table(inputs)
	return __en.predict_drift_table(inputs)
});
/**
* | output |
* | --- |
* | "Stability per column, scrollable" |
*
* @param {Predict_Drift_Table_ScrollInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_table_scroll = /** @type {((inputs?: Predict_Drift_Table_ScrollInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Table_ScrollInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_table_scroll(inputs)
	return __en.predict_drift_table_scroll(inputs)
});
/**
* | output |
* | --- |
* | "Text: only the share of missing cells is compared." |
*
* @param {Predict_Drift_Text_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_text_note = /** @type {((inputs?: Predict_Drift_Text_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Text_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_text_note(inputs)
	return __en.predict_drift_text_note(inputs)
});
/**
* | output |
* | --- |
* | "Stability vs training data" |
*
* @param {Predict_Drift_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_title = /** @type {((inputs?: Predict_Drift_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_title(inputs)
	return __en.predict_drift_title(inputs)
});
/**
* | output |
* | --- |
* | "vs the model's held-out rows" |
*
* @param {Predict_Drift_Vs_Held_OutInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_drift_vs_held_out = /** @type {((inputs?: Predict_Drift_Vs_Held_OutInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Drift_Vs_Held_OutInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_drift_vs_held_out(inputs)
	return __en.predict_drift_vs_held_out(inputs)
});
/**
* | output |
* | --- |
* | "CSV" |
*
* @param {Predict_Format_CsvInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_format_csv = /** @type {((inputs?: Predict_Format_CsvInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Format_CsvInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_format_csv(inputs)
	return __en.predict_format_csv(inputs)
});
/**
* | output |
* | --- |
* | "Excel (es)" |
*
* @param {Predict_Format_Excel_EsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_format_excel_es = /** @type {((inputs?: Predict_Format_Excel_EsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Format_Excel_EsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_format_excel_es(inputs)
	return __en.predict_format_excel_es(inputs)
});
/**
* | output |
* | --- |
* | "Semicolons between cells, decimal commas and a UTF-8 mark, so a spreadsheet set to Spanish opens it in columns" |
*
* @param {Predict_Format_Excel_Es_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_format_excel_es_title = /** @type {((inputs?: Predict_Format_Excel_Es_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Format_Excel_Es_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_format_excel_es_title(inputs)
	return __en.predict_format_excel_es_title(inputs)
});
/**
* | output |
* | --- |
* | "File format" |
*
* @param {Predict_Format_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_format_label = /** @type {((inputs?: Predict_Format_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Format_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_format_label(inputs)
	return __en.predict_format_label(inputs)
});
/**
* | output |
* | --- |
* | "Preparing the file…" |
*
* @param {Predict_Format_PreparingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_format_preparing = /** @type {((inputs?: Predict_Format_PreparingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Format_PreparingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_format_preparing(inputs)
	return __en.predict_format_preparing(inputs)
});
/**
* | output |
* | --- |
* | "boolean" |
*
* @param {Predict_Kind_BooleanInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_boolean = /** @type {((inputs?: Predict_Kind_BooleanInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Kind_BooleanInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_kind_boolean(inputs)
	return __en.predict_kind_boolean(inputs)
});
/**
* | output |
* | --- |
* | "categorical" |
*
* @param {Predict_Kind_CategoricalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_categorical = /** @type {((inputs?: Predict_Kind_CategoricalInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Kind_CategoricalInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_kind_categorical(inputs)
	return __en.predict_kind_categorical(inputs)
});
/**
* | output |
* | --- |
* | "constant" |
*
* @param {Predict_Kind_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_constant = /** @type {((inputs?: Predict_Kind_ConstantInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Kind_ConstantInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_kind_constant(inputs)
	return __en.predict_kind_constant(inputs)
});
/**
* | output |
* | --- |
* | "date" |
*
* @param {Predict_Kind_DateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_date = /** @type {((inputs?: Predict_Kind_DateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Kind_DateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_kind_date(inputs)
	return __en.predict_kind_date(inputs)
});
/**
* | output |
* | --- |
* | "id" |
*
* @param {Predict_Kind_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_id = /** @type {((inputs?: Predict_Kind_IdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Kind_IdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_kind_id(inputs)
	return __en.predict_kind_id(inputs)
});
/**
* | output |
* | --- |
* | "numeric" |
*
* @param {Predict_Kind_NumericInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_numeric = /** @type {((inputs?: Predict_Kind_NumericInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Kind_NumericInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_kind_numeric(inputs)
	return __en.predict_kind_numeric(inputs)
});
/**
* | output |
* | --- |
* | "text" |
*
* @param {Predict_Kind_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_kind_text = /** @type {((inputs?: Predict_Kind_TextInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Kind_TextInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_kind_text(inputs)
	return __en.predict_kind_text(inputs)
});
/**
* | output |
* | --- |
* | "Load a model file (.json)" |
*
* @param {Predict_Load_Model_FileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_load_model_file = /** @type {((inputs?: Predict_Load_Model_FileInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Load_Model_FileInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_load_model_file(inputs)
	return __en.predict_load_model_file(inputs)
});
/**
* | output |
* | --- |
* | "Loaded model" |
*
* @param {Predict_Loaded_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_loaded_model = /** @type {((inputs?: Predict_Loaded_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Loaded_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_loaded_model(inputs)
	return __en.predict_loaded_model(inputs)
});
/**
* | output |
* | --- |
* | "Loading the model…" |
*
* @param {Predict_Loading_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_loading_model = /** @type {((inputs?: Predict_Loading_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Loading_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_loading_model(inputs)
	return __en.predict_loading_model(inputs)
});
/**
* | output |
* | --- |
* | "exact contributions of the logistic regression, measured from the average training row" |
*
* @param {Predict_Method_LinearInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_method_linear = /** @type {((inputs?: Predict_Method_LinearInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Method_LinearInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_method_linear(inputs)
	return __en.predict_method_linear(inputs)
});
/**
* | output |
* | --- |
* | "exact Shapley values against a typical training row" |
*
* @param {Predict_Method_Shapley_ExactInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_method_shapley_exact = /** @type {((inputs?: Predict_Method_Shapley_ExactInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Method_Shapley_ExactInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_method_shapley_exact(inputs)
	return __en.predict_method_shapley_exact(inputs)
});
/**
* | output |
* | --- |
* | "Shapley values against a typical training row, sampled over {count} column orders" |
*
* @param {Predict_Method_Shapley_SampledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_method_shapley_sampled = /** @type {((inputs: Predict_Method_Shapley_SampledInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Method_Shapley_SampledInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_method_shapley_sampled(inputs)
	return __en.predict_method_shapley_sampled(inputs)
});
/**
* | output |
* | --- |
* | "TreeSHAP (exact Shapley values of the trees, path-dependent)" |
*
* @param {Predict_Method_Tree_ShapInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_method_tree_shap = /** @type {((inputs?: Predict_Method_Tree_ShapInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Method_Tree_ShapInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_method_tree_shap(inputs)
	return __en.predict_method_tree_shap(inputs)
});
/**
* | output |
* | --- |
* | "Blend: {members}" |
*
* @param {Predict_Model_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_blend = /** @type {((inputs: Predict_Model_BlendInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Model_BlendInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_model_blend(inputs)
	return __en.predict_model_blend(inputs)
});
/**
* | output |
* | --- |
* | "({labels}) with" |
*
* @param {Predict_Model_Labels_WithInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_labels_with = /** @type {((inputs: Predict_Model_Labels_WithInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Model_Labels_WithInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_model_labels_with(inputs)
	return __en.predict_model_labels_with(inputs)
});
/**
* | output |
* | --- |
* | "Needs the columns: {columns}. Other columns are kept in the output and ignored." |
*
* @param {Predict_Model_NeedsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_needs = /** @type {((inputs: Predict_Model_NeedsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Model_NeedsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_model_needs(inputs)
	return __en.predict_model_needs(inputs)
});
/**
* | output |
* | --- |
* | "· from {source} · trained on {dataset} ({rows} rows) · test ROC AUC {rocAuc}" |
*
* @param {Predict_Model_OriginInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_origin = /** @type {((inputs: Predict_Model_OriginInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Model_OriginInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_model_origin(inputs)
	return __en.predict_model_origin(inputs)
});
/**
* | output |
* | --- |
* | "· positive class {label} when p ≥ {threshold}" |
*
* @param {Predict_Model_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_positive = /** @type {((inputs: Predict_Model_PositiveInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Model_PositiveInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_model_positive(inputs)
	return __en.predict_model_positive(inputs)
});
/**
* | output |
* | --- |
* | "Predicts “{target}”" |
*
* @param {Predict_Model_PredictsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_predicts = /** @type {((inputs: Predict_Model_PredictsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Model_PredictsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_model_predicts(inputs)
	return __en.predict_model_predicts(inputs)
});
/**
* | output |
* | --- |
* | "Model to predict with" |
*
* @param {Predict_Model_SectionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_model_section = /** @type {((inputs?: Predict_Model_SectionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Model_SectionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_model_section(inputs)
	return __en.predict_model_section(inputs)
});
/**
* | output |
* | --- |
* | "no finished runs yet" |
*
* @param {Predict_No_Finished_RunsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_no_finished_runs = /** @type {((inputs?: Predict_No_Finished_RunsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_No_Finished_RunsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_no_finished_runs(inputs)
	return __en.predict_no_finished_runs(inputs)
});
/**
* | output |
* | --- |
* | "no stored run has a model (removed to free space)" |
*
* @param {Predict_No_Run_With_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_no_run_with_model = /** @type {((inputs?: Predict_No_Run_With_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_No_Run_With_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_no_run_with_model(inputs)
	return __en.predict_no_run_with_model(inputs)
});
/**
* | output |
* | --- |
* | "or" |
*
* @param {Predict_OrInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_or = /** @type {((inputs?: Predict_OrInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_OrInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_or(inputs)
	return __en.predict_or(inputs)
});
/**
* | output |
* | --- |
* | "the average training row" |
*
* @param {Predict_Origin_AverageInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_origin_average = /** @type {((inputs?: Predict_Origin_AverageInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Origin_AverageInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_origin_average(inputs)
	return __en.predict_origin_average(inputs)
});
/**
* | output |
* | --- |
* | "the trees’ average score on the training rows" |
*
* @param {Predict_Origin_TreesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_origin_trees = /** @type {((inputs?: Predict_Origin_TreesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Origin_TreesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_origin_trees(inputs)
	return __en.predict_origin_trees(inputs)
});
/**
* | output |
* | --- |
* | "a typical training row" |
*
* @param {Predict_Origin_TypicalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_origin_typical = /** @type {((inputs?: Predict_Origin_TypicalInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Origin_TypicalInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_origin_typical(inputs)
	return __en.predict_origin_typical(inputs)
});
/**
* | output |
* | --- |
* | "bottom 10 %" |
*
* @param {Predict_Position_Bottom_10Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_position_bottom_10 = /** @type {((inputs?: Predict_Position_Bottom_10Inputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Position_Bottom_10Inputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_position_bottom_10(inputs)
	return __en.predict_position_bottom_10(inputs)
});
/**
* | output |
* | --- |
* | "bottom 25 %" |
*
* @param {Predict_Position_Bottom_25Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_position_bottom_25 = /** @type {((inputs?: Predict_Position_Bottom_25Inputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Position_Bottom_25Inputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_position_bottom_25(inputs)
	return __en.predict_position_bottom_25(inputs)
});
/**
* | output |
* | --- |
* | "middle half" |
*
* @param {Predict_Position_MiddleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_position_middle = /** @type {((inputs?: Predict_Position_MiddleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Position_MiddleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_position_middle(inputs)
	return __en.predict_position_middle(inputs)
});
/**
* | output |
* | --- |
* | "top 10 %" |
*
* @param {Predict_Position_Top_10Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_position_top_10 = /** @type {((inputs?: Predict_Position_Top_10Inputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Position_Top_10Inputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_position_top_10(inputs)
	return __en.predict_position_top_10(inputs)
});
/**
* | output |
* | --- |
* | "top 25 %" |
*
* @param {Predict_Position_Top_25Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_position_top_25 = /** @type {((inputs?: Predict_Position_Top_25Inputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Position_Top_25Inputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_position_top_25(inputs)
	return __en.predict_position_top_25(inputs)
});
/**
* | output |
* | --- |
* | "Predictions preview" |
*
* @param {Predict_PreviewInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_preview = /** @type {((inputs?: Predict_PreviewInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_PreviewInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_preview(inputs)
	return __en.predict_preview(inputs)
});
/**
* | output |
* | --- |
* | "Predictions preview, scrollable" |
*
* @param {Predict_Preview_ScrollInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_preview_scroll = /** @type {((inputs?: Predict_Preview_ScrollInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Preview_ScrollInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_preview_scroll(inputs)
	return __en.predict_preview_scroll(inputs)
});
/**
* | output |
* | --- |
* | "{cell} makes “{label}” less likely" |
*
* @param {Predict_Reason_Less_LikelyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_less_likely = /** @type {((inputs: Predict_Reason_Less_LikelyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Reason_Less_LikelyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_reason_less_likely(inputs)
	return __en.predict_reason_less_likely(inputs)
});
/**
* | output |
* | --- |
* | "{column} = {value} ({share} % of training rows)" |
*
* @param {Predict_Reason_LevelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_level = /** @type {((inputs: Predict_Reason_LevelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Reason_LevelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_reason_level(inputs)
	return __en.predict_reason_level(inputs)
});
/**
* | output |
* | --- |
* | "{column} = {value} (not seen in training)" |
*
* @param {Predict_Reason_Level_UnseenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_level_unseen = /** @type {((inputs: Predict_Reason_Level_UnseenInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Reason_Level_UnseenInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_reason_level_unseen(inputs)
	return __en.predict_reason_level_unseen(inputs)
});
/**
* | output |
* | --- |
* | "{column} missing" |
*
* @param {Predict_Reason_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_missing = /** @type {((inputs: Predict_Reason_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Reason_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_reason_missing(inputs)
	return __en.predict_reason_missing(inputs)
});
/**
* | output |
* | --- |
* | "{cell} makes “{label}” more likely" |
*
* @param {Predict_Reason_More_LikelyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_more_likely = /** @type {((inputs: Predict_Reason_More_LikelyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Reason_More_LikelyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_reason_more_likely(inputs)
	return __en.predict_reason_more_likely(inputs)
});
/**
* | output |
* | --- |
* | "{cell} points to “{label}”" |
*
* @param {Predict_Reason_Points_ToInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_points_to = /** @type {((inputs: Predict_Reason_Points_ToInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Reason_Points_ToInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_reason_points_to(inputs)
	return __en.predict_reason_points_to(inputs)
});
/**
* | output |
* | --- |
* | "{column} “{text}”" |
*
* @param {Predict_Reason_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_text = /** @type {((inputs: Predict_Reason_TextInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Reason_TextInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_reason_text(inputs)
	return __en.predict_reason_text(inputs)
});
/**
* | output |
* | --- |
* | "{column} {value}" |
*
* @param {Predict_Reason_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_value = /** @type {((inputs: Predict_Reason_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Reason_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_reason_value(inputs)
	return __en.predict_reason_value(inputs)
});
/**
* | output |
* | --- |
* | "{column} {value} ({position})" |
*
* @param {Predict_Reason_Value_AtInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reason_value_at = /** @type {((inputs: Predict_Reason_Value_AtInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Reason_Value_AtInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_reason_value_at(inputs)
	return __en.predict_reason_value_at(inputs)
});
/**
* | output |
* | --- |
* | "Add the reasons for each prediction (columns" |
*
* @param {Predict_Reasons_AddInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reasons_add = /** @type {((inputs?: Predict_Reasons_AddInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Reasons_AddInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_reasons_add(inputs)
	return __en.predict_reasons_add(inputs)
});
/**
* | output |
* | --- |
* | "; slower)" |
*
* @param {Predict_Reasons_SlowerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_reasons_slower = /** @type {((inputs?: Predict_Reasons_SlowerInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Reasons_SlowerInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_reasons_slower(inputs)
	return __en.predict_reasons_slower(inputs)
});
/**
* | output |
* | --- |
* | "blank = missing" |
*
* @param {Predict_Row_BlankInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_blank = /** @type {((inputs?: Predict_Row_BlankInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Row_BlankInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_row_blank(inputs)
	return __en.predict_row_blank(inputs)
});
/**
* | output |
* | --- |
* | "From {base} ({origin}) to {margin} for this row; the pushes add up to the difference. Method: {method}." |
*
* @param {Predict_Row_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_caption = /** @type {((inputs: Predict_Row_CaptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Row_CaptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_row_caption(inputs)
	return __en.predict_row_caption(inputs)
});
/**
* | output |
* | --- |
* | "No column pushed this row toward “{label}”: its score is the average row’s." |
*
* @param {Predict_Row_No_Push_AverageInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_no_push_average = /** @type {((inputs: Predict_Row_No_Push_AverageInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Row_No_Push_AverageInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_row_no_push_average(inputs)
	return __en.predict_row_no_push_average(inputs)
});
/**
* | output |
* | --- |
* | "No column pushed this row toward “{label}”: its score is the typical row’s." |
*
* @param {Predict_Row_No_Push_TypicalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_no_push_typical = /** @type {((inputs: Predict_Row_No_Push_TypicalInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Row_No_Push_TypicalInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_row_no_push_typical(inputs)
	return __en.predict_row_no_push_typical(inputs)
});
/**
* | output |
* | --- |
* | "Prediction:" |
*
* @param {Predict_Row_PredictionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_prediction = /** @type {((inputs?: Predict_Row_PredictionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Row_PredictionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_row_prediction(inputs)
	return __en.predict_row_prediction(inputs)
});
/**
* | output |
* | --- |
* | "Every column’s push ({scale} of “{label}”)" |
*
* @param {Predict_Row_PushesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_pushes = /** @type {((inputs: Predict_Row_PushesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Row_PushesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_row_pushes(inputs)
	return __en.predict_row_pushes(inputs)
});
/**
* | output |
* | --- |
* | "Prediction for the row" |
*
* @param {Predict_Row_ResultInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_result = /** @type {((inputs?: Predict_Row_ResultInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Row_ResultInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_row_result(inputs)
	return __en.predict_row_result(inputs)
});
/**
* | output |
* | --- |
* | "Score one row" |
*
* @param {Predict_Row_SectionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_section = /** @type {((inputs?: Predict_Row_SectionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Row_SectionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_row_section(inputs)
	return __en.predict_row_section(inputs)
});
/**
* | output |
* | --- |
* | "Predict" |
*
* @param {Predict_Row_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_submit = /** @type {((inputs?: Predict_Row_SubmitInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Row_SubmitInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_row_submit(inputs)
	return __en.predict_row_submit(inputs)
});
/**
* | output |
* | --- |
* | "3 · Score one row by hand" |
*
* @param {Predict_Row_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_title = /** @type {((inputs?: Predict_Row_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Row_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_row_title(inputs)
	return __en.predict_row_title(inputs)
});
/**
* | output |
* | --- |
* | "Why “{label}”" |
*
* @param {Predict_Row_WhyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_why = /** @type {((inputs: Predict_Row_WhyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Row_WhyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_row_why(inputs)
	return __en.predict_row_why(inputs)
});
/**
* | output |
* | --- |
* | "Why this prediction" |
*
* @param {Predict_Row_Why_SectionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_row_why_section = /** @type {((inputs?: Predict_Row_Why_SectionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Row_Why_SectionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_row_why_section(inputs)
	return __en.predict_row_why_section(inputs)
});
/**
* | output |
* | --- |
* | "centred log-probability" |
*
* @param {Predict_Scale_CentredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_scale_centred = /** @type {((inputs?: Predict_Scale_CentredInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Scale_CentredInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_scale_centred(inputs)
	return __en.predict_scale_centred(inputs)
});
/**
* | output |
* | --- |
* | "log-odds" |
*
* @param {Predict_Scale_Log_OddsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_scale_log_odds = /** @type {((inputs?: Predict_Scale_Log_OddsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Scale_Log_OddsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_scale_log_odds(inputs)
	return __en.predict_scale_log_odds(inputs)
});
/**
* | output |
* | --- |
* | "Score a CSV" |
*
* @param {Predict_Score_SectionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_score_section = /** @type {((inputs?: Predict_Score_SectionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Score_SectionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_score_section(inputs)
	return __en.predict_score_section(inputs)
});
/**
* | output |
* | --- |
* | "2 · Score a CSV" |
*
* @param {Predict_Score_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_score_title = /** @type {((inputs?: Predict_Score_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Score_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_score_title(inputs)
	return __en.predict_score_title(inputs)
});
/**
* | output |
* | --- |
* | "rows of {name}." |
*
* @param {Predict_Scored_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_scored_after = /** @type {((inputs: Predict_Scored_AfterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Scored_AfterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_scored_after(inputs)
	return __en.predict_scored_after(inputs)
});
/**
* | output |
* | --- |
* | "Scored" |
*
* @param {Predict_Scored_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_scored_before = /** @type {((inputs?: Predict_Scored_BeforeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Scored_BeforeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_scored_before(inputs)
	return __en.predict_scored_before(inputs)
});
/**
* | output |
* | --- |
* | "Scoring {name}" |
*
* @param {Predict_ScoringInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_scoring = /** @type {((inputs: Predict_ScoringInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_ScoringInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_scoring(inputs)
	return __en.predict_scoring(inputs)
});
/**
* | output |
* | --- |
* | "run “{name}”" |
*
* @param {Predict_Source_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_source_run = /** @type {((inputs: Predict_Source_RunInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Source_RunInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_source_run(inputs)
	return __en.predict_source_run(inputs)
});
/**
* | output |
* | --- |
* | "Use the model of a stored run" |
*
* @param {Predict_Use_Stored_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_use_stored_run = /** @type {((inputs?: Predict_Use_Stored_RunInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Use_Stored_RunInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_use_stored_run(inputs)
	return __en.predict_use_stored_run(inputs)
});
/**
* | output |
* | --- |
* | "use the model of a stored run…" |
*
* @param {Predict_Use_Stored_Run_OptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const predict_use_stored_run_option = /** @type {((inputs?: Predict_Use_Stored_Run_OptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Use_Stored_Run_OptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.predict_use_stored_run_option(inputs)
	return __en.predict_use_stored_run_option(inputs)
});
/**
* | output |
* | --- |
* | "{done} of {total}" |
*
* @param {Progress_AmountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_amount = /** @type {((inputs: Progress_AmountInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_AmountInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_amount(inputs)
	return __en.progress_amount(inputs)
});
/**
* | output |
* | --- |
* | "Binning the features" |
*
* @param {Progress_BinningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_binning = /** @type {((inputs?: Progress_BinningInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_BinningInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_binning(inputs)
	return __en.progress_binning(inputs)
});
/**
* | output |
* | --- |
* | "Boosting done" |
*
* @param {Progress_Boosting_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_boosting_done = /** @type {((inputs?: Progress_Boosting_DoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Boosting_DoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_boosting_done(inputs)
	return __en.progress_boosting_done(inputs)
});
/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {Progress_CancelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_cancel = /** @type {((inputs?: Progress_CancelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_CancelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_cancel(inputs)
	return __en.progress_cancel(inputs)
});
/**
* | output |
* | --- |
* | "Choosing a compute backend" |
*
* @param {Progress_Choosing_BackendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_choosing_backend = /** @type {((inputs?: Progress_Choosing_BackendInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Choosing_BackendInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_choosing_backend(inputs)
	return __en.progress_choosing_backend(inputs)
});
/**
* | output |
* | --- |
* | "Choosing a blend of trials" |
*
* @param {Progress_Choosing_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_choosing_blend = /** @type {((inputs?: Progress_Choosing_BlendInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Choosing_BlendInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_choosing_blend(inputs)
	return __en.progress_choosing_blend(inputs)
});
/**
* | output |
* | --- |
* | "{name} ({i} of {n})" |
*
* @param {Progress_Column_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_column_of = /** @type {((inputs: Progress_Column_OfInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Column_OfInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_column_of(inputs)
	return __en.progress_column_of(inputs)
});
/**
* | output |
* | --- |
* | "Counting terms" |
*
* @param {Progress_Counting_TermsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_counting_terms = /** @type {((inputs?: Progress_Counting_TermsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Counting_TermsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_counting_terms(inputs)
	return __en.progress_counting_terms(inputs)
});
/**
* | output |
* | --- |
* | "danger rows of class {c}" |
*
* @param {Progress_Danger_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_danger_rows = /** @type {((inputs: Progress_Danger_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Danger_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_danger_rows(inputs)
	return __en.progress_danger_rows(inputs)
});
/**
* | output |
* | --- |
* | "Describing with {model}" |
*
* @param {Progress_DescribingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_describing = /** @type {((inputs: Progress_DescribingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_DescribingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_describing(inputs)
	return __en.progress_describing(inputs)
});
/**
* | output |
* | --- |
* | "Done" |
*
* @param {Progress_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_done = /** @type {((inputs?: Progress_DoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_DoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_done(inputs)
	return __en.progress_done(inputs)
});
/**
* | output |
* | --- |
* | "Evaluating on the test part" |
*
* @param {Progress_EvaluatingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_evaluating = /** @type {((inputs?: Progress_EvaluatingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_EvaluatingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_evaluating(inputs)
	return __en.progress_evaluating(inputs)
});
/**
* | output |
* | --- |
* | "Fingerprinting" |
*
* @param {Progress_FingerprintingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_fingerprinting = /** @type {((inputs?: Progress_FingerprintingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_FingerprintingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_fingerprinting(inputs)
	return __en.progress_fingerprinting(inputs)
});
/**
* | output |
* | --- |
* | "Fold {fold} of {k}" |
*
* @param {Progress_FoldInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_fold = /** @type {((inputs: Progress_FoldInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_FoldInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_fold(inputs)
	return __en.progress_fold(inputs)
});
/**
* | output |
* | --- |
* | "Permutation importance" |
*
* @param {Progress_ImportanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_importance = /** @type {((inputs?: Progress_ImportanceInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_ImportanceInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_importance(inputs)
	return __en.progress_importance(inputs)
});
/**
* | output |
* | --- |
* | "{time} left" |
*
* @param {Progress_LeftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_left = /** @type {((inputs: Progress_LeftInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_LeftInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_left(inputs)
	return __en.progress_left(inputs)
});
/**
* | output |
* | --- |
* | "neighbours in class {c}" |
*
* @param {Progress_NeighboursInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_neighbours = /** @type {((inputs: Progress_NeighboursInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_NeighboursInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_neighbours(inputs)
	return __en.progress_neighbours(inputs)
});
/**
* | output |
* | --- |
* | "Preparing features" |
*
* @param {Progress_Preparing_FeaturesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_preparing_features = /** @type {((inputs?: Progress_Preparing_FeaturesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Preparing_FeaturesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_preparing_features(inputs)
	return __en.progress_preparing_features(inputs)
});
/**
* | output |
* | --- |
* | "Profiling columns" |
*
* @param {Progress_ProfilingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_profiling = /** @type {((inputs?: Progress_ProfilingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_ProfilingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_profiling(inputs)
	return __en.progress_profiling(inputs)
});
/**
* | output |
* | --- |
* | "Reading the dataset" |
*
* @param {Progress_ReadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_reading = /** @type {((inputs?: Progress_ReadingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_ReadingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_reading(inputs)
	return __en.progress_reading(inputs)
});
/**
* | output |
* | --- |
* | "{rate} rows/s" |
*
* @param {Progress_Rows_Per_SecondInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_rows_per_second = /** @type {((inputs: Progress_Rows_Per_SecondInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Rows_Per_SecondInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_rows_per_second(inputs)
	return __en.progress_rows_per_second(inputs)
});
/**
* | output |
* | --- |
* | "Saving in the browser" |
*
* @param {Progress_SavingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_saving = /** @type {((inputs?: Progress_SavingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_SavingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_saving(inputs)
	return __en.progress_saving(inputs)
});
/**
* | output |
* | --- |
* | "Scoring" |
*
* @param {Progress_ScoringInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_scoring = /** @type {((inputs?: Progress_ScoringInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_ScoringInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_scoring(inputs)
	return __en.progress_scoring(inputs)
});
/**
* | output |
* | --- |
* | "Screening “{name}”" |
*
* @param {Progress_ScreeningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_screening = /** @type {((inputs: Progress_ScreeningInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_ScreeningInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_screening(inputs)
	return __en.progress_screening(inputs)
});
/**
* | output |
* | --- |
* | "Starting…" |
*
* @param {Progress_StartingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_starting = /** @type {((inputs?: Progress_StartingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_StartingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_starting(inputs)
	return __en.progress_starting(inputs)
});
/**
* | output |
* | --- |
* | "Starting trial workers" |
*
* @param {Progress_Starting_WorkersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_starting_workers = /** @type {((inputs?: Progress_Starting_WorkersInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Starting_WorkersInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_starting_workers(inputs)
	return __en.progress_starting_workers(inputs)
});
/**
* | output |
* | --- |
* | "done" |
*
* @param {Progress_Status_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_status_done = /** @type {((inputs?: Progress_Status_DoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Status_DoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_status_done(inputs)
	return __en.progress_status_done(inputs)
});
/**
* | output |
* | --- |
* | "failed" |
*
* @param {Progress_Status_FailedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_status_failed = /** @type {((inputs?: Progress_Status_FailedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Status_FailedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_status_failed(inputs)
	return __en.progress_status_failed(inputs)
});
/**
* | output |
* | --- |
* | "pruned" |
*
* @param {Progress_Status_PrunedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_status_pruned = /** @type {((inputs?: Progress_Status_PrunedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Status_PrunedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_status_pruned(inputs)
	return __en.progress_status_pruned(inputs)
});
/**
* | output |
* | --- |
* | "skipped" |
*
* @param {Progress_Status_SkippedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_status_skipped = /** @type {((inputs?: Progress_Status_SkippedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Status_SkippedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_status_skipped(inputs)
	return __en.progress_status_skipped(inputs)
});
/**
* | output |
* | --- |
* | "Epoch" |
*
* @param {Progress_Step_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_step_epoch = /** @type {((inputs?: Progress_Step_EpochInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Step_EpochInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_step_epoch(inputs)
	return __en.progress_step_epoch(inputs)
});
/**
* | output |
* | --- |
* | "Iteration" |
*
* @param {Progress_Step_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_step_iteration = /** @type {((inputs?: Progress_Step_IterationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Step_IterationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_step_iteration(inputs)
	return __en.progress_step_iteration(inputs)
});
/**
* | output |
* | --- |
* | "{step} {n} of at most {max}" |
*
* @param {Progress_Step_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_step_of = /** @type {((inputs: Progress_Step_OfInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Step_OfInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_step_of(inputs)
	return __en.progress_step_of(inputs)
});
/**
* | output |
* | --- |
* | "{step} {n} of at most {max} (validation)" |
*
* @param {Progress_Step_Of_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_step_of_validation = /** @type {((inputs: Progress_Step_Of_ValidationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Step_Of_ValidationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_step_of_validation(inputs)
	return __en.progress_step_of_validation(inputs)
});
/**
* | output |
* | --- |
* | "Solver iteration" |
*
* @param {Progress_Step_SolverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_step_solver = /** @type {((inputs?: Progress_Step_SolverInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Step_SolverInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_step_solver(inputs)
	return __en.progress_step_solver(inputs)
});
/**
* | output |
* | --- |
* | "Training the best configuration" |
*
* @param {Progress_Training_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_training_best = /** @type {((inputs?: Progress_Training_BestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Training_BestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_training_best(inputs)
	return __en.progress_training_best(inputs)
});
/**
* | output |
* | --- |
* | "Training the blend" |
*
* @param {Progress_Training_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_training_blend = /** @type {((inputs?: Progress_Training_BlendInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Training_BlendInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_training_blend(inputs)
	return __en.progress_training_blend(inputs)
});
/**
* | output |
* | --- |
* | "Trial {id}" |
*
* @param {Progress_TrialInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_trial = /** @type {((inputs: Progress_TrialInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_TrialInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_trial(inputs)
	return __en.progress_trial(inputs)
});
/**
* | output |
* | --- |
* | "Trial {id} {status}" |
*
* @param {Progress_Trial_StatusInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_trial_status = /** @type {((inputs: Progress_Trial_StatusInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Trial_StatusInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_trial_status(inputs)
	return __en.progress_trial_status(inputs)
});
/**
* | output |
* | --- |
* | "Writing descriptions" |
*
* @param {Progress_Writing_DescriptionsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_writing_descriptions = /** @type {((inputs?: Progress_Writing_DescriptionsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_Writing_DescriptionsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.progress_writing_descriptions(inputs)
	return __en.progress_writing_descriptions(inputs)
});
/**
* | output |
* | --- |
* | "Each row is predicted as its most probable class." |
*
* @param {Report_Argmax_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_argmax_note = /** @type {((inputs?: Report_Argmax_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Argmax_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_argmax_note(inputs)
	return __en.report_argmax_note(inputs)
});
/**
* | output |
* | --- |
* | "Cost of errors per row" |
*
* @param {Report_Axis_Cost_Per_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_cost_per_row = /** @type {((inputs?: Report_Axis_Cost_Per_RowInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_Cost_Per_RowInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_cost_per_row(inputs)
	return __en.report_axis_cost_per_row(inputs)
});
/**
* | output |
* | --- |
* | "Decile (highest scores first)" |
*
* @param {Report_Axis_DecileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_decile = /** @type {((inputs?: Report_Axis_DecileInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_DecileInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_decile(inputs)
	return __en.report_axis_decile(inputs)
});
/**
* | output |
* | --- |
* | "Epoch" |
*
* @param {Report_Axis_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_epoch = /** @type {((inputs?: Report_Axis_EpochInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_EpochInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_epoch(inputs)
	return __en.report_axis_epoch(inputs)
});
/**
* | output |
* | --- |
* | "Epoch (trees: iteration)" |
*
* @param {Report_Axis_Epoch_TreesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_epoch_trees = /** @type {((inputs?: Report_Axis_Epoch_TreesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_Epoch_TreesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_epoch_trees(inputs)
	return __en.report_axis_epoch_trees(inputs)
});
/**
* | output |
* | --- |
* | "False positive rate" |
*
* @param {Report_Axis_FprInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_fpr = /** @type {((inputs?: Report_Axis_FprInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_FprInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_fpr(inputs)
	return __en.report_axis_fpr(inputs)
});
/**
* | output |
* | --- |
* | "{metric} lost when the column is shuffled" |
*
* @param {Report_Axis_ImportanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_importance = /** @type {((inputs: Report_Axis_ImportanceInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_ImportanceInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_importance(inputs)
	return __en.report_axis_importance(inputs)
});
/**
* | output |
* | --- |
* | "Iteration" |
*
* @param {Report_Axis_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_iteration = /** @type {((inputs?: Report_Axis_IterationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_IterationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_iteration(inputs)
	return __en.report_axis_iteration(inputs)
});
/**
* | output |
* | --- |
* | "Loss (cross-entropy)" |
*
* @param {Report_Axis_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_loss = /** @type {((inputs?: Report_Axis_LossInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_LossInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_loss(inputs)
	return __en.report_axis_loss(inputs)
});
/**
* | output |
* | --- |
* | "Mean predicted probability" |
*
* @param {Report_Axis_Mean_PredictedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_mean_predicted = /** @type {((inputs?: Report_Axis_Mean_PredictedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_Mean_PredictedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_mean_predicted(inputs)
	return __en.report_axis_mean_predicted(inputs)
});
/**
* | output |
* | --- |
* | "Precision" |
*
* @param {Report_Axis_PrecisionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_precision = /** @type {((inputs?: Report_Axis_PrecisionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_PrecisionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_precision(inputs)
	return __en.report_axis_precision(inputs)
});
/**
* | output |
* | --- |
* | "Precision, recall" |
*
* @param {Report_Axis_Precision_RecallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_precision_recall = /** @type {((inputs?: Report_Axis_Precision_RecallInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_Precision_RecallInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_precision_recall(inputs)
	return __en.report_axis_precision_recall(inputs)
});
/**
* | output |
* | --- |
* | "Recall" |
*
* @param {Report_Axis_RecallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_recall = /** @type {((inputs?: Report_Axis_RecallInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_RecallInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_recall(inputs)
	return __en.report_axis_recall(inputs)
});
/**
* | output |
* | --- |
* | "Share of “{positive}” captured" |
*
* @param {Report_Axis_Share_CapturedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_share_captured = /** @type {((inputs: Report_Axis_Share_CapturedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_Share_CapturedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_share_captured(inputs)
	return __en.report_axis_share_captured(inputs)
});
/**
* | output |
* | --- |
* | "Share of the class" |
*
* @param {Report_Axis_Share_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_share_class = /** @type {((inputs?: Report_Axis_Share_ClassInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_Share_ClassInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_share_class(inputs)
	return __en.report_axis_share_class(inputs)
});
/**
* | output |
* | --- |
* | "Share of positives captured" |
*
* @param {Report_Axis_Share_PositivesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_share_positives = /** @type {((inputs?: Report_Axis_Share_PositivesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_Share_PositivesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_share_positives(inputs)
	return __en.report_axis_share_positives(inputs)
});
/**
* | output |
* | --- |
* | "Share of rows (highest scores first)" |
*
* @param {Report_Axis_Share_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_share_rows = /** @type {((inputs?: Report_Axis_Share_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_Share_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_share_rows(inputs)
	return __en.report_axis_share_rows(inputs)
});
/**
* | output |
* | --- |
* | "Solver iteration" |
*
* @param {Report_Axis_Solver_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_solver_iteration = /** @type {((inputs?: Report_Axis_Solver_IterationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_Solver_IterationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_solver_iteration(inputs)
	return __en.report_axis_solver_iteration(inputs)
});
/**
* | output |
* | --- |
* | "True positive rate" |
*
* @param {Report_Axis_TprInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_tpr = /** @type {((inputs?: Report_Axis_TprInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_TprInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_tpr(inputs)
	return __en.report_axis_tpr(inputs)
});
/**
* | output |
* | --- |
* | "Validation loss" |
*
* @param {Report_Axis_Val_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_axis_val_loss = /** @type {((inputs?: Report_Axis_Val_LossInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Axis_Val_LossInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_axis_val_loss(inputs)
	return __en.report_axis_val_loss(inputs)
});
/**
* | output |
* | --- |
* | "requested {backend}; used" |
*
* @param {Report_Backend_RequestedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_backend_requested = /** @type {((inputs: Report_Backend_RequestedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Backend_RequestedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_backend_requested(inputs)
	return __en.report_backend_requested(inputs)
});
/**
* | output |
* | --- |
* | "{name} (requested {backend})" |
*
* @param {Report_Backend_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_backend_value = /** @type {((inputs: Report_Backend_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Backend_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_backend_value(inputs)
	return __en.report_backend_value(inputs)
});
/**
* | output |
* | --- |
* | "Blend members" |
*
* @param {Report_Blend_MembersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_blend_members = /** @type {((inputs?: Report_Blend_MembersInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Blend_MembersInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_blend_members(inputs)
	return __en.report_blend_members(inputs)
});
/**
* | output |
* | --- |
* | "The blend averages its members’ probabilities with these weights; the recipe, class balancing and training curve shown are the heaviest member’s." |
*
* @param {Report_Blend_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_blend_note = /** @type {((inputs?: Report_Blend_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Blend_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_blend_note(inputs)
	return __en.report_blend_note(inputs)
});
/**
* | output |
* | --- |
* | "Blend of {count}:" |
*
* @param {Report_Blend_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_blend_of = /** @type {((inputs: Report_Blend_OfInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Blend_OfInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_blend_of(inputs)
	return __en.report_blend_of(inputs)
});
/**
* | output |
* | --- |
* | "Blend of {count} models" |
*
* @param {Report_Blend_Of_ModelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_blend_of_models = /** @type {((inputs: Report_Blend_Of_ModelsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Blend_Of_ModelsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_blend_of_models(inputs)
	return __en.report_blend_of_models(inputs)
});
/**
* | output |
* | --- |
* | "Blend of {count} model" |
*
* @param {Report_Blend_Of_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_blend_of_one = /** @type {((inputs: Report_Blend_Of_OneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Blend_Of_OneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_blend_of_one(inputs)
	return __en.report_blend_of_one(inputs)
});
/**
* | output |
* | --- |
* | "Calibration bins" |
*
* @param {Report_Calibration_BinsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_calibration_bins = /** @type {((inputs?: Report_Calibration_BinsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Calibration_BinsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_calibration_bins(inputs)
	return __en.report_calibration_bins(inputs)
});
/**
* | output |
* | --- |
* | "Calibration bins of p({positive})" |
*
* @param {Report_Calibration_Bins_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_calibration_bins_of = /** @type {((inputs: Report_Calibration_Bins_OfInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Calibration_Bins_OfInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_calibration_bins_of(inputs)
	return __en.report_calibration_bins_of(inputs)
});
/**
* | output |
* | --- |
* | "Calibration (10 bins); dashed: perfect calibration." |
*
* @param {Report_Caption_CalibrationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_calibration = /** @type {((inputs?: Report_Caption_CalibrationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Caption_CalibrationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_caption_calibration(inputs)
	return __en.report_caption_calibration(inputs)
});
/**
* | output |
* | --- |
* | "Cost of errors per row; dashed rule: the run’s threshold." |
*
* @param {Report_Caption_Cost_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_cost_threshold = /** @type {((inputs?: Report_Caption_Cost_ThresholdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Caption_Cost_ThresholdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_caption_cost_threshold(inputs)
	return __en.report_caption_cost_threshold(inputs)
});
/**
* | output |
* | --- |
* | "Cumulative gains; dashed: a random order." |
*
* @param {Report_Caption_GainsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_gains = /** @type {((inputs?: Report_Caption_GainsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Caption_GainsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_caption_gains(inputs)
	return __en.report_caption_gains(inputs)
});
/**
* | output |
* | --- |
* | "KS {ks}: the bold rule marks the largest gap between the two classes." |
*
* @param {Report_Caption_KsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_ks = /** @type {((inputs: Report_Caption_KsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Caption_KsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_caption_ks(inputs)
	return __en.report_caption_ks(inputs)
});
/**
* | output |
* | --- |
* | "Bars: lift per decile; line: cumulative lift; dashed: the overall rate (1)." |
*
* @param {Report_Caption_LiftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_lift = /** @type {((inputs?: Report_Caption_LiftInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Caption_LiftInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_caption_lift(inputs)
	return __en.report_caption_lift(inputs)
});
/**
* | output |
* | --- |
* | "Loss per epoch; solid: train, dashed: validation; dashed rule: {kept} ({best})." |
*
* @param {Report_Caption_Loss_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_loss_epoch = /** @type {((inputs: Report_Caption_Loss_EpochInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Caption_Loss_EpochInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_caption_loss_epoch(inputs)
	return __en.report_caption_loss_epoch(inputs)
});
/**
* | output |
* | --- |
* | "Loss per iteration; solid: train, dashed: validation; dashed rule: {kept} ({best})." |
*
* @param {Report_Caption_Loss_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_loss_iteration = /** @type {((inputs: Report_Caption_Loss_IterationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Caption_Loss_IterationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_caption_loss_iteration(inputs)
	return __en.report_caption_loss_iteration(inputs)
});
/**
* | output |
* | --- |
* | "Precision–recall · AP {ap}" |
*
* @param {Report_Caption_PrInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_pr = /** @type {((inputs: Report_Caption_PrInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Caption_PrInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_caption_pr(inputs)
	return __en.report_caption_pr(inputs)
});
/**
* | output |
* | --- |
* | "Solid: precision; dashed: recall; dashed rule: the run’s threshold." |
*
* @param {Report_Caption_Pr_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_pr_threshold = /** @type {((inputs?: Report_Caption_Pr_ThresholdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Caption_Pr_ThresholdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_caption_pr_threshold(inputs)
	return __en.report_caption_pr_threshold(inputs)
});
/**
* | output |
* | --- |
* | "ROC curve · AUC {auc}{perClass}; dashed: chance." |
*
* @param {Report_Caption_RocInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_roc = /** @type {((inputs: Report_Caption_RocInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Caption_RocInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_caption_roc(inputs)
	return __en.report_caption_roc(inputs)
});
/**
* | output |
* | --- |
* | "macro one-vs-rest; one curve per class" |
*
* @param {Report_Caption_Roc_Per_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caption_roc_per_class = /** @type {((inputs?: Report_Caption_Roc_Per_ClassInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Caption_Roc_Per_ClassInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_caption_roc_per_class(inputs)
	return __en.report_caption_roc_per_class(inputs)
});
/**
* | output |
* | --- |
* | "Captured share by decile" |
*
* @param {Report_Captured_By_DecileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_captured_by_decile = /** @type {((inputs?: Report_Captured_By_DecileInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Captured_By_DecileInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_captured_by_decile(inputs)
	return __en.report_captured_by_decile(inputs)
});
/**
* | output |
* | --- |
* | "These runs were trained on different data (the dataset fingerprints differ): their metrics are not directly comparable." |
*
* @param {Report_Caution_DataInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caution_data = /** @type {((inputs?: Report_Caution_DataInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Caution_DataInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_caution_data(inputs)
	return __en.report_caution_data(inputs)
});
/**
* | output |
* | --- |
* | "These runs were evaluated on different test rows (another seed or split): differences may be noise." |
*
* @param {Report_Caution_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_caution_rows = /** @type {((inputs?: Report_Caution_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Caution_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_caution_rows(inputs)
	return __en.report_caution_rows(inputs)
});
/**
* | output |
* | --- |
* | "Calibration curve" |
*
* @param {Report_Chart_CalibrationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_calibration = /** @type {((inputs?: Report_Chart_CalibrationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_CalibrationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_calibration(inputs)
	return __en.report_chart_calibration(inputs)
});
/**
* | output |
* | --- |
* | "Calibration curves of the compared runs" |
*
* @param {Report_Chart_Calibration_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_calibration_compared = /** @type {((inputs?: Report_Chart_Calibration_ComparedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_Calibration_ComparedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_calibration_compared(inputs)
	return __en.report_chart_calibration_compared(inputs)
});
/**
* | output |
* | --- |
* | "Cost of errors against the threshold" |
*
* @param {Report_Chart_Cost_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_cost_threshold = /** @type {((inputs?: Report_Chart_Cost_ThresholdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_Cost_ThresholdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_cost_threshold(inputs)
	return __en.report_chart_cost_threshold(inputs)
});
/**
* | output |
* | --- |
* | "Cumulative gains of “{positive}”" |
*
* @param {Report_Chart_GainsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_gains = /** @type {((inputs: Report_Chart_GainsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_GainsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_gains(inputs)
	return __en.report_chart_gains(inputs)
});
/**
* | output |
* | --- |
* | "Cumulative gains of the compared runs" |
*
* @param {Report_Chart_Gains_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_gains_compared = /** @type {((inputs?: Report_Chart_Gains_ComparedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_Gains_ComparedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_gains_compared(inputs)
	return __en.report_chart_gains_compared(inputs)
});
/**
* | output |
* | --- |
* | "Permutation importance per column" |
*
* @param {Report_Chart_ImportanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_importance = /** @type {((inputs?: Report_Chart_ImportanceInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_ImportanceInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_importance(inputs)
	return __en.report_chart_importance(inputs)
});
/**
* | output |
* | --- |
* | "KS chart" |
*
* @param {Report_Chart_KsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_ks = /** @type {((inputs?: Report_Chart_KsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_KsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_ks(inputs)
	return __en.report_chart_ks(inputs)
});
/**
* | output |
* | --- |
* | "Lift by decile" |
*
* @param {Report_Chart_LiftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_lift = /** @type {((inputs?: Report_Chart_LiftInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_LiftInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_lift(inputs)
	return __en.report_chart_lift(inputs)
});
/**
* | output |
* | --- |
* | "Training and validation loss per epoch" |
*
* @param {Report_Chart_Loss_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_loss_epoch = /** @type {((inputs?: Report_Chart_Loss_EpochInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_Loss_EpochInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_loss_epoch(inputs)
	return __en.report_chart_loss_epoch(inputs)
});
/**
* | output |
* | --- |
* | "Training and validation loss per iteration" |
*
* @param {Report_Chart_Loss_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_loss_iteration = /** @type {((inputs?: Report_Chart_Loss_IterationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_Loss_IterationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_loss_iteration(inputs)
	return __en.report_chart_loss_iteration(inputs)
});
/**
* | output |
* | --- |
* | "Precision–recall curve" |
*
* @param {Report_Chart_PrInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_pr = /** @type {((inputs?: Report_Chart_PrInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_PrInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_pr(inputs)
	return __en.report_chart_pr(inputs)
});
/**
* | output |
* | --- |
* | "Precision–recall curves of the compared runs" |
*
* @param {Report_Chart_Pr_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_pr_compared = /** @type {((inputs?: Report_Chart_Pr_ComparedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_Pr_ComparedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_pr_compared(inputs)
	return __en.report_chart_pr_compared(inputs)
});
/**
* | output |
* | --- |
* | "Precision and recall against the threshold" |
*
* @param {Report_Chart_Pr_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_pr_threshold = /** @type {((inputs?: Report_Chart_Pr_ThresholdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_Pr_ThresholdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_pr_threshold(inputs)
	return __en.report_chart_pr_threshold(inputs)
});
/**
* | output |
* | --- |
* | "ROC curve" |
*
* @param {Report_Chart_RocInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_roc = /** @type {((inputs?: Report_Chart_RocInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_RocInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_roc(inputs)
	return __en.report_chart_roc(inputs)
});
/**
* | output |
* | --- |
* | "ROC curves of the compared runs" |
*
* @param {Report_Chart_Roc_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_roc_compared = /** @type {((inputs?: Report_Chart_Roc_ComparedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_Roc_ComparedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_roc_compared(inputs)
	return __en.report_chart_roc_compared(inputs)
});
/**
* | output |
* | --- |
* | "Validation loss of the compared runs" |
*
* @param {Report_Chart_Val_Loss_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_chart_val_loss_compared = /** @type {((inputs?: Report_Chart_Val_Loss_ComparedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Chart_Val_Loss_ComparedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_chart_val_loss_compared(inputs)
	return __en.report_chart_val_loss_compared(inputs)
});
/**
* | output |
* | --- |
* | "Class balancing" |
*
* @param {Report_Class_BalancingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_class_balancing = /** @type {((inputs?: Report_Class_BalancingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Class_BalancingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_class_balancing(inputs)
	return __en.report_class_balancing(inputs)
});
/**
* | output |
* | --- |
* | "Each training row’s loss is weighted by n / (classes × class size)." |
*
* @param {Report_Class_Weights_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_class_weights_note = /** @type {((inputs?: Report_Class_Weights_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Class_Weights_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_class_weights_note(inputs)
	return __en.report_class_weights_note(inputs)
});
/**
* | output |
* | --- |
* | "({count} classes: {classes})" |
*
* @param {Report_Classes_ListInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_classes_list = /** @type {((inputs: Report_Classes_ListInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Classes_ListInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_classes_list(inputs)
	return __en.report_classes_list(inputs)
});
/**
* | output |
* | --- |
* | "After" |
*
* @param {Report_Col_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_after = /** @type {((inputs?: Report_Col_AfterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_AfterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_after(inputs)
	return __en.report_col_after(inputs)
});
/**
* | output |
* | --- |
* | "Before" |
*
* @param {Report_Col_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_before = /** @type {((inputs?: Report_Col_BeforeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_BeforeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_before(inputs)
	return __en.report_col_before(inputs)
});
/**
* | output |
* | --- |
* | "Captured" |
*
* @param {Report_Col_CapturedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_captured = /** @type {((inputs?: Report_Col_CapturedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_CapturedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_captured(inputs)
	return __en.report_col_captured(inputs)
});
/**
* | output |
* | --- |
* | "Class" |
*
* @param {Report_Col_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_class = /** @type {((inputs?: Report_Col_ClassInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_ClassInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_class(inputs)
	return __en.report_col_class(inputs)
});
/**
* | output |
* | --- |
* | "Column" |
*
* @param {Report_Col_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_column = /** @type {((inputs?: Report_Col_ColumnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_ColumnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_column(inputs)
	return __en.report_col_column(inputs)
});
/**
* | output |
* | --- |
* | "Cum. lift" |
*
* @param {Report_Col_Cum_LiftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_cum_lift = /** @type {((inputs?: Report_Col_Cum_LiftInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_Cum_LiftInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_cum_lift(inputs)
	return __en.report_col_cum_lift(inputs)
});
/**
* | output |
* | --- |
* | "Decile" |
*
* @param {Report_Col_DecileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_decile = /** @type {((inputs?: Report_Col_DecileInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_DecileInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_decile(inputs)
	return __en.report_col_decile(inputs)
});
/**
* | output |
* | --- |
* | "Lift" |
*
* @param {Report_Col_LiftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_lift = /** @type {((inputs?: Report_Col_LiftInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_LiftInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_lift(inputs)
	return __en.report_col_lift(inputs)
});
/**
* | output |
* | --- |
* | "Mean predicted" |
*
* @param {Report_Col_Mean_PredictedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_mean_predicted = /** @type {((inputs?: Report_Col_Mean_PredictedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_Mean_PredictedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_mean_predicted(inputs)
	return __en.report_col_mean_predicted(inputs)
});
/**
* | output |
* | --- |
* | "Meaning" |
*
* @param {Report_Col_MeaningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_meaning = /** @type {((inputs?: Report_Col_MeaningInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_MeaningInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_meaning(inputs)
	return __en.report_col_meaning(inputs)
});
/**
* | output |
* | --- |
* | "Metric" |
*
* @param {Report_Col_MetricInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_metric = /** @type {((inputs?: Report_Col_MetricInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_MetricInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_metric(inputs)
	return __en.report_col_metric(inputs)
});
/**
* | output |
* | --- |
* | "{metric} lost" |
*
* @param {Report_Col_Metric_LostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_metric_lost = /** @type {((inputs: Report_Col_Metric_LostInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_Metric_LostInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_metric_lost(inputs)
	return __en.report_col_metric_lost(inputs)
});
/**
* | output |
* | --- |
* | "Model" |
*
* @param {Report_Col_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_model = /** @type {((inputs?: Report_Col_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_model(inputs)
	return __en.report_col_model(inputs)
});
/**
* | output |
* | --- |
* | "Part" |
*
* @param {Report_Col_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_part = /** @type {((inputs?: Report_Col_PartInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_PartInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_part(inputs)
	return __en.report_col_part(inputs)
});
/**
* | output |
* | --- |
* | "Per row" |
*
* @param {Report_Col_Per_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_per_row = /** @type {((inputs?: Report_Col_Per_RowInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_Per_RowInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_per_row(inputs)
	return __en.report_col_per_row(inputs)
});
/**
* | output |
* | --- |
* | "“{positive}”" |
*
* @param {Report_Col_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_positive = /** @type {((inputs: Report_Col_PositiveInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_PositiveInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_positive(inputs)
	return __en.report_col_positive(inputs)
});
/**
* | output |
* | --- |
* | "Precision" |
*
* @param {Report_Col_PrecisionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_precision = /** @type {((inputs?: Report_Col_PrecisionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_PrecisionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_precision(inputs)
	return __en.report_col_precision(inputs)
});
/**
* | output |
* | --- |
* | "Rate" |
*
* @param {Report_Col_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_rate = /** @type {((inputs?: Report_Col_RateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_RateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_rate(inputs)
	return __en.report_col_rate(inputs)
});
/**
* | output |
* | --- |
* | "Recall" |
*
* @param {Report_Col_RecallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_recall = /** @type {((inputs?: Report_Col_RecallInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_RecallInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_recall(inputs)
	return __en.report_col_recall(inputs)
});
/**
* | output |
* | --- |
* | "Rows" |
*
* @param {Report_Col_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_rows = /** @type {((inputs?: Report_Col_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_rows(inputs)
	return __en.report_col_rows(inputs)
});
/**
* | output |
* | --- |
* | "Scores" |
*
* @param {Report_Col_ScoresInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_scores = /** @type {((inputs?: Report_Col_ScoresInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_ScoresInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_scores(inputs)
	return __en.report_col_scores(inputs)
});
/**
* | output |
* | --- |
* | "Setting" |
*
* @param {Report_Col_SettingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_setting = /** @type {((inputs?: Report_Col_SettingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_SettingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_setting(inputs)
	return __en.report_col_setting(inputs)
});
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Report_Col_SettingsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_settings = /** @type {((inputs?: Report_Col_SettingsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_SettingsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_settings(inputs)
	return __en.report_col_settings(inputs)
});
/**
* | output |
* | --- |
* | "± std" |
*
* @param {Report_Col_StdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_std = /** @type {((inputs?: Report_Col_StdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_StdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_std(inputs)
	return __en.report_col_std(inputs)
});
/**
* | output |
* | --- |
* | "Support" |
*
* @param {Report_Col_SupportInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_support = /** @type {((inputs?: Report_Col_SupportInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_SupportInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_support(inputs)
	return __en.report_col_support(inputs)
});
/**
* | output |
* | --- |
* | "Term" |
*
* @param {Report_Col_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_term = /** @type {((inputs?: Report_Col_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_term(inputs)
	return __en.report_col_term(inputs)
});
/**
* | output |
* | --- |
* | "Test" |
*
* @param {Report_Col_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_test = /** @type {((inputs?: Report_Col_TestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_TestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_test(inputs)
	return __en.report_col_test(inputs)
});
/**
* | output |
* | --- |
* | "Test: {metric} lost" |
*
* @param {Report_Col_Test_LostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_test_lost = /** @type {((inputs: Report_Col_Test_LostInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_Test_LostInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_test_lost(inputs)
	return __en.report_col_test_lost(inputs)
});
/**
* | output |
* | --- |
* | "Total" |
*
* @param {Report_Col_TotalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_total = /** @type {((inputs?: Report_Col_TotalInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_TotalInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_total(inputs)
	return __en.report_col_total(inputs)
});
/**
* | output |
* | --- |
* | "Total cost" |
*
* @param {Report_Col_Total_CostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_total_cost = /** @type {((inputs?: Report_Col_Total_CostInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_Total_CostInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_total_cost(inputs)
	return __en.report_col_total_cost(inputs)
});
/**
* | output |
* | --- |
* | "Train (before balancing)" |
*
* @param {Report_Col_Train_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_train_before = /** @type {((inputs?: Report_Col_Train_BeforeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_Train_BeforeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_train_before(inputs)
	return __en.report_col_train_before(inputs)
});
/**
* | output |
* | --- |
* | "Trial" |
*
* @param {Report_Col_TrialInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_trial = /** @type {((inputs?: Report_Col_TrialInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_TrialInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_trial(inputs)
	return __en.report_col_trial(inputs)
});
/**
* | output |
* | --- |
* | "Validation" |
*
* @param {Report_Col_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_validation = /** @type {((inputs?: Report_Col_ValidationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_ValidationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_validation(inputs)
	return __en.report_col_validation(inputs)
});
/**
* | output |
* | --- |
* | "Validation: {metric} lost" |
*
* @param {Report_Col_Validation_LostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_validation_lost = /** @type {((inputs: Report_Col_Validation_LostInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_Validation_LostInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_validation_lost(inputs)
	return __en.report_col_validation_lost(inputs)
});
/**
* | output |
* | --- |
* | "Weight" |
*
* @param {Report_Col_WeightInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_col_weight = /** @type {((inputs?: Report_Col_WeightInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Col_WeightInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_col_weight(inputs)
	return __en.report_col_weight(inputs)
});
/**
* | output |
* | --- |
* | "Same data (one fingerprint) and the same test rows: the test metrics are directly comparable." |
*
* @param {Report_ComparableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_comparable = /** @type {((inputs?: Report_ComparableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_ComparableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_comparable(inputs)
	return __en.report_comparable(inputs)
});
/**
* | output |
* | --- |
* | "Followed by each run’s own report ({letters})." |
*
* @param {Report_Compare_FollowedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_followed = /** @type {((inputs: Report_Compare_FollowedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Compare_FollowedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_compare_followed(inputs)
	return __en.report_compare_followed(inputs)
});
/**
* | output |
* | --- |
* | "Faro {version}; report generated {time}." |
*
* @param {Report_Compare_GeneratedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_generated = /** @type {((inputs: Report_Compare_GeneratedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Compare_GeneratedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_compare_generated(inputs)
	return __en.report_compare_generated(inputs)
});
/**
* | output |
* | --- |
* | "★ (bold, underlined): the best value of the row. Test rows were never seen in training; validation rows chose the stopping point and the threshold." |
*
* @param {Report_Compare_Metrics_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_metrics_note = /** @type {((inputs?: Report_Compare_Metrics_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Compare_Metrics_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_compare_metrics_note(inputs)
	return __en.report_compare_metrics_note(inputs)
});
/**
* | output |
* | --- |
* | "No run raised a target-leak warning." |
*
* @param {Report_Compare_No_LeakInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_no_leak = /** @type {((inputs?: Report_Compare_No_LeakInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Compare_No_LeakInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_compare_no_leak(inputs)
	return __en.report_compare_no_leak(inputs)
});
/**
* | output |
* | --- |
* | "Provenance of the compared runs" |
*
* @param {Report_Compare_Provenance_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_provenance_label = /** @type {((inputs?: Report_Compare_Provenance_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Compare_Provenance_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_compare_provenance_label(inputs)
	return __en.report_compare_provenance_label(inputs)
});
/**
* | output |
* | --- |
* | "Settings of the compared runs" |
*
* @param {Report_Compare_Settings_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_settings_label = /** @type {((inputs?: Report_Compare_Settings_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Compare_Settings_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_compare_settings_label(inputs)
	return __en.report_compare_settings_label(inputs)
});
/**
* | output |
* | --- |
* | "Summary of the compared runs" |
*
* @param {Report_Compare_Summary_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_summary_label = /** @type {((inputs?: Report_Compare_Summary_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Compare_Summary_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_compare_summary_label(inputs)
	return __en.report_compare_summary_label(inputs)
});
/**
* | output |
* | --- |
* | "Comparison of {count} runs" |
*
* @param {Report_Compare_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_title = /** @type {((inputs: Report_Compare_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Compare_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_compare_title(inputs)
	return __en.report_compare_title(inputs)
});
/**
* | output |
* | --- |
* | "Warnings raised by the runs (possible target leakage first)" |
*
* @param {Report_Compare_WarningsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_compare_warnings = /** @type {((inputs?: Report_Compare_WarningsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Compare_WarningsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_compare_warnings(inputs)
	return __en.report_compare_warnings(inputs)
});
/**
* | output |
* | --- |
* | "true ↓ / predicted →" |
*
* @param {Report_Confusion_CornerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_confusion_corner = /** @type {((inputs?: Report_Confusion_CornerInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Confusion_CornerInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_confusion_corner(inputs)
	return __en.report_confusion_corner(inputs)
});
/**
* | output |
* | --- |
* | "Confusion matrix" |
*
* @param {Report_Confusion_MatrixInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_confusion_matrix = /** @type {((inputs?: Report_Confusion_MatrixInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Confusion_MatrixInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_confusion_matrix(inputs)
	return __en.report_confusion_matrix(inputs)
});
/**
* | output |
* | --- |
* | "Rows: true class; columns: predicted class; under each count its share of the true class’s rows." |
*
* @param {Report_Confusion_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_confusion_note = /** @type {((inputs?: Report_Confusion_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Confusion_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_confusion_note(inputs)
	return __en.report_confusion_note(inputs)
});
/**
* | output |
* | --- |
* | "Confusion matrix of {name}" |
*
* @param {Report_Confusion_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_confusion_of = /** @type {((inputs: Report_Confusion_OfInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Confusion_OfInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_confusion_of(inputs)
	return __en.report_confusion_of(inputs)
});
/**
* | output |
* | --- |
* | "Confusion matrix (test)" |
*
* @param {Report_Confusion_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_confusion_test = /** @type {((inputs?: Report_Confusion_TestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Confusion_TestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_confusion_test(inputs)
	return __en.report_confusion_test(inputs)
});
/**
* | output |
* | --- |
* | "A false positive costs {fp}, a false negative {fn}." |
*
* @param {Report_Cost_Fp_FnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_cost_fp_fn = /** @type {((inputs: Report_Cost_Fp_FnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Cost_Fp_FnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_cost_fp_fn(inputs)
	return __en.report_cost_fp_fn(inputs)
});
/**
* | output |
* | --- |
* | "Cost of errors" |
*
* @param {Report_Cost_Of_ErrorsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_cost_of_errors = /** @type {((inputs?: Report_Cost_Of_ErrorsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Cost_Of_ErrorsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_cost_of_errors(inputs)
	return __en.report_cost_of_errors(inputs)
});
/**
* | output |
* | --- |
* | "({perRow} per row; validation {validation} per row)." |
*
* @param {Report_Cost_Test_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_cost_test_after = /** @type {((inputs: Report_Cost_Test_AfterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Cost_Test_AfterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_cost_test_after(inputs)
	return __en.report_cost_test_after(inputs)
});
/**
* | output |
* | --- |
* | "Cost of the errors on the test part:" |
*
* @param {Report_Cost_Test_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_cost_test_before = /** @type {((inputs?: Report_Cost_Test_BeforeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Cost_Test_BeforeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_cost_test_before(inputs)
	return __en.report_cost_test_before(inputs)
});
/**
* | output |
* | --- |
* | "Validation and test parts are never balanced or resampled; the recipe is fitted on the training part only." |
*
* @param {Report_Data_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_data_note = /** @type {((inputs?: Report_Data_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Data_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_data_note(inputs)
	return __en.report_data_note(inputs)
});
/**
* | output |
* | --- |
* | "{name}, {rows} rows" |
*
* @param {Report_Dataset_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_dataset_rows = /** @type {((inputs: Report_Dataset_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Dataset_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_dataset_rows(inputs)
	return __en.report_dataset_rows(inputs)
});
/**
* | output |
* | --- |
* | "{name} ({rows} rows)" |
*
* @param {Report_Dataset_Rows_ParenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_dataset_rows_paren = /** @type {((inputs: Report_Dataset_Rows_ParenInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Dataset_Rows_ParenInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_dataset_rows_paren(inputs)
	return __en.report_dataset_rows_paren(inputs)
});
/**
* | output |
* | --- |
* | "Decile table" |
*
* @param {Report_Decile_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_decile_table = /** @type {((inputs?: Report_Decile_TableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Decile_TableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_decile_table(inputs)
	return __en.report_decile_table(inputs)
});
/**
* | output |
* | --- |
* | "“description” column written by the {describer} describer{model}, prompt version {version}" |
*
* @param {Report_Descriptions_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_descriptions_value = /** @type {((inputs: Report_Descriptions_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Descriptions_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_descriptions_value(inputs)
	return __en.report_descriptions_value(inputs)
});
/**
* | output |
* | --- |
* | "the best trial" |
*
* @param {Report_Ended_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_ended_best = /** @type {((inputs?: Report_Ended_BestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Ended_BestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_ended_best(inputs)
	return __en.report_ended_best(inputs)
});
/**
* | output |
* | --- |
* | "a blend of {count} trials" |
*
* @param {Report_Ended_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_ended_blend = /** @type {((inputs: Report_Ended_BlendInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Ended_BlendInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_ended_blend(inputs)
	return __en.report_ended_blend(inputs)
});
/**
* | output |
* | --- |
* | "The run “{name}” has no results to report (status {status})." |
*
* @param {Report_Err_No_ResultsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_err_no_results = /** @type {((inputs: Report_Err_No_ResultsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Err_No_ResultsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_err_no_results(inputs)
	return __en.report_err_no_results(inputs)
});
/**
* | output |
* | --- |
* | "Report finished runs only." |
*
* @param {Report_Err_No_Results_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_err_no_results_hint = /** @type {((inputs?: Report_Err_No_Results_HintInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Err_No_Results_HintInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_err_no_results_hint(inputs)
	return __en.report_err_no_results_hint(inputs)
});
/**
* | output |
* | --- |
* | "A report covers 1 to {max} runs, not {count}." |
*
* @param {Report_Err_Run_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_err_run_count = /** @type {((inputs: Report_Err_Run_CountInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Err_Run_CountInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_err_run_count(inputs)
	return __en.report_err_run_count(inputs)
});
/**
* | output |
* | --- |
* | "Select between 2 and {max} finished runs to compare." |
*
* @param {Report_Err_Run_Count_HintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_err_run_count_hint = /** @type {((inputs: Report_Err_Run_Count_HintInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Err_Run_Count_HintInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_err_run_count_hint(inputs)
	return __en.report_err_run_count_hint(inputs)
});
/**
* | output |
* | --- |
* | "Every setting that differs" |
*
* @param {Report_Every_Setting_DiffersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_every_setting_differs = /** @type {((inputs?: Report_Every_Setting_DiffersInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Every_Setting_DiffersInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_every_setting_differs(inputs)
	return __en.report_every_setting_differs(inputs)
});
/**
* | output |
* | --- |
* | "Backend" |
*
* @param {Report_Fact_BackendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_backend = /** @type {((inputs?: Report_Fact_BackendInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_BackendInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_backend(inputs)
	return __en.report_fact_backend(inputs)
});
/**
* | output |
* | --- |
* | "Best trial" |
*
* @param {Report_Fact_Best_TrialInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_best_trial = /** @type {((inputs?: Report_Fact_Best_TrialInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Best_TrialInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_best_trial(inputs)
	return __en.report_fact_best_trial(inputs)
});
/**
* | output |
* | --- |
* | "Class balance" |
*
* @param {Report_Fact_Class_BalanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_class_balance = /** @type {((inputs?: Report_Fact_Class_BalanceInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Class_BalanceInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_class_balance(inputs)
	return __en.report_fact_class_balance(inputs)
});
/**
* | output |
* | --- |
* | "Dataset" |
*
* @param {Report_Fact_DatasetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_dataset = /** @type {((inputs?: Report_Fact_DatasetInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_DatasetInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_dataset(inputs)
	return __en.report_fact_dataset(inputs)
});
/**
* | output |
* | --- |
* | "Dataset fingerprint" |
*
* @param {Report_Fact_Dataset_FingerprintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_dataset_fingerprint = /** @type {((inputs?: Report_Fact_Dataset_FingerprintInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Dataset_FingerprintInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_dataset_fingerprint(inputs)
	return __en.report_fact_dataset_fingerprint(inputs)
});
/**
* | output |
* | --- |
* | "Descriptions" |
*
* @param {Report_Fact_DescriptionsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_descriptions = /** @type {((inputs?: Report_Fact_DescriptionsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_DescriptionsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_descriptions(inputs)
	return __en.report_fact_descriptions(inputs)
});
/**
* | output |
* | --- |
* | "Duration" |
*
* @param {Report_Fact_DurationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_duration = /** @type {((inputs?: Report_Fact_DurationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_DurationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_duration(inputs)
	return __en.report_fact_duration(inputs)
});
/**
* | output |
* | --- |
* | "Ended with" |
*
* @param {Report_Fact_Ended_WithInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_ended_with = /** @type {((inputs?: Report_Fact_Ended_WithInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Ended_WithInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_ended_with(inputs)
	return __en.report_fact_ended_with(inputs)
});
/**
* | output |
* | --- |
* | "Family" |
*
* @param {Report_Fact_FamilyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_family = /** @type {((inputs?: Report_Fact_FamilyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_FamilyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_family(inputs)
	return __en.report_fact_family(inputs)
});
/**
* | output |
* | --- |
* | "Faro version" |
*
* @param {Report_Fact_Faro_VersionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_faro_version = /** @type {((inputs?: Report_Fact_Faro_VersionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Faro_VersionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_faro_version(inputs)
	return __en.report_fact_faro_version(inputs)
});
/**
* | output |
* | --- |
* | "Features" |
*
* @param {Report_Fact_FeaturesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_features = /** @type {((inputs?: Report_Fact_FeaturesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_FeaturesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_features(inputs)
	return __en.report_fact_features(inputs)
});
/**
* | output |
* | --- |
* | "Fingerprint" |
*
* @param {Report_Fact_FingerprintInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_fingerprint = /** @type {((inputs?: Report_Fact_FingerprintInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_FingerprintInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_fingerprint(inputs)
	return __en.report_fact_fingerprint(inputs)
});
/**
* | output |
* | --- |
* | "Report generated" |
*
* @param {Report_Fact_GeneratedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_generated = /** @type {((inputs?: Report_Fact_GeneratedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_GeneratedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_generated(inputs)
	return __en.report_fact_generated(inputs)
});
/**
* | output |
* | --- |
* | "Id columns" |
*
* @param {Report_Fact_Id_ColumnsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_id_columns = /** @type {((inputs?: Report_Fact_Id_ColumnsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Id_ColumnsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_id_columns(inputs)
	return __en.report_fact_id_columns(inputs)
});
/**
* | output |
* | --- |
* | "Ignored columns" |
*
* @param {Report_Fact_IgnoredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_ignored = /** @type {((inputs?: Report_Fact_IgnoredInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_IgnoredInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_ignored(inputs)
	return __en.report_fact_ignored(inputs)
});
/**
* | output |
* | --- |
* | "Model" |
*
* @param {Report_Fact_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_model = /** @type {((inputs?: Report_Fact_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_model(inputs)
	return __en.report_fact_model(inputs)
});
/**
* | output |
* | --- |
* | "Model inputs" |
*
* @param {Report_Fact_Model_InputsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_model_inputs = /** @type {((inputs?: Report_Fact_Model_InputsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Model_InputsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_model_inputs(inputs)
	return __en.report_fact_model_inputs(inputs)
});
/**
* | output |
* | --- |
* | "Positive class" |
*
* @param {Report_Fact_Positive_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_positive_class = /** @type {((inputs?: Report_Fact_Positive_ClassInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Positive_ClassInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_positive_class(inputs)
	return __en.report_fact_positive_class(inputs)
});
/**
* | output |
* | --- |
* | "Predicts" |
*
* @param {Report_Fact_PredictsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_predicts = /** @type {((inputs?: Report_Fact_PredictsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_PredictsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_predicts(inputs)
	return __en.report_fact_predicts(inputs)
});
/**
* | output |
* | --- |
* | "Ranked by" |
*
* @param {Report_Fact_Ranked_ByInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_ranked_by = /** @type {((inputs?: Report_Fact_Ranked_ByInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Ranked_ByInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_ranked_by(inputs)
	return __en.report_fact_ranked_by(inputs)
});
/**
* | output |
* | --- |
* | "Rows" |
*
* @param {Report_Fact_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_rows = /** @type {((inputs?: Report_Fact_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_rows(inputs)
	return __en.report_fact_rows(inputs)
});
/**
* | output |
* | --- |
* | "Rows left out" |
*
* @param {Report_Fact_Rows_Left_OutInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_rows_left_out = /** @type {((inputs?: Report_Fact_Rows_Left_OutInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Rows_Left_OutInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_rows_left_out(inputs)
	return __en.report_fact_rows_left_out(inputs)
});
/**
* | output |
* | --- |
* | "Rows per part" |
*
* @param {Report_Fact_Rows_Per_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_rows_per_part = /** @type {((inputs?: Report_Fact_Rows_Per_PartInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Rows_Per_PartInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_rows_per_part(inputs)
	return __en.report_fact_rows_per_part(inputs)
});
/**
* | output |
* | --- |
* | "Run" |
*
* @param {Report_Fact_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_run = /** @type {((inputs?: Report_Fact_RunInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_RunInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_run(inputs)
	return __en.report_fact_run(inputs)
});
/**
* | output |
* | --- |
* | "Run id" |
*
* @param {Report_Fact_Run_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_run_id = /** @type {((inputs?: Report_Fact_Run_IdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Run_IdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_run_id(inputs)
	return __en.report_fact_run_id(inputs)
});
/**
* | output |
* | --- |
* | "Run record schema" |
*
* @param {Report_Fact_SchemaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_schema = /** @type {((inputs?: Report_Fact_SchemaInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_SchemaInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_schema(inputs)
	return __en.report_fact_schema(inputs)
});
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Report_Fact_SearchInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_search = /** @type {((inputs?: Report_Fact_SearchInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_SearchInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_search(inputs)
	return __en.report_fact_search(inputs)
});
/**
* | output |
* | --- |
* | "Seed" |
*
* @param {Report_Fact_SeedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_seed = /** @type {((inputs?: Report_Fact_SeedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_SeedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_seed(inputs)
	return __en.report_fact_seed(inputs)
});
/**
* | output |
* | --- |
* | "Split" |
*
* @param {Report_Fact_SplitInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_split = /** @type {((inputs?: Report_Fact_SplitInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_SplitInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_split(inputs)
	return __en.report_fact_split(inputs)
});
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Report_Fact_StatusInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_status = /** @type {((inputs?: Report_Fact_StatusInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_StatusInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_status(inputs)
	return __en.report_fact_status(inputs)
});
/**
* | output |
* | --- |
* | "Strategy" |
*
* @param {Report_Fact_StrategyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_strategy = /** @type {((inputs?: Report_Fact_StrategyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_StrategyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_strategy(inputs)
	return __en.report_fact_strategy(inputs)
});
/**
* | output |
* | --- |
* | "Target" |
*
* @param {Report_Fact_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_target = /** @type {((inputs?: Report_Fact_TargetInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_TargetInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_target(inputs)
	return __en.report_fact_target(inputs)
});
/**
* | output |
* | --- |
* | "Decision threshold" |
*
* @param {Report_Fact_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_threshold = /** @type {((inputs?: Report_Fact_ThresholdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_ThresholdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_threshold(inputs)
	return __en.report_fact_threshold(inputs)
});
/**
* | output |
* | --- |
* | "Threshold method" |
*
* @param {Report_Fact_Threshold_MethodInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_threshold_method = /** @type {((inputs?: Report_Fact_Threshold_MethodInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Threshold_MethodInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_threshold_method(inputs)
	return __en.report_fact_threshold_method(inputs)
});
/**
* | output |
* | --- |
* | "Threshold rule" |
*
* @param {Report_Fact_Threshold_RuleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_threshold_rule = /** @type {((inputs?: Report_Fact_Threshold_RuleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_Threshold_RuleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_threshold_rule(inputs)
	return __en.report_fact_threshold_rule(inputs)
});
/**
* | output |
* | --- |
* | "Trained" |
*
* @param {Report_Fact_TrainedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_trained = /** @type {((inputs?: Report_Fact_TrainedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_TrainedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_trained(inputs)
	return __en.report_fact_trained(inputs)
});
/**
* | output |
* | --- |
* | "Training" |
*
* @param {Report_Fact_TrainingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_training = /** @type {((inputs?: Report_Fact_TrainingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_TrainingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_training(inputs)
	return __en.report_fact_training(inputs)
});
/**
* | output |
* | --- |
* | "Trials" |
*
* @param {Report_Fact_TrialsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_trials = /** @type {((inputs?: Report_Fact_TrialsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_TrialsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_trials(inputs)
	return __en.report_fact_trials(inputs)
});
/**
* | output |
* | --- |
* | "Warnings" |
*
* @param {Report_Fact_WarningsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fact_warnings = /** @type {((inputs?: Report_Fact_WarningsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fact_WarningsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fact_warnings(inputs)
	return __en.report_fact_warnings(inputs)
});
/**
* | output |
* | --- |
* | "{columns} columns → {inputs} inputs" |
*
* @param {Report_Features_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_features_value = /** @type {((inputs: Report_Features_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Features_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_features_value(inputs)
	return __en.report_features_value(inputs)
});
/**
* | output |
* | --- |
* | "(SHA-256 of the file’s bytes)" |
*
* @param {Report_Fingerprint_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fingerprint_note = /** @type {((inputs?: Report_Fingerprint_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fingerprint_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fingerprint_note(inputs)
	return __en.report_fingerprint_note(inputs)
});
/**
* | output |
* | --- |
* | "Generated by Faro {version} on {time}, in the browser: this file contains everything it shows and loads nothing." |
*
* @param {Report_FooterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_footer = /** @type {((inputs: Report_FooterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_FooterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_footer(inputs)
	return __en.report_footer(inputs)
});
/**
* | output |
* | --- |
* | "Fraction positive" |
*
* @param {Report_Fraction_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_fraction_positive = /** @type {((inputs?: Report_Fraction_PositiveInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Fraction_PositiveInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_fraction_positive(inputs)
	return __en.report_fraction_positive(inputs)
});
/**
* | output |
* | --- |
* | "Share of correct predictions." |
*
* @param {Report_Hint_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_accuracy = /** @type {((inputs?: Report_Hint_AccuracyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Hint_AccuracyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_hint_accuracy(inputs)
	return __en.report_hint_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Mean recall over classes." |
*
* @param {Report_Hint_Balanced_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_balanced_accuracy = /** @type {((inputs?: Report_Hint_Balanced_AccuracyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Hint_Balanced_AccuracyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_hint_balanced_accuracy(inputs)
	return __en.report_hint_balanced_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Mean F1 over classes." |
*
* @param {Report_Hint_F1_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_f1_macro = /** @type {((inputs?: Report_Hint_F1_MacroInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Hint_F1_MacroInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_hint_f1_macro(inputs)
	return __en.report_hint_f1_macro(inputs)
});
/**
* | output |
* | --- |
* | "F1 averaged by class support." |
*
* @param {Report_Hint_F1_WeightedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_f1_weighted = /** @type {((inputs?: Report_Hint_F1_WeightedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Hint_F1_WeightedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_hint_f1_weighted(inputs)
	return __en.report_hint_f1_weighted(inputs)
});
/**
* | output |
* | --- |
* | "2 × ROC AUC − 1, as credit scoring reports it." |
*
* @param {Report_Hint_GiniInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_gini = /** @type {((inputs?: Report_Hint_GiniInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Hint_GiniInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_hint_gini(inputs)
	return __en.report_hint_gini(inputs)
});
/**
* | output |
* | --- |
* | "Agreement beyond chance." |
*
* @param {Report_Hint_KappaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_kappa = /** @type {((inputs?: Report_Hint_KappaInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Hint_KappaInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_hint_kappa(inputs)
	return __en.report_hint_kappa(inputs)
});
/**
* | output |
* | --- |
* | "Kolmogorov–Smirnov: the largest gap between the two classes’ score distributions." |
*
* @param {Report_Hint_KsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_ks = /** @type {((inputs?: Report_Hint_KsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Hint_KsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_hint_ks(inputs)
	return __en.report_hint_ks(inputs)
});
/**
* | output |
* | --- |
* | "Lower is better." |
*
* @param {Report_Hint_Lower_BetterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_lower_better = /** @type {((inputs?: Report_Hint_Lower_BetterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Hint_Lower_BetterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_hint_lower_better(inputs)
	return __en.report_hint_lower_better(inputs)
});
/**
* | output |
* | --- |
* | "Matthews correlation; 0 = chance, 1 = perfect." |
*
* @param {Report_Hint_MccInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_mcc = /** @type {((inputs?: Report_Hint_MccInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Hint_MccInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_hint_mcc(inputs)
	return __en.report_hint_mcc(inputs)
});
/**
* | output |
* | --- |
* | "Precision–recall summary; sensitive to rare positives." |
*
* @param {Report_Hint_Pr_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_pr_auc = /** @type {((inputs?: Report_Hint_Pr_AucInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Hint_Pr_AucInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_hint_pr_auc(inputs)
	return __en.report_hint_pr_auc(inputs)
});
/**
* | output |
* | --- |
* | "Ranking quality; 0.5 = chance, 1 = perfect. Multiclass: macro one-vs-rest." |
*
* @param {Report_Hint_Roc_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_hint_roc_auc = /** @type {((inputs?: Report_Hint_Roc_AucInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Hint_Roc_AucInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_hint_roc_auc(inputs)
	return __en.report_hint_roc_auc(inputs)
});
/**
* | output |
* | --- |
* | "The runs have identical settings." |
*
* @param {Report_Identical_SettingsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_identical_settings = /** @type {((inputs?: Report_Identical_SettingsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Identical_SettingsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_identical_settings(inputs)
	return __en.report_identical_settings(inputs)
});
/**
* | output |
* | --- |
* | "Permutation importance" |
*
* @param {Report_ImportanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance = /** @type {((inputs?: Report_ImportanceInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_ImportanceInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_importance(inputs)
	return __en.report_importance(inputs)
});
/**
* | output |
* | --- |
* | "accuracy" |
*
* @param {Report_Importance_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_accuracy = /** @type {((inputs?: Report_Importance_AccuracyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Importance_AccuracyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_importance_accuracy(inputs)
	return __en.report_importance_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Permutation importance on {rows} test rows: each column's values are shuffled {repeats} times and the model scored again ({metric} {baseline} unshuffled); ba..." |
*
* @param {Report_Importance_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_caption = /** @type {((inputs: Report_Importance_CaptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Importance_CaptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_importance_caption(inputs)
	return __en.report_importance_caption(inputs)
});
/**
* | output |
* | --- |
* | "Column importance of the compared runs" |
*
* @param {Report_Importance_Compared_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_compared_label = /** @type {((inputs?: Report_Importance_Compared_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Importance_Compared_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_importance_compared_label(inputs)
	return __en.report_importance_compared_label(inputs)
});
/**
* | output |
* | --- |
* | "Score lost when the column is shuffled (permutation importance on each run's test rows; — where the run has none){order}." |
*
* @param {Report_Importance_Compared_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_compared_note = /** @type {((inputs: Report_Importance_Compared_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Importance_Compared_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_importance_compared_note(inputs)
	return __en.report_importance_compared_note(inputs)
});
/**
* | output |
* | --- |
* | "The runs measured importance with different scores (ROC AUC for some, accuracy for others): compare numbers within a run only. Columns are ordered by their m..." |
*
* @param {Report_Importance_MixedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_mixed = /** @type {((inputs?: Report_Importance_MixedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Importance_MixedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_importance_mixed(inputs)
	return __en.report_importance_mixed(inputs)
});
/**
* | output |
* | --- |
* | ", most important on average first" |
*
* @param {Report_Importance_OrderInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_order = /** @type {((inputs?: Report_Importance_OrderInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Importance_OrderInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_importance_order(inputs)
	return __en.report_importance_order(inputs)
});
/**
* | output |
* | --- |
* | "Permutation importance, test and validation" |
*
* @param {Report_Importance_Test_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_test_validation = /** @type {((inputs?: Report_Importance_Test_ValidationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Importance_Test_ValidationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_importance_test_validation(inputs)
	return __en.report_importance_test_validation(inputs)
});
/**
* | output |
* | --- |
* | "The {top} most important of {count} columns." |
*
* @param {Report_Importance_TopInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_top = /** @type {((inputs: Report_Importance_TopInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Importance_TopInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_importance_top(inputs)
	return __en.report_importance_top(inputs)
});
/**
* | output |
* | --- |
* | "On the validation part ({count} rows)" |
*
* @param {Report_Importance_Validation_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_importance_validation_heading = /** @type {((inputs: Report_Importance_Validation_HeadingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Importance_Validation_HeadingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_importance_validation_heading(inputs)
	return __en.report_importance_validation_heading(inputs)
});
/**
* | output |
* | --- |
* | "the best epoch, whose weights were kept" |
*
* @param {Report_Kept_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kept_epoch = /** @type {((inputs?: Report_Kept_EpochInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Kept_EpochInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_kept_epoch(inputs)
	return __en.report_kept_epoch(inputs)
});
/**
* | output |
* | --- |
* | "the best iteration: the trees up to it were kept" |
*
* @param {Report_Kept_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kept_iteration = /** @type {((inputs?: Report_Kept_IterationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Kept_IterationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_kept_iteration(inputs)
	return __en.report_kept_iteration(inputs)
});
/**
* | output |
* | --- |
* | "the solver’s last iteration" |
*
* @param {Report_Kept_SolverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kept_solver = /** @type {((inputs?: Report_Kept_SolverInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Kept_SolverInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_kept_solver(inputs)
	return __en.report_kept_solver(inputs)
});
/**
* | output |
* | --- |
* | "Key figures" |
*
* @param {Report_Key_FiguresInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_key_figures = /** @type {((inputs?: Report_Key_FiguresInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Key_FiguresInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_key_figures(inputs)
	return __en.report_key_figures(inputs)
});
/**
* | output |
* | --- |
* | "boolean" |
*
* @param {Report_Kind_BooleanInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_boolean = /** @type {((inputs?: Report_Kind_BooleanInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Kind_BooleanInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_kind_boolean(inputs)
	return __en.report_kind_boolean(inputs)
});
/**
* | output |
* | --- |
* | "categorical" |
*
* @param {Report_Kind_CategoricalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_categorical = /** @type {((inputs?: Report_Kind_CategoricalInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Kind_CategoricalInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_kind_categorical(inputs)
	return __en.report_kind_categorical(inputs)
});
/**
* | output |
* | --- |
* | "constant" |
*
* @param {Report_Kind_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_constant = /** @type {((inputs?: Report_Kind_ConstantInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Kind_ConstantInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_kind_constant(inputs)
	return __en.report_kind_constant(inputs)
});
/**
* | output |
* | --- |
* | "date" |
*
* @param {Report_Kind_DateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_date = /** @type {((inputs?: Report_Kind_DateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Kind_DateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_kind_date(inputs)
	return __en.report_kind_date(inputs)
});
/**
* | output |
* | --- |
* | "id" |
*
* @param {Report_Kind_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_id = /** @type {((inputs?: Report_Kind_IdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Kind_IdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_kind_id(inputs)
	return __en.report_kind_id(inputs)
});
/**
* | output |
* | --- |
* | "numeric" |
*
* @param {Report_Kind_NumericInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_numeric = /** @type {((inputs?: Report_Kind_NumericInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Kind_NumericInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_kind_numeric(inputs)
	return __en.report_kind_numeric(inputs)
});
/**
* | output |
* | --- |
* | "text" |
*
* @param {Report_Kind_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_kind_text = /** @type {((inputs?: Report_Kind_TextInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Kind_TextInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_kind_text(inputs)
	return __en.report_kind_text(inputs)
});
/**
* | output |
* | --- |
* | "largest gap between the two classes' score distributions, at a score of {score}" |
*
* @param {Report_Ks_AtInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_ks_at = /** @type {((inputs: Report_Ks_AtInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Ks_AtInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_ks_at(inputs)
	return __en.report_ks_at(inputs)
});
/**
* | output |
* | --- |
* | "Possible target leakage ({count} column)" |
*
* @param {Report_Leak_Title_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_leak_title_one = /** @type {((inputs: Report_Leak_Title_OneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Leak_Title_OneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_leak_title_one(inputs)
	return __en.report_leak_title_one(inputs)
});
/**
* | output |
* | --- |
* | "Possible target leakage ({count} columns)" |
*
* @param {Report_Leak_Title_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_leak_title_other = /** @type {((inputs: Report_Leak_Title_OtherInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Leak_Title_OtherInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_leak_title_other(inputs)
	return __en.report_leak_title_other(inputs)
});
/**
* | output |
* | --- |
* | "lower is better" |
*
* @param {Report_Lower_Is_BetterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_lower_is_better = /** @type {((inputs?: Report_Lower_Is_BetterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Lower_Is_BetterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_lower_is_better(inputs)
	return __en.report_lower_is_better(inputs)
});
/**
* | output |
* | --- |
* | "Accuracy" |
*
* @param {Report_Metric_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_accuracy = /** @type {((inputs?: Report_Metric_AccuracyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Metric_AccuracyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_metric_accuracy(inputs)
	return __en.report_metric_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Balanced accuracy" |
*
* @param {Report_Metric_Balanced_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_balanced_accuracy = /** @type {((inputs?: Report_Metric_Balanced_AccuracyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Metric_Balanced_AccuracyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_metric_balanced_accuracy(inputs)
	return __en.report_metric_balanced_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Brier score" |
*
* @param {Report_Metric_BrierInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_brier = /** @type {((inputs?: Report_Metric_BrierInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Metric_BrierInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_metric_brier(inputs)
	return __en.report_metric_brier(inputs)
});
/**
* | output |
* | --- |
* | "F1 (weighted)" |
*
* @param {Report_Metric_F1_WeightedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_f1_weighted = /** @type {((inputs?: Report_Metric_F1_WeightedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Metric_F1_WeightedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_metric_f1_weighted(inputs)
	return __en.report_metric_f1_weighted(inputs)
});
/**
* | output |
* | --- |
* | "Cohen's kappa" |
*
* @param {Report_Metric_KappaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_kappa = /** @type {((inputs?: Report_Metric_KappaInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Metric_KappaInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_metric_kappa(inputs)
	return __en.report_metric_kappa(inputs)
});
/**
* | output |
* | --- |
* | "Log loss" |
*
* @param {Report_Metric_Log_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_log_loss = /** @type {((inputs?: Report_Metric_Log_LossInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Metric_Log_LossInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_metric_log_loss(inputs)
	return __en.report_metric_log_loss(inputs)
});
/**
* | output |
* | --- |
* | "{metric} lost" |
*
* @param {Report_Metric_LostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_lost = /** @type {((inputs: Report_Metric_LostInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Metric_LostInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_metric_lost(inputs)
	return __en.report_metric_lost(inputs)
});
/**
* | output |
* | --- |
* | "PR AUC (average precision)" |
*
* @param {Report_Metric_Pr_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_pr_auc = /** @type {((inputs?: Report_Metric_Pr_AucInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Metric_Pr_AucInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_metric_pr_auc(inputs)
	return __en.report_metric_pr_auc(inputs)
});
/**
* | output |
* | --- |
* | "Precision (macro)" |
*
* @param {Report_Metric_Precision_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_precision_macro = /** @type {((inputs?: Report_Metric_Precision_MacroInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Metric_Precision_MacroInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_metric_precision_macro(inputs)
	return __en.report_metric_precision_macro(inputs)
});
/**
* | output |
* | --- |
* | "Recall (macro)" |
*
* @param {Report_Metric_Recall_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metric_recall_macro = /** @type {((inputs?: Report_Metric_Recall_MacroInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Metric_Recall_MacroInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_metric_recall_macro(inputs)
	return __en.report_metric_recall_macro(inputs)
});
/**
* | output |
* | --- |
* | "Metrics" |
*
* @param {Report_Metrics_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metrics_label = /** @type {((inputs?: Report_Metrics_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Metrics_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_metrics_label(inputs)
	return __en.report_metrics_label(inputs)
});
/**
* | output |
* | --- |
* | "Test: {test} rows, never seen in training; validation: {validation} rows." |
*
* @param {Report_Metrics_Rows_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_metrics_rows_note = /** @type {((inputs: Report_Metrics_Rows_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Metrics_Rows_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_metrics_rows_note(inputs)
	return __en.report_metrics_rows_note(inputs)
});
/**
* | output |
* | --- |
* | "{count} features after the recipe (one-hot levels, indicators, text terms)" |
*
* @param {Report_Model_Inputs_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_model_inputs_value = /** @type {((inputs: Report_Model_Inputs_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Model_Inputs_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_model_inputs_value(inputs)
	return __en.report_model_inputs_value(inputs)
});
/**
* | output |
* | --- |
* | "kept in the browser (downloadable as a model bundle)" |
*
* @param {Report_Model_KeptInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_model_kept = /** @type {((inputs?: Report_Model_KeptInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Model_KeptInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_model_kept(inputs)
	return __en.report_model_kept(inputs)
});
/**
* | output |
* | --- |
* | "not kept" |
*
* @param {Report_Model_Not_KeptInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_model_not_kept = /** @type {((inputs?: Report_Model_Not_KeptInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Model_Not_KeptInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_model_not_kept(inputs)
	return __en.report_model_not_kept(inputs)
});
/**
* | output |
* | --- |
* | "The model was fitted on the training part ({share} of the rows used); the validation part chose the stopping point and the threshold; the test part was used ..." |
*
* @param {Report_Model_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_model_note = /** @type {((inputs: Report_Model_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Model_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_model_note(inputs)
	return __en.report_model_note(inputs)
});
/**
* | output |
* | --- |
* | "removed on {time} to free space; metrics and curves are kept" |
*
* @param {Report_Model_RemovedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_model_removed = /** @type {((inputs: Report_Model_RemovedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Model_RemovedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_model_removed(inputs)
	return __en.report_model_removed(inputs)
});
/**
* | output |
* | --- |
* | "Model search" |
*
* @param {Report_Model_SearchInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_model_search = /** @type {((inputs?: Report_Model_SearchInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Model_SearchInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_model_search(inputs)
	return __en.report_model_search(inputs)
});
/**
* | output |
* | --- |
* | "No target-leak warnings: no single feature predicts the target almost perfectly on the training part." |
*
* @param {Report_No_LeakInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_no_leak = /** @type {((inputs?: Report_No_LeakInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_No_LeakInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_no_leak(inputs)
	return __en.report_no_leak(inputs)
});
/**
* | output |
* | --- |
* | "No term pushes towards this class." |
*
* @param {Report_No_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_no_term = /** @type {((inputs?: Report_No_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_No_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_no_term(inputs)
	return __en.report_no_term(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Report_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_none = /** @type {((inputs?: Report_NoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_NoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_none(inputs)
	return __en.report_none(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Report_None_MascInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_none_masc = /** @type {((inputs?: Report_None_MascInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_None_MascInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_none_masc(inputs)
	return __en.report_none_masc(inputs)
});
/**
* | output |
* | --- |
* | "none (multiclass)" |
*
* @param {Report_None_MulticlassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_none_multiclass = /** @type {((inputs?: Report_None_MulticlassInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_None_MulticlassInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_none_multiclass(inputs)
	return __en.report_none_multiclass(inputs)
});
/**
* | output |
* | --- |
* | "not measured" |
*
* @param {Report_Not_MeasuredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_not_measured = /** @type {((inputs?: Report_Not_MeasuredInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Not_MeasuredInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_not_measured(inputs)
	return __en.report_not_measured(inputs)
});
/**
* | output |
* | --- |
* | "Notes" |
*
* @param {Report_NotesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_notes = /** @type {((inputs?: Report_NotesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_NotesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_notes(inputs)
	return __en.report_notes(inputs)
});
/**
* | output |
* | --- |
* | "Notes on the test metrics" |
*
* @param {Report_Notes_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_notes_test = /** @type {((inputs?: Report_Notes_TestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Notes_TestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_notes_test(inputs)
	return __en.report_notes_test(inputs)
});
/**
* | output |
* | --- |
* | "Other warnings" |
*
* @param {Report_Other_WarningsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_other_warnings = /** @type {((inputs?: Report_Other_WarningsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Other_WarningsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_other_warnings(inputs)
	return __en.report_other_warnings(inputs)
});
/**
* | output |
* | --- |
* | "Comparison of {count} runs — Faro report" |
*
* @param {Report_Page_Title_CompareInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_page_title_compare = /** @type {((inputs: Report_Page_Title_CompareInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Page_Title_CompareInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_page_title_compare(inputs)
	return __en.report_page_title_compare(inputs)
});
/**
* | output |
* | --- |
* | "{name} — Faro model report" |
*
* @param {Report_Page_Title_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_page_title_run = /** @type {((inputs: Report_Page_Title_RunInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Page_Title_RunInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_page_title_run(inputs)
	return __en.report_page_title_run(inputs)
});
/**
* | output |
* | --- |
* | "Per-class metrics" |
*
* @param {Report_Per_Class_MetricsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_per_class_metrics = /** @type {((inputs?: Report_Per_Class_MetricsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Per_Class_MetricsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_per_class_metrics(inputs)
	return __en.report_per_class_metrics(inputs)
});
/**
* | output |
* | --- |
* | "Per class (test)" |
*
* @param {Report_Per_Class_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_per_class_test = /** @type {((inputs?: Report_Per_Class_TestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Per_Class_TestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_per_class_test(inputs)
	return __en.report_per_class_test(inputs)
});
/**
* | output |
* | --- |
* | "positive" |
*
* @param {Report_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_positive = /** @type {((inputs?: Report_PositiveInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_PositiveInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_positive(inputs)
	return __en.report_positive(inputs)
});
/**
* | output |
* | --- |
* | "{label} (the training part’s minority class)" |
*
* @param {Report_Positive_MinorityInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_positive_minority = /** @type {((inputs: Report_Positive_MinorityInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Positive_MinorityInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_positive_minority(inputs)
	return __en.report_positive_minority(inputs)
});
/**
* | output |
* | --- |
* | "Everything in this report was computed in the browser that trained the run; the file loads nothing from anywhere." |
*
* @param {Report_Provenance_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_provenance_note = /** @type {((inputs?: Report_Provenance_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Provenance_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_provenance_note(inputs)
	return __en.report_provenance_note(inputs)
});
/**
* | output |
* | --- |
* | "“{value}”" |
*
* @param {Report_QuotedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_quoted = /** @type {((inputs: Report_QuotedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_QuotedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_quoted(inputs)
	return __en.report_quoted(inputs)
});
/**
* | output |
* | --- |
* | "{metric}, {k}-fold cross-validation on the training part" |
*
* @param {Report_Ranked_By_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_ranked_by_value = /** @type {((inputs: Report_Ranked_By_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Ranked_By_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_ranked_by_value(inputs)
	return __en.report_ranked_by_value(inputs)
});
/**
* | output |
* | --- |
* | "Share of all positives captured by this decile and the ones above (cumulative lift in brackets); each run’s positive class and full decile table are in its o..." |
*
* @param {Report_Ranking_Compared_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_ranking_compared_note = /** @type {((inputs?: Report_Ranking_Compared_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Ranking_Compared_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_ranking_compared_note(inputs)
	return __en.report_ranking_compared_note(inputs)
});
/**
* | output |
* | --- |
* | "Rows ranked by the score of “{positive}”, highest first, in ten groups of equal size (tied scores keep the data's order). Captured: share of all “{positive}”..." |
*
* @param {Report_Ranking_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_ranking_note = /** @type {((inputs: Report_Ranking_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Ranking_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_ranking_note(inputs)
	return __en.report_ranking_note(inputs)
});
/**
* | output |
* | --- |
* | "Recipe" |
*
* @param {Report_RecipeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe = /** @type {((inputs?: Report_RecipeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_RecipeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe(inputs)
	return __en.report_recipe(inputs)
});
/**
* | output |
* | --- |
* | "Recipe (fitted on the training part only)" |
*
* @param {Report_Recipe_BlockInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_block = /** @type {((inputs?: Report_Recipe_BlockInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_BlockInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_block(inputs)
	return __en.report_recipe_block(inputs)
});
/**
* | output |
* | --- |
* | "missing → {impute}; {encoding}" |
*
* @param {Report_Recipe_CategoricalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_categorical = /** @type {((inputs: Report_Recipe_CategoricalInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_CategoricalInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_categorical(inputs)
	return __en.report_recipe_categorical(inputs)
});
/**
* | output |
* | --- |
* | "constant {value}" |
*
* @param {Report_Recipe_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_constant = /** @type {((inputs: Report_Recipe_ConstantInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_ConstantInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_constant(inputs)
	return __en.report_recipe_constant(inputs)
});
/**
* | output |
* | --- |
* | "Date difference: {name}" |
*
* @param {Report_Recipe_Date_DiffInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_date_diff = /** @type {((inputs: Report_Recipe_Date_DiffInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_Date_DiffInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_date_diff(inputs)
	return __en.report_recipe_date_diff(inputs)
});
/**
* | output |
* | --- |
* | "parts: {parts}" |
*
* @param {Report_Recipe_Date_PartsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_date_parts = /** @type {((inputs: Report_Recipe_Date_PartsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_Date_PartsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_date_parts(inputs)
	return __en.report_recipe_date_parts(inputs)
});
/**
* | output |
* | --- |
* | "days from {from} to {to}" |
*
* @param {Report_Recipe_DaysInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_days = /** @type {((inputs: Report_Recipe_DaysInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_DaysInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_days(inputs)
	return __en.report_recipe_days(inputs)
});
/**
* | output |
* | --- |
* | "Derived: {name}" |
*
* @param {Report_Recipe_DerivedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_derived = /** @type {((inputs: Report_Recipe_DerivedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_DerivedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_derived(inputs)
	return __en.report_recipe_derived(inputs)
});
/**
* | output |
* | --- |
* | "every term" |
*
* @param {Report_Recipe_Every_TermInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_every_term = /** @type {((inputs?: Report_Recipe_Every_TermInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_Every_TermInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_every_term(inputs)
	return __en.report_recipe_every_term(inputs)
});
/**
* | output |
* | --- |
* | "Recipe: overrides, derived" |
*
* @param {Report_Recipe_Extra_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_extra_row = /** @type {((inputs?: Report_Recipe_Extra_RowInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_Extra_RowInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_extra_row(inputs)
	return __en.report_recipe_extra_row(inputs)
});
/**
* | output |
* | --- |
* | "Categorical" |
*
* @param {Report_Recipe_Kind_CategoricalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_kind_categorical = /** @type {((inputs?: Report_Recipe_Kind_CategoricalInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_Kind_CategoricalInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_kind_categorical(inputs)
	return __en.report_recipe_kind_categorical(inputs)
});
/**
* | output |
* | --- |
* | "Date" |
*
* @param {Report_Recipe_Kind_DateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_kind_date = /** @type {((inputs?: Report_Recipe_Kind_DateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_Kind_DateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_kind_date(inputs)
	return __en.report_recipe_kind_date(inputs)
});
/**
* | output |
* | --- |
* | "Numeric" |
*
* @param {Report_Recipe_Kind_NumericInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_kind_numeric = /** @type {((inputs?: Report_Recipe_Kind_NumericInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_Kind_NumericInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_kind_numeric(inputs)
	return __en.report_recipe_kind_numeric(inputs)
});
/**
* | output |
* | --- |
* | "Text" |
*
* @param {Report_Recipe_Kind_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_kind_text = /** @type {((inputs?: Report_Recipe_Kind_TextInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_Kind_TextInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_kind_text(inputs)
	return __en.report_recipe_kind_text(inputs)
});
/**
* | output |
* | --- |
* | "; log(1 + x) first" |
*
* @param {Report_Recipe_Log1pInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_log1p = /** @type {((inputs?: Report_Recipe_Log1pInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_Log1pInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_log1p(inputs)
	return __en.report_recipe_log1p(inputs)
});
/**
* | output |
* | --- |
* | "at most {count} terms" |
*
* @param {Report_Recipe_Max_TermsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_max_terms = /** @type {((inputs: Report_Recipe_Max_TermsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_Max_TermsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_max_terms(inputs)
	return __en.report_recipe_max_terms(inputs)
});
/**
* | output |
* | --- |
* | "the most frequent level" |
*
* @param {Report_Recipe_Most_FrequentInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_most_frequent = /** @type {((inputs?: Report_Recipe_Most_FrequentInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_Most_FrequentInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_most_frequent(inputs)
	return __en.report_recipe_most_frequent(inputs)
});
/**
* | output |
* | --- |
* | "no parts" |
*
* @param {Report_Recipe_No_PartsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_no_parts = /** @type {((inputs?: Report_Recipe_No_PartsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_No_PartsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_no_parts(inputs)
	return __en.report_recipe_no_parts(inputs)
});
/**
* | output |
* | --- |
* | "missing → {impute}; missing indicator {indicator}; scaling {scale}{log}" |
*
* @param {Report_Recipe_NumericInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_numeric = /** @type {((inputs: Report_Recipe_NumericInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_NumericInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_numeric(inputs)
	return __en.report_recipe_numeric(inputs)
});
/**
* | output |
* | --- |
* | "one-hot of the {max} most frequent training levels, the rest \"(other)\"" |
*
* @param {Report_Recipe_OnehotInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_onehot = /** @type {((inputs: Report_Recipe_OnehotInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_OnehotInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_onehot(inputs)
	return __en.report_recipe_onehot(inputs)
});
/**
* | output |
* | --- |
* | "ordinal (the level’s index)" |
*
* @param {Report_Recipe_OrdinalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_ordinal = /** @type {((inputs?: Report_Recipe_OrdinalInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_OrdinalInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_ordinal(inputs)
	return __en.report_recipe_ordinal(inputs)
});
/**
* | output |
* | --- |
* | "Override: {column}" |
*
* @param {Report_Recipe_OverrideInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_override = /** @type {((inputs: Report_Recipe_OverrideInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_OverrideInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_override(inputs)
	return __en.report_recipe_override(inputs)
});
/**
* | output |
* | --- |
* | "the level \"{level}\"" |
*
* @param {Report_Recipe_Own_LevelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_own_level = /** @type {((inputs: Report_Recipe_Own_LevelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_Own_LevelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_own_level(inputs)
	return __en.report_recipe_own_level(inputs)
});
/**
* | output |
* | --- |
* | "Recipe: {kind}" |
*
* @param {Report_Recipe_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_row = /** @type {((inputs: Report_Recipe_RowInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_RowInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_row(inputs)
	return __en.report_recipe_row(inputs)
});
/**
* | output |
* | --- |
* | ", sublinear tf" |
*
* @param {Report_Recipe_SublinearInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_sublinear = /** @type {((inputs?: Report_Recipe_SublinearInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_SublinearInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_sublinear(inputs)
	return __en.report_recipe_sublinear(inputs)
});
/**
* | output |
* | --- |
* | "TF-IDF of {min}–{max}-word n-grams, {terms}, stop words {stopWords}{sublinear}, norm {norm}" |
*
* @param {Report_Recipe_TextInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_recipe_text = /** @type {((inputs: Report_Recipe_TextInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Recipe_TextInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_recipe_text(inputs)
	return __en.report_recipe_text(inputs)
});
/**
* | output |
* | --- |
* | "{count} rows added (synthetic or duplicated)." |
*
* @param {Report_Rows_AddedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rows_added = /** @type {((inputs: Report_Rows_AddedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Rows_AddedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_rows_added(inputs)
	return __en.report_rows_added(inputs)
});
/**
* | output |
* | --- |
* | "{count} rows without a target value" |
*
* @param {Report_Rows_No_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rows_no_target = /** @type {((inputs: Report_Rows_No_TargetInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Rows_No_TargetInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_rows_no_target(inputs)
	return __en.report_rows_no_target(inputs)
});
/**
* | output |
* | --- |
* | "{train} train · {validation} validation · {test} test rows" |
*
* @param {Report_Rows_PartsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rows_parts = /** @type {((inputs: Report_Rows_PartsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Rows_PartsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_rows_parts(inputs)
	return __en.report_rows_parts(inputs)
});
/**
* | output |
* | --- |
* | "Rows per class" |
*
* @param {Report_Rows_Per_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rows_per_class = /** @type {((inputs?: Report_Rows_Per_ClassInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Rows_Per_ClassInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_rows_per_class(inputs)
	return __en.report_rows_per_class(inputs)
});
/**
* | output |
* | --- |
* | "lowest cost of errors on the validation part (false positive {fp}, false negative {fn})" |
*
* @param {Report_Rule_CostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rule_cost = /** @type {((inputs: Report_Rule_CostInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Rule_CostInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_rule_cost(inputs)
	return __en.report_rule_cost(inputs)
});
/**
* | output |
* | --- |
* | "fixed at {value}" |
*
* @param {Report_Rule_FixedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rule_fixed = /** @type {((inputs: Report_Rule_FixedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Rule_FixedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_rule_fixed(inputs)
	return __en.report_rule_fixed(inputs)
});
/**
* | output |
* | --- |
* | "maximise {metric} on the validation part" |
*
* @param {Report_Rule_MaximiseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rule_maximise = /** @type {((inputs: Report_Rule_MaximiseInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Rule_MaximiseInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_rule_maximise(inputs)
	return __en.report_rule_maximise(inputs)
});
/**
* | output |
* | --- |
* | "none (multiclass: highest probability)" |
*
* @param {Report_Rule_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_rule_none = /** @type {((inputs?: Report_Rule_NoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Rule_NoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_rule_none(inputs)
	return __en.report_rule_none(inputs)
});
/**
* | output |
* | --- |
* | "Run {letter}: {name}" |
*
* @param {Report_Run_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_run_heading = /** @type {((inputs: Report_Run_HeadingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Run_HeadingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_run_heading(inputs)
	return __en.report_run_heading(inputs)
});
/**
* | output |
* | --- |
* | "{strategy}, {count} trials" |
*
* @param {Report_Search_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_search_value = /** @type {((inputs: Report_Search_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Search_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_search_value(inputs)
	return __en.report_search_value(inputs)
});
/**
* | output |
* | --- |
* | "Confusion matrices (test)" |
*
* @param {Report_Section_ConfusionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_confusion = /** @type {((inputs?: Report_Section_ConfusionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_ConfusionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_confusion(inputs)
	return __en.report_section_confusion(inputs)
});
/**
* | output |
* | --- |
* | "Curves (test part)" |
*
* @param {Report_Section_CurvesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_curves = /** @type {((inputs?: Report_Section_CurvesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_CurvesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_curves(inputs)
	return __en.report_section_curves(inputs)
});
/**
* | output |
* | --- |
* | "Curves (test part), overlaid" |
*
* @param {Report_Section_Curves_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_curves_compared = /** @type {((inputs?: Report_Section_Curves_ComparedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_Curves_ComparedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_curves_compared(inputs)
	return __en.report_section_curves_compared(inputs)
});
/**
* | output |
* | --- |
* | "Data" |
*
* @param {Report_Section_DataInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_data = /** @type {((inputs?: Report_Section_DataInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_DataInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_data(inputs)
	return __en.report_section_data(inputs)
});
/**
* | output |
* | --- |
* | "Which columns the model relies on" |
*
* @param {Report_Section_ImportanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_importance = /** @type {((inputs?: Report_Section_ImportanceInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_ImportanceInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_importance(inputs)
	return __en.report_section_importance(inputs)
});
/**
* | output |
* | --- |
* | "Column importance" |
*
* @param {Report_Section_Importance_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_importance_compared = /** @type {((inputs?: Report_Section_Importance_ComparedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_Importance_ComparedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_importance_compared(inputs)
	return __en.report_section_importance_compared(inputs)
});
/**
* | output |
* | --- |
* | "Metrics on validation and test" |
*
* @param {Report_Section_MetricsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_metrics = /** @type {((inputs?: Report_Section_MetricsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_MetricsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_metrics(inputs)
	return __en.report_section_metrics(inputs)
});
/**
* | output |
* | --- |
* | "Model and settings" |
*
* @param {Report_Section_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_model = /** @type {((inputs?: Report_Section_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_model(inputs)
	return __en.report_section_model(inputs)
});
/**
* | output |
* | --- |
* | "Provenance" |
*
* @param {Report_Section_ProvenanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_provenance = /** @type {((inputs?: Report_Section_ProvenanceInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_ProvenanceInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_provenance(inputs)
	return __en.report_section_provenance(inputs)
});
/**
* | output |
* | --- |
* | "Ranking of “{positive}” on the test part" |
*
* @param {Report_Section_RankingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_ranking = /** @type {((inputs: Report_Section_RankingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_RankingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_ranking(inputs)
	return __en.report_section_ranking(inputs)
});
/**
* | output |
* | --- |
* | "Ranking on the test part" |
*
* @param {Report_Section_Ranking_ComparedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_ranking_compared = /** @type {((inputs?: Report_Section_Ranking_ComparedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_Ranking_ComparedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_ranking_compared(inputs)
	return __en.report_section_ranking_compared(inputs)
});
/**
* | output |
* | --- |
* | "Summary" |
*
* @param {Report_Section_SummaryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_summary = /** @type {((inputs?: Report_Section_SummaryInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_SummaryInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_summary(inputs)
	return __en.report_section_summary(inputs)
});
/**
* | output |
* | --- |
* | "Terms that weigh most for each class" |
*
* @param {Report_Section_TermsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_terms = /** @type {((inputs?: Report_Section_TermsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_TermsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_terms(inputs)
	return __en.report_section_terms(inputs)
});
/**
* | output |
* | --- |
* | "Threshold and costs" |
*
* @param {Report_Section_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_section_threshold = /** @type {((inputs?: Report_Section_ThresholdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Section_ThresholdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_section_threshold(inputs)
	return __en.report_section_threshold(inputs)
});
/**
* | output |
* | --- |
* | "calibration" |
*
* @param {Report_Series_CalibrationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_calibration = /** @type {((inputs?: Report_Series_CalibrationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Series_CalibrationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_series_calibration(inputs)
	return __en.report_series_calibration(inputs)
});
/**
* | output |
* | --- |
* | "cost" |
*
* @param {Report_Series_CostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_cost = /** @type {((inputs?: Report_Series_CostInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Series_CostInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_series_cost(inputs)
	return __en.report_series_cost(inputs)
});
/**
* | output |
* | --- |
* | "cumulative lift" |
*
* @param {Report_Series_Cum_LiftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_cum_lift = /** @type {((inputs?: Report_Series_Cum_LiftInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Series_Cum_LiftInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_series_cum_lift(inputs)
	return __en.report_series_cum_lift(inputs)
});
/**
* | output |
* | --- |
* | "gains" |
*
* @param {Report_Series_GainsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_gains = /** @type {((inputs?: Report_Series_GainsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Series_GainsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_series_gains(inputs)
	return __en.report_series_gains(inputs)
});
/**
* | output |
* | --- |
* | "others" |
*
* @param {Report_Series_OthersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_others = /** @type {((inputs?: Report_Series_OthersInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Series_OthersInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_series_others(inputs)
	return __en.report_series_others(inputs)
});
/**
* | output |
* | --- |
* | "precision" |
*
* @param {Report_Series_PrecisionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_precision = /** @type {((inputs?: Report_Series_PrecisionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Series_PrecisionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_series_precision(inputs)
	return __en.report_series_precision(inputs)
});
/**
* | output |
* | --- |
* | "recall" |
*
* @param {Report_Series_RecallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_recall = /** @type {((inputs?: Report_Series_RecallInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Series_RecallInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_series_recall(inputs)
	return __en.report_series_recall(inputs)
});
/**
* | output |
* | --- |
* | "train" |
*
* @param {Report_Series_TrainInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_train = /** @type {((inputs?: Report_Series_TrainInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Series_TrainInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_series_train(inputs)
	return __en.report_series_train(inputs)
});
/**
* | output |
* | --- |
* | "validation" |
*
* @param {Report_Series_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_series_validation = /** @type {((inputs?: Report_Series_ValidationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Series_ValidationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_series_validation(inputs)
	return __en.report_series_validation(inputs)
});
/**
* | output |
* | --- |
* | "Settings that differ" |
*
* @param {Report_Settings_DifferInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_settings_differ = /** @type {((inputs?: Report_Settings_DifferInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Settings_DifferInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_settings_differ(inputs)
	return __en.report_settings_differ(inputs)
});
/**
* | output |
* | --- |
* | "Shaded rows differ between the runs." |
*
* @param {Report_Shaded_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_shaded_note = /** @type {((inputs?: Report_Shaded_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Shaded_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_shaded_note(inputs)
	return __en.report_shaded_note(inputs)
});
/**
* | output |
* | --- |
* | "{split}, stratified, seed {seed}" |
*
* @param {Report_Split_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_split_value = /** @type {((inputs: Report_Split_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Split_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_split_value(inputs)
	return __en.report_split_value(inputs)
});
/**
* | output |
* | --- |
* | "cancelled" |
*
* @param {Report_Status_CancelledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_status_cancelled = /** @type {((inputs?: Report_Status_CancelledInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Status_CancelledInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_status_cancelled(inputs)
	return __en.report_status_cancelled(inputs)
});
/**
* | output |
* | --- |
* | "done" |
*
* @param {Report_Status_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_status_done = /** @type {((inputs?: Report_Status_DoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Status_DoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_status_done(inputs)
	return __en.report_status_done(inputs)
});
/**
* | output |
* | --- |
* | "failed" |
*
* @param {Report_Status_FailedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_status_failed = /** @type {((inputs?: Report_Status_FailedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Status_FailedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_status_failed(inputs)
	return __en.report_status_failed(inputs)
});
/**
* | output |
* | --- |
* | "interrupted" |
*
* @param {Report_Status_InterruptedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_status_interrupted = /** @type {((inputs?: Report_Status_InterruptedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Status_InterruptedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_status_interrupted(inputs)
	return __en.report_status_interrupted(inputs)
});
/**
* | output |
* | --- |
* | "running" |
*
* @param {Report_Status_RunningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_status_running = /** @type {((inputs?: Report_Status_RunningInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Status_RunningInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_status_running(inputs)
	return __en.report_status_running(inputs)
});
/**
* | output |
* | --- |
* | "{count} boosting iterations" |
*
* @param {Report_Steps_BoostingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_steps_boosting = /** @type {((inputs: Report_Steps_BoostingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Steps_BoostingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_steps_boosting(inputs)
	return __en.report_steps_boosting(inputs)
});
/**
* | output |
* | --- |
* | "best epoch {best} of {count}" |
*
* @param {Report_Steps_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_steps_epoch = /** @type {((inputs: Report_Steps_EpochInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Steps_EpochInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_steps_epoch(inputs)
	return __en.report_steps_epoch(inputs)
});
/**
* | output |
* | --- |
* | "solved in {count} iterations" |
*
* @param {Report_Steps_SolverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_steps_solver = /** @type {((inputs: Report_Steps_SolverInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Steps_SolverInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_steps_solver(inputs)
	return __en.report_steps_solver(inputs)
});
/**
* | output |
* | --- |
* | "stopped early" |
*
* @param {Report_Stopped_EarlyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_stopped_early = /** @type {((inputs?: Report_Stopped_EarlyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Stopped_EarlyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_stopped_early(inputs)
	return __en.report_stopped_early(inputs)
});
/**
* | output |
* | --- |
* | "· dataset {dataset} · trained {time} · Faro {version}" |
*
* @param {Report_Subtitle_DetailsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_subtitle_details = /** @type {((inputs: Report_Subtitle_DetailsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Subtitle_DetailsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_subtitle_details(inputs)
	return __en.report_subtitle_details(inputs)
});
/**
* | output |
* | --- |
* | "Gradient × input: how much each term raises the probability of its own class, averaged over the test rows of that class." |
*
* @param {Report_Terms_GradientInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_terms_gradient = /** @type {((inputs?: Report_Terms_GradientInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Terms_GradientInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_terms_gradient(inputs)
	return __en.report_terms_gradient(inputs)
});
/**
* | output |
* | --- |
* | "Model weight of each term for the class, relative to the other classes." |
*
* @param {Report_Terms_LogisticInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_terms_logistic = /** @type {((inputs?: Report_Terms_LogisticInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Terms_LogisticInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_terms_logistic(inputs)
	return __en.report_terms_logistic(inputs)
});
/**
* | output |
* | --- |
* | "Terms of {label}" |
*
* @param {Report_Terms_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_terms_of = /** @type {((inputs: Report_Terms_OfInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Terms_OfInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_terms_of(inputs)
	return __en.report_terms_of(inputs)
});
/**
* | output |
* | --- |
* | "Test {metric}" |
*
* @param {Report_Test_MetricInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_test_metric = /** @type {((inputs: Report_Test_MetricInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Test_MetricInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_test_metric(inputs)
	return __en.report_test_metric(inputs)
});
/**
* | output |
* | --- |
* | "Test metric" |
*
* @param {Report_Test_Metric_ColInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_test_metric_col = /** @type {((inputs?: Report_Test_Metric_ColInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Test_Metric_ColInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_test_metric_col(inputs)
	return __en.report_test_metric_col(inputs)
});
/**
* | output |
* | --- |
* | "none (argmax)" |
*
* @param {Report_Threshold_ArgmaxInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_argmax = /** @type {((inputs?: Report_Threshold_ArgmaxInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Threshold_ArgmaxInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_threshold_argmax(inputs)
	return __en.report_threshold_argmax(inputs)
});
/**
* | output |
* | --- |
* | "chosen on the validation part for the lowest cost of errors: a false positive costs {fp}, a false negative {fn}" |
*
* @param {Report_Threshold_CostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_cost = /** @type {((inputs: Report_Threshold_CostInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Threshold_CostInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_threshold_cost(inputs)
	return __en.report_threshold_cost(inputs)
});
/**
* | output |
* | --- |
* | "; cost of errors {total} ({perRow} per row)" |
*
* @param {Report_Threshold_Cost_SuffixInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_cost_suffix = /** @type {((inputs: Report_Threshold_Cost_SuffixInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Threshold_Cost_SuffixInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_threshold_cost_suffix(inputs)
	return __en.report_threshold_cost_suffix(inputs)
});
/**
* | output |
* | --- |
* | "fixed" |
*
* @param {Report_Threshold_FixedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_fixed = /** @type {((inputs?: Report_Threshold_FixedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Threshold_FixedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_threshold_fixed(inputs)
	return __en.report_threshold_fixed(inputs)
});
/**
* | output |
* | --- |
* | "Threshold" |
*
* @param {Report_Threshold_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_label = /** @type {((inputs?: Report_Threshold_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Threshold_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_threshold_label(inputs)
	return __en.report_threshold_label(inputs)
});
/**
* | output |
* | --- |
* | "chosen on the validation part to maximise {metric}" |
*
* @param {Report_Threshold_MaximiseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_maximise = /** @type {((inputs: Report_Threshold_MaximiseInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Threshold_MaximiseInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_threshold_maximise(inputs)
	return __en.report_threshold_maximise(inputs)
});
/**
* | output |
* | --- |
* | "(method: {method})." |
*
* @param {Report_Threshold_MethodInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_method = /** @type {((inputs: Report_Threshold_MethodInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Threshold_MethodInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_threshold_method(inputs)
	return __en.report_threshold_method(inputs)
});
/**
* | output |
* | --- |
* | "none: the class with the highest probability is predicted" |
*
* @param {Report_Threshold_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_none = /** @type {((inputs?: Report_Threshold_NoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Threshold_NoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_threshold_none(inputs)
	return __en.report_threshold_none(inputs)
});
/**
* | output |
* | --- |
* | "Threshold on p({positive})" |
*
* @param {Report_Threshold_OnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_on = /** @type {((inputs: Report_Threshold_OnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Threshold_OnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_threshold_on(inputs)
	return __en.report_threshold_on(inputs)
});
/**
* | output |
* | --- |
* | "Rows with p({positive}) ≥ {threshold} are predicted “{positive}”; test and validation metrics use this threshold." |
*
* @param {Report_Threshold_Rule_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_rule_note = /** @type {((inputs: Report_Threshold_Rule_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Threshold_Rule_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_threshold_rule_note(inputs)
	return __en.report_threshold_rule_note(inputs)
});
/**
* | output |
* | --- |
* | "Rows with p({positive}) at or above the threshold are predicted “{positive}”; the sweep is measured on the validation part the threshold was chosen on." |
*
* @param {Report_Threshold_Sweep_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_threshold_sweep_note = /** @type {((inputs: Report_Threshold_Sweep_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Threshold_Sweep_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_threshold_sweep_note(inputs)
	return __en.report_threshold_sweep_note(inputs)
});
/**
* | output |
* | --- |
* | "Model report: {name}" |
*
* @param {Report_Title_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_title_run = /** @type {((inputs: Report_Title_RunInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Title_RunInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_title_run(inputs)
	return __en.report_title_run(inputs)
});
/**
* | output |
* | --- |
* | "Training curve" |
*
* @param {Report_Training_CurveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_training_curve = /** @type {((inputs?: Report_Training_CurveInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Training_CurveInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_training_curve(inputs)
	return __en.report_training_curve(inputs)
});
/**
* | output |
* | --- |
* | "{method} (training part only)." |
*
* @param {Report_Training_Part_OnlyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_training_part_only = /** @type {((inputs: Report_Training_Part_OnlyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Training_Part_OnlyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_training_part_only(inputs)
	return __en.report_training_part_only(inputs)
});
/**
* | output |
* | --- |
* | "trial not kept" |
*
* @param {Report_Trial_Not_KeptInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_trial_not_kept = /** @type {((inputs?: Report_Trial_Not_KeptInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Trial_Not_KeptInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_trial_not_kept(inputs)
	return __en.report_trial_not_kept(inputs)
});
/**
* | output |
* | --- |
* | "{count} ({done} finished)" |
*
* @param {Report_Trials_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_trials_value = /** @type {((inputs: Report_Trials_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Trials_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_trials_value(inputs)
	return __en.report_trials_value(inputs)
});
/**
* | output |
* | --- |
* | "Validation metric" |
*
* @param {Report_Validation_Metric_ColInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const report_validation_metric_col = /** @type {((inputs?: Report_Validation_Metric_ColInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Validation_Metric_ColInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.report_validation_metric_col(inputs)
	return __en.report_validation_metric_col(inputs)
});
/**
* | output |
* | --- |
* | "Some runs in this comparison are not stored in this browser (they may have been deleted): showing the list of runs." |
*
* @param {Route_Compare_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const route_compare_missing = /** @type {((inputs?: Route_Compare_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Compare_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.route_compare_missing(inputs)
	return __en.route_compare_missing(inputs)
});
/**
* | output |
* | --- |
* | "{count} of the runs in this comparison are no longer stored: comparing the others." |
*
* @param {Route_Compare_Some_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const route_compare_some_missing = /** @type {((inputs: Route_Compare_Some_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Compare_Some_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.route_compare_some_missing(inputs)
	return __en.route_compare_some_missing(inputs)
});
/**
* | output |
* | --- |
* | "The dataset in this link is not stored in this browser (it may have been deleted): showing your datasets instead." |
*
* @param {Route_Dataset_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const route_dataset_missing = /** @type {((inputs?: Route_Dataset_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Dataset_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.route_dataset_missing(inputs)
	return __en.route_dataset_missing(inputs)
});
/**
* | output |
* | --- |
* | "There is no screen at “{hash}”: showing the Data screen instead." |
*
* @param {Route_No_ScreenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const route_no_screen = /** @type {((inputs: Route_No_ScreenInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_No_ScreenInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.route_no_screen(inputs)
	return __en.route_no_screen(inputs)
});
/**
* | output |
* | --- |
* | "The run in this link is not stored in this browser (it may have been deleted): showing the list of runs." |
*
* @param {Route_Run_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const route_run_missing = /** @type {((inputs?: Route_Run_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Run_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.route_run_missing(inputs)
	return __en.route_run_missing(inputs)
});
/**
* | output |
* | --- |
* | "The run “{name}” has no results to show ({status}): showing the list of runs." |
*
* @param {Route_Run_UnfinishedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const route_run_unfinished = /** @type {((inputs: Route_Run_UnfinishedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Run_UnfinishedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.route_run_unfinished(inputs)
	return __en.route_run_unfinished(inputs)
});
/**
* | output |
* | --- |
* | "Actions" |
*
* @param {Runs_ActionsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_actions = /** @type {((inputs?: Runs_ActionsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ActionsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_actions(inputs)
	return __en.runs_actions(inputs)
});
/**
* | output |
* | --- |
* | "after" |
*
* @param {Runs_AfterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_after = /** @type {((inputs?: Runs_AfterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_AfterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_after(inputs)
	return __en.runs_after(inputs)
});
/**
* | output |
* | --- |
* | "All {count} columns" |
*
* @param {Runs_All_ColumnsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_all_columns = /** @type {((inputs: Runs_All_ColumnsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_All_ColumnsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_all_columns(inputs)
	return __en.runs_all_columns(inputs)
});
/**
* | output |
* | --- |
* | "all datasets" |
*
* @param {Runs_All_DatasetsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_all_datasets = /** @type {((inputs?: Runs_All_DatasetsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_All_DatasetsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_all_datasets(inputs)
	return __en.runs_all_datasets(inputs)
});
/**
* | output |
* | --- |
* | "Back to the run's threshold" |
*
* @param {Runs_Back_To_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_back_to_threshold = /** @type {((inputs?: Runs_Back_To_ThresholdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Back_To_ThresholdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_back_to_threshold(inputs)
	return __en.runs_back_to_threshold(inputs)
});
/**
* | output |
* | --- |
* | "backend:" |
*
* @param {Runs_BackendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_backend = /** @type {((inputs?: Runs_BackendInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_BackendInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_backend(inputs)
	return __en.runs_backend(inputs)
});
/**
* | output |
* | --- |
* | "{caption}: {count} synthetic row added; {before} → {after} training rows." |
*
* @param {Runs_Balance_Caption_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_caption_one = /** @type {((inputs: Runs_Balance_Caption_OneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Balance_Caption_OneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_balance_caption_one(inputs)
	return __en.runs_balance_caption_one(inputs)
});
/**
* | output |
* | --- |
* | "{caption}: {count} synthetic rows added; {before} → {after} training rows." |
*
* @param {Runs_Balance_Caption_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_caption_other = /** @type {((inputs: Runs_Balance_Caption_OtherInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Balance_Caption_OtherInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_balance_caption_other(inputs)
	return __en.runs_balance_caption_other(inputs)
});
/**
* | output |
* | --- |
* | "Training rows per class before and after balancing: {counts}" |
*
* @param {Runs_Balance_Chart_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_chart_label = /** @type {((inputs: Runs_Balance_Chart_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Balance_Chart_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_balance_chart_label(inputs)
	return __en.runs_balance_chart_label(inputs)
});
/**
* | output |
* | --- |
* | "Class balancing: {method}" |
*
* @param {Runs_Balance_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_heading = /** @type {((inputs: Runs_Balance_HeadingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Balance_HeadingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_balance_heading(inputs)
	return __en.runs_balance_heading(inputs)
});
/**
* | output |
* | --- |
* | "Class balancing" |
*
* @param {Runs_Balance_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_label = /** @type {((inputs?: Runs_Balance_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Balance_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_balance_label(inputs)
	return __en.runs_balance_label(inputs)
});
/**
* | output |
* | --- |
* | "{balance} (training part only)" |
*
* @param {Runs_Balance_Training_OnlyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_balance_training_only = /** @type {((inputs: Runs_Balance_Training_OnlyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Balance_Training_OnlyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_balance_training_only(inputs)
	return __en.runs_balance_training_only(inputs)
});
/**
* | output |
* | --- |
* | "before" |
*
* @param {Runs_BeforeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_before = /** @type {((inputs?: Runs_BeforeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_BeforeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_before(inputs)
	return __en.runs_before(inputs)
});
/**
* | output |
* | --- |
* | "best epoch {epoch}" |
*
* @param {Runs_Best_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_best_epoch = /** @type {((inputs: Runs_Best_EpochInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Best_EpochInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_best_epoch(inputs)
	return __en.runs_best_epoch(inputs)
});
/**
* | output |
* | --- |
* | "{value}, best" |
*
* @param {Runs_Best_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_best_value = /** @type {((inputs: Runs_Best_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Best_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_best_value(inputs)
	return __en.runs_best_value(inputs)
});
/**
* | output |
* | --- |
* | "Class balancing of the blend's heaviest model (trial #{trial}); each member was balanced as its trial chose." |
*
* @param {Runs_Blend_Balance_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_blend_balance_caption = /** @type {((inputs: Runs_Blend_Balance_CaptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Blend_Balance_CaptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_blend_balance_caption(inputs)
	return __en.runs_blend_balance_caption(inputs)
});
/**
* | output |
* | --- |
* | "Training curve of the blend's heaviest model (trial #{trial})." |
*
* @param {Runs_Blend_Curve_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_blend_curve_caption = /** @type {((inputs: Runs_Blend_Curve_CaptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Blend_Curve_CaptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_blend_curve_caption(inputs)
	return __en.runs_blend_curve_caption(inputs)
});
/**
* | output |
* | --- |
* | "(listed under “Settings and recipe used”)" |
*
* @param {Runs_Blend_ListedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_blend_listed = /** @type {((inputs?: Runs_Blend_ListedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Blend_ListedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_blend_listed(inputs)
	return __en.runs_blend_listed(inputs)
});
/**
* | output |
* | --- |
* | "{weight} — trial #{trial}: {model}" |
*
* @param {Runs_Blend_MemberInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_blend_member = /** @type {((inputs: Runs_Blend_MemberInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Blend_MemberInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_blend_member(inputs)
	return __en.runs_blend_member(inputs)
});
/**
* | output |
* | --- |
* | "Blend of {count} models (their probabilities averaged with these weights; the recipe below is the first one's):" |
*
* @param {Runs_Blend_MembersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_blend_members = /** @type {((inputs: Runs_Blend_MembersInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Blend_MembersInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_blend_members(inputs)
	return __en.runs_blend_members(inputs)
});
/**
* | output |
* | --- |
* | "blend of {count} models" |
*
* @param {Runs_Blend_OfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_blend_of = /** @type {((inputs: Runs_Blend_OfInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Blend_OfInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_blend_of(inputs)
	return __en.runs_blend_of(inputs)
});
/**
* | output |
* | --- |
* | "{count} boosting iterations" |
*
* @param {Runs_Boosting_IterationsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_boosting_iterations = /** @type {((inputs: Runs_Boosting_IterationsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Boosting_IterationsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_boosting_iterations(inputs)
	return __en.runs_boosting_iterations(inputs)
});
/**
* | output |
* | --- |
* | "Calibration (10 bins)" |
*
* @param {Runs_Calibration_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_calibration_caption = /** @type {((inputs?: Runs_Calibration_CaptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Calibration_CaptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_calibration_caption(inputs)
	return __en.runs_calibration_caption(inputs)
});
/**
* | output |
* | --- |
* | "Calibration curve" |
*
* @param {Runs_Calibration_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_calibration_label = /** @type {((inputs?: Runs_Calibration_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Calibration_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_calibration_label(inputs)
	return __en.runs_calibration_label(inputs)
});
/**
* | output |
* | --- |
* | "Captured" |
*
* @param {Runs_CapturedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_captured = /** @type {((inputs?: Runs_CapturedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_CapturedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_captured(inputs)
	return __en.runs_captured(inputs)
});
/**
* | output |
* | --- |
* | "Share of all “{label}” rows in this decile and the ones above" |
*
* @param {Runs_Captured_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_captured_title = /** @type {((inputs: Runs_Captured_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Captured_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_captured_title(inputs)
	return __en.runs_captured_title(inputs)
});
/**
* | output |
* | --- |
* | "Class" |
*
* @param {Runs_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_class = /** @type {((inputs?: Runs_ClassInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ClassInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_class(inputs)
	return __en.runs_class(inputs)
});
/**
* | output |
* | --- |
* | "Class balance" |
*
* @param {Runs_Class_BalanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_class_balance = /** @type {((inputs?: Runs_Class_BalanceInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Class_BalanceInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_class_balance(inputs)
	return __en.runs_class_balance(inputs)
});
/**
* | output |
* | --- |
* | "Training rows per class: {counts}; each row's loss weighted by n / (classes × class size)." |
*
* @param {Runs_Class_Weights_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_class_weights_note = /** @type {((inputs: Runs_Class_Weights_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Class_Weights_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_class_weights_note(inputs)
	return __en.runs_class_weights_note(inputs)
});
/**
* | output |
* | --- |
* | "Close" |
*
* @param {Runs_CloseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_close = /** @type {((inputs?: Runs_CloseInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_CloseInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_close(inputs)
	return __en.runs_close(inputs)
});
/**
* | output |
* | --- |
* | "Accuracy" |
*
* @param {Runs_Col_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_accuracy = /** @type {((inputs?: Runs_Col_AccuracyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Col_AccuracyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_col_accuracy(inputs)
	return __en.runs_col_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Created" |
*
* @param {Runs_Col_CreatedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_created = /** @type {((inputs?: Runs_Col_CreatedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Col_CreatedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_col_created(inputs)
	return __en.runs_col_created(inputs)
});
/**
* | output |
* | --- |
* | "Dataset" |
*
* @param {Runs_Col_DatasetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_dataset = /** @type {((inputs?: Runs_Col_DatasetInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Col_DatasetInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_col_dataset(inputs)
	return __en.runs_col_dataset(inputs)
});
/**
* | output |
* | --- |
* | "Log loss" |
*
* @param {Runs_Col_Log_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_log_loss = /** @type {((inputs?: Runs_Col_Log_LossInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Col_Log_LossInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_col_log_loss(inputs)
	return __en.runs_col_log_loss(inputs)
});
/**
* | output |
* | --- |
* | "Storage its model takes (what “Remove model” on the run frees)" |
*
* @param {Runs_Col_Model_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_model_title = /** @type {((inputs?: Runs_Col_Model_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Col_Model_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_col_model_title(inputs)
	return __en.runs_col_model_title(inputs)
});
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Runs_Col_NameInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_name = /** @type {((inputs?: Runs_Col_NameInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Col_NameInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_col_name(inputs)
	return __en.runs_col_name(inputs)
});
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Runs_Col_StatusInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_col_status = /** @type {((inputs?: Runs_Col_StatusInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Col_StatusInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_col_status(inputs)
	return __en.runs_col_status(inputs)
});
/**
* | output |
* | --- |
* | "Column" |
*
* @param {Runs_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_column = /** @type {((inputs?: Runs_ColumnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ColumnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_column(inputs)
	return __en.runs_column(inputs)
});
/**
* | output |
* | --- |
* | "Compare" |
*
* @param {Runs_CompareInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare = /** @type {((inputs?: Runs_CompareInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_CompareInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_compare(inputs)
	return __en.runs_compare(inputs)
});
/**
* | output |
* | --- |
* | "⚠ These runs were trained on different data (the dataset fingerprints differ): their metrics are not directly comparable." |
*
* @param {Runs_Compare_Different_DataInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_different_data = /** @type {((inputs?: Runs_Compare_Different_DataInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Compare_Different_DataInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_compare_different_data(inputs)
	return __en.runs_compare_different_data(inputs)
});
/**
* | output |
* | --- |
* | "⚠ These runs were evaluated on different test rows (another seed or split): differences may be noise." |
*
* @param {Runs_Compare_Different_Test_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_different_test_rows = /** @type {((inputs?: Runs_Compare_Different_Test_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Compare_Different_Test_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_compare_different_test_rows(inputs)
	return __en.runs_compare_different_test_rows(inputs)
});
/**
* | output |
* | --- |
* | "Score lost when the column is shuffled (permutation importance on each run's test rows; — where the run has none)." |
*
* @param {Runs_Compare_Importance_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_importance_caption = /** @type {((inputs?: Runs_Compare_Importance_CaptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Compare_Importance_CaptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_compare_importance_caption(inputs)
	return __en.runs_compare_importance_caption(inputs)
});
/**
* | output |
* | --- |
* | "Score lost when the column is shuffled (permutation importance on each run's test rows; — where the run has none), most important on average first." |
*
* @param {Runs_Compare_Importance_Caption_RankedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_importance_caption_ranked = /** @type {((inputs?: Runs_Compare_Importance_Caption_RankedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Compare_Importance_Caption_RankedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_compare_importance_caption_ranked(inputs)
	return __en.runs_compare_importance_caption_ranked(inputs)
});
/**
* | output |
* | --- |
* | "Column importance of the compared runs" |
*
* @param {Runs_Compare_Importance_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_importance_label = /** @type {((inputs?: Runs_Compare_Importance_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Compare_Importance_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_compare_importance_label(inputs)
	return __en.runs_compare_importance_label(inputs)
});
/**
* | output |
* | --- |
* | "Compare runs" |
*
* @param {Runs_Compare_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_label = /** @type {((inputs?: Runs_Compare_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Compare_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_compare_label(inputs)
	return __en.runs_compare_label(inputs)
});
/**
* | output |
* | --- |
* | "Metrics of the compared runs" |
*
* @param {Runs_Compare_Metrics_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_metrics_label = /** @type {((inputs?: Runs_Compare_Metrics_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Compare_Metrics_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_compare_metrics_label(inputs)
	return __en.runs_compare_metrics_label(inputs)
});
/**
* | output |
* | --- |
* | "One HTML file with these runs side by side, then each run's own report; it loads nothing from anywhere" |
*
* @param {Runs_Compare_Report_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_report_title = /** @type {((inputs?: Runs_Compare_Report_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Compare_Report_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_compare_report_title(inputs)
	return __en.runs_compare_report_title(inputs)
});
/**
* | output |
* | --- |
* | "Tick 2 to 6 finished runs to compare them side by side" |
*
* @param {Runs_Compare_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_compare_title = /** @type {((inputs?: Runs_Compare_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Compare_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_compare_title(inputs)
	return __en.runs_compare_title(inputs)
});
/**
* | output |
* | --- |
* | "Comparing {count} runs" |
*
* @param {Runs_ComparingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_comparing = /** @type {((inputs: Runs_ComparingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ComparingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_comparing(inputs)
	return __en.runs_comparing(inputs)
});
/**
* | output |
* | --- |
* | "Confusion matrix" |
*
* @param {Runs_ConfusionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_confusion = /** @type {((inputs?: Runs_ConfusionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ConfusionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_confusion(inputs)
	return __en.runs_confusion(inputs)
});
/**
* | output |
* | --- |
* | "true ↓ / predicted →" |
*
* @param {Runs_Confusion_CornerInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_confusion_corner = /** @type {((inputs?: Runs_Confusion_CornerInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Confusion_CornerInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_confusion_corner(inputs)
	return __en.runs_confusion_corner(inputs)
});
/**
* | output |
* | --- |
* | "TP · FP · FN · TN" |
*
* @param {Runs_Confusion_CountsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_confusion_counts = /** @type {((inputs?: Runs_Confusion_CountsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Confusion_CountsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_confusion_counts(inputs)
	return __en.runs_confusion_counts(inputs)
});
/**
* | output |
* | --- |
* | "Cost of errors per row" |
*
* @param {Runs_Cost_AxisInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cost_axis = /** @type {((inputs?: Runs_Cost_AxisInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Cost_AxisInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_cost_axis(inputs)
	return __en.runs_cost_axis(inputs)
});
/**
* | output |
* | --- |
* | "Cost of errors against the threshold" |
*
* @param {Runs_Cost_ChartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cost_chart = /** @type {((inputs?: Runs_Cost_ChartInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Cost_ChartInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_cost_chart(inputs)
	return __en.runs_cost_chart(inputs)
});
/**
* | output |
* | --- |
* | "({perRow} per row; validation {validation} per row)." |
*
* @param {Runs_Cost_Per_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cost_per_row = /** @type {((inputs: Runs_Cost_Per_RowInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Cost_Per_RowInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_cost_per_row(inputs)
	return __en.runs_cost_per_row(inputs)
});
/**
* | output |
* | --- |
* | "Cost per row" |
*
* @param {Runs_Cost_Per_Row_ColInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cost_per_row_col = /** @type {((inputs?: Runs_Cost_Per_Row_ColInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Cost_Per_Row_ColInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_cost_per_row_col(inputs)
	return __en.runs_cost_per_row_col(inputs)
});
/**
* | output |
* | --- |
* | "Cost of the errors on the test part:" |
*
* @param {Runs_Cost_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cost_test = /** @type {((inputs?: Runs_Cost_TestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Cost_TestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_cost_test(inputs)
	return __en.runs_cost_test(inputs)
});
/**
* | output |
* | --- |
* | "Cum. lift" |
*
* @param {Runs_Cum_LiftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cum_lift = /** @type {((inputs?: Runs_Cum_LiftInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Cum_LiftInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_cum_lift(inputs)
	return __en.runs_cum_lift(inputs)
});
/**
* | output |
* | --- |
* | "The rate of this decile and the ones above over the overall rate" |
*
* @param {Runs_Cum_Lift_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_cum_lift_title = /** @type {((inputs?: Runs_Cum_Lift_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Cum_Lift_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_cum_lift_title(inputs)
	return __en.runs_cum_lift_title(inputs)
});
/**
* | output |
* | --- |
* | "Decile" |
*
* @param {Runs_DecileInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_decile = /** @type {((inputs?: Runs_DecileInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_DecileInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_decile(inputs)
	return __en.runs_decile(inputs)
});
/**
* | output |
* | --- |
* | "Decile (highest scores first)" |
*
* @param {Runs_Decile_AxisInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_decile_axis = /** @type {((inputs?: Runs_Decile_AxisInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Decile_AxisInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_decile_axis(inputs)
	return __en.runs_decile_axis(inputs)
});
/**
* | output |
* | --- |
* | "Decile table" |
*
* @param {Runs_Decile_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_decile_table = /** @type {((inputs?: Runs_Decile_TableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Decile_TableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_decile_table(inputs)
	return __en.runs_decile_table(inputs)
});
/**
* | output |
* | --- |
* | "Rows ranked by the score of “{label}”, highest first, in ten groups of equal size (tied scores keep the data's order)." |
*
* @param {Runs_Deciles_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_deciles_caption = /** @type {((inputs: Runs_Deciles_CaptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Deciles_CaptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_deciles_caption(inputs)
	return __en.runs_deciles_caption(inputs)
});
/**
* | output |
* | --- |
* | "Score deciles" |
*
* @param {Runs_Deciles_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_deciles_label = /** @type {((inputs?: Runs_Deciles_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Deciles_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_deciles_label(inputs)
	return __en.runs_deciles_label(inputs)
});
/**
* | output |
* | --- |
* | "Delete the run “{name}”?" |
*
* @param {Runs_Delete_ConfirmInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_delete_confirm = /** @type {((inputs: Runs_Delete_ConfirmInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Delete_ConfirmInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_delete_confirm(inputs)
	return __en.runs_delete_confirm(inputs)
});
/**
* | output |
* | --- |
* | "Delete run {name}" |
*
* @param {Runs_Delete_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_delete_run = /** @type {((inputs: Runs_Delete_RunInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Delete_RunInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_delete_run(inputs)
	return __en.runs_delete_run(inputs)
});
/**
* | output |
* | --- |
* | "Download model" |
*
* @param {Runs_Download_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_download_model = /** @type {((inputs?: Runs_Download_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Download_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_download_model(inputs)
	return __en.runs_download_model(inputs)
});
/**
* | output |
* | --- |
* | "One JSON file: the fitted recipe, the model, labels, threshold and metrics" |
*
* @param {Runs_Download_Model_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_download_model_title = /** @type {((inputs?: Runs_Download_Model_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Download_Model_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_download_model_title(inputs)
	return __en.runs_download_model_title(inputs)
});
/**
* | output |
* | --- |
* | "Download report" |
*
* @param {Runs_Download_ReportInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_download_report = /** @type {((inputs?: Runs_Download_ReportInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Download_ReportInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_download_report(inputs)
	return __en.runs_download_report(inputs)
});
/**
* | output |
* | --- |
* | "One HTML file to read, print or archive: data, settings, metrics, curves, deciles, importance, warnings and provenance; it loads nothing from anywhere" |
*
* @param {Runs_Download_Report_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_download_report_title = /** @type {((inputs?: Runs_Download_Report_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Download_Report_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_download_report_title(inputs)
	return __en.runs_download_report_title(inputs)
});
/**
* | output |
* | --- |
* | "{count} rows without a target value were left out." |
*
* @param {Runs_Dropped_Missing_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_dropped_missing_target = /** @type {((inputs: Runs_Dropped_Missing_TargetInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Dropped_Missing_TargetInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_dropped_missing_target(inputs)
	return __en.runs_dropped_missing_target(inputs)
});
/**
* | output |
* | --- |
* | "No runs yet. Train a model on the Train screen; every run is kept here, in this browser." |
*
* @param {Runs_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_empty = /** @type {((inputs?: Runs_EmptyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_EmptyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_empty(inputs)
	return __en.runs_empty(inputs)
});
/**
* | output |
* | --- |
* | "Epoch (trees: iteration)" |
*
* @param {Runs_Epoch_Trees_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_epoch_trees_iteration = /** @type {((inputs?: Runs_Epoch_Trees_IterationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Epoch_Trees_IterationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_epoch_trees_iteration(inputs)
	return __en.runs_epoch_trees_iteration(inputs)
});
/**
* | output |
* | --- |
* | "Export selected" |
*
* @param {Runs_Export_SelectedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_export_selected = /** @type {((inputs?: Runs_Export_SelectedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Export_SelectedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_export_selected(inputs)
	return __en.runs_export_selected(inputs)
});
/**
* | output |
* | --- |
* | "{count} features" |
*
* @param {Runs_FeaturesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_features = /** @type {((inputs: Runs_FeaturesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_FeaturesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_features(inputs)
	return __en.runs_features(inputs)
});
/**
* | output |
* | --- |
* | "{count} features (first model)" |
*
* @param {Runs_Features_First_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_features_first_model = /** @type {((inputs: Runs_Features_First_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Features_First_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_features_first_model(inputs)
	return __en.runs_features_first_model(inputs)
});
/**
* | output |
* | --- |
* | "Features" |
*
* @param {Runs_Features_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_features_heading = /** @type {((inputs?: Runs_Features_HeadingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Features_HeadingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_features_heading(inputs)
	return __en.runs_features_heading(inputs)
});
/**
* | output |
* | --- |
* | "Filter by dataset" |
*
* @param {Runs_Filter_DatasetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_filter_dataset = /** @type {((inputs?: Runs_Filter_DatasetInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Filter_DatasetInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_filter_dataset(inputs)
	return __en.runs_filter_dataset(inputs)
});
/**
* | output |
* | --- |
* | "Flagged" |
*
* @param {Runs_FlaggedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_flagged = /** @type {((inputs?: Runs_FlaggedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_FlaggedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_flagged(inputs)
	return __en.runs_flagged(inputs)
});
/**
* | output |
* | --- |
* | "False positive rate" |
*
* @param {Runs_FprInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_fpr = /** @type {((inputs?: Runs_FprInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_FprInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_fpr(inputs)
	return __en.runs_fpr(inputs)
});
/**
* | output |
* | --- |
* | "Fraction positive" |
*
* @param {Runs_Fraction_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_fraction_positive = /** @type {((inputs?: Runs_Fraction_PositiveInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Fraction_PositiveInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_fraction_positive(inputs)
	return __en.runs_fraction_positive(inputs)
});
/**
* | output |
* | --- |
* | "Share of gain" |
*
* @param {Runs_Gain_ShareInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_gain_share = /** @type {((inputs?: Runs_Gain_ShareInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Gain_ShareInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_gain_share(inputs)
	return __en.runs_gain_share(inputs)
});
/**
* | output |
* | --- |
* | "Total gain" |
*
* @param {Runs_Gain_TotalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_gain_total = /** @type {((inputs?: Runs_Gain_TotalInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Gain_TotalInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_gain_total(inputs)
	return __en.runs_gain_total(inputs)
});
/**
* | output |
* | --- |
* | "Cumulative gains of “{label}” (the Captured column of the table)" |
*
* @param {Runs_Gains_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_gains_label = /** @type {((inputs: Runs_Gains_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Gains_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_gains_label(inputs)
	return __en.runs_gains_label(inputs)
});
/**
* | output |
* | --- |
* | "Share of correct predictions." |
*
* @param {Runs_Hint_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_accuracy = /** @type {((inputs?: Runs_Hint_AccuracyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Hint_AccuracyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_hint_accuracy(inputs)
	return __en.runs_hint_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Mean recall over classes." |
*
* @param {Runs_Hint_Balanced_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_balanced_accuracy = /** @type {((inputs?: Runs_Hint_Balanced_AccuracyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Hint_Balanced_AccuracyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_hint_balanced_accuracy(inputs)
	return __en.runs_hint_balanced_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Mean F1 over classes." |
*
* @param {Runs_Hint_F1_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_f1_macro = /** @type {((inputs?: Runs_Hint_F1_MacroInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Hint_F1_MacroInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_hint_f1_macro(inputs)
	return __en.runs_hint_f1_macro(inputs)
});
/**
* | output |
* | --- |
* | "F1 averaged by class support." |
*
* @param {Runs_Hint_F1_WeightedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_f1_weighted = /** @type {((inputs?: Runs_Hint_F1_WeightedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Hint_F1_WeightedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_hint_f1_weighted(inputs)
	return __en.runs_hint_f1_weighted(inputs)
});
/**
* | output |
* | --- |
* | "2 × ROC AUC − 1, as credit scoring reports it." |
*
* @param {Runs_Hint_GiniInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_gini = /** @type {((inputs?: Runs_Hint_GiniInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Hint_GiniInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_hint_gini(inputs)
	return __en.runs_hint_gini(inputs)
});
/**
* | output |
* | --- |
* | "Agreement beyond chance." |
*
* @param {Runs_Hint_KappaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_kappa = /** @type {((inputs?: Runs_Hint_KappaInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Hint_KappaInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_hint_kappa(inputs)
	return __en.runs_hint_kappa(inputs)
});
/**
* | output |
* | --- |
* | "Kolmogorov–Smirnov: the largest gap between the two classes’ score distributions." |
*
* @param {Runs_Hint_KsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_ks = /** @type {((inputs?: Runs_Hint_KsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Hint_KsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_hint_ks(inputs)
	return __en.runs_hint_ks(inputs)
});
/**
* | output |
* | --- |
* | "Lower is better." |
*
* @param {Runs_Hint_Lower_BetterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_lower_better = /** @type {((inputs?: Runs_Hint_Lower_BetterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Hint_Lower_BetterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_hint_lower_better(inputs)
	return __en.runs_hint_lower_better(inputs)
});
/**
* | output |
* | --- |
* | "Matthews correlation; 0 = chance, 1 = perfect." |
*
* @param {Runs_Hint_MccInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_mcc = /** @type {((inputs?: Runs_Hint_MccInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Hint_MccInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_hint_mcc(inputs)
	return __en.runs_hint_mcc(inputs)
});
/**
* | output |
* | --- |
* | "Precision–recall summary; sensitive to rare positives." |
*
* @param {Runs_Hint_Pr_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_pr_auc = /** @type {((inputs?: Runs_Hint_Pr_AucInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Hint_Pr_AucInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_hint_pr_auc(inputs)
	return __en.runs_hint_pr_auc(inputs)
});
/**
* | output |
* | --- |
* | "Ranking quality; 0.5 = chance, 1 = perfect. Multiclass: macro one-vs-rest." |
*
* @param {Runs_Hint_Roc_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_hint_roc_auc = /** @type {((inputs?: Runs_Hint_Roc_AucInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Hint_Roc_AucInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_hint_roc_auc(inputs)
	return __en.runs_hint_roc_auc(inputs)
});
/**
* | output |
* | --- |
* | "Import runs…" |
*
* @param {Runs_ImportInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_import = /** @type {((inputs?: Runs_ImportInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ImportInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_import(inputs)
	return __en.runs_import(inputs)
});
/**
* | output |
* | --- |
* | "Import runs" |
*
* @param {Runs_Import_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_import_label = /** @type {((inputs?: Runs_Import_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Import_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_import_label(inputs)
	return __en.runs_import_label(inputs)
});
/**
* | output |
* | --- |
* | "Add runs from a file exported by Faro" |
*
* @param {Runs_Import_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_import_title = /** @type {((inputs?: Runs_Import_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Import_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_import_title(inputs)
	return __en.runs_import_title(inputs)
});
/**
* | output |
* | --- |
* | "One-hot levels, derived columns and text terms count for the column they come from. Near 0 or below: the model does not use the column." |
*
* @param {Runs_Importance_Caption_RestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_caption_rest = /** @type {((inputs?: Runs_Importance_Caption_RestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Importance_Caption_RestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_importance_caption_rest(inputs)
	return __en.runs_importance_caption_rest(inputs)
});
/**
* | output |
* | --- |
* | "Permutation importance on {rows} test rows: each column's values are shuffled {repeats} times and the model scored again ({metric} {baseline} unshuffled); ba..." |
*
* @param {Runs_Importance_Caption_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_caption_test = /** @type {((inputs: Runs_Importance_Caption_TestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Importance_Caption_TestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_importance_caption_test(inputs)
	return __en.runs_importance_caption_test(inputs)
});
/**
* | output |
* | --- |
* | "Permutation importance on {rows} validation rows: each column's values are shuffled {repeats} times and the model scored again ({metric} {baseline} unshuffle..." |
*
* @param {Runs_Importance_Caption_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_caption_validation = /** @type {((inputs: Runs_Importance_Caption_ValidationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Importance_Caption_ValidationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_importance_caption_validation(inputs)
	return __en.runs_importance_caption_validation(inputs)
});
/**
* | output |
* | --- |
* | "Permutation importance per column" |
*
* @param {Runs_Importance_ChartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_chart = /** @type {((inputs?: Runs_Importance_ChartInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Importance_ChartInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_importance_chart(inputs)
	return __en.runs_importance_chart(inputs)
});
/**
* | output |
* | --- |
* | "Which columns the model relies on" |
*
* @param {Runs_Importance_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_heading = /** @type {((inputs?: Runs_Importance_HeadingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Importance_HeadingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_importance_heading(inputs)
	return __en.runs_importance_heading(inputs)
});
/**
* | output |
* | --- |
* | "Column importance" |
*
* @param {Runs_Importance_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_label = /** @type {((inputs?: Runs_Importance_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Importance_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_importance_label(inputs)
	return __en.runs_importance_label(inputs)
});
/**
* | output |
* | --- |
* | "⚠ These runs measured importance with different scores (ROC AUC for some, accuracy for others): compare numbers within a run only. Columns are ordered by the..." |
*
* @param {Runs_Importance_MixedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_mixed = /** @type {((inputs?: Runs_Importance_MixedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Importance_MixedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_importance_mixed(inputs)
	return __en.runs_importance_mixed(inputs)
});
/**
* | output |
* | --- |
* | "Rows the importance is measured on" |
*
* @param {Runs_Importance_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_part = /** @type {((inputs?: Runs_Importance_PartInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Importance_PartInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_importance_part(inputs)
	return __en.runs_importance_part(inputs)
});
/**
* | output |
* | --- |
* | "Permutation importance" |
*
* @param {Runs_Importance_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_importance_table = /** @type {((inputs?: Runs_Importance_TableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Importance_TableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_importance_table(inputs)
	return __en.runs_importance_table(inputs)
});
/**
* | output |
* | --- |
* | "Imported {count} run from {file}." |
*
* @param {Runs_Imported_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_imported_one = /** @type {((inputs: Runs_Imported_OneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Imported_OneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_imported_one(inputs)
	return __en.runs_imported_one(inputs)
});
/**
* | output |
* | --- |
* | "Imported {count} run from {file} ({skipped} already here)." |
*
* @param {Runs_Imported_One_SkippedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_imported_one_skipped = /** @type {((inputs: Runs_Imported_One_SkippedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Imported_One_SkippedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_imported_one_skipped(inputs)
	return __en.runs_imported_one_skipped(inputs)
});
/**
* | output |
* | --- |
* | "Imported {count} runs from {file}." |
*
* @param {Runs_Imported_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_imported_other = /** @type {((inputs: Runs_Imported_OtherInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Imported_OtherInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_imported_other(inputs)
	return __en.runs_imported_other(inputs)
});
/**
* | output |
* | --- |
* | "Imported {count} runs from {file} ({skipped} already here)." |
*
* @param {Runs_Imported_Other_SkippedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_imported_other_skipped = /** @type {((inputs: Runs_Imported_Other_SkippedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Imported_Other_SkippedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_imported_other_skipped(inputs)
	return __en.runs_imported_other_skipped(inputs)
});
/**
* | output |
* | --- |
* | "(largest gap between the two classes' score distributions, at a score of {score})" |
*
* @param {Runs_Ks_AtInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_ks_at = /** @type {((inputs: Runs_Ks_AtInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Ks_AtInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_ks_at(inputs)
	return __en.runs_ks_at(inputs)
});
/**
* | output |
* | --- |
* | "KS chart: the largest gap between the two classes is {ks}" |
*
* @param {Runs_Ks_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_ks_label = /** @type {((inputs: Runs_Ks_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Ks_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_ks_label(inputs)
	return __en.runs_ks_label(inputs)
});
/**
* | output |
* | --- |
* | "precision" |
*
* @param {Runs_Legend_PrecisionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_legend_precision = /** @type {((inputs?: Runs_Legend_PrecisionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Legend_PrecisionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_legend_precision(inputs)
	return __en.runs_legend_precision(inputs)
});
/**
* | output |
* | --- |
* | "recall" |
*
* @param {Runs_Legend_RecallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_legend_recall = /** @type {((inputs?: Runs_Legend_RecallInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Legend_RecallInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_legend_recall(inputs)
	return __en.runs_legend_recall(inputs)
});
/**
* | output |
* | --- |
* | "train" |
*
* @param {Runs_Legend_TrainInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_legend_train = /** @type {((inputs?: Runs_Legend_TrainInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Legend_TrainInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_legend_train(inputs)
	return __en.runs_legend_train(inputs)
});
/**
* | output |
* | --- |
* | "validation" |
*
* @param {Runs_Legend_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_legend_validation = /** @type {((inputs?: Runs_Legend_ValidationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Legend_ValidationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_legend_validation(inputs)
	return __en.runs_legend_validation(inputs)
});
/**
* | output |
* | --- |
* | "Lift by decile (the Lift and Cum. lift columns of the table)" |
*
* @param {Runs_Lift_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_lift_label = /** @type {((inputs?: Runs_Lift_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Lift_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_lift_label(inputs)
	return __en.runs_lift_label(inputs)
});
/**
* | output |
* | --- |
* | "The decile's rate over the overall rate" |
*
* @param {Runs_Lift_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_lift_title = /** @type {((inputs?: Runs_Lift_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Lift_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_lift_title(inputs)
	return __en.runs_lift_title(inputs)
});
/**
* | output |
* | --- |
* | "Loss (cross-entropy)" |
*
* @param {Runs_Loss_AxisInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_axis = /** @type {((inputs?: Runs_Loss_AxisInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Loss_AxisInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_loss_axis(inputs)
	return __en.runs_loss_axis(inputs)
});
/**
* | output |
* | --- |
* | "Loss per epoch." |
*
* @param {Runs_Loss_Caption_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_caption_epoch = /** @type {((inputs?: Runs_Loss_Caption_EpochInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Loss_Caption_EpochInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_loss_caption_epoch(inputs)
	return __en.runs_loss_caption_epoch(inputs)
});
/**
* | output |
* | --- |
* | "Loss per epoch; dashed line: best epoch ({best}), whose weights were kept." |
*
* @param {Runs_Loss_Caption_Epoch_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_caption_epoch_best = /** @type {((inputs: Runs_Loss_Caption_Epoch_BestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Loss_Caption_Epoch_BestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_loss_caption_epoch_best(inputs)
	return __en.runs_loss_caption_epoch_best(inputs)
});
/**
* | output |
* | --- |
* | "Loss per iteration." |
*
* @param {Runs_Loss_Caption_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_caption_iteration = /** @type {((inputs?: Runs_Loss_Caption_IterationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Loss_Caption_IterationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_loss_caption_iteration(inputs)
	return __en.runs_loss_caption_iteration(inputs)
});
/**
* | output |
* | --- |
* | "Loss per iteration; dashed line: best iteration ({best}), the trees up to it were kept." |
*
* @param {Runs_Loss_Caption_Iteration_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_caption_iteration_best = /** @type {((inputs: Runs_Loss_Caption_Iteration_BestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Loss_Caption_Iteration_BestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_loss_caption_iteration_best(inputs)
	return __en.runs_loss_caption_iteration_best(inputs)
});
/**
* | output |
* | --- |
* | "Loss per iteration; dashed line: the solver's last iteration ({best}), its weights are the model." |
*
* @param {Runs_Loss_Caption_Solver_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_caption_solver_best = /** @type {((inputs: Runs_Loss_Caption_Solver_BestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Loss_Caption_Solver_BestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_loss_caption_solver_best(inputs)
	return __en.runs_loss_caption_solver_best(inputs)
});
/**
* | output |
* | --- |
* | "Validation loss per epoch (per iteration for trees)" |
*
* @param {Runs_Loss_CurvesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_curves = /** @type {((inputs?: Runs_Loss_CurvesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Loss_CurvesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_loss_curves(inputs)
	return __en.runs_loss_curves(inputs)
});
/**
* | output |
* | --- |
* | "Validation loss of the compared runs" |
*
* @param {Runs_Loss_Curves_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_curves_label = /** @type {((inputs?: Runs_Loss_Curves_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Loss_Curves_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_loss_curves_label(inputs)
	return __en.runs_loss_curves_label(inputs)
});
/**
* | output |
* | --- |
* | "Training and validation loss per epoch" |
*
* @param {Runs_Loss_Label_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_label_epoch = /** @type {((inputs?: Runs_Loss_Label_EpochInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Loss_Label_EpochInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_loss_label_epoch(inputs)
	return __en.runs_loss_label_epoch(inputs)
});
/**
* | output |
* | --- |
* | "Training and validation loss per iteration" |
*
* @param {Runs_Loss_Label_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_loss_label_iteration = /** @type {((inputs?: Runs_Loss_Label_IterationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Loss_Label_IterationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_loss_label_iteration(inputs)
	return __en.runs_loss_label_iteration(inputs)
});
/**
* | output |
* | --- |
* | "{metric} lost when the column is shuffled" |
*
* @param {Runs_Lost_When_ShuffledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_lost_when_shuffled = /** @type {((inputs: Runs_Lost_When_ShuffledInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Lost_When_ShuffledInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_lost_when_shuffled(inputs)
	return __en.runs_lost_when_shuffled(inputs)
});
/**
* | output |
* | --- |
* | "(lower is better)" |
*
* @param {Runs_Lower_Is_BetterInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_lower_is_better = /** @type {((inputs?: Runs_Lower_Is_BetterInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Lower_Is_BetterInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_lower_is_better(inputs)
	return __en.runs_lower_is_better(inputs)
});
/**
* | output |
* | --- |
* | "Mean predicted probability" |
*
* @param {Runs_Mean_PredictedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_mean_predicted = /** @type {((inputs?: Runs_Mean_PredictedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Mean_PredictedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_mean_predicted(inputs)
	return __en.runs_mean_predicted(inputs)
});
/**
* | output |
* | --- |
* | "Metric" |
*
* @param {Runs_MetricInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric = /** @type {((inputs?: Runs_MetricInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_MetricInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_metric(inputs)
	return __en.runs_metric(inputs)
});
/**
* | output |
* | --- |
* | "accuracy" |
*
* @param {Runs_Metric_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_accuracy = /** @type {((inputs?: Runs_Metric_AccuracyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Metric_AccuracyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_metric_accuracy(inputs)
	return __en.runs_metric_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Balanced accuracy" |
*
* @param {Runs_Metric_Balanced_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_balanced_accuracy = /** @type {((inputs?: Runs_Metric_Balanced_AccuracyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Metric_Balanced_AccuracyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_metric_balanced_accuracy(inputs)
	return __en.runs_metric_balanced_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Brier score" |
*
* @param {Runs_Metric_BrierInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_brier = /** @type {((inputs?: Runs_Metric_BrierInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Metric_BrierInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_metric_brier(inputs)
	return __en.runs_metric_brier(inputs)
});
/**
* | output |
* | --- |
* | "F1 (weighted)" |
*
* @param {Runs_Metric_F1_WeightedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_f1_weighted = /** @type {((inputs?: Runs_Metric_F1_WeightedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Metric_F1_WeightedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_metric_f1_weighted(inputs)
	return __en.runs_metric_f1_weighted(inputs)
});
/**
* | output |
* | --- |
* | "Cohen's kappa" |
*
* @param {Runs_Metric_KappaInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_kappa = /** @type {((inputs?: Runs_Metric_KappaInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Metric_KappaInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_metric_kappa(inputs)
	return __en.runs_metric_kappa(inputs)
});
/**
* | output |
* | --- |
* | "{metric} lost" |
*
* @param {Runs_Metric_LostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_lost = /** @type {((inputs: Runs_Metric_LostInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Metric_LostInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_metric_lost(inputs)
	return __en.runs_metric_lost(inputs)
});
/**
* | output |
* | --- |
* | "PR AUC (average precision)" |
*
* @param {Runs_Metric_Pr_AucInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_pr_auc = /** @type {((inputs?: Runs_Metric_Pr_AucInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Metric_Pr_AucInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_metric_pr_auc(inputs)
	return __en.runs_metric_pr_auc(inputs)
});
/**
* | output |
* | --- |
* | "Precision (macro)" |
*
* @param {Runs_Metric_Precision_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_precision_macro = /** @type {((inputs?: Runs_Metric_Precision_MacroInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Metric_Precision_MacroInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_metric_precision_macro(inputs)
	return __en.runs_metric_precision_macro(inputs)
});
/**
* | output |
* | --- |
* | "Recall (macro)" |
*
* @param {Runs_Metric_Recall_MacroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metric_recall_macro = /** @type {((inputs?: Runs_Metric_Recall_MacroInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Metric_Recall_MacroInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_metric_recall_macro(inputs)
	return __en.runs_metric_recall_macro(inputs)
});
/**
* | output |
* | --- |
* | "Metrics" |
*
* @param {Runs_Metrics_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_metrics_label = /** @type {((inputs?: Runs_Metrics_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Metrics_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_metrics_label(inputs)
	return __en.runs_metrics_label(inputs)
});
/**
* | output |
* | --- |
* | "Model" |
*
* @param {Runs_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_model = /** @type {((inputs?: Runs_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_model(inputs)
	return __en.runs_model(inputs)
});
/**
* | output |
* | --- |
* | "model removed" |
*
* @param {Runs_Model_RemovedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_model_removed = /** @type {((inputs?: Runs_Model_RemovedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Model_RemovedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_model_removed(inputs)
	return __en.runs_model_removed(inputs)
});
/**
* | output |
* | --- |
* | "model removed on {date} ({size} freed)" |
*
* @param {Runs_Model_Removed_OnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_model_removed_on = /** @type {((inputs: Runs_Model_Removed_OnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Model_Removed_OnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_model_removed_on(inputs)
	return __en.runs_model_removed_on(inputs)
});
/**
* | output |
* | --- |
* | "removed" |
*
* @param {Runs_Model_Removed_ShortInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_model_removed_short = /** @type {((inputs?: Runs_Model_Removed_ShortInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Model_Removed_ShortInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_model_removed_short(inputs)
	return __en.runs_model_removed_short(inputs)
});
/**
* | output |
* | --- |
* | "The model's weights as JSON: the space removing it frees" |
*
* @param {Runs_Model_Size_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_model_size_title = /** @type {((inputs?: Runs_Model_Size_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Model_Size_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_model_size_title(inputs)
	return __en.runs_model_size_title(inputs)
});
/**
* | output |
* | --- |
* | "This run was recorded before Faro kept the test scores: only the validation sweep can be read here." |
*
* @param {Runs_No_Test_ScoresInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_no_test_scores = /** @type {((inputs?: Runs_No_Test_ScoresInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_No_Test_ScoresInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_no_test_scores(inputs)
	return __en.runs_no_test_scores(inputs)
});
/**
* | output |
* | --- |
* | "not measured" |
*
* @param {Runs_Not_MeasuredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_not_measured = /** @type {((inputs?: Runs_Not_MeasuredInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Not_MeasuredInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_not_measured(inputs)
	return __en.runs_not_measured(inputs)
});
/**
* | output |
* | --- |
* | "on validation" |
*
* @param {Runs_On_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_on_validation = /** @type {((inputs?: Runs_On_ValidationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_On_ValidationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_on_validation(inputs)
	return __en.runs_on_validation(inputs)
});
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Runs_OpenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_open = /** @type {((inputs?: Runs_OpenInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_OpenInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_open(inputs)
	return __en.runs_open(inputs)
});
/**
* | output |
* | --- |
* | "Open run {name}" |
*
* @param {Runs_Open_RunInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_open_run = /** @type {((inputs: Runs_Open_RunInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Open_RunInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_open_run(inputs)
	return __en.runs_open_run(inputs)
});
/**
* | output |
* | --- |
* | "others" |
*
* @param {Runs_OthersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_others = /** @type {((inputs?: Runs_OthersInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_OthersInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_others(inputs)
	return __en.runs_others(inputs)
});
/**
* | output |
* | --- |
* | "Part" |
*
* @param {Runs_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_part = /** @type {((inputs?: Runs_PartInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_PartInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_part(inputs)
	return __en.runs_part(inputs)
});
/**
* | output |
* | --- |
* | "Per-class metrics" |
*
* @param {Runs_Per_Class_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_per_class_label = /** @type {((inputs?: Runs_Per_Class_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Per_Class_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_per_class_label(inputs)
	return __en.runs_per_class_label(inputs)
});
/**
* | output |
* | --- |
* | "positive" |
*
* @param {Runs_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_positive = /** @type {((inputs?: Runs_PositiveInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_PositiveInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_positive(inputs)
	return __en.runs_positive(inputs)
});
/**
* | output |
* | --- |
* | "Positive class" |
*
* @param {Runs_Positive_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_positive_class = /** @type {((inputs?: Runs_Positive_ClassInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Positive_ClassInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_positive_class(inputs)
	return __en.runs_positive_class(inputs)
});
/**
* | output |
* | --- |
* | "Precision–recall · AP {ap}" |
*
* @param {Runs_Pr_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_pr_caption = /** @type {((inputs: Runs_Pr_CaptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Pr_CaptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_pr_caption(inputs)
	return __en.runs_pr_caption(inputs)
});
/**
* | output |
* | --- |
* | "Precision–recall curves" |
*
* @param {Runs_Pr_CurvesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_pr_curves = /** @type {((inputs?: Runs_Pr_CurvesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Pr_CurvesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_pr_curves(inputs)
	return __en.runs_pr_curves(inputs)
});
/**
* | output |
* | --- |
* | "Precision-recall curves of the compared runs" |
*
* @param {Runs_Pr_Curves_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_pr_curves_label = /** @type {((inputs?: Runs_Pr_Curves_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Pr_Curves_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_pr_curves_label(inputs)
	return __en.runs_pr_curves_label(inputs)
});
/**
* | output |
* | --- |
* | "Precision-recall curve" |
*
* @param {Runs_Pr_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_pr_label = /** @type {((inputs?: Runs_Pr_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Pr_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_pr_label(inputs)
	return __en.runs_pr_label(inputs)
});
/**
* | output |
* | --- |
* | "Precision" |
*
* @param {Runs_PrecisionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_precision = /** @type {((inputs?: Runs_PrecisionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_PrecisionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_precision(inputs)
	return __en.runs_precision(inputs)
});
/**
* | output |
* | --- |
* | "Precision, recall" |
*
* @param {Runs_Precision_Recall_AxisInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_precision_recall_axis = /** @type {((inputs?: Runs_Precision_Recall_AxisInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Precision_Recall_AxisInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_precision_recall_axis(inputs)
	return __en.runs_precision_recall_axis(inputs)
});
/**
* | output |
* | --- |
* | "“{label}”" |
*
* @param {Runs_QuotedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_quoted = /** @type {((inputs: Runs_QuotedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_QuotedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_quoted(inputs)
	return __en.runs_quoted(inputs)
});
/**
* | output |
* | --- |
* | "Ranking of “{label}” on the test part" |
*
* @param {Runs_Ranking_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_ranking_heading = /** @type {((inputs: Runs_Ranking_HeadingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Ranking_HeadingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_ranking_heading(inputs)
	return __en.runs_ranking_heading(inputs)
});
/**
* | output |
* | --- |
* | "Rate" |
*
* @param {Runs_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_rate = /** @type {((inputs?: Runs_RateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_RateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_rate(inputs)
	return __en.runs_rate(inputs)
});
/**
* | output |
* | --- |
* | "Precision and recall against the threshold" |
*
* @param {Runs_Rates_ChartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_rates_chart = /** @type {((inputs?: Runs_Rates_ChartInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Rates_ChartInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_rates_chart(inputs)
	return __en.runs_rates_chart(inputs)
});
/**
* | output |
* | --- |
* | "Recall" |
*
* @param {Runs_RecallInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_recall = /** @type {((inputs?: Runs_RecallInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_RecallInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_recall(inputs)
	return __en.runs_recall(inputs)
});
/**
* | output |
* | --- |
* | "Recipe" |
*
* @param {Runs_RecipeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_recipe = /** @type {((inputs?: Runs_RecipeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_RecipeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_recipe(inputs)
	return __en.runs_recipe(inputs)
});
/**
* | output |
* | --- |
* | "Recipe as JSON, scrollable" |
*
* @param {Runs_Recipe_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_recipe_label = /** @type {((inputs?: Runs_Recipe_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Recipe_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_recipe_label(inputs)
	return __en.runs_recipe_label(inputs)
});
/**
* | output |
* | --- |
* | "Remove model" |
*
* @param {Runs_Remove_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_remove_model = /** @type {((inputs?: Runs_Remove_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Remove_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_remove_model(inputs)
	return __en.runs_remove_model(inputs)
});
/**
* | output |
* | --- |
* | "Remove the model of “{name}” to free {size}? Its metrics, curves and settings stay, and it can still be compared, but it can no longer be downloaded or used ..." |
*
* @param {Runs_Remove_Model_ConfirmInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_remove_model_confirm = /** @type {((inputs: Runs_Remove_Model_ConfirmInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Remove_Model_ConfirmInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_remove_model_confirm(inputs)
	return __en.runs_remove_model_confirm(inputs)
});
/**
* | output |
* | --- |
* | "Free storage space: keeps the run, its metrics, curves and settings" |
*
* @param {Runs_Remove_Model_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_remove_model_title = /** @type {((inputs?: Runs_Remove_Model_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Remove_Model_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_remove_model_title(inputs)
	return __en.runs_remove_model_title(inputs)
});
/**
* | output |
* | --- |
* | "Run results" |
*
* @param {Runs_Results_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_results_label = /** @type {((inputs?: Runs_Results_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Results_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_results_label(inputs)
	return __en.runs_results_label(inputs)
});
/**
* | output |
* | --- |
* | "ROC curve · AUC {auc}" |
*
* @param {Runs_Roc_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_roc_caption = /** @type {((inputs: Runs_Roc_CaptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Roc_CaptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_roc_caption(inputs)
	return __en.runs_roc_caption(inputs)
});
/**
* | output |
* | --- |
* | "ROC curves" |
*
* @param {Runs_Roc_CurvesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_roc_curves = /** @type {((inputs?: Runs_Roc_CurvesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Roc_CurvesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_roc_curves(inputs)
	return __en.runs_roc_curves(inputs)
});
/**
* | output |
* | --- |
* | "ROC curves of the compared runs" |
*
* @param {Runs_Roc_Curves_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_roc_curves_label = /** @type {((inputs?: Runs_Roc_Curves_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Roc_Curves_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_roc_curves_label(inputs)
	return __en.runs_roc_curves_label(inputs)
});
/**
* | output |
* | --- |
* | "ROC curve" |
*
* @param {Runs_Roc_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_roc_label = /** @type {((inputs?: Runs_Roc_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Roc_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_roc_label(inputs)
	return __en.runs_roc_label(inputs)
});
/**
* | output |
* | --- |
* | "row-normalised" |
*
* @param {Runs_Row_NormalisedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_row_normalised = /** @type {((inputs?: Runs_Row_NormalisedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Row_NormalisedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_row_normalised(inputs)
	return __en.runs_row_normalised(inputs)
});
/**
* | output |
* | --- |
* | "Rows" |
*
* @param {Runs_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_rows = /** @type {((inputs?: Runs_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_rows(inputs)
	return __en.runs_rows(inputs)
});
/**
* | output |
* | --- |
* | "{count} rows" |
*
* @param {Runs_Rows_CountInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_rows_count = /** @type {((inputs: Runs_Rows_CountInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Rows_CountInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_rows_count(inputs)
	return __en.runs_rows_count(inputs)
});
/**
* | output |
* | --- |
* | "Run name" |
*
* @param {Runs_Run_NameInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_run_name = /** @type {((inputs?: Runs_Run_NameInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Run_NameInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_run_name(inputs)
	return __en.runs_run_name(inputs)
});
/**
* | output |
* | --- |
* | "Scores" |
*
* @param {Runs_ScoresInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_scores = /** @type {((inputs?: Runs_ScoresInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ScoresInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_scores(inputs)
	return __en.runs_scores(inputs)
});
/**
* | output |
* | --- |
* | "Select and star" |
*
* @param {Runs_Select_And_StarInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_select_and_star = /** @type {((inputs?: Runs_Select_And_StarInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Select_And_StarInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_select_and_star(inputs)
	return __en.runs_select_and_star(inputs)
});
/**
* | output |
* | --- |
* | "Select {name} for comparison" |
*
* @param {Runs_Select_For_ComparisonInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_select_for_comparison = /** @type {((inputs: Runs_Select_For_ComparisonInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Select_For_ComparisonInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_select_for_comparison(inputs)
	return __en.runs_select_for_comparison(inputs)
});
/**
* | output |
* | --- |
* | "{count} selected" |
*
* @param {Runs_SelectedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_selected = /** @type {((inputs: Runs_SelectedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_SelectedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_selected(inputs)
	return __en.runs_selected(inputs)
});
/**
* | output |
* | --- |
* | "Setting" |
*
* @param {Runs_SettingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_setting = /** @type {((inputs?: Runs_SettingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_SettingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_setting(inputs)
	return __en.runs_setting(inputs)
});
/**
* | output |
* | --- |
* | "Settings that differ" |
*
* @param {Runs_Settings_DifferInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_settings_differ = /** @type {((inputs?: Runs_Settings_DifferInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Settings_DifferInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_settings_differ(inputs)
	return __en.runs_settings_differ(inputs)
});
/**
* | output |
* | --- |
* | "The runs have identical settings." |
*
* @param {Runs_Settings_IdenticalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_settings_identical = /** @type {((inputs?: Runs_Settings_IdenticalInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Settings_IdenticalInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_settings_identical(inputs)
	return __en.runs_settings_identical(inputs)
});
/**
* | output |
* | --- |
* | "Settings and recipe used" |
*
* @param {Runs_Settings_UsedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_settings_used = /** @type {((inputs?: Runs_Settings_UsedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Settings_UsedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_settings_used(inputs)
	return __en.runs_settings_used(inputs)
});
/**
* | output |
* | --- |
* | "Share of “{label}” captured" |
*
* @param {Runs_Share_CapturedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_share_captured = /** @type {((inputs: Runs_Share_CapturedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Share_CapturedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_share_captured(inputs)
	return __en.runs_share_captured(inputs)
});
/**
* | output |
* | --- |
* | "Share of the class" |
*
* @param {Runs_Share_Of_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_share_of_class = /** @type {((inputs?: Runs_Share_Of_ClassInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Share_Of_ClassInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_share_of_class(inputs)
	return __en.runs_share_of_class(inputs)
});
/**
* | output |
* | --- |
* | "Share of rows (highest scores first)" |
*
* @param {Runs_Share_Of_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_share_of_rows = /** @type {((inputs?: Runs_Share_Of_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Share_Of_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_share_of_rows(inputs)
	return __en.runs_share_of_rows(inputs)
});
/**
* | output |
* | --- |
* | "solved in {count} iterations" |
*
* @param {Runs_Solved_InInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_solved_in = /** @type {((inputs: Runs_Solved_InInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Solved_InInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_solved_in(inputs)
	return __en.runs_solved_in(inputs)
});
/**
* | output |
* | --- |
* | "Split" |
*
* @param {Runs_SplitInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_split = /** @type {((inputs?: Runs_SplitInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_SplitInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_split(inputs)
	return __en.runs_split(inputs)
});
/**
* | output |
* | --- |
* | "{train} train · {validation} validation · {test} test rows" |
*
* @param {Runs_Split_SizesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_split_sizes = /** @type {((inputs: Runs_Split_SizesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Split_SizesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_split_sizes(inputs)
	return __en.runs_split_sizes(inputs)
});
/**
* | output |
* | --- |
* | "{split}, stratified, seed {seed}" |
*
* @param {Runs_Split_SummaryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_split_summary = /** @type {((inputs: Runs_Split_SummaryInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Split_SummaryInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_split_summary(inputs)
	return __en.runs_split_summary(inputs)
});
/**
* | output |
* | --- |
* | "Splits" |
*
* @param {Runs_SplitsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_splits = /** @type {((inputs?: Runs_SplitsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_SplitsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_splits(inputs)
	return __en.runs_splits(inputs)
});
/**
* | output |
* | --- |
* | "Star" |
*
* @param {Runs_StarInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_star = /** @type {((inputs?: Runs_StarInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_StarInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_star(inputs)
	return __en.runs_star(inputs)
});
/**
* | output |
* | --- |
* | "failed: {message}" |
*
* @param {Runs_Status_FailedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_status_failed = /** @type {((inputs: Runs_Status_FailedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Status_FailedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_status_failed(inputs)
	return __en.runs_status_failed(inputs)
});
/**
* | output |
* | --- |
* | "± std" |
*
* @param {Runs_StdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_std = /** @type {((inputs?: Runs_StdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_StdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_std(inputs)
	return __en.runs_std(inputs)
});
/**
* | output |
* | --- |
* | "Epoch" |
*
* @param {Runs_Step_EpochInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_step_epoch = /** @type {((inputs?: Runs_Step_EpochInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Step_EpochInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_step_epoch(inputs)
	return __en.runs_step_epoch(inputs)
});
/**
* | output |
* | --- |
* | "Iteration" |
*
* @param {Runs_Step_IterationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_step_iteration = /** @type {((inputs?: Runs_Step_IterationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Step_IterationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_step_iteration(inputs)
	return __en.runs_step_iteration(inputs)
});
/**
* | output |
* | --- |
* | "Solver iteration" |
*
* @param {Runs_Step_SolverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_step_solver = /** @type {((inputs?: Runs_Step_SolverInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Step_SolverInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_step_solver(inputs)
	return __en.runs_step_solver(inputs)
});
/**
* | output |
* | --- |
* | "(stopped early)" |
*
* @param {Runs_Stopped_EarlyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_stopped_early = /** @type {((inputs?: Runs_Stopped_EarlyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Stopped_EarlyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_stopped_early(inputs)
	return __en.runs_stopped_early(inputs)
});
/**
* | output |
* | --- |
* | "Support" |
*
* @param {Runs_SupportInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_support = /** @type {((inputs?: Runs_SupportInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_SupportInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_support(inputs)
	return __en.runs_support(inputs)
});
/**
* | output |
* | --- |
* | "Rows with p({label}) at or above the threshold are predicted “{label}”; the dashed line is the run's threshold ({threshold})." |
*
* @param {Runs_Sweep_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_sweep_caption = /** @type {((inputs: Runs_Sweep_CaptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Sweep_CaptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_sweep_caption(inputs)
	return __en.runs_sweep_caption(inputs)
});
/**
* | output |
* | --- |
* | "The threshold on the validation part" |
*
* @param {Runs_Sweep_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_sweep_heading = /** @type {((inputs?: Runs_Sweep_HeadingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Sweep_HeadingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_sweep_heading(inputs)
	return __en.runs_sweep_heading(inputs)
});
/**
* | output |
* | --- |
* | "Threshold sweep" |
*
* @param {Runs_Sweep_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_sweep_label = /** @type {((inputs?: Runs_Sweep_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Sweep_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_sweep_label(inputs)
	return __en.runs_sweep_label(inputs)
});
/**
* | output |
* | --- |
* | "(sweep point {threshold})" |
*
* @param {Runs_Sweep_PointInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_sweep_point = /** @type {((inputs: Runs_Sweep_PointInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Sweep_PointInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_sweep_point(inputs)
	return __en.runs_sweep_point(inputs)
});
/**
* | output |
* | --- |
* | "Stored runs" |
*
* @param {Runs_Table_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_table_label = /** @type {((inputs?: Runs_Table_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Table_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_table_label(inputs)
	return __en.runs_table_label(inputs)
});
/**
* | output |
* | --- |
* | "Gradient × input: how much each term raises the probability of its own class, averaged over the test rows of that class." |
*
* @param {Runs_Terms_GradientInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_terms_gradient = /** @type {((inputs?: Runs_Terms_GradientInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Terms_GradientInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_terms_gradient(inputs)
	return __en.runs_terms_gradient(inputs)
});
/**
* | output |
* | --- |
* | "Terms that weigh most for each class" |
*
* @param {Runs_Terms_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_terms_heading = /** @type {((inputs?: Runs_Terms_HeadingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Terms_HeadingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_terms_heading(inputs)
	return __en.runs_terms_heading(inputs)
});
/**
* | output |
* | --- |
* | "Term weights" |
*
* @param {Runs_Terms_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_terms_label = /** @type {((inputs?: Runs_Terms_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Terms_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_terms_label(inputs)
	return __en.runs_terms_label(inputs)
});
/**
* | output |
* | --- |
* | "Model weight of each term for the class, relative to the other classes." |
*
* @param {Runs_Terms_LogisticInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_terms_logistic = /** @type {((inputs?: Runs_Terms_LogisticInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Terms_LogisticInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_terms_logistic(inputs)
	return __en.runs_terms_logistic(inputs)
});
/**
* | output |
* | --- |
* | "No term pushes towards this class." |
*
* @param {Runs_Terms_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_terms_none = /** @type {((inputs?: Runs_Terms_NoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Terms_NoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_terms_none(inputs)
	return __en.runs_terms_none(inputs)
});
/**
* | output |
* | --- |
* | "Test" |
*
* @param {Runs_TestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_test = /** @type {((inputs?: Runs_TestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_TestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_test(inputs)
	return __en.runs_test(inputs)
});
/**
* | output |
* | --- |
* | "Test metric" |
*
* @param {Runs_Test_MetricInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_test_metric = /** @type {((inputs?: Runs_Test_MetricInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Test_MetricInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_test_metric(inputs)
	return __en.runs_test_metric(inputs)
});
/**
* | output |
* | --- |
* | "test part" |
*
* @param {Runs_Test_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_test_part = /** @type {((inputs?: Runs_Test_PartInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Test_PartInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_test_part(inputs)
	return __en.runs_test_part(inputs)
});
/**
* | output |
* | --- |
* | "Threshold" |
*
* @param {Runs_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_threshold = /** @type {((inputs?: Runs_ThresholdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ThresholdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_threshold(inputs)
	return __en.runs_threshold(inputs)
});
/**
* | output |
* | --- |
* | "chosen on the validation part for the lowest cost of errors: a false positive costs {falsePositive}, a false negative {falseNegative}" |
*
* @param {Runs_Threshold_CostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_threshold_cost = /** @type {((inputs: Runs_Threshold_CostInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Threshold_CostInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_threshold_cost(inputs)
	return __en.runs_threshold_cost(inputs)
});
/**
* | output |
* | --- |
* | "fixed" |
*
* @param {Runs_Threshold_FixedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_threshold_fixed = /** @type {((inputs?: Runs_Threshold_FixedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Threshold_FixedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_threshold_fixed(inputs)
	return __en.runs_threshold_fixed(inputs)
});
/**
* | output |
* | --- |
* | "chosen on the validation part to maximise {metric}" |
*
* @param {Runs_Threshold_MaximiseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_threshold_maximise = /** @type {((inputs: Runs_Threshold_MaximiseInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Threshold_MaximiseInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_threshold_maximise(inputs)
	return __en.runs_threshold_maximise(inputs)
});
/**
* | output |
* | --- |
* | "Threshold on p({label})" |
*
* @param {Runs_Threshold_OnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_threshold_on = /** @type {((inputs: Runs_Threshold_OnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Threshold_OnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_threshold_on(inputs)
	return __en.runs_threshold_on(inputs)
});
/**
* | output |
* | --- |
* | "; decision threshold {threshold} ({method}). Test metrics use it." |
*
* @param {Runs_Threshold_SentenceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_threshold_sentence = /** @type {((inputs: Runs_Threshold_SentenceInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Threshold_SentenceInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_threshold_sentence(inputs)
	return __en.runs_threshold_sentence(inputs)
});
/**
* | output |
* | --- |
* | "Runs" |
*
* @param {Runs_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_title = /** @type {((inputs?: Runs_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_title(inputs)
	return __en.runs_title(inputs)
});
/**
* | output |
* | --- |
* | "True positive rate" |
*
* @param {Runs_TprInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_tpr = /** @type {((inputs?: Runs_TprInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_TprInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_tpr(inputs)
	return __en.runs_tpr(inputs)
});
/**
* | output |
* | --- |
* | "trained in {duration}" |
*
* @param {Runs_Trained_InInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_trained_in = /** @type {((inputs: Runs_Trained_InInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Trained_InInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_trained_in(inputs)
	return __en.runs_trained_in(inputs)
});
/**
* | output |
* | --- |
* | "Training loss" |
*
* @param {Runs_Training_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_training_loss = /** @type {((inputs?: Runs_Training_LossInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Training_LossInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_training_loss(inputs)
	return __en.runs_training_loss(inputs)
});
/**
* | output |
* | --- |
* | "Training part" |
*
* @param {Runs_Training_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_training_part = /** @type {((inputs?: Runs_Training_PartInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Training_PartInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_training_part(inputs)
	return __en.runs_training_part(inputs)
});
/**
* | output |
* | --- |
* | "Training rows" |
*
* @param {Runs_Training_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_training_rows = /** @type {((inputs?: Runs_Training_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Training_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_training_rows(inputs)
	return __en.runs_training_rows(inputs)
});
/**
* | output |
* | --- |
* | "Gain is the training loss each split removed, summed over every tree (XGBoost’s total gain); it shows what the trees used while fitting, where permutation im..." |
*
* @param {Runs_Tree_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_tree_caption = /** @type {((inputs?: Runs_Tree_CaptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Tree_CaptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_tree_caption(inputs)
	return __en.runs_tree_caption(inputs)
});
/**
* | output |
* | --- |
* | "What the trees’ splits say: gain and split count per column" |
*
* @param {Runs_Tree_SummaryInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_tree_summary = /** @type {((inputs?: Runs_Tree_SummaryInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Tree_SummaryInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_tree_summary(inputs)
	return __en.runs_tree_summary(inputs)
});
/**
* | output |
* | --- |
* | "Tree gain and split counts" |
*
* @param {Runs_Tree_TableInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_tree_table = /** @type {((inputs?: Runs_Tree_TableInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Tree_TableInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_tree_table(inputs)
	return __en.runs_tree_table(inputs)
});
/**
* | output |
* | --- |
* | "trial not kept" |
*
* @param {Runs_Trial_Not_KeptInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_trial_not_kept = /** @type {((inputs?: Runs_Trial_Not_KeptInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Trial_Not_KeptInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_trial_not_kept(inputs)
	return __en.runs_trial_not_kept(inputs)
});
/**
* | output |
* | --- |
* | "Metrics at the tried threshold" |
*
* @param {Runs_Tried_MetricsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_tried_metrics = /** @type {((inputs?: Runs_Tried_MetricsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Tried_MetricsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_tried_metrics(inputs)
	return __en.runs_tried_metrics(inputs)
});
/**
* | output |
* | --- |
* | "Trying a threshold changes nothing stored: the run's metrics, its model file and its predictions keep the run's threshold." |
*
* @param {Runs_Try_Changes_NothingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_try_changes_nothing = /** @type {((inputs?: Runs_Try_Changes_NothingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Try_Changes_NothingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_try_changes_nothing(inputs)
	return __en.runs_try_changes_nothing(inputs)
});
/**
* | output |
* | --- |
* | "Try a threshold:" |
*
* @param {Runs_Try_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_try_threshold = /** @type {((inputs?: Runs_Try_ThresholdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Try_ThresholdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_try_threshold(inputs)
	return __en.runs_try_threshold(inputs)
});
/**
* | output |
* | --- |
* | "Threshold on p({label}) to try" |
*
* @param {Runs_Try_Threshold_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_try_threshold_label = /** @type {((inputs: Runs_Try_Threshold_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Try_Threshold_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_try_threshold_label(inputs)
	return __en.runs_try_threshold_label(inputs)
});
/**
* | output |
* | --- |
* | "unknown error" |
*
* @param {Runs_Unknown_ErrorInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_unknown_error = /** @type {((inputs?: Runs_Unknown_ErrorInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Unknown_ErrorInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_unknown_error(inputs)
	return __en.runs_unknown_error(inputs)
});
/**
* | output |
* | --- |
* | "Unstar" |
*
* @param {Runs_UnstarInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_unstar = /** @type {((inputs?: Runs_UnstarInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_UnstarInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_unstar(inputs)
	return __en.runs_unstar(inputs)
});
/**
* | output |
* | --- |
* | "Validation" |
*
* @param {Runs_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_validation = /** @type {((inputs?: Runs_ValidationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_ValidationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_validation(inputs)
	return __en.runs_validation(inputs)
});
/**
* | output |
* | --- |
* | "Validation loss" |
*
* @param {Runs_Validation_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_validation_loss = /** @type {((inputs?: Runs_Validation_LossInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Validation_LossInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_validation_loss(inputs)
	return __en.runs_validation_loss(inputs)
});
/**
* | output |
* | --- |
* | "validation part" |
*
* @param {Runs_Validation_PartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_validation_part = /** @type {((inputs?: Runs_Validation_PartInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_Validation_PartInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_validation_part(inputs)
	return __en.runs_validation_part(inputs)
});
/**
* | output |
* | --- |
* | "Youden's J" |
*
* @param {Runs_YoudenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const runs_youden = /** @type {((inputs?: Runs_YoudenInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Runs_YoudenInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.runs_youden(inputs)
	return __en.runs_youden(inputs)
});
/**
* | output |
* | --- |
* | "Data" |
*
* @param {Tab_DataInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const tab_data = /** @type {((inputs?: Tab_DataInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tab_DataInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.tab_data(inputs)
	return __en.tab_data(inputs)
});
/**
* | output |
* | --- |
* | "Predict" |
*
* @param {Tab_PredictInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const tab_predict = /** @type {((inputs?: Tab_PredictInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tab_PredictInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.tab_predict(inputs)
	return __en.tab_predict(inputs)
});
/**
* | output |
* | --- |
* | "Runs" |
*
* @param {Tab_RunsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const tab_runs = /** @type {((inputs?: Tab_RunsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tab_RunsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.tab_runs(inputs)
	return __en.tab_runs(inputs)
});
/**
* | output |
* | --- |
* | "Train" |
*
* @param {Tab_TrainInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const tab_train = /** @type {((inputs?: Tab_TrainInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tab_TrainInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.tab_train(inputs)
	return __en.tab_train(inputs)
});
/**
* | output |
* | --- |
* | "Screens" |
*
* @param {Tabs_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const tabs_label = /** @type {((inputs?: Tabs_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.tabs_label(inputs)
	return __en.tabs_label(inputs)
});
/**
* | output |
* | --- |
* | "Activation" |
*
* @param {Train_ActivationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_activation = /** @type {((inputs?: Train_ActivationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_ActivationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_activation(inputs)
	return __en.train_activation(inputs)
});
/**
* | output |
* | --- |
* | "Backend" |
*
* @param {Train_BackendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend = /** @type {((inputs?: Train_BackendInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_BackendInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_backend(inputs)
	return __en.train_backend(inputs)
});
/**
* | output |
* | --- |
* | "automatic" |
*
* @param {Train_Backend_AutoInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_auto = /** @type {((inputs?: Train_Backend_AutoInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Backend_AutoInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_backend_auto(inputs)
	return __en.train_backend_auto(inputs)
});
/**
* | output |
* | --- |
* | "CPU (plain JavaScript)" |
*
* @param {Train_Backend_CpuInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_cpu = /** @type {((inputs?: Train_Backend_CpuInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Backend_CpuInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_backend_cpu(inputs)
	return __en.train_backend_cpu(inputs)
});
/**
* | output |
* | --- |
* | "Automatic: a real GPU through WebGPU or WebGL when there is one, otherwise WebAssembly. Software GPUs are skipped: they are many times slower." |
*
* @param {Train_Backend_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_backend_title = /** @type {((inputs?: Train_Backend_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Backend_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_backend_title(inputs)
	return __en.train_backend_title(inputs)
});
/**
* | output |
* | --- |
* | "Class balance (training part only)" |
*
* @param {Train_BalanceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance = /** @type {((inputs?: Train_BalanceInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_BalanceInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance(inputs)
	return __en.train_balance(inputs)
});
/**
* | output |
* | --- |
* | "every class up to the largest" |
*
* @param {Train_Balance_Auto_OverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_auto_over = /** @type {((inputs?: Train_Balance_Auto_OverInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_Auto_OverInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_auto_over(inputs)
	return __en.train_balance_auto_over(inputs)
});
/**
* | output |
* | --- |
* | "every class down to the smallest" |
*
* @param {Train_Balance_Auto_UnderInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_auto_under = /** @type {((inputs?: Train_Balance_Auto_UnderInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_Auto_UnderInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_auto_under(inputs)
	return __en.train_balance_auto_under(inputs)
});
/**
* | output |
* | --- |
* | "SMOTE from the rows near the class border only (borderline-1); a class with no such rows gets none. Not for text features." |
*
* @param {Train_Balance_Borderline_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_borderline_help = /** @type {((inputs?: Train_Balance_Borderline_HelpInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_Borderline_HelpInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_borderline_help(inputs)
	return __en.train_balance_borderline_help(inputs)
});
/**
* | output |
* | --- |
* | "Expected, from the profile and the split" |
*
* @param {Train_Balance_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_caption = /** @type {((inputs?: Train_Balance_CaptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_CaptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_caption(inputs)
	return __en.train_balance_caption(inputs)
});
/**
* | output |
* | --- |
* | "Expected at most (only border rows are used)" |
*
* @param {Train_Balance_Caption_BorderlineInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_caption_borderline = /** @type {((inputs?: Train_Balance_Caption_BorderlineInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_Caption_BorderlineInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_caption_borderline(inputs)
	return __en.train_balance_caption_borderline(inputs)
});
/**
* | output |
* | --- |
* | "k neighbours" |
*
* @param {Train_Balance_KInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_k = /** @type {((inputs?: Train_Balance_KInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_KInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_k(inputs)
	return __en.train_balance_k(inputs)
});
/**
* | output |
* | --- |
* | "Nearest neighbours of the same class to interpolate towards (fewer when a class is smaller)." |
*
* @param {Train_Balance_K_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_k_title = /** @type {((inputs?: Train_Balance_K_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_K_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_k_title(inputs)
	return __en.train_balance_k_title(inputs)
});
/**
* | output |
* | --- |
* | "Balancing method" |
*
* @param {Train_Balance_MethodInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_method = /** @type {((inputs?: Train_Balance_MethodInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_MethodInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_method(inputs)
	return __en.train_balance_method(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Train_Balance_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_none = /** @type {((inputs?: Train_Balance_NoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_NoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_none(inputs)
	return __en.train_balance_none(inputs)
});
/**
* | output |
* | --- |
* | "Train on the rows as they are." |
*
* @param {Train_Balance_None_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_none_help = /** @type {((inputs?: Train_Balance_None_HelpInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_None_HelpInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_none_help(inputs)
	return __en.train_balance_none_help(inputs)
});
/**
* | output |
* | --- |
* | "random over-sampling" |
*
* @param {Train_Balance_OverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_over = /** @type {((inputs?: Train_Balance_OverInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_OverInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_over(inputs)
	return __en.train_balance_over(inputs)
});
/**
* | output |
* | --- |
* | "Duplicate random rows of the smaller classes." |
*
* @param {Train_Balance_Over_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_over_help = /** @type {((inputs?: Train_Balance_Over_HelpInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_Over_HelpInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_over_help(inputs)
	return __en.train_balance_over_help(inputs)
});
/**
* | output |
* | --- |
* | "Ratio" |
*
* @param {Train_Balance_RatioInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_ratio = /** @type {((inputs?: Train_Balance_RatioInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_RatioInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_ratio(inputs)
	return __en.train_balance_ratio(inputs)
});
/**
* | output |
* | --- |
* | "a minority / majority ratio" |
*
* @param {Train_Balance_Ratio_OptionInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_ratio_option = /** @type {((inputs?: Train_Balance_Ratio_OptionInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_Ratio_OptionInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_ratio_option(inputs)
	return __en.train_balance_ratio_option(inputs)
});
/**
* | output |
* | --- |
* | "New rows between a row of a smaller class and one of its k nearest neighbours in that class. One-hot columns get fractional values; not for text features." |
*
* @param {Train_Balance_Smote_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_smote_help = /** @type {((inputs?: Train_Balance_Smote_HelpInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_Smote_HelpInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_smote_help(inputs)
	return __en.train_balance_smote_help(inputs)
});
/**
* | output |
* | --- |
* | "SMOTE-NC (numeric + categorical)" |
*
* @param {Train_Balance_Smote_NcInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_smote_nc = /** @type {((inputs?: Train_Balance_Smote_NcInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_Smote_NcInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_smote_nc(inputs)
	return __en.train_balance_smote_nc(inputs)
});
/**
* | output |
* | --- |
* | "SMOTE on the raw columns: numbers interpolated, each category set to the neighbours' most common, then encoded, so categories stay whole. Text is copied from..." |
*
* @param {Train_Balance_Smote_Nc_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_smote_nc_help = /** @type {((inputs?: Train_Balance_Smote_Nc_HelpInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_Smote_Nc_HelpInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_smote_nc_help(inputs)
	return __en.train_balance_smote_nc_help(inputs)
});
/**
* | output |
* | --- |
* | "The smallest class ({smallest} rows) is under a third of the largest ({largest}): consider class weights or SMOTE-NC." |
*
* @param {Train_Balance_SuggestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_suggest = /** @type {((inputs: Train_Balance_SuggestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_SuggestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_suggest(inputs)
	return __en.train_balance_suggest(inputs)
});
/**
* | output |
* | --- |
* | "Target" |
*
* @param {Train_Balance_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_target = /** @type {((inputs?: Train_Balance_TargetInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_TargetInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_target(inputs)
	return __en.train_balance_target(inputs)
});
/**
* | output |
* | --- |
* | "This recipe has text features, which {method} cannot interpolate: choose SMOTE-NC, random over-sampling or class weights." |
*
* @param {Train_Balance_Text_WarnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_text_warn = /** @type {((inputs: Train_Balance_Text_WarnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_Text_WarnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_text_warn(inputs)
	return __en.train_balance_text_warn(inputs)
});
/**
* | output |
* | --- |
* | "random under-sampling" |
*
* @param {Train_Balance_UnderInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_under = /** @type {((inputs?: Train_Balance_UnderInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_UnderInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_under(inputs)
	return __en.train_balance_under(inputs)
});
/**
* | output |
* | --- |
* | "Drop random rows of the larger classes (less data to learn from)." |
*
* @param {Train_Balance_Under_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_under_help = /** @type {((inputs?: Train_Balance_Under_HelpInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_Under_HelpInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_under_help(inputs)
	return __en.train_balance_under_help(inputs)
});
/**
* | output |
* | --- |
* | "class weights" |
*
* @param {Train_Balance_WeightsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_weights = /** @type {((inputs?: Train_Balance_WeightsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_WeightsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_weights(inputs)
	return __en.train_balance_weights(inputs)
});
/**
* | output |
* | --- |
* | "Weigh each row's loss by n / (classes × class size), scikit-learn's \"balanced\"; no rows are added." |
*
* @param {Train_Balance_Weights_HelpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_balance_weights_help = /** @type {((inputs?: Train_Balance_Weights_HelpInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Balance_Weights_HelpInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_balance_weights_help(inputs)
	return __en.train_balance_weights_help(inputs)
});
/**
* | output |
* | --- |
* | "Batch size" |
*
* @param {Train_Batch_SizeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_batch_size = /** @type {((inputs?: Train_Batch_SizeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Batch_SizeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_batch_size(inputs)
	return __en.train_batch_size(inputs)
});
/**
* | output |
* | --- |
* | "★ best" |
*
* @param {Train_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_best = /** @type {((inputs?: Train_BestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_BestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_best(inputs)
	return __en.train_best(inputs)
});
/**
* | output |
* | --- |
* | "Bins" |
*
* @param {Train_BinsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_bins = /** @type {((inputs?: Train_BinsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_BinsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_bins(inputs)
	return __en.train_bins(inputs)
});
/**
* | output |
* | --- |
* | "Each numeric feature is cut into at most this many bins (quantiles)." |
*
* @param {Train_Bins_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_bins_title = /** @type {((inputs?: Train_Bins_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Bins_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_bins_title(inputs)
	return __en.train_bins_title(inputs)
});
/**
* | output |
* | --- |
* | "Ensemble: blend the top models" |
*
* @param {Train_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_blend = /** @type {((inputs?: Train_BlendInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_BlendInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_blend(inputs)
	return __en.train_blend(inputs)
});
/**
* | output |
* | --- |
* | "Blend of {count} trial" |
*
* @param {Train_Blend_Of_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_blend_of_one = /** @type {((inputs: Train_Blend_Of_OneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Blend_Of_OneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_blend_of_one(inputs)
	return __en.train_blend_of_one(inputs)
});
/**
* | output |
* | --- |
* | "Blend of {count} trials" |
*
* @param {Train_Blend_Of_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_blend_of_other = /** @type {((inputs: Train_Blend_Of_OtherInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Blend_Of_OtherInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_blend_of_other(inputs)
	return __en.train_blend_of_other(inputs)
});
/**
* | output |
* | --- |
* | "Blend" |
*
* @param {Train_Blend_RowInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_blend_row = /** @type {((inputs?: Train_Blend_RowInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Blend_RowInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_blend_row(inputs)
	return __en.train_blend_row(inputs)
});
/**
* | output |
* | --- |
* | "Ensemble selection (Caruana et al.): averages the probabilities of a few of the best trials when that scores higher in cross-validation than the best trial a..." |
*
* @param {Train_Blend_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_blend_title = /** @type {((inputs?: Train_Blend_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Blend_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_blend_title(inputs)
	return __en.train_blend_title(inputs)
});
/**
* | output |
* | --- |
* | "Missing values" |
*
* @param {Train_Categorical_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_categorical_missing = /** @type {((inputs?: Train_Categorical_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Categorical_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_categorical_missing(inputs)
	return __en.train_categorical_missing(inputs)
});
/**
* | output |
* | --- |
* | "Categories" |
*
* @param {Train_CategoriesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_categories = /** @type {((inputs?: Train_CategoriesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_CategoriesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_categories(inputs)
	return __en.train_categories(inputs)
});
/**
* | output |
* | --- |
* | "Choose the column to predict on the Data screen first." |
*
* @param {Train_Choose_TargetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_choose_target = /** @type {((inputs?: Train_Choose_TargetInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Choose_TargetInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_choose_target(inputs)
	return __en.train_choose_target(inputs)
});
/**
* | output |
* | --- |
* | "★ chosen" |
*
* @param {Train_ChosenInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_chosen = /** @type {((inputs?: Train_ChosenInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_ChosenInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_chosen(inputs)
	return __en.train_chosen(inputs)
});
/**
* | output |
* | --- |
* | "CV {metric} (mean ± std)" |
*
* @param {Train_Col_CvInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_col_cv = /** @type {((inputs: Train_Col_CvInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Col_CvInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_col_cv(inputs)
	return __en.train_col_cv(inputs)
});
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Train_Col_SettingsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_col_settings = /** @type {((inputs?: Train_Col_SettingsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Col_SettingsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_col_settings(inputs)
	return __en.train_col_settings(inputs)
});
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Train_Col_StatusInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_col_status = /** @type {((inputs?: Train_Col_StatusInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Col_StatusInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_col_status(inputs)
	return __en.train_col_status(inputs)
});
/**
* | output |
* | --- |
* | "Time" |
*
* @param {Train_Col_TimeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_col_time = /** @type {((inputs?: Train_Col_TimeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Col_TimeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_col_time(inputs)
	return __en.train_col_time(inputs)
});
/**
* | output |
* | --- |
* | "Trial" |
*
* @param {Train_Col_TrialInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_col_trial = /** @type {((inputs?: Train_Col_TrialInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Col_TrialInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_col_trial(inputs)
	return __en.train_col_trial(inputs)
});
/**
* | output |
* | --- |
* | "Compute" |
*
* @param {Train_ComputeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_compute = /** @type {((inputs?: Train_ComputeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_ComputeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_compute(inputs)
	return __en.train_compute(inputs)
});
/**
* | output |
* | --- |
* | "Constant" |
*
* @param {Train_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_constant = /** @type {((inputs?: Train_ConstantInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_ConstantInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_constant(inputs)
	return __en.train_constant(inputs)
});
/**
* | output |
* | --- |
* | "Cost of a false negative" |
*
* @param {Train_Cost_FnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_cost_fn = /** @type {((inputs?: Train_Cost_FnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Cost_FnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_cost_fn(inputs)
	return __en.train_cost_fn(inputs)
});
/**
* | output |
* | --- |
* | "What missing a {label} row costs, in the same unit." |
*
* @param {Train_Cost_Fn_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_cost_fn_title = /** @type {((inputs: Train_Cost_Fn_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Cost_Fn_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_cost_fn_title(inputs)
	return __en.train_cost_fn_title(inputs)
});
/**
* | output |
* | --- |
* | "Cost of a false positive" |
*
* @param {Train_Cost_FpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_cost_fp = /** @type {((inputs?: Train_Cost_FpInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Cost_FpInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_cost_fp(inputs)
	return __en.train_cost_fp(inputs)
});
/**
* | output |
* | --- |
* | "What wrongly flagging a row as {label} costs (any unit: money, hours)." |
*
* @param {Train_Cost_Fp_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_cost_fp_title = /** @type {((inputs: Train_Cost_Fp_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Cost_Fp_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_cost_fp_title(inputs)
	return __en.train_cost_fp_title(inputs)
});
/**
* | output |
* | --- |
* | "Derived features" |
*
* @param {Train_DerivedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived = /** @type {((inputs?: Train_DerivedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_DerivedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_derived(inputs)
	return __en.train_derived(inputs)
});
/**
* | output |
* | --- |
* | "Add" |
*
* @param {Train_Derived_AddInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_add = /** @type {((inputs?: Train_Derived_AddInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Derived_AddInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_derived_add(inputs)
	return __en.train_derived_add(inputs)
});
/**
* | output |
* | --- |
* | "column…" |
*
* @param {Train_Derived_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_column = /** @type {((inputs?: Train_Derived_ColumnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Derived_ColumnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_derived_column(inputs)
	return __en.train_derived_column(inputs)
});
/**
* | output |
* | --- |
* | "E.g. Credit amount ÷ Duration = monthly payment." |
*
* @param {Train_Derived_ExampleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_example = /** @type {((inputs?: Train_Derived_ExampleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Derived_ExampleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_derived_example(inputs)
	return __en.train_derived_example(inputs)
});
/**
* | output |
* | --- |
* | "Left column" |
*
* @param {Train_Derived_LeftInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_left = /** @type {((inputs?: Train_Derived_LeftInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Derived_LeftInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_derived_left(inputs)
	return __en.train_derived_left(inputs)
});
/**
* | output |
* | --- |
* | "Operation" |
*
* @param {Train_Derived_OperationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_operation = /** @type {((inputs?: Train_Derived_OperationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Derived_OperationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_derived_operation(inputs)
	return __en.train_derived_operation(inputs)
});
/**
* | output |
* | --- |
* | "Remove {name}" |
*
* @param {Train_Derived_RemoveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_remove = /** @type {((inputs: Train_Derived_RemoveInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Derived_RemoveInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_derived_remove(inputs)
	return __en.train_derived_remove(inputs)
});
/**
* | output |
* | --- |
* | "Right column" |
*
* @param {Train_Derived_RightInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_derived_right = /** @type {((inputs?: Train_Derived_RightInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Derived_RightInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_derived_right(inputs)
	return __en.train_derived_right(inputs)
});
/**
* | output |
* | --- |
* | "Dropout" |
*
* @param {Train_DropoutInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_dropout = /** @type {((inputs?: Train_DropoutInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_DropoutInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_dropout(inputs)
	return __en.train_dropout(inputs)
});
/**
* | output |
* | --- |
* | "Encoding" |
*
* @param {Train_EncodingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_encoding = /** @type {((inputs?: Train_EncodingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_EncodingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_encoding(inputs)
	return __en.train_encoding(inputs)
});
/**
* | output |
* | --- |
* | "one-hot" |
*
* @param {Train_Encoding_OnehotInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_encoding_onehot = /** @type {((inputs?: Train_Encoding_OnehotInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Encoding_OnehotInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_encoding_onehot(inputs)
	return __en.train_encoding_onehot(inputs)
});
/**
* | output |
* | --- |
* | "ordinal" |
*
* @param {Train_Encoding_OrdinalInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_encoding_ordinal = /** @type {((inputs?: Train_Encoding_OrdinalInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Encoding_OrdinalInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_encoding_ordinal(inputs)
	return __en.train_encoding_ordinal(inputs)
});
/**
* | output |
* | --- |
* | "Evaluation" |
*
* @param {Train_EvaluationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_evaluation = /** @type {((inputs?: Train_EvaluationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_EvaluationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_evaluation(inputs)
	return __en.train_evaluation(inputs)
});
/**
* | output |
* | --- |
* | "Family" |
*
* @param {Train_FamilyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_family = /** @type {((inputs?: Train_FamilyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_FamilyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_family(inputs)
	return __en.train_family(inputs)
});
/**
* | output |
* | --- |
* | "Gradient-boosted trees" |
*
* @param {Train_Family_GbdtInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_family_gbdt = /** @type {((inputs?: Train_Family_GbdtInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Family_GbdtInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_family_gbdt(inputs)
	return __en.train_family_gbdt(inputs)
});
/**
* | output |
* | --- |
* | "Logistic regression (L2)" |
*
* @param {Train_Family_LogisticInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_family_logistic = /** @type {((inputs?: Train_Family_LogisticInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Family_LogisticInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_family_logistic(inputs)
	return __en.train_family_logistic(inputs)
});
/**
* | output |
* | --- |
* | "Logistic regression" |
*
* @param {Train_Family_Logistic_PlainInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_family_logistic_plain = /** @type {((inputs?: Train_Family_Logistic_PlainInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Family_Logistic_PlainInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_family_logistic_plain(inputs)
	return __en.train_family_logistic_plain(inputs)
});
/**
* | output |
* | --- |
* | "Neural network (MLP)" |
*
* @param {Train_Family_MlpInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_family_mlp = /** @type {((inputs?: Train_Family_MlpInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Family_MlpInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_family_mlp(inputs)
	return __en.train_family_mlp(inputs)
});
/**
* | output |
* | --- |
* | "Fill missing with" |
*
* @param {Train_Fill_MissingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_fill_missing = /** @type {((inputs?: Train_Fill_MissingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Fill_MissingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_fill_missing(inputs)
	return __en.train_fill_missing(inputs)
});
/**
* | output |
* | --- |
* | "Folds" |
*
* @param {Train_FoldsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_folds = /** @type {((inputs?: Train_FoldsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_FoldsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_folds(inputs)
	return __en.train_folds(inputs)
});
/**
* | output |
* | --- |
* | "From {count} feature column of {dataset}." |
*
* @param {Train_From_Features_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_from_features_one = /** @type {((inputs: Train_From_Features_OneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_From_Features_OneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_from_features_one(inputs)
	return __en.train_from_features_one(inputs)
});
/**
* | output |
* | --- |
* | "From {count} feature columns of {dataset}." |
*
* @param {Train_From_Features_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_from_features_other = /** @type {((inputs: Train_From_Features_OtherInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_From_Features_OtherInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_from_features_other(inputs)
	return __en.train_from_features_other(inputs)
});
/**
* | output |
* | --- |
* | "Hidden layers" |
*
* @param {Train_Hidden_LayersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_hidden_layers = /** @type {((inputs?: Train_Hidden_LayersInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Hidden_LayersInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_hidden_layers(inputs)
	return __en.train_hidden_layers(inputs)
});
/**
* | output |
* | --- |
* | "Column importance on the validation part too" |
*
* @param {Train_Importance_ValidationInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_importance_validation = /** @type {((inputs?: Train_Importance_ValidationInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Importance_ValidationInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_importance_validation(inputs)
	return __en.train_importance_validation(inputs)
});
/**
* | output |
* | --- |
* | "Permutation importance is always measured on the test part; this repeats it on the validation part (as long again), to see whether the two parts agree." |
*
* @param {Train_Importance_Validation_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_importance_validation_title = /** @type {((inputs?: Train_Importance_Validation_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Importance_Validation_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_importance_validation_title(inputs)
	return __en.train_importance_validation_title(inputs)
});
/**
* | output |
* | --- |
* | "a constant" |
*
* @param {Train_Impute_ConstantInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_impute_constant = /** @type {((inputs?: Train_Impute_ConstantInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Impute_ConstantInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_impute_constant(inputs)
	return __en.train_impute_constant(inputs)
});
/**
* | output |
* | --- |
* | "mean" |
*
* @param {Train_Impute_MeanInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_impute_mean = /** @type {((inputs?: Train_Impute_MeanInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Impute_MeanInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_impute_mean(inputs)
	return __en.train_impute_mean(inputs)
});
/**
* | output |
* | --- |
* | "median" |
*
* @param {Train_Impute_MedianInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_impute_median = /** @type {((inputs?: Train_Impute_MedianInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Impute_MedianInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_impute_median(inputs)
	return __en.train_impute_median(inputs)
});
/**
* | output |
* | --- |
* | "always" |
*
* @param {Train_Indicator_AlwaysInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_indicator_always = /** @type {((inputs?: Train_Indicator_AlwaysInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Indicator_AlwaysInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_indicator_always(inputs)
	return __en.train_indicator_always(inputs)
});
/**
* | output |
* | --- |
* | "when a column has blanks" |
*
* @param {Train_Indicator_AutoInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_indicator_auto = /** @type {((inputs?: Train_Indicator_AutoInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Indicator_AutoInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_indicator_auto(inputs)
	return __en.train_indicator_auto(inputs)
});
/**
* | output |
* | --- |
* | "never" |
*
* @param {Train_Indicator_NeverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_indicator_never = /** @type {((inputs?: Train_Indicator_NeverInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Indicator_NeverInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_indicator_never(inputs)
	return __en.train_indicator_never(inputs)
});
/**
* | output |
* | --- |
* | "Features are prepared on the training part only, the validation part decides early stopping and the threshold, and the test part is touched once, for the fin..." |
*
* @param {Train_IntroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_intro = /** @type {((inputs?: Train_IntroInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_IntroInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_intro(inputs)
	return __en.train_intro(inputs)
});
/**
* | output |
* | --- |
* | "scikit-learn's max_iter: the solver usually stops sooner, at the optimum." |
*
* @param {Train_Lbfgs_Iterations_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_lbfgs_iterations_title = /** @type {((inputs?: Train_Lbfgs_Iterations_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Lbfgs_Iterations_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_lbfgs_iterations_title(inputs)
	return __en.train_lbfgs_iterations_title(inputs)
});
/**
* | output |
* | --- |
* | "L2 penalty on the weights, on the mean loss: 1 / (2 · rows · C) is scikit-learn's C." |
*
* @param {Train_Lbfgs_L2_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_lbfgs_l2_title = /** @type {((inputs?: Train_Lbfgs_L2_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Lbfgs_L2_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_lbfgs_l2_title(inputs)
	return __en.train_lbfgs_l2_title(inputs)
});
/**
* | output |
* | --- |
* | "Leaderboard" |
*
* @param {Train_LeaderboardInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_leaderboard = /** @type {((inputs?: Train_LeaderboardInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_LeaderboardInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_leaderboard(inputs)
	return __en.train_leaderboard(inputs)
});
/**
* | output |
* | --- |
* | "Learning rate" |
*
* @param {Train_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_learning_rate = /** @type {((inputs?: Train_Learning_RateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Learning_RateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_learning_rate(inputs)
	return __en.train_learning_rate(inputs)
});
/**
* | output |
* | --- |
* | "Leaves" |
*
* @param {Train_LeavesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_leaves = /** @type {((inputs?: Train_LeavesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_LeavesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_leaves(inputs)
	return __en.train_leaves(inputs)
});
/**
* | output |
* | --- |
* | "Leaves per tree; trees grow best split first." |
*
* @param {Train_Leaves_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_leaves_title = /** @type {((inputs?: Train_Leaves_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Leaves_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_leaves_title(inputs)
	return __en.train_leaves_title(inputs)
});
/**
* | output |
* | --- |
* | "log(1 + x) columns" |
*
* @param {Train_Log_ColumnsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_log_columns = /** @type {((inputs?: Train_Log_ColumnsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Log_ColumnsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_log_columns(inputs)
	return __en.train_log_columns(inputs)
});
/**
* | output |
* | --- |
* | "Max depth" |
*
* @param {Train_Max_DepthInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_max_depth = /** @type {((inputs?: Train_Max_DepthInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Max_DepthInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_max_depth(inputs)
	return __en.train_max_depth(inputs)
});
/**
* | output |
* | --- |
* | "Empty: no limit (the number of leaves bounds each tree)." |
*
* @param {Train_Max_Depth_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_max_depth_title = /** @type {((inputs?: Train_Max_Depth_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Max_Depth_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_max_depth_title(inputs)
	return __en.train_max_depth_title(inputs)
});
/**
* | output |
* | --- |
* | "Max epochs" |
*
* @param {Train_Max_EpochsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_max_epochs = /** @type {((inputs?: Train_Max_EpochsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Max_EpochsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_max_epochs(inputs)
	return __en.train_max_epochs(inputs)
});
/**
* | output |
* | --- |
* | "Max iterations" |
*
* @param {Train_Max_IterationsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_max_iterations = /** @type {((inputs?: Train_Max_IterationsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Max_IterationsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_max_iterations(inputs)
	return __en.train_max_iterations(inputs)
});
/**
* | output |
* | --- |
* | "Balanced accuracy" |
*
* @param {Train_Metric_Balanced_AccuracyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_metric_balanced_accuracy = /** @type {((inputs?: Train_Metric_Balanced_AccuracyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Metric_Balanced_AccuracyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_metric_balanced_accuracy(inputs)
	return __en.train_metric_balanced_accuracy(inputs)
});
/**
* | output |
* | --- |
* | "Log loss" |
*
* @param {Train_Metric_Log_LossInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_metric_log_loss = /** @type {((inputs?: Train_Metric_Log_LossInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Metric_Log_LossInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_metric_log_loss(inputs)
	return __en.train_metric_log_loss(inputs)
});
/**
* | output |
* | --- |
* | "Min rows per leaf" |
*
* @param {Train_Min_Leaf_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_min_leaf_rows = /** @type {((inputs?: Train_Min_Leaf_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Min_Leaf_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_min_leaf_rows(inputs)
	return __en.train_min_leaf_rows(inputs)
});
/**
* | output |
* | --- |
* | "Minutes" |
*
* @param {Train_MinutesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_minutes = /** @type {((inputs?: Train_MinutesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_MinutesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_minutes(inputs)
	return __en.train_minutes(inputs)
});
/**
* | output |
* | --- |
* | "Missing indicator" |
*
* @param {Train_Missing_IndicatorInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_missing_indicator = /** @type {((inputs?: Train_Missing_IndicatorInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Missing_IndicatorInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_missing_indicator(inputs)
	return __en.train_missing_indicator(inputs)
});
/**
* | output |
* | --- |
* | "Model" |
*
* @param {Train_ModelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_model = /** @type {((inputs?: Train_ModelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_ModelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_model(inputs)
	return __en.train_model(inputs)
});
/**
* | output |
* | --- |
* | "Model families" |
*
* @param {Train_Model_FamiliesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_model_families = /** @type {((inputs?: Train_Model_FamiliesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Model_FamiliesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_model_families(inputs)
	return __en.train_model_families(inputs)
});
/**
* | output |
* | --- |
* | "the most frequent level" |
*
* @param {Train_Most_Frequent_LevelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_most_frequent_level = /** @type {((inputs?: Train_Most_Frequent_LevelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Most_Frequent_LevelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_most_frequent_level(inputs)
	return __en.train_most_frequent_level(inputs)
});
/**
* | output |
* | --- |
* | "Word n-grams" |
*
* @param {Train_NgramsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_ngrams = /** @type {((inputs?: Train_NgramsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_NgramsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_ngrams(inputs)
	return __en.train_ngrams(inputs)
});
/**
* | output |
* | --- |
* | "words and pairs" |
*
* @param {Train_Ngrams_PairsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_ngrams_pairs = /** @type {((inputs?: Train_Ngrams_PairsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Ngrams_PairsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_ngrams_pairs(inputs)
	return __en.train_ngrams_pairs(inputs)
});
/**
* | output |
* | --- |
* | "single words" |
*
* @param {Train_Ngrams_WordsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_ngrams_words = /** @type {((inputs?: Train_Ngrams_WordsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Ngrams_WordsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_ngrams_words(inputs)
	return __en.train_ngrams_words(inputs)
});
/**
* | output |
* | --- |
* | "no limit" |
*
* @param {Train_No_LimitInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_no_limit = /** @type {((inputs?: Train_No_LimitInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_No_LimitInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_no_limit(inputs)
	return __en.train_no_limit(inputs)
});
/**
* | output |
* | --- |
* | "not started" |
*
* @param {Train_Not_StartedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_not_started = /** @type {((inputs?: Train_Not_StartedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Not_StartedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_not_started(inputs)
	return __en.train_not_started(inputs)
});
/**
* | output |
* | --- |
* | "Numbers" |
*
* @param {Train_NumbersInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_numbers = /** @type {((inputs?: Train_NumbersInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_NumbersInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_numbers(inputs)
	return __en.train_numbers(inputs)
});
/**
* | output |
* | --- |
* | "their own level (“{level}”)" |
*
* @param {Train_Own_LevelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_own_level = /** @type {((inputs: Train_Own_LevelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Own_LevelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_own_level(inputs)
	return __en.train_own_level(inputs)
});
/**
* | output |
* | --- |
* | "Early-stopping patience" |
*
* @param {Train_PatienceInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_patience = /** @type {((inputs?: Train_PatienceInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_PatienceInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_patience(inputs)
	return __en.train_patience(inputs)
});
/**
* | output |
* | --- |
* | "Stop when the validation loss has not improved for this many epochs; the best weights are kept." |
*
* @param {Train_Patience_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_patience_title = /** @type {((inputs?: Train_Patience_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Patience_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_patience_title(inputs)
	return __en.train_patience_title(inputs)
});
/**
* | output |
* | --- |
* | "positive" |
*
* @param {Train_PositiveInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_positive = /** @type {((inputs?: Train_PositiveInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_PositiveInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_positive(inputs)
	return __en.train_positive(inputs)
});
/**
* | output |
* | --- |
* | "Positive class" |
*
* @param {Train_Positive_ClassInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_positive_class = /** @type {((inputs?: Train_Positive_ClassInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Positive_ClassInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_positive_class(inputs)
	return __en.train_positive_class(inputs)
});
/**
* | output |
* | --- |
* | "minority class (default)" |
*
* @param {Train_Positive_MinorityInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_positive_minority = /** @type {((inputs?: Train_Positive_MinorityInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Positive_MinorityInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_positive_minority(inputs)
	return __en.train_positive_minority(inputs)
});
/**
* | output |
* | --- |
* | "Predict “{target}”" |
*
* @param {Train_Predict_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_predict_title = /** @type {((inputs: Train_Predict_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Predict_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_predict_title(inputs)
	return __en.train_predict_title(inputs)
});
/**
* | output |
* | --- |
* | "MLP only" |
*
* @param {Train_Range_Dropout_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_dropout_note = /** @type {((inputs?: Train_Range_Dropout_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Range_Dropout_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_range_dropout_note(inputs)
	return __en.train_range_dropout_note(inputs)
});
/**
* | output |
* | --- |
* | "from" |
*
* @param {Train_Range_FromInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_from = /** @type {((inputs?: Train_Range_FromInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Range_FromInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_range_from(inputs)
	return __en.train_range_from(inputs)
});
/**
* | output |
* | --- |
* | "on the weights, log scale" |
*
* @param {Train_Range_L2_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_l2_note = /** @type {((inputs?: Train_Range_L2_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Range_L2_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_range_l2_note(inputs)
	return __en.train_range_l2_note(inputs)
});
/**
* | output |
* | --- |
* | "Adam (MLP; logistic regression is solved by L-BFGS), log scale" |
*
* @param {Train_Range_Learning_Rate_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_learning_rate_note = /** @type {((inputs?: Train_Range_Learning_Rate_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Range_Learning_Rate_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_range_learning_rate_note(inputs)
	return __en.train_range_learning_rate_note(inputs)
});
/**
* | output |
* | --- |
* | "to" |
*
* @param {Train_Range_ToInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_to = /** @type {((inputs?: Train_Range_ToInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Range_ToInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_range_to(inputs)
	return __en.train_range_to(inputs)
});
/**
* | output |
* | --- |
* | "Trees: L2" |
*
* @param {Train_Range_Tree_L2Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_tree_l2 = /** @type {((inputs?: Train_Range_Tree_L2Inputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Range_Tree_L2Inputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_range_tree_l2(inputs)
	return __en.train_range_tree_l2(inputs)
});
/**
* | output |
* | --- |
* | "on leaf values, log scale" |
*
* @param {Train_Range_Tree_L2_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_tree_l2_note = /** @type {((inputs?: Train_Range_Tree_L2_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Range_Tree_L2_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_range_tree_l2_note(inputs)
	return __en.train_range_tree_l2_note(inputs)
});
/**
* | output |
* | --- |
* | "Trees: learning rate" |
*
* @param {Train_Range_Tree_Learning_RateInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_tree_learning_rate = /** @type {((inputs?: Train_Range_Tree_Learning_RateInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Range_Tree_Learning_RateInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_range_tree_learning_rate(inputs)
	return __en.train_range_tree_learning_rate(inputs)
});
/**
* | output |
* | --- |
* | "shrinkage, log scale" |
*
* @param {Train_Range_Tree_Learning_Rate_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_range_tree_learning_rate_note = /** @type {((inputs?: Train_Range_Tree_Learning_Rate_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Range_Tree_Learning_Rate_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_range_tree_learning_rate_note(inputs)
	return __en.train_range_tree_learning_rate_note(inputs)
});
/**
* | output |
* | --- |
* | "Rank by" |
*
* @param {Train_Rank_ByInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_rank_by = /** @type {((inputs?: Train_Rank_ByInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Rank_ByInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_rank_by(inputs)
	return __en.train_rank_by(inputs)
});
/**
* | output |
* | --- |
* | "Feature preparation" |
*
* @param {Train_RecipeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_recipe = /** @type {((inputs?: Train_RecipeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_RecipeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_recipe(inputs)
	return __en.train_recipe(inputs)
});
/**
* | output |
* | --- |
* | "Reset to defaults" |
*
* @param {Train_ResetInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_reset = /** @type {((inputs?: Train_ResetInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_ResetInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_reset(inputs)
	return __en.train_reset(inputs)
});
/**
* | output |
* | --- |
* | "Reset the ranges" |
*
* @param {Train_Reset_RangesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_reset_ranges = /** @type {((inputs?: Train_Reset_RangesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Reset_RangesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_reset_ranges(inputs)
	return __en.train_reset_ranges(inputs)
});
/**
* | output |
* | --- |
* | "cancelled" |
*
* @param {Train_Run_Status_CancelledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_run_status_cancelled = /** @type {((inputs?: Train_Run_Status_CancelledInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Run_Status_CancelledInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_run_status_cancelled(inputs)
	return __en.train_run_status_cancelled(inputs)
});
/**
* | output |
* | --- |
* | "done" |
*
* @param {Train_Run_Status_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_run_status_done = /** @type {((inputs?: Train_Run_Status_DoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Run_Status_DoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_run_status_done(inputs)
	return __en.train_run_status_done(inputs)
});
/**
* | output |
* | --- |
* | "failed" |
*
* @param {Train_Run_Status_FailedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_run_status_failed = /** @type {((inputs?: Train_Run_Status_FailedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Run_Status_FailedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_run_status_failed(inputs)
	return __en.train_run_status_failed(inputs)
});
/**
* | output |
* | --- |
* | "interrupted" |
*
* @param {Train_Run_Status_InterruptedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_run_status_interrupted = /** @type {((inputs?: Train_Run_Status_InterruptedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Run_Status_InterruptedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_run_status_interrupted(inputs)
	return __en.train_run_status_interrupted(inputs)
});
/**
* | output |
* | --- |
* | "running" |
*
* @param {Train_Run_Status_RunningInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_run_status_running = /** @type {((inputs?: Train_Run_Status_RunningInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Run_Status_RunningInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_run_status_running(inputs)
	return __en.train_run_status_running(inputs)
});
/**
* | output |
* | --- |
* | "(rung {rung})" |
*
* @param {Train_RungInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_rung = /** @type {((inputs: Train_RungInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_RungInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_rung(inputs)
	return __en.train_rung(inputs)
});
/**
* | output |
* | --- |
* | "min–max to [0, 1]" |
*
* @param {Train_Scale_MinmaxInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_scale_minmax = /** @type {((inputs?: Train_Scale_MinmaxInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Scale_MinmaxInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_scale_minmax(inputs)
	return __en.train_scale_minmax(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Train_Scale_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_scale_none = /** @type {((inputs?: Train_Scale_NoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Scale_NoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_scale_none(inputs)
	return __en.train_scale_none(inputs)
});
/**
* | output |
* | --- |
* | "standardise (z-score)" |
*
* @param {Train_Scale_StandardInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_scale_standard = /** @type {((inputs?: Train_Scale_StandardInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Scale_StandardInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_scale_standard(inputs)
	return __en.train_scale_standard(inputs)
});
/**
* | output |
* | --- |
* | "Scaling" |
*
* @param {Train_ScalingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_scaling = /** @type {((inputs?: Train_ScalingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_ScalingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_scaling(inputs)
	return __en.train_scaling(inputs)
});
/**
* | output |
* | --- |
* | "cancelled after {counts}" |
*
* @param {Train_Search_CancelledInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_cancelled = /** @type {((inputs: Train_Search_CancelledInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_CancelledInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_cancelled(inputs)
	return __en.train_search_cancelled(inputs)
});
/**
* | output |
* | --- |
* | "failed: {message}" |
*
* @param {Train_Search_FailedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_failed = /** @type {((inputs: Train_Search_FailedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_FailedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_failed(inputs)
	return __en.train_search_failed(inputs)
});
/**
* | output |
* | --- |
* | "{counts}; {result}" |
*
* @param {Train_Search_FinishedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_finished = /** @type {((inputs: Train_Search_FinishedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_FinishedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_finished(inputs)
	return __en.train_search_finished(inputs)
});
/**
* | output |
* | --- |
* | "Tries model families (logistic regression, neural networks, gradient-boosted trees), sizes, learning rates, regularisation and preparation choices, each scor..." |
*
* @param {Train_Search_IntroInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_intro = /** @type {((inputs: Train_Search_IntroInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_IntroInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_intro(inputs)
	return __en.train_search_intro(inputs)
});
/**
* | output |
* | --- |
* | "failed: no trial succeeded ({counts})" |
*
* @param {Train_Search_None_SucceededInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_none_succeeded = /** @type {((inputs: Train_Search_None_SucceededInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_None_SucceededInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_none_succeeded(inputs)
	return __en.train_search_none_succeeded(inputs)
});
/**
* | output |
* | --- |
* | "not trained" |
*
* @param {Train_Search_Not_TrainedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_not_trained = /** @type {((inputs?: Train_Search_Not_TrainedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_Not_TrainedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_not_trained(inputs)
	return __en.train_search_not_trained(inputs)
});
/**
* | output |
* | --- |
* | "({lanes} at a time, in parallel workers)" |
*
* @param {Train_Search_ParallelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_parallel = /** @type {((inputs: Train_Search_ParallelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_ParallelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_parallel(inputs)
	return __en.train_search_parallel(inputs)
});
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Train_Search_ProgressInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_progress = /** @type {((inputs?: Train_Search_ProgressInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_ProgressInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_progress(inputs)
	return __en.train_search_progress(inputs)
});
/**
* | output |
* | --- |
* | "{count} stopped early below the median" |
*
* @param {Train_Search_PrunedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_pruned = /** @type {((inputs: Train_Search_PrunedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_PrunedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_pruned(inputs)
	return __en.train_search_pruned(inputs)
});
/**
* | output |
* | --- |
* | "Search ranges" |
*
* @param {Train_Search_RangesInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_ranges = /** @type {((inputs?: Train_Search_RangesInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_RangesInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_ranges(inputs)
	return __en.train_search_ranges(inputs)
});
/**
* | output |
* | --- |
* | "best model {status}" |
*
* @param {Train_Search_Result_BestInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_result_best = /** @type {((inputs: Train_Search_Result_BestInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_Result_BestInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_result_best(inputs)
	return __en.train_search_result_best(inputs)
});
/**
* | output |
* | --- |
* | "blend of {count} trials {status}" |
*
* @param {Train_Search_Result_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_result_blend = /** @type {((inputs: Train_Search_Result_BlendInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_Result_BlendInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_result_blend(inputs)
	return __en.train_search_result_blend(inputs)
});
/**
* | output |
* | --- |
* | "Best of search ({strategy})" |
*
* @param {Train_Search_Run_NameInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_run_name = /** @type {((inputs: Train_Search_Run_NameInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_Run_NameInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_run_name(inputs)
	return __en.train_search_run_name(inputs)
});
/**
* | output |
* | --- |
* | "{count} skipped as too slow for the time left" |
*
* @param {Train_Search_SkippedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_skipped = /** @type {((inputs: Train_Search_SkippedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_SkippedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_skipped(inputs)
	return __en.train_search_skipped(inputs)
});
/**
* | output |
* | --- |
* | "starting" |
*
* @param {Train_Search_StartingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_starting = /** @type {((inputs?: Train_Search_StartingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_StartingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_starting(inputs)
	return __en.train_search_starting(inputs)
});
/**
* | output |
* | --- |
* | "Search: {status}" |
*
* @param {Train_Search_StatusInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_status = /** @type {((inputs: Train_Search_StatusInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_StatusInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_status(inputs)
	return __en.train_search_status(inputs)
});
/**
* | output |
* | --- |
* | "successive halving" |
*
* @param {Train_Search_Strategy_HalvingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_strategy_halving = /** @type {((inputs?: Train_Search_Strategy_HalvingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_Strategy_HalvingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_strategy_halving(inputs)
	return __en.train_search_strategy_halving(inputs)
});
/**
* | output |
* | --- |
* | "random" |
*
* @param {Train_Search_Strategy_RandomInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_strategy_random = /** @type {((inputs?: Train_Search_Strategy_RandomInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_Strategy_RandomInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_strategy_random(inputs)
	return __en.train_search_strategy_random(inputs)
});
/**
* | output |
* | --- |
* | "TPE" |
*
* @param {Train_Search_Strategy_TpeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_strategy_tpe = /** @type {((inputs?: Train_Search_Strategy_TpeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_Strategy_TpeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_strategy_tpe(inputs)
	return __en.train_search_strategy_tpe(inputs)
});
/**
* | output |
* | --- |
* | "{count} succeeded" |
*
* @param {Train_Search_SucceededInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_succeeded = /** @type {((inputs: Train_Search_SucceededInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_SucceededInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_succeeded(inputs)
	return __en.train_search_succeeded(inputs)
});
/**
* | output |
* | --- |
* | "(time budget reached)" |
*
* @param {Train_Search_Time_ReachedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_time_reached = /** @type {((inputs?: Train_Search_Time_ReachedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_Time_ReachedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_time_reached(inputs)
	return __en.train_search_time_reached(inputs)
});
/**
* | output |
* | --- |
* | "Find the best model" |
*
* @param {Train_Search_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_title = /** @type {((inputs?: Train_Search_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_title(inputs)
	return __en.train_search_title(inputs)
});
/**
* | output |
* | --- |
* | "{count} trial" |
*
* @param {Train_Search_Trials_OneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_trials_one = /** @type {((inputs: Train_Search_Trials_OneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_Trials_OneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_trials_one(inputs)
	return __en.train_search_trials_one(inputs)
});
/**
* | output |
* | --- |
* | "{count} trials" |
*
* @param {Train_Search_Trials_OtherInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_search_trials_other = /** @type {((inputs: Train_Search_Trials_OtherInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Search_Trials_OtherInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_search_trials_other(inputs)
	return __en.train_search_trials_other(inputs)
});
/**
* | output |
* | --- |
* | "Searching…" |
*
* @param {Train_SearchingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_searching = /** @type {((inputs?: Train_SearchingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_SearchingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_searching(inputs)
	return __en.train_searching(inputs)
});
/**
* | output |
* | --- |
* | "Seed" |
*
* @param {Train_SeedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_seed = /** @type {((inputs?: Train_SeedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_SeedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_seed(inputs)
	return __en.train_seed(inputs)
});
/**
* | output |
* | --- |
* | "The same seed gives the same split and the same model on the CPU and WASM backends." |
*
* @param {Train_Seed_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_seed_title = /** @type {((inputs?: Train_Seed_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Seed_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_seed_title(inputs)
	return __en.train_seed_title(inputs)
});
/**
* | output |
* | --- |
* | "Training settings" |
*
* @param {Train_Settings_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_settings_label = /** @type {((inputs?: Train_Settings_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Settings_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_settings_label(inputs)
	return __en.train_settings_label(inputs)
});
/**
* | output |
* | --- |
* | "Solver" |
*
* @param {Train_SolverInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_solver = /** @type {((inputs?: Train_SolverInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_SolverInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_solver(inputs)
	return __en.train_solver(inputs)
});
/**
* | output |
* | --- |
* | "Adam (mini-batches)" |
*
* @param {Train_Solver_AdamInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_solver_adam = /** @type {((inputs?: Train_Solver_AdamInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Solver_AdamInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_solver_adam(inputs)
	return __en.train_solver_adam(inputs)
});
/**
* | output |
* | --- |
* | "L-BFGS (exact optimum)" |
*
* @param {Train_Solver_LbfgsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_solver_lbfgs = /** @type {((inputs?: Train_Solver_LbfgsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Solver_LbfgsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_solver_lbfgs(inputs)
	return __en.train_solver_lbfgs(inputs)
});
/**
* | output |
* | --- |
* | "L-BFGS solves the regression to its optimum over all training rows, as scikit-learn does; Adam trains it in mini-batches with early stopping." |
*
* @param {Train_Solver_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_solver_title = /** @type {((inputs?: Train_Solver_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Solver_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_solver_title(inputs)
	return __en.train_solver_title(inputs)
});
/**
* | output |
* | --- |
* | "Status:" |
*
* @param {Train_StatusInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_status = /** @type {((inputs?: Train_StatusInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_StatusInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_status(inputs)
	return __en.train_status(inputs)
});
/**
* | output |
* | --- |
* | "Training status" |
*
* @param {Train_Status_LabelInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_status_label = /** @type {((inputs?: Train_Status_LabelInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Status_LabelInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_status_label(inputs)
	return __en.train_status_label(inputs)
});
/**
* | output |
* | --- |
* | "Stop words" |
*
* @param {Train_Stop_WordsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_stop_words = /** @type {((inputs?: Train_Stop_WordsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Stop_WordsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_stop_words(inputs)
	return __en.train_stop_words(inputs)
});
/**
* | output |
* | --- |
* | "English + Spanish" |
*
* @param {Train_Stop_Words_BothInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_stop_words_both = /** @type {((inputs?: Train_Stop_Words_BothInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Stop_Words_BothInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_stop_words_both(inputs)
	return __en.train_stop_words_both(inputs)
});
/**
* | output |
* | --- |
* | "English" |
*
* @param {Train_Stop_Words_EnglishInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_stop_words_english = /** @type {((inputs?: Train_Stop_Words_EnglishInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Stop_Words_EnglishInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_stop_words_english(inputs)
	return __en.train_stop_words_english(inputs)
});
/**
* | output |
* | --- |
* | "keep all" |
*
* @param {Train_Stop_Words_NoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_stop_words_none = /** @type {((inputs?: Train_Stop_Words_NoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Stop_Words_NoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_stop_words_none(inputs)
	return __en.train_stop_words_none(inputs)
});
/**
* | output |
* | --- |
* | "Spanish" |
*
* @param {Train_Stop_Words_SpanishInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_stop_words_spanish = /** @type {((inputs?: Train_Stop_Words_SpanishInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Stop_Words_SpanishInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_stop_words_spanish(inputs)
	return __en.train_stop_words_spanish(inputs)
});
/**
* | output |
* | --- |
* | "Strategy" |
*
* @param {Train_StrategyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_strategy = /** @type {((inputs?: Train_StrategyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_StrategyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_strategy(inputs)
	return __en.train_strategy(inputs)
});
/**
* | output |
* | --- |
* | "Successive halving" |
*
* @param {Train_Strategy_HalvingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_strategy_halving = /** @type {((inputs?: Train_Strategy_HalvingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Strategy_HalvingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_strategy_halving(inputs)
	return __en.train_strategy_halving(inputs)
});
/**
* | output |
* | --- |
* | "Random search" |
*
* @param {Train_Strategy_RandomInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_strategy_random = /** @type {((inputs?: Train_Strategy_RandomInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Strategy_RandomInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_strategy_random(inputs)
	return __en.train_strategy_random(inputs)
});
/**
* | output |
* | --- |
* | "Model-based (TPE)" |
*
* @param {Train_Strategy_TpeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_strategy_tpe = /** @type {((inputs?: Train_Strategy_TpeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Strategy_TpeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_strategy_tpe(inputs)
	return __en.train_strategy_tpe(inputs)
});
/**
* | output |
* | --- |
* | "Column" |
*
* @param {Train_Test_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_column = /** @type {((inputs?: Train_Test_ColumnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_ColumnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_column(inputs)
	return __en.train_test_column(inputs)
});
/**
* | output |
* | --- |
* | "Testing on the rows where {column} = {value}; the other rows are split into training and validation." |
*
* @param {Train_Test_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_note = /** @type {((inputs: Train_Test_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_note(inputs)
	return __en.train_test_note(inputs)
});
/**
* | output |
* | --- |
* | "“{column}” is an id, not a feature." |
*
* @param {Train_Test_Note_IdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_note_id = /** @type {((inputs: Train_Test_Note_IdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_Note_IdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_note_id(inputs)
	return __en.train_test_note_id(inputs)
});
/**
* | output |
* | --- |
* | "“{column}” is ignored, not a feature." |
*
* @param {Train_Test_Note_IgnoredInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_note_ignored = /** @type {((inputs: Train_Test_Note_IgnoredInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_Note_IgnoredInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_note_ignored(inputs)
	return __en.train_test_note_ignored(inputs)
});
/**
* | output |
* | --- |
* | "Test %" |
*
* @param {Train_Test_PercentInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_percent = /** @type {((inputs?: Train_Test_PercentInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_PercentInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_percent(inputs)
	return __en.train_test_percent(inputs)
});
/**
* | output |
* | --- |
* | "Not used: the test rows are chosen by a column." |
*
* @param {Train_Test_Percent_UnusedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_percent_unused = /** @type {((inputs?: Train_Test_Percent_UnusedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_Percent_UnusedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_percent_unused(inputs)
	return __en.train_test_percent_unused(inputs)
});
/**
* | output |
* | --- |
* | "Test rows" |
*
* @param {Train_Test_RowsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_rows = /** @type {((inputs?: Train_Test_RowsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_RowsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_rows(inputs)
	return __en.train_test_rows(inputs)
});
/**
* | output |
* | --- |
* | "rows where a column has a value" |
*
* @param {Train_Test_Rows_ColumnInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_rows_column = /** @type {((inputs?: Train_Test_Rows_ColumnInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_Rows_ColumnInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_rows_column(inputs)
	return __en.train_test_rows_column(inputs)
});
/**
* | output |
* | --- |
* | "random share" |
*
* @param {Train_Test_Rows_RandomInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_rows_random = /** @type {((inputs?: Train_Test_Rows_RandomInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_Rows_RandomInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_rows_random(inputs)
	return __en.train_test_rows_random(inputs)
});
/**
* | output |
* | --- |
* | "Random: a stratified share of the rows. A column: exactly the rows where it has the value (an out-of-time or predefined test set)." |
*
* @param {Train_Test_Rows_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_rows_title = /** @type {((inputs?: Train_Test_Rows_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_Rows_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_rows_title(inputs)
	return __en.train_test_rows_title(inputs)
});
/**
* | output |
* | --- |
* | "⚠ “{column}” is still a feature: set its role to ignore on the Data screen, or training refuses it." |
*
* @param {Train_Test_Still_FeatureInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_still_feature = /** @type {((inputs: Train_Test_Still_FeatureInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_Still_FeatureInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_still_feature(inputs)
	return __en.train_test_still_feature(inputs)
});
/**
* | output |
* | --- |
* | "= value" |
*
* @param {Train_Test_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_value = /** @type {((inputs?: Train_Test_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_value(inputs)
	return __en.train_test_value(inputs)
});
/**
* | output |
* | --- |
* | "(choose)" |
*
* @param {Train_Test_Value_ChooseInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_value_choose = /** @type {((inputs?: Train_Test_Value_ChooseInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_Value_ChooseInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_value_choose(inputs)
	return __en.train_test_value_choose(inputs)
});
/**
* | output |
* | --- |
* | "e.g. test" |
*
* @param {Train_Test_Value_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_test_value_placeholder = /** @type {((inputs?: Train_Test_Value_PlaceholderInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Test_Value_PlaceholderInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_test_value_placeholder(inputs)
	return __en.train_test_value_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Text (TF-IDF)" |
*
* @param {Train_Text_TfidfInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_text_tfidf = /** @type {((inputs?: Train_Text_TfidfInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Text_TfidfInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_text_tfidf(inputs)
	return __en.train_text_tfidf(inputs)
});
/**
* | output |
* | --- |
* | "Threshold" |
*
* @param {Train_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_threshold = /** @type {((inputs?: Train_ThresholdInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_ThresholdInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_threshold(inputs)
	return __en.train_threshold(inputs)
});
/**
* | output |
* | --- |
* | "lowest cost of errors" |
*
* @param {Train_Threshold_CostInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_threshold_cost = /** @type {((inputs?: Train_Threshold_CostInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Threshold_CostInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_threshold_cost(inputs)
	return __en.train_threshold_cost(inputs)
});
/**
* | output |
* | --- |
* | "maximise F1" |
*
* @param {Train_Threshold_F1Inputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_threshold_f1 = /** @type {((inputs?: Train_Threshold_F1Inputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Threshold_F1Inputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_threshold_f1(inputs)
	return __en.train_threshold_f1(inputs)
});
/**
* | output |
* | --- |
* | "fixed" |
*
* @param {Train_Threshold_FixedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_threshold_fixed = /** @type {((inputs?: Train_Threshold_FixedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Threshold_FixedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_threshold_fixed(inputs)
	return __en.train_threshold_fixed(inputs)
});
/**
* | output |
* | --- |
* | "Chosen on the validation part; test metrics use it." |
*
* @param {Train_Threshold_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_threshold_title = /** @type {((inputs?: Train_Threshold_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Threshold_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_threshold_title(inputs)
	return __en.train_threshold_title(inputs)
});
/**
* | output |
* | --- |
* | "Value" |
*
* @param {Train_Threshold_ValueInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_threshold_value = /** @type {((inputs?: Train_Threshold_ValueInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Threshold_ValueInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_threshold_value(inputs)
	return __en.train_threshold_value(inputs)
});
/**
* | output |
* | --- |
* | "Top levels kept" |
*
* @param {Train_Top_LevelsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_top_levels = /** @type {((inputs?: Train_Top_LevelsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Top_LevelsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_top_levels(inputs)
	return __en.train_top_levels(inputs)
});
/**
* | output |
* | --- |
* | "The most frequent levels get a column each; the rest share an “other” column." |
*
* @param {Train_Top_Levels_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_top_levels_title = /** @type {((inputs?: Train_Top_Levels_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Top_Levels_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_top_levels_title(inputs)
	return __en.train_top_levels_title(inputs)
});
/**
* | output |
* | --- |
* | "Train" |
*
* @param {Train_TrainInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_train = /** @type {((inputs?: Train_TrainInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_TrainInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_train(inputs)
	return __en.train_train(inputs)
});
/**
* | output |
* | --- |
* | "Training…" |
*
* @param {Train_TrainingInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_training = /** @type {((inputs?: Train_TrainingInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_TrainingInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_training(inputs)
	return __en.train_training(inputs)
});
/**
* | output |
* | --- |
* | "L2 regularisation of leaf values." |
*
* @param {Train_Tree_L2_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_tree_l2_title = /** @type {((inputs?: Train_Tree_L2_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Tree_L2_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_tree_l2_title(inputs)
	return __en.train_tree_l2_title(inputs)
});
/**
* | output |
* | --- |
* | "Shrinkage: each tree's values are multiplied by it." |
*
* @param {Train_Tree_Learning_Rate_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_tree_learning_rate_title = /** @type {((inputs?: Train_Tree_Learning_Rate_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Tree_Learning_Rate_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_tree_learning_rate_title(inputs)
	return __en.train_tree_learning_rate_title(inputs)
});
/**
* | output |
* | --- |
* | "Stop when the validation loss has not improved for this many iterations; the trees up to the best one are kept." |
*
* @param {Train_Tree_Patience_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_tree_patience_title = /** @type {((inputs?: Train_Tree_Patience_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Tree_Patience_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_tree_patience_title(inputs)
	return __en.train_tree_patience_title(inputs)
});
/**
* | output |
* | --- |
* | "Trees train and score in plain JavaScript in the training worker: no GPU or WebAssembly backend is used." |
*
* @param {Train_Trees_Compute_NoteInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trees_compute_note = /** @type {((inputs?: Train_Trees_Compute_NoteInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Trees_Compute_NoteInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_trees_compute_note(inputs)
	return __en.train_trees_compute_note(inputs)
});
/**
* | output |
* | --- |
* | "best single" |
*
* @param {Train_Trial_Best_SingleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_best_single = /** @type {((inputs?: Train_Trial_Best_SingleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Trial_Best_SingleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_trial_best_single(inputs)
	return __en.train_trial_best_single(inputs)
});
/**
* | output |
* | --- |
* | "done" |
*
* @param {Train_Trial_DoneInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_done = /** @type {((inputs?: Train_Trial_DoneInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Trial_DoneInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_trial_done(inputs)
	return __en.train_trial_done(inputs)
});
/**
* | output |
* | --- |
* | "failed: {message}" |
*
* @param {Train_Trial_FailedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_failed = /** @type {((inputs: Train_Trial_FailedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Trial_FailedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_trial_failed(inputs)
	return __en.train_trial_failed(inputs)
});
/**
* | output |
* | --- |
* | "in blend {share}" |
*
* @param {Train_Trial_In_BlendInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_in_blend = /** @type {((inputs: Train_Trial_In_BlendInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Trial_In_BlendInputs, { locale?: "en" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_trial_in_blend(inputs)
	return __en.train_trial_in_blend(inputs)
});
/**
* | output |
* | --- |
* | "Stopped early: below the median of the earlier trials." |
*
* @param {Train_Trial_PrunedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_pruned = /** @type {((inputs?: Train_Trial_PrunedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Trial_PrunedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_trial_pruned(inputs)
	return __en.train_trial_pruned(inputs)
});
/**
* | output |
* | --- |
* | "Skipped: too slow for the time left." |
*
* @param {Train_Trial_SkippedInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trial_skipped = /** @type {((inputs?: Train_Trial_SkippedInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Trial_SkippedInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_trial_skipped(inputs)
	return __en.train_trial_skipped(inputs)
});
/**
* | output |
* | --- |
* | "Trials" |
*
* @param {Train_TrialsInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_trials = /** @type {((inputs?: Train_TrialsInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_TrialsInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_trials(inputs)
	return __en.train_trials(inputs)
});
/**
* | output |
* | --- |
* | "Validation %" |
*
* @param {Train_Validation_PercentInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_validation_percent = /** @type {((inputs?: Train_Validation_PercentInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Validation_PercentInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_validation_percent(inputs)
	return __en.train_validation_percent(inputs)
});
/**
* | output |
* | --- |
* | "Vocabulary size" |
*
* @param {Train_Vocabulary_SizeInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const train_vocabulary_size = /** @type {((inputs?: Train_Vocabulary_SizeInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Train_Vocabulary_SizeInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.train_vocabulary_size(inputs)
	return __en.train_vocabulary_size(inputs)
});
/**
* | output |
* | --- |
* | "Load a CSV of labelled examples (credit applicants, customer complaints, sales leads), pick the column to predict, and train a model in this tab. Everything ..." |
*
* @param {Welcome_BodyInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const welcome_body = /** @type {((inputs?: Welcome_BodyInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Welcome_BodyInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.welcome_body(inputs)
	return __en.welcome_body(inputs)
});
/**
* | output |
* | --- |
* | "Start with a built-in sample on the left, or drop your own file." |
*
* @param {Welcome_StartInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const welcome_start = /** @type {((inputs?: Welcome_StartInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Welcome_StartInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.welcome_start(inputs)
	return __en.welcome_start(inputs)
});
/**
* | output |
* | --- |
* | "Welcome to Faro" |
*
* @param {Welcome_TitleInputs} inputs
* @param {{ locale?: "en" | "es" }} options
* @returns {LocalizedString}
*/
export const welcome_title = /** @type {((inputs?: Welcome_TitleInputs, options?: { locale?: "en" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Welcome_TitleInputs, { locale?: "en" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.welcome_title(inputs)
	return __en.welcome_title(inputs)
});