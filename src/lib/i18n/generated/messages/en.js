/* eslint-disable */
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
/** @typedef {{ k: NonNullable<unknown> }} Err_Balance_Bad_KInputs */
/** @typedef {{}} Err_Balance_Bad_K_HintInputs */
/** @typedef {{}} Err_Balance_Bad_StrategyInputs */
/** @typedef {{}} Err_Balance_Bad_Strategy_HintInputs */
/** @typedef {{ count: NonNullable<unknown> }} Err_Balance_Class_CountInputs */
/** @typedef {{}} Err_Balance_Class_Count_HintInputs */
/** @typedef {{ index: NonNullable<unknown>, rows: NonNullable<unknown> }} Err_Balance_Class_Too_SmallInputs */
/** @typedef {{}} Err_Balance_Class_Too_Small_HintInputs */
/** @typedef {{ row: NonNullable<unknown>, label: NonNullable<unknown>, max: NonNullable<unknown> }} Err_Balance_Label_OutsideInputs */
/** @typedef {{}} Err_Balance_Label_Outside_HintInputs */
/** @typedef {{ values: NonNullable<unknown>, rows: NonNullable<unknown>, width: NonNullable<unknown> }} Err_Balance_Matrix_ShapeInputs */
/** @typedef {{}} Err_Balance_Matrix_Shape_HintInputs */
/** @typedef {{ row: NonNullable<unknown> }} Err_Balance_Missing_CategoryInputs */
/** @typedef {{}} Err_Balance_Missing_Category_HintInputs */
/** @typedef {{ rows: NonNullable<unknown> }} Err_Balance_Mixed_ShapeInputs */
/** @typedef {{}} Err_Balance_Mixed_Shape_HintInputs */
/** @typedef {{ name: NonNullable<unknown>, value: NonNullable<unknown> }} Err_Balance_NeighboursInputs */
/** @typedef {{}} Err_Balance_Neighbours_HintInputs */
/** @typedef {{ row: NonNullable<unknown>, feature: NonNullable<unknown> }} Err_Balance_Not_FiniteInputs */
/** @typedef {{}} Err_Balance_Not_Finite_HintInputs */
/** @typedef {{}} Err_Balance_Ratio_HintInputs */
/** @typedef {{ ratio: NonNullable<unknown>, count: NonNullable<unknown>, reference: NonNullable<unknown> }} Err_Balance_Ratio_No_RowsInputs */
/** @typedef {{ ratio: NonNullable<unknown> }} Err_Balance_Ratio_RangeInputs */
/** @typedef {{}} Err_Balance_Ratio_Range_HintInputs */
/** @typedef {{ ratio: NonNullable<unknown>, count: NonNullable<unknown> }} Err_Balance_Ratio_Too_FewInputs */
/** @typedef {{}} Err_Balance_Smote_Nc_Hint_CategoricalInputs */
/** @typedef {{}} Err_Balance_Smote_Nc_Hint_NumericInputs */
/** @typedef {{ numeric: NonNullable<unknown>, categorical: NonNullable<unknown> }} Err_Balance_Smote_Nc_KindsInputs */
/** @typedef {{ method: NonNullable<unknown>, width: NonNullable<unknown> }} Err_Balance_Text_FeaturesInputs */
/** @typedef {{}} Err_Balance_Text_Features_HintInputs */
/** @typedef {{ method: NonNullable<unknown> }} Err_Balance_Unknown_MethodInputs */
/** @typedef {{}} Err_Balance_Weights_EmptyInputs */
/** @typedef {{}} Err_Balance_Weights_Empty_HintInputs */
/** @typedef {{}} Err_Balance_Where_MethodInputs */
/** @typedef {{ index: NonNullable<unknown>, description: NonNullable<unknown>, weight: NonNullable<unknown> }} Err_Blend_Bad_WeightInputs */
/** @typedef {{}} Err_Blend_HintInputs */
/** @typedef {{ max: NonNullable<unknown>, count: NonNullable<unknown> }} Err_Blend_Member_CountInputs */
/** @typedef {{ index: NonNullable<unknown>, description: NonNullable<unknown>, seed: NonNullable<unknown>, lead: NonNullable<unknown> }} Err_Blend_Other_SeedInputs */
/** @typedef {{ index: NonNullable<unknown>, description: NonNullable<unknown>, split: NonNullable<unknown>, lead: NonNullable<unknown> }} Err_Blend_Other_SplitInputs */
/** @typedef {{ index: NonNullable<unknown>, description: NonNullable<unknown>, target: NonNullable<unknown>, lead: NonNullable<unknown> }} Err_Blend_Other_TargetInputs */
/** @typedef {{ name: NonNullable<unknown>, count: NonNullable<unknown>, levels: NonNullable<unknown> }} Err_Boolean_LevelsInputs */
/** @typedef {{}} Err_Boolean_Levels_HintInputs */
/** @typedef {{}} Err_Bundle_Choose_Json_HintInputs */
/** @typedef {{ error: NonNullable<unknown> }} Err_Bundle_Could_Not_ReadInputs */
/** @typedef {{}} Err_Bundle_Download_Again_HintInputs */
/** @typedef {{}} Err_Bundle_EmptyInputs */
/** @typedef {{ path: NonNullable<unknown> }} Err_Bundle_Field_MissingInputs */
/** @typedef {{}} Err_Bundle_HintInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Bundle_Model_RemovedInputs */
/** @typedef {{}} Err_Bundle_Model_Removed_HintInputs */
/** @typedef {{ path: NonNullable<unknown> }} Err_Bundle_Must_AscendingInputs */
/** @typedef {{ path: NonNullable<unknown> }} Err_Bundle_Must_Batch_Input_ShapeInputs */
/** @typedef {{ path: NonNullable<unknown>, format: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Blend_FormatInputs */
/** @typedef {{ path: NonNullable<unknown>, version: NonNullable<unknown> }} Err_Bundle_Must_Blend_VersionInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_BooleanInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_DateInputs */
/** @typedef {{ path: NonNullable<unknown> }} Err_Bundle_Must_Dense_LayerInputs */
/** @typedef {{ path: NonNullable<unknown>, width: NonNullable<unknown> }} Err_Bundle_Must_Dense_WidthInputs */
/** @typedef {{ path: NonNullable<unknown>, count: NonNullable<unknown> }} Err_Bundle_Must_Feature_NamesInputs */
/** @typedef {{ path: NonNullable<unknown> }} Err_Bundle_Must_First_InboundInputs */
/** @typedef {{ path: NonNullable<unknown>, count: NonNullable<unknown> }} Err_Bundle_Must_Idf_CountInputs */
/** @typedef {{ path: NonNullable<unknown>, name: NonNullable<unknown> }} Err_Bundle_Must_InboundInputs */
/** @typedef {{ path: NonNullable<unknown> }} Err_Bundle_Must_Input_Layer_FirstInputs */
/** @typedef {{ path: NonNullable<unknown>, count: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Input_WidthInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_LabelsInputs */
/** @typedef {{ path: NonNullable<unknown>, index: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Labels_EntryInputs */
/** @typedef {{ path: NonNullable<unknown>, label: NonNullable<unknown> }} Err_Bundle_Must_Labels_UniqueInputs */
/** @typedef {{ path: NonNullable<unknown> }} Err_Bundle_Must_LayersInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_ListInputs */
/** @typedef {{ path: NonNullable<unknown>, max: NonNullable<unknown>, count: NonNullable<unknown> }} Err_Bundle_Must_Member_CountInputs */
/** @typedef {{ path: NonNullable<unknown>, kind: NonNullable<unknown>, name: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Member_KindInputs */
/** @typedef {{ path: NonNullable<unknown>, format: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Model_FormatInputs */
/** @typedef {{ path: NonNullable<unknown>, format: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Model_Format_NestedInputs */
/** @typedef {{ path: NonNullable<unknown> }} Err_Bundle_Must_No_QuantizationInputs */
/** @typedef {{ path: NonNullable<unknown>, target: NonNullable<unknown> }} Err_Bundle_Must_No_Target_InputInputs */
/** @typedef {{ path: NonNullable<unknown> }} Err_Bundle_Must_Nonempty_TextInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_NumberInputs */
/** @typedef {{ path: NonNullable<unknown>, min: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Number_MinInputs */
/** @typedef {{ path: NonNullable<unknown>, min: NonNullable<unknown>, max: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Number_RangeInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_ObjectInputs */
/** @typedef {{ path: NonNullable<unknown>, allowed: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_One_OfInputs */
/** @typedef {{ path: NonNullable<unknown>, count: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Output_UnitsInputs */
/** @typedef {{ path: NonNullable<unknown> }} Err_Bundle_Must_PercentilesInputs */
/** @typedef {{ path: NonNullable<unknown>, name: NonNullable<unknown> }} Err_Bundle_Must_Plain_ChainInputs */
/** @typedef {{ path: NonNullable<unknown>, weight: NonNullable<unknown> }} Err_Bundle_Must_Positive_WeightInputs */
/** @typedef {{ path: NonNullable<unknown>, column: NonNullable<unknown> }} Err_Bundle_Must_Recipe_InputInputs */
/** @typedef {{ path: NonNullable<unknown>, name: NonNullable<unknown> }} Err_Bundle_Must_Schema_ColumnInputs */
/** @typedef {{ path: NonNullable<unknown>, name: NonNullable<unknown> }} Err_Bundle_Must_Schema_IncludesInputs */
/** @typedef {{ path: NonNullable<unknown>, kind: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Schema_KindInputs */
/** @typedef {{ path: NonNullable<unknown>, count: NonNullable<unknown> }} Err_Bundle_Must_SharesInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_SoftmaxInputs */
/** @typedef {{ path: NonNullable<unknown>, count: NonNullable<unknown> }} Err_Bundle_Must_Term_NamesInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_TextInputs */
/** @typedef {{ path: NonNullable<unknown>, count: NonNullable<unknown> }} Err_Bundle_Must_Threshold_AbsentInputs */
/** @typedef {{ path: NonNullable<unknown>, version: NonNullable<unknown> }} Err_Bundle_Must_Tree_VersionInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Trial_IdInputs */
/** @typedef {{ path: NonNullable<unknown>, name: NonNullable<unknown> }} Err_Bundle_Must_Unique_ColumnInputs */
/** @typedef {{ path: NonNullable<unknown>, bytes: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Weight_BytesInputs */
/** @typedef {{ path: NonNullable<unknown>, want: NonNullable<unknown>, weight: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Weight_ShapeInputs */
/** @typedef {{ path: NonNullable<unknown>, count: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Weight_SpecsInputs */
/** @typedef {{ path: NonNullable<unknown>, total: NonNullable<unknown> }} Err_Bundle_Must_Weights_SumInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_WholeInputs */
/** @typedef {{ path: NonNullable<unknown>, min: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Whole_MinInputs */
/** @typedef {{ path: NonNullable<unknown>, min: NonNullable<unknown>, max: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Bundle_Must_Whole_RangeInputs */
/** @typedef {{ version: NonNullable<unknown>, max: NonNullable<unknown> }} Err_Bundle_NewerInputs */
/** @typedef {{}} Err_Bundle_Newer_HintInputs */
/** @typedef {{ path: NonNullable<unknown> }} Err_Bundle_Not_Base64Inputs */
/** @typedef {{ line: NonNullable<unknown>, column: NonNullable<unknown> }} Err_Bundle_Not_JsonInputs */
/** @typedef {{}} Err_Bundle_Not_Json_HintInputs */
/** @typedef {{ found: NonNullable<unknown> }} Err_Bundle_Not_ObjectInputs */
/** @typedef {{ path: NonNullable<unknown> }} Err_Bundle_Positive_MissingInputs */
/** @typedef {{ name: NonNullable<unknown>, status: NonNullable<unknown> }} Err_Bundle_Run_No_ModelInputs */
/** @typedef {{}} Err_Bundle_Run_No_Model_HintInputs */
/** @typedef {{ error: NonNullable<unknown> }} Err_Bundle_Unusable_ModelInputs */
/** @typedef {{ error: NonNullable<unknown> }} Err_Bundle_Unusable_RecipeInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown>, format: NonNullable<unknown> }} Err_Bundle_Wrong_FormatInputs */
/** @typedef {{}} Err_CancelledInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Column_No_ValuesInputs */
/** @typedef {{}} Err_Column_No_Values_Boolean_HintInputs */
/** @typedef {{}} Err_Column_No_Values_Impute_HintInputs */
/** @typedef {{}} Err_Column_No_Values_Levels_HintInputs */
/** @typedef {{ file: NonNullable<unknown> }} Err_Csv_Binary_GzipInputs */
/** @typedef {{ file: NonNullable<unknown> }} Err_Csv_Binary_JpegInputs */
/** @typedef {{ file: NonNullable<unknown> }} Err_Csv_Binary_NulInputs */
/** @typedef {{}} Err_Csv_Binary_Nul_HintInputs */
/** @typedef {{ file: NonNullable<unknown> }} Err_Csv_Binary_PdfInputs */
/** @typedef {{ file: NonNullable<unknown> }} Err_Csv_Binary_PngInputs */
/** @typedef {{ file: NonNullable<unknown> }} Err_Csv_Binary_XlsInputs */
/** @typedef {{ file: NonNullable<unknown> }} Err_Csv_Binary_XlsxInputs */
/** @typedef {{ file: NonNullable<unknown> }} Err_Csv_Binary_ZipInputs */
/** @typedef {{}} Err_Csv_Choose_Csv_HintInputs */
/** @typedef {{ file: NonNullable<unknown> }} Err_Csv_EmptyInputs */
/** @typedef {{}} Err_Csv_Empty_HintInputs */
/** @typedef {{}} Err_Csv_Gzip_HintInputs */
/** @typedef {{ file: NonNullable<unknown>, byte: NonNullable<unknown> }} Err_Csv_Mixed_EncodingInputs */
/** @typedef {{}} Err_Csv_Mixed_Encoding_HintInputs */
/** @typedef {{ file: NonNullable<unknown> }} Err_Csv_No_RowsInputs */
/** @typedef {{}} Err_Csv_No_Rows_HintInputs */
/** @typedef {{ row: NonNullable<unknown>, file: NonNullable<unknown>, column: NonNullable<unknown> }} Err_Csv_QuotesInputs */
/** @typedef {{ file: NonNullable<unknown>, column: NonNullable<unknown> }} Err_Csv_Quotes_HeaderInputs */
/** @typedef {{}} Err_Csv_Quotes_Header_HintInputs */
/** @typedef {{ file: NonNullable<unknown>, column: NonNullable<unknown>, more: NonNullable<unknown>, lines: NonNullable<unknown> }} Err_Csv_Quotes_Header_MoreInputs */
/** @typedef {{ file: NonNullable<unknown>, column: NonNullable<unknown>, lines: NonNullable<unknown> }} Err_Csv_Quotes_Header_More_OneInputs */
/** @typedef {{ file: NonNullable<unknown>, column: NonNullable<unknown>, name: NonNullable<unknown> }} Err_Csv_Quotes_Header_NamedInputs */
/** @typedef {{ file: NonNullable<unknown>, column: NonNullable<unknown>, name: NonNullable<unknown>, more: NonNullable<unknown>, lines: NonNullable<unknown> }} Err_Csv_Quotes_Header_Named_MoreInputs */
/** @typedef {{ file: NonNullable<unknown>, column: NonNullable<unknown>, name: NonNullable<unknown>, lines: NonNullable<unknown> }} Err_Csv_Quotes_Header_Named_More_OneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Err_Csv_Quotes_Hint_OneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Err_Csv_Quotes_Hint_OtherInputs */
/** @typedef {{ row: NonNullable<unknown>, file: NonNullable<unknown>, column: NonNullable<unknown>, more: NonNullable<unknown>, lines: NonNullable<unknown> }} Err_Csv_Quotes_MoreInputs */
/** @typedef {{ row: NonNullable<unknown>, file: NonNullable<unknown>, column: NonNullable<unknown>, lines: NonNullable<unknown> }} Err_Csv_Quotes_More_OneInputs */
/** @typedef {{ row: NonNullable<unknown>, file: NonNullable<unknown>, column: NonNullable<unknown>, name: NonNullable<unknown> }} Err_Csv_Quotes_NamedInputs */
/** @typedef {{ row: NonNullable<unknown>, file: NonNullable<unknown>, column: NonNullable<unknown>, name: NonNullable<unknown>, more: NonNullable<unknown>, lines: NonNullable<unknown> }} Err_Csv_Quotes_Named_MoreInputs */
/** @typedef {{ row: NonNullable<unknown>, file: NonNullable<unknown>, column: NonNullable<unknown>, name: NonNullable<unknown>, lines: NonNullable<unknown> }} Err_Csv_Quotes_Named_More_OneInputs */
/** @typedef {{ row: NonNullable<unknown>, file: NonNullable<unknown>, fields: NonNullable<unknown>, expected: NonNullable<unknown> }} Err_Csv_RaggedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Err_Csv_Ragged_Hint_Bar_OneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Err_Csv_Ragged_Hint_Bar_OtherInputs */
/** @typedef {{ count: NonNullable<unknown> }} Err_Csv_Ragged_Hint_Comma_OneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Err_Csv_Ragged_Hint_Comma_OtherInputs */
/** @typedef {{ count: NonNullable<unknown> }} Err_Csv_Ragged_Hint_Semicolon_OneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Err_Csv_Ragged_Hint_Semicolon_OtherInputs */
/** @typedef {{ count: NonNullable<unknown> }} Err_Csv_Ragged_Hint_Tab_OneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Err_Csv_Ragged_Hint_Tab_OtherInputs */
/** @typedef {{ row: NonNullable<unknown>, file: NonNullable<unknown>, fields: NonNullable<unknown>, expected: NonNullable<unknown>, more: NonNullable<unknown>, lines: NonNullable<unknown> }} Err_Csv_Ragged_MoreInputs */
/** @typedef {{ row: NonNullable<unknown>, file: NonNullable<unknown>, fields: NonNullable<unknown>, expected: NonNullable<unknown>, lines: NonNullable<unknown> }} Err_Csv_Ragged_More_OneInputs */
/** @typedef {{}} Err_Csv_Sheet_HintInputs */
/** @typedef {{ file: NonNullable<unknown>, header: NonNullable<unknown> }} Err_Csv_Single_ColumnInputs */
/** @typedef {{}} Err_Csv_Single_Column_HintInputs */
/** @typedef {{ file: NonNullable<unknown>, size: NonNullable<unknown>, max: NonNullable<unknown> }} Err_Csv_Too_LargeInputs */
/** @typedef {{}} Err_Csv_Too_Large_HintInputs */
/** @typedef {{ file: NonNullable<unknown> }} Err_Csv_Unclosed_QuoteInputs */
/** @typedef {{}} Err_Csv_Unclosed_Quote_HintInputs */
/** @typedef {{}} Err_Custom_Model_Credentials_HintInputs */
/** @typedef {{}} Err_Custom_Model_Https_HintInputs */
/** @typedef {{}} Err_Custom_Model_Invalid_HintInputs */
/** @typedef {{}} Err_Custom_Model_Lib_CredentialsInputs */
/** @typedef {{}} Err_Custom_Model_Lib_HttpsInputs */
/** @typedef {{}} Err_Custom_Model_Lib_InvalidInputs */
/** @typedef {{}} Err_Custom_Model_Not_WasmInputs */
/** @typedef {{}} Err_Custom_Model_Not_Wasm_HintInputs */
/** @typedef {{}} Err_Custom_Model_Url_CredentialsInputs */
/** @typedef {{}} Err_Custom_Model_Url_HttpsInputs */
/** @typedef {{}} Err_Custom_Model_Url_InvalidInputs */
/** @typedef {{}} Err_Custom_Model_Where_LibInputs */
/** @typedef {{}} Err_Custom_Model_Where_UrlInputs */
/** @typedef {{ elapsed: NonNullable<unknown>, k: NonNullable<unknown>, projected: NonNullable<unknown>, left: NonNullable<unknown> }} Err_Cv_Over_Budget_FirstInputs */
/** @typedef {{}} Err_Cv_Over_Budget_HintInputs */
/** @typedef {{ done: NonNullable<unknown>, elapsed: NonNullable<unknown>, k: NonNullable<unknown>, projected: NonNullable<unknown>, left: NonNullable<unknown> }} Err_Cv_Over_Budget_ManyInputs */
/** @typedef {{ metric: NonNullable<unknown>, score: NonNullable<unknown>, bar: NonNullable<unknown> }} Err_Cv_Pruned_FirstInputs */
/** @typedef {{}} Err_Cv_Pruned_HintInputs */
/** @typedef {{ done: NonNullable<unknown>, metric: NonNullable<unknown>, score: NonNullable<unknown>, bar: NonNullable<unknown> }} Err_Cv_Pruned_ManyInputs */
/** @typedef {{}} Err_Dataset_Not_FoundInputs */
/** @typedef {{}} Err_Dataset_Not_Found_HintInputs */
/** @typedef {{}} Err_Engine_Device_LostInputs */
/** @typedef {{}} Err_Engine_Device_Lost_HintInputs */
/** @typedef {{ model: NonNullable<unknown> }} Err_Engine_Host_DownInputs */
/** @typedef {{}} Err_Engine_Host_Down_HintInputs */
/** @typedef {{ model: NonNullable<unknown> }} Err_Engine_Host_ErrorInputs */
/** @typedef {{}} Err_Engine_Host_Error_HintInputs */
/** @typedef {{ model: NonNullable<unknown> }} Err_Engine_No_F16Inputs */
/** @typedef {{}} Err_Engine_No_F16_HintInputs */
/** @typedef {{ model: NonNullable<unknown> }} Err_Engine_No_FeatureInputs */
/** @typedef {{}} Err_Engine_No_Feature_HintInputs */
/** @typedef {{}} Err_Engine_No_WebgpuInputs */
/** @typedef {{}} Err_Engine_No_Webgpu_HintInputs */
/** @typedef {{ model: NonNullable<unknown> }} Err_Engine_OomInputs */
/** @typedef {{}} Err_Engine_Oom_HintInputs */
/** @typedef {{ bins: NonNullable<unknown> }} Err_Eval_Calibration_BinsInputs */
/** @typedef {{}} Err_Eval_Calibration_Bins_HintInputs */
/** @typedef {{ row: NonNullable<unknown>, p: NonNullable<unknown> }} Err_Eval_Calibration_RangeInputs */
/** @typedef {{}} Err_Eval_Calibration_Range_HintInputs */
/** @typedef {{ row: NonNullable<unknown>, index: NonNullable<unknown>, max: NonNullable<unknown> }} Err_Eval_Class_IndexInputs */
/** @typedef {{}} Err_Eval_Class_Index_HintInputs */
/** @typedef {{ row: NonNullable<unknown>, max: NonNullable<unknown> }} Err_Eval_Confusion_IndexInputs */
/** @typedef {{}} Err_Eval_Confusion_Index_HintInputs */
/** @typedef {{ labels: NonNullable<unknown>, predictions: NonNullable<unknown> }} Err_Eval_Confusion_LengthInputs */
/** @typedef {{}} Err_Eval_Confusion_Length_HintInputs */
/** @typedef {{ fp: NonNullable<unknown>, fn: NonNullable<unknown> }} Err_Eval_CostsInputs */
/** @typedef {{}} Err_Eval_Costs_HintInputs */
/** @typedef {{ value: NonNullable<unknown> }} Err_Eval_Fixed_ThresholdInputs */
/** @typedef {{}} Err_Eval_Fixed_Threshold_HintInputs */
/** @typedef {{ row: NonNullable<unknown>, label: NonNullable<unknown> }} Err_Eval_Label_Not_BinaryInputs */
/** @typedef {{}} Err_Eval_Label_Not_Binary_HintInputs */
/** @typedef {{ scores: NonNullable<unknown>, labels: NonNullable<unknown> }} Err_Eval_Length_MismatchInputs */
/** @typedef {{}} Err_Eval_Length_Mismatch_HintInputs */
/** @typedef {{}} Err_Eval_No_RowsInputs */
/** @typedef {{}} Err_Eval_No_Rows_HintInputs */
/** @typedef {{ row: NonNullable<unknown>, score: NonNullable<unknown> }} Err_Eval_Non_Finite_ScoreInputs */
/** @typedef {{}} Err_Eval_Non_Finite_Score_HintInputs */
/** @typedef {{ index: NonNullable<unknown> }} Err_Eval_Positive_IndexInputs */
/** @typedef {{}} Err_Eval_Positive_Index_HintInputs */
/** @typedef {{ row: NonNullable<unknown>, p: NonNullable<unknown>, index: NonNullable<unknown> }} Err_Eval_Proba_RangeInputs */
/** @typedef {{}} Err_Eval_Proba_Range_HintInputs */
/** @typedef {{ values: NonNullable<unknown>, rows: NonNullable<unknown>, classes: NonNullable<unknown> }} Err_Eval_Proba_ShapeInputs */
/** @typedef {{}} Err_Eval_Proba_Shape_HintInputs */
/** @typedef {{ value: NonNullable<unknown> }} Err_Eval_Threshold_NanInputs */
/** @typedef {{}} Err_Eval_Threshold_Nan_HintInputs */
/** @typedef {{ count: NonNullable<unknown> }} Err_Eval_Two_ClassesInputs */
/** @typedef {{}} Err_Eval_Two_Classes_HintInputs */
/** @typedef {{ min: NonNullable<unknown>, max: NonNullable<unknown> }} Err_Folds_Bad_KInputs */
/** @typedef {{}} Err_Folds_Bad_K_HintInputs */
/** @typedef {{ name: NonNullable<unknown>, count: NonNullable<unknown>, k: NonNullable<unknown> }} Err_Folds_Class_Too_SmallInputs */
/** @typedef {{}} Err_Folds_Class_Too_Small_HintInputs */
/** @typedef {{ path: NonNullable<unknown>, expected: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Gbdt_Damaged_Class_CountInputs */
/** @typedef {{ path: NonNullable<unknown>, expected: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Gbdt_Damaged_Feature_CountInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Gbdt_Damaged_FiniteInputs */
/** @typedef {{ path: NonNullable<unknown>, format: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Gbdt_Damaged_FormatInputs */
/** @typedef {{}} Err_Gbdt_Damaged_HintInputs */
/** @typedef {{ path: NonNullable<unknown>, other: NonNullable<unknown>, node: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Gbdt_Damaged_LeafInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Gbdt_Damaged_ListInputs */
/** @typedef {{ path: NonNullable<unknown>, length: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Gbdt_Damaged_List_LengthInputs */
/** @typedef {{ path: NonNullable<unknown> }} Err_Gbdt_Damaged_No_NodesInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Gbdt_Damaged_NonnegativeInputs */
/** @typedef {{ path: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Gbdt_Damaged_ObjectInputs */
/** @typedef {{ path: NonNullable<unknown>, node: NonNullable<unknown> }} Err_Gbdt_Damaged_Reached_TwiceInputs */
/** @typedef {{ path: NonNullable<unknown>, outputs: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Gbdt_Damaged_TreesInputs */
/** @typedef {{ path: NonNullable<unknown>, node: NonNullable<unknown> }} Err_Gbdt_Damaged_UnreachedInputs */
/** @typedef {{ path: NonNullable<unknown>, min: NonNullable<unknown>, max: NonNullable<unknown>, found: NonNullable<unknown> }} Err_Gbdt_Damaged_WholeInputs */
/** @typedef {{ iteration: NonNullable<unknown> }} Err_Gbdt_DivergedInputs */
/** @typedef {{}} Err_Gbdt_Diverged_HintInputs */
/** @typedef {{}} Err_Gbdt_Empty_TrainInputs */
/** @typedef {{}} Err_Gbdt_Empty_Train_HintInputs */
/** @typedef {{ expected: NonNullable<unknown>, got: NonNullable<unknown> }} Err_Gbdt_Feature_CountInputs */
/** @typedef {{ version: NonNullable<unknown> }} Err_Gbdt_NewerInputs */
/** @typedef {{}} Err_Gbdt_Newer_HintInputs */
/** @typedef {{ feature: NonNullable<unknown> }} Err_Gbdt_Value_Too_LargeInputs */
/** @typedef {{}} Err_Gbdt_Value_Too_Large_HintInputs */
/** @typedef {{ row: NonNullable<unknown> }} Err_Gbdt_Where_Training_RowInputs */
/** @typedef {{ row: NonNullable<unknown> }} Err_Gbdt_Where_Validation_RowInputs */
/** @typedef {{}} Err_Gbdt_Zero_WeightsInputs */
/** @typedef {{}} Err_Gbdt_Zero_Weights_HintInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Importance_Unknown_ColumnInputs */
/** @typedef {{}} Err_Importance_WhereInputs */
/** @typedef {{}} Err_Impute_Constant_HintInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Impute_Constant_Not_NumberInputs */
/** @typedef {{ error: NonNullable<unknown> }} Err_InternalInputs */
/** @typedef {{}} Err_Internal_HintInputs */
/** @typedef {{}} Err_Llm_CancelledInputs */
/** @typedef {{ descriptions: NonNullable<unknown>, rows: NonNullable<unknown> }} Err_Llm_Description_CountInputs */
/** @typedef {{}} Err_Matrix_Different_FeaturesInputs */
/** @typedef {{ field: NonNullable<unknown> }} Err_Model_Setting_Class_WeightsInputs */
/** @typedef {{ field: NonNullable<unknown> }} Err_Model_Setting_DropoutInputs */
/** @typedef {{ field: NonNullable<unknown> }} Err_Model_Setting_Hidden_UnitsInputs */
/** @typedef {{}} Err_Model_Setting_HintInputs */
/** @typedef {{ field: NonNullable<unknown> }} Err_Model_Setting_L2Inputs */
/** @typedef {{ field: NonNullable<unknown> }} Err_Model_Setting_LayersInputs */
/** @typedef {{ field: NonNullable<unknown> }} Err_Model_Setting_Learning_RateInputs */
/** @typedef {{ field: NonNullable<unknown> }} Err_Model_Setting_Max_DepthInputs */
/** @typedef {{ field: NonNullable<unknown> }} Err_Model_Setting_Min_LeafInputs */
/** @typedef {{ field: NonNullable<unknown> }} Err_Model_Setting_ObjectInputs */
/** @typedef {{ field: NonNullable<unknown>, choices: NonNullable<unknown> }} Err_Model_Setting_One_OfInputs */
/** @typedef {{ field: NonNullable<unknown> }} Err_Model_Setting_Solver_FamilyInputs */
/** @typedef {{ field: NonNullable<unknown> }} Err_Model_Setting_TreesInputs */
/** @typedef {{ field: NonNullable<unknown>, min: NonNullable<unknown>, max: NonNullable<unknown> }} Err_Model_Setting_Whole_RangeInputs */
/** @typedef {{}} Err_No_FeaturesInputs */
/** @typedef {{}} Err_No_Features_HintInputs */
/** @typedef {{ columns: NonNullable<unknown> }} Err_Predict_Missing_ColumnInputs */
/** @typedef {{ count: NonNullable<unknown>, columns: NonNullable<unknown> }} Err_Predict_Missing_ColumnsInputs */
/** @typedef {{}} Err_Predict_Missing_HintInputs */
/** @typedef {{ columns: NonNullable<unknown> }} Err_Predict_Wrong_KindInputs */
/** @typedef {{}} Err_Predict_Wrong_Kind_HintInputs */
/** @typedef {{ name: NonNullable<unknown>, example: NonNullable<unknown> }} Err_Predict_Wrong_Kind_OneInputs */
/** @typedef {{}} Err_Prompt_EmptyInputs */
/** @typedef {{}} Err_Prompt_Empty_HintInputs */
/** @typedef {{}} Err_Prompt_Few_LabelsInputs */
/** @typedef {{}} Err_Prompt_Few_Labels_HintInputs */
/** @typedef {{ label: NonNullable<unknown> }} Err_Prompt_Long_LabelInputs */
/** @typedef {{}} Err_Prompt_Long_Label_HintInputs */
/** @typedef {{ placeholders: NonNullable<unknown> }} Err_Prompt_Unknown_ColumnsInputs */
/** @typedef {{ columns: NonNullable<unknown> }} Err_Prompt_Use_Columns_HintInputs */
/** @typedef {{}} Err_Prompt_WhereInputs */
/** @typedef {{}} Err_Prompt_Where_LabelsInputs */
/** @typedef {{}} Err_Reasons_No_CoversInputs */
/** @typedef {{}} Err_Reasons_No_Covers_HintInputs */
/** @typedef {{}} Err_Reasons_UnavailableInputs */
/** @typedef {{}} Err_Reasons_Unavailable_HintInputs */
/** @typedef {{ columns: NonNullable<unknown> }} Err_Recipe_Lacks_ColumnInputs */
/** @typedef {{ columns: NonNullable<unknown> }} Err_Recipe_Lacks_ColumnsInputs */
/** @typedef {{}} Err_Recipe_Lacks_HintInputs */
/** @typedef {{ id: NonNullable<unknown> }} Err_Runs_Db_GoneInputs */
/** @typedef {{}} Err_Runs_Db_InterruptedInputs */
/** @typedef {{}} Err_Runs_Db_Interrupted_HintInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Runs_Db_No_Model_CancelledInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Runs_Db_No_Model_DoneInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Runs_Db_No_Model_FailedInputs */
/** @typedef {{}} Err_Runs_Db_No_Model_HintInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Runs_Db_No_Model_InterruptedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Runs_Db_No_Model_RunningInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Runs_Db_Where_RunInputs */
/** @typedef {{ file: NonNullable<unknown>, index: NonNullable<unknown> }} Err_Runs_Import_Done_No_ResultInputs */
/** @typedef {{}} Err_Runs_Import_HintInputs */
/** @typedef {{ file: NonNullable<unknown>, index: NonNullable<unknown>, field: NonNullable<unknown> }} Err_Runs_Import_Missing_FieldInputs */
/** @typedef {{ file: NonNullable<unknown>, version: NonNullable<unknown>, supported: NonNullable<unknown> }} Err_Runs_Import_NewerInputs */
/** @typedef {{ file: NonNullable<unknown> }} Err_Runs_Import_No_RunsInputs */
/** @typedef {{ file: NonNullable<unknown> }} Err_Runs_Import_Not_JsonInputs */
/** @typedef {{ file: NonNullable<unknown>, index: NonNullable<unknown> }} Err_Runs_Import_Not_ObjectInputs */
/** @typedef {{ file: NonNullable<unknown>, index: NonNullable<unknown>, field: NonNullable<unknown> }} Err_Runs_Import_Where_FieldInputs */
/** @typedef {{ file: NonNullable<unknown>, index: NonNullable<unknown> }} Err_Runs_Import_Where_RunInputs */
/** @typedef {{ file: NonNullable<unknown>, format: NonNullable<unknown> }} Err_Runs_Import_Wrong_FormatInputs */
/** @typedef {{}} Err_Runs_Import_Wrong_Format_HintInputs */
/** @typedef {{}} Err_Search_CancelledInputs */
/** @typedef {{}} Err_Search_Out_Of_TimeInputs */
/** @typedef {{ choices: NonNullable<unknown> }} Err_Settings_Choose_One_OfInputs */
/** @typedef {{}} Err_Settings_No_TargetInputs */
/** @typedef {{}} Err_Settings_No_Target_HintInputs */
/** @typedef {{ label: NonNullable<unknown>, name: NonNullable<unknown> }} Err_Signal_Positive_Not_ClassInputs */
/** @typedef {{ labels: NonNullable<unknown> }} Err_Signal_Positive_Not_Class_HintInputs */
/** @typedef {{}} Err_Signal_Single_Class_HintInputs */
/** @typedef {{ name: NonNullable<unknown>, count: NonNullable<unknown> }} Err_Signal_Too_Many_ClassesInputs */
/** @typedef {{ max: NonNullable<unknown> }} Err_Signal_Too_Many_Classes_HintInputs */
/** @typedef {{ iteration: NonNullable<unknown> }} Err_Solver_DivergedInputs */
/** @typedef {{}} Err_Solver_Diverged_HintInputs */
/** @typedef {{ feature: NonNullable<unknown>, name: NonNullable<unknown> }} Err_Spec_Column_MissingInputs */
/** @typedef {{}} Err_Spec_Column_Missing_HintInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Spec_Name_TakenInputs */
/** @typedef {{}} Err_Spec_Name_Taken_HintInputs */
/** @typedef {{ feature: NonNullable<unknown>, name: NonNullable<unknown>, actual: NonNullable<unknown> }} Err_Spec_Needs_DateInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Spec_Needs_Date_HintInputs */
/** @typedef {{ feature: NonNullable<unknown>, name: NonNullable<unknown>, actual: NonNullable<unknown> }} Err_Spec_Needs_NumericInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Spec_Needs_Numeric_HintInputs */
/** @typedef {{}} Err_Spec_No_NameInputs */
/** @typedef {{}} Err_Spec_No_Name_HintInputs */
/** @typedef {{ name: NonNullable<unknown>, op: NonNullable<unknown> }} Err_Spec_Unknown_OpInputs */
/** @typedef {{}} Err_Spec_Unknown_Op_HintInputs */
/** @typedef {{ name: NonNullable<unknown>, value: NonNullable<unknown> }} Err_Split_All_TestInputs */
/** @typedef {{}} Err_Split_All_Test_HintInputs */
/** @typedef {{}} Err_Split_Bad_SharesInputs */
/** @typedef {{}} Err_Split_Bad_Shares_HintInputs */
/** @typedef {{ value: NonNullable<unknown> }} Err_Split_Bad_Test_Column_ArgInputs */
/** @typedef {{}} Err_Split_Bad_Test_Column_Arg_HintInputs */
/** @typedef {{ label: NonNullable<unknown> }} Err_Split_Class_Not_In_TestInputs */
/** @typedef {{ label: NonNullable<unknown> }} Err_Split_Class_Not_In_Test_HintInputs */
/** @typedef {{ label: NonNullable<unknown> }} Err_Split_Class_Too_Small_HintInputs */
/** @typedef {{ label: NonNullable<unknown>, count: NonNullable<unknown> }} Err_Split_Class_Too_Small_OneInputs */
/** @typedef {{ label: NonNullable<unknown>, count: NonNullable<unknown> }} Err_Split_Class_Too_Small_OtherInputs */
/** @typedef {{ name: NonNullable<unknown>, value: NonNullable<unknown> }} Err_Split_No_Test_RowsInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Split_No_Test_Rows_Hint_EmptyInputs */
/** @typedef {{ name: NonNullable<unknown>, values: NonNullable<unknown> }} Err_Split_No_Test_Rows_Hint_ValuesInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Split_Target_MissingInputs */
/** @typedef {{}} Err_Split_Target_Missing_HintInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Split_Test_Column_Is_FeatureInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Split_Test_Column_Is_Feature_HintInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Split_Test_Column_Is_TargetInputs */
/** @typedef {{}} Err_Split_Test_Column_Is_Target_HintInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Split_Test_Column_MissingInputs */
/** @typedef {{}} Err_Split_Test_Column_Missing_HintInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Split_Test_Value_MissingInputs */
/** @typedef {{}} Err_Split_Test_Value_Missing_HintInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Split_Where_ClassInputs */
/** @typedef {{ name: NonNullable<unknown>, value: NonNullable<unknown> }} Err_Split_Where_Test_RowsInputs */
/** @typedef {{ error: NonNullable<unknown> }} Err_Storage_QuotaInputs */
/** @typedef {{}} Err_Storage_Quota_HintInputs */
/** @typedef {{ row: NonNullable<unknown>, code: NonNullable<unknown>, max: NonNullable<unknown> }} Err_Stratify_Bad_Class_CodeInputs */
/** @typedef {{}} Err_Stratify_Bad_FractionsInputs */
/** @typedef {{}} Err_Stratify_Bad_Fractions_HintInputs */
/** @typedef {{}} Err_Stratify_Class_Too_Small_HintInputs */
/** @typedef {{ name: NonNullable<unknown>, count: NonNullable<unknown> }} Err_Stratify_Class_Too_Small_OneInputs */
/** @typedef {{ name: NonNullable<unknown>, count: NonNullable<unknown> }} Err_Stratify_Class_Too_Small_OtherInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Target_No_ValuesInputs */
/** @typedef {{}} Err_Target_No_Values_HintInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Target_Not_ColumnInputs */
/** @typedef {{}} Err_Target_Not_Column_HintInputs */
/** @typedef {{ name: NonNullable<unknown>, label: NonNullable<unknown> }} Err_Target_Single_ClassInputs */
/** @typedef {{}} Err_Target_Single_Class_HintInputs */
/** @typedef {{ name: NonNullable<unknown>, count: NonNullable<unknown>, max: NonNullable<unknown> }} Err_Target_Too_Many_ClassesInputs */
/** @typedef {{}} Err_Target_Too_Many_Classes_HintInputs */
/** @typedef {{ name: NonNullable<unknown>, value: NonNullable<unknown> }} Err_Target_Unknown_ClassInputs */
/** @typedef {{ labels: NonNullable<unknown> }} Err_Target_Unknown_Class_HintInputs */
/** @typedef {{ value: NonNullable<unknown> }} Err_Tfidf_Max_DfInputs */
/** @typedef {{}} Err_Tfidf_Max_Df_HintInputs */
/** @typedef {{ value: NonNullable<unknown> }} Err_Tfidf_Max_FeaturesInputs */
/** @typedef {{}} Err_Tfidf_Max_Features_HintInputs */
/** @typedef {{ value: NonNullable<unknown> }} Err_Tfidf_Min_DfInputs */
/** @typedef {{}} Err_Tfidf_Min_Df_HintInputs */
/** @typedef {{ min: NonNullable<unknown>, max: NonNullable<unknown> }} Err_Tfidf_Ngram_RangeInputs */
/** @typedef {{}} Err_Tfidf_Ngram_Range_HintInputs */
/** @typedef {{ low: NonNullable<unknown>, high: NonNullable<unknown> }} Err_Tfidf_No_TermInputs */
/** @typedef {{}} Err_Tfidf_No_Term_HintInputs */
/** @typedef {{}} Err_Train_Bug_HintInputs */
/** @typedef {{ weights: NonNullable<unknown>, classes: NonNullable<unknown> }} Err_Train_Class_Weights_CountInputs */
/** @typedef {{}} Err_Train_Class_Weights_Count_HintInputs */
/** @typedef {{ epoch: NonNullable<unknown> }} Err_Train_DivergedInputs */
/** @typedef {{}} Err_Train_Diverged_HintInputs */
/** @typedef {{}} Err_Train_Empty_PartInputs */
/** @typedef {{}} Err_Train_Empty_Part_HintInputs */
/** @typedef {{ what: NonNullable<unknown> }} Err_Train_InternalInputs */
/** @typedef {{}} Err_Train_No_FeaturesInputs */
/** @typedef {{}} Err_Train_No_Features_HintInputs */
/** @typedef {{ count: NonNullable<unknown> }} Err_Train_Single_ClassInputs */
/** @typedef {{}} Err_Train_Single_Class_HintInputs */
/** @typedef {{ label: NonNullable<unknown> }} Err_Train_Unknown_PositiveInputs */
/** @typedef {{ rate: NonNullable<unknown> }} Err_Train_Where_Learning_RateInputs */
/** @typedef {{ train: NonNullable<unknown>, validation: NonNullable<unknown> }} Err_Train_Where_RowsInputs */
/** @typedef {{}} Err_Value_ListInputs */
/** @typedef {{}} Err_Value_NothingInputs */
/** @typedef {{}} Err_Value_ObjectInputs */
/** @typedef {{}} Err_Where_Balance_InputInputs */
/** @typedef {{}} Err_Where_Balance_RatioInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Where_Balance_SettingInputs */
/** @typedef {{ index: NonNullable<unknown> }} Err_Where_Categorical_ColumnInputs */
/** @typedef {{ index: NonNullable<unknown> }} Err_Where_ClassInputs */
/** @typedef {{}} Err_Where_Class_WeightsInputs */
/** @typedef {{ id: NonNullable<unknown> }} Err_Where_DatasetInputs */
/** @typedef {{ file: NonNullable<unknown>, byte: NonNullable<unknown> }} Err_Where_File_ByteInputs */
/** @typedef {{ file: NonNullable<unknown>, line: NonNullable<unknown> }} Err_Where_File_LineInputs */
/** @typedef {{ file: NonNullable<unknown>, line: NonNullable<unknown>, column: NonNullable<unknown> }} Err_Where_File_Line_ColumnInputs */
/** @typedef {{ line: NonNullable<unknown>, column: NonNullable<unknown>, position: NonNullable<unknown> }} Err_Where_Json_PositionInputs */
/** @typedef {{ row: NonNullable<unknown> }} Err_Where_RowInputs */
/** @typedef {{}} Err_Where_Rows_To_ScoreInputs */
/** @typedef {{ name: NonNullable<unknown> }} Err_Where_RunInputs */
/** @typedef {{}} Err_Where_Table_To_ScoreInputs */
/** @typedef {{}} Err_Where_Threshold_CostsInputs */
/** @typedef {{}} Err_Where_Whole_FileInputs */
/** @typedef {{ a: NonNullable<unknown>, b: NonNullable<unknown> }} Err_Where_WidthsInputs */
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
/** @typedef {{ count: NonNullable<unknown> }} Predict_Model_Blend_OneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Predict_Model_Blend_OtherInputs */
/** @typedef {{ count: NonNullable<unknown> }} Predict_Model_Gbdt_OneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Predict_Model_Gbdt_OtherInputs */
/** @typedef {{ labels: NonNullable<unknown> }} Predict_Model_Labels_WithInputs */
/** @typedef {{}} Predict_Model_LogisticInputs */
/** @typedef {{ description: NonNullable<unknown> }} Predict_Model_MemberInputs */
/** @typedef {{ layers: NonNullable<unknown> }} Predict_Model_MlpInputs */
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
/** @typedef {{ name: NonNullable<unknown> }} Predict_Source_FileInputs */
/** @typedef {{ name: NonNullable<unknown> }} Predict_Source_RunInputs */
/** @typedef {{}} Predict_Stored_LabelInputs */
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
/** @typedef {{}} Report_Fact_Final_FitInputs */
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
/** @typedef {{}} Runs_Balance_DownInputs */
/** @typedef {{ method: NonNullable<unknown> }} Runs_Balance_HeadingInputs */
/** @typedef {{}} Runs_Balance_LabelInputs */
/** @typedef {{}} Runs_Balance_Name_NoneInputs */
/** @typedef {{}} Runs_Balance_Name_OverInputs */
/** @typedef {{}} Runs_Balance_Name_UnderInputs */
/** @typedef {{}} Runs_Balance_Name_WeightsInputs */
/** @typedef {{ index: NonNullable<unknown>, rows: NonNullable<unknown>, name: NonNullable<unknown>, k: NonNullable<unknown>, reduced: NonNullable<unknown> }} Runs_Balance_Note_K_ReducedInputs */
/** @typedef {{ index: NonNullable<unknown> }} Runs_Balance_Note_No_BorderlineInputs */
/** @typedef {{ method: NonNullable<unknown> }} Runs_Balance_Note_One_HotInputs */
/** @typedef {{ ratio: NonNullable<unknown> }} Runs_Balance_Ratio_ValueInputs */
/** @typedef {{ balance: NonNullable<unknown> }} Runs_Balance_Training_OnlyInputs */
/** @typedef {{}} Runs_Balance_UpInputs */
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
/** @typedef {{}} Runs_Compare_NoneInputs */
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
/** @typedef {{ rows: NonNullable<unknown>, count: NonNullable<unknown> }} Runs_Final_Fit_EpochsInputs */
/** @typedef {{ rows: NonNullable<unknown>, count: NonNullable<unknown> }} Runs_Final_Fit_IterationsInputs */
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
/** @typedef {{ label: NonNullable<unknown> }} Runs_Metric_Note_Ap_ZeroInputs */
/** @typedef {{}} Runs_Metric_Note_KappaInputs */
/** @typedef {{ label: NonNullable<unknown> }} Runs_Metric_Note_Never_PredictedInputs */
/** @typedef {{ names: NonNullable<unknown> }} Runs_Metric_Note_Roc_Class_UndefinedInputs */
/** @typedef {{ label: NonNullable<unknown> }} Runs_Metric_Note_Roc_One_ClassInputs */
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
/** @typedef {{ rows: NonNullable<unknown>, train: NonNullable<unknown>, validation: NonNullable<unknown> }} Runs_Split_ChosenInputs */
/** @typedef {{ rows: NonNullable<unknown>, count: NonNullable<unknown>, train: NonNullable<unknown>, validation: NonNullable<unknown> }} Runs_Split_Chosen_OneInputs */
/** @typedef {{ rows: NonNullable<unknown>, count: NonNullable<unknown>, train: NonNullable<unknown>, validation: NonNullable<unknown> }} Runs_Split_Chosen_OtherInputs */
/** @typedef {{ column: NonNullable<unknown>, value: NonNullable<unknown> }} Runs_Split_Rows_WhereInputs */
/** @typedef {{ train: NonNullable<unknown>, validation: NonNullable<unknown>, test: NonNullable<unknown> }} Runs_Split_SharesInputs */
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
/** @typedef {{ name: NonNullable<unknown> }} Train_Backend_Reason_ForcedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Train_Backend_Reason_HardwareInputs */
/** @typedef {{}} Train_Backend_Reason_JsInputs */
/** @typedef {{ name: NonNullable<unknown>, why: NonNullable<unknown> }} Train_Backend_Reason_SkippedInputs */
/** @typedef {{}} Train_Backend_TitleInputs */
/** @typedef {{}} Train_Backend_Why_FallbackInputs */
/** @typedef {{ values: NonNullable<unknown> }} Train_Backend_Why_MatmulInputs */
/** @typedef {{}} Train_Backend_Why_No_AdapterInputs */
/** @typedef {{}} Train_Backend_Why_No_ContextInputs */
/** @typedef {{}} Train_Backend_Why_No_OffscreenInputs */
/** @typedef {{}} Train_Backend_Why_No_StartInputs */
/** @typedef {{}} Train_Backend_Why_No_WebgpuInputs */
/** @typedef {{}} Train_Backend_Why_Not_RegisteredInputs */
/** @typedef {{ renderer: NonNullable<unknown> }} Train_Backend_Why_SoftwareInputs */
/** @typedef {{ ms: NonNullable<unknown> }} Train_Backend_Why_Timeout_AdapterInputs */
/** @typedef {{ ms: NonNullable<unknown> }} Train_Backend_Why_Timeout_StartInputs */
/** @typedef {{ ms: NonNullable<unknown> }} Train_Backend_Why_Timeout_TestInputs */
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
/** @typedef {{ backend: NonNullable<unknown>, why: NonNullable<unknown> }} Train_Err_Backend_ForcedInputs */
/** @typedef {{}} Train_Err_Backend_Forced_HintInputs */
/** @typedef {{ reasons: NonNullable<unknown> }} Train_Err_Backend_NoneInputs */
/** @typedef {{}} Train_Err_Backend_None_HintInputs */
/** @typedef {{ backend: NonNullable<unknown> }} Train_Err_Backend_WhereInputs */
/** @typedef {{ problem: NonNullable<unknown> }} Train_Err_Search_SpaceInputs */
/** @typedef {{}} Train_Err_Search_Space_HintInputs */
/** @typedef {{ field: NonNullable<unknown> }} Train_Err_Search_Space_WhereInputs */
/** @typedef {{}} Train_EvaluationInputs */
/** @typedef {{}} Train_FamilyInputs */
/** @typedef {{}} Train_Family_GbdtInputs */
/** @typedef {{}} Train_Family_LogisticInputs */
/** @typedef {{}} Train_Family_Logistic_PlainInputs */
/** @typedef {{}} Train_Family_MlpInputs */
/** @typedef {{}} Train_Fill_MissingInputs */
/** @typedef {{}} Train_Final_FitInputs */
/** @typedef {{}} Train_Final_Fit_TitleInputs */
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
/** @typedef {{}} Train_Short_LogisticInputs */
/** @typedef {{ leaves: NonNullable<unknown> }} Train_Short_TreesInputs */
/** @typedef {{}} Train_SolverInputs */
/** @typedef {{}} Train_Solver_AdamInputs */
/** @typedef {{}} Train_Solver_LbfgsInputs */
/** @typedef {{}} Train_Solver_TitleInputs */
/** @typedef {{ what: NonNullable<unknown> }} Train_Space_Keep_OneInputs */
/** @typedef {{}} Train_Space_No_FamilyInputs */
/** @typedef {{ family: NonNullable<unknown> }} Train_Space_Not_FamilyInputs */
/** @typedef {{ label: NonNullable<unknown> }} Train_Space_Range_EmptyInputs */
/** @typedef {{ label: NonNullable<unknown> }} Train_Space_Range_InvertedInputs */
/** @typedef {{ label: NonNullable<unknown>, min: NonNullable<unknown>, max: NonNullable<unknown> }} Train_Space_Range_LimitsInputs */
/** @typedef {{}} Train_Space_What_Batch_SizesInputs */
/** @typedef {{}} Train_Space_What_DepthsInputs */
/** @typedef {{}} Train_Space_What_IterationsInputs */
/** @typedef {{}} Train_Space_What_LayoutsInputs */
/** @typedef {{}} Train_Space_What_LeavesInputs */
/** @typedef {{}} Train_Space_What_Min_LeafInputs */
/** @typedef {{}} Train_Space_What_OnehotInputs */
/** @typedef {{}} Train_Space_What_ScalingsInputs */
/** @typedef {{ family: NonNullable<unknown>, l2: NonNullable<unknown>, learningRate: NonNullable<unknown>, batch: NonNullable<unknown>, epochs: NonNullable<unknown>, patience: NonNullable<unknown> }} Train_Spec_AdamInputs */
/** @typedef {{ depth: NonNullable<unknown> }} Train_Spec_DepthInputs */
/** @typedef {{ iterations: NonNullable<unknown>, learningRate: NonNullable<unknown>, leaves: NonNullable<unknown>, depth: NonNullable<unknown>, minLeaf: NonNullable<unknown>, bins: NonNullable<unknown>, l2: NonNullable<unknown>, patience: NonNullable<unknown> }} Train_Spec_GbdtInputs */
/** @typedef {{ l2: NonNullable<unknown>, iterations: NonNullable<unknown> }} Train_Spec_LbfgsInputs */
/** @typedef {{}} Train_Spec_No_Depth_LimitInputs */
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
/** @typedef {{ count: NonNullable<unknown> }} Train_Trial_BatchInputs */
/** @typedef {{}} Train_Trial_Best_SingleInputs */
/** @typedef {{}} Train_Trial_DoneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Train_Trial_EpochsInputs */
/** @typedef {{ message: NonNullable<unknown> }} Train_Trial_FailedInputs */
/** @typedef {{ share: NonNullable<unknown> }} Train_Trial_In_BlendInputs */
/** @typedef {{ count: NonNullable<unknown> }} Train_Trial_IterationsInputs */
/** @typedef {{ value: NonNullable<unknown> }} Train_Trial_LrInputs */
/** @typedef {{}} Train_Trial_PrunedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Train_Trial_Rows_Per_LeafInputs */
/** @typedef {{}} Train_Trial_SkippedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Train_Trial_VocabInputs */
/** @typedef {{}} Train_TrialsInputs */
/** @typedef {{}} Train_Validation_PercentInputs */
/** @typedef {{}} Train_Value_AutoInputs */
/** @typedef {{}} Train_Value_BorderlineInputs */
/** @typedef {{}} Train_Value_Class_WeightsInputs */
/** @typedef {{}} Train_Value_MinmaxInputs */
/** @typedef {{}} Train_Value_None_FInputs */
/** @typedef {{}} Train_Value_Random_OverInputs */
/** @typedef {{}} Train_Value_Random_UnderInputs */
/** @typedef {{}} Train_Value_SmoteInputs */
/** @typedef {{}} Train_Value_Smote_NcInputs */
/** @typedef {{}} Train_Value_StandardInputs */
/** @typedef {{}} Train_Value_Stop_BothInputs */
/** @typedef {{}} Train_Value_Stop_EnglishInputs */
/** @typedef {{}} Train_Value_Stop_SpanishInputs */
/** @typedef {{}} Train_Vocabulary_SizeInputs */
/** @typedef {{}} Welcome_BodyInputs */
/** @typedef {{}} Welcome_StartInputs */
/** @typedef {{}} Welcome_TitleInputs */


export const app_evictable = /** @type {(inputs: App_EvictableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`· may be evicted`)
};

export const app_persistent = /** @type {(inputs: App_PersistentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`· persistent`)
};

export const app_privacy = /** @type {(inputs: App_PrivacyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Runs entirely in this tab — your data never leaves this machine`)
};

export const app_privacy_title = /** @type {(inputs: App_Privacy_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Parsing, training and scoring run in web workers in this tab. Nothing is uploaded.`)
};

export const app_storage_label = /** @type {(inputs: App_Storage_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Browser storage`)
};

export const app_stored = /** @type {(inputs: App_StoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Stored: ${i?.used} of ${i?.quota}`)
};

export const app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`private machine-learning studio`)
};

export const chart_series = /** @type {(inputs: Chart_SeriesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Series`)
};

export const chart_values_label = /** @type {(inputs: Chart_Values_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Values of the chart: ${i?.label}`)
};

export const chart_values_summary = /** @type {(inputs: Chart_Values_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Values as a table`)
};

export const data_band_medium = /** @type {(inputs: Data_Band_MediumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`medium`)
};

export const data_band_strong = /** @type {(inputs: Data_Band_StrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`strong`)
};

export const data_band_suspicious = /** @type {(inputs: Data_Band_SuspiciousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`suspicious`)
};

export const data_band_useless = /** @type {(inputs: Data_Band_UselessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`useless`)
};

export const data_band_weak = /** @type {(inputs: Data_Band_WeakInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`weak`)
};

export const data_bins_bin = /** @type {(inputs: Data_Bins_BinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bin`)
};

export const data_bins_label = /** @type {(inputs: Data_Bins_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Weight of Evidence bins of ${i?.column}`)
};

export const data_bins_legend = /** @type {(inputs: Data_Bins_LegendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WoE = ln(share of all “${i?.label}” rows in the bin / share of all other rows); above 0 (red): more “${i?.label}” than overall.`)
};

export const data_bins_missing = /** @type {(inputs: Data_Bins_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(missing)`)
};

export const data_bins_rate = /** @type {(inputs: Data_Bins_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rate`)
};

export const data_bins_rows = /** @type {(inputs: Data_Bins_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows`)
};

export const data_bins_woe_bar = /** @type {(inputs: Data_Bins_Woe_BarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WoE bar`)
};

export const data_blank = /** @type {(inputs: Data_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(blank)`)
};

export const data_col_column = /** @type {(inputs: Data_Col_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column`)
};

export const data_col_distinct = /** @type {(inputs: Data_Col_DistinctInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Distinct`)
};

export const data_col_kind = /** @type {(inputs: Data_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kind`)
};

export const data_col_missing = /** @type {(inputs: Data_Col_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Missing`)
};

export const data_col_profile = /** @type {(inputs: Data_Col_ProfileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Profile`)
};

export const data_col_role = /** @type {(inputs: Data_Col_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Role`)
};

export const data_kind_boolean = /** @type {(inputs: Data_Kind_BooleanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`boolean`)
};

export const data_kind_categorical = /** @type {(inputs: Data_Kind_CategoricalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`categorical`)
};

export const data_kind_constant = /** @type {(inputs: Data_Kind_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`constant`)
};

export const data_kind_date = /** @type {(inputs: Data_Kind_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`date`)
};

export const data_kind_id = /** @type {(inputs: Data_Kind_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`id`)
};

export const data_kind_numeric = /** @type {(inputs: Data_Kind_NumericInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`numeric`)
};

export const data_kind_text = /** @type {(inputs: Data_Kind_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`text`)
};

export const data_list_delete_confirm = /** @type {(inputs: Data_List_Delete_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Delete the dataset “${i?.name}” from this browser? Runs trained on it are kept.`)
};

export const data_list_delete_label = /** @type {(inputs: Data_List_Delete_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Delete dataset ${i?.name}`)
};

export const data_list_delete_title = /** @type {(inputs: Data_List_Delete_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete this dataset (runs trained on it are kept)`)
};

export const data_list_facts = /** @type {(inputs: Data_List_FactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.rows} rows · ${i?.columns} columns · ${i?.size}`)
};

export const data_list_label = /** @type {(inputs: Data_List_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stored datasets`)
};

export const data_list_title = /** @type {(inputs: Data_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Datasets in this browser`)
};

export const data_load_choose = /** @type {(inputs: Data_Load_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`choose a file`)
};

export const data_load_drop = /** @type {(inputs: Data_Load_DropInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drop a CSV here, or`)
};

export const data_load_hint = /** @type {(inputs: Data_Load_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comma, semicolon, tab or pipe separated; UTF-8 or Latin-1. It is read in this tab and stored in this browser only.`)
};

export const data_load_label = /** @type {(inputs: Data_Load_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Load data`)
};

export const data_load_pad_rows = /** @type {(inputs: Data_Load_Pad_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pad them with blanks`)
};

export const data_load_reading = /** @type {(inputs: Data_Load_ReadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reading ${i?.name}`)
};

export const data_load_samples = /** @type {(inputs: Data_Load_SamplesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Or try a built-in sample:`)
};

export const data_load_samples_compact = /** @type {(inputs: Data_Load_Samples_CompactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Samples:`)
};

export const data_load_skip_rows = /** @type {(inputs: Data_Load_Skip_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip those rows`)
};

export const data_notes_label = /** @type {(inputs: Data_Notes_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notes on reading the file`)
};

export const data_notes_padded_rows = /** @type {(inputs: Data_Notes_Padded_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} short rows were padded with blanks.`)
};

export const data_notes_renamed = /** @type {(inputs: Data_Notes_RenamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Some header names were blank or repeated and were renamed:`)
};

export const data_notes_skipped_quote_rows = /** @type {(inputs: Data_Notes_Skipped_Quote_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rows with text after a closing quote were skipped.`)
};

export const data_notes_skipped_rows = /** @type {(inputs: Data_Notes_Skipped_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rows with the wrong number of fields were skipped.`)
};

export const data_notes_stray_quotes_end = /** @type {(inputs: Data_Notes_Stray_Quotes_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`); read as written, quote included.`)
};

export const data_notes_stray_quotes_one = /** @type {(inputs: Data_Notes_Stray_Quotes_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} value holds a double quote inside an unquoted value (first on line ${i?.line}, column`)
};

export const data_notes_stray_quotes_other = /** @type {(inputs: Data_Notes_Stray_Quotes_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} values hold a double quote inside an unquoted value (first on line ${i?.line}, column`)
};

export const data_preview_label = /** @type {(inputs: Data_Preview_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preview`)
};

export const data_preview_scroll = /** @type {(inputs: Data_Preview_ScrollInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preview rows, scrollable`)
};

export const data_preview_table = /** @type {(inputs: Data_Preview_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Data preview`)
};

export const data_preview_title = /** @type {(inputs: Data_Preview_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`First ${i?.count} rows`)
};

export const data_profile_count = /** @type {(inputs: Data_Profile_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· ${i?.count} columns`)
};

export const data_profile_inferred = /** @type {(inputs: Data_Profile_InferredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`inferred: ${i?.kind}`)
};

export const data_profile_kind_of = /** @type {(inputs: Data_Profile_Kind_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kind of ${i?.name}`)
};

export const data_profile_label = /** @type {(inputs: Data_Profile_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columns`)
};

export const data_profile_role_of = /** @type {(inputs: Data_Profile_Role_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Role of ${i?.name}`)
};

export const data_profile_table = /** @type {(inputs: Data_Profile_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column profile`)
};

export const data_profile_title = /** @type {(inputs: Data_Profile_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columns`)
};

export const data_profile_warnings_one = /** @type {(inputs: Data_Profile_Warnings_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, ${i?.count} warning`)
};

export const data_profile_warnings_other = /** @type {(inputs: Data_Profile_Warnings_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, ${i?.count} warnings`)
};

export const data_role_feature = /** @type {(inputs: Data_Role_FeatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`feature`)
};

export const data_role_id = /** @type {(inputs: Data_Role_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`id`)
};

export const data_role_ignore = /** @type {(inputs: Data_Role_IgnoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ignore`)
};

export const data_role_target = /** @type {(inputs: Data_Role_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`target`)
};

export const data_sample_austen_detail = /** @type {(inputs: Data_Sample_Austen_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} passages · ${i?.novels} novels`)
};

export const data_sample_austen_title = /** @type {(inputs: Data_Sample_Austen_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Austen passages`)
};

export const data_sample_german_detail = /** @type {(inputs: Data_Sample_German_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} applicants · target Risk`)
};

export const data_sample_german_title = /** @type {(inputs: Data_Sample_German_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`German credit risk`)
};

export const data_sep_comma = /** @type {(inputs: Data_Sep_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`comma-separated`)
};

export const data_sep_other = /** @type {(inputs: Data_Sep_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.delimiter}-separated`)
};

export const data_sep_pipe = /** @type {(inputs: Data_Sep_PipeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pipe-separated`)
};

export const data_sep_semicolon = /** @type {(inputs: Data_Sep_SemicolonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`semicolon-separated`)
};

export const data_sep_tab = /** @type {(inputs: Data_Sep_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tab-separated`)
};

export const data_set_up_training = /** @type {(inputs: Data_Set_Up_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set up training →`)
};

export const data_signal_against = /** @type {(inputs: Data_Signal_AgainstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· against ${i?.target}`)
};

export const data_signal_bins_of = /** @type {(inputs: Data_Signal_Bins_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bins of ${i?.column}`)
};

export const data_signal_check_ge = /** @type {(inputs: Data_Signal_Check_GeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.measure} ${i?.value} ≥ ${i?.at}`)
};

export const data_signal_check_gt = /** @type {(inputs: Data_Signal_Check_GtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.measure} ${i?.value} > ${i?.at}`)
};

export const data_signal_check_lt = /** @type {(inputs: Data_Signal_Check_LtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.measure} ${i?.value} < ${i?.at}`)
};

export const data_signal_check_undefined = /** @type {(inputs: Data_Signal_Check_UndefinedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.measure} undefined`)
};

export const data_signal_col_flag = /** @type {(inputs: Data_Signal_Col_FlagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flag`)
};

export const data_signal_col_measure = /** @type {(inputs: Data_Signal_Col_MeasureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Measure`)
};

export const data_signal_col_strength = /** @type {(inputs: Data_Signal_Col_StrengthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IV · band`)
};

export const data_signal_col_value = /** @type {(inputs: Data_Signal_Col_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Value`)
};

export const data_signal_cramers_v = /** @type {(inputs: Data_Signal_Cramers_VInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cramér’s V`)
};

export const data_signal_earlier = /** @type {(inputs: Data_Signal_EarlierInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`earlier → more ${i?.label}`)
};

export const data_signal_flag_leak = /** @type {(inputs: Data_Signal_Flag_LeakInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`⚠ suspiciously strong — possible leak`)
};

export const data_signal_flag_none = /** @type {(inputs: Data_Signal_Flag_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no signal`)
};

export const data_signal_higher = /** @type {(inputs: Data_Signal_HigherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`higher → more ${i?.label}`)
};

export const data_signal_how = /** @type {(inputs: Data_Signal_HowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How these are computed`)
};

export const data_signal_how_body = /** @type {(inputs: Data_Signal_How_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Numeric columns, two classes: ROC AUC of the raw value (rows with a value), shown as max(AUC, 1 − AUC) with its direction. Categorical columns, and numeric ones with more than two classes: Cramér’s V (missing as its own level; numeric values in their bins). Information Value (two classes): WoE = ln(share of positives / share of negatives) per bin; deciles as pandas.qcut(q=10, duplicates='drop'), one bin per value for ≤ 10 distinct values, one per level, missing as its own bin; an empty cell counts as 0.5. Bands: IV < 0.02 useless, 0.1 medium, 0.3 strong, > 0.5 suspicious (V: 0.05 / 0.1 / 0.3 / 0.5). Possible leak: AUC ≥ 0.95, IV > 1 or V ≥ 0.9. No signal: IV < 0.02 and AUC < 0.52 or V < 0.05.`)
};

export const data_signal_intro_by_iv = /** @type {(inputs: Data_Signal_Intro_By_IvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Strongest first by Information Value;`)
};

export const data_signal_intro_by_v = /** @type {(inputs: Data_Signal_Intro_By_VInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Strongest first by Cramér's V;`)
};

export const data_signal_intro_dropped = /** @type {(inputs: Data_Signal_Intro_DroppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.count} without a target left out)`)
};

export const data_signal_intro_open = /** @type {(inputs: Data_Signal_Intro_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`open a row for its Weight of Evidence bins.`)
};

export const data_signal_intro_rows = /** @type {(inputs: Data_Signal_Intro_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`How well each column alone tells the classes apart, over ${i?.rows} rows`)
};

export const data_signal_iv_needs_binary = /** @type {(inputs: Data_Signal_Iv_Needs_BinaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IV needs a two-class target.`)
};

export const data_signal_iv_title = /** @type {(inputs: Data_Signal_Iv_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Information Value`)
};

export const data_signal_iv_title_needs = /** @type {(inputs: Data_Signal_Iv_Title_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IV needs a two-class target`)
};

export const data_signal_later = /** @type {(inputs: Data_Signal_LaterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`later → more ${i?.label}`)
};

export const data_signal_lower = /** @type {(inputs: Data_Signal_LowerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`lower → more ${i?.label}`)
};

export const data_signal_not_screened = /** @type {(inputs: Data_Signal_Not_ScreenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not screened:`)
};

export const data_signal_note_many_levels = /** @type {(inputs: Data_Signal_Note_Many_LevelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.levels} levels for ${i?.rows} rows: so many small groups overstate V and IV.`)
};

export const data_signal_note_one_value = /** @type {(inputs: Data_Signal_Note_One_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One value where present: only whether it is missing is measured.`)
};

export const data_signal_phase_column = /** @type {(inputs: Data_Signal_Phase_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Screening “${i?.column}”`)
};

export const data_signal_phase_done = /** @type {(inputs: Data_Signal_Phase_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Done`)
};

export const data_signal_positive = /** @type {(inputs: Data_Signal_PositiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, positive class “${i?.label}”`)
};

export const data_signal_screening = /** @type {(inputs: Data_Signal_ScreeningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Screening columns`)
};

export const data_signal_scroll = /** @type {(inputs: Data_Signal_ScrollInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signal per column, scrollable`)
};

export const data_signal_skip_all_missing = /** @type {(inputs: Data_Signal_Skip_All_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`all missing in the rows with a target`)
};

export const data_signal_skip_constant = /** @type {(inputs: Data_Signal_Skip_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`constant: the same value in every row`)
};

export const data_signal_skip_id = /** @type {(inputs: Data_Signal_Skip_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`id column: a row key, not screened`)
};

export const data_signal_skip_text = /** @type {(inputs: Data_Signal_Skip_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`text: not screened`)
};

export const data_signal_title = /** @type {(inputs: Data_Signal_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signal per column`)
};

export const data_stat_max = /** @type {(inputs: Data_Stat_MaxInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`max ${i?.value}`)
};

export const data_stat_mean = /** @type {(inputs: Data_Stat_MeanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mean ${i?.value}`)
};

export const data_stat_median = /** @type {(inputs: Data_Stat_MedianInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`median ${i?.value}`)
};

export const data_stat_min = /** @type {(inputs: Data_Stat_MinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`min ${i?.value}`)
};

export const data_stat_quartiles = /** @type {(inputs: Data_Stat_QuartilesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`q1–q3 ${i?.low}–${i?.high}`)
};

export const data_stat_std = /** @type {(inputs: Data_Stat_StdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`std ${i?.value}`)
};

export const data_summary_and_more = /** @type {(inputs: Data_Summary_And_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`…and more`)
};

export const data_summary_columns = /** @type {(inputs: Data_Summary_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`columns`)
};

export const data_summary_decimal_comma = /** @type {(inputs: Data_Summary_Decimal_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`decimal comma`)
};

export const data_summary_frequent = /** @type {(inputs: Data_Summary_FrequentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Most frequent values of ${i?.name}`)
};

export const data_summary_from = /** @type {(inputs: Data_Summary_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`from ${i?.date}`)
};

export const data_summary_histogram = /** @type {(inputs: Data_Summary_HistogramInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Histogram of ${i?.name}`)
};

export const data_summary_label = /** @type {(inputs: Data_Summary_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dataset summary`)
};

export const data_summary_length = /** @type {(inputs: Data_Summary_LengthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`length ${i?.min}–${i?.max} chars, mean ${i?.mean}`)
};

export const data_summary_length_chars = /** @type {(inputs: Data_Summary_Length_CharsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Length (characters)`)
};

export const data_summary_length_distribution = /** @type {(inputs: Data_Summary_Length_DistributionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Length distribution of ${i?.name}`)
};

export const data_summary_line_ends = /** @type {(inputs: Data_Summary_Line_EndsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.newline} line ends`)
};

export const data_summary_read_in = /** @type {(inputs: Data_Summary_Read_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`read in ${i?.duration}`)
};

export const data_summary_rows = /** @type {(inputs: Data_Summary_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rows`)
};

export const data_summary_rows_col = /** @type {(inputs: Data_Summary_Rows_ColInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows`)
};

export const data_summary_to = /** @type {(inputs: Data_Summary_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`to ${i?.date}`)
};

export const data_summary_top_terms = /** @type {(inputs: Data_Summary_Top_TermsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Top terms of ${i?.name}`)
};

export const data_summary_values = /** @type {(inputs: Data_Summary_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Values`)
};

export const data_target_balance = /** @type {(inputs: Data_Target_BalanceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Class balance of ${i?.name}: ${i?.classes}`)
};

export const data_target_choose = /** @type {(inputs: Data_Target_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— choose the target —`)
};

export const data_target_hint = /** @type {(inputs: Data_Target_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pick the column whose value the model should predict.`)
};

export const data_target_imbalanced = /** @type {(inputs: Data_Target_ImbalancedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The smallest class is under a third of the largest: consider balancing in the training settings.`)
};

export const data_target_label = /** @type {(inputs: Data_Target_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Target`)
};

export const data_target_missing = /** @type {(inputs: Data_Target_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rows without a target are left out of training`)
};

export const data_target_numeric_warning = /** @type {(inputs: Data_Target_Numeric_WarningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.name}” has ${i?.count} distinct numbers: Faro trains classifiers, so each value would be a class. Pick a categorical column.`)
};

export const data_target_option = /** @type {(inputs: Data_Target_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.kind})`)
};

export const data_target_other_levels = /** @type {(inputs: Data_Target_Other_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`other levels`)
};

export const data_target_pick = /** @type {(inputs: Data_Target_PickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column to predict (target)`)
};

export const data_warn_all_missing = /** @type {(inputs: Data_Warn_All_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.name}" has no values; it is ignored.`)
};

export const data_warn_constant = /** @type {(inputs: Data_Warn_ConstantInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.name}" has a single value, so it cannot help a model; it is ignored.`)
};

export const data_warn_high_cardinality = /** @type {(inputs: Data_Warn_High_CardinalityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.name}" has ${i?.count} distinct values (${i?.share} of rows): treat it as text or ignore it.`)
};

export const data_warn_id_like = /** @type {(inputs: Data_Warn_Id_LikeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.name}" has a different value in every row, like an identifier: it is kept with the predictions but not used as a feature.`)
};

export const data_warn_index_column = /** @type {(inputs: Data_Warn_Index_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The first column had no name and counts rows (a saved index); it is called "${i?.name}" and is not used as a feature.`)
};

export const data_warn_leading_zeros = /** @type {(inputs: Data_Warn_Leading_ZerosInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.name}" holds numbers written with leading zeros (such as "${i?.example}"), so it is read as codes (${i?.kind}) and the zeros are kept. If they are quantities, switch its kind to numeric.`)
};

export const data_warn_mostly_missing = /** @type {(inputs: Data_Warn_Mostly_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.name}" is missing in ${i?.percent} of rows; consider ignoring it or adding a missing indicator.`)
};

export const data_warn_rows_bad_quotes = /** @type {(inputs: Data_Warn_Rows_Bad_QuotesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rows with text after a closing quote were skipped.`)
};

export const data_warn_rows_padded = /** @type {(inputs: Data_Warn_Rows_PaddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} short rows were padded with missing values.`)
};

export const data_warn_rows_skipped = /** @type {(inputs: Data_Warn_Rows_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rows with the wrong number of fields were skipped.`)
};

export const data_warn_stray_quotes_one = /** @type {(inputs: Data_Warn_Stray_Quotes_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} value holds a double quote inside an unquoted value (first on line ${i?.line}, column "${i?.column}"); it was read as written, quote included.`)
};

export const data_warn_stray_quotes_other = /** @type {(inputs: Data_Warn_Stray_Quotes_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} values hold a double quote inside an unquoted value (first on line ${i?.line}, column "${i?.column}"); they were read as written, quote included.`)
};

export const dismiss = /** @type {(inputs: DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dismiss`)
};

export const err_balance_bad_k = /** @type {(inputs: Err_Balance_Bad_KInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The neighbour count k = ${i?.k} is not a whole number ≥ 1.`)
};

export const err_balance_bad_k_hint = /** @type {(inputs: Err_Balance_Bad_K_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use k = 5 (the usual choice).`)
};

export const err_balance_bad_strategy = /** @type {(inputs: Err_Balance_Bad_StrategyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The sampling strategy is neither "auto" nor "ratio".`)
};

export const err_balance_bad_strategy_hint = /** @type {(inputs: Err_Balance_Bad_Strategy_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Balance every class to the majority, or give a minority / majority ratio.`)
};

export const err_balance_class_count = /** @type {(inputs: Err_Balance_Class_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`classCount ${i?.count} is not a positive integer.`)
};

export const err_balance_class_count_hint = /** @type {(inputs: Err_Balance_Class_Count_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Count the target levels.`)
};

export const err_balance_class_too_small = /** @type {(inputs: Err_Balance_Class_Too_SmallInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Class ${i?.index} has ${i?.rows} training row: SMOTE needs at least two.`)
};

export const err_balance_class_too_small_hint = /** @type {(inputs: Err_Balance_Class_Too_Small_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use random over-sampling or class weights for this target, or merge rare classes.`)
};

export const err_balance_label_outside = /** @type {(inputs: Err_Balance_Label_OutsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} has class ${i?.label}, outside 0…${i?.max}.`)
};

export const err_balance_label_outside_hint = /** @type {(inputs: Err_Balance_Label_Outside_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Encode the target as class indices before balancing.`)
};

export const err_balance_matrix_shape = /** @type {(inputs: Err_Balance_Matrix_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The feature matrix has ${i?.values} values, not ${i?.rows} rows × ${i?.width} columns.`)
};

export const err_balance_matrix_shape_hint = /** @type {(inputs: Err_Balance_Matrix_Shape_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pass the training rows after the feature recipe, one label per row.`)
};

export const err_balance_missing_category = /** @type {(inputs: Err_Balance_Missing_CategoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} has a missing category code.`)
};

export const err_balance_missing_category_hint = /** @type {(inputs: Err_Balance_Missing_Category_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Impute missing categories (e.g. "no info") before SMOTE-NC.`)
};

export const err_balance_mixed_shape = /** @type {(inputs: Err_Balance_Mixed_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SMOTE-NC needs ${i?.rows} rows × (p numeric + q categorical) values with p, q ≥ 1.`)
};

export const err_balance_mixed_shape_hint = /** @type {(inputs: Err_Balance_Mixed_Shape_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use plain SMOTE when every feature is numeric.`)
};

export const err_balance_neighbours = /** @type {(inputs: Err_Balance_NeighboursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} = ${i?.value} is not a positive whole number.`)
};

export const err_balance_neighbours_hint = /** @type {(inputs: Err_Balance_Neighbours_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The usual value is 5.`)
};

export const err_balance_not_finite = /** @type {(inputs: Err_Balance_Not_FiniteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} has a missing or infinite value in feature ${i?.feature}.`)
};

export const err_balance_not_finite_hint = /** @type {(inputs: Err_Balance_Not_Finite_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Impute missing values in the feature recipe before balancing.`)
};

export const err_balance_ratio_hint = /** @type {(inputs: Err_Balance_Ratio_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Raise the ratio, or turn balancing off.`)
};

export const err_balance_ratio_no_rows = /** @type {(inputs: Err_Balance_Ratio_No_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A ratio of ${i?.ratio} asks for no new rows: the minority already has ${i?.count} of ${i?.reference}.`)
};

export const err_balance_ratio_range = /** @type {(inputs: Err_Balance_Ratio_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The balance ratio ${i?.ratio} is outside (0, 1].`)
};

export const err_balance_ratio_range_hint = /** @type {(inputs: Err_Balance_Ratio_Range_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use a minority / majority ratio such as 0.5 or 1.`)
};

export const err_balance_ratio_too_few = /** @type {(inputs: Err_Balance_Ratio_Too_FewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A ratio of ${i?.ratio} would need more majority rows than the ${i?.count} there are.`)
};

export const err_balance_smote_nc_hint_categorical = /** @type {(inputs: Err_Balance_Smote_Nc_Hint_CategoricalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use random over-sampling or class weights for all-categorical data.`)
};

export const err_balance_smote_nc_hint_numeric = /** @type {(inputs: Err_Balance_Smote_Nc_Hint_NumericInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use SMOTE when every feature is numeric.`)
};

export const err_balance_smote_nc_kinds = /** @type {(inputs: Err_Balance_Smote_Nc_KindsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SMOTE-NC needs numeric and categorical features; this recipe has ${i?.numeric} numeric and ${i?.categorical} categorical.`)
};

export const err_balance_text_features = /** @type {(inputs: Err_Balance_Text_FeaturesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.method} cannot interpolate text features (${i?.width} TF-IDF columns).`)
};

export const err_balance_text_features_hint = /** @type {(inputs: Err_Balance_Text_Features_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose random over-sampling or class weights for data with text, or SMOTE-NC (it copies the text).`)
};

export const err_balance_unknown_method = /** @type {(inputs: Err_Balance_Unknown_MethodInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.method}" is not a balancing method.`)
};

export const err_balance_weights_empty = /** @type {(inputs: Err_Balance_Weights_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Class weights need at least one training row.`)
};

export const err_balance_weights_empty_hint = /** @type {(inputs: Err_Balance_Weights_Empty_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check the train / test split.`)
};

export const err_balance_where_method = /** @type {(inputs: Err_Balance_Where_MethodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`balance method`)
};

export const err_blend_bad_weight = /** @type {(inputs: Err_Blend_Bad_WeightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Model ${i?.index} of the blend ("${i?.description}") has weight ${i?.weight}; weights must be numbers above 0.`)
};

export const err_blend_hint = /** @type {(inputs: Err_Blend_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every model of a blend is trained on the same target, split and seed, with a weight above 0.`)
};

export const err_blend_member_count = /** @type {(inputs: Err_Blend_Member_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A blend needs from 1 to ${i?.max} models (this one has ${i?.count}).`)
};

export const err_blend_other_seed = /** @type {(inputs: Err_Blend_Other_SeedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Model ${i?.index} of the blend ("${i?.description}") uses seed ${i?.seed}, not ${i?.lead} as the heaviest model does.`)
};

export const err_blend_other_split = /** @type {(inputs: Err_Blend_Other_SplitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Model ${i?.index} of the blend ("${i?.description}") splits the rows ${i?.split}, not ${i?.lead} as the heaviest model does.`)
};

export const err_blend_other_target = /** @type {(inputs: Err_Blend_Other_TargetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Model ${i?.index} of the blend ("${i?.description}") predicts "${i?.target}", not "${i?.lead}" as the heaviest model does.`)
};

export const err_boolean_levels = /** @type {(inputs: Err_Boolean_LevelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Column "${i?.name}" has ${i?.count} values (${i?.levels}); a yes/no column has two.`)
};

export const err_boolean_levels_hint = /** @type {(inputs: Err_Boolean_Levels_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Treat it as categorical.`)
};

export const err_bundle_choose_json_hint = /** @type {(inputs: Err_Bundle_Choose_Json_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the .json file Faro downloads from a run ("Download model").`)
};

export const err_bundle_could_not_read = /** @type {(inputs: Err_Bundle_Could_Not_ReadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model could not be read: ${i?.error}`)
};

export const err_bundle_download_again_hint = /** @type {(inputs: Err_Bundle_Download_Again_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download the model again from its run in Faro.`)
};

export const err_bundle_empty = /** @type {(inputs: Err_Bundle_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This file is not a Faro model: it is empty.`)
};

export const err_bundle_field_missing = /** @type {(inputs: Err_Bundle_Field_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This file is not a Faro model: "${i?.path}" is missing.`)
};

export const err_bundle_hint = /** @type {(inputs: Err_Bundle_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download the model again from its run in Faro, or choose another file.`)
};

export const err_bundle_model_removed = /** @type {(inputs: Err_Bundle_Model_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model of the run "${i?.name}" was removed to free space.`)
};

export const err_bundle_model_removed_hint = /** @type {(inputs: Err_Bundle_Model_Removed_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Its metrics and settings are kept: train it again to get a model to download or predict with.`)
};

export const err_bundle_must_ascending = /** @type {(inputs: Err_Bundle_Must_AscendingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list of numbers in ascending order.`)
};

export const err_bundle_must_batch_input_shape = /** @type {(inputs: Err_Bundle_Must_Batch_Input_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be [null, number of features].`)
};

export const err_bundle_must_blend_format = /** @type {(inputs: Err_Bundle_Must_Blend_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be "${i?.format}": a version 3 bundle holds a blend of models (found ${i?.found}).`)
};

export const err_bundle_must_blend_version = /** @type {(inputs: Err_Bundle_Must_Blend_VersionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be 3 for a blend of models (found ${i?.version}).`)
};

export const err_bundle_must_boolean = /** @type {(inputs: Err_Bundle_Must_BooleanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be true or false (found ${i?.found}).`)
};

export const err_bundle_must_date = /** @type {(inputs: Err_Bundle_Must_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be an ISO-8601 date (found ${i?.found}).`)
};

export const err_bundle_must_dense_layer = /** @type {(inputs: Err_Bundle_Must_Dense_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list with a Dense layer.`)
};

export const err_bundle_must_dense_width = /** @type {(inputs: Err_Bundle_Must_Dense_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be ${i?.width}, the width of its dense steps.`)
};

export const err_bundle_must_feature_names = /** @type {(inputs: Err_Bundle_Must_Feature_NamesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be ${i?.count} feature names, one per feature.`)
};

export const err_bundle_must_first_inbound = /** @type {(inputs: Err_Bundle_Must_First_InboundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be empty for the first layer.`)
};

export const err_bundle_must_idf_count = /** @type {(inputs: Err_Bundle_Must_Idf_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be ${i?.count} weights, one per term.`)
};

export const err_bundle_must_inbound = /** @type {(inputs: Err_Bundle_Must_InboundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be the output of "${i?.name}" only.`)
};

export const err_bundle_must_input_layer_first = /** @type {(inputs: Err_Bundle_Must_Input_Layer_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be InputLayer only as the first layer.`)
};

export const err_bundle_must_input_width = /** @type {(inputs: Err_Bundle_Must_Input_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be [null, ${i?.count}], one input per recipe feature (found ${i?.found}).`)
};

export const err_bundle_must_labels = /** @type {(inputs: Err_Bundle_Must_LabelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list of at least 2 class names (found ${i?.found}).`)
};

export const err_bundle_must_labels_entry = /** @type {(inputs: Err_Bundle_Must_Labels_EntryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list of at least 2 class names (labels[${i?.index}] is ${i?.found}).`)
};

export const err_bundle_must_labels_unique = /** @type {(inputs: Err_Bundle_Must_Labels_UniqueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list of at least 2 class names, each once ("${i?.label}" is repeated).`)
};

export const err_bundle_must_layers = /** @type {(inputs: Err_Bundle_Must_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list of at least one layer.`)
};

export const err_bundle_must_list = /** @type {(inputs: Err_Bundle_Must_ListInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list (found ${i?.found}).`)
};

export const err_bundle_must_member_count = /** @type {(inputs: Err_Bundle_Must_Member_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list of 1 to ${i?.max} models (it has ${i?.count}).`)
};

export const err_bundle_must_member_kind = /** @type {(inputs: Err_Bundle_Must_Member_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be "${i?.kind}", as the bundle's inputSchema has "${i?.name}" (found "${i?.found}").`)
};

export const err_bundle_must_model_format = /** @type {(inputs: Err_Bundle_Must_Model_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be absent (a TF.js model) or "${i?.format}" (found ${i?.found}).`)
};

export const err_bundle_must_model_format_nested = /** @type {(inputs: Err_Bundle_Must_Model_Format_NestedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be absent (a TF.js model) or "${i?.format}" (found ${i?.found}); a blend cannot hold another blend.`)
};

export const err_bundle_must_no_quantization = /** @type {(inputs: Err_Bundle_Must_No_QuantizationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be absent (Faro stores float32 weights).`)
};

export const err_bundle_must_no_target_input = /** @type {(inputs: Err_Bundle_Must_No_Target_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list without the target "${i?.target}" (a model cannot read what it predicts).`)
};

export const err_bundle_must_nonempty_text = /** @type {(inputs: Err_Bundle_Must_Nonempty_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be non-empty text.`)
};

export const err_bundle_must_number = /** @type {(inputs: Err_Bundle_Must_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a number (found ${i?.found}).`)
};

export const err_bundle_must_number_min = /** @type {(inputs: Err_Bundle_Must_Number_MinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a number of at least ${i?.min} (found ${i?.found}).`)
};

export const err_bundle_must_number_range = /** @type {(inputs: Err_Bundle_Must_Number_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a number from ${i?.min} to ${i?.max} (found ${i?.found}).`)
};

export const err_bundle_must_object = /** @type {(inputs: Err_Bundle_Must_ObjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be an object (found ${i?.found}).`)
};

export const err_bundle_must_one_of = /** @type {(inputs: Err_Bundle_Must_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be one of ${i?.allowed} (found ${i?.found}).`)
};

export const err_bundle_must_output_units = /** @type {(inputs: Err_Bundle_Must_Output_UnitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be ${i?.count}, one output per label (it is ${i?.found}).`)
};

export const err_bundle_must_percentiles = /** @type {(inputs: Err_Bundle_Must_PercentilesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list of 101 percentiles (or none).`)
};

export const err_bundle_must_plain_chain = /** @type {(inputs: Err_Bundle_Must_Plain_ChainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be [["${i?.name}", 0, 0]] (a plain chain of layers).`)
};

export const err_bundle_must_positive_weight = /** @type {(inputs: Err_Bundle_Must_Positive_WeightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a number above 0 (found ${i?.weight}).`)
};

export const err_bundle_must_recipe_input = /** @type {(inputs: Err_Bundle_Must_Recipe_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be one of the recipe's inputs (found "${i?.column}").`)
};

export const err_bundle_must_schema_column = /** @type {(inputs: Err_Bundle_Must_Schema_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a column of the bundle's inputSchema (found "${i?.name}").`)
};

export const err_bundle_must_schema_includes = /** @type {(inputs: Err_Bundle_Must_Schema_IncludesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list including the recipe's input column "${i?.name}".`)
};

export const err_bundle_must_schema_kind = /** @type {(inputs: Err_Bundle_Must_Schema_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be "${i?.kind}", as the recipe reads it (found "${i?.found}").`)
};

export const err_bundle_must_shares = /** @type {(inputs: Err_Bundle_Must_SharesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list of ${i?.count} shares (one per bin and missing).`)
};

export const err_bundle_must_softmax = /** @type {(inputs: Err_Bundle_Must_SoftmaxInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be "softmax" on the output layer (found "${i?.found}").`)
};

export const err_bundle_must_term_names = /** @type {(inputs: Err_Bundle_Must_Term_NamesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be ${i?.count} names, one per term.`)
};

export const err_bundle_must_text = /** @type {(inputs: Err_Bundle_Must_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be text (found ${i?.found}).`)
};

export const err_bundle_must_threshold_absent = /** @type {(inputs: Err_Bundle_Must_Threshold_AbsentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be absent for ${i?.count} classes (a threshold needs 2).`)
};

export const err_bundle_must_tree_version = /** @type {(inputs: Err_Bundle_Must_Tree_VersionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be 2 or more for a tree model (found ${i?.version}).`)
};

export const err_bundle_must_trial_id = /** @type {(inputs: Err_Bundle_Must_Trial_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a whole number or null (found ${i?.found}).`)
};

export const err_bundle_must_unique_column = /** @type {(inputs: Err_Bundle_Must_Unique_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a column name used once ("${i?.name}" is repeated).`)
};

export const err_bundle_must_weight_bytes = /** @type {(inputs: Err_Bundle_Must_Weight_BytesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be ${i?.bytes} bytes for the weights its specs list (it holds ${i?.found}: the file may be truncated).`)
};

export const err_bundle_must_weight_shape = /** @type {(inputs: Err_Bundle_Must_Weight_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be [${i?.want}] to fit ${i?.weight} (it is [${i?.found}]).`)
};

export const err_bundle_must_weight_specs = /** @type {(inputs: Err_Bundle_Must_Weight_SpecsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list of ${i?.count} weights for the layers of the topology (it has ${i?.found}).`)
};

export const err_bundle_must_weights_sum = /** @type {(inputs: Err_Bundle_Must_Weights_SumInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be models whose weights sum to 1 (they sum to ${i?.total}).`)
};

export const err_bundle_must_whole = /** @type {(inputs: Err_Bundle_Must_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a whole number (found ${i?.found}).`)
};

export const err_bundle_must_whole_min = /** @type {(inputs: Err_Bundle_Must_Whole_MinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a whole number of at least ${i?.min} (found ${i?.found}).`)
};

export const err_bundle_must_whole_range = /** @type {(inputs: Err_Bundle_Must_Whole_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a whole number from ${i?.min} to ${i?.max} (found ${i?.found}).`)
};

export const err_bundle_newer = /** @type {(inputs: Err_Bundle_NewerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This model was made by a newer Faro (version ${i?.version}); this Faro reads versions up to ${i?.max}.`)
};

export const err_bundle_newer_hint = /** @type {(inputs: Err_Bundle_Newer_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open it with the Faro version that made it, or update this Faro.`)
};

export const err_bundle_not_base64 = /** @type {(inputs: Err_Bundle_Not_Base64Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This file is not a Faro model: "${i?.path}" is not base64 text.`)
};

export const err_bundle_not_json = /** @type {(inputs: Err_Bundle_Not_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This file is not a Faro model: it is not valid JSON (line ${i?.line}, column ${i?.column}).`)
};

export const err_bundle_not_json_hint = /** @type {(inputs: Err_Bundle_Not_Json_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the .json file Faro downloads from a run; a file cut short by an interrupted download fails here.`)
};

export const err_bundle_not_object = /** @type {(inputs: Err_Bundle_Not_ObjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This file is not a Faro model: it holds ${i?.found}, not an object.`)
};

export const err_bundle_positive_missing = /** @type {(inputs: Err_Bundle_Positive_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This file is not a Faro model: "${i?.path}" is missing (the threshold applies to it).`)
};

export const err_bundle_run_no_model = /** @type {(inputs: Err_Bundle_Run_No_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run "${i?.name}" has no model: it is ${i?.status}.`)
};

export const err_bundle_run_no_model_hint = /** @type {(inputs: Err_Bundle_Run_No_Model_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download the model of a finished run.`)
};

export const err_bundle_unusable_model = /** @type {(inputs: Err_Bundle_Unusable_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: its model could not be used (${i?.error}).`)
};

export const err_bundle_unusable_recipe = /** @type {(inputs: Err_Bundle_Unusable_RecipeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: its recipe could not be used (${i?.error}).`)
};

export const err_bundle_wrong_format = /** @type {(inputs: Err_Bundle_Wrong_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This file is not a Faro model: "${i?.path}" is ${i?.found}, not "${i?.format}".`)
};

export const err_cancelled = /** @type {(inputs: Err_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancelled.`)
};

export const err_column_no_values = /** @type {(inputs: Err_Column_No_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Column "${i?.name}" has no values in the training rows.`)
};

export const err_column_no_values_boolean_hint = /** @type {(inputs: Err_Column_No_Values_Boolean_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set its role to "ignore".`)
};

export const err_column_no_values_impute_hint = /** @type {(inputs: Err_Column_No_Values_Impute_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set its role to "ignore", or fill its missing values with a constant.`)
};

export const err_column_no_values_levels_hint = /** @type {(inputs: Err_Column_No_Values_Levels_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set its role to "ignore", or keep missing values as their own level.`)
};

export const err_csv_binary_gzip = /** @type {(inputs: Err_Csv_Binary_GzipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.file}" is a gzip-compressed file, not a CSV file.`)
};

export const err_csv_binary_jpeg = /** @type {(inputs: Err_Csv_Binary_JpegInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.file}" is a JPEG image, not a CSV file.`)
};

export const err_csv_binary_nul = /** @type {(inputs: Err_Csv_Binary_NulInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.file}" contains binary data (a NUL byte), not CSV text.`)
};

export const err_csv_binary_nul_hint = /** @type {(inputs: Err_Csv_Binary_Nul_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a CSV text file; if this is a spreadsheet, export it as CSV first. Export it as CSV: in Excel, File › Save As › "CSV UTF-8 (Comma delimited)"; in Google Sheets, File › Download › Comma-separated values.`)
};

export const err_csv_binary_pdf = /** @type {(inputs: Err_Csv_Binary_PdfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.file}" is a PDF document, not a CSV file.`)
};

export const err_csv_binary_png = /** @type {(inputs: Err_Csv_Binary_PngInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.file}" is a PNG image, not a CSV file.`)
};

export const err_csv_binary_xls = /** @type {(inputs: Err_Csv_Binary_XlsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.file}" is an old Excel .xls workbook, not a CSV file.`)
};

export const err_csv_binary_xlsx = /** @type {(inputs: Err_Csv_Binary_XlsxInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.file}" is an Excel workbook (.xlsx), not a CSV file.`)
};

export const err_csv_binary_zip = /** @type {(inputs: Err_Csv_Binary_ZipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.file}" is a ZIP archive (an Excel .xlsx workbook is one), not a CSV file.`)
};

export const err_csv_choose_csv_hint = /** @type {(inputs: Err_Csv_Choose_Csv_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the CSV file with your data.`)
};

export const err_csv_empty = /** @type {(inputs: Err_Csv_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.file}" is empty.`)
};

export const err_csv_empty_hint = /** @type {(inputs: Err_Csv_Empty_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a CSV file with a header line and at least one row of data.`)
};

export const err_csv_gzip_hint = /** @type {(inputs: Err_Csv_Gzip_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decompress it first (for example with 7-Zip or \`gunzip\`).`)
};

export const err_csv_mixed_encoding = /** @type {(inputs: Err_Csv_Mixed_EncodingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.file}" mixes text encodings: it reads as UTF-8 (with accented or other non-ASCII characters) up to byte ${i?.byte}, where a byte is not UTF-8.`)
};

export const err_csv_mixed_encoding_hint = /** @type {(inputs: Err_Csv_Mixed_Encoding_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save the file again in one encoding, preferably UTF-8 (in Excel: File › Save As › "CSV UTF-8"). Faro will not guess, because either reading would change some values.`)
};

export const err_csv_no_rows = /** @type {(inputs: Err_Csv_No_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.file}" has a header line but no rows of data.`)
};

export const err_csv_no_rows_hint = /** @type {(inputs: Err_Csv_No_Rows_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check that the file was exported completely.`)
};

export const err_csv_quotes = /** @type {(inputs: Err_Csv_QuotesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} of "${i?.file}" has text after the closing quote of a quoted value, in column ${i?.column}.`)
};

export const err_csv_quotes_header = /** @type {(inputs: Err_Csv_Quotes_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The header line of "${i?.file}" has text after the closing quote of a quoted value, in column ${i?.column}.`)
};

export const err_csv_quotes_header_hint = /** @type {(inputs: Err_Csv_Quotes_Header_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A value that starts with a double quote must end with one, and quotes inside it must be doubled (""). Fix the header line and load the file again.`)
};

export const err_csv_quotes_header_more = /** @type {(inputs: Err_Csv_Quotes_Header_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The header line of "${i?.file}" has text after the closing quote of a quoted value, in column ${i?.column}. ${i?.more} more rows have the same problem (lines ${i?.lines}).`)
};

export const err_csv_quotes_header_more_one = /** @type {(inputs: Err_Csv_Quotes_Header_More_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The header line of "${i?.file}" has text after the closing quote of a quoted value, in column ${i?.column}. 1 more row has the same problem (line ${i?.lines}).`)
};

export const err_csv_quotes_header_named = /** @type {(inputs: Err_Csv_Quotes_Header_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The header line of "${i?.file}" has text after the closing quote of a quoted value, in column ${i?.column} ("${i?.name}").`)
};

export const err_csv_quotes_header_named_more = /** @type {(inputs: Err_Csv_Quotes_Header_Named_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The header line of "${i?.file}" has text after the closing quote of a quoted value, in column ${i?.column} ("${i?.name}"). ${i?.more} more rows have the same problem (lines ${i?.lines}).`)
};

export const err_csv_quotes_header_named_more_one = /** @type {(inputs: Err_Csv_Quotes_Header_Named_More_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The header line of "${i?.file}" has text after the closing quote of a quoted value, in column ${i?.column} ("${i?.name}"). 1 more row has the same problem (line ${i?.lines}).`)
};

export const err_csv_quotes_hint_one = /** @type {(inputs: Err_Csv_Quotes_Hint_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A value that starts with a double quote must end with one, and quotes inside it must be doubled (""). Fix the file, or choose to skip the ${i?.count} row.`)
};

export const err_csv_quotes_hint_other = /** @type {(inputs: Err_Csv_Quotes_Hint_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A value that starts with a double quote must end with one, and quotes inside it must be doubled (""). Fix the file, or choose to skip the ${i?.count} rows.`)
};

export const err_csv_quotes_more = /** @type {(inputs: Err_Csv_Quotes_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} of "${i?.file}" has text after the closing quote of a quoted value, in column ${i?.column}. ${i?.more} more rows have the same problem (lines ${i?.lines}).`)
};

export const err_csv_quotes_more_one = /** @type {(inputs: Err_Csv_Quotes_More_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} of "${i?.file}" has text after the closing quote of a quoted value, in column ${i?.column}. 1 more row has the same problem (line ${i?.lines}).`)
};

export const err_csv_quotes_named = /** @type {(inputs: Err_Csv_Quotes_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} of "${i?.file}" has text after the closing quote of a quoted value, in column ${i?.column} ("${i?.name}").`)
};

export const err_csv_quotes_named_more = /** @type {(inputs: Err_Csv_Quotes_Named_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} of "${i?.file}" has text after the closing quote of a quoted value, in column ${i?.column} ("${i?.name}"). ${i?.more} more rows have the same problem (lines ${i?.lines}).`)
};

export const err_csv_quotes_named_more_one = /** @type {(inputs: Err_Csv_Quotes_Named_More_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} of "${i?.file}" has text after the closing quote of a quoted value, in column ${i?.column} ("${i?.name}"). 1 more row has the same problem (line ${i?.lines}).`)
};

export const err_csv_ragged = /** @type {(inputs: Err_Csv_RaggedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} of "${i?.file}" has ${i?.fields} fields but the header has ${i?.expected}.`)
};

export const err_csv_ragged_hint_bar_one = /** @type {(inputs: Err_Csv_Ragged_Hint_Bar_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Look for an unquoted vertical bar inside a value, or choose to skip or pad the ${i?.count} uneven row.`)
};

export const err_csv_ragged_hint_bar_other = /** @type {(inputs: Err_Csv_Ragged_Hint_Bar_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Look for an unquoted vertical bar inside a value, or choose to skip or pad the ${i?.count} uneven rows.`)
};

export const err_csv_ragged_hint_comma_one = /** @type {(inputs: Err_Csv_Ragged_Hint_Comma_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Look for an unquoted comma inside a value, or choose to skip or pad the ${i?.count} uneven row.`)
};

export const err_csv_ragged_hint_comma_other = /** @type {(inputs: Err_Csv_Ragged_Hint_Comma_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Look for an unquoted comma inside a value, or choose to skip or pad the ${i?.count} uneven rows.`)
};

export const err_csv_ragged_hint_semicolon_one = /** @type {(inputs: Err_Csv_Ragged_Hint_Semicolon_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Look for an unquoted semicolon inside a value, or choose to skip or pad the ${i?.count} uneven row.`)
};

export const err_csv_ragged_hint_semicolon_other = /** @type {(inputs: Err_Csv_Ragged_Hint_Semicolon_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Look for an unquoted semicolon inside a value, or choose to skip or pad the ${i?.count} uneven rows.`)
};

export const err_csv_ragged_hint_tab_one = /** @type {(inputs: Err_Csv_Ragged_Hint_Tab_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Look for an unquoted tab inside a value, or choose to skip or pad the ${i?.count} uneven row.`)
};

export const err_csv_ragged_hint_tab_other = /** @type {(inputs: Err_Csv_Ragged_Hint_Tab_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Look for an unquoted tab inside a value, or choose to skip or pad the ${i?.count} uneven rows.`)
};

export const err_csv_ragged_more = /** @type {(inputs: Err_Csv_Ragged_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} of "${i?.file}" has ${i?.fields} fields but the header has ${i?.expected}. ${i?.more} more rows have the wrong number of fields (lines ${i?.lines}).`)
};

export const err_csv_ragged_more_one = /** @type {(inputs: Err_Csv_Ragged_More_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} of "${i?.file}" has ${i?.fields} fields but the header has ${i?.expected}. 1 more row has the wrong number of fields (line ${i?.lines}).`)
};

export const err_csv_sheet_hint = /** @type {(inputs: Err_Csv_Sheet_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export it as CSV: in Excel, File › Save As › "CSV UTF-8 (Comma delimited)"; in Google Sheets, File › Download › Comma-separated values.`)
};

export const err_csv_single_column = /** @type {(inputs: Err_Csv_Single_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.file}" has a single column ("${i?.header}"): no comma, semicolon, tab or vertical bar separates its header.`)
};

export const err_csv_single_column_hint = /** @type {(inputs: Err_Csv_Single_Column_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Faro needs at least two columns (features and a target). If the file uses another separator, export it again with commas.`)
};

export const err_csv_too_large = /** @type {(inputs: Err_Csv_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.file}" is ${i?.size}, more than the ${i?.max} Faro can load here.`)
};

export const err_csv_too_large_hint = /** @type {(inputs: Err_Csv_Too_Large_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use a sample of the rows, or drop columns you do not need, and try again.`)
};

export const err_csv_unclosed_quote = /** @type {(inputs: Err_Csv_Unclosed_QuoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A quoted value in "${i?.file}" is never closed.`)
};

export const err_csv_unclosed_quote_hint = /** @type {(inputs: Err_Csv_Unclosed_Quote_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Look for a stray double quote (") on that line; quotes inside values must be doubled ("").`)
};

export const err_custom_model_credentials_hint = /** @type {(inputs: Err_Custom_Model_Credentials_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove the credentials from the address.`)
};

export const err_custom_model_https_hint = /** @type {(inputs: Err_Custom_Model_Https_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serve the files over https.`)
};

export const err_custom_model_invalid_hint = /** @type {(inputs: Err_Custom_Model_Invalid_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paste a full address such as https://models.example.com/SmolLM2-360M-Instruct-q4f16_1-MLC/.`)
};

export const err_custom_model_lib_credentials = /** @type {(inputs: Err_Custom_Model_Lib_CredentialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model library URL must not carry a user name or password.`)
};

export const err_custom_model_lib_https = /** @type {(inputs: Err_Custom_Model_Lib_HttpsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model library URL must use https (http only for localhost).`)
};

export const err_custom_model_lib_invalid = /** @type {(inputs: Err_Custom_Model_Lib_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model library URL is not a URL.`)
};

export const err_custom_model_not_wasm = /** @type {(inputs: Err_Custom_Model_Not_WasmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model library URL must point at the compiled .wasm file.`)
};

export const err_custom_model_not_wasm_hint = /** @type {(inputs: Err_Custom_Model_Not_Wasm_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It ends in .wasm, e.g. …/SmolLM2-360M-Instruct-q4f16_1-ctx4k_cs1k-webgpu.wasm.`)
};

export const err_custom_model_url_credentials = /** @type {(inputs: Err_Custom_Model_Url_CredentialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model URL must not carry a user name or password.`)
};

export const err_custom_model_url_https = /** @type {(inputs: Err_Custom_Model_Url_HttpsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model URL must use https (http only for localhost).`)
};

export const err_custom_model_url_invalid = /** @type {(inputs: Err_Custom_Model_Url_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model URL is not a URL.`)
};

export const err_custom_model_where_lib = /** @type {(inputs: Err_Custom_Model_Where_LibInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`model library URL`)
};

export const err_custom_model_where_url = /** @type {(inputs: Err_Custom_Model_Where_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`model URL`)
};

export const err_cv_over_budget_first = /** @type {(inputs: Err_Cv_Over_Budget_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Skipped: the first fold took ${i?.elapsed} s, so ${i?.k} folds need about ${i?.projected} s; ${i?.left} s of the budget were left.`)
};

export const err_cv_over_budget_hint = /** @type {(inputs: Err_Cv_Over_Budget_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give the search more minutes, or fewer folds, to let configurations this slow finish.`)
};

export const err_cv_over_budget_many = /** @type {(inputs: Err_Cv_Over_Budget_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Skipped: ${i?.done} folds took ${i?.elapsed} s, so ${i?.k} folds need about ${i?.projected} s; ${i?.left} s of the budget were left.`)
};

export const err_cv_pruned_first = /** @type {(inputs: Err_Cv_Pruned_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Stopped after the first fold: ${i?.metric} ${i?.score}, worse than the median of the earlier trials at that point (${i?.bar}).`)
};

export const err_cv_pruned_hint = /** @type {(inputs: Err_Cv_Pruned_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pruning saves the budget for more promising configurations; it applies from 1,000 rows per fold.`)
};

export const err_cv_pruned_many = /** @type {(inputs: Err_Cv_Pruned_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Stopped after ${i?.done} folds: ${i?.metric} ${i?.score}, worse than the median of the earlier trials at that point (${i?.bar}).`)
};

export const err_dataset_not_found = /** @type {(inputs: Err_Dataset_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This dataset is no longer stored in the browser.`)
};

export const err_dataset_not_found_hint = /** @type {(inputs: Err_Dataset_Not_Found_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Load the CSV again.`)
};

export const err_engine_device_lost = /** @type {(inputs: Err_Engine_Device_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The GPU stopped responding while the model was writing (the WebGPU device was lost).`)
};

export const err_engine_device_lost_hint = /** @type {(inputs: Err_Engine_Device_Lost_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resume continues where it stopped: finished rows are cached. If it happens again, pick a smaller model or use the template describer.`)
};

export const err_engine_host_down = /** @type {(inputs: Err_Engine_Host_DownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The files of ${i?.model} could not be downloaded: the model host did not answer.`)
};

export const err_engine_host_down_hint = /** @type {(inputs: Err_Engine_Host_Down_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check the connection and Retry (files already downloaded are kept); or use the template describer, which works offline.`)
};

export const err_engine_host_error = /** @type {(inputs: Err_Engine_Host_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The files of ${i?.model} could not be downloaded: the model host answered with an error.`)
};

export const err_engine_host_error_hint = /** @type {(inputs: Err_Engine_Host_Error_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check the model URL and that the host serves the files to this page, then Retry; or use the template describer, which works offline.`)
};

export const err_engine_no_f16 = /** @type {(inputs: Err_Engine_No_F16Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This GPU lacks the 16-bit float support (shader-f16) that ${i?.model} needs.`)
};

export const err_engine_no_f16_hint = /** @type {(inputs: Err_Engine_No_F16_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pick a q4f32 model, or use the template describer.`)
};

export const err_engine_no_feature = /** @type {(inputs: Err_Engine_No_FeatureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This GPU lacks a WebGPU feature that ${i?.model} needs.`)
};

export const err_engine_no_feature_hint = /** @type {(inputs: Err_Engine_No_Feature_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pick another model, or use the template describer.`)
};

export const err_engine_no_webgpu = /** @type {(inputs: Err_Engine_No_WebgpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This browser cannot give the model a GPU (WebGPU is unavailable).`)
};

export const err_engine_no_webgpu_hint = /** @type {(inputs: Err_Engine_No_Webgpu_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use the template describer, or open Faro in a browser with WebGPU (recent Chrome or Edge).`)
};

export const err_engine_oom = /** @type {(inputs: Err_Engine_OomInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The GPU ran out of memory loading ${i?.model}.`)
};

export const err_engine_oom_hint = /** @type {(inputs: Err_Engine_Oom_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pick a smaller model, close other tabs that use the GPU, or use the template describer.`)
};

export const err_eval_calibration_bins = /** @type {(inputs: Err_Eval_Calibration_BinsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A calibration curve needs a whole number of bins, got ${i?.bins}.`)
};

export const err_eval_calibration_bins_hint = /** @type {(inputs: Err_Eval_Calibration_Bins_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use 10 bins.`)
};

export const err_eval_calibration_range = /** @type {(inputs: Err_Eval_Calibration_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} has probability ${i?.p}, outside [0, 1].`)
};

export const err_eval_calibration_range_hint = /** @type {(inputs: Err_Eval_Calibration_Range_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pass probabilities, not raw model outputs.`)
};

export const err_eval_class_index = /** @type {(inputs: Err_Eval_Class_IndexInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} has class index ${i?.index}, outside 0..${i?.max}.`)
};

export const err_eval_class_index_hint = /** @type {(inputs: Err_Eval_Class_Index_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Encode the target first.`)
};

export const err_eval_confusion_index = /** @type {(inputs: Err_Eval_Confusion_IndexInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} has a class index outside 0..${i?.max}.`)
};

export const err_eval_confusion_index_hint = /** @type {(inputs: Err_Eval_Confusion_Index_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Encode the labels as class indices first.`)
};

export const err_eval_confusion_length = /** @type {(inputs: Err_Eval_Confusion_LengthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There are ${i?.labels} true labels but ${i?.predictions} predictions.`)
};

export const err_eval_confusion_length_hint = /** @type {(inputs: Err_Eval_Confusion_Length_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pass one prediction per row.`)
};

export const err_eval_costs = /** @type {(inputs: Err_Eval_CostsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The costs of the errors must be numbers of at least 0, not both 0 (got false positive ${i?.fp}, false negative ${i?.fn}).`)
};

export const err_eval_costs_hint = /** @type {(inputs: Err_Eval_Costs_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter what a false positive and a false negative cost, e.g. 1 and 5.`)
};

export const err_eval_fixed_threshold = /** @type {(inputs: Err_Eval_Fixed_ThresholdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A fixed threshold needs a number, got ${i?.value}.`)
};

export const err_eval_fixed_threshold_hint = /** @type {(inputs: Err_Eval_Fixed_Threshold_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter a threshold such as 0.5.`)
};

export const err_eval_label_not_binary = /** @type {(inputs: Err_Eval_Label_Not_BinaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} has label ${i?.label}, not 0 or 1.`)
};

export const err_eval_label_not_binary_hint = /** @type {(inputs: Err_Eval_Label_Not_Binary_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mark positives with 1.`)
};

export const err_eval_length_mismatch = /** @type {(inputs: Err_Eval_Length_MismatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There are ${i?.scores} scores but ${i?.labels} labels.`)
};

export const err_eval_length_mismatch_hint = /** @type {(inputs: Err_Eval_Length_Mismatch_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pass one score per labelled row.`)
};

export const err_eval_no_rows = /** @type {(inputs: Err_Eval_No_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`There are no rows to evaluate.`)
};

export const err_eval_no_rows_hint = /** @type {(inputs: Err_Eval_No_Rows_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keep some rows in the evaluated part.`)
};

export const err_eval_non_finite_score = /** @type {(inputs: Err_Eval_Non_Finite_ScoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} has a non-finite score (${i?.score}).`)
};

export const err_eval_non_finite_score_hint = /** @type {(inputs: Err_Eval_Non_Finite_Score_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model produced NaN or infinite outputs; it probably diverged: lower the learning rate.`)
};

export const err_eval_positive_index = /** @type {(inputs: Err_Eval_Positive_IndexInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The positive class index ${i?.index} is not 0 or 1.`)
};

export const err_eval_positive_index_hint = /** @type {(inputs: Err_Eval_Positive_Index_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pick one of the two classes as positive.`)
};

export const err_eval_proba_range = /** @type {(inputs: Err_Eval_Proba_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} has probability ${i?.p} for class ${i?.index}, outside [0, 1].`)
};

export const err_eval_proba_range_hint = /** @type {(inputs: Err_Eval_Proba_Range_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model produced invalid outputs; it probably diverged: lower the learning rate.`)
};

export const err_eval_proba_shape = /** @type {(inputs: Err_Eval_Proba_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The probabilities hold ${i?.values} values, not ${i?.rows} rows × ${i?.classes} classes.`)
};

export const err_eval_proba_shape_hint = /** @type {(inputs: Err_Eval_Proba_Shape_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pass one probability per class for every row, row after row.`)
};

export const err_eval_threshold_nan = /** @type {(inputs: Err_Eval_Threshold_NanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The threshold ${i?.value} is not a number.`)
};

export const err_eval_threshold_nan_hint = /** @type {(inputs: Err_Eval_Threshold_Nan_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a threshold between 0 and 1.`)
};

export const err_eval_two_classes = /** @type {(inputs: Err_Eval_Two_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Evaluation needs at least two classes, got ${i?.count}.`)
};

export const err_eval_two_classes_hint = /** @type {(inputs: Err_Eval_Two_Classes_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check the labels.`)
};

export const err_folds_bad_k = /** @type {(inputs: Err_Folds_Bad_KInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The number of folds must be a whole number from ${i?.min} to ${i?.max}.`)
};

export const err_folds_bad_k_hint = /** @type {(inputs: Err_Folds_Bad_K_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use 5 folds unless the data is very small or very large.`)
};

export const err_folds_class_too_small = /** @type {(inputs: Err_Folds_Class_Too_SmallInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The class "${i?.name}" has ${i?.count} rows outside the test part; ${i?.k}-fold cross-validation needs at least ${i?.k}.`)
};

export const err_folds_class_too_small_hint = /** @type {(inputs: Err_Folds_Class_Too_Small_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use fewer folds, or add rows of this class.`)
};

export const err_gbdt_damaged_class_count = /** @type {(inputs: Err_Gbdt_Damaged_Class_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be ${i?.expected}, the number of labels (found ${i?.found}).`)
};

export const err_gbdt_damaged_feature_count = /** @type {(inputs: Err_Gbdt_Damaged_Feature_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be ${i?.expected}, the features the recipe makes (found ${i?.found}).`)
};

export const err_gbdt_damaged_finite = /** @type {(inputs: Err_Gbdt_Damaged_FiniteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a finite number (found ${i?.found}).`)
};

export const err_gbdt_damaged_format = /** @type {(inputs: Err_Gbdt_Damaged_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be "${i?.format}" (found ${i?.found}).`)
};

export const err_gbdt_damaged_hint = /** @type {(inputs: Err_Gbdt_Damaged_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download the model again from its run in Faro, or choose another file.`)
};

export const err_gbdt_damaged_leaf = /** @type {(inputs: Err_Gbdt_Damaged_LeafInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be -1, as ${i?.other}[${i?.node}] marks a leaf (found ${i?.found}).`)
};

export const err_gbdt_damaged_list = /** @type {(inputs: Err_Gbdt_Damaged_ListInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list (found ${i?.found}).`)
};

export const err_gbdt_damaged_list_length = /** @type {(inputs: Err_Gbdt_Damaged_List_LengthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list of ${i?.length} entries (found ${i?.found}).`)
};

export const err_gbdt_damaged_no_nodes = /** @type {(inputs: Err_Gbdt_Damaged_No_NodesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a list of at least one node.`)
};

export const err_gbdt_damaged_nonnegative = /** @type {(inputs: Err_Gbdt_Damaged_NonnegativeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a number of 0 or more (found ${i?.found}).`)
};

export const err_gbdt_damaged_object = /** @type {(inputs: Err_Gbdt_Damaged_ObjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be an object (found ${i?.found}).`)
};

export const err_gbdt_damaged_reached_twice = /** @type {(inputs: Err_Gbdt_Damaged_Reached_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a node no other node points to (node ${i?.node} is reached twice).`)
};

export const err_gbdt_damaged_trees = /** @type {(inputs: Err_Gbdt_Damaged_TreesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a multiple of ${i?.outputs} trees, one per class per iteration (found ${i?.found}).`)
};

export const err_gbdt_damaged_unreached = /** @type {(inputs: Err_Gbdt_Damaged_UnreachedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a tree that reaches every node (node ${i?.node} is never reached).`)
};

export const err_gbdt_damaged_whole = /** @type {(inputs: Err_Gbdt_Damaged_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This Faro model is damaged: "${i?.path}" must be a whole number from ${i?.min} to ${i?.max} (found ${i?.found}).`)
};

export const err_gbdt_diverged = /** @type {(inputs: Err_Gbdt_DivergedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Boosting diverged in iteration ${i?.iteration}: the loss is no longer a number.`)
};

export const err_gbdt_diverged_hint = /** @type {(inputs: Err_Gbdt_Diverged_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lower the learning rate, or raise the L2 regularisation.`)
};

export const err_gbdt_empty_train = /** @type {(inputs: Err_Gbdt_Empty_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The training part has no rows.`)
};

export const err_gbdt_empty_train_hint = /** @type {(inputs: Err_Gbdt_Empty_Train_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use more rows, or give the validation part a smaller fraction.`)
};

export const err_gbdt_feature_count = /** @type {(inputs: Err_Gbdt_Feature_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The tree model reads ${i?.expected} features but got ${i?.got}.`)
};

export const err_gbdt_newer = /** @type {(inputs: Err_Gbdt_NewerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This tree model was made by a newer Faro (format version ${i?.version}).`)
};

export const err_gbdt_newer_hint = /** @type {(inputs: Err_Gbdt_Newer_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open it with the Faro that made it, or update this one.`)
};

export const err_gbdt_value_too_large = /** @type {(inputs: Err_Gbdt_Value_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The feature "${i?.feature}" has a value too large for 32-bit numbers (beyond ±3.4·10³⁸).`)
};

export const err_gbdt_value_too_large_hint = /** @type {(inputs: Err_Gbdt_Value_Too_Large_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fix that value in the data, or apply log(1 + x) or scaling to the column.`)
};

export const err_gbdt_where_training_row = /** @type {(inputs: Err_Gbdt_Where_Training_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`training, row ${i?.row} of its features`)
};

export const err_gbdt_where_validation_row = /** @type {(inputs: Err_Gbdt_Where_Validation_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`validation, row ${i?.row} of its features`)
};

export const err_gbdt_zero_weights = /** @type {(inputs: Err_Gbdt_Zero_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every training row has weight 0, so there is nothing to learn from.`)
};

export const err_gbdt_zero_weights_hint = /** @type {(inputs: Err_Gbdt_Zero_Weights_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give the classes present in the training rows a weight above 0.`)
};

export const err_importance_unknown_column = /** @type {(inputs: Err_Importance_Unknown_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The column "${i?.name}" is not in the table.`)
};

export const err_importance_where = /** @type {(inputs: Err_Importance_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`permutation importance`)
};

export const err_impute_constant_hint = /** @type {(inputs: Err_Impute_Constant_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter a finite number as the constant.`)
};

export const err_impute_constant_not_number = /** @type {(inputs: Err_Impute_Constant_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The fill value for "${i?.name}" is not a number.`)
};

export const err_internal = /** @type {(inputs: Err_InternalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Something went wrong inside Faro: ${i?.error}`)
};

export const err_internal_hint = /** @type {(inputs: Err_Internal_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is a bug; the console has the details.`)
};

export const err_llm_cancelled = /** @type {(inputs: Err_Llm_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancelled.`)
};

export const err_llm_description_count = /** @type {(inputs: Err_Llm_Description_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Got ${i?.descriptions} descriptions for ${i?.rows} rows.`)
};

export const err_matrix_different_features = /** @type {(inputs: Err_Matrix_Different_FeaturesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cannot append feature rows with different features.`)
};

export const err_model_setting_class_weights = /** @type {(inputs: Err_Model_Setting_Class_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model setting "${i?.field}" must be null or a list of non-negative numbers, one per class, not all 0.`)
};

export const err_model_setting_dropout = /** @type {(inputs: Err_Model_Setting_DropoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model setting "${i?.field}" must be a number from 0 to 0.95.`)
};

export const err_model_setting_hidden_units = /** @type {(inputs: Err_Model_Setting_Hidden_UnitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model setting "${i?.field}" must be a list of whole numbers from 1 to 4096.`)
};

export const err_model_setting_hint = /** @type {(inputs: Err_Model_Setting_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fix the value in the model settings, or reset them to the defaults.`)
};

export const err_model_setting_l2 = /** @type {(inputs: Err_Model_Setting_L2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model setting "${i?.field}" must be a number from 0 to 10.`)
};

export const err_model_setting_layers = /** @type {(inputs: Err_Model_Setting_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model setting "${i?.field}" must be at most 8 layers.`)
};

export const err_model_setting_learning_rate = /** @type {(inputs: Err_Model_Setting_Learning_RateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model setting "${i?.field}" must be a positive number up to 10.`)
};

export const err_model_setting_max_depth = /** @type {(inputs: Err_Model_Setting_Max_DepthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model setting "${i?.field}" must be empty (no limit) or a whole number from 1 to 64.`)
};

export const err_model_setting_min_leaf = /** @type {(inputs: Err_Model_Setting_Min_LeafInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model setting "${i?.field}" must be a whole number from 1 to 1,000,000.`)
};

export const err_model_setting_object = /** @type {(inputs: Err_Model_Setting_ObjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model setting "${i?.field}" must be an object of model settings.`)
};

export const err_model_setting_one_of = /** @type {(inputs: Err_Model_Setting_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model setting "${i?.field}" must be one of ${i?.choices}.`)
};

export const err_model_setting_solver_family = /** @type {(inputs: Err_Model_Setting_Solver_FamilyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model setting "${i?.field}" must be "adam" (or absent) for this family: L-BFGS fits logistic regression only.`)
};

export const err_model_setting_trees = /** @type {(inputs: Err_Model_Setting_TreesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model setting "${i?.field}" must be the tree settings (leaves, depth, leaf size, bins).`)
};

export const err_model_setting_whole_range = /** @type {(inputs: Err_Model_Setting_Whole_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model setting "${i?.field}" must be a whole number from ${i?.min} to ${i?.max}.`)
};

export const err_no_features = /** @type {(inputs: Err_No_FeaturesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No column is used as a feature.`)
};

export const err_no_features_hint = /** @type {(inputs: Err_No_Features_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set the role of at least one column (other than the target) to "feature".`)
};

export const err_predict_missing_column = /** @type {(inputs: Err_Predict_Missing_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The data to score lacks the column the model needs: ${i?.columns}.`)
};

export const err_predict_missing_columns = /** @type {(inputs: Err_Predict_Missing_ColumnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The data to score lacks ${i?.count} columns the model needs: ${i?.columns}.`)
};

export const err_predict_missing_hint = /** @type {(inputs: Err_Predict_Missing_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use a file with the same column names as the training data (extra columns are fine).`)
};

export const err_predict_wrong_kind = /** @type {(inputs: Err_Predict_Wrong_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model reads these columns as numbers, but most values are not: ${i?.columns}.`)
};

export const err_predict_wrong_kind_hint = /** @type {(inputs: Err_Predict_Wrong_Kind_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check that the columns hold the same kind of values as in the training data.`)
};

export const err_predict_wrong_kind_one = /** @type {(inputs: Err_Predict_Wrong_Kind_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model reads this column as numbers, but most values are not: "${i?.name}" (e.g. "${i?.example}").`)
};

export const err_prompt_empty = /** @type {(inputs: Err_Prompt_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The prompt is empty.`)
};

export const err_prompt_empty_hint = /** @type {(inputs: Err_Prompt_Empty_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore the default prompt.`)
};

export const err_prompt_few_labels = /** @type {(inputs: Err_Prompt_Few_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give at least two label choices, separated by commas.`)
};

export const err_prompt_few_labels_hint = /** @type {(inputs: Err_Prompt_Few_Labels_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For example: stable, risky`)
};

export const err_prompt_long_label = /** @type {(inputs: Err_Prompt_Long_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The label "${i?.label}…" is longer than 40 characters.`)
};

export const err_prompt_long_label_hint = /** @type {(inputs: Err_Prompt_Long_Label_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use short labels: they become the levels of a categorical feature.`)
};

export const err_prompt_unknown_columns = /** @type {(inputs: Err_Prompt_Unknown_ColumnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The prompt names columns that the describer cannot see: ${i?.placeholders}.`)
};

export const err_prompt_use_columns_hint = /** @type {(inputs: Err_Prompt_Use_Columns_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Use one of: ${i?.columns}.`)
};

export const err_prompt_where = /** @type {(inputs: Err_Prompt_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`prompt`)
};

export const err_prompt_where_labels = /** @type {(inputs: Err_Prompt_Where_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`label choices`)
};

export const err_reasons_no_covers = /** @type {(inputs: Err_Reasons_No_CoversInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This tree model does not carry the node counts that per-row reasons need.`)
};

export const err_reasons_no_covers_hint = /** @type {(inputs: Err_Reasons_No_Covers_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Train the run again with this Faro: its model files carry them.`)
};

export const err_reasons_unavailable = /** @type {(inputs: Err_Reasons_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This model file was written before Faro stored what per-row reasons need.`)
};

export const err_reasons_unavailable_hint = /** @type {(inputs: Err_Reasons_Unavailable_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Train the run again with this Faro, then download its model again.`)
};

export const err_recipe_lacks_column = /** @type {(inputs: Err_Recipe_Lacks_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The data lacks the column ${i?.columns}.`)
};

export const err_recipe_lacks_columns = /** @type {(inputs: Err_Recipe_Lacks_ColumnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The data lacks the columns ${i?.columns}.`)
};

export const err_recipe_lacks_hint = /** @type {(inputs: Err_Recipe_Lacks_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use a file with the same columns as the training data.`)
};

export const err_runs_db_gone = /** @type {(inputs: Err_Runs_Db_GoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run ${i?.id} is no longer stored.`)
};

export const err_runs_db_interrupted = /** @type {(inputs: Err_Runs_Db_InterruptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The tab was closed or reloaded while this run was training.`)
};

export const err_runs_db_interrupted_hint = /** @type {(inputs: Err_Runs_Db_Interrupted_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Train it again: the settings are kept.`)
};

export const err_runs_db_no_model_cancelled = /** @type {(inputs: Err_Runs_Db_No_Model_CancelledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run "${i?.name}" has no model to remove: it is cancelled.`)
};

export const err_runs_db_no_model_done = /** @type {(inputs: Err_Runs_Db_No_Model_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run "${i?.name}" has no model to remove: it is done.`)
};

export const err_runs_db_no_model_failed = /** @type {(inputs: Err_Runs_Db_No_Model_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run "${i?.name}" has no model to remove: it is failed.`)
};

export const err_runs_db_no_model_hint = /** @type {(inputs: Err_Runs_Db_No_Model_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete the run instead to free its space.`)
};

export const err_runs_db_no_model_interrupted = /** @type {(inputs: Err_Runs_Db_No_Model_InterruptedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run "${i?.name}" has no model to remove: it is interrupted.`)
};

export const err_runs_db_no_model_running = /** @type {(inputs: Err_Runs_Db_No_Model_RunningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run "${i?.name}" has no model to remove: it is running.`)
};

export const err_runs_db_where_run = /** @type {(inputs: Err_Runs_Db_Where_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`run "${i?.name}"`)
};

export const err_runs_import_done_no_result = /** @type {(inputs: Err_Runs_Import_Done_No_ResultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run ${i?.file}, run ${i?.index} is marked done but has no result.`)
};

export const err_runs_import_hint = /** @type {(inputs: Err_Runs_Import_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export the runs again from Faro (Runs → Export selected).`)
};

export const err_runs_import_missing_field = /** @type {(inputs: Err_Runs_Import_Missing_FieldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run ${i?.file}, run ${i?.index} has no "${i?.field}".`)
};

export const err_runs_import_newer = /** @type {(inputs: Err_Runs_Import_NewerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} was exported by a newer Faro (version ${i?.version}); this Faro reads version ${i?.supported}.`)
};

export const err_runs_import_no_runs = /** @type {(inputs: Err_Runs_Import_No_RunsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} has no "runs" list.`)
};

export const err_runs_import_not_json = /** @type {(inputs: Err_Runs_Import_Not_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is not a Faro runs export: it is not JSON.`)
};

export const err_runs_import_not_object = /** @type {(inputs: Err_Runs_Import_Not_ObjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run ${i?.file}, run ${i?.index} is not an object.`)
};

export const err_runs_import_where_field = /** @type {(inputs: Err_Runs_Import_Where_FieldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, run ${i?.index}.${i?.field}`)
};

export const err_runs_import_where_run = /** @type {(inputs: Err_Runs_Import_Where_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, run ${i?.index}`)
};

export const err_runs_import_wrong_format = /** @type {(inputs: Err_Runs_Import_Wrong_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is not a Faro runs export ("format" is not "${i?.format}").`)
};

export const err_runs_import_wrong_format_hint = /** @type {(inputs: Err_Runs_Import_Wrong_Format_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A model file (.faro-model.json) is loaded on the Predict screen instead.`)
};

export const err_search_cancelled = /** @type {(inputs: Err_Search_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancelled.`)
};

export const err_search_out_of_time = /** @type {(inputs: Err_Search_Out_Of_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The search ran out of time.`)
};

export const err_settings_choose_one_of = /** @type {(inputs: Err_Settings_Choose_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choose one of: ${i?.choices}.`)
};

export const err_settings_no_target = /** @type {(inputs: Err_Settings_No_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the column to predict before training.`)
};

export const err_settings_no_target_hint = /** @type {(inputs: Err_Settings_No_Target_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pick the target on the Data screen.`)
};

export const err_signal_positive_not_class = /** @type {(inputs: Err_Signal_Positive_Not_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The positive class "${i?.label}" is not a class of "${i?.name}".`)
};

export const err_signal_positive_not_class_hint = /** @type {(inputs: Err_Signal_Positive_Not_Class_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choose one of: ${i?.labels}.`)
};

export const err_signal_single_class_hint = /** @type {(inputs: Err_Signal_Single_Class_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`There is nothing to tell apart: pick another target.`)
};

export const err_signal_too_many_classes = /** @type {(inputs: Err_Signal_Too_Many_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The target "${i?.name}" has ${i?.count} classes.`)
};

export const err_signal_too_many_classes_hint = /** @type {(inputs: Err_Signal_Too_Many_Classes_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The signal screen handles up to ${i?.max} classes: pick a categorical target.`)
};

export const err_solver_diverged = /** @type {(inputs: Err_Solver_DivergedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The solver failed in iteration ${i?.iteration}: the loss is no longer a number.`)
};

export const err_solver_diverged_hint = /** @type {(inputs: Err_Solver_Diverged_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Scale the numeric columns (standard scaling), or raise the L2 penalty.`)
};

export const err_spec_column_missing = /** @type {(inputs: Err_Spec_Column_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.feature}" uses the column "${i?.name}", which is not in the data.`)
};

export const err_spec_column_missing_hint = /** @type {(inputs: Err_Spec_Column_Missing_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pick another column.`)
};

export const err_spec_name_taken = /** @type {(inputs: Err_Spec_Name_TakenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The name "${i?.name}" is already used by another column or feature.`)
};

export const err_spec_name_taken_hint = /** @type {(inputs: Err_Spec_Name_Taken_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose another name.`)
};

export const err_spec_needs_date = /** @type {(inputs: Err_Spec_Needs_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.feature}" needs a date column, but "${i?.name}" is ${i?.actual}.`)
};

export const err_spec_needs_date_hint = /** @type {(inputs: Err_Spec_Needs_Date_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pick a date column, or change the kind of "${i?.name}".`)
};

export const err_spec_needs_numeric = /** @type {(inputs: Err_Spec_Needs_NumericInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.feature}" needs a numeric column, but "${i?.name}" is ${i?.actual}.`)
};

export const err_spec_needs_numeric_hint = /** @type {(inputs: Err_Spec_Needs_Numeric_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pick a numeric column, or change the kind of "${i?.name}".`)
};

export const err_spec_no_name = /** @type {(inputs: Err_Spec_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A new feature has no name.`)
};

export const err_spec_no_name_hint = /** @type {(inputs: Err_Spec_No_Name_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give it a name.`)
};

export const err_spec_unknown_op = /** @type {(inputs: Err_Spec_Unknown_OpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.name}" has an unknown operation "${i?.op}".`)
};

export const err_spec_unknown_op_hint = /** @type {(inputs: Err_Spec_Unknown_Op_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use ratio, difference or product.`)
};

export const err_split_all_test = /** @type {(inputs: Err_Split_All_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Every row has "${i?.name}" = "${i?.value}": no rows are left for training and validation.`)
};

export const err_split_all_test_hint = /** @type {(inputs: Err_Split_All_Test_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a value that marks only the rows to test on.`)
};

export const err_split_bad_shares = /** @type {(inputs: Err_Split_Bad_SharesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The training share must be above 0 and the validation share at least 0.`)
};

export const err_split_bad_shares_hint = /** @type {(inputs: Err_Split_Bad_Shares_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For example 0.7 / 0.15 (the test share is ignored).`)
};

export const err_split_bad_test_column_arg = /** @type {(inputs: Err_Split_Bad_Test_Column_ArgInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.value}" does not say which rows to test on.`)
};

export const err_split_bad_test_column_arg_hint = /** @type {(inputs: Err_Split_Bad_Test_Column_Arg_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write the column and the value that marks the test rows, for example holdout=test.`)
};

export const err_split_class_not_in_test = /** @type {(inputs: Err_Split_Class_Not_In_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The test rows have no "${i?.label}" row, though the training rows do: the test metrics could not score that class.`)
};

export const err_split_class_not_in_test_hint = /** @type {(inputs: Err_Split_Class_Not_In_Test_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choose test rows that include every class of the target (add some "${i?.label}" rows).`)
};

export const err_split_class_too_small_hint = /** @type {(inputs: Err_Split_Class_Too_Small_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Keep more "${i?.label}" rows out of the test rows, or remove that class.`)
};

export const err_split_class_too_small_one = /** @type {(inputs: Err_Split_Class_Too_Small_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Outside the test rows, the class "${i?.label}" has ${i?.count} row; training and validation need at least 2.`)
};

export const err_split_class_too_small_other = /** @type {(inputs: Err_Split_Class_Too_Small_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Outside the test rows, the class "${i?.label}" has ${i?.count} rows; training and validation need at least 2.`)
};

export const err_split_no_test_rows = /** @type {(inputs: Err_Split_No_Test_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No row has "${i?.name}" = "${i?.value}", so there would be no test rows.`)
};

export const err_split_no_test_rows_hint_empty = /** @type {(inputs: Err_Split_No_Test_Rows_Hint_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.name}" is empty in every row with a target: choose another column.`)
};

export const err_split_no_test_rows_hint_values = /** @type {(inputs: Err_Split_No_Test_Rows_Hint_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Values must match exactly (case matters). "${i?.name}" has: ${i?.values}.`)
};

export const err_split_target_missing = /** @type {(inputs: Err_Split_Target_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The target column "${i?.name}" is not in the data.`)
};

export const err_split_target_missing_hint = /** @type {(inputs: Err_Split_Target_Missing_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pick the target again on the Data screen.`)
};

export const err_split_test_column_is_feature = /** @type {(inputs: Err_Split_Test_Column_Is_FeatureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The column "${i?.name}" marks the test rows, so it cannot also be a feature: the model would learn which rows are tested.`)
};

export const err_split_test_column_is_feature_hint = /** @type {(inputs: Err_Split_Test_Column_Is_Feature_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Set the role of "${i?.name}" to "ignore".`)
};

export const err_split_test_column_is_target = /** @type {(inputs: Err_Split_Test_Column_Is_TargetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The test rows cannot be chosen by the target "${i?.name}" itself.`)
};

export const err_split_test_column_is_target_hint = /** @type {(inputs: Err_Split_Test_Column_Is_Target_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose another column that marks the test rows (for example "holdout").`)
};

export const err_split_test_column_missing = /** @type {(inputs: Err_Split_Test_Column_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The test-rows column "${i?.name}" is not in the data.`)
};

export const err_split_test_column_missing_hint = /** @type {(inputs: Err_Split_Test_Column_Missing_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the column that marks the test rows again, or use a random test share.`)
};

export const err_split_test_value_missing = /** @type {(inputs: Err_Split_Test_Value_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choose the value of "${i?.name}" that marks the test rows.`)
};

export const err_split_test_value_missing_hint = /** @type {(inputs: Err_Split_Test_Value_Missing_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For example "test" or "2024".`)
};

export const err_split_where_class = /** @type {(inputs: Err_Split_Where_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`target class "${i?.name}"`)
};

export const err_split_where_test_rows = /** @type {(inputs: Err_Split_Where_Test_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`test rows: "${i?.name}" = "${i?.value}"`)
};

export const err_storage_quota = /** @type {(inputs: Err_Storage_QuotaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The browser refused to store more data: ${i?.error}`)
};

export const err_storage_quota_hint = /** @type {(inputs: Err_Storage_Quota_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete old datasets or runs to free space.`)
};

export const err_stratify_bad_class_code = /** @type {(inputs: Err_Stratify_Bad_Class_CodeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} has class code ${i?.code}, outside 0..${i?.max}.`)
};

export const err_stratify_bad_fractions = /** @type {(inputs: Err_Stratify_Bad_FractionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The split fractions must be non-negative, with training above 0, and add up to 1.`)
};

export const err_stratify_bad_fractions_hint = /** @type {(inputs: Err_Stratify_Bad_Fractions_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For example 0.7 / 0.15 / 0.15.`)
};

export const err_stratify_class_too_small_hint = /** @type {(inputs: Err_Stratify_Class_Too_Small_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove its rows, merge it with another class, or add rows.`)
};

export const err_stratify_class_too_small_one = /** @type {(inputs: Err_Stratify_Class_Too_Small_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The class "${i?.name}" has ${i?.count} row; every class needs at least 2 (3 to appear in training, validation and test).`)
};

export const err_stratify_class_too_small_other = /** @type {(inputs: Err_Stratify_Class_Too_Small_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The class "${i?.name}" has ${i?.count} rows; every class needs at least 2 (3 to appear in training, validation and test).`)
};

export const err_target_no_values = /** @type {(inputs: Err_Target_No_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The target "${i?.name}" has no values.`)
};

export const err_target_no_values_hint = /** @type {(inputs: Err_Target_No_Values_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pick a column that is filled in.`)
};

export const err_target_not_column = /** @type {(inputs: Err_Target_Not_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The target "${i?.name}" is not a column of this dataset.`)
};

export const err_target_not_column_hint = /** @type {(inputs: Err_Target_Not_Column_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pick the target again.`)
};

export const err_target_single_class = /** @type {(inputs: Err_Target_Single_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The target "${i?.name}" has one class ("${i?.label}").`)
};

export const err_target_single_class_hint = /** @type {(inputs: Err_Target_Single_Class_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A classifier needs at least two classes: pick another target, or add rows of another class.`)
};

export const err_target_too_many_classes = /** @type {(inputs: Err_Target_Too_Many_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The target "${i?.name}" has ${i?.count} classes; Faro handles at most ${i?.max}.`)
};

export const err_target_too_many_classes_hint = /** @type {(inputs: Err_Target_Too_Many_Classes_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pick a column with fewer distinct values (an id or a measurement is not a class), or group its values first.`)
};

export const err_target_unknown_class = /** @type {(inputs: Err_Target_Unknown_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The target "${i?.name}" has the unknown class "${i?.value}".`)
};

export const err_target_unknown_class_hint = /** @type {(inputs: Err_Target_Unknown_Class_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model knows only: ${i?.labels}.`)
};

export const err_tfidf_max_df = /** @type {(inputs: Err_Tfidf_Max_DfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The maximum document frequency ${i?.value} is not valid.`)
};

export const err_tfidf_max_df_hint = /** @type {(inputs: Err_Tfidf_Max_Df_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use a fraction up to 1 or a count above 1.`)
};

export const err_tfidf_max_features = /** @type {(inputs: Err_Tfidf_Max_FeaturesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The vocabulary cap ${i?.value} is not valid.`)
};

export const err_tfidf_max_features_hint = /** @type {(inputs: Err_Tfidf_Max_Features_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use a whole number of terms, at least 1, or no cap.`)
};

export const err_tfidf_min_df = /** @type {(inputs: Err_Tfidf_Min_DfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The minimum document frequency ${i?.value} is not valid.`)
};

export const err_tfidf_min_df_hint = /** @type {(inputs: Err_Tfidf_Min_Df_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use a count (1, 2, …) or a fraction between 0 and 1.`)
};

export const err_tfidf_ngram_range = /** @type {(inputs: Err_Tfidf_Ngram_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The n-gram range [${i?.min}, ${i?.max}] is not valid.`)
};

export const err_tfidf_ngram_range_hint = /** @type {(inputs: Err_Tfidf_Ngram_Range_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use whole numbers with 1 ≤ min ≤ max, e.g. [1, 2].`)
};

export const err_tfidf_no_term = /** @type {(inputs: Err_Tfidf_No_TermInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The text settings keep terms in at least ${i?.low} and at most ${i?.high} documents: no term can pass.`)
};

export const err_tfidf_no_term_hint = /** @type {(inputs: Err_Tfidf_No_Term_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lower the minimum document frequency or raise the maximum.`)
};

export const err_train_bug_hint = /** @type {(inputs: Err_Train_Bug_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is a bug; the console has the details.`)
};

export const err_train_class_weights_count = /** @type {(inputs: Err_Train_Class_Weights_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There are ${i?.weights} class weights for ${i?.classes} classes.`)
};

export const err_train_class_weights_count_hint = /** @type {(inputs: Err_Train_Class_Weights_Count_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give one weight per class, or none.`)
};

export const err_train_diverged = /** @type {(inputs: Err_Train_DivergedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Training diverged in epoch ${i?.epoch}: the loss is no longer a number.`)
};

export const err_train_diverged_hint = /** @type {(inputs: Err_Train_Diverged_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lower the learning rate, or scale the numeric columns (standard scaling).`)
};

export const err_train_empty_part = /** @type {(inputs: Err_Train_Empty_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The training or validation part has no rows.`)
};

export const err_train_empty_part_hint = /** @type {(inputs: Err_Train_Empty_Part_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use more rows, or give the validation part a larger fraction.`)
};

export const err_train_internal = /** @type {(inputs: Err_Train_InternalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Training received inconsistent data: ${i?.what}.`)
};

export const err_train_no_features = /** @type {(inputs: Err_Train_No_FeaturesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`There are no feature columns to learn from.`)
};

export const err_train_no_features_hint = /** @type {(inputs: Err_Train_No_Features_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set at least one column's role to "feature".`)
};

export const err_train_single_class = /** @type {(inputs: Err_Train_Single_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Training needs at least 2 classes; got ${i?.count}.`)
};

export const err_train_single_class_hint = /** @type {(inputs: Err_Train_Single_Class_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a target column with two or more values.`)
};

export const err_train_unknown_positive = /** @type {(inputs: Err_Train_Unknown_PositiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The positive class "${i?.label}" is not a class of the target.`)
};

export const err_train_where_learning_rate = /** @type {(inputs: Err_Train_Where_Learning_RateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`learning rate ${i?.rate}`)
};

export const err_train_where_rows = /** @type {(inputs: Err_Train_Where_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`train ${i?.train} rows, validation ${i?.validation} rows`)
};

export const err_value_list = /** @type {(inputs: Err_Value_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a list`)
};

export const err_value_nothing = /** @type {(inputs: Err_Value_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nothing`)
};

export const err_value_object = /** @type {(inputs: Err_Value_ObjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`an object`)
};

export const err_where_balance_input = /** @type {(inputs: Err_Where_Balance_InputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`balance input`)
};

export const err_where_balance_ratio = /** @type {(inputs: Err_Where_Balance_RatioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`balance ratio`)
};

export const err_where_balance_setting = /** @type {(inputs: Err_Where_Balance_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`balance ${i?.name}`)
};

export const err_where_categorical_column = /** @type {(inputs: Err_Where_Categorical_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`categorical column ${i?.index}`)
};

export const err_where_class = /** @type {(inputs: Err_Where_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`class ${i?.index}`)
};

export const err_where_class_weights = /** @type {(inputs: Err_Where_Class_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`class weights`)
};

export const err_where_dataset = /** @type {(inputs: Err_Where_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dataset ${i?.id}`)
};

export const err_where_file_byte = /** @type {(inputs: Err_Where_File_ByteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, byte ${i?.byte}`)
};

export const err_where_file_line = /** @type {(inputs: Err_Where_File_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, line ${i?.line}`)
};

export const err_where_file_line_column = /** @type {(inputs: Err_Where_File_Line_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, line ${i?.line}, column ${i?.column}`)
};

export const err_where_json_position = /** @type {(inputs: Err_Where_Json_PositionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`line ${i?.line}, column ${i?.column} (character ${i?.position})`)
};

export const err_where_row = /** @type {(inputs: Err_Where_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`row ${i?.row}`)
};

export const err_where_rows_to_score = /** @type {(inputs: Err_Where_Rows_To_ScoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the rows to score`)
};

export const err_where_run = /** @type {(inputs: Err_Where_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`run "${i?.name}"`)
};

export const err_where_table_to_score = /** @type {(inputs: Err_Where_Table_To_ScoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the table to score`)
};

export const err_where_threshold_costs = /** @type {(inputs: Err_Where_Threshold_CostsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`threshold costs`)
};

export const err_where_whole_file = /** @type {(inputs: Err_Where_Whole_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the whole file`)
};

export const err_where_widths = /** @type {(inputs: Err_Where_WidthsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`widths ${i?.a} and ${i?.b}`)
};

export const error_dismiss = /** @type {(inputs: Error_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dismiss`)
};

export const error_where = /** @type {(inputs: Error_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Where: ${i?.where}`)
};

export const glossary_blend = /** @type {(inputs: Glossary_BlendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A weighted average of several trials' predictions, chosen on out-of-fold scores; often better than any single model.`)
};

export const glossary_blend_term = /** @type {(inputs: Glossary_Blend_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blend`)
};

export const glossary_borderline = /** @type {(inputs: Glossary_BorderlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A SMOTE variant that only creates synthetic rows around rare-class rows lying near the other class, where the model most needs help.`)
};

export const glossary_borderline_term = /** @type {(inputs: Glossary_Borderline_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borderline-1`)
};

export const glossary_close = /** @type {(inputs: Glossary_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close`)
};

export const glossary_cramer = /** @type {(inputs: Glossary_CramerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The strength of association between a categorical column and the target, from 0 (none) to 1 (the column decides the target).`)
};

export const glossary_cramer_term = /** @type {(inputs: Glossary_Cramer_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cramér's V`)
};

export const glossary_early_stopping = /** @type {(inputs: Glossary_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training stops when the validation score has not improved for a few epochs, and the best weights are kept.`)
};

export const glossary_early_stopping_term = /** @type {(inputs: Glossary_Early_Stopping_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Early stopping`)
};

export const glossary_f1_macro = /** @type {(inputs: Glossary_F1_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The F1 score (balance of precision and recall) computed for each class separately and then averaged, so a rare class counts as much as a common one.`)
};

export const glossary_f1_macro_term = /** @type {(inputs: Glossary_F1_Macro_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1 (macro)`)
};

export const glossary_fold = /** @type {(inputs: Glossary_FoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cross-validation splits the training rows into parts (folds); each fold is held out once while the model trains on the others, so every row is scored by a model that never saw it.`)
};

export const glossary_fold_term = /** @type {(inputs: Glossary_Fold_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fold`)
};

export const glossary_gini = /** @type {(inputs: Glossary_GiniInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2 × ROC AUC − 1: 0 is a random ranking, 1 a perfect one. The usual figure in credit scoring.`)
};

export const glossary_gini_term = /** @type {(inputs: Glossary_Gini_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gini`)
};

export const glossary_iv = /** @type {(inputs: Glossary_IvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How well a column separates the classes, from its weight-of-evidence bins: below 0.02 no signal, 0.1–0.3 medium, above 0.5 suspiciously strong.`)
};

export const glossary_iv_term = /** @type {(inputs: Glossary_Iv_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Information Value`)
};

export const glossary_ks = /** @type {(inputs: Glossary_KsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolmogorov–Smirnov statistic: the largest gap between the share of positives and the share of negatives captured below any score. Credit-risk teams use it to rate separation.`)
};

export const glossary_ks_term = /** @type {(inputs: Glossary_Ks_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KS`)
};

export const glossary_l2 = /** @type {(inputs: Glossary_L2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A penalty on large weights. More L2 makes a simpler, steadier model that may miss fine detail; less lets it fit the training rows more closely.`)
};

export const glossary_l2_term = /** @type {(inputs: Glossary_L2_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L2`)
};

export const glossary_learning_rate = /** @type {(inputs: Glossary_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How big a step training takes at each update. Too high and it jumps around; too low and it learns slowly.`)
};

export const glossary_learning_rate_term = /** @type {(inputs: Glossary_Learning_Rate_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Learning rate`)
};

export const glossary_open = /** @type {(inputs: Glossary_OpenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`What is “${i?.term}”?`)
};

export const glossary_pr_auc = /** @type {(inputs: Glossary_Pr_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The area under the precision–recall curve (average precision). It tells more than ROC AUC when the positive class is rare.`)
};

export const glossary_pr_auc_term = /** @type {(inputs: Glossary_Pr_Auc_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PR AUC`)
};

export const glossary_psi = /** @type {(inputs: Glossary_PsiInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Population Stability Index: how far the new data's distribution has moved from the training data's. Below 0.1 stable, 0.1–0.25 worth watching, above 0.25 shifted.`)
};

export const glossary_psi_term = /** @type {(inputs: Glossary_Psi_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PSI`)
};

export const glossary_roc_auc = /** @type {(inputs: Glossary_Roc_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The chance that a random positive row scores higher than a random negative one: 0.5 is guessing, 1.0 a perfect ranking.`)
};

export const glossary_roc_auc_term = /** @type {(inputs: Glossary_Roc_Auc_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ROC AUC`)
};

export const glossary_rung = /** @type {(inputs: Glossary_RungInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A step of successive halving: every trial gets a small budget, the best share moves up a rung with more epochs, until a few get the full budget.`)
};

export const glossary_rung_term = /** @type {(inputs: Glossary_Rung_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rung`)
};

export const glossary_smote = /** @type {(inputs: Glossary_SmoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Creates synthetic rows of a rare class by interpolating between a rare row and one of its nearest rare neighbours, so the model sees more of that class.`)
};

export const glossary_smote_term = /** @type {(inputs: Glossary_Smote_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMOTE`)
};

export const glossary_tfidf = /** @type {(inputs: Glossary_TfidfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Turns text into numbers: how often a word appears in a row, weighted down when it appears in many rows.`)
};

export const glossary_tfidf_term = /** @type {(inputs: Glossary_Tfidf_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TF-IDF`)
};

export const glossary_youden = /** @type {(inputs: Glossary_YoudenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensitivity + specificity − 1. The threshold with the largest J separates the two classes best, counting a missed positive and a false alarm as equally bad.`)
};

export const glossary_youden_term = /** @type {(inputs: Glossary_Youden_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Youden's J`)
};

export const language_label = /** @type {(inputs: Language_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const llm_ask_label = /** @type {(inputs: Llm_Ask_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Also ask for a label (a categorical feature)`)
};

export const llm_custom_lib = /** @type {(inputs: Llm_Custom_LibInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model library URL (.wasm)`)
};

export const llm_custom_remove = /** @type {(inputs: Llm_Custom_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove`)
};

export const llm_custom_summary = /** @type {(inputs: Llm_Custom_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use a model from your own server`)
};

export const llm_custom_url = /** @type {(inputs: Llm_Custom_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model URL (the MLC weights folder)`)
};

export const llm_custom_use = /** @type {(inputs: Llm_Custom_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use this model`)
};

export const llm_describe_with_smaller = /** @type {(inputs: Llm_Describe_With_SmallerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Describe with ${i?.model} (${i?.vram} MB VRAM)`)
};

export const llm_describer = /** @type {(inputs: Llm_DescriberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Describer`)
};

export const llm_describer_llm = /** @type {(inputs: Llm_Describer_LlmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On-device LLM (WebGPU)`)
};

export const llm_describer_template = /** @type {(inputs: Llm_Describer_TemplateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Template sentences (instant, offline)`)
};

export const llm_dismiss = /** @type {(inputs: Llm_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dismiss`)
};

export const llm_download_notice = /** @type {(inputs: Llm_Download_NoticeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Downloads ${i?.size} from ${i?.hosts} — the only request that leaves this page. It takes ${i?.size} of browser storage, so the next load works offline.`)
};

export const llm_err_unreachable = /** @type {(inputs: Llm_Err_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Faro could not fetch the on-device LLM's code: the network is off, or Faro was updated since this tab opened.`)
};

export const llm_err_unreachable_hint = /** @type {(inputs: Llm_Err_Unreachable_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reload once online and Retry: after one use online the LLM also starts offline. The template describer works offline now.`)
};

export const llm_err_webgpu_hint = /** @type {(inputs: Llm_Err_Webgpu_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use the template describer: it needs no GPU.`)
};

export const llm_generate = /** @type {(inputs: Llm_GenerateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Generate descriptions`)
};

export const llm_hosts_and = /** @type {(inputs: Llm_Hosts_AndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`and`)
};

export const llm_job_template = /** @type {(inputs: Llm_Job_TemplateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Template sentences`)
};

export const llm_label_choices = /** @type {(inputs: Llm_Label_ChoicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Label choices (comma-separated)`)
};

export const llm_language = /** @type {(inputs: Llm_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const llm_loading_model = /** @type {(inputs: Llm_Loading_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading model`)
};

export const llm_model = /** @type {(inputs: Llm_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model`)
};

export const llm_model_option = /** @type {(inputs: Llm_Model_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.model} — ${i?.download} download, ${i?.vram}`)
};

export const llm_open_dataset = /** @type {(inputs: Llm_Open_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Open ${i?.name}`)
};

export const llm_panel_intro_after = /** @type {(inputs: Llm_Panel_Intro_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`text column. Train on both datasets and compare.`)
};

export const llm_panel_intro_before = /** @type {(inputs: Llm_Panel_Intro_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Writes a short description of every row from its feature columns (never the target) into a new dataset with a`)
};

export const llm_panel_label = /** @type {(inputs: Llm_Panel_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Describe rows`)
};

export const llm_panel_title = /** @type {(inputs: Llm_Panel_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Describe each row`)
};

export const llm_prompt_after = /** @type {(inputs: Llm_Prompt_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`)`)
};

export const llm_prompt_before = /** @type {(inputs: Llm_Prompt_BeforeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Prompt (${i?.count} fields as`)
};

export const llm_reason_checking = /** @type {(inputs: Llm_Reason_CheckingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checking WebGPU…`)
};

export const llm_reason_fallback = /** @type {(inputs: Llm_Reason_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The only WebGPU adapter is a software fallback (no real GPU): the model would take hours.`)
};

export const llm_reason_no_adapter = /** @type {(inputs: Llm_Reason_No_AdapterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebGPU is present but found no GPU adapter (the GPU is blocked or disabled in this browser).`)
};

export const llm_reason_no_model = /** @type {(inputs: Llm_Reason_No_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No model fits this GPU.`)
};

export const llm_reason_no_webgpu = /** @type {(inputs: Llm_Reason_No_WebgpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This browser has no WebGPU (navigator.gpu is missing): the on-device model cannot run here.`)
};

export const llm_reason_refused = /** @type {(inputs: Llm_Reason_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WebGPU refused to give a GPU adapter (${i?.why}).`)
};

export const llm_restore_prompt = /** @type {(inputs: Llm_Restore_PromptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore default prompt`)
};

export const llm_resume = /** @type {(inputs: Llm_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resume`)
};

export const llm_resume_needs_model = /** @type {(inputs: Llm_Resume_Needs_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Resuming needs ${i?.model}, which this browser does not offer now.`)
};

export const llm_retry = /** @type {(inputs: Llm_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retry`)
};

export const llm_size_unknown = /** @type {(inputs: Llm_Size_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`size unknown`)
};

export const llm_stopped_after = /** @type {(inputs: Llm_Stopped_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Stopped after ${i?.done} of ${i?.total} rows.`)
};

export const llm_storage_quota_hint = /** @type {(inputs: Llm_Storage_Quota_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete old runs or remove their models (Runs screen; each run shows its model’s size), or delete datasets (left panel), then try again. Nothing stored was changed.`)
};

export const llm_storage_quota_sizes = /** @type {(inputs: Llm_Storage_Quota_SizesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.message} This browser holds ${i?.used} for Faro of ${i?.quota} allowed.`)
};

export const llm_stored_in_browser = /** @type {(inputs: Llm_Stored_In_BrowserInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Stored in the browser: ${i?.size}.`)
};

export const llm_summary_described = /** @type {(inputs: Llm_Summary_DescribedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.rows} rows described: ${i?.cached} from the cache`)
};

export const llm_summary_fallbacks = /** @type {(inputs: Llm_Summary_FallbacksInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} written as template sentences`)
};

export const llm_summary_fallbacks_malformed = /** @type {(inputs: Llm_Summary_Fallbacks_MalformedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} written as template sentences (the model's answer was missing or malformed)`)
};

export const llm_summary_labelled = /** @type {(inputs: Llm_Summary_LabelledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} labelled`)
};

export const llm_unfinished_after = /** @type {(inputs: Llm_Unfinished_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`was describing ${i?.dataset}, after about ${i?.done} of ${i?.total} rows. The rows it finished are kept in the browser: resuming asks the model only for the rest.`)
};

export const llm_unfinished_before = /** @type {(inputs: Llm_Unfinished_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The tab was closed or reloaded while`)
};

export const llm_unfinished_title = /** @type {(inputs: Llm_Unfinished_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Describing was cut short.`)
};

export const llm_update_available = /** @type {(inputs: Llm_Update_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A new version of Faro is available`)
};

export const llm_update_later = /** @type {(inputs: Llm_Update_LaterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Later`)
};

export const llm_update_note = /** @type {(inputs: Llm_Update_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reloading stops a run in progress; your datasets and finished runs are kept.`)
};

export const llm_update_reload = /** @type {(inputs: Llm_Update_ReloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reload`)
};

export const llm_use_template = /** @type {(inputs: Llm_Use_TemplateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use the template describer`)
};

export const llm_vram = /** @type {(inputs: Llm_VramInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.mb} MB VRAM`)
};

export const llm_vram_unknown = /** @type {(inputs: Llm_Vram_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`VRAM unknown`)
};

export const opening_datasets = /** @type {(inputs: Opening_DatasetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opening your stored datasets…`)
};

export const predict_band_shifted = /** @type {(inputs: Predict_Band_ShiftedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shifted`)
};

export const predict_band_stable = /** @type {(inputs: Predict_Band_StableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stable`)
};

export const predict_band_watch = /** @type {(inputs: Predict_Band_WatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`watch`)
};

export const predict_bin_any = /** @type {(inputs: Predict_Bin_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`any value`)
};

export const predict_bin_missing = /** @type {(inputs: Predict_Bin_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`missing`)
};

export const predict_bin_other = /** @type {(inputs: Predict_Bin_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`other`)
};

export const predict_bin_present = /** @type {(inputs: Predict_Bin_PresentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`present`)
};

export const predict_bins_col_bars = /** @type {(inputs: Predict_Bins_Col_BarsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Shares as bars`)
};

export const predict_bins_col_bin = /** @type {(inputs: Predict_Bins_Col_BinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bin`)
};

export const predict_bins_col_change = /** @type {(inputs: Predict_Bins_Col_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change`)
};

export const predict_bins_col_new = /** @type {(inputs: Predict_Bins_Col_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New`)
};

export const predict_bins_col_training = /** @type {(inputs: Predict_Bins_Col_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training`)
};

export const predict_bins_legend_new = /** @type {(inputs: Predict_Bins_Legend_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`new rows. Shares of all rows; a bin empty in one of them counts as ${i?.floor} in the PSI.`)
};

export const predict_bins_legend_training = /** @type {(inputs: Predict_Bins_Legend_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`training rows ·`)
};

export const predict_bins_table = /** @type {(inputs: Predict_Bins_TableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bins of ${i?.label}: training vs new`)
};

export const predict_choose_csv = /** @type {(inputs: Predict_Choose_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a CSV to score`)
};

export const predict_choose_model = /** @type {(inputs: Predict_Choose_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 · Choose a model`)
};

export const predict_col_column_value = /** @type {(inputs: Predict_Col_Column_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column and value`)
};

export const predict_col_push = /** @type {(inputs: Predict_Col_PushInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Push`)
};

export const predict_col_size = /** @type {(inputs: Predict_Col_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Size`)
};

export const predict_download = /** @type {(inputs: Predict_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download predictions`)
};

export const predict_drift_all_stable = /** @type {(inputs: Predict_Drift_All_StableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every column is stable.`)
};

export const predict_drift_bins_of = /** @type {(inputs: Predict_Drift_Bins_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bins of ${i?.column}`)
};

export const predict_drift_col_band = /** @type {(inputs: Predict_Drift_Col_BandInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Band`)
};

export const predict_drift_col_change = /** @type {(inputs: Predict_Drift_Col_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Largest change`)
};

export const predict_drift_col_column = /** @type {(inputs: Predict_Drift_Col_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column`)
};

export const predict_drift_col_kind = /** @type {(inputs: Predict_Drift_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kind`)
};

export const predict_drift_how = /** @type {(inputs: Predict_Drift_HowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How this is computed`)
};

export const predict_drift_how_body = /** @type {(inputs: Predict_Drift_How_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PSI = Σ (new share − training share) × ln(new share / training share) over the bins. Numeric and date columns: the training deciles (repeated edges dropped) and missing; categorical: the training levels, “other” (including levels never seen in training) and missing; text: only missing or not. The score: a two-class model's probability in the deciles of its held-out (validation and test) rows, else the predicted labels. A bin empty on one side counts as 0.0001.`)
};

export const predict_drift_intro = /** @type {(inputs: Predict_Drift_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Population Stability Index (PSI) of ${i?.file} (${i?.rows} rows) against the data the model was trained on (${i?.referenceRows} rows), in the training data's bins: < ${i?.watch} stable, ${i?.watch} – ${i?.shifted} watch, > ${i?.shifted} shifted.`)
};

export const predict_drift_labels_differ = /** @type {(inputs: Predict_Drift_Labels_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model's labels differ from its score profile's, so the score is not checked.`)
};

export const predict_drift_largest_change = /** @type {(inputs: Predict_Drift_Largest_ChangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` · largest change ${i?.change}`)
};

export const predict_drift_moved_most = /** @type {(inputs: Predict_Drift_Moved_MostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Moved most:`)
};

export const predict_drift_no_profile = /** @type {(inputs: Predict_Drift_No_ProfileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.column}" has no training profile, so its stability is not checked.`)
};

export const predict_drift_no_reference = /** @type {(inputs: Predict_Drift_No_ReferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No stability check: this model file was written before Faro stored its training profile. Train the model again to get one.`)
};

export const predict_drift_no_rows = /** @type {(inputs: Predict_Drift_No_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No rows were scored, so there is nothing to compare.`)
};

export const predict_drift_score_bins = /** @type {(inputs: Predict_Drift_Score_BinsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bins of the score`)
};

export const predict_drift_score_label = /** @type {(inputs: Predict_Drift_Score_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the score`)
};

export const predict_drift_score_labels = /** @type {(inputs: Predict_Drift_Score_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Score (predicted labels): PSI`)
};

export const predict_drift_score_probability = /** @type {(inputs: Predict_Drift_Score_ProbabilityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Score p(${i?.label}): PSI`)
};

export const predict_drift_table = /** @type {(inputs: Predict_Drift_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stability per column`)
};

export const predict_drift_table_scroll = /** @type {(inputs: Predict_Drift_Table_ScrollInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stability per column, scrollable`)
};

export const predict_drift_text_note = /** @type {(inputs: Predict_Drift_Text_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Text: only the share of missing cells is compared.`)
};

export const predict_drift_title = /** @type {(inputs: Predict_Drift_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stability vs training data`)
};

export const predict_drift_vs_held_out = /** @type {(inputs: Predict_Drift_Vs_Held_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vs the model's held-out rows`)
};

export const predict_format_csv = /** @type {(inputs: Predict_Format_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSV`)
};

export const predict_format_excel_es = /** @type {(inputs: Predict_Format_Excel_EsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Excel (es)`)
};

export const predict_format_excel_es_title = /** @type {(inputs: Predict_Format_Excel_Es_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Semicolons between cells, decimal commas and a UTF-8 mark, so a spreadsheet set to Spanish opens it in columns`)
};

export const predict_format_label = /** @type {(inputs: Predict_Format_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`File format`)
};

export const predict_format_preparing = /** @type {(inputs: Predict_Format_PreparingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preparing the file…`)
};

export const predict_kind_boolean = /** @type {(inputs: Predict_Kind_BooleanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`boolean`)
};

export const predict_kind_categorical = /** @type {(inputs: Predict_Kind_CategoricalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`categorical`)
};

export const predict_kind_constant = /** @type {(inputs: Predict_Kind_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`constant`)
};

export const predict_kind_date = /** @type {(inputs: Predict_Kind_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`date`)
};

export const predict_kind_id = /** @type {(inputs: Predict_Kind_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`id`)
};

export const predict_kind_numeric = /** @type {(inputs: Predict_Kind_NumericInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`numeric`)
};

export const predict_kind_text = /** @type {(inputs: Predict_Kind_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`text`)
};

export const predict_load_model_file = /** @type {(inputs: Predict_Load_Model_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Load a model file (.json)`)
};

export const predict_loaded_model = /** @type {(inputs: Predict_Loaded_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loaded model`)
};

export const predict_loading_model = /** @type {(inputs: Predict_Loading_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading the model…`)
};

export const predict_method_linear = /** @type {(inputs: Predict_Method_LinearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`exact contributions of the logistic regression, measured from the average training row`)
};

export const predict_method_shapley_exact = /** @type {(inputs: Predict_Method_Shapley_ExactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`exact Shapley values against a typical training row`)
};

export const predict_method_shapley_sampled = /** @type {(inputs: Predict_Method_Shapley_SampledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Shapley values against a typical training row, sampled over ${i?.count} column orders`)
};

export const predict_method_tree_shap = /** @type {(inputs: Predict_Method_Tree_ShapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TreeSHAP (exact Shapley values of the trees, path-dependent)`)
};

export const predict_model_blend = /** @type {(inputs: Predict_Model_BlendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Blend: ${i?.members}`)
};

export const predict_model_blend_one = /** @type {(inputs: Predict_Model_Blend_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Blend of ${i?.count} model`)
};

export const predict_model_blend_other = /** @type {(inputs: Predict_Model_Blend_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Blend of ${i?.count} models`)
};

export const predict_model_gbdt_one = /** @type {(inputs: Predict_Model_Gbdt_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gradient-boosted trees, ${i?.count} tree`)
};

export const predict_model_gbdt_other = /** @type {(inputs: Predict_Model_Gbdt_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gradient-boosted trees, ${i?.count} trees`)
};

export const predict_model_labels_with = /** @type {(inputs: Predict_Model_Labels_WithInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.labels}) with`)
};

export const predict_model_logistic = /** @type {(inputs: Predict_Model_LogisticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logistic regression`)
};

export const predict_model_member = /** @type {(inputs: Predict_Model_MemberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.description}`)
};

export const predict_model_mlp = /** @type {(inputs: Predict_Model_MlpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`MLP ${i?.layers}`)
};

export const predict_model_needs = /** @type {(inputs: Predict_Model_NeedsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Needs the columns: ${i?.columns}. Other columns are kept in the output and ignored.`)
};

export const predict_model_origin = /** @type {(inputs: Predict_Model_OriginInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· from ${i?.source} · trained on ${i?.dataset} (${i?.rows} rows) · test ROC AUC ${i?.rocAuc}`)
};

export const predict_model_positive = /** @type {(inputs: Predict_Model_PositiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· positive class ${i?.label} when p ≥ ${i?.threshold}`)
};

export const predict_model_predicts = /** @type {(inputs: Predict_Model_PredictsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Predicts “${i?.target}”`)
};

export const predict_model_section = /** @type {(inputs: Predict_Model_SectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model to predict with`)
};

export const predict_no_finished_runs = /** @type {(inputs: Predict_No_Finished_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no finished runs yet`)
};

export const predict_no_run_with_model = /** @type {(inputs: Predict_No_Run_With_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no stored run has a model (removed to free space)`)
};

export const predict_or = /** @type {(inputs: Predict_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`or`)
};

export const predict_origin_average = /** @type {(inputs: Predict_Origin_AverageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the average training row`)
};

export const predict_origin_trees = /** @type {(inputs: Predict_Origin_TreesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the trees’ average score on the training rows`)
};

export const predict_origin_typical = /** @type {(inputs: Predict_Origin_TypicalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a typical training row`)
};

export const predict_position_bottom_10 = /** @type {(inputs: Predict_Position_Bottom_10Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bottom 10 %`)
};

export const predict_position_bottom_25 = /** @type {(inputs: Predict_Position_Bottom_25Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bottom 25 %`)
};

export const predict_position_middle = /** @type {(inputs: Predict_Position_MiddleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`middle half`)
};

export const predict_position_top_10 = /** @type {(inputs: Predict_Position_Top_10Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`top 10 %`)
};

export const predict_position_top_25 = /** @type {(inputs: Predict_Position_Top_25Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`top 25 %`)
};

export const predict_preview = /** @type {(inputs: Predict_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predictions preview`)
};

export const predict_preview_scroll = /** @type {(inputs: Predict_Preview_ScrollInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predictions preview, scrollable`)
};

export const predict_reason_less_likely = /** @type {(inputs: Predict_Reason_Less_LikelyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.cell} makes “${i?.label}” less likely`)
};

export const predict_reason_level = /** @type {(inputs: Predict_Reason_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.column} = ${i?.value} (${i?.share} % of training rows)`)
};

export const predict_reason_level_unseen = /** @type {(inputs: Predict_Reason_Level_UnseenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.column} = ${i?.value} (not seen in training)`)
};

export const predict_reason_missing = /** @type {(inputs: Predict_Reason_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.column} missing`)
};

export const predict_reason_more_likely = /** @type {(inputs: Predict_Reason_More_LikelyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.cell} makes “${i?.label}” more likely`)
};

export const predict_reason_points_to = /** @type {(inputs: Predict_Reason_Points_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.cell} points to “${i?.label}”`)
};

export const predict_reason_text = /** @type {(inputs: Predict_Reason_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.column} “${i?.text}”`)
};

export const predict_reason_value = /** @type {(inputs: Predict_Reason_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.column} ${i?.value}`)
};

export const predict_reason_value_at = /** @type {(inputs: Predict_Reason_Value_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.column} ${i?.value} (${i?.position})`)
};

export const predict_reasons_add = /** @type {(inputs: Predict_Reasons_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add the reasons for each prediction (columns`)
};

export const predict_reasons_slower = /** @type {(inputs: Predict_Reasons_SlowerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`; slower)`)
};

export const predict_row_blank = /** @type {(inputs: Predict_Row_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`blank = missing`)
};

export const predict_row_caption = /** @type {(inputs: Predict_Row_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`From ${i?.base} (${i?.origin}) to ${i?.margin} for this row; the pushes add up to the difference. Method: ${i?.method}.`)
};

export const predict_row_no_push_average = /** @type {(inputs: Predict_Row_No_Push_AverageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No column pushed this row toward “${i?.label}”: its score is the average row’s.`)
};

export const predict_row_no_push_typical = /** @type {(inputs: Predict_Row_No_Push_TypicalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No column pushed this row toward “${i?.label}”: its score is the typical row’s.`)
};

export const predict_row_prediction = /** @type {(inputs: Predict_Row_PredictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prediction:`)
};

export const predict_row_pushes = /** @type {(inputs: Predict_Row_PushesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Every column’s push (${i?.scale} of “${i?.label}”)`)
};

export const predict_row_result = /** @type {(inputs: Predict_Row_ResultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prediction for the row`)
};

export const predict_row_section = /** @type {(inputs: Predict_Row_SectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Score one row`)
};

export const predict_row_submit = /** @type {(inputs: Predict_Row_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predict`)
};

export const predict_row_title = /** @type {(inputs: Predict_Row_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`3 · Score one row by hand`)
};

export const predict_row_why = /** @type {(inputs: Predict_Row_WhyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Why “${i?.label}”`)
};

export const predict_row_why_section = /** @type {(inputs: Predict_Row_Why_SectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Why this prediction`)
};

export const predict_scale_centred = /** @type {(inputs: Predict_Scale_CentredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`centred log-probability`)
};

export const predict_scale_log_odds = /** @type {(inputs: Predict_Scale_Log_OddsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`log-odds`)
};

export const predict_score_section = /** @type {(inputs: Predict_Score_SectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Score a CSV`)
};

export const predict_score_title = /** @type {(inputs: Predict_Score_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2 · Score a CSV`)
};

export const predict_scored_after = /** @type {(inputs: Predict_Scored_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`rows of ${i?.name}.`)
};

export const predict_scored_before = /** @type {(inputs: Predict_Scored_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Scored`)
};

export const predict_scoring = /** @type {(inputs: Predict_ScoringInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Scoring ${i?.name}`)
};

export const predict_source_file = /** @type {(inputs: Predict_Source_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}`)
};

export const predict_source_run = /** @type {(inputs: Predict_Source_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`run “${i?.name}”`)
};

export const predict_stored_label = /** @type {(inputs: Predict_Stored_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use the model of a stored run`)
};

export const predict_use_stored_run_option = /** @type {(inputs: Predict_Use_Stored_Run_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`use the model of a stored run…`)
};

export const progress_amount = /** @type {(inputs: Progress_AmountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done} of ${i?.total}`)
};

export const progress_binning = /** @type {(inputs: Progress_BinningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Binning the features`)
};

export const progress_boosting_done = /** @type {(inputs: Progress_Boosting_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Boosting done`)
};

export const progress_cancel = /** @type {(inputs: Progress_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancel`)
};

export const progress_choosing_backend = /** @type {(inputs: Progress_Choosing_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choosing a compute backend`)
};

export const progress_choosing_blend = /** @type {(inputs: Progress_Choosing_BlendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choosing a blend of trials`)
};

export const progress_column_of = /** @type {(inputs: Progress_Column_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.i} of ${i?.n})`)
};

export const progress_counting_terms = /** @type {(inputs: Progress_Counting_TermsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Counting terms`)
};

export const progress_danger_rows = /** @type {(inputs: Progress_Danger_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`danger rows of class ${i?.c}`)
};

export const progress_describing = /** @type {(inputs: Progress_DescribingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Describing with ${i?.model}`)
};

export const progress_done = /** @type {(inputs: Progress_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Done`)
};

export const progress_evaluating = /** @type {(inputs: Progress_EvaluatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Evaluating on the test part`)
};

export const progress_fingerprinting = /** @type {(inputs: Progress_FingerprintingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fingerprinting`)
};

export const progress_fold = /** @type {(inputs: Progress_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fold ${i?.fold} of ${i?.k}`)
};

export const progress_importance = /** @type {(inputs: Progress_ImportanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Permutation importance`)
};

export const progress_left = /** @type {(inputs: Progress_LeftInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.time} left`)
};

export const progress_neighbours = /** @type {(inputs: Progress_NeighboursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`neighbours in class ${i?.c}`)
};

export const progress_preparing_features = /** @type {(inputs: Progress_Preparing_FeaturesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preparing features`)
};

export const progress_profiling = /** @type {(inputs: Progress_ProfilingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Profiling columns`)
};

export const progress_reading = /** @type {(inputs: Progress_ReadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reading the dataset`)
};

export const progress_rows_per_second = /** @type {(inputs: Progress_Rows_Per_SecondInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.rate} rows/s`)
};

export const progress_saving = /** @type {(inputs: Progress_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saving in the browser`)
};

export const progress_scoring = /** @type {(inputs: Progress_ScoringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Scoring`)
};

export const progress_screening = /** @type {(inputs: Progress_ScreeningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Screening “${i?.name}”`)
};

export const progress_starting = /** @type {(inputs: Progress_StartingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Starting…`)
};

export const progress_starting_workers = /** @type {(inputs: Progress_Starting_WorkersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Starting trial workers`)
};

export const progress_status_done = /** @type {(inputs: Progress_Status_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`done`)
};

export const progress_status_failed = /** @type {(inputs: Progress_Status_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`failed`)
};

export const progress_status_pruned = /** @type {(inputs: Progress_Status_PrunedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pruned`)
};

export const progress_status_skipped = /** @type {(inputs: Progress_Status_SkippedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`skipped`)
};

export const progress_step_epoch = /** @type {(inputs: Progress_Step_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Epoch`)
};

export const progress_step_iteration = /** @type {(inputs: Progress_Step_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iteration`)
};

export const progress_step_of = /** @type {(inputs: Progress_Step_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.step} ${i?.n} of at most ${i?.max}`)
};

export const progress_step_of_validation = /** @type {(inputs: Progress_Step_Of_ValidationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.step} ${i?.n} of at most ${i?.max} (validation)`)
};

export const progress_step_solver = /** @type {(inputs: Progress_Step_SolverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solver iteration`)
};

export const progress_training_best = /** @type {(inputs: Progress_Training_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training the best configuration`)
};

export const progress_training_blend = /** @type {(inputs: Progress_Training_BlendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training the blend`)
};

export const progress_trial = /** @type {(inputs: Progress_TrialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trial ${i?.id}`)
};

export const progress_trial_status = /** @type {(inputs: Progress_Trial_StatusInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trial ${i?.id} ${i?.status}`)
};

export const progress_writing_descriptions = /** @type {(inputs: Progress_Writing_DescriptionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Writing descriptions`)
};

export const report_argmax_note = /** @type {(inputs: Report_Argmax_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each row is predicted as its most probable class.`)
};

export const report_axis_cost_per_row = /** @type {(inputs: Report_Axis_Cost_Per_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cost of errors per row`)
};

export const report_axis_decile = /** @type {(inputs: Report_Axis_DecileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decile (highest scores first)`)
};

export const report_axis_epoch = /** @type {(inputs: Report_Axis_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Epoch`)
};

export const report_axis_epoch_trees = /** @type {(inputs: Report_Axis_Epoch_TreesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Epoch (trees: iteration)`)
};

export const report_axis_fpr = /** @type {(inputs: Report_Axis_FprInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`False positive rate`)
};

export const report_axis_importance = /** @type {(inputs: Report_Axis_ImportanceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} lost when the column is shuffled`)
};

export const report_axis_iteration = /** @type {(inputs: Report_Axis_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iteration`)
};

export const report_axis_loss = /** @type {(inputs: Report_Axis_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loss (cross-entropy)`)
};

export const report_axis_mean_predicted = /** @type {(inputs: Report_Axis_Mean_PredictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mean predicted probability`)
};

export const report_axis_precision = /** @type {(inputs: Report_Axis_PrecisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision`)
};

export const report_axis_precision_recall = /** @type {(inputs: Report_Axis_Precision_RecallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision, recall`)
};

export const report_axis_recall = /** @type {(inputs: Report_Axis_RecallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recall`)
};

export const report_axis_share_captured = /** @type {(inputs: Report_Axis_Share_CapturedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Share of “${i?.positive}” captured`)
};

export const report_axis_share_class = /** @type {(inputs: Report_Axis_Share_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share of the class`)
};

export const report_axis_share_positives = /** @type {(inputs: Report_Axis_Share_PositivesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share of positives captured`)
};

export const report_axis_share_rows = /** @type {(inputs: Report_Axis_Share_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share of rows (highest scores first)`)
};

export const report_axis_solver_iteration = /** @type {(inputs: Report_Axis_Solver_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solver iteration`)
};

export const report_axis_tpr = /** @type {(inputs: Report_Axis_TprInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`True positive rate`)
};

export const report_axis_val_loss = /** @type {(inputs: Report_Axis_Val_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validation loss`)
};

export const report_backend_requested = /** @type {(inputs: Report_Backend_RequestedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`requested ${i?.backend}; used`)
};

export const report_backend_value = /** @type {(inputs: Report_Backend_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (requested ${i?.backend})`)
};

export const report_blend_members = /** @type {(inputs: Report_Blend_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blend members`)
};

export const report_blend_note = /** @type {(inputs: Report_Blend_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The blend averages its members’ probabilities with these weights; the recipe, class balancing and training curve shown are the heaviest member’s.`)
};

export const report_blend_of = /** @type {(inputs: Report_Blend_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Blend of ${i?.count}:`)
};

export const report_blend_of_models = /** @type {(inputs: Report_Blend_Of_ModelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Blend of ${i?.count} models`)
};

export const report_blend_of_one = /** @type {(inputs: Report_Blend_Of_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Blend of ${i?.count} model`)
};

export const report_calibration_bins = /** @type {(inputs: Report_Calibration_BinsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Calibration bins`)
};

export const report_calibration_bins_of = /** @type {(inputs: Report_Calibration_Bins_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Calibration bins of p(${i?.positive})`)
};

export const report_caption_calibration = /** @type {(inputs: Report_Caption_CalibrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Calibration (10 bins); dashed: perfect calibration.`)
};

export const report_caption_cost_threshold = /** @type {(inputs: Report_Caption_Cost_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cost of errors per row; dashed rule: the run’s threshold.`)
};

export const report_caption_gains = /** @type {(inputs: Report_Caption_GainsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cumulative gains; dashed: a random order.`)
};

export const report_caption_ks = /** @type {(inputs: Report_Caption_KsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`KS ${i?.ks}: the bold rule marks the largest gap between the two classes.`)
};

export const report_caption_lift = /** @type {(inputs: Report_Caption_LiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bars: lift per decile; line: cumulative lift; dashed: the overall rate (1).`)
};

export const report_caption_loss_epoch = /** @type {(inputs: Report_Caption_Loss_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Loss per epoch; solid: train, dashed: validation; dashed rule: ${i?.kept} (${i?.best}).`)
};

export const report_caption_loss_iteration = /** @type {(inputs: Report_Caption_Loss_IterationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Loss per iteration; solid: train, dashed: validation; dashed rule: ${i?.kept} (${i?.best}).`)
};

export const report_caption_pr = /** @type {(inputs: Report_Caption_PrInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Precision–recall · AP ${i?.ap}`)
};

export const report_caption_pr_threshold = /** @type {(inputs: Report_Caption_Pr_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solid: precision; dashed: recall; dashed rule: the run’s threshold.`)
};

export const report_caption_roc = /** @type {(inputs: Report_Caption_RocInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ROC curve · AUC ${i?.auc}${i?.perClass}; dashed: chance.`)
};

export const report_caption_roc_per_class = /** @type {(inputs: Report_Caption_Roc_Per_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`macro one-vs-rest; one curve per class`)
};

export const report_captured_by_decile = /** @type {(inputs: Report_Captured_By_DecileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Captured share by decile`)
};

export const report_caution_data = /** @type {(inputs: Report_Caution_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`These runs were trained on different data (the dataset fingerprints differ): their metrics are not directly comparable.`)
};

export const report_caution_rows = /** @type {(inputs: Report_Caution_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`These runs were evaluated on different test rows (another seed or split): differences may be noise.`)
};

export const report_chart_calibration = /** @type {(inputs: Report_Chart_CalibrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Calibration curve`)
};

export const report_chart_calibration_compared = /** @type {(inputs: Report_Chart_Calibration_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Calibration curves of the compared runs`)
};

export const report_chart_cost_threshold = /** @type {(inputs: Report_Chart_Cost_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cost of errors against the threshold`)
};

export const report_chart_gains = /** @type {(inputs: Report_Chart_GainsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Cumulative gains of “${i?.positive}”`)
};

export const report_chart_gains_compared = /** @type {(inputs: Report_Chart_Gains_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cumulative gains of the compared runs`)
};

export const report_chart_importance = /** @type {(inputs: Report_Chart_ImportanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Permutation importance per column`)
};

export const report_chart_ks = /** @type {(inputs: Report_Chart_KsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KS chart`)
};

export const report_chart_lift = /** @type {(inputs: Report_Chart_LiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lift by decile`)
};

export const report_chart_loss_epoch = /** @type {(inputs: Report_Chart_Loss_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training and validation loss per epoch`)
};

export const report_chart_loss_iteration = /** @type {(inputs: Report_Chart_Loss_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training and validation loss per iteration`)
};

export const report_chart_pr = /** @type {(inputs: Report_Chart_PrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision–recall curve`)
};

export const report_chart_pr_compared = /** @type {(inputs: Report_Chart_Pr_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision–recall curves of the compared runs`)
};

export const report_chart_pr_threshold = /** @type {(inputs: Report_Chart_Pr_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision and recall against the threshold`)
};

export const report_chart_roc = /** @type {(inputs: Report_Chart_RocInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ROC curve`)
};

export const report_chart_roc_compared = /** @type {(inputs: Report_Chart_Roc_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ROC curves of the compared runs`)
};

export const report_chart_val_loss_compared = /** @type {(inputs: Report_Chart_Val_Loss_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validation loss of the compared runs`)
};

export const report_class_balancing = /** @type {(inputs: Report_Class_BalancingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Class balancing`)
};

export const report_class_weights_note = /** @type {(inputs: Report_Class_Weights_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each training row’s loss is weighted by n / (classes × class size).`)
};

export const report_classes_list = /** @type {(inputs: Report_Classes_ListInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.count} classes: ${i?.classes})`)
};

export const report_col_after = /** @type {(inputs: Report_Col_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`After`)
};

export const report_col_before = /** @type {(inputs: Report_Col_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Before`)
};

export const report_col_captured = /** @type {(inputs: Report_Col_CapturedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Captured`)
};

export const report_col_class = /** @type {(inputs: Report_Col_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Class`)
};

export const report_col_column = /** @type {(inputs: Report_Col_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column`)
};

export const report_col_cum_lift = /** @type {(inputs: Report_Col_Cum_LiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cum. lift`)
};

export const report_col_decile = /** @type {(inputs: Report_Col_DecileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decile`)
};

export const report_col_lift = /** @type {(inputs: Report_Col_LiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lift`)
};

export const report_col_mean_predicted = /** @type {(inputs: Report_Col_Mean_PredictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mean predicted`)
};

export const report_col_meaning = /** @type {(inputs: Report_Col_MeaningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meaning`)
};

export const report_col_metric = /** @type {(inputs: Report_Col_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Metric`)
};

export const report_col_metric_lost = /** @type {(inputs: Report_Col_Metric_LostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} lost`)
};

export const report_col_model = /** @type {(inputs: Report_Col_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model`)
};

export const report_col_part = /** @type {(inputs: Report_Col_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Part`)
};

export const report_col_per_row = /** @type {(inputs: Report_Col_Per_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Per row`)
};

export const report_col_positive = /** @type {(inputs: Report_Col_PositiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.positive}”`)
};

export const report_col_precision = /** @type {(inputs: Report_Col_PrecisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision`)
};

export const report_col_rate = /** @type {(inputs: Report_Col_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rate`)
};

export const report_col_recall = /** @type {(inputs: Report_Col_RecallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recall`)
};

export const report_col_rows = /** @type {(inputs: Report_Col_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows`)
};

export const report_col_scores = /** @type {(inputs: Report_Col_ScoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Scores`)
};

export const report_col_setting = /** @type {(inputs: Report_Col_SettingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Setting`)
};

export const report_col_settings = /** @type {(inputs: Report_Col_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings`)
};

export const report_col_std = /** @type {(inputs: Report_Col_StdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`± std`)
};

export const report_col_support = /** @type {(inputs: Report_Col_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support`)
};

export const report_col_term = /** @type {(inputs: Report_Col_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Term`)
};

export const report_col_test = /** @type {(inputs: Report_Col_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Test`)
};

export const report_col_test_lost = /** @type {(inputs: Report_Col_Test_LostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Test: ${i?.metric} lost`)
};

export const report_col_total = /** @type {(inputs: Report_Col_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Total`)
};

export const report_col_total_cost = /** @type {(inputs: Report_Col_Total_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Total cost`)
};

export const report_col_train_before = /** @type {(inputs: Report_Col_Train_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Train (before balancing)`)
};

export const report_col_trial = /** @type {(inputs: Report_Col_TrialInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trial`)
};

export const report_col_validation = /** @type {(inputs: Report_Col_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validation`)
};

export const report_col_validation_lost = /** @type {(inputs: Report_Col_Validation_LostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Validation: ${i?.metric} lost`)
};

export const report_col_weight = /** @type {(inputs: Report_Col_WeightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weight`)
};

export const report_comparable = /** @type {(inputs: Report_ComparableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Same data (one fingerprint) and the same test rows: the test metrics are directly comparable.`)
};

export const report_compare_followed = /** @type {(inputs: Report_Compare_FollowedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Followed by each run’s own report (${i?.letters}).`)
};

export const report_compare_generated = /** @type {(inputs: Report_Compare_GeneratedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Faro ${i?.version}; report generated ${i?.time}.`)
};

export const report_compare_metrics_note = /** @type {(inputs: Report_Compare_Metrics_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`★ (bold, underlined): the best value of the row. Test rows were never seen in training; validation rows chose the stopping point and the threshold.`)
};

export const report_compare_no_leak = /** @type {(inputs: Report_Compare_No_LeakInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No run raised a target-leak warning.`)
};

export const report_compare_provenance_label = /** @type {(inputs: Report_Compare_Provenance_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Provenance of the compared runs`)
};

export const report_compare_settings_label = /** @type {(inputs: Report_Compare_Settings_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings of the compared runs`)
};

export const report_compare_summary_label = /** @type {(inputs: Report_Compare_Summary_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Summary of the compared runs`)
};

export const report_compare_title = /** @type {(inputs: Report_Compare_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comparison of ${i?.count} runs`)
};

export const report_compare_warnings = /** @type {(inputs: Report_Compare_WarningsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Warnings raised by the runs (possible target leakage first)`)
};

export const report_confusion_corner = /** @type {(inputs: Report_Confusion_CornerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true ↓ / predicted →`)
};

export const report_confusion_matrix = /** @type {(inputs: Report_Confusion_MatrixInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confusion matrix`)
};

export const report_confusion_note = /** @type {(inputs: Report_Confusion_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows: true class; columns: predicted class; under each count its share of the true class’s rows.`)
};

export const report_confusion_of = /** @type {(inputs: Report_Confusion_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Confusion matrix of ${i?.name}`)
};

export const report_confusion_test = /** @type {(inputs: Report_Confusion_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confusion matrix (test)`)
};

export const report_cost_fp_fn = /** @type {(inputs: Report_Cost_Fp_FnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A false positive costs ${i?.fp}, a false negative ${i?.fn}.`)
};

export const report_cost_of_errors = /** @type {(inputs: Report_Cost_Of_ErrorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cost of errors`)
};

export const report_cost_test_after = /** @type {(inputs: Report_Cost_Test_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.perRow} per row; validation ${i?.validation} per row).`)
};

export const report_cost_test_before = /** @type {(inputs: Report_Cost_Test_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cost of the errors on the test part:`)
};

export const report_data_note = /** @type {(inputs: Report_Data_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validation and test parts are never balanced or resampled; the recipe is fitted on the training part only.`)
};

export const report_dataset_rows = /** @type {(inputs: Report_Dataset_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ${i?.rows} rows`)
};

export const report_dataset_rows_paren = /** @type {(inputs: Report_Dataset_Rows_ParenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.rows} rows)`)
};

export const report_decile_table = /** @type {(inputs: Report_Decile_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decile table`)
};

export const report_descriptions_value = /** @type {(inputs: Report_Descriptions_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“description” column written by the ${i?.describer} describer${i?.model}, prompt version ${i?.version}`)
};

export const report_ended_best = /** @type {(inputs: Report_Ended_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the best trial`)
};

export const report_ended_blend = /** @type {(inputs: Report_Ended_BlendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`a blend of ${i?.count} trials`)
};

export const report_err_no_results = /** @type {(inputs: Report_Err_No_ResultsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run “${i?.name}” has no results to report (status ${i?.status}).`)
};

export const report_err_no_results_hint = /** @type {(inputs: Report_Err_No_Results_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report finished runs only.`)
};

export const report_err_run_count = /** @type {(inputs: Report_Err_Run_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A report covers 1 to ${i?.max} runs, not ${i?.count}.`)
};

export const report_err_run_count_hint = /** @type {(inputs: Report_Err_Run_Count_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Select between 2 and ${i?.max} finished runs to compare.`)
};

export const report_every_setting_differs = /** @type {(inputs: Report_Every_Setting_DiffersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every setting that differs`)
};

export const report_fact_backend = /** @type {(inputs: Report_Fact_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Backend`)
};

export const report_fact_best_trial = /** @type {(inputs: Report_Fact_Best_TrialInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Best trial`)
};

export const report_fact_class_balance = /** @type {(inputs: Report_Fact_Class_BalanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Class balance`)
};

export const report_fact_dataset = /** @type {(inputs: Report_Fact_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dataset`)
};

export const report_fact_dataset_fingerprint = /** @type {(inputs: Report_Fact_Dataset_FingerprintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dataset fingerprint`)
};

export const report_fact_descriptions = /** @type {(inputs: Report_Fact_DescriptionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descriptions`)
};

export const report_fact_duration = /** @type {(inputs: Report_Fact_DurationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duration`)
};

export const report_fact_ended_with = /** @type {(inputs: Report_Fact_Ended_WithInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ended with`)
};

export const report_fact_family = /** @type {(inputs: Report_Fact_FamilyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Family`)
};

export const report_fact_faro_version = /** @type {(inputs: Report_Fact_Faro_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Faro version`)
};

export const report_fact_features = /** @type {(inputs: Report_Fact_FeaturesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Features`)
};

export const report_fact_final_fit = /** @type {(inputs: Report_Fact_Final_FitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Final model`)
};

export const report_fact_fingerprint = /** @type {(inputs: Report_Fact_FingerprintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fingerprint`)
};

export const report_fact_generated = /** @type {(inputs: Report_Fact_GeneratedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report generated`)
};

export const report_fact_id_columns = /** @type {(inputs: Report_Fact_Id_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id columns`)
};

export const report_fact_ignored = /** @type {(inputs: Report_Fact_IgnoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ignored columns`)
};

export const report_fact_model = /** @type {(inputs: Report_Fact_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model`)
};

export const report_fact_model_inputs = /** @type {(inputs: Report_Fact_Model_InputsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model inputs`)
};

export const report_fact_positive_class = /** @type {(inputs: Report_Fact_Positive_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Positive class`)
};

export const report_fact_predicts = /** @type {(inputs: Report_Fact_PredictsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predicts`)
};

export const report_fact_ranked_by = /** @type {(inputs: Report_Fact_Ranked_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ranked by`)
};

export const report_fact_rows = /** @type {(inputs: Report_Fact_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows`)
};

export const report_fact_rows_left_out = /** @type {(inputs: Report_Fact_Rows_Left_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows left out`)
};

export const report_fact_rows_per_part = /** @type {(inputs: Report_Fact_Rows_Per_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows per part`)
};

export const report_fact_run = /** @type {(inputs: Report_Fact_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run`)
};

export const report_fact_run_id = /** @type {(inputs: Report_Fact_Run_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run id`)
};

export const report_fact_schema = /** @type {(inputs: Report_Fact_SchemaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run record schema`)
};

export const report_fact_search = /** @type {(inputs: Report_Fact_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search`)
};

export const report_fact_seed = /** @type {(inputs: Report_Fact_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seed`)
};

export const report_fact_split = /** @type {(inputs: Report_Fact_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Split`)
};

export const report_fact_status = /** @type {(inputs: Report_Fact_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const report_fact_strategy = /** @type {(inputs: Report_Fact_StrategyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Strategy`)
};

export const report_fact_target = /** @type {(inputs: Report_Fact_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Target`)
};

export const report_fact_threshold = /** @type {(inputs: Report_Fact_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decision threshold`)
};

export const report_fact_threshold_method = /** @type {(inputs: Report_Fact_Threshold_MethodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Threshold method`)
};

export const report_fact_threshold_rule = /** @type {(inputs: Report_Fact_Threshold_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Threshold rule`)
};

export const report_fact_trained = /** @type {(inputs: Report_Fact_TrainedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trained`)
};

export const report_fact_training = /** @type {(inputs: Report_Fact_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training`)
};

export const report_fact_trials = /** @type {(inputs: Report_Fact_TrialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trials`)
};

export const report_fact_warnings = /** @type {(inputs: Report_Fact_WarningsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Warnings`)
};

export const report_features_value = /** @type {(inputs: Report_Features_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.columns} columns → ${i?.inputs} inputs`)
};

export const report_fingerprint_note = /** @type {(inputs: Report_Fingerprint_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(SHA-256 of the file’s bytes)`)
};

export const report_footer = /** @type {(inputs: Report_FooterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Generated by Faro ${i?.version} on ${i?.time}, in the browser: this file contains everything it shows and loads nothing.`)
};

export const report_fraction_positive = /** @type {(inputs: Report_Fraction_PositiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fraction positive`)
};

export const report_hint_accuracy = /** @type {(inputs: Report_Hint_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share of correct predictions.`)
};

export const report_hint_balanced_accuracy = /** @type {(inputs: Report_Hint_Balanced_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mean recall over classes.`)
};

export const report_hint_f1_macro = /** @type {(inputs: Report_Hint_F1_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mean F1 over classes.`)
};

export const report_hint_f1_weighted = /** @type {(inputs: Report_Hint_F1_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1 averaged by class support.`)
};

export const report_hint_gini = /** @type {(inputs: Report_Hint_GiniInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2 × ROC AUC − 1, as credit scoring reports it.`)
};

export const report_hint_kappa = /** @type {(inputs: Report_Hint_KappaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Agreement beyond chance.`)
};

export const report_hint_ks = /** @type {(inputs: Report_Hint_KsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolmogorov–Smirnov: the largest gap between the two classes’ score distributions.`)
};

export const report_hint_lower_better = /** @type {(inputs: Report_Hint_Lower_BetterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lower is better.`)
};

export const report_hint_mcc = /** @type {(inputs: Report_Hint_MccInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Matthews correlation; 0 = chance, 1 = perfect.`)
};

export const report_hint_pr_auc = /** @type {(inputs: Report_Hint_Pr_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision–recall summary; sensitive to rare positives.`)
};

export const report_hint_roc_auc = /** @type {(inputs: Report_Hint_Roc_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ranking quality; 0.5 = chance, 1 = perfect. Multiclass: macro one-vs-rest.`)
};

export const report_identical_settings = /** @type {(inputs: Report_Identical_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The runs have identical settings.`)
};

export const report_importance = /** @type {(inputs: Report_ImportanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Permutation importance`)
};

export const report_importance_accuracy = /** @type {(inputs: Report_Importance_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`accuracy`)
};

export const report_importance_caption = /** @type {(inputs: Report_Importance_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Permutation importance on ${i?.rows} test rows: each column's values are shuffled ${i?.repeats} times and the model scored again (${i?.metric} ${i?.baseline} unshuffled); bars show the mean loss, lines ± one standard deviation. One-hot levels, derived columns and text terms count for the column they come from. Near 0 or below: the model does not use the column.`)
};

export const report_importance_compared_label = /** @type {(inputs: Report_Importance_Compared_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column importance of the compared runs`)
};

export const report_importance_compared_note = /** @type {(inputs: Report_Importance_Compared_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Score lost when the column is shuffled (permutation importance on each run's test rows; — where the run has none)${i?.order}.`)
};

export const report_importance_mixed = /** @type {(inputs: Report_Importance_MixedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The runs measured importance with different scores (ROC AUC for some, accuracy for others): compare numbers within a run only. Columns are ordered by their mean rank in the runs (rank in brackets).`)
};

export const report_importance_order = /** @type {(inputs: Report_Importance_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, most important on average first`)
};

export const report_importance_test_validation = /** @type {(inputs: Report_Importance_Test_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Permutation importance, test and validation`)
};

export const report_importance_top = /** @type {(inputs: Report_Importance_TopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The ${i?.top} most important of ${i?.count} columns.`)
};

export const report_importance_validation_heading = /** @type {(inputs: Report_Importance_Validation_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`On the validation part (${i?.count} rows)`)
};

export const report_kept_epoch = /** @type {(inputs: Report_Kept_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the best epoch, whose weights were kept`)
};

export const report_kept_iteration = /** @type {(inputs: Report_Kept_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the best iteration: the trees up to it were kept`)
};

export const report_kept_solver = /** @type {(inputs: Report_Kept_SolverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the solver’s last iteration`)
};

export const report_key_figures = /** @type {(inputs: Report_Key_FiguresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Key figures`)
};

export const report_kind_boolean = /** @type {(inputs: Report_Kind_BooleanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`boolean`)
};

export const report_kind_categorical = /** @type {(inputs: Report_Kind_CategoricalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`categorical`)
};

export const report_kind_constant = /** @type {(inputs: Report_Kind_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`constant`)
};

export const report_kind_date = /** @type {(inputs: Report_Kind_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`date`)
};

export const report_kind_id = /** @type {(inputs: Report_Kind_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`id`)
};

export const report_kind_numeric = /** @type {(inputs: Report_Kind_NumericInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`numeric`)
};

export const report_kind_text = /** @type {(inputs: Report_Kind_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`text`)
};

export const report_ks_at = /** @type {(inputs: Report_Ks_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`largest gap between the two classes' score distributions, at a score of ${i?.score}`)
};

export const report_leak_title_one = /** @type {(inputs: Report_Leak_Title_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Possible target leakage (${i?.count} column)`)
};

export const report_leak_title_other = /** @type {(inputs: Report_Leak_Title_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Possible target leakage (${i?.count} columns)`)
};

export const report_lower_is_better = /** @type {(inputs: Report_Lower_Is_BetterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lower is better`)
};

export const report_metric_accuracy = /** @type {(inputs: Report_Metric_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Accuracy`)
};

export const report_metric_balanced_accuracy = /** @type {(inputs: Report_Metric_Balanced_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Balanced accuracy`)
};

export const report_metric_brier = /** @type {(inputs: Report_Metric_BrierInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brier score`)
};

export const report_metric_f1_weighted = /** @type {(inputs: Report_Metric_F1_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1 (weighted)`)
};

export const report_metric_kappa = /** @type {(inputs: Report_Metric_KappaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cohen's kappa`)
};

export const report_metric_log_loss = /** @type {(inputs: Report_Metric_Log_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log loss`)
};

export const report_metric_lost = /** @type {(inputs: Report_Metric_LostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} lost`)
};

export const report_metric_pr_auc = /** @type {(inputs: Report_Metric_Pr_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PR AUC (average precision)`)
};

export const report_metric_precision_macro = /** @type {(inputs: Report_Metric_Precision_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision (macro)`)
};

export const report_metric_recall_macro = /** @type {(inputs: Report_Metric_Recall_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recall (macro)`)
};

export const report_metrics_label = /** @type {(inputs: Report_Metrics_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Metrics`)
};

export const report_metrics_rows_note = /** @type {(inputs: Report_Metrics_Rows_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Test: ${i?.test} rows, never seen in training; validation: ${i?.validation} rows.`)
};

export const report_model_inputs_value = /** @type {(inputs: Report_Model_Inputs_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} features after the recipe (one-hot levels, indicators, text terms)`)
};

export const report_model_kept = /** @type {(inputs: Report_Model_KeptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kept in the browser (downloadable as a model bundle)`)
};

export const report_model_not_kept = /** @type {(inputs: Report_Model_Not_KeptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not kept`)
};

export const report_model_note = /** @type {(inputs: Report_Model_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The model was fitted on the training part (${i?.share} of the rows used); the validation part chose the stopping point and the threshold; the test part was used only to measure.`)
};

export const report_model_removed = /** @type {(inputs: Report_Model_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`removed on ${i?.time} to free space; metrics and curves are kept`)
};

export const report_model_search = /** @type {(inputs: Report_Model_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model search`)
};

export const report_no_leak = /** @type {(inputs: Report_No_LeakInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No target-leak warnings: no single feature predicts the target almost perfectly on the training part.`)
};

export const report_no_term = /** @type {(inputs: Report_No_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No term pushes towards this class.`)
};

export const report_none = /** @type {(inputs: Report_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const report_none_masc = /** @type {(inputs: Report_None_MascInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const report_none_multiclass = /** @type {(inputs: Report_None_MulticlassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none (multiclass)`)
};

export const report_not_measured = /** @type {(inputs: Report_Not_MeasuredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not measured`)
};

export const report_notes = /** @type {(inputs: Report_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notes`)
};

export const report_notes_test = /** @type {(inputs: Report_Notes_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notes on the test metrics`)
};

export const report_other_warnings = /** @type {(inputs: Report_Other_WarningsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other warnings`)
};

export const report_page_title_compare = /** @type {(inputs: Report_Page_Title_CompareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comparison of ${i?.count} runs — Faro report`)
};

export const report_page_title_run = /** @type {(inputs: Report_Page_Title_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} — Faro model report`)
};

export const report_per_class_metrics = /** @type {(inputs: Report_Per_Class_MetricsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Per-class metrics`)
};

export const report_per_class_test = /** @type {(inputs: Report_Per_Class_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Per class (test)`)
};

export const report_positive = /** @type {(inputs: Report_PositiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`positive`)
};

export const report_positive_minority = /** @type {(inputs: Report_Positive_MinorityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (the training part’s minority class)`)
};

export const report_provenance_note = /** @type {(inputs: Report_Provenance_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Everything in this report was computed in the browser that trained the run; the file loads nothing from anywhere.`)
};

export const report_quoted = /** @type {(inputs: Report_QuotedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.value}”`)
};

export const report_ranked_by_value = /** @type {(inputs: Report_Ranked_By_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric}, ${i?.k}-fold cross-validation on the training part`)
};

export const report_ranking_compared_note = /** @type {(inputs: Report_Ranking_Compared_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share of all positives captured by this decile and the ones above (cumulative lift in brackets); each run’s positive class and full decile table are in its own report.`)
};

export const report_ranking_note = /** @type {(inputs: Report_Ranking_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rows ranked by the score of “${i?.positive}”, highest first, in ten groups of equal size (tied scores keep the data's order). Captured: share of all “${i?.positive}” rows in this decile and the ones above; lift: the decile's rate over the overall rate.`)
};

export const report_recipe = /** @type {(inputs: Report_RecipeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recipe`)
};

export const report_recipe_block = /** @type {(inputs: Report_Recipe_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recipe (fitted on the training part only)`)
};

export const report_recipe_categorical = /** @type {(inputs: Report_Recipe_CategoricalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`missing → ${i?.impute}; ${i?.encoding}`)
};

export const report_recipe_constant = /** @type {(inputs: Report_Recipe_ConstantInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`constant ${i?.value}`)
};

export const report_recipe_date_diff = /** @type {(inputs: Report_Recipe_Date_DiffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Date difference: ${i?.name}`)
};

export const report_recipe_date_parts = /** @type {(inputs: Report_Recipe_Date_PartsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`parts: ${i?.parts}`)
};

export const report_recipe_days = /** @type {(inputs: Report_Recipe_DaysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`days from ${i?.from} to ${i?.to}`)
};

export const report_recipe_derived = /** @type {(inputs: Report_Recipe_DerivedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Derived: ${i?.name}`)
};

export const report_recipe_every_term = /** @type {(inputs: Report_Recipe_Every_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`every term`)
};

export const report_recipe_extra_row = /** @type {(inputs: Report_Recipe_Extra_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recipe: overrides, derived`)
};

export const report_recipe_kind_categorical = /** @type {(inputs: Report_Recipe_Kind_CategoricalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Categorical`)
};

export const report_recipe_kind_date = /** @type {(inputs: Report_Recipe_Kind_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Date`)
};

export const report_recipe_kind_numeric = /** @type {(inputs: Report_Recipe_Kind_NumericInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Numeric`)
};

export const report_recipe_kind_text = /** @type {(inputs: Report_Recipe_Kind_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Text`)
};

export const report_recipe_log1p = /** @type {(inputs: Report_Recipe_Log1pInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`; log(1 + x) first`)
};

export const report_recipe_max_terms = /** @type {(inputs: Report_Recipe_Max_TermsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at most ${i?.count} terms`)
};

export const report_recipe_most_frequent = /** @type {(inputs: Report_Recipe_Most_FrequentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the most frequent level`)
};

export const report_recipe_no_parts = /** @type {(inputs: Report_Recipe_No_PartsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no parts`)
};

export const report_recipe_numeric = /** @type {(inputs: Report_Recipe_NumericInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`missing → ${i?.impute}; missing indicator ${i?.indicator}; scaling ${i?.scale}${i?.log}`)
};

export const report_recipe_onehot = /** @type {(inputs: Report_Recipe_OnehotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`one-hot of the ${i?.max} most frequent training levels, the rest "(other)"`)
};

export const report_recipe_ordinal = /** @type {(inputs: Report_Recipe_OrdinalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ordinal (the level’s index)`)
};

export const report_recipe_override = /** @type {(inputs: Report_Recipe_OverrideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Override: ${i?.column}`)
};

export const report_recipe_own_level = /** @type {(inputs: Report_Recipe_Own_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the level "${i?.level}"`)
};

export const report_recipe_row = /** @type {(inputs: Report_Recipe_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Recipe: ${i?.kind}`)
};

export const report_recipe_sublinear = /** @type {(inputs: Report_Recipe_SublinearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, sublinear tf`)
};

export const report_recipe_text = /** @type {(inputs: Report_Recipe_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TF-IDF of ${i?.min}–${i?.max}-word n-grams, ${i?.terms}, stop words ${i?.stopWords}${i?.sublinear}, norm ${i?.norm}`)
};

export const report_rows_added = /** @type {(inputs: Report_Rows_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rows added (synthetic or duplicated).`)
};

export const report_rows_no_target = /** @type {(inputs: Report_Rows_No_TargetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rows without a target value`)
};

export const report_rows_parts = /** @type {(inputs: Report_Rows_PartsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.train} train · ${i?.validation} validation · ${i?.test} test rows`)
};

export const report_rows_per_class = /** @type {(inputs: Report_Rows_Per_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows per class`)
};

export const report_rule_cost = /** @type {(inputs: Report_Rule_CostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`lowest cost of errors on the validation part (false positive ${i?.fp}, false negative ${i?.fn})`)
};

export const report_rule_fixed = /** @type {(inputs: Report_Rule_FixedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fixed at ${i?.value}`)
};

export const report_rule_maximise = /** @type {(inputs: Report_Rule_MaximiseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`maximise ${i?.metric} on the validation part`)
};

export const report_rule_none = /** @type {(inputs: Report_Rule_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none (multiclass: highest probability)`)
};

export const report_run_heading = /** @type {(inputs: Report_Run_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Run ${i?.letter}: ${i?.name}`)
};

export const report_search_value = /** @type {(inputs: Report_Search_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.strategy}, ${i?.count} trials`)
};

export const report_section_confusion = /** @type {(inputs: Report_Section_ConfusionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confusion matrices (test)`)
};

export const report_section_curves = /** @type {(inputs: Report_Section_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curves (test part)`)
};

export const report_section_curves_compared = /** @type {(inputs: Report_Section_Curves_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curves (test part), overlaid`)
};

export const report_section_data = /** @type {(inputs: Report_Section_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Data`)
};

export const report_section_importance = /** @type {(inputs: Report_Section_ImportanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Which columns the model relies on`)
};

export const report_section_importance_compared = /** @type {(inputs: Report_Section_Importance_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column importance`)
};

export const report_section_metrics = /** @type {(inputs: Report_Section_MetricsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Metrics on validation and test`)
};

export const report_section_model = /** @type {(inputs: Report_Section_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model and settings`)
};

export const report_section_provenance = /** @type {(inputs: Report_Section_ProvenanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Provenance`)
};

export const report_section_ranking = /** @type {(inputs: Report_Section_RankingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ranking of “${i?.positive}” on the test part`)
};

export const report_section_ranking_compared = /** @type {(inputs: Report_Section_Ranking_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ranking on the test part`)
};

export const report_section_summary = /** @type {(inputs: Report_Section_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Summary`)
};

export const report_section_terms = /** @type {(inputs: Report_Section_TermsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terms that weigh most for each class`)
};

export const report_section_threshold = /** @type {(inputs: Report_Section_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Threshold and costs`)
};

export const report_series_calibration = /** @type {(inputs: Report_Series_CalibrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`calibration`)
};

export const report_series_cost = /** @type {(inputs: Report_Series_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cost`)
};

export const report_series_cum_lift = /** @type {(inputs: Report_Series_Cum_LiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cumulative lift`)
};

export const report_series_gains = /** @type {(inputs: Report_Series_GainsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gains`)
};

export const report_series_others = /** @type {(inputs: Report_Series_OthersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`others`)
};

export const report_series_precision = /** @type {(inputs: Report_Series_PrecisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`precision`)
};

export const report_series_recall = /** @type {(inputs: Report_Series_RecallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`recall`)
};

export const report_series_train = /** @type {(inputs: Report_Series_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`train`)
};

export const report_series_validation = /** @type {(inputs: Report_Series_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`validation`)
};

export const report_settings_differ = /** @type {(inputs: Report_Settings_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings that differ`)
};

export const report_shaded_note = /** @type {(inputs: Report_Shaded_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Shaded rows differ between the runs.`)
};

export const report_split_value = /** @type {(inputs: Report_Split_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.split}, stratified, seed ${i?.seed}`)
};

export const report_status_cancelled = /** @type {(inputs: Report_Status_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cancelled`)
};

export const report_status_done = /** @type {(inputs: Report_Status_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`done`)
};

export const report_status_failed = /** @type {(inputs: Report_Status_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`failed`)
};

export const report_status_interrupted = /** @type {(inputs: Report_Status_InterruptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`interrupted`)
};

export const report_status_running = /** @type {(inputs: Report_Status_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`running`)
};

export const report_steps_boosting = /** @type {(inputs: Report_Steps_BoostingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} boosting iterations`)
};

export const report_steps_epoch = /** @type {(inputs: Report_Steps_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`best epoch ${i?.best} of ${i?.count}`)
};

export const report_steps_solver = /** @type {(inputs: Report_Steps_SolverInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`solved in ${i?.count} iterations`)
};

export const report_stopped_early = /** @type {(inputs: Report_Stopped_EarlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stopped early`)
};

export const report_subtitle_details = /** @type {(inputs: Report_Subtitle_DetailsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· dataset ${i?.dataset} · trained ${i?.time} · Faro ${i?.version}`)
};

export const report_terms_gradient = /** @type {(inputs: Report_Terms_GradientInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gradient × input: how much each term raises the probability of its own class, averaged over the test rows of that class.`)
};

export const report_terms_logistic = /** @type {(inputs: Report_Terms_LogisticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model weight of each term for the class, relative to the other classes.`)
};

export const report_terms_of = /** @type {(inputs: Report_Terms_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Terms of ${i?.label}`)
};

export const report_test_metric = /** @type {(inputs: Report_Test_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Test ${i?.metric}`)
};

export const report_test_metric_col = /** @type {(inputs: Report_Test_Metric_ColInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Test metric`)
};

export const report_threshold_argmax = /** @type {(inputs: Report_Threshold_ArgmaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none (argmax)`)
};

export const report_threshold_cost = /** @type {(inputs: Report_Threshold_CostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`chosen on the validation part for the lowest cost of errors: a false positive costs ${i?.fp}, a false negative ${i?.fn}`)
};

export const report_threshold_cost_suffix = /** @type {(inputs: Report_Threshold_Cost_SuffixInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`; cost of errors ${i?.total} (${i?.perRow} per row)`)
};

export const report_threshold_fixed = /** @type {(inputs: Report_Threshold_FixedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fixed`)
};

export const report_threshold_label = /** @type {(inputs: Report_Threshold_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Threshold`)
};

export const report_threshold_maximise = /** @type {(inputs: Report_Threshold_MaximiseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`chosen on the validation part to maximise ${i?.metric}`)
};

export const report_threshold_method = /** @type {(inputs: Report_Threshold_MethodInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(method: ${i?.method}).`)
};

export const report_threshold_none = /** @type {(inputs: Report_Threshold_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none: the class with the highest probability is predicted`)
};

export const report_threshold_on = /** @type {(inputs: Report_Threshold_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Threshold on p(${i?.positive})`)
};

export const report_threshold_rule_note = /** @type {(inputs: Report_Threshold_Rule_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rows with p(${i?.positive}) ≥ ${i?.threshold} are predicted “${i?.positive}”; test and validation metrics use this threshold.`)
};

export const report_threshold_sweep_note = /** @type {(inputs: Report_Threshold_Sweep_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rows with p(${i?.positive}) at or above the threshold are predicted “${i?.positive}”; the sweep is measured on the validation part the threshold was chosen on.`)
};

export const report_title_run = /** @type {(inputs: Report_Title_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Model report: ${i?.name}`)
};

export const report_training_curve = /** @type {(inputs: Report_Training_CurveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training curve`)
};

export const report_training_part_only = /** @type {(inputs: Report_Training_Part_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.method} (training part only).`)
};

export const report_trials_value = /** @type {(inputs: Report_Trials_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} (${i?.done} finished)`)
};

export const report_validation_metric_col = /** @type {(inputs: Report_Validation_Metric_ColInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validation metric`)
};

export const route_compare_missing = /** @type {(inputs: Route_Compare_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Some runs in this comparison are not stored in this browser (they may have been deleted): showing the list of runs.`)
};

export const route_compare_some_missing = /** @type {(inputs: Route_Compare_Some_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} of the runs in this comparison are no longer stored: comparing the others.`)
};

export const route_dataset_missing = /** @type {(inputs: Route_Dataset_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The dataset in this link is not stored in this browser (it may have been deleted): showing your datasets instead.`)
};

export const route_no_screen = /** @type {(inputs: Route_No_ScreenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no screen at “${i?.hash}”: showing the Data screen instead.`)
};

export const route_run_missing = /** @type {(inputs: Route_Run_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The run in this link is not stored in this browser (it may have been deleted): showing the list of runs.`)
};

export const route_run_unfinished = /** @type {(inputs: Route_Run_UnfinishedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The run “${i?.name}” has no results to show (${i?.status}): showing the list of runs.`)
};

export const runs_actions = /** @type {(inputs: Runs_ActionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Actions`)
};

export const runs_after = /** @type {(inputs: Runs_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`after`)
};

export const runs_all_columns = /** @type {(inputs: Runs_All_ColumnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`All ${i?.count} columns`)
};

export const runs_all_datasets = /** @type {(inputs: Runs_All_DatasetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`all datasets`)
};

export const runs_back_to_threshold = /** @type {(inputs: Runs_Back_To_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the run's threshold`)
};

export const runs_backend = /** @type {(inputs: Runs_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`backend:`)
};

export const runs_balance_caption_one = /** @type {(inputs: Runs_Balance_Caption_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caption}: ${i?.count} synthetic row added; ${i?.before} → ${i?.after} training rows.`)
};

export const runs_balance_caption_other = /** @type {(inputs: Runs_Balance_Caption_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caption}: ${i?.count} synthetic rows added; ${i?.before} → ${i?.after} training rows.`)
};

export const runs_balance_chart_label = /** @type {(inputs: Runs_Balance_Chart_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Training rows per class before and after balancing: ${i?.counts}`)
};

export const runs_balance_down = /** @type {(inputs: Runs_Balance_DownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`every class down to the minority`)
};

export const runs_balance_heading = /** @type {(inputs: Runs_Balance_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Class balancing: ${i?.method}`)
};

export const runs_balance_label = /** @type {(inputs: Runs_Balance_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Class balancing`)
};

export const runs_balance_name_none = /** @type {(inputs: Runs_Balance_Name_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const runs_balance_name_over = /** @type {(inputs: Runs_Balance_Name_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`random over-sampling`)
};

export const runs_balance_name_under = /** @type {(inputs: Runs_Balance_Name_UnderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`random under-sampling`)
};

export const runs_balance_name_weights = /** @type {(inputs: Runs_Balance_Name_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`class weights ("balanced")`)
};

export const runs_balance_note_k_reduced = /** @type {(inputs: Runs_Balance_Note_K_ReducedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Class ${i?.index} has ${i?.rows} rows, so ${i?.name} was reduced from ${i?.k} to ${i?.reduced}.`)
};

export const runs_balance_note_no_borderline = /** @type {(inputs: Runs_Balance_Note_No_BorderlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Class ${i?.index} has no borderline rows, so Borderline-SMOTE added none.`)
};

export const runs_balance_note_one_hot = /** @type {(inputs: Runs_Balance_Note_One_HotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.method} interpolated the one-hot category columns too, so synthetic rows can hold fractional category values; SMOTE-NC keeps categories whole.`)
};

export const runs_balance_ratio_value = /** @type {(inputs: Runs_Balance_Ratio_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`minority / majority ratio ${i?.ratio}`)
};

export const runs_balance_training_only = /** @type {(inputs: Runs_Balance_Training_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.balance} (training part only)`)
};

export const runs_balance_up = /** @type {(inputs: Runs_Balance_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`every class up to the majority`)
};

export const runs_before = /** @type {(inputs: Runs_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`before`)
};

export const runs_best_epoch = /** @type {(inputs: Runs_Best_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`best epoch ${i?.epoch}`)
};

export const runs_best_value = /** @type {(inputs: Runs_Best_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value}, best`)
};

export const runs_blend_balance_caption = /** @type {(inputs: Runs_Blend_Balance_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Class balancing of the blend's heaviest model (trial #${i?.trial}); each member was balanced as its trial chose.`)
};

export const runs_blend_curve_caption = /** @type {(inputs: Runs_Blend_Curve_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Training curve of the blend's heaviest model (trial #${i?.trial}).`)
};

export const runs_blend_listed = /** @type {(inputs: Runs_Blend_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(listed under “Settings and recipe used”)`)
};

export const runs_blend_member = /** @type {(inputs: Runs_Blend_MemberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.weight} — trial #${i?.trial}: ${i?.model}`)
};

export const runs_blend_members = /** @type {(inputs: Runs_Blend_MembersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Blend of ${i?.count} models (their probabilities averaged with these weights; the recipe below is the first one's):`)
};

export const runs_blend_of = /** @type {(inputs: Runs_Blend_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`blend of ${i?.count} models`)
};

export const runs_boosting_iterations = /** @type {(inputs: Runs_Boosting_IterationsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} boosting iterations`)
};

export const runs_calibration_caption = /** @type {(inputs: Runs_Calibration_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Calibration (10 bins)`)
};

export const runs_calibration_label = /** @type {(inputs: Runs_Calibration_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Calibration curve`)
};

export const runs_captured = /** @type {(inputs: Runs_CapturedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Captured`)
};

export const runs_captured_title = /** @type {(inputs: Runs_Captured_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Share of all “${i?.label}” rows in this decile and the ones above`)
};

export const runs_class = /** @type {(inputs: Runs_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Class`)
};

export const runs_class_balance = /** @type {(inputs: Runs_Class_BalanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Class balance`)
};

export const runs_class_weights_note = /** @type {(inputs: Runs_Class_Weights_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Training rows per class: ${i?.counts}; each row's loss weighted by n / (classes × class size).`)
};

export const runs_close = /** @type {(inputs: Runs_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close`)
};

export const runs_col_accuracy = /** @type {(inputs: Runs_Col_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Accuracy`)
};

export const runs_col_created = /** @type {(inputs: Runs_Col_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Created`)
};

export const runs_col_dataset = /** @type {(inputs: Runs_Col_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dataset`)
};

export const runs_col_log_loss = /** @type {(inputs: Runs_Col_Log_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log loss`)
};

export const runs_col_model_title = /** @type {(inputs: Runs_Col_Model_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Storage its model takes (what “Remove model” on the run frees)`)
};

export const runs_col_name = /** @type {(inputs: Runs_Col_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name`)
};

export const runs_col_status = /** @type {(inputs: Runs_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const runs_column = /** @type {(inputs: Runs_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column`)
};

export const runs_compare = /** @type {(inputs: Runs_CompareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compare`)
};

export const runs_compare_different_data = /** @type {(inputs: Runs_Compare_Different_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`⚠ These runs were trained on different data (the dataset fingerprints differ): their metrics are not directly comparable.`)
};

export const runs_compare_different_test_rows = /** @type {(inputs: Runs_Compare_Different_Test_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`⚠ These runs were evaluated on different test rows (another seed or split): differences may be noise.`)
};

export const runs_compare_importance_caption = /** @type {(inputs: Runs_Compare_Importance_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Score lost when the column is shuffled (permutation importance on each run's test rows; — where the run has none).`)
};

export const runs_compare_importance_caption_ranked = /** @type {(inputs: Runs_Compare_Importance_Caption_RankedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Score lost when the column is shuffled (permutation importance on each run's test rows; — where the run has none), most important on average first.`)
};

export const runs_compare_importance_label = /** @type {(inputs: Runs_Compare_Importance_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column importance of the compared runs`)
};

export const runs_compare_label = /** @type {(inputs: Runs_Compare_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compare runs`)
};

export const runs_compare_metrics_label = /** @type {(inputs: Runs_Compare_Metrics_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Metrics of the compared runs`)
};

export const runs_compare_none = /** @type {(inputs: Runs_Compare_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(none)`)
};

export const runs_compare_report_title = /** @type {(inputs: Runs_Compare_Report_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One HTML file with these runs side by side, then each run's own report; it loads nothing from anywhere`)
};

export const runs_compare_title = /** @type {(inputs: Runs_Compare_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tick 2 to 6 finished runs to compare them side by side`)
};

export const runs_comparing = /** @type {(inputs: Runs_ComparingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comparing ${i?.count} runs`)
};

export const runs_confusion = /** @type {(inputs: Runs_ConfusionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confusion matrix`)
};

export const runs_confusion_corner = /** @type {(inputs: Runs_Confusion_CornerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true ↓ / predicted →`)
};

export const runs_confusion_counts = /** @type {(inputs: Runs_Confusion_CountsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TP · FP · FN · TN`)
};

export const runs_cost_axis = /** @type {(inputs: Runs_Cost_AxisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cost of errors per row`)
};

export const runs_cost_chart = /** @type {(inputs: Runs_Cost_ChartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cost of errors against the threshold`)
};

export const runs_cost_per_row = /** @type {(inputs: Runs_Cost_Per_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.perRow} per row; validation ${i?.validation} per row).`)
};

export const runs_cost_per_row_col = /** @type {(inputs: Runs_Cost_Per_Row_ColInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cost per row`)
};

export const runs_cost_test = /** @type {(inputs: Runs_Cost_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cost of the errors on the test part:`)
};

export const runs_cum_lift = /** @type {(inputs: Runs_Cum_LiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cum. lift`)
};

export const runs_cum_lift_title = /** @type {(inputs: Runs_Cum_Lift_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The rate of this decile and the ones above over the overall rate`)
};

export const runs_decile = /** @type {(inputs: Runs_DecileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decile`)
};

export const runs_decile_axis = /** @type {(inputs: Runs_Decile_AxisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decile (highest scores first)`)
};

export const runs_decile_table = /** @type {(inputs: Runs_Decile_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decile table`)
};

export const runs_deciles_caption = /** @type {(inputs: Runs_Deciles_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rows ranked by the score of “${i?.label}”, highest first, in ten groups of equal size (tied scores keep the data's order).`)
};

export const runs_deciles_label = /** @type {(inputs: Runs_Deciles_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Score deciles`)
};

export const runs_delete_confirm = /** @type {(inputs: Runs_Delete_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Delete the run “${i?.name}”?`)
};

export const runs_delete_run = /** @type {(inputs: Runs_Delete_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Delete run ${i?.name}`)
};

export const runs_download_model = /** @type {(inputs: Runs_Download_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download model`)
};

export const runs_download_model_title = /** @type {(inputs: Runs_Download_Model_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One JSON file: the fitted recipe, the model, labels, threshold and metrics`)
};

export const runs_download_report = /** @type {(inputs: Runs_Download_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download report`)
};

export const runs_download_report_title = /** @type {(inputs: Runs_Download_Report_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One HTML file to read, print or archive: data, settings, metrics, curves, deciles, importance, warnings and provenance; it loads nothing from anywhere`)
};

export const runs_dropped_missing_target = /** @type {(inputs: Runs_Dropped_Missing_TargetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rows without a target value were left out.`)
};

export const runs_empty = /** @type {(inputs: Runs_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No runs yet. Train a model on the Train screen; every run is kept here, in this browser.`)
};

export const runs_epoch_trees_iteration = /** @type {(inputs: Runs_Epoch_Trees_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Epoch (trees: iteration)`)
};

export const runs_export_selected = /** @type {(inputs: Runs_Export_SelectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export selected`)
};

export const runs_features = /** @type {(inputs: Runs_FeaturesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} features`)
};

export const runs_features_first_model = /** @type {(inputs: Runs_Features_First_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} features (first model)`)
};

export const runs_features_heading = /** @type {(inputs: Runs_Features_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Features`)
};

export const runs_filter_dataset = /** @type {(inputs: Runs_Filter_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter by dataset`)
};

export const runs_final_fit_epochs = /** @type {(inputs: Runs_Final_Fit_EpochsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The final model was refitted on ${i?.rows} training + validation rows for ${i?.count} epochs; the validation metrics and the threshold come from the model fitted on the training rows.`)
};

export const runs_final_fit_iterations = /** @type {(inputs: Runs_Final_Fit_IterationsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The final model was refitted on ${i?.rows} training + validation rows (${i?.count} iterations); the validation metrics and the threshold come from the model fitted on the training rows.`)
};

export const runs_flagged = /** @type {(inputs: Runs_FlaggedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flagged`)
};

export const runs_fpr = /** @type {(inputs: Runs_FprInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`False positive rate`)
};

export const runs_fraction_positive = /** @type {(inputs: Runs_Fraction_PositiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fraction positive`)
};

export const runs_gain_share = /** @type {(inputs: Runs_Gain_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share of gain`)
};

export const runs_gain_total = /** @type {(inputs: Runs_Gain_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Total gain`)
};

export const runs_gains_label = /** @type {(inputs: Runs_Gains_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Cumulative gains of “${i?.label}” (the Captured column of the table)`)
};

export const runs_hint_accuracy = /** @type {(inputs: Runs_Hint_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share of correct predictions.`)
};

export const runs_hint_balanced_accuracy = /** @type {(inputs: Runs_Hint_Balanced_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mean recall over classes.`)
};

export const runs_hint_f1_macro = /** @type {(inputs: Runs_Hint_F1_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mean F1 over classes.`)
};

export const runs_hint_f1_weighted = /** @type {(inputs: Runs_Hint_F1_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1 averaged by class support.`)
};

export const runs_hint_gini = /** @type {(inputs: Runs_Hint_GiniInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2 × ROC AUC − 1, as credit scoring reports it.`)
};

export const runs_hint_kappa = /** @type {(inputs: Runs_Hint_KappaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Agreement beyond chance.`)
};

export const runs_hint_ks = /** @type {(inputs: Runs_Hint_KsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolmogorov–Smirnov: the largest gap between the two classes’ score distributions.`)
};

export const runs_hint_lower_better = /** @type {(inputs: Runs_Hint_Lower_BetterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lower is better.`)
};

export const runs_hint_mcc = /** @type {(inputs: Runs_Hint_MccInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Matthews correlation; 0 = chance, 1 = perfect.`)
};

export const runs_hint_pr_auc = /** @type {(inputs: Runs_Hint_Pr_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision–recall summary; sensitive to rare positives.`)
};

export const runs_hint_roc_auc = /** @type {(inputs: Runs_Hint_Roc_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ranking quality; 0.5 = chance, 1 = perfect. Multiclass: macro one-vs-rest.`)
};

export const runs_import = /** @type {(inputs: Runs_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import runs…`)
};

export const runs_import_label = /** @type {(inputs: Runs_Import_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import runs`)
};

export const runs_import_title = /** @type {(inputs: Runs_Import_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add runs from a file exported by Faro`)
};

export const runs_importance_caption_rest = /** @type {(inputs: Runs_Importance_Caption_RestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One-hot levels, derived columns and text terms count for the column they come from. Near 0 or below: the model does not use the column.`)
};

export const runs_importance_caption_test = /** @type {(inputs: Runs_Importance_Caption_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Permutation importance on ${i?.rows} test rows: each column's values are shuffled ${i?.repeats} times and the model scored again (${i?.metric} ${i?.baseline} unshuffled); bars show the mean loss, lines ± one standard deviation.`)
};

export const runs_importance_caption_validation = /** @type {(inputs: Runs_Importance_Caption_ValidationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Permutation importance on ${i?.rows} validation rows: each column's values are shuffled ${i?.repeats} times and the model scored again (${i?.metric} ${i?.baseline} unshuffled); bars show the mean loss, lines ± one standard deviation.`)
};

export const runs_importance_chart = /** @type {(inputs: Runs_Importance_ChartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Permutation importance per column`)
};

export const runs_importance_heading = /** @type {(inputs: Runs_Importance_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Which columns the model relies on`)
};

export const runs_importance_label = /** @type {(inputs: Runs_Importance_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column importance`)
};

export const runs_importance_mixed = /** @type {(inputs: Runs_Importance_MixedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`⚠ These runs measured importance with different scores (ROC AUC for some, accuracy for others): compare numbers within a run only. Columns are ordered by their mean rank in the runs (rank in brackets), not by averaging the numbers.`)
};

export const runs_importance_part = /** @type {(inputs: Runs_Importance_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows the importance is measured on`)
};

export const runs_importance_table = /** @type {(inputs: Runs_Importance_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Permutation importance`)
};

export const runs_imported_one = /** @type {(inputs: Runs_Imported_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Imported ${i?.count} run from ${i?.file}.`)
};

export const runs_imported_one_skipped = /** @type {(inputs: Runs_Imported_One_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Imported ${i?.count} run from ${i?.file} (${i?.skipped} already here).`)
};

export const runs_imported_other = /** @type {(inputs: Runs_Imported_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Imported ${i?.count} runs from ${i?.file}.`)
};

export const runs_imported_other_skipped = /** @type {(inputs: Runs_Imported_Other_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Imported ${i?.count} runs from ${i?.file} (${i?.skipped} already here).`)
};

export const runs_ks_at = /** @type {(inputs: Runs_Ks_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(largest gap between the two classes' score distributions, at a score of ${i?.score})`)
};

export const runs_ks_label = /** @type {(inputs: Runs_Ks_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`KS chart: the largest gap between the two classes is ${i?.ks}`)
};

export const runs_legend_precision = /** @type {(inputs: Runs_Legend_PrecisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`precision`)
};

export const runs_legend_recall = /** @type {(inputs: Runs_Legend_RecallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`recall`)
};

export const runs_legend_train = /** @type {(inputs: Runs_Legend_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`train`)
};

export const runs_legend_validation = /** @type {(inputs: Runs_Legend_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`validation`)
};

export const runs_lift_label = /** @type {(inputs: Runs_Lift_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lift by decile (the Lift and Cum. lift columns of the table)`)
};

export const runs_lift_title = /** @type {(inputs: Runs_Lift_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The decile's rate over the overall rate`)
};

export const runs_loss_axis = /** @type {(inputs: Runs_Loss_AxisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loss (cross-entropy)`)
};

export const runs_loss_caption_epoch = /** @type {(inputs: Runs_Loss_Caption_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loss per epoch.`)
};

export const runs_loss_caption_epoch_best = /** @type {(inputs: Runs_Loss_Caption_Epoch_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Loss per epoch; dashed line: best epoch (${i?.best}), whose weights were kept.`)
};

export const runs_loss_caption_iteration = /** @type {(inputs: Runs_Loss_Caption_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loss per iteration.`)
};

export const runs_loss_caption_iteration_best = /** @type {(inputs: Runs_Loss_Caption_Iteration_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Loss per iteration; dashed line: best iteration (${i?.best}), the trees up to it were kept.`)
};

export const runs_loss_caption_solver_best = /** @type {(inputs: Runs_Loss_Caption_Solver_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Loss per iteration; dashed line: the solver's last iteration (${i?.best}), its weights are the model.`)
};

export const runs_loss_curves = /** @type {(inputs: Runs_Loss_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validation loss per epoch (per iteration for trees)`)
};

export const runs_loss_curves_label = /** @type {(inputs: Runs_Loss_Curves_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validation loss of the compared runs`)
};

export const runs_loss_label_epoch = /** @type {(inputs: Runs_Loss_Label_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training and validation loss per epoch`)
};

export const runs_loss_label_iteration = /** @type {(inputs: Runs_Loss_Label_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training and validation loss per iteration`)
};

export const runs_lost_when_shuffled = /** @type {(inputs: Runs_Lost_When_ShuffledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} lost when the column is shuffled`)
};

export const runs_lower_is_better = /** @type {(inputs: Runs_Lower_Is_BetterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(lower is better)`)
};

export const runs_mean_predicted = /** @type {(inputs: Runs_Mean_PredictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mean predicted probability`)
};

export const runs_metric = /** @type {(inputs: Runs_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Metric`)
};

export const runs_metric_accuracy = /** @type {(inputs: Runs_Metric_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`accuracy`)
};

export const runs_metric_balanced_accuracy = /** @type {(inputs: Runs_Metric_Balanced_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Balanced accuracy`)
};

export const runs_metric_brier = /** @type {(inputs: Runs_Metric_BrierInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brier score`)
};

export const runs_metric_f1_weighted = /** @type {(inputs: Runs_Metric_F1_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1 (weighted)`)
};

export const runs_metric_kappa = /** @type {(inputs: Runs_Metric_KappaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cohen's kappa`)
};

export const runs_metric_lost = /** @type {(inputs: Runs_Metric_LostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} lost`)
};

export const runs_metric_note_ap_zero = /** @type {(inputs: Runs_Metric_Note_Ap_ZeroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Average precision is 0: no evaluated row is "${i?.label}".`)
};

export const runs_metric_note_kappa = /** @type {(inputs: Runs_Metric_Note_KappaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cohen's kappa is undefined: one class only, on both sides.`)
};

export const runs_metric_note_never_predicted = /** @type {(inputs: Runs_Metric_Note_Never_PredictedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Class "${i?.label}" is never predicted: its precision is set to 0.`)
};

export const runs_metric_note_roc_class_undefined = /** @type {(inputs: Runs_Metric_Note_Roc_Class_UndefinedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ROC AUC is undefined: class ${i?.names} has no evaluated row, or every one (its average precision counts as 0 or 1).`)
};

export const runs_metric_note_roc_one_class = /** @type {(inputs: Runs_Metric_Note_Roc_One_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ROC AUC is undefined: every evaluated row is "${i?.label}".`)
};

export const runs_metric_pr_auc = /** @type {(inputs: Runs_Metric_Pr_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PR AUC (average precision)`)
};

export const runs_metric_precision_macro = /** @type {(inputs: Runs_Metric_Precision_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision (macro)`)
};

export const runs_metric_recall_macro = /** @type {(inputs: Runs_Metric_Recall_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recall (macro)`)
};

export const runs_metrics_label = /** @type {(inputs: Runs_Metrics_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Metrics`)
};

export const runs_model = /** @type {(inputs: Runs_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model`)
};

export const runs_model_removed = /** @type {(inputs: Runs_Model_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`model removed`)
};

export const runs_model_removed_on = /** @type {(inputs: Runs_Model_Removed_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`model removed on ${i?.date} (${i?.size} freed)`)
};

export const runs_model_removed_short = /** @type {(inputs: Runs_Model_Removed_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`removed`)
};

export const runs_model_size_title = /** @type {(inputs: Runs_Model_Size_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The model's weights as JSON: the space removing it frees`)
};

export const runs_no_test_scores = /** @type {(inputs: Runs_No_Test_ScoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This run was recorded before Faro kept the test scores: only the validation sweep can be read here.`)
};

export const runs_not_measured = /** @type {(inputs: Runs_Not_MeasuredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not measured`)
};

export const runs_on_validation = /** @type {(inputs: Runs_On_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`on validation`)
};

export const runs_open = /** @type {(inputs: Runs_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open`)
};

export const runs_open_run = /** @type {(inputs: Runs_Open_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Open run ${i?.name}`)
};

export const runs_others = /** @type {(inputs: Runs_OthersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`others`)
};

export const runs_part = /** @type {(inputs: Runs_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Part`)
};

export const runs_per_class_label = /** @type {(inputs: Runs_Per_Class_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Per-class metrics`)
};

export const runs_positive = /** @type {(inputs: Runs_PositiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`positive`)
};

export const runs_positive_class = /** @type {(inputs: Runs_Positive_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Positive class`)
};

export const runs_pr_caption = /** @type {(inputs: Runs_Pr_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Precision–recall · AP ${i?.ap}`)
};

export const runs_pr_curves = /** @type {(inputs: Runs_Pr_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision–recall curves`)
};

export const runs_pr_curves_label = /** @type {(inputs: Runs_Pr_Curves_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision-recall curves of the compared runs`)
};

export const runs_pr_label = /** @type {(inputs: Runs_Pr_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision-recall curve`)
};

export const runs_precision = /** @type {(inputs: Runs_PrecisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision`)
};

export const runs_precision_recall_axis = /** @type {(inputs: Runs_Precision_Recall_AxisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision, recall`)
};

export const runs_quoted = /** @type {(inputs: Runs_QuotedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.label}”`)
};

export const runs_ranking_heading = /** @type {(inputs: Runs_Ranking_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ranking of “${i?.label}” on the test part`)
};

export const runs_rate = /** @type {(inputs: Runs_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rate`)
};

export const runs_rates_chart = /** @type {(inputs: Runs_Rates_ChartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precision and recall against the threshold`)
};

export const runs_recall = /** @type {(inputs: Runs_RecallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recall`)
};

export const runs_recipe = /** @type {(inputs: Runs_RecipeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recipe`)
};

export const runs_recipe_label = /** @type {(inputs: Runs_Recipe_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recipe as JSON, scrollable`)
};

export const runs_remove_model = /** @type {(inputs: Runs_Remove_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove model`)
};

export const runs_remove_model_confirm = /** @type {(inputs: Runs_Remove_Model_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Remove the model of “${i?.name}” to free ${i?.size}? Its metrics, curves and settings stay, and it can still be compared, but it can no longer be downloaded or used to predict.`)
};

export const runs_remove_model_title = /** @type {(inputs: Runs_Remove_Model_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Free storage space: keeps the run, its metrics, curves and settings`)
};

export const runs_results_label = /** @type {(inputs: Runs_Results_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run results`)
};

export const runs_roc_caption = /** @type {(inputs: Runs_Roc_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ROC curve · AUC ${i?.auc}`)
};

export const runs_roc_curves = /** @type {(inputs: Runs_Roc_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ROC curves`)
};

export const runs_roc_curves_label = /** @type {(inputs: Runs_Roc_Curves_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ROC curves of the compared runs`)
};

export const runs_roc_label = /** @type {(inputs: Runs_Roc_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ROC curve`)
};

export const runs_row_normalised = /** @type {(inputs: Runs_Row_NormalisedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`row-normalised`)
};

export const runs_rows = /** @type {(inputs: Runs_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows`)
};

export const runs_rows_count = /** @type {(inputs: Runs_Rows_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rows`)
};

export const runs_run_name = /** @type {(inputs: Runs_Run_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run name`)
};

export const runs_scores = /** @type {(inputs: Runs_ScoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Scores`)
};

export const runs_select_and_star = /** @type {(inputs: Runs_Select_And_StarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Select and star`)
};

export const runs_select_for_comparison = /** @type {(inputs: Runs_Select_For_ComparisonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Select ${i?.name} for comparison`)
};

export const runs_selected = /** @type {(inputs: Runs_SelectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} selected`)
};

export const runs_setting = /** @type {(inputs: Runs_SettingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Setting`)
};

export const runs_settings_differ = /** @type {(inputs: Runs_Settings_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings that differ`)
};

export const runs_settings_identical = /** @type {(inputs: Runs_Settings_IdenticalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The runs have identical settings.`)
};

export const runs_settings_used = /** @type {(inputs: Runs_Settings_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings and recipe used`)
};

export const runs_share_captured = /** @type {(inputs: Runs_Share_CapturedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Share of “${i?.label}” captured`)
};

export const runs_share_of_class = /** @type {(inputs: Runs_Share_Of_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share of the class`)
};

export const runs_share_of_rows = /** @type {(inputs: Runs_Share_Of_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share of rows (highest scores first)`)
};

export const runs_solved_in = /** @type {(inputs: Runs_Solved_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`solved in ${i?.count} iterations`)
};

export const runs_split = /** @type {(inputs: Runs_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Split`)
};

export const runs_split_chosen = /** @type {(inputs: Runs_Split_ChosenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`test = ${i?.rows}; the other rows ${i?.train} / ${i?.validation} (train / validation)`)
};

export const runs_split_chosen_one = /** @type {(inputs: Runs_Split_Chosen_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`test = ${i?.rows} (${i?.count} row); the other rows ${i?.train} / ${i?.validation} (train / validation)`)
};

export const runs_split_chosen_other = /** @type {(inputs: Runs_Split_Chosen_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`test = ${i?.rows} (${i?.count} rows); the other rows ${i?.train} / ${i?.validation} (train / validation)`)
};

export const runs_split_rows_where = /** @type {(inputs: Runs_Split_Rows_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`rows where ${i?.column} = ${i?.value}`)
};

export const runs_split_shares = /** @type {(inputs: Runs_Split_SharesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.train} / ${i?.validation} / ${i?.test} (train / validation / test)`)
};

export const runs_split_sizes = /** @type {(inputs: Runs_Split_SizesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.train} train · ${i?.validation} validation · ${i?.test} test rows`)
};

export const runs_split_summary = /** @type {(inputs: Runs_Split_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.split}, stratified, seed ${i?.seed}`)
};

export const runs_splits = /** @type {(inputs: Runs_SplitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Splits`)
};

export const runs_star = /** @type {(inputs: Runs_StarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Star`)
};

export const runs_status_failed = /** @type {(inputs: Runs_Status_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`failed: ${i?.message}`)
};

export const runs_std = /** @type {(inputs: Runs_StdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`± std`)
};

export const runs_step_epoch = /** @type {(inputs: Runs_Step_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Epoch`)
};

export const runs_step_iteration = /** @type {(inputs: Runs_Step_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iteration`)
};

export const runs_step_solver = /** @type {(inputs: Runs_Step_SolverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solver iteration`)
};

export const runs_stopped_early = /** @type {(inputs: Runs_Stopped_EarlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(stopped early)`)
};

export const runs_support = /** @type {(inputs: Runs_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support`)
};

export const runs_sweep_caption = /** @type {(inputs: Runs_Sweep_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rows with p(${i?.label}) at or above the threshold are predicted “${i?.label}”; the dashed line is the run's threshold (${i?.threshold}).`)
};

export const runs_sweep_heading = /** @type {(inputs: Runs_Sweep_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The threshold on the validation part`)
};

export const runs_sweep_label = /** @type {(inputs: Runs_Sweep_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Threshold sweep`)
};

export const runs_sweep_point = /** @type {(inputs: Runs_Sweep_PointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(sweep point ${i?.threshold})`)
};

export const runs_table_label = /** @type {(inputs: Runs_Table_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stored runs`)
};

export const runs_terms_gradient = /** @type {(inputs: Runs_Terms_GradientInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gradient × input: how much each term raises the probability of its own class, averaged over the test rows of that class.`)
};

export const runs_terms_heading = /** @type {(inputs: Runs_Terms_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terms that weigh most for each class`)
};

export const runs_terms_label = /** @type {(inputs: Runs_Terms_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Term weights`)
};

export const runs_terms_logistic = /** @type {(inputs: Runs_Terms_LogisticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model weight of each term for the class, relative to the other classes.`)
};

export const runs_terms_none = /** @type {(inputs: Runs_Terms_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No term pushes towards this class.`)
};

export const runs_test = /** @type {(inputs: Runs_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Test`)
};

export const runs_test_metric = /** @type {(inputs: Runs_Test_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Test metric`)
};

export const runs_test_part = /** @type {(inputs: Runs_Test_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`test part`)
};

export const runs_threshold = /** @type {(inputs: Runs_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Threshold`)
};

export const runs_threshold_cost = /** @type {(inputs: Runs_Threshold_CostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`chosen on the validation part for the lowest cost of errors: a false positive costs ${i?.falsePositive}, a false negative ${i?.falseNegative}`)
};

export const runs_threshold_fixed = /** @type {(inputs: Runs_Threshold_FixedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fixed`)
};

export const runs_threshold_maximise = /** @type {(inputs: Runs_Threshold_MaximiseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`chosen on the validation part to maximise ${i?.metric}`)
};

export const runs_threshold_on = /** @type {(inputs: Runs_Threshold_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Threshold on p(${i?.label})`)
};

export const runs_threshold_sentence = /** @type {(inputs: Runs_Threshold_SentenceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`; decision threshold ${i?.threshold} (${i?.method}). Test metrics use it.`)
};

export const runs_title = /** @type {(inputs: Runs_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Runs`)
};

export const runs_tpr = /** @type {(inputs: Runs_TprInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`True positive rate`)
};

export const runs_trained_in = /** @type {(inputs: Runs_Trained_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`trained in ${i?.duration}`)
};

export const runs_training_loss = /** @type {(inputs: Runs_Training_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training loss`)
};

export const runs_training_part = /** @type {(inputs: Runs_Training_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training part`)
};

export const runs_training_rows = /** @type {(inputs: Runs_Training_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training rows`)
};

export const runs_tree_caption = /** @type {(inputs: Runs_Tree_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gain is the training loss each split removed, summed over every tree (XGBoost’s total gain); it shows what the trees used while fitting, where permutation importance shows what the score needs on unseen rows. A column can have gain and still matter little on test rows (it fitted noise), or the reverse.`)
};

export const runs_tree_summary = /** @type {(inputs: Runs_Tree_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What the trees’ splits say: gain and split count per column`)
};

export const runs_tree_table = /** @type {(inputs: Runs_Tree_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tree gain and split counts`)
};

export const runs_trial_not_kept = /** @type {(inputs: Runs_Trial_Not_KeptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`trial not kept`)
};

export const runs_tried_metrics = /** @type {(inputs: Runs_Tried_MetricsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Metrics at the tried threshold`)
};

export const runs_try_changes_nothing = /** @type {(inputs: Runs_Try_Changes_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trying a threshold changes nothing stored: the run's metrics, its model file and its predictions keep the run's threshold.`)
};

export const runs_try_threshold = /** @type {(inputs: Runs_Try_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try a threshold:`)
};

export const runs_try_threshold_label = /** @type {(inputs: Runs_Try_Threshold_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Threshold on p(${i?.label}) to try`)
};

export const runs_unknown_error = /** @type {(inputs: Runs_Unknown_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unknown error`)
};

export const runs_unstar = /** @type {(inputs: Runs_UnstarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unstar`)
};

export const runs_validation = /** @type {(inputs: Runs_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validation`)
};

export const runs_validation_loss = /** @type {(inputs: Runs_Validation_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validation loss`)
};

export const runs_validation_part = /** @type {(inputs: Runs_Validation_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`validation part`)
};

export const runs_youden = /** @type {(inputs: Runs_YoudenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Youden's J`)
};

export const tab_data = /** @type {(inputs: Tab_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Data`)
};

export const tab_predict = /** @type {(inputs: Tab_PredictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predict`)
};

export const tab_runs = /** @type {(inputs: Tab_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Runs`)
};

export const tab_train = /** @type {(inputs: Tab_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Train`)
};

export const tabs_label = /** @type {(inputs: Tabs_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Screens`)
};

export const train_activation = /** @type {(inputs: Train_ActivationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Activation`)
};

export const train_backend = /** @type {(inputs: Train_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Backend`)
};

export const train_backend_auto = /** @type {(inputs: Train_Backend_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`automatic`)
};

export const train_backend_cpu = /** @type {(inputs: Train_Backend_CpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CPU (plain JavaScript)`)
};

export const train_backend_reason_forced = /** @type {(inputs: Train_Backend_Reason_ForcedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, as chosen in the settings`)
};

export const train_backend_reason_hardware = /** @type {(inputs: Train_Backend_Reason_HardwareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (hardware GPU)`)
};

export const train_backend_reason_js = /** @type {(inputs: Train_Backend_Reason_JsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gradient-boosted trees train and score in plain JavaScript.`)
};

export const train_backend_reason_skipped = /** @type {(inputs: Train_Backend_Reason_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} skipped: ${i?.why}`)
};

export const train_backend_title = /** @type {(inputs: Train_Backend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Automatic: a real GPU through WebGPU or WebGL when there is one, otherwise WebAssembly. Software GPUs are skipped: they are many times slower.`)
};

export const train_backend_why_fallback = /** @type {(inputs: Train_Backend_Why_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebGPU offers only a software fallback adapter`)
};

export const train_backend_why_matmul = /** @type {(inputs: Train_Backend_Why_MatmulInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`a test matMul gave ${i?.values} instead of 19, 22, 43, 50`)
};

export const train_backend_why_no_adapter = /** @type {(inputs: Train_Backend_Why_No_AdapterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebGPU has no adapter (no GPU, or WebGPU is disabled)`)
};

export const train_backend_why_no_context = /** @type {(inputs: Train_Backend_Why_No_ContextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebGL could not create a context`)
};

export const train_backend_why_no_offscreen = /** @type {(inputs: Train_Backend_Why_No_OffscreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebGL is not available here (no OffscreenCanvas)`)
};

export const train_backend_why_no_start = /** @type {(inputs: Train_Backend_Why_No_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`it failed to start`)
};

export const train_backend_why_no_webgpu = /** @type {(inputs: Train_Backend_Why_No_WebgpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebGPU is not available here (no navigator.gpu)`)
};

export const train_backend_why_not_registered = /** @type {(inputs: Train_Backend_Why_Not_RegisteredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not registered in this build`)
};

export const train_backend_why_software = /** @type {(inputs: Train_Backend_Why_SoftwareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WebGL renders in software ("${i?.renderer}")`)
};

export const train_backend_why_timeout_adapter = /** @type {(inputs: Train_Backend_Why_Timeout_AdapterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`requesting a WebGPU adapter took longer than ${i?.ms} ms`)
};

export const train_backend_why_timeout_start = /** @type {(inputs: Train_Backend_Why_Timeout_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`starting took longer than ${i?.ms} ms`)
};

export const train_backend_why_timeout_test = /** @type {(inputs: Train_Backend_Why_Timeout_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`a test computation took longer than ${i?.ms} ms`)
};

export const train_balance = /** @type {(inputs: Train_BalanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Class balance (training part only)`)
};

export const train_balance_auto_over = /** @type {(inputs: Train_Balance_Auto_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`every class up to the largest`)
};

export const train_balance_auto_under = /** @type {(inputs: Train_Balance_Auto_UnderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`every class down to the smallest`)
};

export const train_balance_borderline_help = /** @type {(inputs: Train_Balance_Borderline_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMOTE from the rows near the class border only (borderline-1); a class with no such rows gets none. Not for text features.`)
};

export const train_balance_caption = /** @type {(inputs: Train_Balance_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Expected, from the profile and the split`)
};

export const train_balance_caption_borderline = /** @type {(inputs: Train_Balance_Caption_BorderlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Expected at most (only border rows are used)`)
};

export const train_balance_k = /** @type {(inputs: Train_Balance_KInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`k neighbours`)
};

export const train_balance_k_title = /** @type {(inputs: Train_Balance_K_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nearest neighbours of the same class to interpolate towards (fewer when a class is smaller).`)
};

export const train_balance_method = /** @type {(inputs: Train_Balance_MethodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Balancing method`)
};

export const train_balance_none = /** @type {(inputs: Train_Balance_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const train_balance_none_help = /** @type {(inputs: Train_Balance_None_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Train on the rows as they are.`)
};

export const train_balance_over = /** @type {(inputs: Train_Balance_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`random over-sampling`)
};

export const train_balance_over_help = /** @type {(inputs: Train_Balance_Over_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duplicate random rows of the smaller classes.`)
};

export const train_balance_ratio = /** @type {(inputs: Train_Balance_RatioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ratio`)
};

export const train_balance_ratio_option = /** @type {(inputs: Train_Balance_Ratio_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a minority / majority ratio`)
};

export const train_balance_smote_help = /** @type {(inputs: Train_Balance_Smote_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New rows between a row of a smaller class and one of its k nearest neighbours in that class. One-hot columns get fractional values; not for text features.`)
};

export const train_balance_smote_nc = /** @type {(inputs: Train_Balance_Smote_NcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMOTE-NC (numeric + categorical)`)
};

export const train_balance_smote_nc_help = /** @type {(inputs: Train_Balance_Smote_Nc_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMOTE on the raw columns: numbers interpolated, each category set to the neighbours' most common, then encoded, so categories stay whole. Text is copied from the base row.`)
};

export const train_balance_suggest = /** @type {(inputs: Train_Balance_SuggestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The smallest class (${i?.smallest} rows) is under a third of the largest (${i?.largest}): consider class weights or SMOTE-NC.`)
};

export const train_balance_target = /** @type {(inputs: Train_Balance_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Target`)
};

export const train_balance_text_warn = /** @type {(inputs: Train_Balance_Text_WarnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This recipe has text features, which ${i?.method} cannot interpolate: choose SMOTE-NC, random over-sampling or class weights.`)
};

export const train_balance_under = /** @type {(inputs: Train_Balance_UnderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`random under-sampling`)
};

export const train_balance_under_help = /** @type {(inputs: Train_Balance_Under_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drop random rows of the larger classes (less data to learn from).`)
};

export const train_balance_weights = /** @type {(inputs: Train_Balance_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`class weights`)
};

export const train_balance_weights_help = /** @type {(inputs: Train_Balance_Weights_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weigh each row's loss by n / (classes × class size), scikit-learn's "balanced"; no rows are added.`)
};

export const train_batch_size = /** @type {(inputs: Train_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Batch size`)
};

export const train_best = /** @type {(inputs: Train_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`★ best`)
};

export const train_bins = /** @type {(inputs: Train_BinsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bins`)
};

export const train_bins_title = /** @type {(inputs: Train_Bins_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each numeric feature is cut into at most this many bins (quantiles).`)
};

export const train_blend = /** @type {(inputs: Train_BlendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ensemble: blend the top models`)
};

export const train_blend_of_one = /** @type {(inputs: Train_Blend_Of_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Blend of ${i?.count} trial`)
};

export const train_blend_of_other = /** @type {(inputs: Train_Blend_Of_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Blend of ${i?.count} trials`)
};

export const train_blend_row = /** @type {(inputs: Train_Blend_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blend`)
};

export const train_blend_title = /** @type {(inputs: Train_Blend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ensemble selection (Caruana et al.): averages the probabilities of a few of the best trials when that scores higher in cross-validation than the best trial alone`)
};

export const train_categorical_missing = /** @type {(inputs: Train_Categorical_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Missing values`)
};

export const train_categories = /** @type {(inputs: Train_CategoriesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Categories`)
};

export const train_choose_target = /** @type {(inputs: Train_Choose_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the column to predict on the Data screen first.`)
};

export const train_chosen = /** @type {(inputs: Train_ChosenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`★ chosen`)
};

export const train_col_cv = /** @type {(inputs: Train_Col_CvInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`CV ${i?.metric} (mean ± std)`)
};

export const train_col_settings = /** @type {(inputs: Train_Col_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings`)
};

export const train_col_status = /** @type {(inputs: Train_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const train_col_time = /** @type {(inputs: Train_Col_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Time`)
};

export const train_col_trial = /** @type {(inputs: Train_Col_TrialInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trial`)
};

export const train_compute = /** @type {(inputs: Train_ComputeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compute`)
};

export const train_constant = /** @type {(inputs: Train_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Constant`)
};

export const train_cost_fn = /** @type {(inputs: Train_Cost_FnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cost of a false negative`)
};

export const train_cost_fn_title = /** @type {(inputs: Train_Cost_Fn_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`What missing a ${i?.label} row costs, in the same unit.`)
};

export const train_cost_fp = /** @type {(inputs: Train_Cost_FpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cost of a false positive`)
};

export const train_cost_fp_title = /** @type {(inputs: Train_Cost_Fp_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`What wrongly flagging a row as ${i?.label} costs (any unit: money, hours).`)
};

export const train_derived = /** @type {(inputs: Train_DerivedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Derived features`)
};

export const train_derived_add = /** @type {(inputs: Train_Derived_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add`)
};

export const train_derived_column = /** @type {(inputs: Train_Derived_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`column…`)
};

export const train_derived_example = /** @type {(inputs: Train_Derived_ExampleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E.g. Credit amount ÷ Duration = monthly payment.`)
};

export const train_derived_left = /** @type {(inputs: Train_Derived_LeftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Left column`)
};

export const train_derived_operation = /** @type {(inputs: Train_Derived_OperationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Operation`)
};

export const train_derived_remove = /** @type {(inputs: Train_Derived_RemoveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Remove ${i?.name}`)
};

export const train_derived_right = /** @type {(inputs: Train_Derived_RightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Right column`)
};

export const train_dropout = /** @type {(inputs: Train_DropoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dropout`)
};

export const train_encoding = /** @type {(inputs: Train_EncodingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Encoding`)
};

export const train_encoding_onehot = /** @type {(inputs: Train_Encoding_OnehotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`one-hot`)
};

export const train_encoding_ordinal = /** @type {(inputs: Train_Encoding_OrdinalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ordinal`)
};

export const train_err_backend_forced = /** @type {(inputs: Train_Err_Backend_ForcedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The ${i?.backend} backend is not available: ${i?.why}.`)
};

export const train_err_backend_forced_hint = /** @type {(inputs: Train_Err_Backend_Forced_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose "auto" to let Faro pick one that works.`)
};

export const train_err_backend_none = /** @type {(inputs: Train_Err_Backend_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No compute backend works here (${i?.reasons}).`)
};

export const train_err_backend_none_hint = /** @type {(inputs: Train_Err_Backend_None_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try another browser.`)
};

export const train_err_backend_where = /** @type {(inputs: Train_Err_Backend_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`backend ${i?.backend}`)
};

export const train_err_search_space = /** @type {(inputs: Train_Err_Search_SpaceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The search range is not usable: ${i?.problem}`)
};

export const train_err_search_space_hint = /** @type {(inputs: Train_Err_Search_Space_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fix the range in "Find the best model", or reset the ranges to the defaults.`)
};

export const train_err_search_space_where = /** @type {(inputs: Train_Err_Search_Space_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`search space: ${i?.field}`)
};

export const train_evaluation = /** @type {(inputs: Train_EvaluationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Evaluation`)
};

export const train_family = /** @type {(inputs: Train_FamilyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Family`)
};

export const train_family_gbdt = /** @type {(inputs: Train_Family_GbdtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gradient-boosted trees`)
};

export const train_family_logistic = /** @type {(inputs: Train_Family_LogisticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logistic regression (L2)`)
};

export const train_family_logistic_plain = /** @type {(inputs: Train_Family_Logistic_PlainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logistic regression`)
};

export const train_family_mlp = /** @type {(inputs: Train_Family_MlpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neural network (MLP)`)
};

export const train_fill_missing = /** @type {(inputs: Train_Fill_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fill missing with`)
};

export const train_final_fit = /** @type {(inputs: Train_Final_FitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Refit the final model on training + validation rows`)
};

export const train_final_fit_title = /** @type {(inputs: Train_Final_Fit_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The training part still chooses the number of epochs and the threshold (with early stopping on the validation part); then the model is fitted again on the training and validation rows together for that many epochs, so it learns from more rows. Validation metrics stay those of the first fit.`)
};

export const train_folds = /** @type {(inputs: Train_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Folds`)
};

export const train_from_features_one = /** @type {(inputs: Train_From_Features_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`From ${i?.count} feature column of ${i?.dataset}.`)
};

export const train_from_features_other = /** @type {(inputs: Train_From_Features_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`From ${i?.count} feature columns of ${i?.dataset}.`)
};

export const train_hidden_layers = /** @type {(inputs: Train_Hidden_LayersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hidden layers`)
};

export const train_importance_validation = /** @type {(inputs: Train_Importance_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column importance on the validation part too`)
};

export const train_importance_validation_title = /** @type {(inputs: Train_Importance_Validation_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Permutation importance is always measured on the test part; this repeats it on the validation part (as long again), to see whether the two parts agree.`)
};

export const train_impute_constant = /** @type {(inputs: Train_Impute_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a constant`)
};

export const train_impute_mean = /** @type {(inputs: Train_Impute_MeanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mean`)
};

export const train_impute_median = /** @type {(inputs: Train_Impute_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`median`)
};

export const train_indicator_always = /** @type {(inputs: Train_Indicator_AlwaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`always`)
};

export const train_indicator_auto = /** @type {(inputs: Train_Indicator_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`when a column has blanks`)
};

export const train_indicator_never = /** @type {(inputs: Train_Indicator_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`never`)
};

export const train_intro = /** @type {(inputs: Train_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Features are prepared on the training part only, the validation part decides early stopping and the threshold, and the test part is touched once, for the final metrics.`)
};

export const train_lbfgs_iterations_title = /** @type {(inputs: Train_Lbfgs_Iterations_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`scikit-learn's max_iter: the solver usually stops sooner, at the optimum.`)
};

export const train_lbfgs_l2_title = /** @type {(inputs: Train_Lbfgs_L2_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L2 penalty on the weights, on the mean loss: 1 / (2 · rows · C) is scikit-learn's C.`)
};

export const train_leaderboard = /** @type {(inputs: Train_LeaderboardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leaderboard`)
};

export const train_learning_rate = /** @type {(inputs: Train_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Learning rate`)
};

export const train_leaves = /** @type {(inputs: Train_LeavesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leaves`)
};

export const train_leaves_title = /** @type {(inputs: Train_Leaves_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leaves per tree; trees grow best split first.`)
};

export const train_log_columns = /** @type {(inputs: Train_Log_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`log(1 + x) columns`)
};

export const train_max_depth = /** @type {(inputs: Train_Max_DepthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Max depth`)
};

export const train_max_depth_title = /** @type {(inputs: Train_Max_Depth_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empty: no limit (the number of leaves bounds each tree).`)
};

export const train_max_epochs = /** @type {(inputs: Train_Max_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Max epochs`)
};

export const train_max_iterations = /** @type {(inputs: Train_Max_IterationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Max iterations`)
};

export const train_metric_balanced_accuracy = /** @type {(inputs: Train_Metric_Balanced_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Balanced accuracy`)
};

export const train_metric_log_loss = /** @type {(inputs: Train_Metric_Log_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log loss`)
};

export const train_min_leaf_rows = /** @type {(inputs: Train_Min_Leaf_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Min rows per leaf`)
};

export const train_minutes = /** @type {(inputs: Train_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Minutes`)
};

export const train_missing_indicator = /** @type {(inputs: Train_Missing_IndicatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Missing indicator`)
};

export const train_model = /** @type {(inputs: Train_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model`)
};

export const train_model_families = /** @type {(inputs: Train_Model_FamiliesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model families`)
};

export const train_most_frequent_level = /** @type {(inputs: Train_Most_Frequent_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the most frequent level`)
};

export const train_ngrams = /** @type {(inputs: Train_NgramsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Word n-grams`)
};

export const train_ngrams_pairs = /** @type {(inputs: Train_Ngrams_PairsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`words and pairs`)
};

export const train_ngrams_words = /** @type {(inputs: Train_Ngrams_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`single words`)
};

export const train_no_limit = /** @type {(inputs: Train_No_LimitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no limit`)
};

export const train_not_started = /** @type {(inputs: Train_Not_StartedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not started`)
};

export const train_numbers = /** @type {(inputs: Train_NumbersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Numbers`)
};

export const train_own_level = /** @type {(inputs: Train_Own_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`their own level (“${i?.level}”)`)
};

export const train_patience = /** @type {(inputs: Train_PatienceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Early-stopping patience`)
};

export const train_patience_title = /** @type {(inputs: Train_Patience_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stop when the validation loss has not improved for this many epochs; the best weights are kept.`)
};

export const train_positive = /** @type {(inputs: Train_PositiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`positive`)
};

export const train_positive_class = /** @type {(inputs: Train_Positive_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Positive class`)
};

export const train_positive_minority = /** @type {(inputs: Train_Positive_MinorityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`minority class (default)`)
};

export const train_predict_title = /** @type {(inputs: Train_Predict_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Predict “${i?.target}”`)
};

export const train_range_dropout_note = /** @type {(inputs: Train_Range_Dropout_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MLP only`)
};

export const train_range_from = /** @type {(inputs: Train_Range_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`from`)
};

export const train_range_l2_note = /** @type {(inputs: Train_Range_L2_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`on the weights, log scale`)
};

export const train_range_learning_rate_note = /** @type {(inputs: Train_Range_Learning_Rate_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adam (MLP; logistic regression is solved by L-BFGS), log scale`)
};

export const train_range_to = /** @type {(inputs: Train_Range_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`to`)
};

export const train_range_tree_l2 = /** @type {(inputs: Train_Range_Tree_L2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trees: L2`)
};

export const train_range_tree_l2_note = /** @type {(inputs: Train_Range_Tree_L2_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`on leaf values, log scale`)
};

export const train_range_tree_learning_rate = /** @type {(inputs: Train_Range_Tree_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trees: learning rate`)
};

export const train_range_tree_learning_rate_note = /** @type {(inputs: Train_Range_Tree_Learning_Rate_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shrinkage, log scale`)
};

export const train_rank_by = /** @type {(inputs: Train_Rank_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rank by`)
};

export const train_recipe = /** @type {(inputs: Train_RecipeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feature preparation`)
};

export const train_reset = /** @type {(inputs: Train_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reset to defaults`)
};

export const train_reset_ranges = /** @type {(inputs: Train_Reset_RangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reset the ranges`)
};

export const train_run_status_cancelled = /** @type {(inputs: Train_Run_Status_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cancelled`)
};

export const train_run_status_done = /** @type {(inputs: Train_Run_Status_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`done`)
};

export const train_run_status_failed = /** @type {(inputs: Train_Run_Status_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`failed`)
};

export const train_run_status_interrupted = /** @type {(inputs: Train_Run_Status_InterruptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`interrupted`)
};

export const train_run_status_running = /** @type {(inputs: Train_Run_Status_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`running`)
};

export const train_rung = /** @type {(inputs: Train_RungInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(rung ${i?.rung})`)
};

export const train_scale_minmax = /** @type {(inputs: Train_Scale_MinmaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`min–max to [0, 1]`)
};

export const train_scale_none = /** @type {(inputs: Train_Scale_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const train_scale_standard = /** @type {(inputs: Train_Scale_StandardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`standardise (z-score)`)
};

export const train_scaling = /** @type {(inputs: Train_ScalingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Scaling`)
};

export const train_search_cancelled = /** @type {(inputs: Train_Search_CancelledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`cancelled after ${i?.counts}`)
};

export const train_search_failed = /** @type {(inputs: Train_Search_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`failed: ${i?.message}`)
};

export const train_search_finished = /** @type {(inputs: Train_Search_FinishedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.counts}; ${i?.result}`)
};

export const train_search_intro = /** @type {(inputs: Train_Search_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tries model families (logistic regression, neural networks, gradient-boosted trees), sizes, learning rates, regularisation and preparation choices, each scored by stratified ${i?.k}-fold cross-validation on the training and validation rows (the test part stays untouched). The best — or a blend of the best trials, when it scores higher — becomes a run, evaluated once on the test part.`)
};

export const train_search_none_succeeded = /** @type {(inputs: Train_Search_None_SucceededInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`failed: no trial succeeded (${i?.counts})`)
};

export const train_search_not_trained = /** @type {(inputs: Train_Search_Not_TrainedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not trained`)
};

export const train_search_parallel = /** @type {(inputs: Train_Search_ParallelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.lanes} at a time, in parallel workers)`)
};

export const train_search_progress = /** @type {(inputs: Train_Search_ProgressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search`)
};

export const train_search_pruned = /** @type {(inputs: Train_Search_PrunedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} stopped early below the median`)
};

export const train_search_ranges = /** @type {(inputs: Train_Search_RangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search ranges`)
};

export const train_search_result_best = /** @type {(inputs: Train_Search_Result_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`best model ${i?.status}`)
};

export const train_search_result_blend = /** @type {(inputs: Train_Search_Result_BlendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`blend of ${i?.count} trials ${i?.status}`)
};

export const train_search_run_name = /** @type {(inputs: Train_Search_Run_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Best of search (${i?.strategy})`)
};

export const train_search_skipped = /** @type {(inputs: Train_Search_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} skipped as too slow for the time left`)
};

export const train_search_starting = /** @type {(inputs: Train_Search_StartingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`starting`)
};

export const train_search_status = /** @type {(inputs: Train_Search_StatusInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Search: ${i?.status}`)
};

export const train_search_strategy_halving = /** @type {(inputs: Train_Search_Strategy_HalvingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`successive halving`)
};

export const train_search_strategy_random = /** @type {(inputs: Train_Search_Strategy_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`random`)
};

export const train_search_strategy_tpe = /** @type {(inputs: Train_Search_Strategy_TpeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TPE`)
};

export const train_search_succeeded = /** @type {(inputs: Train_Search_SucceededInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} succeeded`)
};

export const train_search_time_reached = /** @type {(inputs: Train_Search_Time_ReachedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(time budget reached)`)
};

export const train_search_title = /** @type {(inputs: Train_Search_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Find the best model`)
};

export const train_search_trials_one = /** @type {(inputs: Train_Search_Trials_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} trial`)
};

export const train_search_trials_other = /** @type {(inputs: Train_Search_Trials_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} trials`)
};

export const train_searching = /** @type {(inputs: Train_SearchingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Searching…`)
};

export const train_seed = /** @type {(inputs: Train_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seed`)
};

export const train_seed_title = /** @type {(inputs: Train_Seed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same seed gives the same split and the same model on the CPU and WASM backends.`)
};

export const train_settings_label = /** @type {(inputs: Train_Settings_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training settings`)
};

export const train_short_logistic = /** @type {(inputs: Train_Short_LogisticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logistic`)
};

export const train_short_trees = /** @type {(inputs: Train_Short_TreesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trees ${i?.leaves} leaves`)
};

export const train_solver = /** @type {(inputs: Train_SolverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solver`)
};

export const train_solver_adam = /** @type {(inputs: Train_Solver_AdamInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adam (mini-batches)`)
};

export const train_solver_lbfgs = /** @type {(inputs: Train_Solver_LbfgsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L-BFGS (exact optimum)`)
};

export const train_solver_title = /** @type {(inputs: Train_Solver_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L-BFGS solves the regression to its optimum over all training rows, as scikit-learn does; Adam trains it in mini-batches with early stopping.`)
};

export const train_space_keep_one = /** @type {(inputs: Train_Space_Keep_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Keep at least one of the ${i?.what}.`)
};

export const train_space_no_family = /** @type {(inputs: Train_Space_No_FamilyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose at least one model family.`)
};

export const train_space_not_family = /** @type {(inputs: Train_Space_Not_FamilyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.family}" is not a model family.`)
};

export const train_space_range_empty = /** @type {(inputs: Train_Space_Range_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: enter a lowest and a highest value.`)
};

export const train_space_range_inverted = /** @type {(inputs: Train_Space_Range_InvertedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: the lowest value is above the highest.`)
};

export const train_space_range_limits = /** @type {(inputs: Train_Space_Range_LimitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: values must lie between ${i?.min} and ${i?.max}.`)
};

export const train_space_what_batch_sizes = /** @type {(inputs: Train_Space_What_Batch_SizesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`batch sizes`)
};

export const train_space_what_depths = /** @type {(inputs: Train_Space_What_DepthsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`depth limits`)
};

export const train_space_what_iterations = /** @type {(inputs: Train_Space_What_IterationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`iteration counts`)
};

export const train_space_what_layouts = /** @type {(inputs: Train_Space_What_LayoutsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`MLP layouts`)
};

export const train_space_what_leaves = /** @type {(inputs: Train_Space_What_LeavesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`leaf counts`)
};

export const train_space_what_min_leaf = /** @type {(inputs: Train_Space_What_Min_LeafInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rows per leaf`)
};

export const train_space_what_onehot = /** @type {(inputs: Train_Space_What_OnehotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`one-hot level counts`)
};

export const train_space_what_scalings = /** @type {(inputs: Train_Space_What_ScalingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`scalings`)
};

export const train_spec_adam = /** @type {(inputs: Train_Spec_AdamInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.family}, L2 ${i?.l2}, Adam lr ${i?.learningRate}, batch ${i?.batch}, ≤ ${i?.epochs} epochs, patience ${i?.patience}`)
};

export const train_spec_depth = /** @type {(inputs: Train_Spec_DepthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`depth ≤ ${i?.depth}`)
};

export const train_spec_gbdt = /** @type {(inputs: Train_Spec_GbdtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gradient-boosted trees: ≤ ${i?.iterations} iterations, learning rate ${i?.learningRate}, ${i?.leaves} leaves, ${i?.depth}, ≥ ${i?.minLeaf} rows per leaf, ${i?.bins} bins, L2 ${i?.l2}, patience ${i?.patience}`)
};

export const train_spec_lbfgs = /** @type {(inputs: Train_Spec_LbfgsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Logistic regression, L2 ${i?.l2}, solved by L-BFGS in ≤ ${i?.iterations} iterations`)
};

export const train_spec_no_depth_limit = /** @type {(inputs: Train_Spec_No_Depth_LimitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no depth limit`)
};

export const train_status = /** @type {(inputs: Train_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status:`)
};

export const train_status_label = /** @type {(inputs: Train_Status_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training status`)
};

export const train_stop_words = /** @type {(inputs: Train_Stop_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stop words`)
};

export const train_stop_words_both = /** @type {(inputs: Train_Stop_Words_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`English + Spanish`)
};

export const train_stop_words_english = /** @type {(inputs: Train_Stop_Words_EnglishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`English`)
};

export const train_stop_words_none = /** @type {(inputs: Train_Stop_Words_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`keep all`)
};

export const train_stop_words_spanish = /** @type {(inputs: Train_Stop_Words_SpanishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spanish`)
};

export const train_strategy = /** @type {(inputs: Train_StrategyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Strategy`)
};

export const train_strategy_halving = /** @type {(inputs: Train_Strategy_HalvingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Successive halving`)
};

export const train_strategy_random = /** @type {(inputs: Train_Strategy_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Random search`)
};

export const train_strategy_tpe = /** @type {(inputs: Train_Strategy_TpeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model-based (TPE)`)
};

export const train_test_column = /** @type {(inputs: Train_Test_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column`)
};

export const train_test_note = /** @type {(inputs: Train_Test_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Testing on the rows where ${i?.column} = ${i?.value}; the other rows are split into training and validation.`)
};

export const train_test_note_id = /** @type {(inputs: Train_Test_Note_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.column}” is an id, not a feature.`)
};

export const train_test_note_ignored = /** @type {(inputs: Train_Test_Note_IgnoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.column}” is ignored, not a feature.`)
};

export const train_test_percent = /** @type {(inputs: Train_Test_PercentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Test %`)
};

export const train_test_percent_unused = /** @type {(inputs: Train_Test_Percent_UnusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not used: the test rows are chosen by a column.`)
};

export const train_test_rows = /** @type {(inputs: Train_Test_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Test rows`)
};

export const train_test_rows_column = /** @type {(inputs: Train_Test_Rows_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rows where a column has a value`)
};

export const train_test_rows_random = /** @type {(inputs: Train_Test_Rows_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`random share`)
};

export const train_test_rows_title = /** @type {(inputs: Train_Test_Rows_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Random: a stratified share of the rows. A column: exactly the rows where it has the value (an out-of-time or predefined test set).`)
};

export const train_test_still_feature = /** @type {(inputs: Train_Test_Still_FeatureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`⚠ “${i?.column}” is still a feature: set its role to ignore on the Data screen, or training refuses it.`)
};

export const train_test_value = /** @type {(inputs: Train_Test_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`= value`)
};

export const train_test_value_choose = /** @type {(inputs: Train_Test_Value_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(choose)`)
};

export const train_test_value_placeholder = /** @type {(inputs: Train_Test_Value_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. test`)
};

export const train_text_tfidf = /** @type {(inputs: Train_Text_TfidfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Text (TF-IDF)`)
};

export const train_threshold = /** @type {(inputs: Train_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Threshold`)
};

export const train_threshold_cost = /** @type {(inputs: Train_Threshold_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lowest cost of errors`)
};

export const train_threshold_f1 = /** @type {(inputs: Train_Threshold_F1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`maximise F1`)
};

export const train_threshold_fixed = /** @type {(inputs: Train_Threshold_FixedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fixed`)
};

export const train_threshold_title = /** @type {(inputs: Train_Threshold_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chosen on the validation part; test metrics use it.`)
};

export const train_threshold_value = /** @type {(inputs: Train_Threshold_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Value`)
};

export const train_top_levels = /** @type {(inputs: Train_Top_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Top levels kept`)
};

export const train_top_levels_title = /** @type {(inputs: Train_Top_Levels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The most frequent levels get a column each; the rest share an “other” column.`)
};

export const train_train = /** @type {(inputs: Train_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Train`)
};

export const train_training = /** @type {(inputs: Train_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training…`)
};

export const train_tree_l2_title = /** @type {(inputs: Train_Tree_L2_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L2 regularisation of leaf values.`)
};

export const train_tree_learning_rate_title = /** @type {(inputs: Train_Tree_Learning_Rate_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Shrinkage: each tree's values are multiplied by it.`)
};

export const train_tree_patience_title = /** @type {(inputs: Train_Tree_Patience_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stop when the validation loss has not improved for this many iterations; the trees up to the best one are kept.`)
};

export const train_trees_compute_note = /** @type {(inputs: Train_Trees_Compute_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trees train and score in plain JavaScript in the training worker: no GPU or WebAssembly backend is used.`)
};

export const train_trial_batch = /** @type {(inputs: Train_Trial_BatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`batch ${i?.count}`)
};

export const train_trial_best_single = /** @type {(inputs: Train_Trial_Best_SingleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`best single`)
};

export const train_trial_done = /** @type {(inputs: Train_Trial_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`done`)
};

export const train_trial_epochs = /** @type {(inputs: Train_Trial_EpochsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`≤ ${i?.count} epochs`)
};

export const train_trial_failed = /** @type {(inputs: Train_Trial_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`failed: ${i?.message}`)
};

export const train_trial_in_blend = /** @type {(inputs: Train_Trial_In_BlendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`in blend ${i?.share}`)
};

export const train_trial_iterations = /** @type {(inputs: Train_Trial_IterationsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`≤ ${i?.count} iterations`)
};

export const train_trial_lr = /** @type {(inputs: Train_Trial_LrInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`lr ${i?.value}`)
};

export const train_trial_pruned = /** @type {(inputs: Train_Trial_PrunedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stopped early: below the median of the earlier trials.`)
};

export const train_trial_rows_per_leaf = /** @type {(inputs: Train_Trial_Rows_Per_LeafInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`≥ ${i?.count} rows/leaf`)
};

export const train_trial_skipped = /** @type {(inputs: Train_Trial_SkippedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skipped: too slow for the time left.`)
};

export const train_trial_vocab = /** @type {(inputs: Train_Trial_VocabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vocab ${i?.count}`)
};

export const train_trials = /** @type {(inputs: Train_TrialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trials`)
};

export const train_validation_percent = /** @type {(inputs: Train_Validation_PercentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validation %`)
};

export const train_value_auto = /** @type {(inputs: Train_Value_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`auto`)
};

export const train_value_borderline = /** @type {(inputs: Train_Value_BorderlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`borderline`)
};

export const train_value_class_weights = /** @type {(inputs: Train_Value_Class_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`class-weights`)
};

export const train_value_minmax = /** @type {(inputs: Train_Value_MinmaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`minmax`)
};

export const train_value_none_f = /** @type {(inputs: Train_Value_None_FInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const train_value_random_over = /** @type {(inputs: Train_Value_Random_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`random-over`)
};

export const train_value_random_under = /** @type {(inputs: Train_Value_Random_UnderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`random-under`)
};

export const train_value_smote = /** @type {(inputs: Train_Value_SmoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`smote`)
};

export const train_value_smote_nc = /** @type {(inputs: Train_Value_Smote_NcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`smote-nc`)
};

export const train_value_standard = /** @type {(inputs: Train_Value_StandardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`standard`)
};

export const train_value_stop_both = /** @type {(inputs: Train_Value_Stop_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`english+spanish`)
};

export const train_value_stop_english = /** @type {(inputs: Train_Value_Stop_EnglishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`english`)
};

export const train_value_stop_spanish = /** @type {(inputs: Train_Value_Stop_SpanishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`spanish`)
};

export const train_vocabulary_size = /** @type {(inputs: Train_Vocabulary_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vocabulary size`)
};

export const welcome_body = /** @type {(inputs: Welcome_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Load a CSV of labelled examples (credit applicants, customer complaints, sales leads), pick the column to predict, and train a model in this tab. Everything — parsing, profiling, training — runs on your machine.`)
};

export const welcome_start = /** @type {(inputs: Welcome_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start with a built-in sample on the left, or drop your own file.`)
};

export const welcome_title = /** @type {(inputs: Welcome_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Welcome to Faro`)
};