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
	return /** @type {LocalizedString} */ (`· el navegador puede borrarlo`)
};

export const app_persistent = /** @type {(inputs: App_PersistentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`· persistente`)
};

export const app_privacy = /** @type {(inputs: App_PrivacyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todo ocurre en esta pestaña: tus datos no salen de este equipo`)
};

export const app_privacy_title = /** @type {(inputs: App_Privacy_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La lectura, el entrenamiento y la puntuación se hacen en web workers dentro de esta pestaña. No se sube nada.`)
};

export const app_storage_label = /** @type {(inputs: App_Storage_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Almacenamiento del navegador`)
};

export const app_stored = /** @type {(inputs: App_StoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Guardado: ${i?.used} de ${i?.quota}`)
};

export const app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`estudio privado de aprendizaje automático`)
};

export const chart_series = /** @type {(inputs: Chart_SeriesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serie`)
};

export const chart_values_label = /** @type {(inputs: Chart_Values_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Valores del gráfico: ${i?.label}`)
};

export const chart_values_summary = /** @type {(inputs: Chart_Values_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Valores en una tabla`)
};

export const data_band_medium = /** @type {(inputs: Data_Band_MediumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`media`)
};

export const data_band_strong = /** @type {(inputs: Data_Band_StrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fuerte`)
};

export const data_band_suspicious = /** @type {(inputs: Data_Band_SuspiciousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sospechosa`)
};

export const data_band_useless = /** @type {(inputs: Data_Band_UselessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inútil`)
};

export const data_band_weak = /** @type {(inputs: Data_Band_WeakInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`débil`)
};

export const data_bins_bin = /** @type {(inputs: Data_Bins_BinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tramo`)
};

export const data_bins_label = /** @type {(inputs: Data_Bins_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tramos de peso de la evidencia de ${i?.column}`)
};

export const data_bins_legend = /** @type {(inputs: Data_Bins_LegendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WoE = ln(proporción de todas las filas «${i?.label}» en el tramo / proporción de todas las demás filas); por encima de 0 (rojo): más «${i?.label}» que en el total.`)
};

export const data_bins_missing = /** @type {(inputs: Data_Bins_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(faltante)`)
};

export const data_bins_rate = /** @type {(inputs: Data_Bins_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tasa`)
};

export const data_bins_rows = /** @type {(inputs: Data_Bins_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas`)
};

export const data_bins_woe_bar = /** @type {(inputs: Data_Bins_Woe_BarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Barra de WoE`)
};

export const data_blank = /** @type {(inputs: Data_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(vacío)`)
};

export const data_col_column = /** @type {(inputs: Data_Col_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columna`)
};

export const data_col_distinct = /** @type {(inputs: Data_Col_DistinctInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Distintos`)
};

export const data_col_kind = /** @type {(inputs: Data_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tipo`)
};

export const data_col_missing = /** @type {(inputs: Data_Col_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Faltantes`)
};

export const data_col_profile = /** @type {(inputs: Data_Col_ProfileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Perfil`)
};

export const data_col_role = /** @type {(inputs: Data_Col_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Función`)
};

export const data_kind_boolean = /** @type {(inputs: Data_Kind_BooleanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`booleana`)
};

export const data_kind_categorical = /** @type {(inputs: Data_Kind_CategoricalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`categórica`)
};

export const data_kind_constant = /** @type {(inputs: Data_Kind_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`constante`)
};

export const data_kind_date = /** @type {(inputs: Data_Kind_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fecha`)
};

export const data_kind_id = /** @type {(inputs: Data_Kind_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`id`)
};

export const data_kind_numeric = /** @type {(inputs: Data_Kind_NumericInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`numérica`)
};

export const data_kind_text = /** @type {(inputs: Data_Kind_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`texto`)
};

export const data_list_delete_confirm = /** @type {(inputs: Data_List_Delete_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`¿Eliminar el conjunto de datos «${i?.name}» de este navegador? Se conservan las ejecuciones entrenadas con él.`)
};

export const data_list_delete_label = /** @type {(inputs: Data_List_Delete_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Eliminar el conjunto de datos ${i?.name}`)
};

export const data_list_delete_title = /** @type {(inputs: Data_List_Delete_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eliminar este conjunto de datos (se conservan las ejecuciones entrenadas con él)`)
};

export const data_list_facts = /** @type {(inputs: Data_List_FactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.rows} filas · ${i?.columns} columnas · ${i?.size}`)
};

export const data_list_label = /** @type {(inputs: Data_List_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conjuntos de datos guardados`)
};

export const data_list_title = /** @type {(inputs: Data_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conjuntos de datos en este navegador`)
};

export const data_load_choose = /** @type {(inputs: Data_Load_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`elige un archivo`)
};

export const data_load_drop = /** @type {(inputs: Data_Load_DropInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suelta aquí un CSV, o`)
};

export const data_load_hint = /** @type {(inputs: Data_Load_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Separado por comas, punto y coma, tabuladores o barras verticales; UTF-8 o Latin-1. Se lee en esta pestaña y se guarda solo en este navegador.`)
};

export const data_load_label = /** @type {(inputs: Data_Load_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cargar datos`)
};

export const data_load_pad_rows = /** @type {(inputs: Data_Load_Pad_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rellenarlas con vacíos`)
};

export const data_load_reading = /** @type {(inputs: Data_Load_ReadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Leyendo ${i?.name}`)
};

export const data_load_samples = /** @type {(inputs: Data_Load_SamplesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`O prueba una muestra incluida:`)
};

export const data_load_samples_compact = /** @type {(inputs: Data_Load_Samples_CompactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Muestras:`)
};

export const data_load_skip_rows = /** @type {(inputs: Data_Load_Skip_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Omitir esas filas`)
};

export const data_notes_label = /** @type {(inputs: Data_Notes_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notas sobre la lectura del archivo`)
};

export const data_notes_padded_rows = /** @type {(inputs: Data_Notes_Padded_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se rellenaron con vacíos ${i?.count} filas cortas.`)
};

export const data_notes_renamed = /** @type {(inputs: Data_Notes_RenamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Algunos nombres de encabezado estaban vacíos o repetidos y se renombraron:`)
};

export const data_notes_skipped_quote_rows = /** @type {(inputs: Data_Notes_Skipped_Quote_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se omitieron ${i?.count} filas con texto después de unas comillas de cierre.`)
};

export const data_notes_skipped_rows = /** @type {(inputs: Data_Notes_Skipped_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se omitieron ${i?.count} filas con un número de campos incorrecto.`)
};

export const data_notes_stray_quotes_end = /** @type {(inputs: Data_Notes_Stray_Quotes_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`); se leen tal cual, comillas incluidas.`)
};

export const data_notes_stray_quotes_one = /** @type {(inputs: Data_Notes_Stray_Quotes_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} valor contiene comillas dobles dentro de un valor sin entrecomillar (la primera en la línea ${i?.line}, columna`)
};

export const data_notes_stray_quotes_other = /** @type {(inputs: Data_Notes_Stray_Quotes_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} valores contienen comillas dobles dentro de un valor sin entrecomillar (la primera en la línea ${i?.line}, columna`)
};

export const data_preview_label = /** @type {(inputs: Data_Preview_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vista previa`)
};

export const data_preview_scroll = /** @type {(inputs: Data_Preview_ScrollInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas de la vista previa, desplazable`)
};

export const data_preview_table = /** @type {(inputs: Data_Preview_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vista previa de los datos`)
};

export const data_preview_title = /** @type {(inputs: Data_Preview_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Primeras ${i?.count} filas`)
};

export const data_profile_count = /** @type {(inputs: Data_Profile_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· ${i?.count} columnas`)
};

export const data_profile_inferred = /** @type {(inputs: Data_Profile_InferredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`inferido: ${i?.kind}`)
};

export const data_profile_kind_of = /** @type {(inputs: Data_Profile_Kind_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tipo de ${i?.name}`)
};

export const data_profile_label = /** @type {(inputs: Data_Profile_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columnas`)
};

export const data_profile_role_of = /** @type {(inputs: Data_Profile_Role_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Función de ${i?.name}`)
};

export const data_profile_table = /** @type {(inputs: Data_Profile_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Perfil de las columnas`)
};

export const data_profile_title = /** @type {(inputs: Data_Profile_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columnas`)
};

export const data_profile_warnings_one = /** @type {(inputs: Data_Profile_Warnings_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, ${i?.count} aviso`)
};

export const data_profile_warnings_other = /** @type {(inputs: Data_Profile_Warnings_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, ${i?.count} avisos`)
};

export const data_role_feature = /** @type {(inputs: Data_Role_FeatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`variable`)
};

export const data_role_id = /** @type {(inputs: Data_Role_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`id`)
};

export const data_role_ignore = /** @type {(inputs: Data_Role_IgnoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ignorar`)
};

export const data_role_target = /** @type {(inputs: Data_Role_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`objetivo`)
};

export const data_sample_austen_detail = /** @type {(inputs: Data_Sample_Austen_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} pasajes · ${i?.novels} novelas`)
};

export const data_sample_austen_title = /** @type {(inputs: Data_Sample_Austen_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pasajes de Austen`)
};

export const data_sample_german_detail = /** @type {(inputs: Data_Sample_German_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} solicitantes · objetivo Risk`)
};

export const data_sample_german_title = /** @type {(inputs: Data_Sample_German_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Riesgo de crédito alemán`)
};

export const data_sep_comma = /** @type {(inputs: Data_Sep_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`separado por comas`)
};

export const data_sep_other = /** @type {(inputs: Data_Sep_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`separado por ${i?.delimiter}`)
};

export const data_sep_pipe = /** @type {(inputs: Data_Sep_PipeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`separado por barras verticales`)
};

export const data_sep_semicolon = /** @type {(inputs: Data_Sep_SemicolonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`separado por punto y coma`)
};

export const data_sep_tab = /** @type {(inputs: Data_Sep_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`separado por tabuladores`)
};

export const data_set_up_training = /** @type {(inputs: Data_Set_Up_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preparar el entrenamiento →`)
};

export const data_signal_against = /** @type {(inputs: Data_Signal_AgainstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· frente a ${i?.target}`)
};

export const data_signal_bins_of = /** @type {(inputs: Data_Signal_Bins_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tramos de ${i?.column}`)
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
	return /** @type {LocalizedString} */ (`${i?.measure} no definida`)
};

export const data_signal_col_flag = /** @type {(inputs: Data_Signal_Col_FlagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alerta`)
};

export const data_signal_col_measure = /** @type {(inputs: Data_Signal_Col_MeasureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Medida`)
};

export const data_signal_col_strength = /** @type {(inputs: Data_Signal_Col_StrengthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IV · banda`)
};

export const data_signal_col_value = /** @type {(inputs: Data_Signal_Col_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Valor`)
};

export const data_signal_cramers_v = /** @type {(inputs: Data_Signal_Cramers_VInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`V de Cramér`)
};

export const data_signal_earlier = /** @type {(inputs: Data_Signal_EarlierInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`más pronto → más ${i?.label}`)
};

export const data_signal_flag_leak = /** @type {(inputs: Data_Signal_Flag_LeakInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`⚠ sospechosamente fuerte — posible fuga`)
};

export const data_signal_flag_none = /** @type {(inputs: Data_Signal_Flag_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin señal`)
};

export const data_signal_higher = /** @type {(inputs: Data_Signal_HigherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`más alto → más ${i?.label}`)
};

export const data_signal_how = /** @type {(inputs: Data_Signal_HowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cómo se calculan`)
};

export const data_signal_how_body = /** @type {(inputs: Data_Signal_How_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columnas numéricas, dos clases: ROC AUC del valor sin transformar (filas con valor), mostrada como máx(AUC, 1 − AUC) con su dirección. Columnas categóricas, y numéricas con más de dos clases: V de Cramér (el valor faltante como nivel propio; los valores numéricos en sus tramos). Valor de información (dos clases): WoE = ln(proporción de positivos / proporción de negativos) por tramo; deciles como pandas.qcut(q=10, duplicates='drop'), un tramo por valor si hay ≤ 10 valores distintos, uno por nivel, el valor faltante como tramo propio; una celda vacía cuenta como 0,5. Bandas: IV < 0,02 inútil, 0,1 media, 0,3 fuerte, > 0,5 sospechosa (V: 0,05 / 0,1 / 0,3 / 0,5). Posible fuga: AUC ≥ 0,95, IV > 1 o V ≥ 0,9. Sin señal: IV < 0,02 y AUC < 0,52 o V < 0,05.`)
};

export const data_signal_intro_by_iv = /** @type {(inputs: Data_Signal_Intro_By_IvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las más fuertes primero, por valor de información;`)
};

export const data_signal_intro_by_v = /** @type {(inputs: Data_Signal_Intro_By_VInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las más fuertes primero, por V de Cramér;`)
};

export const data_signal_intro_dropped = /** @type {(inputs: Data_Signal_Intro_DroppedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(se excluyen ${i?.count} sin objetivo)`)
};

export const data_signal_intro_open = /** @type {(inputs: Data_Signal_Intro_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`abre una fila para ver sus tramos de peso de la evidencia (WoE).`)
};

export const data_signal_intro_rows = /** @type {(inputs: Data_Signal_Intro_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Cuánto distingue cada columna por sí sola las clases, sobre ${i?.rows} filas`)
};

export const data_signal_iv_needs_binary = /** @type {(inputs: Data_Signal_Iv_Needs_BinaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El IV necesita un objetivo de dos clases.`)
};

export const data_signal_iv_title = /** @type {(inputs: Data_Signal_Iv_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Valor de información`)
};

export const data_signal_iv_title_needs = /** @type {(inputs: Data_Signal_Iv_Title_NeedsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El IV necesita un objetivo de dos clases`)
};

export const data_signal_later = /** @type {(inputs: Data_Signal_LaterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`más tarde → más ${i?.label}`)
};

export const data_signal_lower = /** @type {(inputs: Data_Signal_LowerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`más bajo → más ${i?.label}`)
};

export const data_signal_not_screened = /** @type {(inputs: Data_Signal_Not_ScreenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin analizar:`)
};

export const data_signal_note_many_levels = /** @type {(inputs: Data_Signal_Note_Many_LevelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.levels} niveles para ${i?.rows} filas: tantos grupos pequeños exageran V e IV.`)
};

export const data_signal_note_one_value = /** @type {(inputs: Data_Signal_Note_One_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un solo valor donde hay dato: solo se mide si falta o no.`)
};

export const data_signal_phase_column = /** @type {(inputs: Data_Signal_Phase_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Analizando «${i?.column}»`)
};

export const data_signal_phase_done = /** @type {(inputs: Data_Signal_Phase_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hecho`)
};

export const data_signal_positive = /** @type {(inputs: Data_Signal_PositiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, clase positiva «${i?.label}»`)
};

export const data_signal_screening = /** @type {(inputs: Data_Signal_ScreeningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Analizando columnas`)
};

export const data_signal_scroll = /** @type {(inputs: Data_Signal_ScrollInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Señal por columna, desplazable`)
};

export const data_signal_skip_all_missing = /** @type {(inputs: Data_Signal_Skip_All_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`todo faltante en las filas con objetivo`)
};

export const data_signal_skip_constant = /** @type {(inputs: Data_Signal_Skip_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`constante: el mismo valor en todas las filas`)
};

export const data_signal_skip_id = /** @type {(inputs: Data_Signal_Skip_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`columna id: una clave de fila, no se analiza`)
};

export const data_signal_skip_text = /** @type {(inputs: Data_Signal_Skip_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`texto: no se analiza`)
};

export const data_signal_title = /** @type {(inputs: Data_Signal_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Señal por columna`)
};

export const data_stat_max = /** @type {(inputs: Data_Stat_MaxInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`máx. ${i?.value}`)
};

export const data_stat_mean = /** @type {(inputs: Data_Stat_MeanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`media ${i?.value}`)
};

export const data_stat_median = /** @type {(inputs: Data_Stat_MedianInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mediana ${i?.value}`)
};

export const data_stat_min = /** @type {(inputs: Data_Stat_MinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mín. ${i?.value}`)
};

export const data_stat_quartiles = /** @type {(inputs: Data_Stat_QuartilesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`q1–q3 ${i?.low}–${i?.high}`)
};

export const data_stat_std = /** @type {(inputs: Data_Stat_StdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`desv. típ. ${i?.value}`)
};

export const data_summary_and_more = /** @type {(inputs: Data_Summary_And_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`…y más`)
};

export const data_summary_columns = /** @type {(inputs: Data_Summary_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`columnas`)
};

export const data_summary_decimal_comma = /** @type {(inputs: Data_Summary_Decimal_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`coma decimal`)
};

export const data_summary_frequent = /** @type {(inputs: Data_Summary_FrequentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Valores más frecuentes de ${i?.name}`)
};

export const data_summary_from = /** @type {(inputs: Data_Summary_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`desde ${i?.date}`)
};

export const data_summary_histogram = /** @type {(inputs: Data_Summary_HistogramInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Histograma de ${i?.name}`)
};

export const data_summary_label = /** @type {(inputs: Data_Summary_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resumen del conjunto de datos`)
};

export const data_summary_length = /** @type {(inputs: Data_Summary_LengthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`longitud ${i?.min}–${i?.max} caracteres, media ${i?.mean}`)
};

export const data_summary_length_chars = /** @type {(inputs: Data_Summary_Length_CharsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Longitud (caracteres)`)
};

export const data_summary_length_distribution = /** @type {(inputs: Data_Summary_Length_DistributionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Distribución de la longitud de ${i?.name}`)
};

export const data_summary_line_ends = /** @type {(inputs: Data_Summary_Line_EndsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fin de línea ${i?.newline}`)
};

export const data_summary_read_in = /** @type {(inputs: Data_Summary_Read_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`leído en ${i?.duration}`)
};

export const data_summary_rows = /** @type {(inputs: Data_Summary_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`filas`)
};

export const data_summary_rows_col = /** @type {(inputs: Data_Summary_Rows_ColInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas`)
};

export const data_summary_to = /** @type {(inputs: Data_Summary_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`hasta ${i?.date}`)
};

export const data_summary_top_terms = /** @type {(inputs: Data_Summary_Top_TermsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Términos principales de ${i?.name}`)
};

export const data_summary_values = /** @type {(inputs: Data_Summary_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Valores`)
};

export const data_target_balance = /** @type {(inputs: Data_Target_BalanceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Equilibrio de clases de ${i?.name}: ${i?.classes}`)
};

export const data_target_choose = /** @type {(inputs: Data_Target_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— elige el objetivo —`)
};

export const data_target_hint = /** @type {(inputs: Data_Target_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige la columna cuyo valor debe predecir el modelo.`)
};

export const data_target_imbalanced = /** @type {(inputs: Data_Target_ImbalancedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La clase más pequeña no llega a un tercio de la mayor: considera el equilibrado de clases en los ajustes de entrenamiento.`)
};

export const data_target_label = /** @type {(inputs: Data_Target_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objetivo`)
};

export const data_target_missing = /** @type {(inputs: Data_Target_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} filas sin objetivo quedan fuera del entrenamiento`)
};

export const data_target_numeric_warning = /** @type {(inputs: Data_Target_Numeric_WarningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.name}» tiene ${i?.count} números distintos: Faro entrena clasificadores, así que cada valor sería una clase. Elige una columna categórica.`)
};

export const data_target_option = /** @type {(inputs: Data_Target_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.kind})`)
};

export const data_target_other_levels = /** @type {(inputs: Data_Target_Other_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`otros niveles`)
};

export const data_target_pick = /** @type {(inputs: Data_Target_PickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columna a predecir (objetivo)`)
};

export const data_warn_all_missing = /** @type {(inputs: Data_Warn_All_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.name}» no tiene valores; se ignora.`)
};

export const data_warn_constant = /** @type {(inputs: Data_Warn_ConstantInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.name}» tiene un único valor, así que no puede ayudar a un modelo; se ignora.`)
};

export const data_warn_high_cardinality = /** @type {(inputs: Data_Warn_High_CardinalityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.name}» tiene ${i?.count} valores distintos (${i?.share} de las filas): trátala como texto o ignórala.`)
};

export const data_warn_id_like = /** @type {(inputs: Data_Warn_Id_LikeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.name}» tiene un valor distinto en cada fila, como un identificador: se conserva con las predicciones pero no se usa como variable.`)
};

export const data_warn_index_column = /** @type {(inputs: Data_Warn_Index_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La primera columna no tenía nombre y numera las filas (un índice guardado); se llama «${i?.name}» y no se usa como variable.`)
};

export const data_warn_leading_zeros = /** @type {(inputs: Data_Warn_Leading_ZerosInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.name}» contiene números escritos con ceros a la izquierda (como «${i?.example}»), así que se lee como códigos (${i?.kind}) y se conservan los ceros. Si son cantidades, cambia su tipo a numérico.`)
};

export const data_warn_mostly_missing = /** @type {(inputs: Data_Warn_Mostly_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A «${i?.name}» le falta el valor en el ${i?.percent} de las filas; plantéate ignorarla o añadir un indicador de valor faltante.`)
};

export const data_warn_rows_bad_quotes = /** @type {(inputs: Data_Warn_Rows_Bad_QuotesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se omitieron ${i?.count} filas con texto después de unas comillas de cierre.`)
};

export const data_warn_rows_padded = /** @type {(inputs: Data_Warn_Rows_PaddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} filas cortas se completaron con valores faltantes.`)
};

export const data_warn_rows_skipped = /** @type {(inputs: Data_Warn_Rows_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se omitieron ${i?.count} filas con un número de campos incorrecto.`)
};

export const data_warn_stray_quotes_one = /** @type {(inputs: Data_Warn_Stray_Quotes_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} valor contiene comillas dobles dentro de un valor sin comillas (la primera en la línea ${i?.line}, columna «${i?.column}»); se leyó tal como está escrito, comillas incluidas.`)
};

export const data_warn_stray_quotes_other = /** @type {(inputs: Data_Warn_Stray_Quotes_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} valores contienen comillas dobles dentro de un valor sin comillas (la primera en la línea ${i?.line}, columna «${i?.column}»); se leyeron tal como están escritos, comillas incluidas.`)
};

export const dismiss = /** @type {(inputs: DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cerrar`)
};

export const err_balance_bad_k = /** @type {(inputs: Err_Balance_Bad_KInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El número de vecinos k = ${i?.k} no es un número entero ≥ 1.`)
};

export const err_balance_bad_k_hint = /** @type {(inputs: Err_Balance_Bad_K_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa k = 5 (lo habitual).`)
};

export const err_balance_bad_strategy = /** @type {(inputs: Err_Balance_Bad_StrategyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La estrategia de muestreo no es ni «auto» ni «ratio».`)
};

export const err_balance_bad_strategy_hint = /** @type {(inputs: Err_Balance_Bad_Strategy_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Equilibra cada clase con la mayoritaria, o indica una razón minoritaria / mayoritaria.`)
};

export const err_balance_class_count = /** @type {(inputs: Err_Balance_Class_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`classCount ${i?.count} no es un entero positivo.`)
};

export const err_balance_class_count_hint = /** @type {(inputs: Err_Balance_Class_Count_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cuenta los niveles del objetivo.`)
};

export const err_balance_class_too_small = /** @type {(inputs: Err_Balance_Class_Too_SmallInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La clase ${i?.index} tiene ${i?.rows} fila de entrenamiento: SMOTE necesita al menos dos.`)
};

export const err_balance_class_too_small_hint = /** @type {(inputs: Err_Balance_Class_Too_Small_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa sobremuestreo aleatorio o pesos de clase con este objetivo, o junta las clases raras.`)
};

export const err_balance_label_outside = /** @type {(inputs: Err_Balance_Label_OutsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} tiene la clase ${i?.label}, fuera de 0…${i?.max}.`)
};

export const err_balance_label_outside_hint = /** @type {(inputs: Err_Balance_Label_Outside_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Codifica el objetivo como índices de clase antes del equilibrado.`)
};

export const err_balance_matrix_shape = /** @type {(inputs: Err_Balance_Matrix_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La matriz de variables tiene ${i?.values} valores, no ${i?.rows} filas × ${i?.width} columnas.`)
};

export const err_balance_matrix_shape_hint = /** @type {(inputs: Err_Balance_Matrix_Shape_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pasa las filas de entrenamiento después de la receta de variables, con una etiqueta por fila.`)
};

export const err_balance_missing_category = /** @type {(inputs: Err_Balance_Missing_CategoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A la fila ${i?.row} le falta el código de categoría.`)
};

export const err_balance_missing_category_hint = /** @type {(inputs: Err_Balance_Missing_Category_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Imputa las categorías faltantes (p. ej., «sin datos») antes de SMOTE-NC.`)
};

export const err_balance_mixed_shape = /** @type {(inputs: Err_Balance_Mixed_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SMOTE-NC necesita ${i?.rows} filas × (p numéricos + q categóricos) valores, con p, q ≥ 1.`)
};

export const err_balance_mixed_shape_hint = /** @type {(inputs: Err_Balance_Mixed_Shape_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa SMOTE simple cuando todas las variables son numéricas.`)
};

export const err_balance_neighbours = /** @type {(inputs: Err_Balance_NeighboursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} = ${i?.value} no es un número entero positivo.`)
};

export const err_balance_neighbours_hint = /** @type {(inputs: Err_Balance_Neighbours_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El valor habitual es 5.`)
};

export const err_balance_not_finite = /** @type {(inputs: Err_Balance_Not_FiniteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} tiene un valor faltante o infinito en la variable ${i?.feature}.`)
};

export const err_balance_not_finite_hint = /** @type {(inputs: Err_Balance_Not_Finite_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Imputa los valores faltantes en la receta de variables antes del equilibrado.`)
};

export const err_balance_ratio_hint = /** @type {(inputs: Err_Balance_Ratio_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sube la razón o desactiva el equilibrado.`)
};

export const err_balance_ratio_no_rows = /** @type {(inputs: Err_Balance_Ratio_No_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Una razón de ${i?.ratio} no pide filas nuevas: la clase minoritaria ya tiene ${i?.count} de ${i?.reference}.`)
};

export const err_balance_ratio_range = /** @type {(inputs: Err_Balance_Ratio_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La razón de equilibrado ${i?.ratio} está fuera de (0, 1].`)
};

export const err_balance_ratio_range_hint = /** @type {(inputs: Err_Balance_Ratio_Range_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa una razón minoritaria / mayoritaria como 0,5 o 1.`)
};

export const err_balance_ratio_too_few = /** @type {(inputs: Err_Balance_Ratio_Too_FewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Una razón de ${i?.ratio} necesitaría más filas de la clase mayoritaria que las ${i?.count} que hay.`)
};

export const err_balance_smote_nc_hint_categorical = /** @type {(inputs: Err_Balance_Smote_Nc_Hint_CategoricalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa sobremuestreo aleatorio o pesos de clase con datos solo categóricos.`)
};

export const err_balance_smote_nc_hint_numeric = /** @type {(inputs: Err_Balance_Smote_Nc_Hint_NumericInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa SMOTE cuando todas las variables sean numéricas.`)
};

export const err_balance_smote_nc_kinds = /** @type {(inputs: Err_Balance_Smote_Nc_KindsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`SMOTE-NC necesita variables numéricas y categóricas; esta receta tiene ${i?.numeric} numéricas y ${i?.categorical} categóricas.`)
};

export const err_balance_text_features = /** @type {(inputs: Err_Balance_Text_FeaturesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.method} no puede interpolar variables de texto (${i?.width} columnas TF-IDF).`)
};

export const err_balance_text_features_hint = /** @type {(inputs: Err_Balance_Text_Features_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige sobremuestreo aleatorio o pesos de clase para datos con texto, o SMOTE-NC (copia el texto).`)
};

export const err_balance_unknown_method = /** @type {(inputs: Err_Balance_Unknown_MethodInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.method}» no es un método de equilibrado.`)
};

export const err_balance_weights_empty = /** @type {(inputs: Err_Balance_Weights_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los pesos de clase necesitan al menos una fila de entrenamiento.`)
};

export const err_balance_weights_empty_hint = /** @type {(inputs: Err_Balance_Weights_Empty_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revisa la división entre entrenamiento y prueba.`)
};

export const err_balance_where_method = /** @type {(inputs: Err_Balance_Where_MethodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`método de equilibrado`)
};

export const err_blend_bad_weight = /** @type {(inputs: Err_Blend_Bad_WeightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El modelo ${i?.index} de la combinación («${i?.description}») tiene peso ${i?.weight}; los pesos deben ser números mayores que 0.`)
};

export const err_blend_hint = /** @type {(inputs: Err_Blend_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todos los modelos de una combinación se entrenan con el mismo objetivo, la misma división y la misma semilla, con un peso mayor que 0.`)
};

export const err_blend_member_count = /** @type {(inputs: Err_Blend_Member_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Una combinación necesita de 1 a ${i?.max} modelos (esta tiene ${i?.count}).`)
};

export const err_blend_other_seed = /** @type {(inputs: Err_Blend_Other_SeedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El modelo ${i?.index} de la combinación («${i?.description}») usa la semilla ${i?.seed}, no ${i?.lead} como el modelo de más peso.`)
};

export const err_blend_other_split = /** @type {(inputs: Err_Blend_Other_SplitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El modelo ${i?.index} de la combinación («${i?.description}») divide las filas ${i?.split}, no ${i?.lead} como el modelo de más peso.`)
};

export const err_blend_other_target = /** @type {(inputs: Err_Blend_Other_TargetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El modelo ${i?.index} de la combinación («${i?.description}») predice «${i?.target}», no «${i?.lead}» como el modelo de más peso.`)
};

export const err_boolean_levels = /** @type {(inputs: Err_Boolean_LevelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La columna «${i?.name}» tiene ${i?.count} valores (${i?.levels}); una columna de sí/no tiene dos.`)
};

export const err_boolean_levels_hint = /** @type {(inputs: Err_Boolean_Levels_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trátala como categórica.`)
};

export const err_bundle_choose_json_hint = /** @type {(inputs: Err_Bundle_Choose_Json_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige el archivo .json que Faro descarga desde una ejecución («Descargar modelo»).`)
};

export const err_bundle_could_not_read = /** @type {(inputs: Err_Bundle_Could_Not_ReadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No se pudo leer este modelo de Faro: ${i?.error}`)
};

export const err_bundle_download_again_hint = /** @type {(inputs: Err_Bundle_Download_Again_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelve a descargar el modelo desde su ejecución en Faro.`)
};

export const err_bundle_empty = /** @type {(inputs: Err_Bundle_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este archivo no es un modelo de Faro: está vacío.`)
};

export const err_bundle_field_missing = /** @type {(inputs: Err_Bundle_Field_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este archivo no es un modelo de Faro: falta «${i?.path}».`)
};

export const err_bundle_hint = /** @type {(inputs: Err_Bundle_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelve a descargar el modelo desde su ejecución en Faro o elige otro archivo.`)
};

export const err_bundle_model_removed = /** @type {(inputs: Err_Bundle_Model_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El modelo de la ejecución «${i?.name}» se eliminó para liberar espacio.`)
};

export const err_bundle_model_removed_hint = /** @type {(inputs: Err_Bundle_Model_Removed_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se conservan sus métricas y ajustes: vuelve a entrenarla para tener un modelo que descargar o con el que predecir.`)
};

export const err_bundle_must_ascending = /** @type {(inputs: Err_Bundle_Must_AscendingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista de números en orden ascendente.`)
};

export const err_bundle_must_batch_input_shape = /** @type {(inputs: Err_Bundle_Must_Batch_Input_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser [null, número de variables].`)
};

export const err_bundle_must_blend_format = /** @type {(inputs: Err_Bundle_Must_Blend_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser «${i?.format}»: un archivo de modelo de versión 3 contiene una combinación de modelos (se encontró ${i?.found}).`)
};

export const err_bundle_must_blend_version = /** @type {(inputs: Err_Bundle_Must_Blend_VersionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser 3 para una combinación de modelos (se encontró ${i?.version}).`)
};

export const err_bundle_must_boolean = /** @type {(inputs: Err_Bundle_Must_BooleanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser true o false (se encontró ${i?.found}).`)
};

export const err_bundle_must_date = /** @type {(inputs: Err_Bundle_Must_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una fecha ISO-8601 (se encontró ${i?.found}).`)
};

export const err_bundle_must_dense_layer = /** @type {(inputs: Err_Bundle_Must_Dense_LayerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista con una capa Dense.`)
};

export const err_bundle_must_dense_width = /** @type {(inputs: Err_Bundle_Must_Dense_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser ${i?.width}, el ancho de sus pasos densos.`)
};

export const err_bundle_must_feature_names = /** @type {(inputs: Err_Bundle_Must_Feature_NamesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe tener ${i?.count} nombres de variable, uno por variable.`)
};

export const err_bundle_must_first_inbound = /** @type {(inputs: Err_Bundle_Must_First_InboundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe estar vacío en la primera capa.`)
};

export const err_bundle_must_idf_count = /** @type {(inputs: Err_Bundle_Must_Idf_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe tener ${i?.count} pesos, uno por término.`)
};

export const err_bundle_must_inbound = /** @type {(inputs: Err_Bundle_Must_InboundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser solo la salida de «${i?.name}».`)
};

export const err_bundle_must_input_layer_first = /** @type {(inputs: Err_Bundle_Must_Input_Layer_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser InputLayer solo en la primera capa.`)
};

export const err_bundle_must_input_width = /** @type {(inputs: Err_Bundle_Must_Input_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser [null, ${i?.count}], una entrada por variable de la receta (se encontró ${i?.found}).`)
};

export const err_bundle_must_labels = /** @type {(inputs: Err_Bundle_Must_LabelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista de al menos 2 nombres de clase (se encontró ${i?.found}).`)
};

export const err_bundle_must_labels_entry = /** @type {(inputs: Err_Bundle_Must_Labels_EntryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista de al menos 2 nombres de clase (labels[${i?.index}] es ${i?.found}).`)
};

export const err_bundle_must_labels_unique = /** @type {(inputs: Err_Bundle_Must_Labels_UniqueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista de al menos 2 nombres de clase, cada uno una vez («${i?.label}» se repite).`)
};

export const err_bundle_must_layers = /** @type {(inputs: Err_Bundle_Must_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista de al menos una capa.`)
};

export const err_bundle_must_list = /** @type {(inputs: Err_Bundle_Must_ListInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista (se encontró ${i?.found}).`)
};

export const err_bundle_must_member_count = /** @type {(inputs: Err_Bundle_Must_Member_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista de 1 a ${i?.max} modelos (tiene ${i?.count}).`)
};

export const err_bundle_must_member_kind = /** @type {(inputs: Err_Bundle_Must_Member_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser «${i?.kind}», como «${i?.name}» en el inputSchema del archivo de modelo (se encontró «${i?.found}»).`)
};

export const err_bundle_must_model_format = /** @type {(inputs: Err_Bundle_Must_Model_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe estar ausente (un modelo TF.js) o ser «${i?.format}» (se encontró ${i?.found}).`)
};

export const err_bundle_must_model_format_nested = /** @type {(inputs: Err_Bundle_Must_Model_Format_NestedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe estar ausente (un modelo TF.js) o ser «${i?.format}» (se encontró ${i?.found}); una combinación no puede contener otra combinación.`)
};

export const err_bundle_must_no_quantization = /** @type {(inputs: Err_Bundle_Must_No_QuantizationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe estar ausente (Faro guarda pesos float32).`)
};

export const err_bundle_must_no_target_input = /** @type {(inputs: Err_Bundle_Must_No_Target_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista sin el objetivo «${i?.target}» (un modelo no puede leer lo que predice).`)
};

export const err_bundle_must_nonempty_text = /** @type {(inputs: Err_Bundle_Must_Nonempty_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un texto no vacío.`)
};

export const err_bundle_must_number = /** @type {(inputs: Err_Bundle_Must_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un número (se encontró ${i?.found}).`)
};

export const err_bundle_must_number_min = /** @type {(inputs: Err_Bundle_Must_Number_MinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un número mayor o igual que ${i?.min} (se encontró ${i?.found}).`)
};

export const err_bundle_must_number_range = /** @type {(inputs: Err_Bundle_Must_Number_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un número de ${i?.min} a ${i?.max} (se encontró ${i?.found}).`)
};

export const err_bundle_must_object = /** @type {(inputs: Err_Bundle_Must_ObjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un objeto (se encontró ${i?.found}).`)
};

export const err_bundle_must_one_of = /** @type {(inputs: Err_Bundle_Must_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser uno de estos valores: ${i?.allowed} (se encontró ${i?.found}).`)
};

export const err_bundle_must_output_units = /** @type {(inputs: Err_Bundle_Must_Output_UnitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser ${i?.count}, una salida por etiqueta (es ${i?.found}).`)
};

export const err_bundle_must_percentiles = /** @type {(inputs: Err_Bundle_Must_PercentilesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista de 101 percentiles (o ninguno).`)
};

export const err_bundle_must_plain_chain = /** @type {(inputs: Err_Bundle_Must_Plain_ChainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser [["${i?.name}", 0, 0]] (una cadena simple de capas).`)
};

export const err_bundle_must_positive_weight = /** @type {(inputs: Err_Bundle_Must_Positive_WeightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un número mayor que 0 (se encontró ${i?.weight}).`)
};

export const err_bundle_must_recipe_input = /** @type {(inputs: Err_Bundle_Must_Recipe_InputInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una de las entradas de la receta (se encontró «${i?.column}»).`)
};

export const err_bundle_must_schema_column = /** @type {(inputs: Err_Bundle_Must_Schema_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una columna del inputSchema del archivo de modelo (se encontró «${i?.name}»).`)
};

export const err_bundle_must_schema_includes = /** @type {(inputs: Err_Bundle_Must_Schema_IncludesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista que incluya la columna de entrada «${i?.name}» de la receta.`)
};

export const err_bundle_must_schema_kind = /** @type {(inputs: Err_Bundle_Must_Schema_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser «${i?.kind}», como lo lee la receta (se encontró «${i?.found}»).`)
};

export const err_bundle_must_shares = /** @type {(inputs: Err_Bundle_Must_SharesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista de ${i?.count} proporciones (una por tramo y la de faltantes).`)
};

export const err_bundle_must_softmax = /** @type {(inputs: Err_Bundle_Must_SoftmaxInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser «softmax» en la capa de salida (se encontró «${i?.found}»).`)
};

export const err_bundle_must_term_names = /** @type {(inputs: Err_Bundle_Must_Term_NamesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe tener ${i?.count} nombres, uno por término.`)
};

export const err_bundle_must_text = /** @type {(inputs: Err_Bundle_Must_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser texto (se encontró ${i?.found}).`)
};

export const err_bundle_must_threshold_absent = /** @type {(inputs: Err_Bundle_Must_Threshold_AbsentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe estar ausente con ${i?.count} clases (un umbral necesita 2).`)
};

export const err_bundle_must_tree_version = /** @type {(inputs: Err_Bundle_Must_Tree_VersionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser 2 o más para un modelo de árboles (se encontró ${i?.version}).`)
};

export const err_bundle_must_trial_id = /** @type {(inputs: Err_Bundle_Must_Trial_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un número entero o null (se encontró ${i?.found}).`)
};

export const err_bundle_must_unique_column = /** @type {(inputs: Err_Bundle_Must_Unique_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un nombre de columna usado una sola vez («${i?.name}» se repite).`)
};

export const err_bundle_must_weight_bytes = /** @type {(inputs: Err_Bundle_Must_Weight_BytesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe tener ${i?.bytes} bytes para los pesos que enumeran sus especificaciones (tiene ${i?.found}: puede que el archivo esté cortado).`)
};

export const err_bundle_must_weight_shape = /** @type {(inputs: Err_Bundle_Must_Weight_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser [${i?.want}] para ajustarse a ${i?.weight} (es [${i?.found}]).`)
};

export const err_bundle_must_weight_specs = /** @type {(inputs: Err_Bundle_Must_Weight_SpecsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista de ${i?.count} pesos para las capas de la topología (tiene ${i?.found}).`)
};

export const err_bundle_must_weights_sum = /** @type {(inputs: Err_Bundle_Must_Weights_SumInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe tener modelos cuyos pesos sumen 1 (suman ${i?.total}).`)
};

export const err_bundle_must_whole = /** @type {(inputs: Err_Bundle_Must_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un número entero (se encontró ${i?.found}).`)
};

export const err_bundle_must_whole_min = /** @type {(inputs: Err_Bundle_Must_Whole_MinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un número entero mayor o igual que ${i?.min} (se encontró ${i?.found}).`)
};

export const err_bundle_must_whole_range = /** @type {(inputs: Err_Bundle_Must_Whole_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un número entero de ${i?.min} a ${i?.max} (se encontró ${i?.found}).`)
};

export const err_bundle_newer = /** @type {(inputs: Err_Bundle_NewerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo lo creó un Faro más reciente (versión ${i?.version}); este Faro lee versiones hasta la ${i?.max}.`)
};

export const err_bundle_newer_hint = /** @type {(inputs: Err_Bundle_Newer_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ábrelo con la versión de Faro que lo creó, o actualiza este Faro.`)
};

export const err_bundle_not_base64 = /** @type {(inputs: Err_Bundle_Not_Base64Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este archivo no es un modelo de Faro: «${i?.path}» no es texto base64.`)
};

export const err_bundle_not_json = /** @type {(inputs: Err_Bundle_Not_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este archivo no es un modelo de Faro: no es JSON válido (línea ${i?.line}, columna ${i?.column}).`)
};

export const err_bundle_not_json_hint = /** @type {(inputs: Err_Bundle_Not_Json_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige el archivo .json que Faro descarga desde una ejecución; un archivo cortado por una descarga interrumpida falla aquí.`)
};

export const err_bundle_not_object = /** @type {(inputs: Err_Bundle_Not_ObjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este archivo no es un modelo de Faro: contiene ${i?.found}, no un objeto.`)
};

export const err_bundle_positive_missing = /** @type {(inputs: Err_Bundle_Positive_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este archivo no es un modelo de Faro: falta «${i?.path}» (el umbral se aplica a esa clase).`)
};

export const err_bundle_run_no_model = /** @type {(inputs: Err_Bundle_Run_No_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La ejecución «${i?.name}» no tiene modelo (estado ${i?.status}).`)
};

export const err_bundle_run_no_model_hint = /** @type {(inputs: Err_Bundle_Run_No_Model_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descarga el modelo de una ejecución terminada.`)
};

export const err_bundle_unusable_model = /** @type {(inputs: Err_Bundle_Unusable_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: no se pudo usar su modelo (${i?.error}).`)
};

export const err_bundle_unusable_recipe = /** @type {(inputs: Err_Bundle_Unusable_RecipeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: no se pudo usar su receta (${i?.error}).`)
};

export const err_bundle_wrong_format = /** @type {(inputs: Err_Bundle_Wrong_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este archivo no es un modelo de Faro: «${i?.path}» es ${i?.found}, no «${i?.format}».`)
};

export const err_cancelled = /** @type {(inputs: Err_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancelado.`)
};

export const err_column_no_values = /** @type {(inputs: Err_Column_No_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La columna «${i?.name}» no tiene valores en las filas de entrenamiento.`)
};

export const err_column_no_values_boolean_hint = /** @type {(inputs: Err_Column_No_Values_Boolean_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cambia su rol a «ignorar».`)
};

export const err_column_no_values_impute_hint = /** @type {(inputs: Err_Column_No_Values_Impute_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cambia su rol a «ignorar» o rellena sus valores faltantes con una constante.`)
};

export const err_column_no_values_levels_hint = /** @type {(inputs: Err_Column_No_Values_Levels_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cambia su rol a «ignorar» o conserva los valores faltantes como un nivel propio.`)
};

export const err_csv_binary_gzip = /** @type {(inputs: Err_Csv_Binary_GzipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.file}» es un archivo comprimido con gzip, no un archivo CSV.`)
};

export const err_csv_binary_jpeg = /** @type {(inputs: Err_Csv_Binary_JpegInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.file}» es una imagen JPEG, no un archivo CSV.`)
};

export const err_csv_binary_nul = /** @type {(inputs: Err_Csv_Binary_NulInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.file}» contiene datos binarios (un byte NUL), no texto CSV.`)
};

export const err_csv_binary_nul_hint = /** @type {(inputs: Err_Csv_Binary_Nul_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige un archivo de texto CSV; si es una hoja de cálculo, expórtala antes como CSV: en Excel, Archivo › Guardar como › «CSV UTF-8 (delimitado por comas)»; en Hojas de cálculo de Google, Archivo › Descargar › Valores separados por comas.`)
};

export const err_csv_binary_pdf = /** @type {(inputs: Err_Csv_Binary_PdfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.file}» es un documento PDF, no un archivo CSV.`)
};

export const err_csv_binary_png = /** @type {(inputs: Err_Csv_Binary_PngInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.file}» es una imagen PNG, no un archivo CSV.`)
};

export const err_csv_binary_xls = /** @type {(inputs: Err_Csv_Binary_XlsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.file}» es un libro antiguo de Excel .xls, no un archivo CSV.`)
};

export const err_csv_binary_xlsx = /** @type {(inputs: Err_Csv_Binary_XlsxInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.file}» es un libro de Excel (.xlsx), no un archivo CSV.`)
};

export const err_csv_binary_zip = /** @type {(inputs: Err_Csv_Binary_ZipInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.file}» es un archivo ZIP (un libro de Excel .xlsx lo es), no un archivo CSV.`)
};

export const err_csv_choose_csv_hint = /** @type {(inputs: Err_Csv_Choose_Csv_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige el archivo CSV con tus datos.`)
};

export const err_csv_empty = /** @type {(inputs: Err_Csv_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.file}» está vacío.`)
};

export const err_csv_empty_hint = /** @type {(inputs: Err_Csv_Empty_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige un archivo CSV con una línea de encabezado y al menos una fila de datos.`)
};

export const err_csv_gzip_hint = /** @type {(inputs: Err_Csv_Gzip_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descomprímelo primero (por ejemplo, con 7-Zip o \`gunzip\`).`)
};

export const err_csv_mixed_encoding = /** @type {(inputs: Err_Csv_Mixed_EncodingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.file}» mezcla codificaciones de texto: se lee como UTF-8 (con acentos u otros caracteres no ASCII) hasta el byte ${i?.byte}, donde hay un byte que no es UTF-8.`)
};

export const err_csv_mixed_encoding_hint = /** @type {(inputs: Err_Csv_Mixed_Encoding_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelve a guardar el archivo en una sola codificación, preferiblemente UTF-8 (en Excel: Archivo › Guardar como › «CSV UTF-8»). Faro no lo adivina, porque cualquiera de las dos lecturas cambiaría algunos valores.`)
};

export const err_csv_no_rows = /** @type {(inputs: Err_Csv_No_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.file}» tiene una línea de encabezado pero ninguna fila de datos.`)
};

export const err_csv_no_rows_hint = /** @type {(inputs: Err_Csv_No_Rows_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comprueba que el archivo se exportó completo.`)
};

export const err_csv_quotes = /** @type {(inputs: Err_Csv_QuotesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} de «${i?.file}» tiene texto después de las comillas de cierre de un valor entrecomillado, en la columna ${i?.column}.`)
};

export const err_csv_quotes_header = /** @type {(inputs: Err_Csv_Quotes_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La línea de encabezado de «${i?.file}» tiene texto después de las comillas de cierre de un valor entrecomillado, en la columna ${i?.column}.`)
};

export const err_csv_quotes_header_hint = /** @type {(inputs: Err_Csv_Quotes_Header_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un valor que empieza con comillas dobles debe terminar con ellas, y las comillas de dentro deben ir duplicadas (""). Corrige la línea de encabezado y vuelve a cargar el archivo.`)
};

export const err_csv_quotes_header_more = /** @type {(inputs: Err_Csv_Quotes_Header_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La línea de encabezado de «${i?.file}» tiene texto después de las comillas de cierre de un valor entrecomillado, en la columna ${i?.column}. Otras ${i?.more} filas tienen el mismo problema (líneas ${i?.lines}).`)
};

export const err_csv_quotes_header_more_one = /** @type {(inputs: Err_Csv_Quotes_Header_More_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La línea de encabezado de «${i?.file}» tiene texto después de las comillas de cierre de un valor entrecomillado, en la columna ${i?.column}. Otra fila tiene el mismo problema (línea ${i?.lines}).`)
};

export const err_csv_quotes_header_named = /** @type {(inputs: Err_Csv_Quotes_Header_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La línea de encabezado de «${i?.file}» tiene texto después de las comillas de cierre de un valor entrecomillado, en la columna ${i?.column} («${i?.name}»).`)
};

export const err_csv_quotes_header_named_more = /** @type {(inputs: Err_Csv_Quotes_Header_Named_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La línea de encabezado de «${i?.file}» tiene texto después de las comillas de cierre de un valor entrecomillado, en la columna ${i?.column} («${i?.name}»). Otras ${i?.more} filas tienen el mismo problema (líneas ${i?.lines}).`)
};

export const err_csv_quotes_header_named_more_one = /** @type {(inputs: Err_Csv_Quotes_Header_Named_More_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La línea de encabezado de «${i?.file}» tiene texto después de las comillas de cierre de un valor entrecomillado, en la columna ${i?.column} («${i?.name}»). Otra fila tiene el mismo problema (línea ${i?.lines}).`)
};

export const err_csv_quotes_hint_one = /** @type {(inputs: Err_Csv_Quotes_Hint_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Un valor que empieza con comillas dobles debe terminar con ellas, y las comillas de dentro deben ir duplicadas (""). Corrige el archivo o elige omitir ${i?.count} fila.`)
};

export const err_csv_quotes_hint_other = /** @type {(inputs: Err_Csv_Quotes_Hint_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Un valor que empieza con comillas dobles debe terminar con ellas, y las comillas de dentro deben ir duplicadas (""). Corrige el archivo o elige omitir las ${i?.count} filas.`)
};

export const err_csv_quotes_more = /** @type {(inputs: Err_Csv_Quotes_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} de «${i?.file}» tiene texto después de las comillas de cierre de un valor entrecomillado, en la columna ${i?.column}. Otras ${i?.more} filas tienen el mismo problema (líneas ${i?.lines}).`)
};

export const err_csv_quotes_more_one = /** @type {(inputs: Err_Csv_Quotes_More_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} de «${i?.file}» tiene texto después de las comillas de cierre de un valor entrecomillado, en la columna ${i?.column}. Otra fila tiene el mismo problema (línea ${i?.lines}).`)
};

export const err_csv_quotes_named = /** @type {(inputs: Err_Csv_Quotes_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} de «${i?.file}» tiene texto después de las comillas de cierre de un valor entrecomillado, en la columna ${i?.column} («${i?.name}»).`)
};

export const err_csv_quotes_named_more = /** @type {(inputs: Err_Csv_Quotes_Named_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} de «${i?.file}» tiene texto después de las comillas de cierre de un valor entrecomillado, en la columna ${i?.column} («${i?.name}»). Otras ${i?.more} filas tienen el mismo problema (líneas ${i?.lines}).`)
};

export const err_csv_quotes_named_more_one = /** @type {(inputs: Err_Csv_Quotes_Named_More_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} de «${i?.file}» tiene texto después de las comillas de cierre de un valor entrecomillado, en la columna ${i?.column} («${i?.name}»). Otra fila tiene el mismo problema (línea ${i?.lines}).`)
};

export const err_csv_ragged = /** @type {(inputs: Err_Csv_RaggedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} de «${i?.file}» tiene ${i?.fields} campos, pero el encabezado tiene ${i?.expected}.`)
};

export const err_csv_ragged_hint_bar_one = /** @type {(inputs: Err_Csv_Ragged_Hint_Bar_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Busca una barra vertical sin entrecomillar dentro de un valor, o elige omitir o rellenar ${i?.count} fila irregular.`)
};

export const err_csv_ragged_hint_bar_other = /** @type {(inputs: Err_Csv_Ragged_Hint_Bar_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Busca una barra vertical sin entrecomillar dentro de un valor, o elige omitir o rellenar las ${i?.count} filas irregulares.`)
};

export const err_csv_ragged_hint_comma_one = /** @type {(inputs: Err_Csv_Ragged_Hint_Comma_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Busca una coma sin entrecomillar dentro de un valor, o elige omitir o rellenar ${i?.count} fila irregular.`)
};

export const err_csv_ragged_hint_comma_other = /** @type {(inputs: Err_Csv_Ragged_Hint_Comma_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Busca una coma sin entrecomillar dentro de un valor, o elige omitir o rellenar las ${i?.count} filas irregulares.`)
};

export const err_csv_ragged_hint_semicolon_one = /** @type {(inputs: Err_Csv_Ragged_Hint_Semicolon_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Busca un punto y coma sin entrecomillar dentro de un valor, o elige omitir o rellenar ${i?.count} fila irregular.`)
};

export const err_csv_ragged_hint_semicolon_other = /** @type {(inputs: Err_Csv_Ragged_Hint_Semicolon_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Busca un punto y coma sin entrecomillar dentro de un valor, o elige omitir o rellenar las ${i?.count} filas irregulares.`)
};

export const err_csv_ragged_hint_tab_one = /** @type {(inputs: Err_Csv_Ragged_Hint_Tab_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Busca un tabulador sin entrecomillar dentro de un valor, o elige omitir o rellenar ${i?.count} fila irregular.`)
};

export const err_csv_ragged_hint_tab_other = /** @type {(inputs: Err_Csv_Ragged_Hint_Tab_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Busca un tabulador sin entrecomillar dentro de un valor, o elige omitir o rellenar las ${i?.count} filas irregulares.`)
};

export const err_csv_ragged_more = /** @type {(inputs: Err_Csv_Ragged_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} de «${i?.file}» tiene ${i?.fields} campos, pero el encabezado tiene ${i?.expected}. Otras ${i?.more} filas tienen un número de campos incorrecto (líneas ${i?.lines}).`)
};

export const err_csv_ragged_more_one = /** @type {(inputs: Err_Csv_Ragged_More_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} de «${i?.file}» tiene ${i?.fields} campos, pero el encabezado tiene ${i?.expected}. Otra fila tiene un número de campos incorrecto (línea ${i?.lines}).`)
};

export const err_csv_sheet_hint = /** @type {(inputs: Err_Csv_Sheet_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Expórtalo como CSV: en Excel, Archivo › Guardar como › «CSV UTF-8 (delimitado por comas)»; en Hojas de cálculo de Google, Archivo › Descargar › Valores separados por comas.`)
};

export const err_csv_single_column = /** @type {(inputs: Err_Csv_Single_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.file}» tiene una sola columna («${i?.header}»): ninguna coma, punto y coma, tabulador ni barra vertical separa su encabezado.`)
};

export const err_csv_single_column_hint = /** @type {(inputs: Err_Csv_Single_Column_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Faro necesita al menos dos columnas (variables y un objetivo). Si el archivo usa otro separador, vuelve a exportarlo con comas.`)
};

export const err_csv_too_large = /** @type {(inputs: Err_Csv_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.file}» ocupa ${i?.size}, más de los ${i?.max} que Faro puede cargar aquí.`)
};

export const err_csv_too_large_hint = /** @type {(inputs: Err_Csv_Too_Large_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa una muestra de las filas o quita las columnas que no necesites, y vuelve a intentarlo.`)
};

export const err_csv_unclosed_quote = /** @type {(inputs: Err_Csv_Unclosed_QuoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Un valor entrecomillado de «${i?.file}» nunca se cierra.`)
};

export const err_csv_unclosed_quote_hint = /** @type {(inputs: Err_Csv_Unclosed_Quote_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Busca unas comillas dobles sueltas (") en esa línea; las comillas dentro de los valores deben ir duplicadas ("").`)
};

export const err_custom_model_credentials_hint = /** @type {(inputs: Err_Custom_Model_Credentials_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quita las credenciales de la dirección.`)
};

export const err_custom_model_https_hint = /** @type {(inputs: Err_Custom_Model_Https_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sirve los archivos por https.`)
};

export const err_custom_model_invalid_hint = /** @type {(inputs: Err_Custom_Model_Invalid_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pega una dirección completa, como https://models.example.com/SmolLM2-360M-Instruct-q4f16_1-MLC/.`)
};

export const err_custom_model_lib_credentials = /** @type {(inputs: Err_Custom_Model_Lib_CredentialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La URL de la biblioteca del modelo no debe llevar usuario ni contraseña.`)
};

export const err_custom_model_lib_https = /** @type {(inputs: Err_Custom_Model_Lib_HttpsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La URL de la biblioteca del modelo debe usar https (http solo para localhost).`)
};

export const err_custom_model_lib_invalid = /** @type {(inputs: Err_Custom_Model_Lib_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La URL de la biblioteca del modelo no es una URL válida.`)
};

export const err_custom_model_not_wasm = /** @type {(inputs: Err_Custom_Model_Not_WasmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La URL de la biblioteca del modelo debe apuntar al archivo .wasm compilado.`)
};

export const err_custom_model_not_wasm_hint = /** @type {(inputs: Err_Custom_Model_Not_Wasm_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Termina en .wasm, p. ej. …/SmolLM2-360M-Instruct-q4f16_1-ctx4k_cs1k-webgpu.wasm.`)
};

export const err_custom_model_url_credentials = /** @type {(inputs: Err_Custom_Model_Url_CredentialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La URL del modelo no debe llevar usuario ni contraseña.`)
};

export const err_custom_model_url_https = /** @type {(inputs: Err_Custom_Model_Url_HttpsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La URL del modelo debe usar https (http solo para localhost).`)
};

export const err_custom_model_url_invalid = /** @type {(inputs: Err_Custom_Model_Url_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La URL del modelo no es una URL válida.`)
};

export const err_custom_model_where_lib = /** @type {(inputs: Err_Custom_Model_Where_LibInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`URL de la biblioteca del modelo`)
};

export const err_custom_model_where_url = /** @type {(inputs: Err_Custom_Model_Where_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`URL del modelo`)
};

export const err_cv_over_budget_first = /** @type {(inputs: Err_Cv_Over_Budget_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Omitido: el primer pliegue tardó ${i?.elapsed} s, así que ${i?.k} pliegues necesitan unos ${i?.projected} s; quedaban ${i?.left} s del presupuesto.`)
};

export const err_cv_over_budget_hint = /** @type {(inputs: Err_Cv_Over_Budget_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Da más minutos a la búsqueda, o menos pliegues, para que terminen configuraciones así de lentas.`)
};

export const err_cv_over_budget_many = /** @type {(inputs: Err_Cv_Over_Budget_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Omitido: ${i?.done} pliegues tardaron ${i?.elapsed} s, así que ${i?.k} pliegues necesitan unos ${i?.projected} s; quedaban ${i?.left} s del presupuesto.`)
};

export const err_cv_pruned_first = /** @type {(inputs: Err_Cv_Pruned_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Detenido tras el primer pliegue: ${i?.metric} ${i?.score}, peor que la mediana de los intentos anteriores en ese punto (${i?.bar}).`)
};

export const err_cv_pruned_hint = /** @type {(inputs: Err_Cv_Pruned_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La poda reserva el presupuesto para configuraciones más prometedoras; se aplica a partir de 1.000 filas por pliegue.`)
};

export const err_cv_pruned_many = /** @type {(inputs: Err_Cv_Pruned_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Detenido tras ${i?.done} pliegues: ${i?.metric} ${i?.score}, peor que la mediana de los intentos anteriores en ese punto (${i?.bar}).`)
};

export const err_dataset_not_found = /** @type {(inputs: Err_Dataset_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este conjunto de datos ya no está guardado en el navegador.`)
};

export const err_dataset_not_found_hint = /** @type {(inputs: Err_Dataset_Not_Found_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelve a cargar el CSV.`)
};

export const err_engine_device_lost = /** @type {(inputs: Err_Engine_Device_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La GPU dejó de responder mientras el modelo escribía (se perdió el dispositivo WebGPU).`)
};

export const err_engine_device_lost_hint = /** @type {(inputs: Err_Engine_Device_Lost_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reanudar continúa donde se detuvo: las filas terminadas están en caché. Si vuelve a pasar, elige un modelo más pequeño o usa el descriptor de plantilla.`)
};

export const err_engine_host_down = /** @type {(inputs: Err_Engine_Host_DownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No se pudieron descargar los archivos de ${i?.model}: el servidor del modelo no respondió.`)
};

export const err_engine_host_down_hint = /** @type {(inputs: Err_Engine_Host_Down_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comprueba la conexión y pulsa Reintentar (los archivos ya descargados se conservan); o usa el descriptor de plantilla, que funciona sin conexión.`)
};

export const err_engine_host_error = /** @type {(inputs: Err_Engine_Host_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No se pudieron descargar los archivos de ${i?.model}: el servidor del modelo respondió con un error.`)
};

export const err_engine_host_error_hint = /** @type {(inputs: Err_Engine_Host_Error_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comprueba la URL del modelo y que el servidor entregue los archivos a esta página, y pulsa Reintentar; o usa el descriptor de plantilla, que funciona sin conexión.`)
};

export const err_engine_no_f16 = /** @type {(inputs: Err_Engine_No_F16Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A esta GPU le falta el soporte de coma flotante de 16 bits (shader-f16) que necesita ${i?.model}.`)
};

export const err_engine_no_f16_hint = /** @type {(inputs: Err_Engine_No_F16_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige un modelo q4f32, o usa el descriptor de plantilla.`)
};

export const err_engine_no_feature = /** @type {(inputs: Err_Engine_No_FeatureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A esta GPU le falta una función de WebGPU que necesita ${i?.model}.`)
};

export const err_engine_no_feature_hint = /** @type {(inputs: Err_Engine_No_Feature_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige otro modelo, o usa el descriptor de plantilla.`)
};

export const err_engine_no_webgpu = /** @type {(inputs: Err_Engine_No_WebgpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este navegador no puede dar una GPU al modelo (WebGPU no está disponible).`)
};

export const err_engine_no_webgpu_hint = /** @type {(inputs: Err_Engine_No_Webgpu_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa el descriptor de plantilla, o abre Faro en un navegador con WebGPU (Chrome o Edge recientes).`)
};

export const err_engine_oom = /** @type {(inputs: Err_Engine_OomInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La GPU se quedó sin memoria al cargar ${i?.model}.`)
};

export const err_engine_oom_hint = /** @type {(inputs: Err_Engine_Oom_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige un modelo más pequeño, cierra otras pestañas que usen la GPU, o usa el descriptor de plantilla.`)
};

export const err_eval_calibration_bins = /** @type {(inputs: Err_Eval_Calibration_BinsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Una curva de calibración necesita un número entero de tramos; se recibió ${i?.bins}.`)
};

export const err_eval_calibration_bins_hint = /** @type {(inputs: Err_Eval_Calibration_Bins_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa 10 tramos.`)
};

export const err_eval_calibration_range = /** @type {(inputs: Err_Eval_Calibration_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} tiene la probabilidad ${i?.p}, fuera de [0, 1].`)
};

export const err_eval_calibration_range_hint = /** @type {(inputs: Err_Eval_Calibration_Range_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pasa probabilidades, no salidas sin procesar del modelo.`)
};

export const err_eval_class_index = /** @type {(inputs: Err_Eval_Class_IndexInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} tiene el índice de clase ${i?.index}, fuera de 0..${i?.max}.`)
};

export const err_eval_class_index_hint = /** @type {(inputs: Err_Eval_Class_Index_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Codifica primero el objetivo.`)
};

export const err_eval_confusion_index = /** @type {(inputs: Err_Eval_Confusion_IndexInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} tiene un índice de clase fuera de 0..${i?.max}.`)
};

export const err_eval_confusion_index_hint = /** @type {(inputs: Err_Eval_Confusion_Index_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Codifica primero las etiquetas como índices de clase.`)
};

export const err_eval_confusion_length = /** @type {(inputs: Err_Eval_Confusion_LengthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hay ${i?.labels} etiquetas reales pero ${i?.predictions} predicciones.`)
};

export const err_eval_confusion_length_hint = /** @type {(inputs: Err_Eval_Confusion_Length_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pasa una predicción por fila.`)
};

export const err_eval_costs = /** @type {(inputs: Err_Eval_CostsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Los costes de los errores deben ser números de al menos 0, y no ambos 0 (se recibió falso positivo ${i?.fp}, falso negativo ${i?.fn}).`)
};

export const err_eval_costs_hint = /** @type {(inputs: Err_Eval_Costs_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introduce cuánto cuesta un falso positivo y un falso negativo, p. ej., 1 y 5.`)
};

export const err_eval_fixed_threshold = /** @type {(inputs: Err_Eval_Fixed_ThresholdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Un umbral fijo necesita un número; se recibió ${i?.value}.`)
};

export const err_eval_fixed_threshold_hint = /** @type {(inputs: Err_Eval_Fixed_Threshold_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introduce un umbral como 0,5.`)
};

export const err_eval_label_not_binary = /** @type {(inputs: Err_Eval_Label_Not_BinaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} tiene la etiqueta ${i?.label}, no 0 ni 1.`)
};

export const err_eval_label_not_binary_hint = /** @type {(inputs: Err_Eval_Label_Not_Binary_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Marca los positivos con 1.`)
};

export const err_eval_length_mismatch = /** @type {(inputs: Err_Eval_Length_MismatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hay ${i?.scores} puntuaciones pero ${i?.labels} etiquetas.`)
};

export const err_eval_length_mismatch_hint = /** @type {(inputs: Err_Eval_Length_Mismatch_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pasa una puntuación por cada fila etiquetada.`)
};

export const err_eval_no_rows = /** @type {(inputs: Err_Eval_No_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No hay filas que evaluar.`)
};

export const err_eval_no_rows_hint = /** @type {(inputs: Err_Eval_No_Rows_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deja algunas filas en la parte evaluada.`)
};

export const err_eval_non_finite_score = /** @type {(inputs: Err_Eval_Non_Finite_ScoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} tiene una puntuación no finita (${i?.score}).`)
};

export const err_eval_non_finite_score_hint = /** @type {(inputs: Err_Eval_Non_Finite_Score_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El modelo produjo salidas NaN o infinitas; probablemente divergió: baja la tasa de aprendizaje.`)
};

export const err_eval_positive_index = /** @type {(inputs: Err_Eval_Positive_IndexInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El índice de la clase positiva ${i?.index} no es 0 ni 1.`)
};

export const err_eval_positive_index_hint = /** @type {(inputs: Err_Eval_Positive_Index_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige una de las dos clases como positiva.`)
};

export const err_eval_proba_range = /** @type {(inputs: Err_Eval_Proba_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} tiene la probabilidad ${i?.p} para la clase ${i?.index}, fuera de [0, 1].`)
};

export const err_eval_proba_range_hint = /** @type {(inputs: Err_Eval_Proba_Range_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El modelo produjo salidas no válidas; probablemente divergió: baja la tasa de aprendizaje.`)
};

export const err_eval_proba_shape = /** @type {(inputs: Err_Eval_Proba_ShapeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Las probabilidades tienen ${i?.values} valores, no ${i?.rows} filas × ${i?.classes} clases.`)
};

export const err_eval_proba_shape_hint = /** @type {(inputs: Err_Eval_Proba_Shape_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pasa una probabilidad por clase para cada fila, fila tras fila.`)
};

export const err_eval_threshold_nan = /** @type {(inputs: Err_Eval_Threshold_NanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El umbral ${i?.value} no es un número.`)
};

export const err_eval_threshold_nan_hint = /** @type {(inputs: Err_Eval_Threshold_Nan_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige un umbral entre 0 y 1.`)
};

export const err_eval_two_classes = /** @type {(inputs: Err_Eval_Two_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La evaluación necesita al menos dos clases; se recibieron ${i?.count}.`)
};

export const err_eval_two_classes_hint = /** @type {(inputs: Err_Eval_Two_Classes_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revisa las etiquetas.`)
};

export const err_folds_bad_k = /** @type {(inputs: Err_Folds_Bad_KInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El número de pliegues debe ser un número entero de ${i?.min} a ${i?.max}.`)
};

export const err_folds_bad_k_hint = /** @type {(inputs: Err_Folds_Bad_K_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa 5 pliegues salvo que los datos sean muy pocos o muy numerosos.`)
};

export const err_folds_class_too_small = /** @type {(inputs: Err_Folds_Class_Too_SmallInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La clase «${i?.name}» tiene ${i?.count} filas fuera de la parte de prueba; la validación cruzada de ${i?.k} pliegues necesita al menos ${i?.k}.`)
};

export const err_folds_class_too_small_hint = /** @type {(inputs: Err_Folds_Class_Too_Small_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa menos pliegues o añade filas de esta clase.`)
};

export const err_gbdt_damaged_class_count = /** @type {(inputs: Err_Gbdt_Damaged_Class_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser ${i?.expected}, el número de etiquetas (hay ${i?.found}).`)
};

export const err_gbdt_damaged_feature_count = /** @type {(inputs: Err_Gbdt_Damaged_Feature_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser ${i?.expected}, las variables que crea la receta (hay ${i?.found}).`)
};

export const err_gbdt_damaged_finite = /** @type {(inputs: Err_Gbdt_Damaged_FiniteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un número finito (hay ${i?.found}).`)
};

export const err_gbdt_damaged_format = /** @type {(inputs: Err_Gbdt_Damaged_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser «${i?.format}» (hay ${i?.found}).`)
};

export const err_gbdt_damaged_hint = /** @type {(inputs: Err_Gbdt_Damaged_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelve a descargar el modelo desde su ejecución en Faro, o elige otro archivo.`)
};

export const err_gbdt_damaged_leaf = /** @type {(inputs: Err_Gbdt_Damaged_LeafInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser -1, ya que ${i?.other}[${i?.node}] marca una hoja (hay ${i?.found}).`)
};

export const err_gbdt_damaged_list = /** @type {(inputs: Err_Gbdt_Damaged_ListInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista (hay ${i?.found}).`)
};

export const err_gbdt_damaged_list_length = /** @type {(inputs: Err_Gbdt_Damaged_List_LengthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista de ${i?.length} elementos (hay ${i?.found}).`)
};

export const err_gbdt_damaged_no_nodes = /** @type {(inputs: Err_Gbdt_Damaged_No_NodesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser una lista de al menos un nodo.`)
};

export const err_gbdt_damaged_nonnegative = /** @type {(inputs: Err_Gbdt_Damaged_NonnegativeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un número igual o mayor que 0 (hay ${i?.found}).`)
};

export const err_gbdt_damaged_object = /** @type {(inputs: Err_Gbdt_Damaged_ObjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un objeto (hay ${i?.found}).`)
};

export const err_gbdt_damaged_reached_twice = /** @type {(inputs: Err_Gbdt_Damaged_Reached_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un nodo al que no apunte ningún otro (al nodo ${i?.node} se llega dos veces).`)
};

export const err_gbdt_damaged_trees = /** @type {(inputs: Err_Gbdt_Damaged_TreesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un múltiplo de ${i?.outputs} árboles, uno por clase en cada iteración (hay ${i?.found}).`)
};

export const err_gbdt_damaged_unreached = /** @type {(inputs: Err_Gbdt_Damaged_UnreachedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un árbol que llegue a todos los nodos (al nodo ${i?.node} no se llega nunca).`)
};

export const err_gbdt_damaged_whole = /** @type {(inputs: Err_Gbdt_Damaged_WholeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de Faro está dañado: «${i?.path}» debe ser un número entero de ${i?.min} a ${i?.max} (hay ${i?.found}).`)
};

export const err_gbdt_diverged = /** @type {(inputs: Err_Gbdt_DivergedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El boosting divergió en la iteración ${i?.iteration}: la pérdida ya no es un número.`)
};

export const err_gbdt_diverged_hint = /** @type {(inputs: Err_Gbdt_Diverged_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Baja la tasa de aprendizaje, o sube la regularización L2.`)
};

export const err_gbdt_empty_train = /** @type {(inputs: Err_Gbdt_Empty_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La parte de entrenamiento no tiene filas.`)
};

export const err_gbdt_empty_train_hint = /** @type {(inputs: Err_Gbdt_Empty_Train_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa más filas, o da a la parte de validación una fracción menor.`)
};

export const err_gbdt_feature_count = /** @type {(inputs: Err_Gbdt_Feature_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El modelo de árboles lee ${i?.expected} variables, pero recibió ${i?.got}.`)
};

export const err_gbdt_newer = /** @type {(inputs: Err_Gbdt_NewerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modelo de árboles lo creó un Faro más reciente (versión de formato ${i?.version}).`)
};

export const err_gbdt_newer_hint = /** @type {(inputs: Err_Gbdt_Newer_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ábrelo con el Faro que lo creó, o actualiza este.`)
};

export const err_gbdt_value_too_large = /** @type {(inputs: Err_Gbdt_Value_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La variable «${i?.feature}» tiene un valor demasiado grande para los números de 32 bits (más allá de ±3,4·10³⁸).`)
};

export const err_gbdt_value_too_large_hint = /** @type {(inputs: Err_Gbdt_Value_Too_Large_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Corrige ese valor en los datos, o aplica log(1 + x) o un escalado a la columna.`)
};

export const err_gbdt_where_training_row = /** @type {(inputs: Err_Gbdt_Where_Training_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`entrenamiento, fila ${i?.row} de sus variables`)
};

export const err_gbdt_where_validation_row = /** @type {(inputs: Err_Gbdt_Where_Validation_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`validación, fila ${i?.row} de sus variables`)
};

export const err_gbdt_zero_weights = /** @type {(inputs: Err_Gbdt_Zero_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todas las filas de entrenamiento tienen peso 0, así que no hay nada de lo que aprender.`)
};

export const err_gbdt_zero_weights_hint = /** @type {(inputs: Err_Gbdt_Zero_Weights_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Da un peso mayor que 0 a las clases presentes en las filas de entrenamiento.`)
};

export const err_importance_unknown_column = /** @type {(inputs: Err_Importance_Unknown_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La columna «${i?.name}» no está en la tabla.`)
};

export const err_importance_where = /** @type {(inputs: Err_Importance_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`importancia por permutación`)
};

export const err_impute_constant_hint = /** @type {(inputs: Err_Impute_Constant_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introduce un número finito como constante.`)
};

export const err_impute_constant_not_number = /** @type {(inputs: Err_Impute_Constant_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El valor de relleno de «${i?.name}» no es un número.`)
};

export const err_internal = /** @type {(inputs: Err_InternalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Algo falló dentro de Faro: ${i?.error}`)
};

export const err_internal_hint = /** @type {(inputs: Err_Internal_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es un fallo de Faro; la consola tiene los detalles.`)
};

export const err_llm_cancelled = /** @type {(inputs: Err_Llm_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancelado.`)
};

export const err_llm_description_count = /** @type {(inputs: Err_Llm_Description_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se recibieron ${i?.descriptions} descripciones para ${i?.rows} filas.`)
};

export const err_matrix_different_features = /** @type {(inputs: Err_Matrix_Different_FeaturesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No se pueden juntar filas de variables con variables distintas.`)
};

export const err_model_setting_class_weights = /** @type {(inputs: Err_Model_Setting_Class_WeightsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ajuste del modelo «${i?.field}» debe ser null o una lista de números no negativos, uno por clase, no todos 0.`)
};

export const err_model_setting_dropout = /** @type {(inputs: Err_Model_Setting_DropoutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ajuste del modelo «${i?.field}» debe ser un número de 0 a 0,95.`)
};

export const err_model_setting_hidden_units = /** @type {(inputs: Err_Model_Setting_Hidden_UnitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ajuste del modelo «${i?.field}» debe ser una lista de números enteros de 1 a 4096.`)
};

export const err_model_setting_hint = /** @type {(inputs: Err_Model_Setting_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Corrige el valor en los ajustes del modelo, o restablece los valores predeterminados.`)
};

export const err_model_setting_l2 = /** @type {(inputs: Err_Model_Setting_L2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ajuste del modelo «${i?.field}» debe ser un número de 0 a 10.`)
};

export const err_model_setting_layers = /** @type {(inputs: Err_Model_Setting_LayersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ajuste del modelo «${i?.field}» debe tener como máximo 8 capas.`)
};

export const err_model_setting_learning_rate = /** @type {(inputs: Err_Model_Setting_Learning_RateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ajuste del modelo «${i?.field}» debe ser un número positivo de hasta 10.`)
};

export const err_model_setting_max_depth = /** @type {(inputs: Err_Model_Setting_Max_DepthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ajuste del modelo «${i?.field}» debe estar vacío (sin límite) o ser un número entero de 1 a 64.`)
};

export const err_model_setting_min_leaf = /** @type {(inputs: Err_Model_Setting_Min_LeafInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ajuste del modelo «${i?.field}» debe ser un número entero de 1 a 1.000.000.`)
};

export const err_model_setting_object = /** @type {(inputs: Err_Model_Setting_ObjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ajuste del modelo «${i?.field}» debe ser un objeto de ajustes del modelo.`)
};

export const err_model_setting_one_of = /** @type {(inputs: Err_Model_Setting_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ajuste del modelo «${i?.field}» debe ser uno de estos: ${i?.choices}.`)
};

export const err_model_setting_solver_family = /** @type {(inputs: Err_Model_Setting_Solver_FamilyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ajuste del modelo «${i?.field}» debe ser «adam» (o no estar) en esta familia: L-BFGS solo ajusta regresión logística.`)
};

export const err_model_setting_trees = /** @type {(inputs: Err_Model_Setting_TreesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ajuste del modelo «${i?.field}» debe contener los ajustes de los árboles (hojas, profundidad, tamaño de hoja, intervalos).`)
};

export const err_model_setting_whole_range = /** @type {(inputs: Err_Model_Setting_Whole_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ajuste del modelo «${i?.field}» debe ser un número entero de ${i?.min} a ${i?.max}.`)
};

export const err_no_features = /** @type {(inputs: Err_No_FeaturesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ninguna columna se usa como variable.`)
};

export const err_no_features_hint = /** @type {(inputs: Err_No_Features_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cambia a «variable» el rol de al menos una columna (que no sea el objetivo).`)
};

export const err_predict_missing_column = /** @type {(inputs: Err_Predict_Missing_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A los datos que se van a puntuar les falta la columna que necesita el modelo: ${i?.columns}.`)
};

export const err_predict_missing_columns = /** @type {(inputs: Err_Predict_Missing_ColumnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A los datos que se van a puntuar les faltan ${i?.count} columnas que necesita el modelo: ${i?.columns}.`)
};

export const err_predict_missing_hint = /** @type {(inputs: Err_Predict_Missing_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa un archivo con los mismos nombres de columna que los datos de entrenamiento (puede tener columnas de más).`)
};

export const err_predict_wrong_kind = /** @type {(inputs: Err_Predict_Wrong_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El modelo lee estas columnas como números, pero la mayoría de sus valores no lo son: ${i?.columns}.`)
};

export const err_predict_wrong_kind_hint = /** @type {(inputs: Err_Predict_Wrong_Kind_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comprueba que las columnas contienen el mismo tipo de valores que en los datos de entrenamiento.`)
};

export const err_predict_wrong_kind_one = /** @type {(inputs: Err_Predict_Wrong_Kind_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El modelo lee esta columna como números, pero la mayoría de sus valores no lo son: «${i?.name}» (p. ej., «${i?.example}»).`)
};

export const err_prompt_empty = /** @type {(inputs: Err_Prompt_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El prompt está vacío.`)
};

export const err_prompt_empty_hint = /** @type {(inputs: Err_Prompt_Empty_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restaura el prompt predeterminado.`)
};

export const err_prompt_few_labels = /** @type {(inputs: Err_Prompt_Few_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indica al menos dos opciones de etiqueta, separadas por comas.`)
};

export const err_prompt_few_labels_hint = /** @type {(inputs: Err_Prompt_Few_Labels_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Por ejemplo: estable, arriesgado`)
};

export const err_prompt_long_label = /** @type {(inputs: Err_Prompt_Long_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La etiqueta «${i?.label}…» tiene más de 40 caracteres.`)
};

export const err_prompt_long_label_hint = /** @type {(inputs: Err_Prompt_Long_Label_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa etiquetas cortas: se convierten en los niveles de una variable categórica.`)
};

export const err_prompt_unknown_columns = /** @type {(inputs: Err_Prompt_Unknown_ColumnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El prompt nombra columnas que el descriptor no puede ver: ${i?.placeholders}.`)
};

export const err_prompt_use_columns_hint = /** @type {(inputs: Err_Prompt_Use_Columns_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Usa una de estas: ${i?.columns}.`)
};

export const err_prompt_where = /** @type {(inputs: Err_Prompt_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`prompt`)
};

export const err_prompt_where_labels = /** @type {(inputs: Err_Prompt_Where_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`opciones de etiqueta`)
};

export const err_reasons_no_covers = /** @type {(inputs: Err_Reasons_No_CoversInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este modelo de árboles no lleva los recuentos de nodos que necesitan los motivos por fila.`)
};

export const err_reasons_no_covers_hint = /** @type {(inputs: Err_Reasons_No_Covers_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelve a entrenar la ejecución con este Faro: sus archivos de modelo los llevan.`)
};

export const err_reasons_unavailable = /** @type {(inputs: Err_Reasons_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este archivo de modelo se escribió antes de que Faro guardara lo que necesitan los motivos por fila.`)
};

export const err_reasons_unavailable_hint = /** @type {(inputs: Err_Reasons_Unavailable_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelve a entrenar la ejecución con este Faro y después descarga de nuevo su modelo.`)
};

export const err_recipe_lacks_column = /** @type {(inputs: Err_Recipe_Lacks_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A los datos les falta la columna ${i?.columns}.`)
};

export const err_recipe_lacks_columns = /** @type {(inputs: Err_Recipe_Lacks_ColumnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A los datos les faltan las columnas ${i?.columns}.`)
};

export const err_recipe_lacks_hint = /** @type {(inputs: Err_Recipe_Lacks_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa un archivo con las mismas columnas que los datos de entrenamiento.`)
};

export const err_runs_db_gone = /** @type {(inputs: Err_Runs_Db_GoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La ejecución ${i?.id} ya no está guardada.`)
};

export const err_runs_db_interrupted = /** @type {(inputs: Err_Runs_Db_InterruptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La pestaña se cerró o se recargó mientras esta ejecución se entrenaba.`)
};

export const err_runs_db_interrupted_hint = /** @type {(inputs: Err_Runs_Db_Interrupted_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelve a entrenarla: los ajustes se conservan.`)
};

export const err_runs_db_no_model_cancelled = /** @type {(inputs: Err_Runs_Db_No_Model_CancelledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La ejecución «${i?.name}» no tiene modelo que quitar: se canceló.`)
};

export const err_runs_db_no_model_done = /** @type {(inputs: Err_Runs_Db_No_Model_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La ejecución «${i?.name}» no tiene modelo que quitar: está terminada sin resultado.`)
};

export const err_runs_db_no_model_failed = /** @type {(inputs: Err_Runs_Db_No_Model_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La ejecución «${i?.name}» no tiene modelo que quitar: falló.`)
};

export const err_runs_db_no_model_hint = /** @type {(inputs: Err_Runs_Db_No_Model_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elimina la ejecución para liberar su espacio.`)
};

export const err_runs_db_no_model_interrupted = /** @type {(inputs: Err_Runs_Db_No_Model_InterruptedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La ejecución «${i?.name}» no tiene modelo que quitar: se interrumpió.`)
};

export const err_runs_db_no_model_running = /** @type {(inputs: Err_Runs_Db_No_Model_RunningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La ejecución «${i?.name}» no tiene modelo que quitar: está en curso.`)
};

export const err_runs_db_where_run = /** @type {(inputs: Err_Runs_Db_Where_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ejecución «${i?.name}»`)
};

export const err_runs_import_done_no_result = /** @type {(inputs: Err_Runs_Import_Done_No_ResultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La ejecución ${i?.index} de ${i?.file} figura como terminada, pero no tiene resultado.`)
};

export const err_runs_import_hint = /** @type {(inputs: Err_Runs_Import_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelve a exportar las ejecuciones desde Faro (Ejecuciones → Exportar seleccionadas).`)
};

export const err_runs_import_missing_field = /** @type {(inputs: Err_Runs_Import_Missing_FieldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La ejecución ${i?.index} de ${i?.file} no tiene «${i?.field}».`)
};

export const err_runs_import_newer = /** @type {(inputs: Err_Runs_Import_NewerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} lo exportó un Faro más reciente (versión ${i?.version}); este Faro lee la versión ${i?.supported}.`)
};

export const err_runs_import_no_runs = /** @type {(inputs: Err_Runs_Import_No_RunsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} no tiene la lista «runs».`)
};

export const err_runs_import_not_json = /** @type {(inputs: Err_Runs_Import_Not_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} no es una exportación de ejecuciones de Faro: no es JSON.`)
};

export const err_runs_import_not_object = /** @type {(inputs: Err_Runs_Import_Not_ObjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La ejecución ${i?.index} de ${i?.file} no es un objeto.`)
};

export const err_runs_import_where_field = /** @type {(inputs: Err_Runs_Import_Where_FieldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, ejecución ${i?.index}.${i?.field}`)
};

export const err_runs_import_where_run = /** @type {(inputs: Err_Runs_Import_Where_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, ejecución ${i?.index}`)
};

export const err_runs_import_wrong_format = /** @type {(inputs: Err_Runs_Import_Wrong_FormatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} no es una exportación de ejecuciones de Faro («format» no es «${i?.format}»).`)
};

export const err_runs_import_wrong_format_hint = /** @type {(inputs: Err_Runs_Import_Wrong_Format_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los archivos de modelo (.faro-model.json) se cargan en la pantalla Predecir.`)
};

export const err_search_cancelled = /** @type {(inputs: Err_Search_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancelado.`)
};

export const err_search_out_of_time = /** @type {(inputs: Err_Search_Out_Of_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La búsqueda se quedó sin tiempo.`)
};

export const err_settings_choose_one_of = /** @type {(inputs: Err_Settings_Choose_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Elige una de estas opciones: ${i?.choices}.`)
};

export const err_settings_no_target = /** @type {(inputs: Err_Settings_No_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige la columna que quieres predecir antes de entrenar.`)
};

export const err_settings_no_target_hint = /** @type {(inputs: Err_Settings_No_Target_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige el objetivo en la pantalla Datos.`)
};

export const err_signal_positive_not_class = /** @type {(inputs: Err_Signal_Positive_Not_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La clase positiva «${i?.label}» no es una clase de «${i?.name}».`)
};

export const err_signal_positive_not_class_hint = /** @type {(inputs: Err_Signal_Positive_Not_Class_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Elige una de estas: ${i?.labels}.`)
};

export const err_signal_single_class_hint = /** @type {(inputs: Err_Signal_Single_Class_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No hay nada que distinguir: elige otro objetivo.`)
};

export const err_signal_too_many_classes = /** @type {(inputs: Err_Signal_Too_Many_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El objetivo «${i?.name}» tiene ${i?.count} clases.`)
};

export const err_signal_too_many_classes_hint = /** @type {(inputs: Err_Signal_Too_Many_Classes_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La señal por columna admite hasta ${i?.max} clases: elige un objetivo categórico.`)
};

export const err_solver_diverged = /** @type {(inputs: Err_Solver_DivergedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El optimizador falló en la iteración ${i?.iteration}: la pérdida ya no es un número.`)
};

export const err_solver_diverged_hint = /** @type {(inputs: Err_Solver_Diverged_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escala las columnas numéricas (escalado estándar), o sube la penalización L2.`)
};

export const err_spec_column_missing = /** @type {(inputs: Err_Spec_Column_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.feature}» usa la columna «${i?.name}», que no está en los datos.`)
};

export const err_spec_column_missing_hint = /** @type {(inputs: Err_Spec_Column_Missing_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige otra columna.`)
};

export const err_spec_name_taken = /** @type {(inputs: Err_Spec_Name_TakenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El nombre «${i?.name}» ya lo usa otra columna o variable.`)
};

export const err_spec_name_taken_hint = /** @type {(inputs: Err_Spec_Name_Taken_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige otro nombre.`)
};

export const err_spec_needs_date = /** @type {(inputs: Err_Spec_Needs_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.feature}» necesita una columna de fecha, pero «${i?.name}» es de tipo ${i?.actual}.`)
};

export const err_spec_needs_date_hint = /** @type {(inputs: Err_Spec_Needs_Date_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Elige una columna de fecha o cambia el tipo de «${i?.name}».`)
};

export const err_spec_needs_numeric = /** @type {(inputs: Err_Spec_Needs_NumericInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.feature}» necesita una columna numérica, pero «${i?.name}» es de tipo ${i?.actual}.`)
};

export const err_spec_needs_numeric_hint = /** @type {(inputs: Err_Spec_Needs_Numeric_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Elige una columna numérica o cambia el tipo de «${i?.name}».`)
};

export const err_spec_no_name = /** @type {(inputs: Err_Spec_No_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una variable nueva no tiene nombre.`)
};

export const err_spec_no_name_hint = /** @type {(inputs: Err_Spec_No_Name_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ponle un nombre.`)
};

export const err_spec_unknown_op = /** @type {(inputs: Err_Spec_Unknown_OpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.name}» tiene una operación desconocida, «${i?.op}».`)
};

export const err_spec_unknown_op_hint = /** @type {(inputs: Err_Spec_Unknown_Op_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa cociente (ratio), diferencia (difference) o producto (product).`)
};

export const err_split_all_test = /** @type {(inputs: Err_Split_All_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Todas las filas tienen «${i?.name}» = «${i?.value}»: no quedan filas para entrenamiento y validación.`)
};

export const err_split_all_test_hint = /** @type {(inputs: Err_Split_All_Test_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige un valor que marque solo las filas de prueba.`)
};

export const err_split_bad_shares = /** @type {(inputs: Err_Split_Bad_SharesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La proporción de entrenamiento debe ser mayor que 0 y la de validación, al menos 0.`)
};

export const err_split_bad_shares_hint = /** @type {(inputs: Err_Split_Bad_Shares_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Por ejemplo 0,7 / 0,15 (la proporción de prueba se ignora).`)
};

export const err_split_bad_test_column_arg = /** @type {(inputs: Err_Split_Bad_Test_Column_ArgInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.value}» no indica qué filas usar como prueba.`)
};

export const err_split_bad_test_column_arg_hint = /** @type {(inputs: Err_Split_Bad_Test_Column_Arg_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe la columna y el valor que marca las filas de prueba, por ejemplo holdout=test.`)
};

export const err_split_class_not_in_test = /** @type {(inputs: Err_Split_Class_Not_In_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Las filas de prueba no tienen ninguna fila «${i?.label}», aunque las de entrenamiento sí: las métricas de prueba no podrían puntuar esa clase.`)
};

export const err_split_class_not_in_test_hint = /** @type {(inputs: Err_Split_Class_Not_In_Test_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Elige filas de prueba que incluyan todas las clases del objetivo (añade algunas filas «${i?.label}»).`)
};

export const err_split_class_too_small_hint = /** @type {(inputs: Err_Split_Class_Too_Small_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Deja más filas «${i?.label}» fuera de las filas de prueba, o quita esa clase.`)
};

export const err_split_class_too_small_one = /** @type {(inputs: Err_Split_Class_Too_Small_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fuera de las filas de prueba, la clase «${i?.label}» tiene ${i?.count} fila; el entrenamiento y la validación necesitan al menos 2.`)
};

export const err_split_class_too_small_other = /** @type {(inputs: Err_Split_Class_Too_Small_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fuera de las filas de prueba, la clase «${i?.label}» tiene ${i?.count} filas; el entrenamiento y la validación necesitan al menos 2.`)
};

export const err_split_no_test_rows = /** @type {(inputs: Err_Split_No_Test_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ninguna fila tiene «${i?.name}» = «${i?.value}», así que no habría filas de prueba.`)
};

export const err_split_no_test_rows_hint_empty = /** @type {(inputs: Err_Split_No_Test_Rows_Hint_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.name}» está vacía en todas las filas con objetivo: elige otra columna.`)
};

export const err_split_no_test_rows_hint_values = /** @type {(inputs: Err_Split_No_Test_Rows_Hint_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Los valores deben coincidir exactamente (se distinguen mayúsculas y minúsculas). «${i?.name}» tiene: ${i?.values}.`)
};

export const err_split_target_missing = /** @type {(inputs: Err_Split_Target_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La columna objetivo «${i?.name}» no está en los datos.`)
};

export const err_split_target_missing_hint = /** @type {(inputs: Err_Split_Target_Missing_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelve a elegir el objetivo en la pantalla Datos.`)
};

export const err_split_test_column_is_feature = /** @type {(inputs: Err_Split_Test_Column_Is_FeatureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La columna «${i?.name}» marca las filas de prueba, así que no puede ser también una variable: el modelo aprendería qué filas se evalúan.`)
};

export const err_split_test_column_is_feature_hint = /** @type {(inputs: Err_Split_Test_Column_Is_Feature_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Cambia la función de «${i?.name}» a «ignorar».`)
};

export const err_split_test_column_is_target = /** @type {(inputs: Err_Split_Test_Column_Is_TargetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Las filas de prueba no se pueden elegir con el propio objetivo «${i?.name}».`)
};

export const err_split_test_column_is_target_hint = /** @type {(inputs: Err_Split_Test_Column_Is_Target_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige otra columna que marque las filas de prueba (por ejemplo «holdout»).`)
};

export const err_split_test_column_missing = /** @type {(inputs: Err_Split_Test_Column_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La columna de filas de prueba «${i?.name}» no está en los datos.`)
};

export const err_split_test_column_missing_hint = /** @type {(inputs: Err_Split_Test_Column_Missing_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelve a elegir la columna que marca las filas de prueba, o usa una proporción de prueba aleatoria.`)
};

export const err_split_test_value_missing = /** @type {(inputs: Err_Split_Test_Value_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Elige el valor de «${i?.name}» que marca las filas de prueba.`)
};

export const err_split_test_value_missing_hint = /** @type {(inputs: Err_Split_Test_Value_Missing_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Por ejemplo «test» o «2024».`)
};

export const err_split_where_class = /** @type {(inputs: Err_Split_Where_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`clase «${i?.name}» del objetivo`)
};

export const err_split_where_test_rows = /** @type {(inputs: Err_Split_Where_Test_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`filas de prueba: «${i?.name}» = «${i?.value}»`)
};

export const err_storage_quota = /** @type {(inputs: Err_Storage_QuotaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El navegador se negó a guardar más datos: ${i?.error}`)
};

export const err_storage_quota_hint = /** @type {(inputs: Err_Storage_Quota_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elimina conjuntos de datos o ejecuciones antiguos para liberar espacio.`)
};

export const err_stratify_bad_class_code = /** @type {(inputs: Err_Stratify_Bad_Class_CodeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La fila ${i?.row} tiene el código de clase ${i?.code}, fuera de 0..${i?.max}.`)
};

export const err_stratify_bad_fractions = /** @type {(inputs: Err_Stratify_Bad_FractionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las fracciones de la división deben ser no negativas, con la de entrenamiento mayor que 0, y sumar 1.`)
};

export const err_stratify_bad_fractions_hint = /** @type {(inputs: Err_Stratify_Bad_Fractions_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Por ejemplo 0,7 / 0,15 / 0,15.`)
};

export const err_stratify_class_too_small_hint = /** @type {(inputs: Err_Stratify_Class_Too_Small_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quita sus filas, únela con otra clase o añade filas.`)
};

export const err_stratify_class_too_small_one = /** @type {(inputs: Err_Stratify_Class_Too_Small_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La clase «${i?.name}» tiene ${i?.count} fila; cada clase necesita al menos 2 (3 para aparecer en entrenamiento, validación y prueba).`)
};

export const err_stratify_class_too_small_other = /** @type {(inputs: Err_Stratify_Class_Too_Small_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La clase «${i?.name}» tiene ${i?.count} filas; cada clase necesita al menos 2 (3 para aparecer en entrenamiento, validación y prueba).`)
};

export const err_target_no_values = /** @type {(inputs: Err_Target_No_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El objetivo «${i?.name}» no tiene valores.`)
};

export const err_target_no_values_hint = /** @type {(inputs: Err_Target_No_Values_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige una columna que tenga valores.`)
};

export const err_target_not_column = /** @type {(inputs: Err_Target_Not_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El objetivo «${i?.name}» no es una columna de este conjunto de datos.`)
};

export const err_target_not_column_hint = /** @type {(inputs: Err_Target_Not_Column_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelve a elegir el objetivo.`)
};

export const err_target_single_class = /** @type {(inputs: Err_Target_Single_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El objetivo «${i?.name}» tiene una sola clase («${i?.label}»).`)
};

export const err_target_single_class_hint = /** @type {(inputs: Err_Target_Single_Class_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un clasificador necesita al menos dos clases: elige otro objetivo o añade filas de otra clase.`)
};

export const err_target_too_many_classes = /** @type {(inputs: Err_Target_Too_Many_ClassesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El objetivo «${i?.name}» tiene ${i?.count} clases; Faro admite como máximo ${i?.max}.`)
};

export const err_target_too_many_classes_hint = /** @type {(inputs: Err_Target_Too_Many_Classes_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige una columna con menos valores distintos (un id o una medida no es una clase), o agrupa antes sus valores.`)
};

export const err_target_unknown_class = /** @type {(inputs: Err_Target_Unknown_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El objetivo «${i?.name}» tiene una clase desconocida, «${i?.value}».`)
};

export const err_target_unknown_class_hint = /** @type {(inputs: Err_Target_Unknown_Class_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El modelo solo conoce: ${i?.labels}.`)
};

export const err_tfidf_max_df = /** @type {(inputs: Err_Tfidf_Max_DfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La frecuencia máxima de documentos ${i?.value} no es válida.`)
};

export const err_tfidf_max_df_hint = /** @type {(inputs: Err_Tfidf_Max_Df_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa una fracción de hasta 1 o un recuento mayor que 1.`)
};

export const err_tfidf_max_features = /** @type {(inputs: Err_Tfidf_Max_FeaturesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El límite de vocabulario ${i?.value} no es válido.`)
};

export const err_tfidf_max_features_hint = /** @type {(inputs: Err_Tfidf_Max_Features_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa un número entero de términos, al menos 1, o ningún límite.`)
};

export const err_tfidf_min_df = /** @type {(inputs: Err_Tfidf_Min_DfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La frecuencia mínima de documentos ${i?.value} no es válida.`)
};

export const err_tfidf_min_df_hint = /** @type {(inputs: Err_Tfidf_Min_Df_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa un recuento (1, 2, …) o una fracción entre 0 y 1.`)
};

export const err_tfidf_ngram_range = /** @type {(inputs: Err_Tfidf_Ngram_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El rango de n-gramas [${i?.min}, ${i?.max}] no es válido.`)
};

export const err_tfidf_ngram_range_hint = /** @type {(inputs: Err_Tfidf_Ngram_Range_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa números enteros con 1 ≤ mín ≤ máx, p. ej., [1, 2].`)
};

export const err_tfidf_no_term = /** @type {(inputs: Err_Tfidf_No_TermInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Los ajustes de texto conservan los términos que aparecen en al menos ${i?.low} y como mucho ${i?.high} documentos: ningún término puede pasar.`)
};

export const err_tfidf_no_term_hint = /** @type {(inputs: Err_Tfidf_No_Term_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Baja la frecuencia mínima de documentos o sube la máxima.`)
};

export const err_train_bug_hint = /** @type {(inputs: Err_Train_Bug_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es un fallo de Faro; la consola tiene los detalles.`)
};

export const err_train_class_weights_count = /** @type {(inputs: Err_Train_Class_Weights_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hay ${i?.weights} pesos de clase para ${i?.classes} clases.`)
};

export const err_train_class_weights_count_hint = /** @type {(inputs: Err_Train_Class_Weights_Count_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Da un peso por clase, o ninguno.`)
};

export const err_train_diverged = /** @type {(inputs: Err_Train_DivergedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El entrenamiento divergió en la época ${i?.epoch}: la pérdida ya no es un número.`)
};

export const err_train_diverged_hint = /** @type {(inputs: Err_Train_Diverged_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Baja la tasa de aprendizaje, o escala las columnas numéricas (escalado estándar).`)
};

export const err_train_empty_part = /** @type {(inputs: Err_Train_Empty_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La parte de entrenamiento o la de validación no tiene filas.`)
};

export const err_train_empty_part_hint = /** @type {(inputs: Err_Train_Empty_Part_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa más filas, o da a la parte de validación una fracción mayor.`)
};

export const err_train_internal = /** @type {(inputs: Err_Train_InternalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El entrenamiento recibió datos incoherentes: ${i?.what}.`)
};

export const err_train_no_features = /** @type {(inputs: Err_Train_No_FeaturesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No hay columnas de variables de las que aprender.`)
};

export const err_train_no_features_hint = /** @type {(inputs: Err_Train_No_Features_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pon la función de al menos una columna en «variable».`)
};

export const err_train_single_class = /** @type {(inputs: Err_Train_Single_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El entrenamiento necesita al menos 2 clases; hay ${i?.count}.`)
};

export const err_train_single_class_hint = /** @type {(inputs: Err_Train_Single_Class_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige una columna objetivo con dos o más valores.`)
};

export const err_train_unknown_positive = /** @type {(inputs: Err_Train_Unknown_PositiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La clase positiva «${i?.label}» no es una clase del objetivo.`)
};

export const err_train_where_learning_rate = /** @type {(inputs: Err_Train_Where_Learning_RateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tasa de aprendizaje ${i?.rate}`)
};

export const err_train_where_rows = /** @type {(inputs: Err_Train_Where_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`entrenamiento ${i?.train} filas, validación ${i?.validation} filas`)
};

export const err_value_list = /** @type {(inputs: Err_Value_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`una lista`)
};

export const err_value_nothing = /** @type {(inputs: Err_Value_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nada`)
};

export const err_value_object = /** @type {(inputs: Err_Value_ObjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un objeto`)
};

export const err_where_balance_input = /** @type {(inputs: Err_Where_Balance_InputInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`entrada del equilibrado`)
};

export const err_where_balance_ratio = /** @type {(inputs: Err_Where_Balance_RatioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`razón de equilibrado`)
};

export const err_where_balance_setting = /** @type {(inputs: Err_Where_Balance_SettingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} del equilibrado`)
};

export const err_where_categorical_column = /** @type {(inputs: Err_Where_Categorical_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`columna categórica ${i?.index}`)
};

export const err_where_class = /** @type {(inputs: Err_Where_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`clase ${i?.index}`)
};

export const err_where_class_weights = /** @type {(inputs: Err_Where_Class_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pesos de clase`)
};

export const err_where_dataset = /** @type {(inputs: Err_Where_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`conjunto de datos ${i?.id}`)
};

export const err_where_file_byte = /** @type {(inputs: Err_Where_File_ByteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, byte ${i?.byte}`)
};

export const err_where_file_line = /** @type {(inputs: Err_Where_File_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, línea ${i?.line}`)
};

export const err_where_file_line_column = /** @type {(inputs: Err_Where_File_Line_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}, línea ${i?.line}, columna ${i?.column}`)
};

export const err_where_json_position = /** @type {(inputs: Err_Where_Json_PositionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`línea ${i?.line}, columna ${i?.column} (carácter ${i?.position})`)
};

export const err_where_row = /** @type {(inputs: Err_Where_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fila ${i?.row}`)
};

export const err_where_rows_to_score = /** @type {(inputs: Err_Where_Rows_To_ScoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`las filas que se van a puntuar`)
};

export const err_where_run = /** @type {(inputs: Err_Where_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ejecución «${i?.name}»`)
};

export const err_where_table_to_score = /** @type {(inputs: Err_Where_Table_To_ScoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`la tabla que se va a puntuar`)
};

export const err_where_threshold_costs = /** @type {(inputs: Err_Where_Threshold_CostsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`costes del umbral`)
};

export const err_where_whole_file = /** @type {(inputs: Err_Where_Whole_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`todo el archivo`)
};

export const err_where_widths = /** @type {(inputs: Err_Where_WidthsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`anchos ${i?.a} y ${i?.b}`)
};

export const error_dismiss = /** @type {(inputs: Error_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cerrar`)
};

export const error_where = /** @type {(inputs: Error_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Dónde: ${i?.where}`)
};

export const glossary_blend = /** @type {(inputs: Glossary_BlendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una media ponderada de las predicciones de varios intentos, elegida con las puntuaciones fuera de pliegue; a menudo mejor que cualquier modelo solo.`)
};

export const glossary_blend_term = /** @type {(inputs: Glossary_Blend_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Combinación`)
};

export const glossary_borderline = /** @type {(inputs: Glossary_BorderlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una variante de SMOTE que solo crea filas sintéticas alrededor de las filas de la clase rara que están cerca de la otra clase, donde el modelo más ayuda necesita.`)
};

export const glossary_borderline_term = /** @type {(inputs: Glossary_Borderline_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borderline-1`)
};

export const glossary_close = /** @type {(inputs: Glossary_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cerrar`)
};

export const glossary_cramer = /** @type {(inputs: Glossary_CramerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La fuerza de la asociación entre una columna categórica y el objetivo, de 0 (ninguna) a 1 (la columna decide el objetivo).`)
};

export const glossary_cramer_term = /** @type {(inputs: Glossary_Cramer_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`V de Cramér`)
};

export const glossary_early_stopping = /** @type {(inputs: Glossary_Early_StoppingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El entrenamiento se detiene cuando la puntuación de validación lleva unas épocas sin mejorar, y se conservan los mejores pesos.`)
};

export const glossary_early_stopping_term = /** @type {(inputs: Glossary_Early_Stopping_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Parada temprana`)
};

export const glossary_f1_macro = /** @type {(inputs: Glossary_F1_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La puntuación F1 (equilibrio entre precisión y exhaustividad) calculada para cada clase por separado y luego promediada, de modo que una clase rara cuenta tanto como una frecuente.`)
};

export const glossary_f1_macro_term = /** @type {(inputs: Glossary_F1_Macro_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1 (macro)`)
};

export const glossary_fold = /** @type {(inputs: Glossary_FoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La validación cruzada divide las filas de entrenamiento en partes (pliegues); cada pliegue se reserva una vez mientras el modelo entrena con los demás, así cada fila la puntúa un modelo que nunca la vio.`)
};

export const glossary_fold_term = /** @type {(inputs: Glossary_Fold_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pliegue`)
};

export const glossary_gini = /** @type {(inputs: Glossary_GiniInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2 × ROC AUC − 1: 0 es una ordenación al azar y 1 una perfecta. La cifra habitual en scoring de crédito.`)
};

export const glossary_gini_term = /** @type {(inputs: Glossary_Gini_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gini`)
};

export const glossary_iv = /** @type {(inputs: Glossary_IvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cuánto separa las clases una columna, a partir de sus tramos de peso de la evidencia (WoE): menos de 0,02 sin señal, de 0,1 a 0,3 media, más de 0,5 sospechosamente fuerte.`)
};

export const glossary_iv_term = /** @type {(inputs: Glossary_Iv_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Valor de información`)
};

export const glossary_ks = /** @type {(inputs: Glossary_KsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estadístico de Kolmogórov-Smirnov: la mayor diferencia entre la proporción de positivos y la de negativos por debajo de una misma puntuación. Los equipos de riesgo de crédito lo usan para medir la separación.`)
};

export const glossary_ks_term = /** @type {(inputs: Glossary_Ks_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`KS`)
};

export const glossary_l2 = /** @type {(inputs: Glossary_L2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una penalización de los pesos grandes. Más L2 da un modelo más simple y estable que puede perder detalle; menos le deja ajustarse más a las filas de entrenamiento.`)
};

export const glossary_l2_term = /** @type {(inputs: Glossary_L2_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L2`)
};

export const glossary_learning_rate = /** @type {(inputs: Glossary_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El tamaño del paso que da el entrenamiento en cada actualización. Demasiado alta y da saltos; demasiado baja y aprende despacio.`)
};

export const glossary_learning_rate_term = /** @type {(inputs: Glossary_Learning_Rate_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tasa de aprendizaje`)
};

export const glossary_open = /** @type {(inputs: Glossary_OpenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`¿Qué es «${i?.term}»?`)
};

export const glossary_pr_auc = /** @type {(inputs: Glossary_Pr_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El área bajo la curva de precisión y exhaustividad (precisión media). Dice más que la ROC AUC cuando la clase positiva es rara.`)
};

export const glossary_pr_auc_term = /** @type {(inputs: Glossary_Pr_Auc_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PR AUC`)
};

export const glossary_psi = /** @type {(inputs: Glossary_PsiInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Índice de estabilidad de la población: cuánto se ha movido la distribución de los datos nuevos respecto a la de entrenamiento. Menos de 0,1 estable, de 0,1 a 0,25 a vigilar, más de 0,25 desplazada.`)
};

export const glossary_psi_term = /** @type {(inputs: Glossary_Psi_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PSI`)
};

export const glossary_roc_auc = /** @type {(inputs: Glossary_Roc_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La probabilidad de que una fila positiva al azar puntúe más alto que una negativa al azar: 0,5 es adivinar, 1,0 una ordenación perfecta.`)
};

export const glossary_roc_auc_term = /** @type {(inputs: Glossary_Roc_Auc_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ROC AUC`)
};

export const glossary_rung = /** @type {(inputs: Glossary_RungInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un paso de la reducción sucesiva a la mitad (successive halving): todos los intentos reciben poco presupuesto y la mejor parte sube un escalón con más épocas, hasta que unos pocos reciben el presupuesto completo.`)
};

export const glossary_rung_term = /** @type {(inputs: Glossary_Rung_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escalón`)
};

export const glossary_smote = /** @type {(inputs: Glossary_SmoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crea filas sintéticas de una clase rara interpolando entre una fila rara y uno de sus vecinos raros más cercanos, para que el modelo vea más de esa clase.`)
};

export const glossary_smote_term = /** @type {(inputs: Glossary_Smote_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMOTE`)
};

export const glossary_tfidf = /** @type {(inputs: Glossary_TfidfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Convierte el texto en números: cuántas veces aparece una palabra en una fila, con menos peso cuando aparece en muchas filas.`)
};

export const glossary_tfidf_term = /** @type {(inputs: Glossary_Tfidf_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TF-IDF`)
};

export const glossary_youden = /** @type {(inputs: Glossary_YoudenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensibilidad + especificidad − 1. El umbral con la J más alta separa mejor las dos clases, contando igual de grave un positivo perdido que una falsa alarma.`)
};

export const glossary_youden_term = /** @type {(inputs: Glossary_Youden_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`J de Youden`)
};

export const language_label = /** @type {(inputs: Language_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Idioma`)
};

export const llm_ask_label = /** @type {(inputs: Llm_Ask_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pedir también una etiqueta (una variable categórica)`)
};

export const llm_custom_lib = /** @type {(inputs: Llm_Custom_LibInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`URL de la biblioteca del modelo (.wasm)`)
};

export const llm_custom_remove = /** @type {(inputs: Llm_Custom_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quitar`)
};

export const llm_custom_summary = /** @type {(inputs: Llm_Custom_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usar un modelo de tu propio servidor`)
};

export const llm_custom_url = /** @type {(inputs: Llm_Custom_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`URL del modelo (la carpeta de pesos MLC)`)
};

export const llm_custom_use = /** @type {(inputs: Llm_Custom_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usar este modelo`)
};

export const llm_describe_with_smaller = /** @type {(inputs: Llm_Describe_With_SmallerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Describir con ${i?.model} (${i?.vram} MB de VRAM)`)
};

export const llm_describer = /** @type {(inputs: Llm_DescriberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descriptor`)
};

export const llm_describer_llm = /** @type {(inputs: Llm_Describer_LlmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LLM en el dispositivo (WebGPU)`)
};

export const llm_describer_template = /** @type {(inputs: Llm_Describer_TemplateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frases de plantilla (al instante, sin conexión)`)
};

export const llm_dismiss = /** @type {(inputs: Llm_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descartar`)
};

export const llm_download_notice = /** @type {(inputs: Llm_Download_NoticeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Descarga ${i?.size} de ${i?.hosts}: la única petición que sale de esta página. Ocupa ${i?.size} del almacenamiento del navegador, así que la próxima carga funciona sin conexión.`)
};

export const llm_err_unreachable = /** @type {(inputs: Llm_Err_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Faro no pudo obtener el código del LLM en el dispositivo: no hay red, o Faro se actualizó desde que se abrió esta pestaña.`)
};

export const llm_err_unreachable_hint = /** @type {(inputs: Llm_Err_Unreachable_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recarga cuando tengas conexión y pulsa Reintentar: tras un uso con conexión, el LLM también arranca sin ella. El descriptor de plantilla ya funciona sin conexión.`)
};

export const llm_err_webgpu_hint = /** @type {(inputs: Llm_Err_Webgpu_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa el descriptor de plantilla: no necesita GPU.`)
};

export const llm_generate = /** @type {(inputs: Llm_GenerateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Generar descripciones`)
};

export const llm_hosts_and = /** @type {(inputs: Llm_Hosts_AndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`y`)
};

export const llm_job_template = /** @type {(inputs: Llm_Job_TemplateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frases de plantilla`)
};

export const llm_label_choices = /** @type {(inputs: Llm_Label_ChoicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opciones de etiqueta (separadas por comas)`)
};

export const llm_language = /** @type {(inputs: Llm_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Idioma`)
};

export const llm_loading_model = /** @type {(inputs: Llm_Loading_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cargando el modelo`)
};

export const llm_model = /** @type {(inputs: Llm_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modelo`)
};

export const llm_model_option = /** @type {(inputs: Llm_Model_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.model} — descarga de ${i?.download}, ${i?.vram}`)
};

export const llm_open_dataset = /** @type {(inputs: Llm_Open_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Abrir ${i?.name}`)
};

export const llm_panel_intro_after = /** @type {(inputs: Llm_Panel_Intro_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`. Entrena con los dos conjuntos de datos y compáralos.`)
};

export const llm_panel_intro_before = /** @type {(inputs: Llm_Panel_Intro_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe una breve descripción de cada fila a partir de sus columnas de variables (nunca el objetivo) en un nuevo conjunto de datos con una columna de texto`)
};

export const llm_panel_label = /** @type {(inputs: Llm_Panel_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Describir filas`)
};

export const llm_panel_title = /** @type {(inputs: Llm_Panel_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Describir cada fila`)
};

export const llm_prompt_after = /** @type {(inputs: Llm_Prompt_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`)`)
};

export const llm_prompt_before = /** @type {(inputs: Llm_Prompt_BeforeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Prompt (${i?.count} campos como`)
};

export const llm_reason_checking = /** @type {(inputs: Llm_Reason_CheckingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comprobando WebGPU…`)
};

export const llm_reason_fallback = /** @type {(inputs: Llm_Reason_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El único adaptador WebGPU es una alternativa por software (sin GPU real): el modelo tardaría horas.`)
};

export const llm_reason_no_adapter = /** @type {(inputs: Llm_Reason_No_AdapterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebGPU está presente pero no encontró ningún adaptador de GPU (la GPU está bloqueada o desactivada en este navegador).`)
};

export const llm_reason_no_model = /** @type {(inputs: Llm_Reason_No_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ningún modelo cabe en esta GPU.`)
};

export const llm_reason_no_webgpu = /** @type {(inputs: Llm_Reason_No_WebgpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este navegador no tiene WebGPU (falta navigator.gpu): el modelo en el dispositivo no puede funcionar aquí.`)
};

export const llm_reason_refused = /** @type {(inputs: Llm_Reason_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WebGPU se negó a dar un adaptador de GPU (${i?.why}).`)
};

export const llm_restore_prompt = /** @type {(inputs: Llm_Restore_PromptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restaurar el prompt predeterminado`)
};

export const llm_resume = /** @type {(inputs: Llm_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reanudar`)
};

export const llm_resume_needs_model = /** @type {(inputs: Llm_Resume_Needs_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Para reanudar hace falta ${i?.model}, que este navegador no ofrece ahora.`)
};

export const llm_retry = /** @type {(inputs: Llm_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reintentar`)
};

export const llm_size_unknown = /** @type {(inputs: Llm_Size_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tamaño desconocido`)
};

export const llm_stopped_after = /** @type {(inputs: Llm_Stopped_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se detuvo tras ${i?.done} de ${i?.total} filas.`)
};

export const llm_storage_quota_hint = /** @type {(inputs: Llm_Storage_Quota_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elimina ejecuciones antiguas o quita sus modelos (pantalla Ejecuciones; cada ejecución muestra el tamaño de su modelo), o elimina conjuntos de datos (panel izquierdo), y vuelve a intentarlo. No se ha cambiado nada de lo guardado.`)
};

export const llm_storage_quota_sizes = /** @type {(inputs: Llm_Storage_Quota_SizesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.message} Este navegador guarda ${i?.used} para Faro de ${i?.quota} permitidos.`)
};

export const llm_stored_in_browser = /** @type {(inputs: Llm_Stored_In_BrowserInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Guardado en el navegador: ${i?.size}.`)
};

export const llm_summary_described = /** @type {(inputs: Llm_Summary_DescribedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.rows} filas descritas: ${i?.cached} de la caché`)
};

export const llm_summary_fallbacks = /** @type {(inputs: Llm_Summary_FallbacksInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} escritas como frases de plantilla`)
};

export const llm_summary_fallbacks_malformed = /** @type {(inputs: Llm_Summary_Fallbacks_MalformedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} escritas como frases de plantilla (la respuesta del modelo faltaba o estaba mal formada)`)
};

export const llm_summary_labelled = /** @type {(inputs: Llm_Summary_LabelledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} etiquetadas`)
};

export const llm_unfinished_after = /** @type {(inputs: Llm_Unfinished_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`describía ${i?.dataset}, tras unas ${i?.done} de ${i?.total} filas. Las filas terminadas se guardan en el navegador: al reanudar, solo se pide al modelo el resto.`)
};

export const llm_unfinished_before = /** @type {(inputs: Llm_Unfinished_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La pestaña se cerró o se recargó mientras`)
};

export const llm_unfinished_title = /** @type {(inputs: Llm_Unfinished_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La descripción se interrumpió.`)
};

export const llm_update_available = /** @type {(inputs: Llm_Update_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hay una nueva versión de Faro disponible`)
};

export const llm_update_later = /** @type {(inputs: Llm_Update_LaterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Más tarde`)
};

export const llm_update_note = /** @type {(inputs: Llm_Update_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recargar detiene una ejecución en curso; tus conjuntos de datos y ejecuciones terminadas se conservan.`)
};

export const llm_update_reload = /** @type {(inputs: Llm_Update_ReloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recargar`)
};

export const llm_use_template = /** @type {(inputs: Llm_Use_TemplateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usar el descriptor de plantilla`)
};

export const llm_vram = /** @type {(inputs: Llm_VramInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.mb} MB de VRAM`)
};

export const llm_vram_unknown = /** @type {(inputs: Llm_Vram_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`VRAM desconocida`)
};

export const opening_datasets = /** @type {(inputs: Opening_DatasetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abriendo tus conjuntos de datos guardados…`)
};

export const predict_band_shifted = /** @type {(inputs: Predict_Band_ShiftedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`desplazada`)
};

export const predict_band_stable = /** @type {(inputs: Predict_Band_StableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`estable`)
};

export const predict_band_watch = /** @type {(inputs: Predict_Band_WatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vigilar`)
};

export const predict_bin_any = /** @type {(inputs: Predict_Bin_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cualquier valor`)
};

export const predict_bin_missing = /** @type {(inputs: Predict_Bin_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`faltante`)
};

export const predict_bin_other = /** @type {(inputs: Predict_Bin_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`otro`)
};

export const predict_bin_present = /** @type {(inputs: Predict_Bin_PresentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`presente`)
};

export const predict_bins_col_bars = /** @type {(inputs: Predict_Bins_Col_BarsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proporciones en barras`)
};

export const predict_bins_col_bin = /** @type {(inputs: Predict_Bins_Col_BinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intervalo`)
};

export const predict_bins_col_change = /** @type {(inputs: Predict_Bins_Col_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cambio`)
};

export const predict_bins_col_new = /** @type {(inputs: Predict_Bins_Col_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nuevas`)
};

export const predict_bins_col_training = /** @type {(inputs: Predict_Bins_Col_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrenamiento`)
};

export const predict_bins_legend_new = /** @type {(inputs: Predict_Bins_Legend_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`filas nuevas. Proporciones del total de filas; un intervalo vacío en una de ellas cuenta como ${i?.floor} en el PSI.`)
};

export const predict_bins_legend_training = /** @type {(inputs: Predict_Bins_Legend_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`filas de entrenamiento ·`)
};

export const predict_bins_table = /** @type {(inputs: Predict_Bins_TableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Intervalos de ${i?.label}: entrenamiento frente a nuevos`)
};

export const predict_choose_csv = /** @type {(inputs: Predict_Choose_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige un CSV para puntuar`)
};

export const predict_choose_model = /** @type {(inputs: Predict_Choose_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 · Elige un modelo`)
};

export const predict_col_column_value = /** @type {(inputs: Predict_Col_Column_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columna y valor`)
};

export const predict_col_push = /** @type {(inputs: Predict_Col_PushInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empuje`)
};

export const predict_col_size = /** @type {(inputs: Predict_Col_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tamaño`)
};

export const predict_download = /** @type {(inputs: Predict_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descargar predicciones`)
};

export const predict_drift_all_stable = /** @type {(inputs: Predict_Drift_All_StableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todas las columnas son estables.`)
};

export const predict_drift_bins_of = /** @type {(inputs: Predict_Drift_Bins_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Intervalos de ${i?.column}`)
};

export const predict_drift_col_band = /** @type {(inputs: Predict_Drift_Col_BandInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Banda`)
};

export const predict_drift_col_change = /** @type {(inputs: Predict_Drift_Col_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mayor cambio`)
};

export const predict_drift_col_column = /** @type {(inputs: Predict_Drift_Col_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columna`)
};

export const predict_drift_col_kind = /** @type {(inputs: Predict_Drift_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tipo`)
};

export const predict_drift_how = /** @type {(inputs: Predict_Drift_HowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cómo se calcula`)
};

export const predict_drift_how_body = /** @type {(inputs: Predict_Drift_How_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PSI = Σ (proporción nueva − proporción de entrenamiento) × ln(proporción nueva / proporción de entrenamiento) sobre los intervalos. Columnas numéricas y de fecha: los deciles de entrenamiento (sin bordes repetidos) y los valores faltantes; categóricas: los niveles de entrenamiento, «otro» (incluidos los niveles nunca vistos en el entrenamiento) y los faltantes; texto: solo si hay valor o no. La puntuación: la probabilidad de un modelo de dos clases en los deciles de sus filas reservadas (validación y prueba); si no, las etiquetas predichas. Un intervalo vacío en un lado cuenta como 0,0001.`)
};

export const predict_drift_intro = /** @type {(inputs: Predict_Drift_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Índice de estabilidad de la población (PSI) de ${i?.file} (${i?.rows} filas) frente a los datos con los que se entrenó el modelo (${i?.referenceRows} filas), en los intervalos de los datos de entrenamiento: < ${i?.watch} estable, ${i?.watch} – ${i?.shifted} vigilar, > ${i?.shifted} desplazada.`)
};

export const predict_drift_labels_differ = /** @type {(inputs: Predict_Drift_Labels_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las etiquetas del modelo no coinciden con las de su perfil de puntuación, así que no se comprueba la puntuación.`)
};

export const predict_drift_largest_change = /** @type {(inputs: Predict_Drift_Largest_ChangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` · mayor cambio ${i?.change}`)
};

export const predict_drift_moved_most = /** @type {(inputs: Predict_Drift_Moved_MostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las que más se movieron:`)
};

export const predict_drift_no_profile = /** @type {(inputs: Predict_Drift_No_ProfileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.column}» no tiene perfil de entrenamiento, así que no se comprueba su estabilidad.`)
};

export const predict_drift_no_reference = /** @type {(inputs: Predict_Drift_No_ReferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin comprobación de estabilidad: este archivo de modelo se escribió antes de que Faro guardara su perfil de entrenamiento. Vuelve a entrenar el modelo para obtenerla.`)
};

export const predict_drift_no_rows = /** @type {(inputs: Predict_Drift_No_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No se ha puntuado ninguna fila, así que no hay nada que comparar.`)
};

export const predict_drift_score_bins = /** @type {(inputs: Predict_Drift_Score_BinsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intervalos de la puntuación`)
};

export const predict_drift_score_label = /** @type {(inputs: Predict_Drift_Score_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`la puntuación`)
};

export const predict_drift_score_labels = /** @type {(inputs: Predict_Drift_Score_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Puntuación (etiquetas predichas): PSI`)
};

export const predict_drift_score_probability = /** @type {(inputs: Predict_Drift_Score_ProbabilityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Puntuación p(${i?.label}): PSI`)
};

export const predict_drift_table = /** @type {(inputs: Predict_Drift_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estabilidad por columna`)
};

export const predict_drift_table_scroll = /** @type {(inputs: Predict_Drift_Table_ScrollInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estabilidad por columna, desplazable`)
};

export const predict_drift_text_note = /** @type {(inputs: Predict_Drift_Text_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Texto: solo se compara la proporción de celdas faltantes.`)
};

export const predict_drift_title = /** @type {(inputs: Predict_Drift_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estabilidad frente a los datos de entrenamiento`)
};

export const predict_drift_vs_held_out = /** @type {(inputs: Predict_Drift_Vs_Held_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`frente a las filas reservadas del modelo`)
};

export const predict_format_csv = /** @type {(inputs: Predict_Format_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSV`)
};

export const predict_format_excel_es = /** @type {(inputs: Predict_Format_Excel_EsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Excel (es)`)
};

export const predict_format_excel_es_title = /** @type {(inputs: Predict_Format_Excel_Es_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Punto y coma entre celdas, coma decimal y marca UTF-8, para que una hoja de cálculo en español lo abra en columnas`)
};

export const predict_format_label = /** @type {(inputs: Predict_Format_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Formato del archivo`)
};

export const predict_format_preparing = /** @type {(inputs: Predict_Format_PreparingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preparando el archivo…`)
};

export const predict_kind_boolean = /** @type {(inputs: Predict_Kind_BooleanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`booleana`)
};

export const predict_kind_categorical = /** @type {(inputs: Predict_Kind_CategoricalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`categórica`)
};

export const predict_kind_constant = /** @type {(inputs: Predict_Kind_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`constante`)
};

export const predict_kind_date = /** @type {(inputs: Predict_Kind_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fecha`)
};

export const predict_kind_id = /** @type {(inputs: Predict_Kind_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`id`)
};

export const predict_kind_numeric = /** @type {(inputs: Predict_Kind_NumericInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`numérica`)
};

export const predict_kind_text = /** @type {(inputs: Predict_Kind_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`texto`)
};

export const predict_load_model_file = /** @type {(inputs: Predict_Load_Model_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Carga un archivo de modelo (.json)`)
};

export const predict_loaded_model = /** @type {(inputs: Predict_Loaded_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modelo cargado`)
};

export const predict_loading_model = /** @type {(inputs: Predict_Loading_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cargando el modelo…`)
};

export const predict_method_linear = /** @type {(inputs: Predict_Method_LinearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`contribuciones exactas de la regresión logística, medidas desde la fila media de entrenamiento`)
};

export const predict_method_shapley_exact = /** @type {(inputs: Predict_Method_Shapley_ExactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`valores de Shapley exactos frente a una fila típica de entrenamiento`)
};

export const predict_method_shapley_sampled = /** @type {(inputs: Predict_Method_Shapley_SampledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`valores de Shapley frente a una fila típica de entrenamiento, muestreados sobre ${i?.count} órdenes de columnas`)
};

export const predict_method_tree_shap = /** @type {(inputs: Predict_Method_Tree_ShapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TreeSHAP (valores de Shapley exactos de los árboles, dependientes del camino)`)
};

export const predict_model_blend = /** @type {(inputs: Predict_Model_BlendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Combinación: ${i?.members}`)
};

export const predict_model_blend_one = /** @type {(inputs: Predict_Model_Blend_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Combinación de ${i?.count} modelo`)
};

export const predict_model_blend_other = /** @type {(inputs: Predict_Model_Blend_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Combinación de ${i?.count} modelos`)
};

export const predict_model_gbdt_one = /** @type {(inputs: Predict_Model_Gbdt_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Árboles potenciados por gradiente, ${i?.count} árbol`)
};

export const predict_model_gbdt_other = /** @type {(inputs: Predict_Model_Gbdt_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Árboles potenciados por gradiente, ${i?.count} árboles`)
};

export const predict_model_labels_with = /** @type {(inputs: Predict_Model_Labels_WithInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.labels}) con`)
};

export const predict_model_logistic = /** @type {(inputs: Predict_Model_LogisticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regresión logística`)
};

export const predict_model_member = /** @type {(inputs: Predict_Model_MemberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.description}`)
};

export const predict_model_mlp = /** @type {(inputs: Predict_Model_MlpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`MLP ${i?.layers}`)
};

export const predict_model_needs = /** @type {(inputs: Predict_Model_NeedsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Necesita las columnas: ${i?.columns}. Las demás columnas se conservan en el resultado y se ignoran.`)
};

export const predict_model_origin = /** @type {(inputs: Predict_Model_OriginInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· de ${i?.source} · entrenado con ${i?.dataset} (${i?.rows} filas) · ROC AUC en prueba ${i?.rocAuc}`)
};

export const predict_model_positive = /** @type {(inputs: Predict_Model_PositiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· clase positiva ${i?.label} cuando p ≥ ${i?.threshold}`)
};

export const predict_model_predicts = /** @type {(inputs: Predict_Model_PredictsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Predice «${i?.target}»`)
};

export const predict_model_section = /** @type {(inputs: Predict_Model_SectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modelo con el que predecir`)
};

export const predict_no_finished_runs = /** @type {(inputs: Predict_No_Finished_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`todavía no hay ejecuciones terminadas`)
};

export const predict_no_run_with_model = /** @type {(inputs: Predict_No_Run_With_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ninguna ejecución guardada tiene modelo (se eliminó para liberar espacio)`)
};

export const predict_or = /** @type {(inputs: Predict_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`o`)
};

export const predict_origin_average = /** @type {(inputs: Predict_Origin_AverageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`la fila media de entrenamiento`)
};

export const predict_origin_trees = /** @type {(inputs: Predict_Origin_TreesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`la puntuación media de los árboles en las filas de entrenamiento`)
};

export const predict_origin_typical = /** @type {(inputs: Predict_Origin_TypicalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`una fila típica de entrenamiento`)
};

export const predict_position_bottom_10 = /** @type {(inputs: Predict_Position_Bottom_10Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`10 % inferior`)
};

export const predict_position_bottom_25 = /** @type {(inputs: Predict_Position_Bottom_25Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`25 % inferior`)
};

export const predict_position_middle = /** @type {(inputs: Predict_Position_MiddleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mitad central`)
};

export const predict_position_top_10 = /** @type {(inputs: Predict_Position_Top_10Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`10 % superior`)
};

export const predict_position_top_25 = /** @type {(inputs: Predict_Position_Top_25Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`25 % superior`)
};

export const predict_preview = /** @type {(inputs: Predict_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vista previa de las predicciones`)
};

export const predict_preview_scroll = /** @type {(inputs: Predict_Preview_ScrollInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vista previa de las predicciones, desplazable`)
};

export const predict_reason_less_likely = /** @type {(inputs: Predict_Reason_Less_LikelyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.cell} hace menos probable «${i?.label}»`)
};

export const predict_reason_level = /** @type {(inputs: Predict_Reason_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.column} = ${i?.value} (${i?.share} % de las filas de entrenamiento)`)
};

export const predict_reason_level_unseen = /** @type {(inputs: Predict_Reason_Level_UnseenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.column} = ${i?.value} (no visto en el entrenamiento)`)
};

export const predict_reason_missing = /** @type {(inputs: Predict_Reason_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.column} faltante`)
};

export const predict_reason_more_likely = /** @type {(inputs: Predict_Reason_More_LikelyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.cell} hace más probable «${i?.label}»`)
};

export const predict_reason_points_to = /** @type {(inputs: Predict_Reason_Points_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.cell} apunta a «${i?.label}»`)
};

export const predict_reason_text = /** @type {(inputs: Predict_Reason_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.column} «${i?.text}»`)
};

export const predict_reason_value = /** @type {(inputs: Predict_Reason_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.column} ${i?.value}`)
};

export const predict_reason_value_at = /** @type {(inputs: Predict_Reason_Value_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.column} ${i?.value} (${i?.position})`)
};

export const predict_reasons_add = /** @type {(inputs: Predict_Reasons_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Añadir los motivos de cada predicción (columnas`)
};

export const predict_reasons_slower = /** @type {(inputs: Predict_Reasons_SlowerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`; más lento)`)
};

export const predict_row_blank = /** @type {(inputs: Predict_Row_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vacío = valor faltante`)
};

export const predict_row_caption = /** @type {(inputs: Predict_Row_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`De ${i?.base} (${i?.origin}) a ${i?.margin} en esta fila; los empujes suman la diferencia. Método: ${i?.method}.`)
};

export const predict_row_no_push_average = /** @type {(inputs: Predict_Row_No_Push_AverageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ninguna columna empujó esta fila hacia «${i?.label}»: su puntuación es la de la fila media.`)
};

export const predict_row_no_push_typical = /** @type {(inputs: Predict_Row_No_Push_TypicalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ninguna columna empujó esta fila hacia «${i?.label}»: su puntuación es la de una fila típica.`)
};

export const predict_row_prediction = /** @type {(inputs: Predict_Row_PredictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predicción:`)
};

export const predict_row_pushes = /** @type {(inputs: Predict_Row_PushesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Empuje de cada columna (${i?.scale} de «${i?.label}»)`)
};

export const predict_row_result = /** @type {(inputs: Predict_Row_ResultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predicción de la fila`)
};

export const predict_row_section = /** @type {(inputs: Predict_Row_SectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Puntuar una fila`)
};

export const predict_row_submit = /** @type {(inputs: Predict_Row_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predecir`)
};

export const predict_row_title = /** @type {(inputs: Predict_Row_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`3 · Puntúa una fila a mano`)
};

export const predict_row_why = /** @type {(inputs: Predict_Row_WhyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Por qué «${i?.label}»`)
};

export const predict_row_why_section = /** @type {(inputs: Predict_Row_Why_SectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Por qué esta predicción`)
};

export const predict_scale_centred = /** @type {(inputs: Predict_Scale_CentredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`log-probabilidad centrada`)
};

export const predict_scale_log_odds = /** @type {(inputs: Predict_Scale_Log_OddsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`log-odds`)
};

export const predict_score_section = /** @type {(inputs: Predict_Score_SectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Puntuar un CSV`)
};

export const predict_score_title = /** @type {(inputs: Predict_Score_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2 · Puntúa un CSV`)
};

export const predict_scored_after = /** @type {(inputs: Predict_Scored_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`filas de ${i?.name}.`)
};

export const predict_scored_before = /** @type {(inputs: Predict_Scored_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se han puntuado`)
};

export const predict_scoring = /** @type {(inputs: Predict_ScoringInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Puntuando ${i?.name}`)
};

export const predict_source_file = /** @type {(inputs: Predict_Source_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}`)
};

export const predict_source_run = /** @type {(inputs: Predict_Source_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`la ejecución «${i?.name}»`)
};

export const predict_stored_label = /** @type {(inputs: Predict_Stored_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usar el modelo de una ejecución guardada`)
};

export const predict_use_stored_run_option = /** @type {(inputs: Predict_Use_Stored_Run_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`usar el modelo de una ejecución guardada…`)
};

export const progress_amount = /** @type {(inputs: Progress_AmountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done} de ${i?.total}`)
};

export const progress_binning = /** @type {(inputs: Progress_BinningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Agrupando las variables en tramos`)
};

export const progress_boosting_done = /** @type {(inputs: Progress_Boosting_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Boosting terminado`)
};

export const progress_cancel = /** @type {(inputs: Progress_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancelar`)
};

export const progress_choosing_backend = /** @type {(inputs: Progress_Choosing_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eligiendo el motor de cálculo`)
};

export const progress_choosing_blend = /** @type {(inputs: Progress_Choosing_BlendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eligiendo una combinación de intentos`)
};

export const progress_column_of = /** @type {(inputs: Progress_Column_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.i} de ${i?.n})`)
};

export const progress_counting_terms = /** @type {(inputs: Progress_Counting_TermsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contando términos`)
};

export const progress_danger_rows = /** @type {(inputs: Progress_Danger_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`filas en peligro de la clase ${i?.c}`)
};

export const progress_describing = /** @type {(inputs: Progress_DescribingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Describiendo con ${i?.model}`)
};

export const progress_done = /** @type {(inputs: Progress_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terminado`)
};

export const progress_evaluating = /** @type {(inputs: Progress_EvaluatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Evaluando en la parte de prueba`)
};

export const progress_fingerprinting = /** @type {(inputs: Progress_FingerprintingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Calculando la huella`)
};

export const progress_fold = /** @type {(inputs: Progress_FoldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pliegue ${i?.fold} de ${i?.k}`)
};

export const progress_importance = /** @type {(inputs: Progress_ImportanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importancia por permutación`)
};

export const progress_left = /** @type {(inputs: Progress_LeftInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`quedan ${i?.time}`)
};

export const progress_neighbours = /** @type {(inputs: Progress_NeighboursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vecinos en la clase ${i?.c}`)
};

export const progress_preparing_features = /** @type {(inputs: Progress_Preparing_FeaturesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preparando las variables`)
};

export const progress_profiling = /** @type {(inputs: Progress_ProfilingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Perfilando las columnas`)
};

export const progress_reading = /** @type {(inputs: Progress_ReadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leyendo el conjunto de datos`)
};

export const progress_rows_per_second = /** @type {(inputs: Progress_Rows_Per_SecondInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.rate} filas/s`)
};

export const progress_saving = /** @type {(inputs: Progress_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Guardando en el navegador`)
};

export const progress_scoring = /** @type {(inputs: Progress_ScoringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Puntuando`)
};

export const progress_screening = /** @type {(inputs: Progress_ScreeningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Analizando «${i?.name}»`)
};

export const progress_starting = /** @type {(inputs: Progress_StartingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empezando…`)
};

export const progress_starting_workers = /** @type {(inputs: Progress_Starting_WorkersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iniciando los workers de intentos`)
};

export const progress_status_done = /** @type {(inputs: Progress_Status_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`terminado`)
};

export const progress_status_failed = /** @type {(inputs: Progress_Status_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fallido`)
};

export const progress_status_pruned = /** @type {(inputs: Progress_Status_PrunedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`podado`)
};

export const progress_status_skipped = /** @type {(inputs: Progress_Status_SkippedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`omitido`)
};

export const progress_step_epoch = /** @type {(inputs: Progress_Step_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Época`)
};

export const progress_step_iteration = /** @type {(inputs: Progress_Step_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iteración`)
};

export const progress_step_of = /** @type {(inputs: Progress_Step_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.step} ${i?.n} de ${i?.max} como máximo`)
};

export const progress_step_of_validation = /** @type {(inputs: Progress_Step_Of_ValidationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.step} ${i?.n} de ${i?.max} como máximo (validación)`)
};

export const progress_step_solver = /** @type {(inputs: Progress_Step_SolverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iteración del optimizador`)
};

export const progress_training_best = /** @type {(inputs: Progress_Training_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrenando la mejor configuración`)
};

export const progress_training_blend = /** @type {(inputs: Progress_Training_BlendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrenando la combinación`)
};

export const progress_trial = /** @type {(inputs: Progress_TrialInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Intento ${i?.id}`)
};

export const progress_trial_status = /** @type {(inputs: Progress_Trial_StatusInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Intento ${i?.id} ${i?.status}`)
};

export const progress_writing_descriptions = /** @type {(inputs: Progress_Writing_DescriptionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribiendo descripciones`)
};

export const report_argmax_note = /** @type {(inputs: Report_Argmax_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cada fila se predice como su clase más probable.`)
};

export const report_axis_cost_per_row = /** @type {(inputs: Report_Axis_Cost_Per_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coste de los errores por fila`)
};

export const report_axis_decile = /** @type {(inputs: Report_Axis_DecileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decil (puntuaciones más altas primero)`)
};

export const report_axis_epoch = /** @type {(inputs: Report_Axis_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Época`)
};

export const report_axis_epoch_trees = /** @type {(inputs: Report_Axis_Epoch_TreesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Época (árboles: iteración)`)
};

export const report_axis_fpr = /** @type {(inputs: Report_Axis_FprInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tasa de falsos positivos`)
};

export const report_axis_importance = /** @type {(inputs: Report_Axis_ImportanceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pérdida de ${i?.metric} al barajar la columna`)
};

export const report_axis_iteration = /** @type {(inputs: Report_Axis_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iteración`)
};

export const report_axis_loss = /** @type {(inputs: Report_Axis_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida (entropía cruzada)`)
};

export const report_axis_mean_predicted = /** @type {(inputs: Report_Axis_Mean_PredictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Probabilidad predicha media`)
};

export const report_axis_precision = /** @type {(inputs: Report_Axis_PrecisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precisión`)
};

export const report_axis_precision_recall = /** @type {(inputs: Report_Axis_Precision_RecallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precisión, exhaustividad`)
};

export const report_axis_recall = /** @type {(inputs: Report_Axis_RecallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exhaustividad`)
};

export const report_axis_share_captured = /** @type {(inputs: Report_Axis_Share_CapturedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Proporción de «${i?.positive}» capturada`)
};

export const report_axis_share_class = /** @type {(inputs: Report_Axis_Share_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proporción de la clase`)
};

export const report_axis_share_positives = /** @type {(inputs: Report_Axis_Share_PositivesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proporción de positivos capturados`)
};

export const report_axis_share_rows = /** @type {(inputs: Report_Axis_Share_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proporción de filas (puntuaciones más altas primero)`)
};

export const report_axis_solver_iteration = /** @type {(inputs: Report_Axis_Solver_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iteración del solver`)
};

export const report_axis_tpr = /** @type {(inputs: Report_Axis_TprInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tasa de verdaderos positivos`)
};

export const report_axis_val_loss = /** @type {(inputs: Report_Axis_Val_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida de validación`)
};

export const report_backend_requested = /** @type {(inputs: Report_Backend_RequestedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`solicitado ${i?.backend}; usado`)
};

export const report_backend_value = /** @type {(inputs: Report_Backend_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (solicitado ${i?.backend})`)
};

export const report_blend_members = /** @type {(inputs: Report_Blend_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Miembros de la combinación`)
};

export const report_blend_note = /** @type {(inputs: Report_Blend_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La combinación promedia las probabilidades de sus miembros con estos pesos; la receta, el equilibrado de clases y la curva de entrenamiento mostrados son los del miembro de mayor peso.`)
};

export const report_blend_of = /** @type {(inputs: Report_Blend_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Combinación de ${i?.count}:`)
};

export const report_blend_of_models = /** @type {(inputs: Report_Blend_Of_ModelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Combinación de ${i?.count} modelos`)
};

export const report_blend_of_one = /** @type {(inputs: Report_Blend_Of_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Combinación de ${i?.count} modelo`)
};

export const report_calibration_bins = /** @type {(inputs: Report_Calibration_BinsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intervalos de calibración`)
};

export const report_calibration_bins_of = /** @type {(inputs: Report_Calibration_Bins_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Intervalos de calibración de p(${i?.positive})`)
};

export const report_caption_calibration = /** @type {(inputs: Report_Caption_CalibrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Calibración (10 intervalos); discontinua: calibración perfecta.`)
};

export const report_caption_cost_threshold = /** @type {(inputs: Report_Caption_Cost_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coste de los errores por fila; línea vertical discontinua: el umbral de la ejecución.`)
};

export const report_caption_gains = /** @type {(inputs: Report_Caption_GainsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ganancias acumuladas; discontinua: un orden aleatorio.`)
};

export const report_caption_ks = /** @type {(inputs: Report_Caption_KsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`KS ${i?.ks}: la línea gruesa marca la mayor distancia entre las dos clases.`)
};

export const report_caption_lift = /** @type {(inputs: Report_Caption_LiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Barras: lift por decil; línea: lift acumulado; discontinua: la tasa global (1).`)
};

export const report_caption_loss_epoch = /** @type {(inputs: Report_Caption_Loss_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pérdida por época; continua: entrenamiento, discontinua: validación; línea vertical discontinua: ${i?.kept} (${i?.best}).`)
};

export const report_caption_loss_iteration = /** @type {(inputs: Report_Caption_Loss_IterationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pérdida por iteración; continua: entrenamiento, discontinua: validación; línea vertical discontinua: ${i?.kept} (${i?.best}).`)
};

export const report_caption_pr = /** @type {(inputs: Report_Caption_PrInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Precisión–exhaustividad · AP ${i?.ap}`)
};

export const report_caption_pr_threshold = /** @type {(inputs: Report_Caption_Pr_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Continua: precisión; discontinua: exhaustividad; línea vertical discontinua: el umbral de la ejecución.`)
};

export const report_caption_roc = /** @type {(inputs: Report_Caption_RocInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Curva ROC · AUC ${i?.auc}${i?.perClass}; discontinua: azar.`)
};

export const report_caption_roc_per_class = /** @type {(inputs: Report_Caption_Roc_Per_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`macro uno contra el resto; una curva por clase`)
};

export const report_captured_by_decile = /** @type {(inputs: Report_Captured_By_DecileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proporción capturada por decil`)
};

export const report_caution_data = /** @type {(inputs: Report_Caution_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estas ejecuciones se entrenaron con datos distintos (las huellas de los conjuntos de datos difieren): sus métricas no son directamente comparables.`)
};

export const report_caution_rows = /** @type {(inputs: Report_Caution_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estas ejecuciones se evaluaron con filas de prueba distintas (otra semilla u otra división): las diferencias pueden ser ruido.`)
};

export const report_chart_calibration = /** @type {(inputs: Report_Chart_CalibrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curva de calibración`)
};

export const report_chart_calibration_compared = /** @type {(inputs: Report_Chart_Calibration_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curvas de calibración de las ejecuciones comparadas`)
};

export const report_chart_cost_threshold = /** @type {(inputs: Report_Chart_Cost_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coste de los errores frente al umbral`)
};

export const report_chart_gains = /** @type {(inputs: Report_Chart_GainsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ganancias acumuladas de «${i?.positive}»`)
};

export const report_chart_gains_compared = /** @type {(inputs: Report_Chart_Gains_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ganancias acumuladas de las ejecuciones comparadas`)
};

export const report_chart_importance = /** @type {(inputs: Report_Chart_ImportanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importancia por permutación por columna`)
};

export const report_chart_ks = /** @type {(inputs: Report_Chart_KsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gráfico KS`)
};

export const report_chart_lift = /** @type {(inputs: Report_Chart_LiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lift por decil`)
};

export const report_chart_loss_epoch = /** @type {(inputs: Report_Chart_Loss_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida de entrenamiento y validación por época`)
};

export const report_chart_loss_iteration = /** @type {(inputs: Report_Chart_Loss_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida de entrenamiento y validación por iteración`)
};

export const report_chart_pr = /** @type {(inputs: Report_Chart_PrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curva de precisión–exhaustividad`)
};

export const report_chart_pr_compared = /** @type {(inputs: Report_Chart_Pr_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curvas de precisión–exhaustividad de las ejecuciones comparadas`)
};

export const report_chart_pr_threshold = /** @type {(inputs: Report_Chart_Pr_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precisión y exhaustividad frente al umbral`)
};

export const report_chart_roc = /** @type {(inputs: Report_Chart_RocInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curva ROC`)
};

export const report_chart_roc_compared = /** @type {(inputs: Report_Chart_Roc_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curvas ROC de las ejecuciones comparadas`)
};

export const report_chart_val_loss_compared = /** @type {(inputs: Report_Chart_Val_Loss_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida de validación de las ejecuciones comparadas`)
};

export const report_class_balancing = /** @type {(inputs: Report_Class_BalancingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Equilibrado de clases`)
};

export const report_class_weights_note = /** @type {(inputs: Report_Class_Weights_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La pérdida de cada fila de entrenamiento se pondera por n / (clases × tamaño de la clase).`)
};

export const report_classes_list = /** @type {(inputs: Report_Classes_ListInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.count} clases: ${i?.classes})`)
};

export const report_col_after = /** @type {(inputs: Report_Col_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Después`)
};

export const report_col_before = /** @type {(inputs: Report_Col_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Antes`)
};

export const report_col_captured = /** @type {(inputs: Report_Col_CapturedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Capturado`)
};

export const report_col_class = /** @type {(inputs: Report_Col_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clase`)
};

export const report_col_column = /** @type {(inputs: Report_Col_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columna`)
};

export const report_col_cum_lift = /** @type {(inputs: Report_Col_Cum_LiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lift acum.`)
};

export const report_col_decile = /** @type {(inputs: Report_Col_DecileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decil`)
};

export const report_col_lift = /** @type {(inputs: Report_Col_LiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lift`)
};

export const report_col_mean_predicted = /** @type {(inputs: Report_Col_Mean_PredictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predicción media`)
};

export const report_col_meaning = /** @type {(inputs: Report_Col_MeaningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Significado`)
};

export const report_col_metric = /** @type {(inputs: Report_Col_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Métrica`)
};

export const report_col_metric_lost = /** @type {(inputs: Report_Col_Metric_LostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pérdida de ${i?.metric}`)
};

export const report_col_model = /** @type {(inputs: Report_Col_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modelo`)
};

export const report_col_part = /** @type {(inputs: Report_Col_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Parte`)
};

export const report_col_per_row = /** @type {(inputs: Report_Col_Per_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Por fila`)
};

export const report_col_positive = /** @type {(inputs: Report_Col_PositiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.positive}»`)
};

export const report_col_precision = /** @type {(inputs: Report_Col_PrecisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precisión`)
};

export const report_col_rate = /** @type {(inputs: Report_Col_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tasa`)
};

export const report_col_recall = /** @type {(inputs: Report_Col_RecallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exhaustividad`)
};

export const report_col_rows = /** @type {(inputs: Report_Col_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas`)
};

export const report_col_scores = /** @type {(inputs: Report_Col_ScoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Puntuaciones`)
};

export const report_col_setting = /** @type {(inputs: Report_Col_SettingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajuste`)
};

export const report_col_settings = /** @type {(inputs: Report_Col_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajustes`)
};

export const report_col_std = /** @type {(inputs: Report_Col_StdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`± desv. est.`)
};

export const report_col_support = /** @type {(inputs: Report_Col_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Soporte`)
};

export const report_col_term = /** @type {(inputs: Report_Col_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Término`)
};

export const report_col_test = /** @type {(inputs: Report_Col_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prueba`)
};

export const report_col_test_lost = /** @type {(inputs: Report_Col_Test_LostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Prueba: pérdida de ${i?.metric}`)
};

export const report_col_total = /** @type {(inputs: Report_Col_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Total`)
};

export const report_col_total_cost = /** @type {(inputs: Report_Col_Total_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coste total`)
};

export const report_col_train_before = /** @type {(inputs: Report_Col_Train_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrenamiento (antes del equilibrado)`)
};

export const report_col_trial = /** @type {(inputs: Report_Col_TrialInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intento`)
};

export const report_col_validation = /** @type {(inputs: Report_Col_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validación`)
};

export const report_col_validation_lost = /** @type {(inputs: Report_Col_Validation_LostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Validación: pérdida de ${i?.metric}`)
};

export const report_col_weight = /** @type {(inputs: Report_Col_WeightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Peso`)
};

export const report_comparable = /** @type {(inputs: Report_ComparableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mismos datos (una sola huella) y mismas filas de prueba: las métricas de prueba son directamente comparables.`)
};

export const report_compare_followed = /** @type {(inputs: Report_Compare_FollowedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Seguida del informe propio de cada ejecución (${i?.letters}).`)
};

export const report_compare_generated = /** @type {(inputs: Report_Compare_GeneratedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Faro ${i?.version}; informe generado el ${i?.time}.`)
};

export const report_compare_metrics_note = /** @type {(inputs: Report_Compare_Metrics_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`★ (en negrita, subrayado): el mejor valor de la fila. Las filas de prueba nunca se vieron en el entrenamiento; las filas de validación eligieron el punto de parada y el umbral.`)
};

export const report_compare_no_leak = /** @type {(inputs: Report_Compare_No_LeakInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ninguna ejecución dio un aviso de fuga del objetivo.`)
};

export const report_compare_provenance_label = /** @type {(inputs: Report_Compare_Provenance_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Procedencia de las ejecuciones comparadas`)
};

export const report_compare_settings_label = /** @type {(inputs: Report_Compare_Settings_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajustes de las ejecuciones comparadas`)
};

export const report_compare_summary_label = /** @type {(inputs: Report_Compare_Summary_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resumen de las ejecuciones comparadas`)
};

export const report_compare_title = /** @type {(inputs: Report_Compare_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comparación de ${i?.count} ejecuciones`)
};

export const report_compare_warnings = /** @type {(inputs: Report_Compare_WarningsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avisos de las ejecuciones (primero, las posibles fugas del objetivo)`)
};

export const report_confusion_corner = /** @type {(inputs: Report_Confusion_CornerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`real ↓ / predicha →`)
};

export const report_confusion_matrix = /** @type {(inputs: Report_Confusion_MatrixInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Matriz de confusión`)
};

export const report_confusion_note = /** @type {(inputs: Report_Confusion_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas: clase real; columnas: clase predicha; bajo cada recuento, su proporción de las filas de la clase real.`)
};

export const report_confusion_of = /** @type {(inputs: Report_Confusion_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Matriz de confusión de ${i?.name}`)
};

export const report_confusion_test = /** @type {(inputs: Report_Confusion_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Matriz de confusión (prueba)`)
};

export const report_cost_fp_fn = /** @type {(inputs: Report_Cost_Fp_FnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Un falso positivo cuesta ${i?.fp}; un falso negativo, ${i?.fn}.`)
};

export const report_cost_of_errors = /** @type {(inputs: Report_Cost_Of_ErrorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coste de los errores`)
};

export const report_cost_test_after = /** @type {(inputs: Report_Cost_Test_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.perRow} por fila; validación, ${i?.validation} por fila).`)
};

export const report_cost_test_before = /** @type {(inputs: Report_Cost_Test_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coste de los errores en la parte de prueba:`)
};

export const report_data_note = /** @type {(inputs: Report_Data_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las partes de validación y prueba nunca se equilibran ni se remuestrean; la receta se ajusta solo con la parte de entrenamiento.`)
};

export const report_dataset_rows = /** @type {(inputs: Report_Dataset_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ${i?.rows} filas`)
};

export const report_dataset_rows_paren = /** @type {(inputs: Report_Dataset_Rows_ParenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.rows} filas)`)
};

export const report_decile_table = /** @type {(inputs: Report_Decile_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tabla de deciles`)
};

export const report_descriptions_value = /** @type {(inputs: Report_Descriptions_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`columna «description» escrita por el descriptor ${i?.describer}${i?.model}, versión del prompt ${i?.version}`)
};

export const report_ended_best = /** @type {(inputs: Report_Ended_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`el mejor intento`)
};

export const report_ended_blend = /** @type {(inputs: Report_Ended_BlendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`una combinación de ${i?.count} intentos`)
};

export const report_err_no_results = /** @type {(inputs: Report_Err_No_ResultsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La ejecución «${i?.name}» no tiene resultados que informar (estado ${i?.status}).`)
};

export const report_err_no_results_hint = /** @type {(inputs: Report_Err_No_Results_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Informa solo de ejecuciones terminadas.`)
};

export const report_err_run_count = /** @type {(inputs: Report_Err_Run_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Un informe abarca de 1 a ${i?.max} ejecuciones, no ${i?.count}.`)
};

export const report_err_run_count_hint = /** @type {(inputs: Report_Err_Run_Count_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Selecciona entre 2 y ${i?.max} ejecuciones terminadas para comparar.`)
};

export const report_every_setting_differs = /** @type {(inputs: Report_Every_Setting_DiffersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todos los ajustes que difieren`)
};

export const report_fact_backend = /** @type {(inputs: Report_Fact_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Backend`)
};

export const report_fact_best_trial = /** @type {(inputs: Report_Fact_Best_TrialInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mejor intento`)
};

export const report_fact_class_balance = /** @type {(inputs: Report_Fact_Class_BalanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Equilibrado de clases`)
};

export const report_fact_dataset = /** @type {(inputs: Report_Fact_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conjunto de datos`)
};

export const report_fact_dataset_fingerprint = /** @type {(inputs: Report_Fact_Dataset_FingerprintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Huella del conjunto de datos`)
};

export const report_fact_descriptions = /** @type {(inputs: Report_Fact_DescriptionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descripciones`)
};

export const report_fact_duration = /** @type {(inputs: Report_Fact_DurationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duración`)
};

export const report_fact_ended_with = /** @type {(inputs: Report_Fact_Ended_WithInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terminó con`)
};

export const report_fact_family = /** @type {(inputs: Report_Fact_FamilyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Familia`)
};

export const report_fact_faro_version = /** @type {(inputs: Report_Fact_Faro_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Versión de Faro`)
};

export const report_fact_features = /** @type {(inputs: Report_Fact_FeaturesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Variables`)
};

export const report_fact_final_fit = /** @type {(inputs: Report_Fact_Final_FitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modelo final`)
};

export const report_fact_fingerprint = /** @type {(inputs: Report_Fact_FingerprintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Huella`)
};

export const report_fact_generated = /** @type {(inputs: Report_Fact_GeneratedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Informe generado`)
};

export const report_fact_id_columns = /** @type {(inputs: Report_Fact_Id_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columnas de id`)
};

export const report_fact_ignored = /** @type {(inputs: Report_Fact_IgnoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columnas ignoradas`)
};

export const report_fact_model = /** @type {(inputs: Report_Fact_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modelo`)
};

export const report_fact_model_inputs = /** @type {(inputs: Report_Fact_Model_InputsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entradas del modelo`)
};

export const report_fact_positive_class = /** @type {(inputs: Report_Fact_Positive_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clase positiva`)
};

export const report_fact_predicts = /** @type {(inputs: Report_Fact_PredictsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predice`)
};

export const report_fact_ranked_by = /** @type {(inputs: Report_Fact_Ranked_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ordenado por`)
};

export const report_fact_rows = /** @type {(inputs: Report_Fact_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas`)
};

export const report_fact_rows_left_out = /** @type {(inputs: Report_Fact_Rows_Left_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas descartadas`)
};

export const report_fact_rows_per_part = /** @type {(inputs: Report_Fact_Rows_Per_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas por parte`)
};

export const report_fact_run = /** @type {(inputs: Report_Fact_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ejecución`)
};

export const report_fact_run_id = /** @type {(inputs: Report_Fact_Run_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id de la ejecución`)
};

export const report_fact_schema = /** @type {(inputs: Report_Fact_SchemaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esquema del registro de ejecución`)
};

export const report_fact_search = /** @type {(inputs: Report_Fact_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Búsqueda`)
};

export const report_fact_seed = /** @type {(inputs: Report_Fact_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Semilla`)
};

export const report_fact_split = /** @type {(inputs: Report_Fact_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`División`)
};

export const report_fact_status = /** @type {(inputs: Report_Fact_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estado`)
};

export const report_fact_strategy = /** @type {(inputs: Report_Fact_StrategyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estrategia`)
};

export const report_fact_target = /** @type {(inputs: Report_Fact_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objetivo`)
};

export const report_fact_threshold = /** @type {(inputs: Report_Fact_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Umbral de decisión`)
};

export const report_fact_threshold_method = /** @type {(inputs: Report_Fact_Threshold_MethodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Método del umbral`)
};

export const report_fact_threshold_rule = /** @type {(inputs: Report_Fact_Threshold_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regla del umbral`)
};

export const report_fact_trained = /** @type {(inputs: Report_Fact_TrainedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrenado`)
};

export const report_fact_training = /** @type {(inputs: Report_Fact_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrenamiento`)
};

export const report_fact_trials = /** @type {(inputs: Report_Fact_TrialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intentos`)
};

export const report_fact_warnings = /** @type {(inputs: Report_Fact_WarningsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avisos`)
};

export const report_features_value = /** @type {(inputs: Report_Features_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.columns} columnas → ${i?.inputs} entradas`)
};

export const report_fingerprint_note = /** @type {(inputs: Report_Fingerprint_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(SHA-256 de los bytes del archivo)`)
};

export const report_footer = /** @type {(inputs: Report_FooterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Generado por Faro ${i?.version} el ${i?.time}, en el navegador: este archivo contiene todo lo que muestra y no carga nada.`)
};

export const report_fraction_positive = /** @type {(inputs: Report_Fraction_PositiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fracción positiva`)
};

export const report_hint_accuracy = /** @type {(inputs: Report_Hint_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proporción de predicciones correctas.`)
};

export const report_hint_balanced_accuracy = /** @type {(inputs: Report_Hint_Balanced_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exhaustividad media de las clases.`)
};

export const report_hint_f1_macro = /** @type {(inputs: Report_Hint_F1_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1 medio de las clases.`)
};

export const report_hint_f1_weighted = /** @type {(inputs: Report_Hint_F1_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1 promediado por el soporte de cada clase.`)
};

export const report_hint_gini = /** @type {(inputs: Report_Hint_GiniInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2 × ROC AUC − 1, como lo expresa el scoring de crédito.`)
};

export const report_hint_kappa = /** @type {(inputs: Report_Hint_KappaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acuerdo más allá del azar.`)
};

export const report_hint_ks = /** @type {(inputs: Report_Hint_KsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolmogórov–Smirnov: la mayor distancia entre las distribuciones de puntuación de las dos clases.`)
};

export const report_hint_lower_better = /** @type {(inputs: Report_Hint_Lower_BetterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cuanto menor, mejor.`)
};

export const report_hint_mcc = /** @type {(inputs: Report_Hint_MccInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Correlación de Matthews; 0 = azar, 1 = perfecto.`)
};

export const report_hint_pr_auc = /** @type {(inputs: Report_Hint_Pr_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resumen de precisión–exhaustividad; sensible a los positivos escasos.`)
};

export const report_hint_roc_auc = /** @type {(inputs: Report_Hint_Roc_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Calidad de la ordenación; 0,5 = azar, 1 = perfecto. Multiclase: macro uno contra el resto.`)
};

export const report_identical_settings = /** @type {(inputs: Report_Identical_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las ejecuciones tienen ajustes idénticos.`)
};

export const report_importance = /** @type {(inputs: Report_ImportanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importancia por permutación`)
};

export const report_importance_accuracy = /** @type {(inputs: Report_Importance_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`exactitud`)
};

export const report_importance_caption = /** @type {(inputs: Report_Importance_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Importancia por permutación en ${i?.rows} filas de prueba: los valores de cada columna se barajan ${i?.repeats} veces y se vuelve a puntuar con el modelo (${i?.metric} ${i?.baseline} sin barajar); las barras muestran la pérdida media y las líneas, ± una desviación estándar. Los niveles one-hot, las columnas derivadas y los términos de texto cuentan para la columna de la que proceden. Cerca de 0 o por debajo: el modelo no usa la columna.`)
};

export const report_importance_compared_label = /** @type {(inputs: Report_Importance_Compared_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importancia de las columnas de las ejecuciones comparadas`)
};

export const report_importance_compared_note = /** @type {(inputs: Report_Importance_Compared_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Puntuación perdida al barajar la columna (importancia por permutación en las filas de prueba de cada ejecución; — donde la ejecución no la tiene)${i?.order}.`)
};

export const report_importance_mixed = /** @type {(inputs: Report_Importance_MixedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las ejecuciones midieron la importancia con puntuaciones distintas (ROC AUC en unas, exactitud en otras): compara los números solo dentro de una misma ejecución. Las columnas se ordenan por su rango medio en las ejecuciones (rango entre paréntesis).`)
};

export const report_importance_order = /** @type {(inputs: Report_Importance_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, primero las más importantes de media`)
};

export const report_importance_test_validation = /** @type {(inputs: Report_Importance_Test_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importancia por permutación, prueba y validación`)
};

export const report_importance_top = /** @type {(inputs: Report_Importance_TopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Las ${i?.top} más importantes de ${i?.count} columnas.`)
};

export const report_importance_validation_heading = /** @type {(inputs: Report_Importance_Validation_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`En la parte de validación (${i?.count} filas)`)
};

export const report_kept_epoch = /** @type {(inputs: Report_Kept_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`la mejor época, cuyos pesos se conservaron`)
};

export const report_kept_iteration = /** @type {(inputs: Report_Kept_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`la mejor iteración: se conservaron los árboles hasta ella`)
};

export const report_kept_solver = /** @type {(inputs: Report_Kept_SolverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`la última iteración del solver`)
};

export const report_key_figures = /** @type {(inputs: Report_Key_FiguresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cifras clave`)
};

export const report_kind_boolean = /** @type {(inputs: Report_Kind_BooleanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`booleana`)
};

export const report_kind_categorical = /** @type {(inputs: Report_Kind_CategoricalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`categórica`)
};

export const report_kind_constant = /** @type {(inputs: Report_Kind_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`constante`)
};

export const report_kind_date = /** @type {(inputs: Report_Kind_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fecha`)
};

export const report_kind_id = /** @type {(inputs: Report_Kind_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`id`)
};

export const report_kind_numeric = /** @type {(inputs: Report_Kind_NumericInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`numérica`)
};

export const report_kind_text = /** @type {(inputs: Report_Kind_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`texto`)
};

export const report_ks_at = /** @type {(inputs: Report_Ks_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mayor distancia entre las distribuciones de puntuación de las dos clases, con una puntuación de ${i?.score}`)
};

export const report_leak_title_one = /** @type {(inputs: Report_Leak_Title_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Posible fuga del objetivo (${i?.count} columna)`)
};

export const report_leak_title_other = /** @type {(inputs: Report_Leak_Title_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Posible fuga del objetivo (${i?.count} columnas)`)
};

export const report_lower_is_better = /** @type {(inputs: Report_Lower_Is_BetterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cuanto menor, mejor`)
};

export const report_metric_accuracy = /** @type {(inputs: Report_Metric_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exactitud`)
};

export const report_metric_balanced_accuracy = /** @type {(inputs: Report_Metric_Balanced_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exactitud equilibrada`)
};

export const report_metric_brier = /** @type {(inputs: Report_Metric_BrierInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Puntuación de Brier`)
};

export const report_metric_f1_weighted = /** @type {(inputs: Report_Metric_F1_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1 (ponderado)`)
};

export const report_metric_kappa = /** @type {(inputs: Report_Metric_KappaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kappa de Cohen`)
};

export const report_metric_log_loss = /** @type {(inputs: Report_Metric_Log_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida logarítmica`)
};

export const report_metric_lost = /** @type {(inputs: Report_Metric_LostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`pérdida de ${i?.metric}`)
};

export const report_metric_pr_auc = /** @type {(inputs: Report_Metric_Pr_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PR AUC (precisión media)`)
};

export const report_metric_precision_macro = /** @type {(inputs: Report_Metric_Precision_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precisión (macro)`)
};

export const report_metric_recall_macro = /** @type {(inputs: Report_Metric_Recall_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exhaustividad (macro)`)
};

export const report_metrics_label = /** @type {(inputs: Report_Metrics_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Métricas`)
};

export const report_metrics_rows_note = /** @type {(inputs: Report_Metrics_Rows_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Prueba: ${i?.test} filas, nunca vistas en el entrenamiento; validación: ${i?.validation} filas.`)
};

export const report_model_inputs_value = /** @type {(inputs: Report_Model_Inputs_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} variables tras la receta (niveles one-hot, indicadores, términos de texto)`)
};

export const report_model_kept = /** @type {(inputs: Report_Model_KeptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`guardado en el navegador (descargable como paquete de modelo)`)
};

export const report_model_not_kept = /** @type {(inputs: Report_Model_Not_KeptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no guardado`)
};

export const report_model_note = /** @type {(inputs: Report_Model_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El modelo se ajustó con la parte de entrenamiento (${i?.share} de las filas usadas); la parte de validación eligió el punto de parada y el umbral; la parte de prueba solo se usó para medir.`)
};

export const report_model_removed = /** @type {(inputs: Report_Model_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`eliminado el ${i?.time} para liberar espacio; se conservan las métricas y las curvas`)
};

export const report_model_search = /** @type {(inputs: Report_Model_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Búsqueda de modelos`)
};

export const report_no_leak = /** @type {(inputs: Report_No_LeakInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin avisos de fuga del objetivo: ninguna variable por sí sola predice el objetivo casi a la perfección en la parte de entrenamiento.`)
};

export const report_no_term = /** @type {(inputs: Report_No_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ningún término empuja hacia esta clase.`)
};

export const report_none = /** @type {(inputs: Report_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ninguna`)
};

export const report_none_masc = /** @type {(inputs: Report_None_MascInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ninguno`)
};

export const report_none_multiclass = /** @type {(inputs: Report_None_MulticlassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ninguna (multiclase)`)
};

export const report_not_measured = /** @type {(inputs: Report_Not_MeasuredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no medida`)
};

export const report_notes = /** @type {(inputs: Report_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notas`)
};

export const report_notes_test = /** @type {(inputs: Report_Notes_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notas sobre las métricas de prueba`)
};

export const report_other_warnings = /** @type {(inputs: Report_Other_WarningsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Otros avisos`)
};

export const report_page_title_compare = /** @type {(inputs: Report_Page_Title_CompareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comparación de ${i?.count} ejecuciones — informe de Faro`)
};

export const report_page_title_run = /** @type {(inputs: Report_Page_Title_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} — informe del modelo de Faro`)
};

export const report_per_class_metrics = /** @type {(inputs: Report_Per_Class_MetricsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Métricas por clase`)
};

export const report_per_class_test = /** @type {(inputs: Report_Per_Class_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Por clase (prueba)`)
};

export const report_positive = /** @type {(inputs: Report_PositiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`positiva`)
};

export const report_positive_minority = /** @type {(inputs: Report_Positive_MinorityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (la clase minoritaria de la parte de entrenamiento)`)
};

export const report_provenance_note = /** @type {(inputs: Report_Provenance_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todo lo que contiene este informe se calculó en el navegador que entrenó la ejecución; el archivo no carga nada de ningún sitio.`)
};

export const report_quoted = /** @type {(inputs: Report_QuotedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.value}»`)
};

export const report_ranked_by_value = /** @type {(inputs: Report_Ranked_By_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric}, validación cruzada de ${i?.k} pliegues en la parte de entrenamiento`)
};

export const report_ranking_compared_note = /** @type {(inputs: Report_Ranking_Compared_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proporción de todos los positivos capturada por este decil y los anteriores (lift acumulado entre paréntesis); la clase positiva y la tabla de deciles completa de cada ejecución están en su propio informe.`)
};

export const report_ranking_note = /** @type {(inputs: Report_Ranking_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Filas ordenadas por la puntuación de «${i?.positive}», de mayor a menor, en diez grupos del mismo tamaño (las puntuaciones empatadas mantienen el orden de los datos). Capturado: proporción de todas las filas «${i?.positive}» en este decil y los anteriores; lift: la tasa del decil sobre la tasa global.`)
};

export const report_recipe = /** @type {(inputs: Report_RecipeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Receta`)
};

export const report_recipe_block = /** @type {(inputs: Report_Recipe_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Receta (ajustada solo con la parte de entrenamiento)`)
};

export const report_recipe_categorical = /** @type {(inputs: Report_Recipe_CategoricalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`faltantes → ${i?.impute}; ${i?.encoding}`)
};

export const report_recipe_constant = /** @type {(inputs: Report_Recipe_ConstantInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`constante ${i?.value}`)
};

export const report_recipe_date_diff = /** @type {(inputs: Report_Recipe_Date_DiffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Diferencia de fechas: ${i?.name}`)
};

export const report_recipe_date_parts = /** @type {(inputs: Report_Recipe_Date_PartsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`partes: ${i?.parts}`)
};

export const report_recipe_days = /** @type {(inputs: Report_Recipe_DaysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`días de ${i?.from} a ${i?.to}`)
};

export const report_recipe_derived = /** @type {(inputs: Report_Recipe_DerivedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Derivada: ${i?.name}`)
};

export const report_recipe_every_term = /** @type {(inputs: Report_Recipe_Every_TermInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`todos los términos`)
};

export const report_recipe_extra_row = /** @type {(inputs: Report_Recipe_Extra_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Receta: ajustes de columna, derivadas`)
};

export const report_recipe_kind_categorical = /** @type {(inputs: Report_Recipe_Kind_CategoricalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Categórica`)
};

export const report_recipe_kind_date = /** @type {(inputs: Report_Recipe_Kind_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fecha`)
};

export const report_recipe_kind_numeric = /** @type {(inputs: Report_Recipe_Kind_NumericInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Numérica`)
};

export const report_recipe_kind_text = /** @type {(inputs: Report_Recipe_Kind_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Texto`)
};

export const report_recipe_log1p = /** @type {(inputs: Report_Recipe_Log1pInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`; antes, log(1 + x)`)
};

export const report_recipe_max_terms = /** @type {(inputs: Report_Recipe_Max_TermsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`como máximo ${i?.count} términos`)
};

export const report_recipe_most_frequent = /** @type {(inputs: Report_Recipe_Most_FrequentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`el nivel más frecuente`)
};

export const report_recipe_no_parts = /** @type {(inputs: Report_Recipe_No_PartsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin partes`)
};

export const report_recipe_numeric = /** @type {(inputs: Report_Recipe_NumericInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`faltantes → ${i?.impute}; indicador de faltante ${i?.indicator}; escalado ${i?.scale}${i?.log}`)
};

export const report_recipe_onehot = /** @type {(inputs: Report_Recipe_OnehotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`one-hot de los ${i?.max} niveles de entrenamiento más frecuentes, el resto «(other)»`)
};

export const report_recipe_ordinal = /** @type {(inputs: Report_Recipe_OrdinalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ordinal (el índice del nivel)`)
};

export const report_recipe_override = /** @type {(inputs: Report_Recipe_OverrideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ajuste de columna: ${i?.column}`)
};

export const report_recipe_own_level = /** @type {(inputs: Report_Recipe_Own_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`el nivel «${i?.level}»`)
};

export const report_recipe_row = /** @type {(inputs: Report_Recipe_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Receta: ${i?.kind}`)
};

export const report_recipe_sublinear = /** @type {(inputs: Report_Recipe_SublinearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, tf sublineal`)
};

export const report_recipe_text = /** @type {(inputs: Report_Recipe_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TF-IDF de n-gramas de ${i?.min}–${i?.max} palabras, ${i?.terms}, palabras vacías ${i?.stopWords}${i?.sublinear}, norma ${i?.norm}`)
};

export const report_rows_added = /** @type {(inputs: Report_Rows_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} filas añadidas (sintéticas o duplicadas).`)
};

export const report_rows_no_target = /** @type {(inputs: Report_Rows_No_TargetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} filas sin valor del objetivo`)
};

export const report_rows_parts = /** @type {(inputs: Report_Rows_PartsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.train} filas de entrenamiento · ${i?.validation} de validación · ${i?.test} de prueba`)
};

export const report_rows_per_class = /** @type {(inputs: Report_Rows_Per_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas por clase`)
};

export const report_rule_cost = /** @type {(inputs: Report_Rule_CostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`menor coste de errores en la parte de validación (falso positivo ${i?.fp}, falso negativo ${i?.fn})`)
};

export const report_rule_fixed = /** @type {(inputs: Report_Rule_FixedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fijo en ${i?.value}`)
};

export const report_rule_maximise = /** @type {(inputs: Report_Rule_MaximiseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`maximizar ${i?.metric} en la parte de validación`)
};

export const report_rule_none = /** @type {(inputs: Report_Rule_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ninguna (multiclase: probabilidad más alta)`)
};

export const report_run_heading = /** @type {(inputs: Report_Run_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ejecución ${i?.letter}: ${i?.name}`)
};

export const report_search_value = /** @type {(inputs: Report_Search_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.strategy}, ${i?.count} intentos`)
};

export const report_section_confusion = /** @type {(inputs: Report_Section_ConfusionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Matrices de confusión (prueba)`)
};

export const report_section_curves = /** @type {(inputs: Report_Section_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curvas (parte de prueba)`)
};

export const report_section_curves_compared = /** @type {(inputs: Report_Section_Curves_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curvas (parte de prueba), superpuestas`)
};

export const report_section_data = /** @type {(inputs: Report_Section_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Datos`)
};

export const report_section_importance = /** @type {(inputs: Report_Section_ImportanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En qué columnas se apoya el modelo`)
};

export const report_section_importance_compared = /** @type {(inputs: Report_Section_Importance_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importancia de las columnas`)
};

export const report_section_metrics = /** @type {(inputs: Report_Section_MetricsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Métricas de validación y prueba`)
};

export const report_section_model = /** @type {(inputs: Report_Section_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modelo y ajustes`)
};

export const report_section_provenance = /** @type {(inputs: Report_Section_ProvenanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Procedencia`)
};

export const report_section_ranking = /** @type {(inputs: Report_Section_RankingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ordenación de «${i?.positive}» en la parte de prueba`)
};

export const report_section_ranking_compared = /** @type {(inputs: Report_Section_Ranking_ComparedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ordenación en la parte de prueba`)
};

export const report_section_summary = /** @type {(inputs: Report_Section_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resumen`)
};

export const report_section_terms = /** @type {(inputs: Report_Section_TermsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Términos que más pesan en cada clase`)
};

export const report_section_threshold = /** @type {(inputs: Report_Section_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Umbral y costes`)
};

export const report_series_calibration = /** @type {(inputs: Report_Series_CalibrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`calibración`)
};

export const report_series_cost = /** @type {(inputs: Report_Series_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`coste`)
};

export const report_series_cum_lift = /** @type {(inputs: Report_Series_Cum_LiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lift acumulado`)
};

export const report_series_gains = /** @type {(inputs: Report_Series_GainsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ganancias`)
};

export const report_series_others = /** @type {(inputs: Report_Series_OthersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`resto`)
};

export const report_series_precision = /** @type {(inputs: Report_Series_PrecisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`precisión`)
};

export const report_series_recall = /** @type {(inputs: Report_Series_RecallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`exhaustividad`)
};

export const report_series_train = /** @type {(inputs: Report_Series_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`entrenamiento`)
};

export const report_series_validation = /** @type {(inputs: Report_Series_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`validación`)
};

export const report_settings_differ = /** @type {(inputs: Report_Settings_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajustes que difieren`)
};

export const report_shaded_note = /** @type {(inputs: Report_Shaded_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las filas sombreadas difieren entre las ejecuciones.`)
};

export const report_split_value = /** @type {(inputs: Report_Split_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.split}, estratificada, semilla ${i?.seed}`)
};

export const report_status_cancelled = /** @type {(inputs: Report_Status_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cancelada`)
};

export const report_status_done = /** @type {(inputs: Report_Status_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`terminada`)
};

export const report_status_failed = /** @type {(inputs: Report_Status_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fallida`)
};

export const report_status_interrupted = /** @type {(inputs: Report_Status_InterruptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`interrumpida`)
};

export const report_status_running = /** @type {(inputs: Report_Status_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en curso`)
};

export const report_steps_boosting = /** @type {(inputs: Report_Steps_BoostingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} iteraciones de boosting`)
};

export const report_steps_epoch = /** @type {(inputs: Report_Steps_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mejor época ${i?.best} de ${i?.count}`)
};

export const report_steps_solver = /** @type {(inputs: Report_Steps_SolverInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`resuelto en ${i?.count} iteraciones`)
};

export const report_stopped_early = /** @type {(inputs: Report_Stopped_EarlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`parada temprana`)
};

export const report_subtitle_details = /** @type {(inputs: Report_Subtitle_DetailsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· conjunto de datos ${i?.dataset} · entrenado el ${i?.time} · Faro ${i?.version}`)
};

export const report_terms_gradient = /** @type {(inputs: Report_Terms_GradientInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gradiente × entrada: cuánto eleva cada término la probabilidad de su propia clase, promediado sobre las filas de prueba de esa clase.`)
};

export const report_terms_logistic = /** @type {(inputs: Report_Terms_LogisticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Peso del modelo de cada término para la clase, relativo a las demás clases.`)
};

export const report_terms_of = /** @type {(inputs: Report_Terms_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Términos de ${i?.label}`)
};

export const report_test_metric = /** @type {(inputs: Report_Test_MetricInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} de prueba`)
};

export const report_test_metric_col = /** @type {(inputs: Report_Test_Metric_ColInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Métrica de prueba`)
};

export const report_threshold_argmax = /** @type {(inputs: Report_Threshold_ArgmaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ninguno (argmax)`)
};

export const report_threshold_cost = /** @type {(inputs: Report_Threshold_CostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`elegido en la parte de validación por el menor coste de errores: un falso positivo cuesta ${i?.fp}; un falso negativo, ${i?.fn}`)
};

export const report_threshold_cost_suffix = /** @type {(inputs: Report_Threshold_Cost_SuffixInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`; coste de los errores ${i?.total} (${i?.perRow} por fila)`)
};

export const report_threshold_fixed = /** @type {(inputs: Report_Threshold_FixedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fijo`)
};

export const report_threshold_label = /** @type {(inputs: Report_Threshold_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Umbral`)
};

export const report_threshold_maximise = /** @type {(inputs: Report_Threshold_MaximiseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`elegido en la parte de validación para maximizar ${i?.metric}`)
};

export const report_threshold_method = /** @type {(inputs: Report_Threshold_MethodInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(método: ${i?.method}).`)
};

export const report_threshold_none = /** @type {(inputs: Report_Threshold_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ninguno: se predice la clase con la probabilidad más alta`)
};

export const report_threshold_on = /** @type {(inputs: Report_Threshold_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Umbral sobre p(${i?.positive})`)
};

export const report_threshold_rule_note = /** @type {(inputs: Report_Threshold_Rule_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Las filas con p(${i?.positive}) ≥ ${i?.threshold} se predicen como «${i?.positive}»; las métricas de prueba y validación usan este umbral.`)
};

export const report_threshold_sweep_note = /** @type {(inputs: Report_Threshold_Sweep_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Las filas con p(${i?.positive}) igual o superior al umbral se predicen como «${i?.positive}»; el barrido se mide en la parte de validación en la que se eligió el umbral.`)
};

export const report_title_run = /** @type {(inputs: Report_Title_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Informe del modelo: ${i?.name}`)
};

export const report_training_curve = /** @type {(inputs: Report_Training_CurveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curva de entrenamiento`)
};

export const report_training_part_only = /** @type {(inputs: Report_Training_Part_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.method} (solo en la parte de entrenamiento).`)
};

export const report_trials_value = /** @type {(inputs: Report_Trials_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} (${i?.done} terminados)`)
};

export const report_validation_metric_col = /** @type {(inputs: Report_Validation_Metric_ColInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Métrica de validación`)
};

export const route_compare_missing = /** @type {(inputs: Route_Compare_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Algunas ejecuciones de esta comparación no están guardadas en este navegador (puede que se hayan eliminado): se muestra la lista de ejecuciones.`)
};

export const route_compare_some_missing = /** @type {(inputs: Route_Compare_Some_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} de las ejecuciones de esta comparación ya no están guardadas: se comparan las demás.`)
};

export const route_dataset_missing = /** @type {(inputs: Route_Dataset_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El conjunto de datos de este enlace no está guardado en este navegador (puede que se haya eliminado): se muestran tus conjuntos de datos.`)
};

export const route_no_screen = /** @type {(inputs: Route_No_ScreenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No hay ninguna pantalla en «${i?.hash}»: se muestra la pantalla Datos.`)
};

export const route_run_missing = /** @type {(inputs: Route_Run_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La ejecución de este enlace no está guardada en este navegador (puede que se haya eliminado): se muestra la lista de ejecuciones.`)
};

export const route_run_unfinished = /** @type {(inputs: Route_Run_UnfinishedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La ejecución «${i?.name}» no tiene resultados que mostrar (${i?.status}): se muestra la lista de ejecuciones.`)
};

export const runs_actions = /** @type {(inputs: Runs_ActionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acciones`)
};

export const runs_after = /** @type {(inputs: Runs_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`después`)
};

export const runs_all_columns = /** @type {(inputs: Runs_All_ColumnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Las ${i?.count} columnas`)
};

export const runs_all_datasets = /** @type {(inputs: Runs_All_DatasetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`todos los conjuntos de datos`)
};

export const runs_back_to_threshold = /** @type {(inputs: Runs_Back_To_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Volver al umbral de la ejecución`)
};

export const runs_backend = /** @type {(inputs: Runs_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`backend:`)
};

export const runs_balance_caption_one = /** @type {(inputs: Runs_Balance_Caption_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caption}: ${i?.count} fila sintética añadida; ${i?.before} → ${i?.after} filas de entrenamiento.`)
};

export const runs_balance_caption_other = /** @type {(inputs: Runs_Balance_Caption_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caption}: ${i?.count} filas sintéticas añadidas; ${i?.before} → ${i?.after} filas de entrenamiento.`)
};

export const runs_balance_chart_label = /** @type {(inputs: Runs_Balance_Chart_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Filas de entrenamiento por clase antes y después del equilibrado: ${i?.counts}`)
};

export const runs_balance_down = /** @type {(inputs: Runs_Balance_DownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cada clase bajada a la minoritaria`)
};

export const runs_balance_heading = /** @type {(inputs: Runs_Balance_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Equilibrado de clases: ${i?.method}`)
};

export const runs_balance_label = /** @type {(inputs: Runs_Balance_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Equilibrado de clases`)
};

export const runs_balance_name_none = /** @type {(inputs: Runs_Balance_Name_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ninguno`)
};

export const runs_balance_name_over = /** @type {(inputs: Runs_Balance_Name_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sobremuestreo aleatorio`)
};

export const runs_balance_name_under = /** @type {(inputs: Runs_Balance_Name_UnderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`submuestreo aleatorio`)
};

export const runs_balance_name_weights = /** @type {(inputs: Runs_Balance_Name_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pesos de clase ("balanced")`)
};

export const runs_balance_note_k_reduced = /** @type {(inputs: Runs_Balance_Note_K_ReducedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La clase ${i?.index} tiene ${i?.rows} filas, así que ${i?.name} se redujo de ${i?.k} a ${i?.reduced}.`)
};

export const runs_balance_note_no_borderline = /** @type {(inputs: Runs_Balance_Note_No_BorderlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La clase ${i?.index} no tiene filas fronterizas, así que Borderline-SMOTE no añadió ninguna.`)
};

export const runs_balance_note_one_hot = /** @type {(inputs: Runs_Balance_Note_One_HotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.method} también interpoló las columnas one-hot de categorías, así que las filas sintéticas pueden tener valores de categoría fraccionarios; SMOTE-NC mantiene las categorías enteras.`)
};

export const runs_balance_ratio_value = /** @type {(inputs: Runs_Balance_Ratio_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`razón minoritaria / mayoritaria ${i?.ratio}`)
};

export const runs_balance_training_only = /** @type {(inputs: Runs_Balance_Training_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.balance} (solo la parte de entrenamiento)`)
};

export const runs_balance_up = /** @type {(inputs: Runs_Balance_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cada clase subida a la mayoritaria`)
};

export const runs_before = /** @type {(inputs: Runs_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`antes`)
};

export const runs_best_epoch = /** @type {(inputs: Runs_Best_EpochInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mejor época ${i?.epoch}`)
};

export const runs_best_value = /** @type {(inputs: Runs_Best_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value}, el mejor`)
};

export const runs_blend_balance_caption = /** @type {(inputs: Runs_Blend_Balance_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Equilibrado de clases del modelo con más peso de la combinación (intento n.º ${i?.trial}); cada miembro se equilibró como eligió su intento.`)
};

export const runs_blend_curve_caption = /** @type {(inputs: Runs_Blend_Curve_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Curva de entrenamiento del modelo con más peso de la combinación (intento n.º ${i?.trial}).`)
};

export const runs_blend_listed = /** @type {(inputs: Runs_Blend_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(detallada en «Ajustes y receta usados»)`)
};

export const runs_blend_member = /** @type {(inputs: Runs_Blend_MemberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.weight} — intento n.º ${i?.trial}: ${i?.model}`)
};

export const runs_blend_members = /** @type {(inputs: Runs_Blend_MembersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Combinación de ${i?.count} modelos (sus probabilidades se promedian con estos pesos; la receta de abajo es la del primero):`)
};

export const runs_blend_of = /** @type {(inputs: Runs_Blend_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`combinación de ${i?.count} modelos`)
};

export const runs_boosting_iterations = /** @type {(inputs: Runs_Boosting_IterationsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} iteraciones de boosting`)
};

export const runs_calibration_caption = /** @type {(inputs: Runs_Calibration_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Calibración (10 intervalos)`)
};

export const runs_calibration_label = /** @type {(inputs: Runs_Calibration_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curva de calibración`)
};

export const runs_captured = /** @type {(inputs: Runs_CapturedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Capturado`)
};

export const runs_captured_title = /** @type {(inputs: Runs_Captured_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Proporción de todas las filas «${i?.label}» en este decil y los anteriores`)
};

export const runs_class = /** @type {(inputs: Runs_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clase`)
};

export const runs_class_balance = /** @type {(inputs: Runs_Class_BalanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Equilibrado de clases`)
};

export const runs_class_weights_note = /** @type {(inputs: Runs_Class_Weights_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Filas de entrenamiento por clase: ${i?.counts}; la pérdida de cada fila se pondera por n / (clases × tamaño de la clase).`)
};

export const runs_close = /** @type {(inputs: Runs_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cerrar`)
};

export const runs_col_accuracy = /** @type {(inputs: Runs_Col_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exactitud`)
};

export const runs_col_created = /** @type {(inputs: Runs_Col_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Creada`)
};

export const runs_col_dataset = /** @type {(inputs: Runs_Col_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conjunto de datos`)
};

export const runs_col_log_loss = /** @type {(inputs: Runs_Col_Log_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida logarítmica`)
};

export const runs_col_model_title = /** @type {(inputs: Runs_Col_Model_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Espacio que ocupa su modelo (lo que libera «Eliminar modelo» en la ejecución)`)
};

export const runs_col_name = /** @type {(inputs: Runs_Col_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nombre`)
};

export const runs_col_status = /** @type {(inputs: Runs_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estado`)
};

export const runs_column = /** @type {(inputs: Runs_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columna`)
};

export const runs_compare = /** @type {(inputs: Runs_CompareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comparar`)
};

export const runs_compare_different_data = /** @type {(inputs: Runs_Compare_Different_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`⚠ Estas ejecuciones se entrenaron con datos distintos (las huellas de los conjuntos de datos difieren): sus métricas no son directamente comparables.`)
};

export const runs_compare_different_test_rows = /** @type {(inputs: Runs_Compare_Different_Test_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`⚠ Estas ejecuciones se evaluaron con filas de prueba distintas (otra semilla u otra división): las diferencias pueden ser ruido.`)
};

export const runs_compare_importance_caption = /** @type {(inputs: Runs_Compare_Importance_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Puntuación perdida al barajar la columna (importancia por permutación en las filas de prueba de cada ejecución; — donde la ejecución no la tiene).`)
};

export const runs_compare_importance_caption_ranked = /** @type {(inputs: Runs_Compare_Importance_Caption_RankedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Puntuación perdida al barajar la columna (importancia por permutación en las filas de prueba de cada ejecución; — donde la ejecución no la tiene), de más a menos importante en promedio.`)
};

export const runs_compare_importance_label = /** @type {(inputs: Runs_Compare_Importance_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importancia de las columnas de las ejecuciones comparadas`)
};

export const runs_compare_label = /** @type {(inputs: Runs_Compare_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comparar ejecuciones`)
};

export const runs_compare_metrics_label = /** @type {(inputs: Runs_Compare_Metrics_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Métricas de las ejecuciones comparadas`)
};

export const runs_compare_none = /** @type {(inputs: Runs_Compare_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(ninguno)`)
};

export const runs_compare_report_title = /** @type {(inputs: Runs_Compare_Report_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un solo archivo HTML con estas ejecuciones lado a lado y después el informe de cada una; no carga nada de ningún sitio`)
};

export const runs_compare_title = /** @type {(inputs: Runs_Compare_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Marca de 2 a 6 ejecuciones terminadas para compararlas lado a lado`)
};

export const runs_comparing = /** @type {(inputs: Runs_ComparingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comparando ${i?.count} ejecuciones`)
};

export const runs_confusion = /** @type {(inputs: Runs_ConfusionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Matriz de confusión`)
};

export const runs_confusion_corner = /** @type {(inputs: Runs_Confusion_CornerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`real ↓ / predicha →`)
};

export const runs_confusion_counts = /** @type {(inputs: Runs_Confusion_CountsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`VP · FP · FN · VN`)
};

export const runs_cost_axis = /** @type {(inputs: Runs_Cost_AxisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coste de los errores por fila`)
};

export const runs_cost_chart = /** @type {(inputs: Runs_Cost_ChartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coste de los errores según el umbral`)
};

export const runs_cost_per_row = /** @type {(inputs: Runs_Cost_Per_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.perRow} por fila; validación: ${i?.validation} por fila).`)
};

export const runs_cost_per_row_col = /** @type {(inputs: Runs_Cost_Per_Row_ColInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coste por fila`)
};

export const runs_cost_test = /** @type {(inputs: Runs_Cost_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coste de los errores en la parte de prueba:`)
};

export const runs_cum_lift = /** @type {(inputs: Runs_Cum_LiftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lift acum.`)
};

export const runs_cum_lift_title = /** @type {(inputs: Runs_Cum_Lift_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La tasa de este decil y los anteriores sobre la tasa global`)
};

export const runs_decile = /** @type {(inputs: Runs_DecileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decil`)
};

export const runs_decile_axis = /** @type {(inputs: Runs_Decile_AxisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decil (puntuaciones más altas primero)`)
};

export const runs_decile_table = /** @type {(inputs: Runs_Decile_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tabla de deciles`)
};

export const runs_deciles_caption = /** @type {(inputs: Runs_Deciles_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Filas ordenadas por la puntuación de «${i?.label}», de mayor a menor, en diez grupos de igual tamaño (los empates conservan el orden de los datos).`)
};

export const runs_deciles_label = /** @type {(inputs: Runs_Deciles_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deciles de puntuación`)
};

export const runs_delete_confirm = /** @type {(inputs: Runs_Delete_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`¿Eliminar la ejecución «${i?.name}»?`)
};

export const runs_delete_run = /** @type {(inputs: Runs_Delete_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Eliminar ejecución ${i?.name}`)
};

export const runs_download_model = /** @type {(inputs: Runs_Download_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descargar modelo`)
};

export const runs_download_model_title = /** @type {(inputs: Runs_Download_Model_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un solo archivo JSON: la receta ajustada, el modelo, las etiquetas, el umbral y las métricas`)
};

export const runs_download_report = /** @type {(inputs: Runs_Download_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descargar informe`)
};

export const runs_download_report_title = /** @type {(inputs: Runs_Download_Report_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un solo archivo HTML para leer, imprimir o archivar: datos, ajustes, métricas, curvas, deciles, importancia, avisos y procedencia; no carga nada de ningún sitio`)
};

export const runs_dropped_missing_target = /** @type {(inputs: Runs_Dropped_Missing_TargetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se dejaron fuera ${i?.count} filas sin valor objetivo.`)
};

export const runs_empty = /** @type {(inputs: Runs_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aún no hay ejecuciones. Entrena un modelo en la pantalla Entrenar; cada ejecución se guarda aquí, en este navegador.`)
};

export const runs_epoch_trees_iteration = /** @type {(inputs: Runs_Epoch_Trees_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Época (árboles: iteración)`)
};

export const runs_export_selected = /** @type {(inputs: Runs_Export_SelectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exportar seleccionadas`)
};

export const runs_features = /** @type {(inputs: Runs_FeaturesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} variables`)
};

export const runs_features_first_model = /** @type {(inputs: Runs_Features_First_ModelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} variables (primer modelo)`)
};

export const runs_features_heading = /** @type {(inputs: Runs_Features_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Variables`)
};

export const runs_filter_dataset = /** @type {(inputs: Runs_Filter_DatasetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filtrar por conjunto de datos`)
};

export const runs_final_fit_epochs = /** @type {(inputs: Runs_Final_Fit_EpochsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El modelo final se volvió a ajustar con ${i?.rows} filas de entrenamiento + validación durante ${i?.count} épocas; las métricas de validación y el umbral vienen del modelo ajustado con las filas de entrenamiento.`)
};

export const runs_final_fit_iterations = /** @type {(inputs: Runs_Final_Fit_IterationsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El modelo final se volvió a ajustar con ${i?.rows} filas de entrenamiento + validación (${i?.count} iteraciones); las métricas de validación y el umbral vienen del modelo ajustado con las filas de entrenamiento.`)
};

export const runs_flagged = /** @type {(inputs: Runs_FlaggedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Marcadas`)
};

export const runs_fpr = /** @type {(inputs: Runs_FprInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tasa de falsos positivos`)
};

export const runs_fraction_positive = /** @type {(inputs: Runs_Fraction_PositiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fracción positiva`)
};

export const runs_gain_share = /** @type {(inputs: Runs_Gain_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Parte de la ganancia`)
};

export const runs_gain_total = /** @type {(inputs: Runs_Gain_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ganancia total`)
};

export const runs_gains_label = /** @type {(inputs: Runs_Gains_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ganancia acumulada de «${i?.label}» (la columna Capturado de la tabla)`)
};

export const runs_hint_accuracy = /** @type {(inputs: Runs_Hint_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proporción de predicciones correctas.`)
};

export const runs_hint_balanced_accuracy = /** @type {(inputs: Runs_Hint_Balanced_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exhaustividad media de las clases.`)
};

export const runs_hint_f1_macro = /** @type {(inputs: Runs_Hint_F1_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1 medio de las clases.`)
};

export const runs_hint_f1_weighted = /** @type {(inputs: Runs_Hint_F1_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1 promediado según el soporte de cada clase.`)
};

export const runs_hint_gini = /** @type {(inputs: Runs_Hint_GiniInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2 × ROC AUC − 1, como lo expresa el scoring de crédito.`)
};

export const runs_hint_kappa = /** @type {(inputs: Runs_Hint_KappaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acuerdo más allá del azar.`)
};

export const runs_hint_ks = /** @type {(inputs: Runs_Hint_KsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolmogórov–Smirnov: la mayor distancia entre las distribuciones de puntuación de las dos clases.`)
};

export const runs_hint_lower_better = /** @type {(inputs: Runs_Hint_Lower_BetterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cuanto menor, mejor.`)
};

export const runs_hint_mcc = /** @type {(inputs: Runs_Hint_MccInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Correlación de Matthews; 0 = azar, 1 = perfecta.`)
};

export const runs_hint_pr_auc = /** @type {(inputs: Runs_Hint_Pr_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resumen de precisión–exhaustividad; sensible a positivos escasos.`)
};

export const runs_hint_roc_auc = /** @type {(inputs: Runs_Hint_Roc_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Calidad de la ordenación; 0,5 = azar, 1 = perfecta. Multiclase: macro uno contra el resto.`)
};

export const runs_import = /** @type {(inputs: Runs_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importar ejecuciones…`)
};

export const runs_import_label = /** @type {(inputs: Runs_Import_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importar ejecuciones`)
};

export const runs_import_title = /** @type {(inputs: Runs_Import_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Añade ejecuciones desde un archivo exportado por Faro`)
};

export const runs_importance_caption_rest = /** @type {(inputs: Runs_Importance_Caption_RestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los niveles one-hot, las columnas derivadas y los términos de texto cuentan para la columna de la que proceden. Cerca de 0 o por debajo: el modelo no usa la columna.`)
};

export const runs_importance_caption_test = /** @type {(inputs: Runs_Importance_Caption_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Importancia por permutación en ${i?.rows} filas de prueba: los valores de cada columna se barajan ${i?.repeats} veces y el modelo se puntúa de nuevo (${i?.metric} ${i?.baseline} sin barajar); las barras muestran la pérdida media y las líneas ± una desviación típica.`)
};

export const runs_importance_caption_validation = /** @type {(inputs: Runs_Importance_Caption_ValidationInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Importancia por permutación en ${i?.rows} filas de validación: los valores de cada columna se barajan ${i?.repeats} veces y el modelo se puntúa de nuevo (${i?.metric} ${i?.baseline} sin barajar); las barras muestran la pérdida media y las líneas ± una desviación típica.`)
};

export const runs_importance_chart = /** @type {(inputs: Runs_Importance_ChartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importancia por permutación de cada columna`)
};

export const runs_importance_heading = /** @type {(inputs: Runs_Importance_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En qué columnas se apoya el modelo`)
};

export const runs_importance_label = /** @type {(inputs: Runs_Importance_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importancia de las columnas`)
};

export const runs_importance_mixed = /** @type {(inputs: Runs_Importance_MixedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`⚠ Estas ejecuciones midieron la importancia con puntuaciones distintas (ROC AUC en unas, exactitud en otras): compara los números solo dentro de una ejecución. Las columnas se ordenan por su puesto medio en las ejecuciones (puesto entre paréntesis), no promediando los números.`)
};

export const runs_importance_part = /** @type {(inputs: Runs_Importance_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas en las que se mide la importancia`)
};

export const runs_importance_table = /** @type {(inputs: Runs_Importance_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importancia por permutación`)
};

export const runs_imported_one = /** @type {(inputs: Runs_Imported_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se importó ${i?.count} ejecución de ${i?.file}.`)
};

export const runs_imported_one_skipped = /** @type {(inputs: Runs_Imported_One_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se importó ${i?.count} ejecución de ${i?.file} (ya había ${i?.skipped}).`)
};

export const runs_imported_other = /** @type {(inputs: Runs_Imported_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se importaron ${i?.count} ejecuciones de ${i?.file}.`)
};

export const runs_imported_other_skipped = /** @type {(inputs: Runs_Imported_Other_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se importaron ${i?.count} ejecuciones de ${i?.file} (ya había ${i?.skipped}).`)
};

export const runs_ks_at = /** @type {(inputs: Runs_Ks_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(mayor distancia entre las distribuciones de puntuación de las dos clases, en una puntuación de ${i?.score})`)
};

export const runs_ks_label = /** @type {(inputs: Runs_Ks_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gráfico KS: la mayor distancia entre las dos clases es ${i?.ks}`)
};

export const runs_legend_precision = /** @type {(inputs: Runs_Legend_PrecisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`precisión`)
};

export const runs_legend_recall = /** @type {(inputs: Runs_Legend_RecallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`exhaustividad`)
};

export const runs_legend_train = /** @type {(inputs: Runs_Legend_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`entrenamiento`)
};

export const runs_legend_validation = /** @type {(inputs: Runs_Legend_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`validación`)
};

export const runs_lift_label = /** @type {(inputs: Runs_Lift_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lift por decil (las columnas Lift y Lift acum. de la tabla)`)
};

export const runs_lift_title = /** @type {(inputs: Runs_Lift_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La tasa del decil sobre la tasa global`)
};

export const runs_loss_axis = /** @type {(inputs: Runs_Loss_AxisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida (entropía cruzada)`)
};

export const runs_loss_caption_epoch = /** @type {(inputs: Runs_Loss_Caption_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida por época.`)
};

export const runs_loss_caption_epoch_best = /** @type {(inputs: Runs_Loss_Caption_Epoch_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pérdida por época; línea discontinua: mejor época (${i?.best}), cuyos pesos se conservaron.`)
};

export const runs_loss_caption_iteration = /** @type {(inputs: Runs_Loss_Caption_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida por iteración.`)
};

export const runs_loss_caption_iteration_best = /** @type {(inputs: Runs_Loss_Caption_Iteration_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pérdida por iteración; línea discontinua: mejor iteración (${i?.best}), se conservaron los árboles hasta ella.`)
};

export const runs_loss_caption_solver_best = /** @type {(inputs: Runs_Loss_Caption_Solver_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pérdida por iteración; línea discontinua: última iteración del solver (${i?.best}), sus pesos son el modelo.`)
};

export const runs_loss_curves = /** @type {(inputs: Runs_Loss_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida de validación por época (por iteración en los árboles)`)
};

export const runs_loss_curves_label = /** @type {(inputs: Runs_Loss_Curves_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida de validación de las ejecuciones comparadas`)
};

export const runs_loss_label_epoch = /** @type {(inputs: Runs_Loss_Label_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida de entrenamiento y validación por época`)
};

export const runs_loss_label_iteration = /** @type {(inputs: Runs_Loss_Label_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida de entrenamiento y validación por iteración`)
};

export const runs_lost_when_shuffled = /** @type {(inputs: Runs_Lost_When_ShuffledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} perdida al barajar la columna`)
};

export const runs_lower_is_better = /** @type {(inputs: Runs_Lower_Is_BetterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(cuanto menor, mejor)`)
};

export const runs_mean_predicted = /** @type {(inputs: Runs_Mean_PredictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Probabilidad media predicha`)
};

export const runs_metric = /** @type {(inputs: Runs_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Métrica`)
};

export const runs_metric_accuracy = /** @type {(inputs: Runs_Metric_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`exactitud`)
};

export const runs_metric_balanced_accuracy = /** @type {(inputs: Runs_Metric_Balanced_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exactitud equilibrada`)
};

export const runs_metric_brier = /** @type {(inputs: Runs_Metric_BrierInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Puntuación de Brier`)
};

export const runs_metric_f1_weighted = /** @type {(inputs: Runs_Metric_F1_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1 (ponderado)`)
};

export const runs_metric_kappa = /** @type {(inputs: Runs_Metric_KappaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kappa de Cohen`)
};

export const runs_metric_lost = /** @type {(inputs: Runs_Metric_LostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} perdida`)
};

export const runs_metric_note_ap_zero = /** @type {(inputs: Runs_Metric_Note_Ap_ZeroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La precisión media es 0: ninguna fila evaluada es «${i?.label}».`)
};

export const runs_metric_note_kappa = /** @type {(inputs: Runs_Metric_Note_KappaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La kappa de Cohen no está definida: hay una sola clase, en ambos lados.`)
};

export const runs_metric_note_never_predicted = /** @type {(inputs: Runs_Metric_Note_Never_PredictedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La clase «${i?.label}» nunca se predice: su precisión se fija en 0.`)
};

export const runs_metric_note_roc_class_undefined = /** @type {(inputs: Runs_Metric_Note_Roc_Class_UndefinedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ROC AUC no está definido: la clase ${i?.names} no tiene ninguna fila evaluada, o las tiene todas (su precisión media cuenta como 0 o 1).`)
};

export const runs_metric_note_roc_one_class = /** @type {(inputs: Runs_Metric_Note_Roc_One_ClassInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El ROC AUC no está definido: todas las filas evaluadas son «${i?.label}».`)
};

export const runs_metric_pr_auc = /** @type {(inputs: Runs_Metric_Pr_AucInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PR AUC (precisión media)`)
};

export const runs_metric_precision_macro = /** @type {(inputs: Runs_Metric_Precision_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precisión (macro)`)
};

export const runs_metric_recall_macro = /** @type {(inputs: Runs_Metric_Recall_MacroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exhaustividad (macro)`)
};

export const runs_metrics_label = /** @type {(inputs: Runs_Metrics_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Métricas`)
};

export const runs_model = /** @type {(inputs: Runs_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modelo`)
};

export const runs_model_removed = /** @type {(inputs: Runs_Model_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`modelo eliminado`)
};

export const runs_model_removed_on = /** @type {(inputs: Runs_Model_Removed_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`modelo eliminado el ${i?.date} (${i?.size} liberados)`)
};

export const runs_model_removed_short = /** @type {(inputs: Runs_Model_Removed_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eliminado`)
};

export const runs_model_size_title = /** @type {(inputs: Runs_Model_Size_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los pesos del modelo en JSON: el espacio que libera eliminarlo`)
};

export const runs_no_test_scores = /** @type {(inputs: Runs_No_Test_ScoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esta ejecución se registró antes de que Faro guardara las puntuaciones de prueba: aquí solo se puede consultar el barrido de validación.`)
};

export const runs_not_measured = /** @type {(inputs: Runs_Not_MeasuredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no medida`)
};

export const runs_on_validation = /** @type {(inputs: Runs_On_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en validación`)
};

export const runs_open = /** @type {(inputs: Runs_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abrir`)
};

export const runs_open_run = /** @type {(inputs: Runs_Open_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Abrir ejecución ${i?.name}`)
};

export const runs_others = /** @type {(inputs: Runs_OthersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`resto`)
};

export const runs_part = /** @type {(inputs: Runs_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Parte`)
};

export const runs_per_class_label = /** @type {(inputs: Runs_Per_Class_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Métricas por clase`)
};

export const runs_positive = /** @type {(inputs: Runs_PositiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`positiva`)
};

export const runs_positive_class = /** @type {(inputs: Runs_Positive_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clase positiva`)
};

export const runs_pr_caption = /** @type {(inputs: Runs_Pr_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Precisión–exhaustividad · AP ${i?.ap}`)
};

export const runs_pr_curves = /** @type {(inputs: Runs_Pr_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curvas de precisión–exhaustividad`)
};

export const runs_pr_curves_label = /** @type {(inputs: Runs_Pr_Curves_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curvas de precisión-exhaustividad de las ejecuciones comparadas`)
};

export const runs_pr_label = /** @type {(inputs: Runs_Pr_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curva de precisión-exhaustividad`)
};

export const runs_precision = /** @type {(inputs: Runs_PrecisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precisión`)
};

export const runs_precision_recall_axis = /** @type {(inputs: Runs_Precision_Recall_AxisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precisión, exhaustividad`)
};

export const runs_quoted = /** @type {(inputs: Runs_QuotedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.label}»`)
};

export const runs_ranking_heading = /** @type {(inputs: Runs_Ranking_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ordenación de «${i?.label}» en la parte de prueba`)
};

export const runs_rate = /** @type {(inputs: Runs_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tasa`)
};

export const runs_rates_chart = /** @type {(inputs: Runs_Rates_ChartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Precisión y exhaustividad según el umbral`)
};

export const runs_recall = /** @type {(inputs: Runs_RecallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exhaustividad`)
};

export const runs_recipe = /** @type {(inputs: Runs_RecipeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Receta`)
};

export const runs_recipe_label = /** @type {(inputs: Runs_Recipe_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Receta en JSON, desplazable`)
};

export const runs_remove_model = /** @type {(inputs: Runs_Remove_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eliminar modelo`)
};

export const runs_remove_model_confirm = /** @type {(inputs: Runs_Remove_Model_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`¿Eliminar el modelo de «${i?.name}» para liberar ${i?.size}? Sus métricas, curvas y ajustes se conservan y se puede seguir comparando, pero ya no se podrá descargar ni usar para predecir.`)
};

export const runs_remove_model_title = /** @type {(inputs: Runs_Remove_Model_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Libera espacio de almacenamiento: conserva la ejecución, sus métricas, curvas y ajustes`)
};

export const runs_results_label = /** @type {(inputs: Runs_Results_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resultados de la ejecución`)
};

export const runs_roc_caption = /** @type {(inputs: Runs_Roc_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Curva ROC · AUC ${i?.auc}`)
};

export const runs_roc_curves = /** @type {(inputs: Runs_Roc_CurvesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curvas ROC`)
};

export const runs_roc_curves_label = /** @type {(inputs: Runs_Roc_Curves_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curvas ROC de las ejecuciones comparadas`)
};

export const runs_roc_label = /** @type {(inputs: Runs_Roc_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Curva ROC`)
};

export const runs_row_normalised = /** @type {(inputs: Runs_Row_NormalisedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`normalizada por fila`)
};

export const runs_rows = /** @type {(inputs: Runs_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas`)
};

export const runs_rows_count = /** @type {(inputs: Runs_Rows_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} filas`)
};

export const runs_run_name = /** @type {(inputs: Runs_Run_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nombre de la ejecución`)
};

export const runs_scores = /** @type {(inputs: Runs_ScoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Puntuaciones`)
};

export const runs_select_and_star = /** @type {(inputs: Runs_Select_And_StarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seleccionar y destacar`)
};

export const runs_select_for_comparison = /** @type {(inputs: Runs_Select_For_ComparisonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Seleccionar ${i?.name} para comparar`)
};

export const runs_selected = /** @type {(inputs: Runs_SelectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} seleccionadas`)
};

export const runs_setting = /** @type {(inputs: Runs_SettingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajuste`)
};

export const runs_settings_differ = /** @type {(inputs: Runs_Settings_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajustes que difieren`)
};

export const runs_settings_identical = /** @type {(inputs: Runs_Settings_IdenticalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las ejecuciones tienen ajustes idénticos.`)
};

export const runs_settings_used = /** @type {(inputs: Runs_Settings_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajustes y receta usados`)
};

export const runs_share_captured = /** @type {(inputs: Runs_Share_CapturedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Proporción de «${i?.label}» capturada`)
};

export const runs_share_of_class = /** @type {(inputs: Runs_Share_Of_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proporción de la clase`)
};

export const runs_share_of_rows = /** @type {(inputs: Runs_Share_Of_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proporción de filas (puntuaciones más altas primero)`)
};

export const runs_solved_in = /** @type {(inputs: Runs_Solved_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`resuelto en ${i?.count} iteraciones`)
};

export const runs_split = /** @type {(inputs: Runs_SplitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`División`)
};

export const runs_split_chosen = /** @type {(inputs: Runs_Split_ChosenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`prueba = ${i?.rows}; las demás filas, ${i?.train} / ${i?.validation} (entrenamiento / validación)`)
};

export const runs_split_chosen_one = /** @type {(inputs: Runs_Split_Chosen_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`prueba = ${i?.rows} (${i?.count} fila); las demás filas, ${i?.train} / ${i?.validation} (entrenamiento / validación)`)
};

export const runs_split_chosen_other = /** @type {(inputs: Runs_Split_Chosen_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`prueba = ${i?.rows} (${i?.count} filas); las demás filas, ${i?.train} / ${i?.validation} (entrenamiento / validación)`)
};

export const runs_split_rows_where = /** @type {(inputs: Runs_Split_Rows_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`filas en las que ${i?.column} = ${i?.value}`)
};

export const runs_split_shares = /** @type {(inputs: Runs_Split_SharesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.train} / ${i?.validation} / ${i?.test} (entrenamiento / validación / prueba)`)
};

export const runs_split_sizes = /** @type {(inputs: Runs_Split_SizesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.train} de entrenamiento · ${i?.validation} de validación · ${i?.test} filas de prueba`)
};

export const runs_split_summary = /** @type {(inputs: Runs_Split_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.split}, estratificada, semilla ${i?.seed}`)
};

export const runs_splits = /** @type {(inputs: Runs_SplitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Divisiones`)
};

export const runs_star = /** @type {(inputs: Runs_StarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Destacar`)
};

export const runs_status_failed = /** @type {(inputs: Runs_Status_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fallido: ${i?.message}`)
};

export const runs_std = /** @type {(inputs: Runs_StdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`± desv.`)
};

export const runs_step_epoch = /** @type {(inputs: Runs_Step_EpochInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Época`)
};

export const runs_step_iteration = /** @type {(inputs: Runs_Step_IterationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iteración`)
};

export const runs_step_solver = /** @type {(inputs: Runs_Step_SolverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iteración del solver`)
};

export const runs_stopped_early = /** @type {(inputs: Runs_Stopped_EarlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(parada temprana)`)
};

export const runs_support = /** @type {(inputs: Runs_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Soporte`)
};

export const runs_sweep_caption = /** @type {(inputs: Runs_Sweep_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Las filas con p(${i?.label}) igual o superior al umbral se predicen como «${i?.label}»; la línea discontinua es el umbral de la ejecución (${i?.threshold}).`)
};

export const runs_sweep_heading = /** @type {(inputs: Runs_Sweep_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El umbral en la parte de validación`)
};

export const runs_sweep_label = /** @type {(inputs: Runs_Sweep_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Barrido del umbral`)
};

export const runs_sweep_point = /** @type {(inputs: Runs_Sweep_PointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(punto del barrido ${i?.threshold})`)
};

export const runs_table_label = /** @type {(inputs: Runs_Table_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ejecuciones guardadas`)
};

export const runs_terms_gradient = /** @type {(inputs: Runs_Terms_GradientInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gradiente × entrada: cuánto sube cada término la probabilidad de su propia clase, de media en las filas de prueba de esa clase.`)
};

export const runs_terms_heading = /** @type {(inputs: Runs_Terms_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Términos que más pesan para cada clase`)
};

export const runs_terms_label = /** @type {(inputs: Runs_Terms_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pesos de los términos`)
};

export const runs_terms_logistic = /** @type {(inputs: Runs_Terms_LogisticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Peso de cada término en el modelo para la clase, respecto a las demás clases.`)
};

export const runs_terms_none = /** @type {(inputs: Runs_Terms_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ningún término empuja hacia esta clase.`)
};

export const runs_test = /** @type {(inputs: Runs_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prueba`)
};

export const runs_test_metric = /** @type {(inputs: Runs_Test_MetricInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Métrica de prueba`)
};

export const runs_test_part = /** @type {(inputs: Runs_Test_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`parte de prueba`)
};

export const runs_threshold = /** @type {(inputs: Runs_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Umbral`)
};

export const runs_threshold_cost = /** @type {(inputs: Runs_Threshold_CostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`elegido en la parte de validación por el menor coste de los errores: un falso positivo cuesta ${i?.falsePositive} y un falso negativo ${i?.falseNegative}`)
};

export const runs_threshold_fixed = /** @type {(inputs: Runs_Threshold_FixedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fijo`)
};

export const runs_threshold_maximise = /** @type {(inputs: Runs_Threshold_MaximiseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`elegido en la parte de validación para maximizar ${i?.metric}`)
};

export const runs_threshold_on = /** @type {(inputs: Runs_Threshold_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Umbral sobre p(${i?.label})`)
};

export const runs_threshold_sentence = /** @type {(inputs: Runs_Threshold_SentenceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`; umbral de decisión ${i?.threshold} (${i?.method}). Las métricas de prueba lo usan.`)
};

export const runs_title = /** @type {(inputs: Runs_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ejecuciones`)
};

export const runs_tpr = /** @type {(inputs: Runs_TprInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tasa de verdaderos positivos`)
};

export const runs_trained_in = /** @type {(inputs: Runs_Trained_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`entrenada en ${i?.duration}`)
};

export const runs_training_loss = /** @type {(inputs: Runs_Training_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida de entrenamiento`)
};

export const runs_training_part = /** @type {(inputs: Runs_Training_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Parte de entrenamiento`)
};

export const runs_training_rows = /** @type {(inputs: Runs_Training_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas de entrenamiento`)
};

export const runs_tree_caption = /** @type {(inputs: Runs_Tree_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La ganancia es la pérdida de entrenamiento que eliminó cada división, sumada sobre todos los árboles (la ganancia total de XGBoost); muestra lo que usaron los árboles al ajustarse, mientras que la importancia por permutación muestra lo que necesita la puntuación en filas no vistas. Una columna puede tener ganancia y aun así importar poco en las filas de prueba (ajustó ruido), o al revés.`)
};

export const runs_tree_summary = /** @type {(inputs: Runs_Tree_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo que dicen las divisiones de los árboles: ganancia y número de divisiones por columna`)
};

export const runs_tree_table = /** @type {(inputs: Runs_Tree_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ganancia y divisiones de los árboles`)
};

export const runs_trial_not_kept = /** @type {(inputs: Runs_Trial_Not_KeptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`intento no conservado`)
};

export const runs_tried_metrics = /** @type {(inputs: Runs_Tried_MetricsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Métricas con el umbral probado`)
};

export const runs_try_changes_nothing = /** @type {(inputs: Runs_Try_Changes_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Probar un umbral no cambia nada guardado: las métricas de la ejecución, su archivo de modelo y sus predicciones mantienen el umbral de la ejecución.`)
};

export const runs_try_threshold = /** @type {(inputs: Runs_Try_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prueba un umbral:`)
};

export const runs_try_threshold_label = /** @type {(inputs: Runs_Try_Threshold_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Umbral sobre p(${i?.label}) que probar`)
};

export const runs_unknown_error = /** @type {(inputs: Runs_Unknown_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`error desconocido`)
};

export const runs_unstar = /** @type {(inputs: Runs_UnstarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quitar destacado`)
};

export const runs_validation = /** @type {(inputs: Runs_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validación`)
};

export const runs_validation_loss = /** @type {(inputs: Runs_Validation_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida de validación`)
};

export const runs_validation_part = /** @type {(inputs: Runs_Validation_PartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`parte de validación`)
};

export const runs_youden = /** @type {(inputs: Runs_YoudenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`la J de Youden`)
};

export const tab_data = /** @type {(inputs: Tab_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Datos`)
};

export const tab_predict = /** @type {(inputs: Tab_PredictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predecir`)
};

export const tab_runs = /** @type {(inputs: Tab_RunsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ejecuciones`)
};

export const tab_train = /** @type {(inputs: Tab_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrenar`)
};

export const tabs_label = /** @type {(inputs: Tabs_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pantallas`)
};

export const train_activation = /** @type {(inputs: Train_ActivationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Activación`)
};

export const train_backend = /** @type {(inputs: Train_BackendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Backend`)
};

export const train_backend_auto = /** @type {(inputs: Train_Backend_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`automático`)
};

export const train_backend_cpu = /** @type {(inputs: Train_Backend_CpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CPU (JavaScript puro)`)
};

export const train_backend_reason_forced = /** @type {(inputs: Train_Backend_Reason_ForcedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, elegido en los ajustes`)
};

export const train_backend_reason_hardware = /** @type {(inputs: Train_Backend_Reason_HardwareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (GPU física)`)
};

export const train_backend_reason_js = /** @type {(inputs: Train_Backend_Reason_JsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los árboles potenciados por gradiente se entrenan y puntúan en JavaScript puro.`)
};

export const train_backend_reason_skipped = /** @type {(inputs: Train_Backend_Reason_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} omitido: ${i?.why}`)
};

export const train_backend_title = /** @type {(inputs: Train_Backend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Automático: una GPU real mediante WebGPU o WebGL si la hay; si no, WebAssembly. Las GPU por software se omiten: son muchas veces más lentas.`)
};

export const train_backend_why_fallback = /** @type {(inputs: Train_Backend_Why_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebGPU solo ofrece un adaptador de respaldo por software`)
};

export const train_backend_why_matmul = /** @type {(inputs: Train_Backend_Why_MatmulInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`un matMul de prueba dio ${i?.values} en lugar de 19, 22, 43, 50`)
};

export const train_backend_why_no_adapter = /** @type {(inputs: Train_Backend_Why_No_AdapterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebGPU no tiene adaptador (no hay GPU o WebGPU está desactivado)`)
};

export const train_backend_why_no_context = /** @type {(inputs: Train_Backend_Why_No_ContextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebGL no pudo crear un contexto`)
};

export const train_backend_why_no_offscreen = /** @type {(inputs: Train_Backend_Why_No_OffscreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebGL no está disponible aquí (no hay OffscreenCanvas)`)
};

export const train_backend_why_no_start = /** @type {(inputs: Train_Backend_Why_No_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no pudo arrancar`)
};

export const train_backend_why_no_webgpu = /** @type {(inputs: Train_Backend_Why_No_WebgpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebGPU no está disponible aquí (no hay navigator.gpu)`)
};

export const train_backend_why_not_registered = /** @type {(inputs: Train_Backend_Why_Not_RegisteredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no está incluido en esta compilación`)
};

export const train_backend_why_software = /** @type {(inputs: Train_Backend_Why_SoftwareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`WebGL dibuja por software («${i?.renderer}»)`)
};

export const train_backend_why_timeout_adapter = /** @type {(inputs: Train_Backend_Why_Timeout_AdapterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`pedir un adaptador WebGPU tardó más de ${i?.ms} ms`)
};

export const train_backend_why_timeout_start = /** @type {(inputs: Train_Backend_Why_Timeout_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`arrancar tardó más de ${i?.ms} ms`)
};

export const train_backend_why_timeout_test = /** @type {(inputs: Train_Backend_Why_Timeout_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`un cálculo de prueba tardó más de ${i?.ms} ms`)
};

export const train_balance = /** @type {(inputs: Train_BalanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Equilibrado de clases (solo la parte de entrenamiento)`)
};

export const train_balance_auto_over = /** @type {(inputs: Train_Balance_Auto_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cada clase subida a la más grande`)
};

export const train_balance_auto_under = /** @type {(inputs: Train_Balance_Auto_UnderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cada clase bajada a la más pequeña`)
};

export const train_balance_borderline_help = /** @type {(inputs: Train_Balance_Borderline_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMOTE solo desde las filas cercanas a la frontera de clase (borderline-1); una clase sin filas así no recibe ninguna. No sirve con variables de texto.`)
};

export const train_balance_caption = /** @type {(inputs: Train_Balance_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo esperado, según el perfil y la partición`)
};

export const train_balance_caption_borderline = /** @type {(inputs: Train_Balance_Caption_BorderlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo esperado como máximo (solo se usan las filas de frontera)`)
};

export const train_balance_k = /** @type {(inputs: Train_Balance_KInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`k vecinos`)
};

export const train_balance_k_title = /** @type {(inputs: Train_Balance_K_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vecinos más cercanos de la misma clase hacia los que interpolar (menos si la clase es más pequeña).`)
};

export const train_balance_method = /** @type {(inputs: Train_Balance_MethodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Método de equilibrado`)
};

export const train_balance_none = /** @type {(inputs: Train_Balance_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ninguno`)
};

export const train_balance_none_help = /** @type {(inputs: Train_Balance_None_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrena con las filas tal como están.`)
};

export const train_balance_over = /** @type {(inputs: Train_Balance_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sobremuestreo aleatorio`)
};

export const train_balance_over_help = /** @type {(inputs: Train_Balance_Over_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duplica filas al azar de las clases más pequeñas.`)
};

export const train_balance_ratio = /** @type {(inputs: Train_Balance_RatioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Razón`)
};

export const train_balance_ratio_option = /** @type {(inputs: Train_Balance_Ratio_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`una razón minoritaria / mayoritaria`)
};

export const train_balance_smote_help = /** @type {(inputs: Train_Balance_Smote_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas nuevas entre una fila de una clase pequeña y uno de sus k vecinos más cercanos de esa clase. Las columnas one-hot reciben valores fraccionarios; no sirve con variables de texto.`)
};

export const train_balance_smote_nc = /** @type {(inputs: Train_Balance_Smote_NcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMOTE-NC (numéricas + categóricas)`)
};

export const train_balance_smote_nc_help = /** @type {(inputs: Train_Balance_Smote_Nc_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMOTE sobre las columnas originales: los números se interpolan, cada categoría toma la más común entre los vecinos y después se codifica, así las categorías quedan enteras. El texto se copia de la fila base.`)
};

export const train_balance_suggest = /** @type {(inputs: Train_Balance_SuggestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La clase más pequeña (${i?.smallest} filas) no llega a un tercio de la más grande (${i?.largest}): considera pesos de clase o SMOTE-NC.`)
};

export const train_balance_target = /** @type {(inputs: Train_Balance_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objetivo`)
};

export const train_balance_text_warn = /** @type {(inputs: Train_Balance_Text_WarnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Esta receta tiene variables de texto, que ${i?.method} no puede interpolar: elige SMOTE-NC, sobremuestreo aleatorio o pesos de clase.`)
};

export const train_balance_under = /** @type {(inputs: Train_Balance_UnderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`submuestreo aleatorio`)
};

export const train_balance_under_help = /** @type {(inputs: Train_Balance_Under_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descarta filas al azar de las clases más grandes (menos datos de los que aprender).`)
};

export const train_balance_weights = /** @type {(inputs: Train_Balance_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pesos de clase`)
};

export const train_balance_weights_help = /** @type {(inputs: Train_Balance_Weights_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pondera la pérdida de cada fila por n / (clases × tamaño de la clase), el "balanced" de scikit-learn; no se añaden filas.`)
};

export const train_batch_size = /** @type {(inputs: Train_Batch_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tamaño de lote`)
};

export const train_best = /** @type {(inputs: Train_BestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`★ mejor`)
};

export const train_bins = /** @type {(inputs: Train_BinsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intervalos`)
};

export const train_bins_title = /** @type {(inputs: Train_Bins_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cada variable numérica se divide como máximo en este número de intervalos (cuantiles).`)
};

export const train_blend = /** @type {(inputs: Train_BlendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conjunto: combinar los mejores modelos`)
};

export const train_blend_of_one = /** @type {(inputs: Train_Blend_Of_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Combinación de ${i?.count} intento`)
};

export const train_blend_of_other = /** @type {(inputs: Train_Blend_Of_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Combinación de ${i?.count} intentos`)
};

export const train_blend_row = /** @type {(inputs: Train_Blend_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Combinación`)
};

export const train_blend_title = /** @type {(inputs: Train_Blend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Selección de conjuntos (Caruana et al.): promedia las probabilidades de algunos de los mejores intentos cuando eso puntúa más alto en validación cruzada que el mejor intento solo`)
};

export const train_categorical_missing = /** @type {(inputs: Train_Categorical_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Valores faltantes`)
};

export const train_categories = /** @type {(inputs: Train_CategoriesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Categorías`)
};

export const train_choose_target = /** @type {(inputs: Train_Choose_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Primero elige en la pantalla Datos la columna que quieres predecir.`)
};

export const train_chosen = /** @type {(inputs: Train_ChosenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`★ elegida`)
};

export const train_col_cv = /** @type {(inputs: Train_Col_CvInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.metric} en VC (media ± desv.)`)
};

export const train_col_settings = /** @type {(inputs: Train_Col_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajustes`)
};

export const train_col_status = /** @type {(inputs: Train_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estado`)
};

export const train_col_time = /** @type {(inputs: Train_Col_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tiempo`)
};

export const train_col_trial = /** @type {(inputs: Train_Col_TrialInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intento`)
};

export const train_compute = /** @type {(inputs: Train_ComputeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cálculo`)
};

export const train_constant = /** @type {(inputs: Train_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Constante`)
};

export const train_cost_fn = /** @type {(inputs: Train_Cost_FnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coste de un falso negativo`)
};

export const train_cost_fn_title = /** @type {(inputs: Train_Cost_Fn_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lo que cuesta no detectar una fila de clase ${i?.label}, en la misma unidad.`)
};

export const train_cost_fp = /** @type {(inputs: Train_Cost_FpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coste de un falso positivo`)
};

export const train_cost_fp_title = /** @type {(inputs: Train_Cost_Fp_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lo que cuesta marcar por error una fila como ${i?.label} (en cualquier unidad: dinero, horas).`)
};

export const train_derived = /** @type {(inputs: Train_DerivedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Variables derivadas`)
};

export const train_derived_add = /** @type {(inputs: Train_Derived_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Añadir`)
};

export const train_derived_column = /** @type {(inputs: Train_Derived_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`columna…`)
};

export const train_derived_example = /** @type {(inputs: Train_Derived_ExampleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`P. ej., Credit amount ÷ Duration = cuota mensual.`)
};

export const train_derived_left = /** @type {(inputs: Train_Derived_LeftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columna izquierda`)
};

export const train_derived_operation = /** @type {(inputs: Train_Derived_OperationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Operación`)
};

export const train_derived_remove = /** @type {(inputs: Train_Derived_RemoveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Quitar ${i?.name}`)
};

export const train_derived_right = /** @type {(inputs: Train_Derived_RightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columna derecha`)
};

export const train_dropout = /** @type {(inputs: Train_DropoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dropout`)
};

export const train_encoding = /** @type {(inputs: Train_EncodingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Codificación`)
};

export const train_encoding_onehot = /** @type {(inputs: Train_Encoding_OnehotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`one-hot`)
};

export const train_encoding_ordinal = /** @type {(inputs: Train_Encoding_OrdinalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ordinal`)
};

export const train_err_backend_forced = /** @type {(inputs: Train_Err_Backend_ForcedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El backend ${i?.backend} no está disponible: ${i?.why}.`)
};

export const train_err_backend_forced_hint = /** @type {(inputs: Train_Err_Backend_Forced_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige «automático» para que Faro escoja uno que funcione.`)
};

export const train_err_backend_none = /** @type {(inputs: Train_Err_Backend_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aquí no funciona ningún backend de cálculo (${i?.reasons}).`)
};

export const train_err_backend_none_hint = /** @type {(inputs: Train_Err_Backend_None_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prueba con otro navegador.`)
};

export const train_err_backend_where = /** @type {(inputs: Train_Err_Backend_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`backend ${i?.backend}`)
};

export const train_err_search_space = /** @type {(inputs: Train_Err_Search_SpaceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El rango de búsqueda no se puede usar: ${i?.problem}`)
};

export const train_err_search_space_hint = /** @type {(inputs: Train_Err_Search_Space_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Corrige el rango en «Buscar el mejor modelo» o restablece los rangos predeterminados.`)
};

export const train_err_search_space_where = /** @type {(inputs: Train_Err_Search_Space_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`espacio de búsqueda: ${i?.field}`)
};

export const train_evaluation = /** @type {(inputs: Train_EvaluationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Evaluación`)
};

export const train_family = /** @type {(inputs: Train_FamilyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Familia`)
};

export const train_family_gbdt = /** @type {(inputs: Train_Family_GbdtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Árboles potenciados por gradiente`)
};

export const train_family_logistic = /** @type {(inputs: Train_Family_LogisticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regresión logística (L2)`)
};

export const train_family_logistic_plain = /** @type {(inputs: Train_Family_Logistic_PlainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regresión logística`)
};

export const train_family_mlp = /** @type {(inputs: Train_Family_MlpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Red neuronal (MLP)`)
};

export const train_fill_missing = /** @type {(inputs: Train_Fill_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rellenar faltantes con`)
};

export const train_final_fit = /** @type {(inputs: Train_Final_FitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reajustar el modelo final con las filas de entrenamiento + validación`)
};

export const train_final_fit_title = /** @type {(inputs: Train_Final_Fit_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La parte de entrenamiento sigue eligiendo el número de épocas y el umbral (con parada temprana en la parte de validación); después el modelo se vuelve a ajustar con las filas de entrenamiento y validación juntas durante esas épocas, así aprende de más filas. Las métricas de validación siguen siendo las del primer ajuste.`)
};

export const train_folds = /** @type {(inputs: Train_FoldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pliegues`)
};

export const train_from_features_one = /** @type {(inputs: Train_From_Features_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A partir de ${i?.count} variable de ${i?.dataset}.`)
};

export const train_from_features_other = /** @type {(inputs: Train_From_Features_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A partir de ${i?.count} variables de ${i?.dataset}.`)
};

export const train_hidden_layers = /** @type {(inputs: Train_Hidden_LayersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Capas ocultas`)
};

export const train_importance_validation = /** @type {(inputs: Train_Importance_ValidationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importancia de columnas también en la parte de validación`)
};

export const train_importance_validation_title = /** @type {(inputs: Train_Importance_Validation_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La importancia por permutación se mide siempre en la parte de prueba; esto la repite en la parte de validación (tarda otro tanto), para ver si ambas partes coinciden.`)
};

export const train_impute_constant = /** @type {(inputs: Train_Impute_ConstantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`una constante`)
};

export const train_impute_mean = /** @type {(inputs: Train_Impute_MeanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`la media`)
};

export const train_impute_median = /** @type {(inputs: Train_Impute_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`la mediana`)
};

export const train_indicator_always = /** @type {(inputs: Train_Indicator_AlwaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`siempre`)
};

export const train_indicator_auto = /** @type {(inputs: Train_Indicator_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`si la columna tiene vacíos`)
};

export const train_indicator_never = /** @type {(inputs: Train_Indicator_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nunca`)
};

export const train_intro = /** @type {(inputs: Train_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las variables se preparan solo con la parte de entrenamiento; la parte de validación decide la parada temprana y el umbral, y la parte de prueba se usa una sola vez, para las métricas finales.`)
};

export const train_lbfgs_iterations_title = /** @type {(inputs: Train_Lbfgs_Iterations_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El max_iter de scikit-learn: el optimizador suele parar antes, al alcanzar el óptimo.`)
};

export const train_lbfgs_l2_title = /** @type {(inputs: Train_Lbfgs_L2_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Penalización L2 de los pesos, sobre la pérdida media: 1 / (2 · filas · C) es la C de scikit-learn.`)
};

export const train_leaderboard = /** @type {(inputs: Train_LeaderboardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clasificación`)
};

export const train_learning_rate = /** @type {(inputs: Train_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tasa de aprendizaje`)
};

export const train_leaves = /** @type {(inputs: Train_LeavesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hojas`)
};

export const train_leaves_title = /** @type {(inputs: Train_Leaves_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hojas por árbol; los árboles crecen primero por la mejor división.`)
};

export const train_log_columns = /** @type {(inputs: Train_Log_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columnas con log(1 + x)`)
};

export const train_max_depth = /** @type {(inputs: Train_Max_DepthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Profundidad máx.`)
};

export const train_max_depth_title = /** @type {(inputs: Train_Max_Depth_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vacío: sin límite (el número de hojas acota cada árbol).`)
};

export const train_max_epochs = /** @type {(inputs: Train_Max_EpochsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Épocas máx.`)
};

export const train_max_iterations = /** @type {(inputs: Train_Max_IterationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iteraciones máx.`)
};

export const train_metric_balanced_accuracy = /** @type {(inputs: Train_Metric_Balanced_AccuracyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exactitud equilibrada`)
};

export const train_metric_log_loss = /** @type {(inputs: Train_Metric_Log_LossInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida logarítmica`)
};

export const train_min_leaf_rows = /** @type {(inputs: Train_Min_Leaf_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mín. filas por hoja`)
};

export const train_minutes = /** @type {(inputs: Train_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Minutos`)
};

export const train_missing_indicator = /** @type {(inputs: Train_Missing_IndicatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indicador de faltante`)
};

export const train_model = /** @type {(inputs: Train_ModelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modelo`)
};

export const train_model_families = /** @type {(inputs: Train_Model_FamiliesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Familias de modelos`)
};

export const train_most_frequent_level = /** @type {(inputs: Train_Most_Frequent_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`el nivel más frecuente`)
};

export const train_ngrams = /** @type {(inputs: Train_NgramsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`N-gramas de palabras`)
};

export const train_ngrams_pairs = /** @type {(inputs: Train_Ngrams_PairsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`palabras y pares`)
};

export const train_ngrams_words = /** @type {(inputs: Train_Ngrams_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`palabras sueltas`)
};

export const train_no_limit = /** @type {(inputs: Train_No_LimitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin límite`)
};

export const train_not_started = /** @type {(inputs: Train_Not_StartedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin iniciar`)
};

export const train_numbers = /** @type {(inputs: Train_NumbersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Números`)
};

export const train_own_level = /** @type {(inputs: Train_Own_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`un nivel propio («${i?.level}»)`)
};

export const train_patience = /** @type {(inputs: Train_PatienceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paciencia de la parada temprana`)
};

export const train_patience_title = /** @type {(inputs: Train_Patience_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se detiene cuando la pérdida de validación no ha mejorado en este número de épocas; se conservan los mejores pesos.`)
};

export const train_positive = /** @type {(inputs: Train_PositiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`positiva`)
};

export const train_positive_class = /** @type {(inputs: Train_Positive_ClassInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clase positiva`)
};

export const train_positive_minority = /** @type {(inputs: Train_Positive_MinorityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`clase minoritaria (predeterminada)`)
};

export const train_predict_title = /** @type {(inputs: Train_Predict_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Predecir «${i?.target}»`)
};

export const train_range_dropout_note = /** @type {(inputs: Train_Range_Dropout_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`solo MLP`)
};

export const train_range_from = /** @type {(inputs: Train_Range_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`desde`)
};

export const train_range_l2_note = /** @type {(inputs: Train_Range_L2_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sobre los pesos, escala logarítmica`)
};

export const train_range_learning_rate_note = /** @type {(inputs: Train_Range_Learning_Rate_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adam (MLP; la regresión logística se resuelve con L-BFGS), escala logarítmica`)
};

export const train_range_to = /** @type {(inputs: Train_Range_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hasta`)
};

export const train_range_tree_l2 = /** @type {(inputs: Train_Range_Tree_L2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Árboles: L2`)
};

export const train_range_tree_l2_note = /** @type {(inputs: Train_Range_Tree_L2_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sobre los valores de las hojas, escala logarítmica`)
};

export const train_range_tree_learning_rate = /** @type {(inputs: Train_Range_Tree_Learning_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Árboles: tasa de aprendizaje`)
};

export const train_range_tree_learning_rate_note = /** @type {(inputs: Train_Range_Tree_Learning_Rate_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`contracción, escala logarítmica`)
};

export const train_rank_by = /** @type {(inputs: Train_Rank_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ordenar por`)
};

export const train_recipe = /** @type {(inputs: Train_RecipeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preparación de variables`)
};

export const train_reset = /** @type {(inputs: Train_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restablecer valores predeterminados`)
};

export const train_reset_ranges = /** @type {(inputs: Train_Reset_RangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restablecer los rangos`)
};

export const train_run_status_cancelled = /** @type {(inputs: Train_Run_Status_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cancelado`)
};

export const train_run_status_done = /** @type {(inputs: Train_Run_Status_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`terminado`)
};

export const train_run_status_failed = /** @type {(inputs: Train_Run_Status_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fallido`)
};

export const train_run_status_interrupted = /** @type {(inputs: Train_Run_Status_InterruptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`interrumpido`)
};

export const train_run_status_running = /** @type {(inputs: Train_Run_Status_RunningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en curso`)
};

export const train_rung = /** @type {(inputs: Train_RungInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(rung ${i?.rung})`)
};

export const train_scale_minmax = /** @type {(inputs: Train_Scale_MinmaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mín–máx a [0, 1]`)
};

export const train_scale_none = /** @type {(inputs: Train_Scale_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ninguno`)
};

export const train_scale_standard = /** @type {(inputs: Train_Scale_StandardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`estandarizar (puntuación z)`)
};

export const train_scaling = /** @type {(inputs: Train_ScalingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escalado`)
};

export const train_search_cancelled = /** @type {(inputs: Train_Search_CancelledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`cancelada tras ${i?.counts}`)
};

export const train_search_failed = /** @type {(inputs: Train_Search_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fallida: ${i?.message}`)
};

export const train_search_finished = /** @type {(inputs: Train_Search_FinishedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.counts}; ${i?.result}`)
};

export const train_search_intro = /** @type {(inputs: Train_Search_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Prueba familias de modelos (regresión logística, redes neuronales, árboles potenciados por gradiente), tamaños, tasas de aprendizaje, regularización y opciones de preparación, y puntúa cada intento con validación cruzada estratificada de ${i?.k} pliegues sobre las filas de entrenamiento y validación (la parte de prueba no se toca). El mejor —o una combinación de los mejores intentos, si puntúa más alto— se convierte en una ejecución, evaluada una sola vez en la parte de prueba.`)
};

export const train_search_none_succeeded = /** @type {(inputs: Train_Search_None_SucceededInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fallida: ningún intento tuvo éxito (${i?.counts})`)
};

export const train_search_not_trained = /** @type {(inputs: Train_Search_Not_TrainedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin entrenar`)
};

export const train_search_parallel = /** @type {(inputs: Train_Search_ParallelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.lanes} a la vez, en workers paralelos)`)
};

export const train_search_progress = /** @type {(inputs: Train_Search_ProgressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Búsqueda`)
};

export const train_search_pruned = /** @type {(inputs: Train_Search_PrunedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} detenidos antes por debajo de la mediana`)
};

export const train_search_ranges = /** @type {(inputs: Train_Search_RangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rangos de búsqueda`)
};

export const train_search_result_best = /** @type {(inputs: Train_Search_Result_BestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mejor modelo: ${i?.status}`)
};

export const train_search_result_blend = /** @type {(inputs: Train_Search_Result_BlendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`combinación de ${i?.count} intentos: ${i?.status}`)
};

export const train_search_run_name = /** @type {(inputs: Train_Search_Run_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Mejor de la búsqueda (${i?.strategy})`)
};

export const train_search_skipped = /** @type {(inputs: Train_Search_SkippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} omitidos por demasiado lentos para el tiempo restante`)
};

export const train_search_starting = /** @type {(inputs: Train_Search_StartingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`iniciando`)
};

export const train_search_status = /** @type {(inputs: Train_Search_StatusInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Búsqueda: ${i?.status}`)
};

export const train_search_strategy_halving = /** @type {(inputs: Train_Search_Strategy_HalvingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`reducción sucesiva a la mitad`)
};

export const train_search_strategy_random = /** @type {(inputs: Train_Search_Strategy_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aleatoria`)
};

export const train_search_strategy_tpe = /** @type {(inputs: Train_Search_Strategy_TpeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TPE`)
};

export const train_search_succeeded = /** @type {(inputs: Train_Search_SucceededInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} con éxito`)
};

export const train_search_time_reached = /** @type {(inputs: Train_Search_Time_ReachedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(se agotó el tiempo)`)
};

export const train_search_title = /** @type {(inputs: Train_Search_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buscar el mejor modelo`)
};

export const train_search_trials_one = /** @type {(inputs: Train_Search_Trials_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} intento`)
};

export const train_search_trials_other = /** @type {(inputs: Train_Search_Trials_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} intentos`)
};

export const train_searching = /** @type {(inputs: Train_SearchingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buscando…`)
};

export const train_seed = /** @type {(inputs: Train_SeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Semilla`)
};

export const train_seed_title = /** @type {(inputs: Train_Seed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La misma semilla da la misma partición y el mismo modelo en los backends CPU y WASM.`)
};

export const train_settings_label = /** @type {(inputs: Train_Settings_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajustes de entrenamiento`)
};

export const train_short_logistic = /** @type {(inputs: Train_Short_LogisticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logística`)
};

export const train_short_trees = /** @type {(inputs: Train_Short_TreesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Árboles de ${i?.leaves} hojas`)
};

export const train_solver = /** @type {(inputs: Train_SolverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Optimizador`)
};

export const train_solver_adam = /** @type {(inputs: Train_Solver_AdamInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adam (minilotes)`)
};

export const train_solver_lbfgs = /** @type {(inputs: Train_Solver_LbfgsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L-BFGS (óptimo exacto)`)
};

export const train_solver_title = /** @type {(inputs: Train_Solver_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L-BFGS resuelve la regresión hasta su óptimo con todas las filas de entrenamiento, como scikit-learn; Adam la entrena en minilotes con parada temprana.`)
};

export const train_space_keep_one = /** @type {(inputs: Train_Space_Keep_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Conserva al menos una opción de ${i?.what}.`)
};

export const train_space_no_family = /** @type {(inputs: Train_Space_No_FamilyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige al menos una familia de modelos.`)
};

export const train_space_not_family = /** @type {(inputs: Train_Space_Not_FamilyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.family}» no es una familia de modelos.`)
};

export const train_space_range_empty = /** @type {(inputs: Train_Space_Range_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: escribe un valor mínimo y uno máximo.`)
};

export const train_space_range_inverted = /** @type {(inputs: Train_Space_Range_InvertedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: el valor mínimo es mayor que el máximo.`)
};

export const train_space_range_limits = /** @type {(inputs: Train_Space_Range_LimitsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: los valores deben estar entre ${i?.min} y ${i?.max}.`)
};

export const train_space_what_batch_sizes = /** @type {(inputs: Train_Space_What_Batch_SizesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tamaños de lote`)
};

export const train_space_what_depths = /** @type {(inputs: Train_Space_What_DepthsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`límites de profundidad`)
};

export const train_space_what_iterations = /** @type {(inputs: Train_Space_What_IterationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`números de iteraciones`)
};

export const train_space_what_layouts = /** @type {(inputs: Train_Space_What_LayoutsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`capas MLP`)
};

export const train_space_what_leaves = /** @type {(inputs: Train_Space_What_LeavesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`números de hojas`)
};

export const train_space_what_min_leaf = /** @type {(inputs: Train_Space_What_Min_LeafInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`filas por hoja`)
};

export const train_space_what_onehot = /** @type {(inputs: Train_Space_What_OnehotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`números de niveles one-hot`)
};

export const train_space_what_scalings = /** @type {(inputs: Train_Space_What_ScalingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`escalados`)
};

export const train_spec_adam = /** @type {(inputs: Train_Spec_AdamInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.family}, L2 ${i?.l2}, Adam con tasa de aprendizaje ${i?.learningRate}, lote ${i?.batch}, ≤ ${i?.epochs} épocas, paciencia ${i?.patience}`)
};

export const train_spec_depth = /** @type {(inputs: Train_Spec_DepthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`profundidad ≤ ${i?.depth}`)
};

export const train_spec_gbdt = /** @type {(inputs: Train_Spec_GbdtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Árboles potenciados por gradiente: ≤ ${i?.iterations} iteraciones, tasa de aprendizaje ${i?.learningRate}, ${i?.leaves} hojas, ${i?.depth}, ≥ ${i?.minLeaf} filas por hoja, ${i?.bins} intervalos, L2 ${i?.l2}, paciencia ${i?.patience}`)
};

export const train_spec_lbfgs = /** @type {(inputs: Train_Spec_LbfgsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Regresión logística, L2 ${i?.l2}, resuelta con L-BFGS en ≤ ${i?.iterations} iteraciones`)
};

export const train_spec_no_depth_limit = /** @type {(inputs: Train_Spec_No_Depth_LimitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin límite de profundidad`)
};

export const train_status = /** @type {(inputs: Train_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estado:`)
};

export const train_status_label = /** @type {(inputs: Train_Status_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estado del entrenamiento`)
};

export const train_stop_words = /** @type {(inputs: Train_Stop_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Palabras vacías`)
};

export const train_stop_words_both = /** @type {(inputs: Train_Stop_Words_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inglés + español`)
};

export const train_stop_words_english = /** @type {(inputs: Train_Stop_Words_EnglishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inglés`)
};

export const train_stop_words_none = /** @type {(inputs: Train_Stop_Words_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`conservar todas`)
};

export const train_stop_words_spanish = /** @type {(inputs: Train_Stop_Words_SpanishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`español`)
};

export const train_strategy = /** @type {(inputs: Train_StrategyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estrategia`)
};

export const train_strategy_halving = /** @type {(inputs: Train_Strategy_HalvingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reducción sucesiva a la mitad`)
};

export const train_strategy_random = /** @type {(inputs: Train_Strategy_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Búsqueda aleatoria`)
};

export const train_strategy_tpe = /** @type {(inputs: Train_Strategy_TpeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Basada en modelo (TPE)`)
};

export const train_test_column = /** @type {(inputs: Train_Test_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columna`)
};

export const train_test_note = /** @type {(inputs: Train_Test_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se prueba con las filas en las que ${i?.column} = ${i?.value}; las demás filas se reparten entre entrenamiento y validación.`)
};

export const train_test_note_id = /** @type {(inputs: Train_Test_Note_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.column}» es un identificador, no una variable.`)
};

export const train_test_note_ignored = /** @type {(inputs: Train_Test_Note_IgnoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.column}» se ignora, no es una variable.`)
};

export const train_test_percent = /** @type {(inputs: Train_Test_PercentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prueba %`)
};

export const train_test_percent_unused = /** @type {(inputs: Train_Test_Percent_UnusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin uso: las filas de prueba las elige una columna.`)
};

export const train_test_rows = /** @type {(inputs: Train_Test_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filas de prueba`)
};

export const train_test_rows_column = /** @type {(inputs: Train_Test_Rows_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`filas en las que una columna tiene un valor`)
};

export const train_test_rows_random = /** @type {(inputs: Train_Test_Rows_RandomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`parte aleatoria`)
};

export const train_test_rows_title = /** @type {(inputs: Train_Test_Rows_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aleatorias: una parte estratificada de las filas. Una columna: exactamente las filas en las que tiene el valor (un conjunto de prueba fuera de tiempo o predefinido).`)
};

export const train_test_still_feature = /** @type {(inputs: Train_Test_Still_FeatureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`⚠ «${i?.column}» sigue siendo una variable: cambia su rol a ignorar en la pantalla Datos, o el entrenamiento la rechazará.`)
};

export const train_test_value = /** @type {(inputs: Train_Test_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`= valor`)
};

export const train_test_value_choose = /** @type {(inputs: Train_Test_Value_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(elige)`)
};

export const train_test_value_placeholder = /** @type {(inputs: Train_Test_Value_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`p. ej., test`)
};

export const train_text_tfidf = /** @type {(inputs: Train_Text_TfidfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Texto (TF-IDF)`)
};

export const train_threshold = /** @type {(inputs: Train_ThresholdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Umbral`)
};

export const train_threshold_cost = /** @type {(inputs: Train_Threshold_CostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`menor coste de los errores`)
};

export const train_threshold_f1 = /** @type {(inputs: Train_Threshold_F1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`maximizar F1`)
};

export const train_threshold_fixed = /** @type {(inputs: Train_Threshold_FixedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fijo`)
};

export const train_threshold_title = /** @type {(inputs: Train_Threshold_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se elige en la parte de validación; las métricas de prueba lo usan.`)
};

export const train_threshold_value = /** @type {(inputs: Train_Threshold_ValueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Valor`)
};

export const train_top_levels = /** @type {(inputs: Train_Top_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Niveles conservados`)
};

export const train_top_levels_title = /** @type {(inputs: Train_Top_Levels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los niveles más frecuentes tienen una columna cada uno; el resto comparte una columna «otros».`)
};

export const train_train = /** @type {(inputs: Train_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrenar`)
};

export const train_training = /** @type {(inputs: Train_TrainingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrenando…`)
};

export const train_tree_l2_title = /** @type {(inputs: Train_Tree_L2_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regularización L2 de los valores de las hojas.`)
};

export const train_tree_learning_rate_title = /** @type {(inputs: Train_Tree_Learning_Rate_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contracción: los valores de cada árbol se multiplican por ella.`)
};

export const train_tree_patience_title = /** @type {(inputs: Train_Tree_Patience_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se detiene cuando la pérdida de validación no ha mejorado en este número de iteraciones; se conservan los árboles hasta el mejor.`)
};

export const train_trees_compute_note = /** @type {(inputs: Train_Trees_Compute_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los árboles se entrenan y puntúan en JavaScript puro en el worker de entrenamiento: no se usa ningún backend de GPU ni WebAssembly.`)
};

export const train_trial_batch = /** @type {(inputs: Train_Trial_BatchInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`lote ${i?.count}`)
};

export const train_trial_best_single = /** @type {(inputs: Train_Trial_Best_SingleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mejor individual`)
};

export const train_trial_done = /** @type {(inputs: Train_Trial_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`terminado`)
};

export const train_trial_epochs = /** @type {(inputs: Train_Trial_EpochsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`≤ ${i?.count} épocas`)
};

export const train_trial_failed = /** @type {(inputs: Train_Trial_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fallido: ${i?.message}`)
};

export const train_trial_in_blend = /** @type {(inputs: Train_Trial_In_BlendInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`en la combinación ${i?.share}`)
};

export const train_trial_iterations = /** @type {(inputs: Train_Trial_IterationsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`≤ ${i?.count} iteraciones`)
};

export const train_trial_lr = /** @type {(inputs: Train_Trial_LrInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tasa ${i?.value}`)
};

export const train_trial_pruned = /** @type {(inputs: Train_Trial_PrunedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Detenido antes: por debajo de la mediana de los intentos anteriores.`)
};

export const train_trial_rows_per_leaf = /** @type {(inputs: Train_Trial_Rows_Per_LeafInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`≥ ${i?.count} filas/hoja`)
};

export const train_trial_skipped = /** @type {(inputs: Train_Trial_SkippedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Omitido: demasiado lento para el tiempo restante.`)
};

export const train_trial_vocab = /** @type {(inputs: Train_Trial_VocabInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vocabulario ${i?.count}`)
};

export const train_trials = /** @type {(inputs: Train_TrialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intentos`)
};

export const train_validation_percent = /** @type {(inputs: Train_Validation_PercentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Validación %`)
};

export const train_value_auto = /** @type {(inputs: Train_Value_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`automático`)
};

export const train_value_borderline = /** @type {(inputs: Train_Value_BorderlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borderline-SMOTE`)
};

export const train_value_class_weights = /** @type {(inputs: Train_Value_Class_WeightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pesos de clase`)
};

export const train_value_minmax = /** @type {(inputs: Train_Value_MinmaxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mín–máx`)
};

export const train_value_none_f = /** @type {(inputs: Train_Value_None_FInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ninguna`)
};

export const train_value_random_over = /** @type {(inputs: Train_Value_Random_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sobremuestreo`)
};

export const train_value_random_under = /** @type {(inputs: Train_Value_Random_UnderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`submuestreo`)
};

export const train_value_smote = /** @type {(inputs: Train_Value_SmoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMOTE`)
};

export const train_value_smote_nc = /** @type {(inputs: Train_Value_Smote_NcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMOTE-NC`)
};

export const train_value_standard = /** @type {(inputs: Train_Value_StandardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`estándar`)
};

export const train_value_stop_both = /** @type {(inputs: Train_Value_Stop_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inglés+español`)
};

export const train_value_stop_english = /** @type {(inputs: Train_Value_Stop_EnglishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inglés`)
};

export const train_value_stop_spanish = /** @type {(inputs: Train_Value_Stop_SpanishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`español`)
};

export const train_vocabulary_size = /** @type {(inputs: Train_Vocabulary_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tamaño del vocabulario`)
};

export const welcome_body = /** @type {(inputs: Welcome_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Carga un CSV de ejemplos etiquetados (solicitantes de crédito, reclamaciones de clientes, oportunidades de venta), elige la columna que quieres predecir y entrena un modelo en esta pestaña. Todo —la lectura, el perfilado, el entrenamiento— ocurre en tu equipo.`)
};

export const welcome_start = /** @type {(inputs: Welcome_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empieza con una muestra incluida, a la izquierda, o suelta tu propio archivo.`)
};

export const welcome_title = /** @type {(inputs: Welcome_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bienvenido a Faro`)
};