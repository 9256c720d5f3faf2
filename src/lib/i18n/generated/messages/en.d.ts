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
export const app_evictable: (inputs: App_EvictableInputs) => LocalizedString;
export const app_persistent: (inputs: App_PersistentInputs) => LocalizedString;
export const app_privacy: (inputs: App_PrivacyInputs) => LocalizedString;
export const app_privacy_title: (inputs: App_Privacy_TitleInputs) => LocalizedString;
export const app_storage_label: (inputs: App_Storage_LabelInputs) => LocalizedString;
export const app_stored: (inputs: App_StoredInputs) => LocalizedString;
export const app_tagline: (inputs: App_TaglineInputs) => LocalizedString;
export const chart_series: (inputs: Chart_SeriesInputs) => LocalizedString;
export const chart_values_label: (inputs: Chart_Values_LabelInputs) => LocalizedString;
export const chart_values_summary: (inputs: Chart_Values_SummaryInputs) => LocalizedString;
export const data_band_medium: (inputs: Data_Band_MediumInputs) => LocalizedString;
export const data_band_strong: (inputs: Data_Band_StrongInputs) => LocalizedString;
export const data_band_suspicious: (inputs: Data_Band_SuspiciousInputs) => LocalizedString;
export const data_band_useless: (inputs: Data_Band_UselessInputs) => LocalizedString;
export const data_band_weak: (inputs: Data_Band_WeakInputs) => LocalizedString;
export const data_bins_bin: (inputs: Data_Bins_BinInputs) => LocalizedString;
export const data_bins_label: (inputs: Data_Bins_LabelInputs) => LocalizedString;
export const data_bins_legend: (inputs: Data_Bins_LegendInputs) => LocalizedString;
export const data_bins_missing: (inputs: Data_Bins_MissingInputs) => LocalizedString;
export const data_bins_rate: (inputs: Data_Bins_RateInputs) => LocalizedString;
export const data_bins_rows: (inputs: Data_Bins_RowsInputs) => LocalizedString;
export const data_bins_woe_bar: (inputs: Data_Bins_Woe_BarInputs) => LocalizedString;
export const data_blank: (inputs: Data_BlankInputs) => LocalizedString;
export const data_col_column: (inputs: Data_Col_ColumnInputs) => LocalizedString;
export const data_col_distinct: (inputs: Data_Col_DistinctInputs) => LocalizedString;
export const data_col_kind: (inputs: Data_Col_KindInputs) => LocalizedString;
export const data_col_missing: (inputs: Data_Col_MissingInputs) => LocalizedString;
export const data_col_profile: (inputs: Data_Col_ProfileInputs) => LocalizedString;
export const data_col_role: (inputs: Data_Col_RoleInputs) => LocalizedString;
export const data_kind_boolean: (inputs: Data_Kind_BooleanInputs) => LocalizedString;
export const data_kind_categorical: (inputs: Data_Kind_CategoricalInputs) => LocalizedString;
export const data_kind_constant: (inputs: Data_Kind_ConstantInputs) => LocalizedString;
export const data_kind_date: (inputs: Data_Kind_DateInputs) => LocalizedString;
export const data_kind_id: (inputs: Data_Kind_IdInputs) => LocalizedString;
export const data_kind_numeric: (inputs: Data_Kind_NumericInputs) => LocalizedString;
export const data_kind_text: (inputs: Data_Kind_TextInputs) => LocalizedString;
export const data_list_delete_confirm: (inputs: Data_List_Delete_ConfirmInputs) => LocalizedString;
export const data_list_delete_label: (inputs: Data_List_Delete_LabelInputs) => LocalizedString;
export const data_list_delete_title: (inputs: Data_List_Delete_TitleInputs) => LocalizedString;
export const data_list_facts: (inputs: Data_List_FactsInputs) => LocalizedString;
export const data_list_label: (inputs: Data_List_LabelInputs) => LocalizedString;
export const data_list_title: (inputs: Data_List_TitleInputs) => LocalizedString;
export const data_load_choose: (inputs: Data_Load_ChooseInputs) => LocalizedString;
export const data_load_drop: (inputs: Data_Load_DropInputs) => LocalizedString;
export const data_load_hint: (inputs: Data_Load_HintInputs) => LocalizedString;
export const data_load_label: (inputs: Data_Load_LabelInputs) => LocalizedString;
export const data_load_pad_rows: (inputs: Data_Load_Pad_RowsInputs) => LocalizedString;
export const data_load_reading: (inputs: Data_Load_ReadingInputs) => LocalizedString;
export const data_load_samples: (inputs: Data_Load_SamplesInputs) => LocalizedString;
export const data_load_samples_compact: (inputs: Data_Load_Samples_CompactInputs) => LocalizedString;
export const data_load_skip_rows: (inputs: Data_Load_Skip_RowsInputs) => LocalizedString;
export const data_notes_label: (inputs: Data_Notes_LabelInputs) => LocalizedString;
export const data_notes_padded_rows: (inputs: Data_Notes_Padded_RowsInputs) => LocalizedString;
export const data_notes_renamed: (inputs: Data_Notes_RenamedInputs) => LocalizedString;
export const data_notes_skipped_quote_rows: (inputs: Data_Notes_Skipped_Quote_RowsInputs) => LocalizedString;
export const data_notes_skipped_rows: (inputs: Data_Notes_Skipped_RowsInputs) => LocalizedString;
export const data_notes_stray_quotes_end: (inputs: Data_Notes_Stray_Quotes_EndInputs) => LocalizedString;
export const data_notes_stray_quotes_one: (inputs: Data_Notes_Stray_Quotes_OneInputs) => LocalizedString;
export const data_notes_stray_quotes_other: (inputs: Data_Notes_Stray_Quotes_OtherInputs) => LocalizedString;
export const data_preview_label: (inputs: Data_Preview_LabelInputs) => LocalizedString;
export const data_preview_scroll: (inputs: Data_Preview_ScrollInputs) => LocalizedString;
export const data_preview_table: (inputs: Data_Preview_TableInputs) => LocalizedString;
export const data_preview_title: (inputs: Data_Preview_TitleInputs) => LocalizedString;
export const data_profile_count: (inputs: Data_Profile_CountInputs) => LocalizedString;
export const data_profile_inferred: (inputs: Data_Profile_InferredInputs) => LocalizedString;
export const data_profile_kind_of: (inputs: Data_Profile_Kind_OfInputs) => LocalizedString;
export const data_profile_label: (inputs: Data_Profile_LabelInputs) => LocalizedString;
export const data_profile_role_of: (inputs: Data_Profile_Role_OfInputs) => LocalizedString;
export const data_profile_table: (inputs: Data_Profile_TableInputs) => LocalizedString;
export const data_profile_title: (inputs: Data_Profile_TitleInputs) => LocalizedString;
export const data_profile_warnings_one: (inputs: Data_Profile_Warnings_OneInputs) => LocalizedString;
export const data_profile_warnings_other: (inputs: Data_Profile_Warnings_OtherInputs) => LocalizedString;
export const data_role_feature: (inputs: Data_Role_FeatureInputs) => LocalizedString;
export const data_role_id: (inputs: Data_Role_IdInputs) => LocalizedString;
export const data_role_ignore: (inputs: Data_Role_IgnoreInputs) => LocalizedString;
export const data_role_target: (inputs: Data_Role_TargetInputs) => LocalizedString;
export const data_sample_austen_detail: (inputs: Data_Sample_Austen_DetailInputs) => LocalizedString;
export const data_sample_austen_title: (inputs: Data_Sample_Austen_TitleInputs) => LocalizedString;
export const data_sample_german_detail: (inputs: Data_Sample_German_DetailInputs) => LocalizedString;
export const data_sample_german_title: (inputs: Data_Sample_German_TitleInputs) => LocalizedString;
export const data_sep_comma: (inputs: Data_Sep_CommaInputs) => LocalizedString;
export const data_sep_other: (inputs: Data_Sep_OtherInputs) => LocalizedString;
export const data_sep_pipe: (inputs: Data_Sep_PipeInputs) => LocalizedString;
export const data_sep_semicolon: (inputs: Data_Sep_SemicolonInputs) => LocalizedString;
export const data_sep_tab: (inputs: Data_Sep_TabInputs) => LocalizedString;
export const data_set_up_training: (inputs: Data_Set_Up_TrainingInputs) => LocalizedString;
export const data_signal_against: (inputs: Data_Signal_AgainstInputs) => LocalizedString;
export const data_signal_bins_of: (inputs: Data_Signal_Bins_OfInputs) => LocalizedString;
export const data_signal_check_ge: (inputs: Data_Signal_Check_GeInputs) => LocalizedString;
export const data_signal_check_gt: (inputs: Data_Signal_Check_GtInputs) => LocalizedString;
export const data_signal_check_lt: (inputs: Data_Signal_Check_LtInputs) => LocalizedString;
export const data_signal_check_undefined: (inputs: Data_Signal_Check_UndefinedInputs) => LocalizedString;
export const data_signal_col_flag: (inputs: Data_Signal_Col_FlagInputs) => LocalizedString;
export const data_signal_col_measure: (inputs: Data_Signal_Col_MeasureInputs) => LocalizedString;
export const data_signal_col_strength: (inputs: Data_Signal_Col_StrengthInputs) => LocalizedString;
export const data_signal_col_value: (inputs: Data_Signal_Col_ValueInputs) => LocalizedString;
export const data_signal_cramers_v: (inputs: Data_Signal_Cramers_VInputs) => LocalizedString;
export const data_signal_earlier: (inputs: Data_Signal_EarlierInputs) => LocalizedString;
export const data_signal_flag_leak: (inputs: Data_Signal_Flag_LeakInputs) => LocalizedString;
export const data_signal_flag_none: (inputs: Data_Signal_Flag_NoneInputs) => LocalizedString;
export const data_signal_higher: (inputs: Data_Signal_HigherInputs) => LocalizedString;
export const data_signal_how: (inputs: Data_Signal_HowInputs) => LocalizedString;
export const data_signal_how_body: (inputs: Data_Signal_How_BodyInputs) => LocalizedString;
export const data_signal_intro_by_iv: (inputs: Data_Signal_Intro_By_IvInputs) => LocalizedString;
export const data_signal_intro_by_v: (inputs: Data_Signal_Intro_By_VInputs) => LocalizedString;
export const data_signal_intro_dropped: (inputs: Data_Signal_Intro_DroppedInputs) => LocalizedString;
export const data_signal_intro_open: (inputs: Data_Signal_Intro_OpenInputs) => LocalizedString;
export const data_signal_intro_rows: (inputs: Data_Signal_Intro_RowsInputs) => LocalizedString;
export const data_signal_iv_needs_binary: (inputs: Data_Signal_Iv_Needs_BinaryInputs) => LocalizedString;
export const data_signal_iv_title: (inputs: Data_Signal_Iv_TitleInputs) => LocalizedString;
export const data_signal_iv_title_needs: (inputs: Data_Signal_Iv_Title_NeedsInputs) => LocalizedString;
export const data_signal_later: (inputs: Data_Signal_LaterInputs) => LocalizedString;
export const data_signal_lower: (inputs: Data_Signal_LowerInputs) => LocalizedString;
export const data_signal_not_screened: (inputs: Data_Signal_Not_ScreenedInputs) => LocalizedString;
export const data_signal_note_many_levels: (inputs: Data_Signal_Note_Many_LevelsInputs) => LocalizedString;
export const data_signal_note_one_value: (inputs: Data_Signal_Note_One_ValueInputs) => LocalizedString;
export const data_signal_phase_column: (inputs: Data_Signal_Phase_ColumnInputs) => LocalizedString;
export const data_signal_phase_done: (inputs: Data_Signal_Phase_DoneInputs) => LocalizedString;
export const data_signal_positive: (inputs: Data_Signal_PositiveInputs) => LocalizedString;
export const data_signal_screening: (inputs: Data_Signal_ScreeningInputs) => LocalizedString;
export const data_signal_scroll: (inputs: Data_Signal_ScrollInputs) => LocalizedString;
export const data_signal_skip_all_missing: (inputs: Data_Signal_Skip_All_MissingInputs) => LocalizedString;
export const data_signal_skip_constant: (inputs: Data_Signal_Skip_ConstantInputs) => LocalizedString;
export const data_signal_skip_id: (inputs: Data_Signal_Skip_IdInputs) => LocalizedString;
export const data_signal_skip_text: (inputs: Data_Signal_Skip_TextInputs) => LocalizedString;
export const data_signal_title: (inputs: Data_Signal_TitleInputs) => LocalizedString;
export const data_stat_max: (inputs: Data_Stat_MaxInputs) => LocalizedString;
export const data_stat_mean: (inputs: Data_Stat_MeanInputs) => LocalizedString;
export const data_stat_median: (inputs: Data_Stat_MedianInputs) => LocalizedString;
export const data_stat_min: (inputs: Data_Stat_MinInputs) => LocalizedString;
export const data_stat_quartiles: (inputs: Data_Stat_QuartilesInputs) => LocalizedString;
export const data_stat_std: (inputs: Data_Stat_StdInputs) => LocalizedString;
export const data_summary_and_more: (inputs: Data_Summary_And_MoreInputs) => LocalizedString;
export const data_summary_columns: (inputs: Data_Summary_ColumnsInputs) => LocalizedString;
export const data_summary_decimal_comma: (inputs: Data_Summary_Decimal_CommaInputs) => LocalizedString;
export const data_summary_frequent: (inputs: Data_Summary_FrequentInputs) => LocalizedString;
export const data_summary_from: (inputs: Data_Summary_FromInputs) => LocalizedString;
export const data_summary_histogram: (inputs: Data_Summary_HistogramInputs) => LocalizedString;
export const data_summary_label: (inputs: Data_Summary_LabelInputs) => LocalizedString;
export const data_summary_length: (inputs: Data_Summary_LengthInputs) => LocalizedString;
export const data_summary_length_chars: (inputs: Data_Summary_Length_CharsInputs) => LocalizedString;
export const data_summary_length_distribution: (inputs: Data_Summary_Length_DistributionInputs) => LocalizedString;
export const data_summary_line_ends: (inputs: Data_Summary_Line_EndsInputs) => LocalizedString;
export const data_summary_read_in: (inputs: Data_Summary_Read_InInputs) => LocalizedString;
export const data_summary_rows: (inputs: Data_Summary_RowsInputs) => LocalizedString;
export const data_summary_rows_col: (inputs: Data_Summary_Rows_ColInputs) => LocalizedString;
export const data_summary_to: (inputs: Data_Summary_ToInputs) => LocalizedString;
export const data_summary_top_terms: (inputs: Data_Summary_Top_TermsInputs) => LocalizedString;
export const data_summary_values: (inputs: Data_Summary_ValuesInputs) => LocalizedString;
export const data_target_balance: (inputs: Data_Target_BalanceInputs) => LocalizedString;
export const data_target_choose: (inputs: Data_Target_ChooseInputs) => LocalizedString;
export const data_target_hint: (inputs: Data_Target_HintInputs) => LocalizedString;
export const data_target_imbalanced: (inputs: Data_Target_ImbalancedInputs) => LocalizedString;
export const data_target_label: (inputs: Data_Target_LabelInputs) => LocalizedString;
export const data_target_missing: (inputs: Data_Target_MissingInputs) => LocalizedString;
export const data_target_numeric_warning: (inputs: Data_Target_Numeric_WarningInputs) => LocalizedString;
export const data_target_option: (inputs: Data_Target_OptionInputs) => LocalizedString;
export const data_target_other_levels: (inputs: Data_Target_Other_LevelsInputs) => LocalizedString;
export const data_target_pick: (inputs: Data_Target_PickInputs) => LocalizedString;
export const data_warn_all_missing: (inputs: Data_Warn_All_MissingInputs) => LocalizedString;
export const data_warn_constant: (inputs: Data_Warn_ConstantInputs) => LocalizedString;
export const data_warn_high_cardinality: (inputs: Data_Warn_High_CardinalityInputs) => LocalizedString;
export const data_warn_id_like: (inputs: Data_Warn_Id_LikeInputs) => LocalizedString;
export const data_warn_index_column: (inputs: Data_Warn_Index_ColumnInputs) => LocalizedString;
export const data_warn_leading_zeros: (inputs: Data_Warn_Leading_ZerosInputs) => LocalizedString;
export const data_warn_mostly_missing: (inputs: Data_Warn_Mostly_MissingInputs) => LocalizedString;
export const data_warn_rows_bad_quotes: (inputs: Data_Warn_Rows_Bad_QuotesInputs) => LocalizedString;
export const data_warn_rows_padded: (inputs: Data_Warn_Rows_PaddedInputs) => LocalizedString;
export const data_warn_rows_skipped: (inputs: Data_Warn_Rows_SkippedInputs) => LocalizedString;
export const data_warn_stray_quotes_one: (inputs: Data_Warn_Stray_Quotes_OneInputs) => LocalizedString;
export const data_warn_stray_quotes_other: (inputs: Data_Warn_Stray_Quotes_OtherInputs) => LocalizedString;
export const dismiss: (inputs: DismissInputs) => LocalizedString;
export const err_balance_bad_k: (inputs: Err_Balance_Bad_KInputs) => LocalizedString;
export const err_balance_bad_k_hint: (inputs: Err_Balance_Bad_K_HintInputs) => LocalizedString;
export const err_balance_bad_strategy: (inputs: Err_Balance_Bad_StrategyInputs) => LocalizedString;
export const err_balance_bad_strategy_hint: (inputs: Err_Balance_Bad_Strategy_HintInputs) => LocalizedString;
export const err_balance_class_count: (inputs: Err_Balance_Class_CountInputs) => LocalizedString;
export const err_balance_class_count_hint: (inputs: Err_Balance_Class_Count_HintInputs) => LocalizedString;
export const err_balance_class_too_small: (inputs: Err_Balance_Class_Too_SmallInputs) => LocalizedString;
export const err_balance_class_too_small_hint: (inputs: Err_Balance_Class_Too_Small_HintInputs) => LocalizedString;
export const err_balance_label_outside: (inputs: Err_Balance_Label_OutsideInputs) => LocalizedString;
export const err_balance_label_outside_hint: (inputs: Err_Balance_Label_Outside_HintInputs) => LocalizedString;
export const err_balance_matrix_shape: (inputs: Err_Balance_Matrix_ShapeInputs) => LocalizedString;
export const err_balance_matrix_shape_hint: (inputs: Err_Balance_Matrix_Shape_HintInputs) => LocalizedString;
export const err_balance_missing_category: (inputs: Err_Balance_Missing_CategoryInputs) => LocalizedString;
export const err_balance_missing_category_hint: (inputs: Err_Balance_Missing_Category_HintInputs) => LocalizedString;
export const err_balance_mixed_shape: (inputs: Err_Balance_Mixed_ShapeInputs) => LocalizedString;
export const err_balance_mixed_shape_hint: (inputs: Err_Balance_Mixed_Shape_HintInputs) => LocalizedString;
export const err_balance_neighbours: (inputs: Err_Balance_NeighboursInputs) => LocalizedString;
export const err_balance_neighbours_hint: (inputs: Err_Balance_Neighbours_HintInputs) => LocalizedString;
export const err_balance_not_finite: (inputs: Err_Balance_Not_FiniteInputs) => LocalizedString;
export const err_balance_not_finite_hint: (inputs: Err_Balance_Not_Finite_HintInputs) => LocalizedString;
export const err_balance_ratio_hint: (inputs: Err_Balance_Ratio_HintInputs) => LocalizedString;
export const err_balance_ratio_no_rows: (inputs: Err_Balance_Ratio_No_RowsInputs) => LocalizedString;
export const err_balance_ratio_range: (inputs: Err_Balance_Ratio_RangeInputs) => LocalizedString;
export const err_balance_ratio_range_hint: (inputs: Err_Balance_Ratio_Range_HintInputs) => LocalizedString;
export const err_balance_ratio_too_few: (inputs: Err_Balance_Ratio_Too_FewInputs) => LocalizedString;
export const err_balance_smote_nc_hint_categorical: (inputs: Err_Balance_Smote_Nc_Hint_CategoricalInputs) => LocalizedString;
export const err_balance_smote_nc_hint_numeric: (inputs: Err_Balance_Smote_Nc_Hint_NumericInputs) => LocalizedString;
export const err_balance_smote_nc_kinds: (inputs: Err_Balance_Smote_Nc_KindsInputs) => LocalizedString;
export const err_balance_text_features: (inputs: Err_Balance_Text_FeaturesInputs) => LocalizedString;
export const err_balance_text_features_hint: (inputs: Err_Balance_Text_Features_HintInputs) => LocalizedString;
export const err_balance_unknown_method: (inputs: Err_Balance_Unknown_MethodInputs) => LocalizedString;
export const err_balance_weights_empty: (inputs: Err_Balance_Weights_EmptyInputs) => LocalizedString;
export const err_balance_weights_empty_hint: (inputs: Err_Balance_Weights_Empty_HintInputs) => LocalizedString;
export const err_balance_where_method: (inputs: Err_Balance_Where_MethodInputs) => LocalizedString;
export const err_blend_bad_weight: (inputs: Err_Blend_Bad_WeightInputs) => LocalizedString;
export const err_blend_hint: (inputs: Err_Blend_HintInputs) => LocalizedString;
export const err_blend_member_count: (inputs: Err_Blend_Member_CountInputs) => LocalizedString;
export const err_blend_other_seed: (inputs: Err_Blend_Other_SeedInputs) => LocalizedString;
export const err_blend_other_split: (inputs: Err_Blend_Other_SplitInputs) => LocalizedString;
export const err_blend_other_target: (inputs: Err_Blend_Other_TargetInputs) => LocalizedString;
export const err_boolean_levels: (inputs: Err_Boolean_LevelsInputs) => LocalizedString;
export const err_boolean_levels_hint: (inputs: Err_Boolean_Levels_HintInputs) => LocalizedString;
export const err_bundle_choose_json_hint: (inputs: Err_Bundle_Choose_Json_HintInputs) => LocalizedString;
export const err_bundle_could_not_read: (inputs: Err_Bundle_Could_Not_ReadInputs) => LocalizedString;
export const err_bundle_download_again_hint: (inputs: Err_Bundle_Download_Again_HintInputs) => LocalizedString;
export const err_bundle_empty: (inputs: Err_Bundle_EmptyInputs) => LocalizedString;
export const err_bundle_field_missing: (inputs: Err_Bundle_Field_MissingInputs) => LocalizedString;
export const err_bundle_hint: (inputs: Err_Bundle_HintInputs) => LocalizedString;
export const err_bundle_model_removed: (inputs: Err_Bundle_Model_RemovedInputs) => LocalizedString;
export const err_bundle_model_removed_hint: (inputs: Err_Bundle_Model_Removed_HintInputs) => LocalizedString;
export const err_bundle_must_ascending: (inputs: Err_Bundle_Must_AscendingInputs) => LocalizedString;
export const err_bundle_must_batch_input_shape: (inputs: Err_Bundle_Must_Batch_Input_ShapeInputs) => LocalizedString;
export const err_bundle_must_blend_format: (inputs: Err_Bundle_Must_Blend_FormatInputs) => LocalizedString;
export const err_bundle_must_blend_version: (inputs: Err_Bundle_Must_Blend_VersionInputs) => LocalizedString;
export const err_bundle_must_boolean: (inputs: Err_Bundle_Must_BooleanInputs) => LocalizedString;
export const err_bundle_must_date: (inputs: Err_Bundle_Must_DateInputs) => LocalizedString;
export const err_bundle_must_dense_layer: (inputs: Err_Bundle_Must_Dense_LayerInputs) => LocalizedString;
export const err_bundle_must_dense_width: (inputs: Err_Bundle_Must_Dense_WidthInputs) => LocalizedString;
export const err_bundle_must_feature_names: (inputs: Err_Bundle_Must_Feature_NamesInputs) => LocalizedString;
export const err_bundle_must_first_inbound: (inputs: Err_Bundle_Must_First_InboundInputs) => LocalizedString;
export const err_bundle_must_idf_count: (inputs: Err_Bundle_Must_Idf_CountInputs) => LocalizedString;
export const err_bundle_must_inbound: (inputs: Err_Bundle_Must_InboundInputs) => LocalizedString;
export const err_bundle_must_input_layer_first: (inputs: Err_Bundle_Must_Input_Layer_FirstInputs) => LocalizedString;
export const err_bundle_must_input_width: (inputs: Err_Bundle_Must_Input_WidthInputs) => LocalizedString;
export const err_bundle_must_labels: (inputs: Err_Bundle_Must_LabelsInputs) => LocalizedString;
export const err_bundle_must_labels_entry: (inputs: Err_Bundle_Must_Labels_EntryInputs) => LocalizedString;
export const err_bundle_must_labels_unique: (inputs: Err_Bundle_Must_Labels_UniqueInputs) => LocalizedString;
export const err_bundle_must_layers: (inputs: Err_Bundle_Must_LayersInputs) => LocalizedString;
export const err_bundle_must_list: (inputs: Err_Bundle_Must_ListInputs) => LocalizedString;
export const err_bundle_must_member_count: (inputs: Err_Bundle_Must_Member_CountInputs) => LocalizedString;
export const err_bundle_must_member_kind: (inputs: Err_Bundle_Must_Member_KindInputs) => LocalizedString;
export const err_bundle_must_model_format: (inputs: Err_Bundle_Must_Model_FormatInputs) => LocalizedString;
export const err_bundle_must_model_format_nested: (inputs: Err_Bundle_Must_Model_Format_NestedInputs) => LocalizedString;
export const err_bundle_must_no_quantization: (inputs: Err_Bundle_Must_No_QuantizationInputs) => LocalizedString;
export const err_bundle_must_no_target_input: (inputs: Err_Bundle_Must_No_Target_InputInputs) => LocalizedString;
export const err_bundle_must_nonempty_text: (inputs: Err_Bundle_Must_Nonempty_TextInputs) => LocalizedString;
export const err_bundle_must_number: (inputs: Err_Bundle_Must_NumberInputs) => LocalizedString;
export const err_bundle_must_number_min: (inputs: Err_Bundle_Must_Number_MinInputs) => LocalizedString;
export const err_bundle_must_number_range: (inputs: Err_Bundle_Must_Number_RangeInputs) => LocalizedString;
export const err_bundle_must_object: (inputs: Err_Bundle_Must_ObjectInputs) => LocalizedString;
export const err_bundle_must_one_of: (inputs: Err_Bundle_Must_One_OfInputs) => LocalizedString;
export const err_bundle_must_output_units: (inputs: Err_Bundle_Must_Output_UnitsInputs) => LocalizedString;
export const err_bundle_must_percentiles: (inputs: Err_Bundle_Must_PercentilesInputs) => LocalizedString;
export const err_bundle_must_plain_chain: (inputs: Err_Bundle_Must_Plain_ChainInputs) => LocalizedString;
export const err_bundle_must_positive_weight: (inputs: Err_Bundle_Must_Positive_WeightInputs) => LocalizedString;
export const err_bundle_must_recipe_input: (inputs: Err_Bundle_Must_Recipe_InputInputs) => LocalizedString;
export const err_bundle_must_schema_column: (inputs: Err_Bundle_Must_Schema_ColumnInputs) => LocalizedString;
export const err_bundle_must_schema_includes: (inputs: Err_Bundle_Must_Schema_IncludesInputs) => LocalizedString;
export const err_bundle_must_schema_kind: (inputs: Err_Bundle_Must_Schema_KindInputs) => LocalizedString;
export const err_bundle_must_shares: (inputs: Err_Bundle_Must_SharesInputs) => LocalizedString;
export const err_bundle_must_softmax: (inputs: Err_Bundle_Must_SoftmaxInputs) => LocalizedString;
export const err_bundle_must_term_names: (inputs: Err_Bundle_Must_Term_NamesInputs) => LocalizedString;
export const err_bundle_must_text: (inputs: Err_Bundle_Must_TextInputs) => LocalizedString;
export const err_bundle_must_threshold_absent: (inputs: Err_Bundle_Must_Threshold_AbsentInputs) => LocalizedString;
export const err_bundle_must_tree_version: (inputs: Err_Bundle_Must_Tree_VersionInputs) => LocalizedString;
export const err_bundle_must_trial_id: (inputs: Err_Bundle_Must_Trial_IdInputs) => LocalizedString;
export const err_bundle_must_unique_column: (inputs: Err_Bundle_Must_Unique_ColumnInputs) => LocalizedString;
export const err_bundle_must_weight_bytes: (inputs: Err_Bundle_Must_Weight_BytesInputs) => LocalizedString;
export const err_bundle_must_weight_shape: (inputs: Err_Bundle_Must_Weight_ShapeInputs) => LocalizedString;
export const err_bundle_must_weight_specs: (inputs: Err_Bundle_Must_Weight_SpecsInputs) => LocalizedString;
export const err_bundle_must_weights_sum: (inputs: Err_Bundle_Must_Weights_SumInputs) => LocalizedString;
export const err_bundle_must_whole: (inputs: Err_Bundle_Must_WholeInputs) => LocalizedString;
export const err_bundle_must_whole_min: (inputs: Err_Bundle_Must_Whole_MinInputs) => LocalizedString;
export const err_bundle_must_whole_range: (inputs: Err_Bundle_Must_Whole_RangeInputs) => LocalizedString;
export const err_bundle_newer: (inputs: Err_Bundle_NewerInputs) => LocalizedString;
export const err_bundle_newer_hint: (inputs: Err_Bundle_Newer_HintInputs) => LocalizedString;
export const err_bundle_not_base64: (inputs: Err_Bundle_Not_Base64Inputs) => LocalizedString;
export const err_bundle_not_json: (inputs: Err_Bundle_Not_JsonInputs) => LocalizedString;
export const err_bundle_not_json_hint: (inputs: Err_Bundle_Not_Json_HintInputs) => LocalizedString;
export const err_bundle_not_object: (inputs: Err_Bundle_Not_ObjectInputs) => LocalizedString;
export const err_bundle_positive_missing: (inputs: Err_Bundle_Positive_MissingInputs) => LocalizedString;
export const err_bundle_run_no_model: (inputs: Err_Bundle_Run_No_ModelInputs) => LocalizedString;
export const err_bundle_run_no_model_hint: (inputs: Err_Bundle_Run_No_Model_HintInputs) => LocalizedString;
export const err_bundle_unusable_model: (inputs: Err_Bundle_Unusable_ModelInputs) => LocalizedString;
export const err_bundle_unusable_recipe: (inputs: Err_Bundle_Unusable_RecipeInputs) => LocalizedString;
export const err_bundle_wrong_format: (inputs: Err_Bundle_Wrong_FormatInputs) => LocalizedString;
export const err_cancelled: (inputs: Err_CancelledInputs) => LocalizedString;
export const err_column_no_values: (inputs: Err_Column_No_ValuesInputs) => LocalizedString;
export const err_column_no_values_boolean_hint: (inputs: Err_Column_No_Values_Boolean_HintInputs) => LocalizedString;
export const err_column_no_values_impute_hint: (inputs: Err_Column_No_Values_Impute_HintInputs) => LocalizedString;
export const err_column_no_values_levels_hint: (inputs: Err_Column_No_Values_Levels_HintInputs) => LocalizedString;
export const err_csv_binary_gzip: (inputs: Err_Csv_Binary_GzipInputs) => LocalizedString;
export const err_csv_binary_jpeg: (inputs: Err_Csv_Binary_JpegInputs) => LocalizedString;
export const err_csv_binary_nul: (inputs: Err_Csv_Binary_NulInputs) => LocalizedString;
export const err_csv_binary_nul_hint: (inputs: Err_Csv_Binary_Nul_HintInputs) => LocalizedString;
export const err_csv_binary_pdf: (inputs: Err_Csv_Binary_PdfInputs) => LocalizedString;
export const err_csv_binary_png: (inputs: Err_Csv_Binary_PngInputs) => LocalizedString;
export const err_csv_binary_xls: (inputs: Err_Csv_Binary_XlsInputs) => LocalizedString;
export const err_csv_binary_xlsx: (inputs: Err_Csv_Binary_XlsxInputs) => LocalizedString;
export const err_csv_binary_zip: (inputs: Err_Csv_Binary_ZipInputs) => LocalizedString;
export const err_csv_choose_csv_hint: (inputs: Err_Csv_Choose_Csv_HintInputs) => LocalizedString;
export const err_csv_empty: (inputs: Err_Csv_EmptyInputs) => LocalizedString;
export const err_csv_empty_hint: (inputs: Err_Csv_Empty_HintInputs) => LocalizedString;
export const err_csv_gzip_hint: (inputs: Err_Csv_Gzip_HintInputs) => LocalizedString;
export const err_csv_mixed_encoding: (inputs: Err_Csv_Mixed_EncodingInputs) => LocalizedString;
export const err_csv_mixed_encoding_hint: (inputs: Err_Csv_Mixed_Encoding_HintInputs) => LocalizedString;
export const err_csv_no_rows: (inputs: Err_Csv_No_RowsInputs) => LocalizedString;
export const err_csv_no_rows_hint: (inputs: Err_Csv_No_Rows_HintInputs) => LocalizedString;
export const err_csv_quotes: (inputs: Err_Csv_QuotesInputs) => LocalizedString;
export const err_csv_quotes_header: (inputs: Err_Csv_Quotes_HeaderInputs) => LocalizedString;
export const err_csv_quotes_header_hint: (inputs: Err_Csv_Quotes_Header_HintInputs) => LocalizedString;
export const err_csv_quotes_header_more: (inputs: Err_Csv_Quotes_Header_MoreInputs) => LocalizedString;
export const err_csv_quotes_header_more_one: (inputs: Err_Csv_Quotes_Header_More_OneInputs) => LocalizedString;
export const err_csv_quotes_header_named: (inputs: Err_Csv_Quotes_Header_NamedInputs) => LocalizedString;
export const err_csv_quotes_header_named_more: (inputs: Err_Csv_Quotes_Header_Named_MoreInputs) => LocalizedString;
export const err_csv_quotes_header_named_more_one: (inputs: Err_Csv_Quotes_Header_Named_More_OneInputs) => LocalizedString;
export const err_csv_quotes_hint_one: (inputs: Err_Csv_Quotes_Hint_OneInputs) => LocalizedString;
export const err_csv_quotes_hint_other: (inputs: Err_Csv_Quotes_Hint_OtherInputs) => LocalizedString;
export const err_csv_quotes_more: (inputs: Err_Csv_Quotes_MoreInputs) => LocalizedString;
export const err_csv_quotes_more_one: (inputs: Err_Csv_Quotes_More_OneInputs) => LocalizedString;
export const err_csv_quotes_named: (inputs: Err_Csv_Quotes_NamedInputs) => LocalizedString;
export const err_csv_quotes_named_more: (inputs: Err_Csv_Quotes_Named_MoreInputs) => LocalizedString;
export const err_csv_quotes_named_more_one: (inputs: Err_Csv_Quotes_Named_More_OneInputs) => LocalizedString;
export const err_csv_ragged: (inputs: Err_Csv_RaggedInputs) => LocalizedString;
export const err_csv_ragged_hint_bar_one: (inputs: Err_Csv_Ragged_Hint_Bar_OneInputs) => LocalizedString;
export const err_csv_ragged_hint_bar_other: (inputs: Err_Csv_Ragged_Hint_Bar_OtherInputs) => LocalizedString;
export const err_csv_ragged_hint_comma_one: (inputs: Err_Csv_Ragged_Hint_Comma_OneInputs) => LocalizedString;
export const err_csv_ragged_hint_comma_other: (inputs: Err_Csv_Ragged_Hint_Comma_OtherInputs) => LocalizedString;
export const err_csv_ragged_hint_semicolon_one: (inputs: Err_Csv_Ragged_Hint_Semicolon_OneInputs) => LocalizedString;
export const err_csv_ragged_hint_semicolon_other: (inputs: Err_Csv_Ragged_Hint_Semicolon_OtherInputs) => LocalizedString;
export const err_csv_ragged_hint_tab_one: (inputs: Err_Csv_Ragged_Hint_Tab_OneInputs) => LocalizedString;
export const err_csv_ragged_hint_tab_other: (inputs: Err_Csv_Ragged_Hint_Tab_OtherInputs) => LocalizedString;
export const err_csv_ragged_more: (inputs: Err_Csv_Ragged_MoreInputs) => LocalizedString;
export const err_csv_ragged_more_one: (inputs: Err_Csv_Ragged_More_OneInputs) => LocalizedString;
export const err_csv_sheet_hint: (inputs: Err_Csv_Sheet_HintInputs) => LocalizedString;
export const err_csv_single_column: (inputs: Err_Csv_Single_ColumnInputs) => LocalizedString;
export const err_csv_single_column_hint: (inputs: Err_Csv_Single_Column_HintInputs) => LocalizedString;
export const err_csv_too_large: (inputs: Err_Csv_Too_LargeInputs) => LocalizedString;
export const err_csv_too_large_hint: (inputs: Err_Csv_Too_Large_HintInputs) => LocalizedString;
export const err_csv_unclosed_quote: (inputs: Err_Csv_Unclosed_QuoteInputs) => LocalizedString;
export const err_csv_unclosed_quote_hint: (inputs: Err_Csv_Unclosed_Quote_HintInputs) => LocalizedString;
export const err_custom_model_credentials_hint: (inputs: Err_Custom_Model_Credentials_HintInputs) => LocalizedString;
export const err_custom_model_https_hint: (inputs: Err_Custom_Model_Https_HintInputs) => LocalizedString;
export const err_custom_model_invalid_hint: (inputs: Err_Custom_Model_Invalid_HintInputs) => LocalizedString;
export const err_custom_model_lib_credentials: (inputs: Err_Custom_Model_Lib_CredentialsInputs) => LocalizedString;
export const err_custom_model_lib_https: (inputs: Err_Custom_Model_Lib_HttpsInputs) => LocalizedString;
export const err_custom_model_lib_invalid: (inputs: Err_Custom_Model_Lib_InvalidInputs) => LocalizedString;
export const err_custom_model_not_wasm: (inputs: Err_Custom_Model_Not_WasmInputs) => LocalizedString;
export const err_custom_model_not_wasm_hint: (inputs: Err_Custom_Model_Not_Wasm_HintInputs) => LocalizedString;
export const err_custom_model_url_credentials: (inputs: Err_Custom_Model_Url_CredentialsInputs) => LocalizedString;
export const err_custom_model_url_https: (inputs: Err_Custom_Model_Url_HttpsInputs) => LocalizedString;
export const err_custom_model_url_invalid: (inputs: Err_Custom_Model_Url_InvalidInputs) => LocalizedString;
export const err_custom_model_where_lib: (inputs: Err_Custom_Model_Where_LibInputs) => LocalizedString;
export const err_custom_model_where_url: (inputs: Err_Custom_Model_Where_UrlInputs) => LocalizedString;
export const err_cv_over_budget_first: (inputs: Err_Cv_Over_Budget_FirstInputs) => LocalizedString;
export const err_cv_over_budget_hint: (inputs: Err_Cv_Over_Budget_HintInputs) => LocalizedString;
export const err_cv_over_budget_many: (inputs: Err_Cv_Over_Budget_ManyInputs) => LocalizedString;
export const err_cv_pruned_first: (inputs: Err_Cv_Pruned_FirstInputs) => LocalizedString;
export const err_cv_pruned_hint: (inputs: Err_Cv_Pruned_HintInputs) => LocalizedString;
export const err_cv_pruned_many: (inputs: Err_Cv_Pruned_ManyInputs) => LocalizedString;
export const err_dataset_not_found: (inputs: Err_Dataset_Not_FoundInputs) => LocalizedString;
export const err_dataset_not_found_hint: (inputs: Err_Dataset_Not_Found_HintInputs) => LocalizedString;
export const err_engine_device_lost: (inputs: Err_Engine_Device_LostInputs) => LocalizedString;
export const err_engine_device_lost_hint: (inputs: Err_Engine_Device_Lost_HintInputs) => LocalizedString;
export const err_engine_host_down: (inputs: Err_Engine_Host_DownInputs) => LocalizedString;
export const err_engine_host_down_hint: (inputs: Err_Engine_Host_Down_HintInputs) => LocalizedString;
export const err_engine_host_error: (inputs: Err_Engine_Host_ErrorInputs) => LocalizedString;
export const err_engine_host_error_hint: (inputs: Err_Engine_Host_Error_HintInputs) => LocalizedString;
export const err_engine_no_f16: (inputs: Err_Engine_No_F16Inputs) => LocalizedString;
export const err_engine_no_f16_hint: (inputs: Err_Engine_No_F16_HintInputs) => LocalizedString;
export const err_engine_no_feature: (inputs: Err_Engine_No_FeatureInputs) => LocalizedString;
export const err_engine_no_feature_hint: (inputs: Err_Engine_No_Feature_HintInputs) => LocalizedString;
export const err_engine_no_webgpu: (inputs: Err_Engine_No_WebgpuInputs) => LocalizedString;
export const err_engine_no_webgpu_hint: (inputs: Err_Engine_No_Webgpu_HintInputs) => LocalizedString;
export const err_engine_oom: (inputs: Err_Engine_OomInputs) => LocalizedString;
export const err_engine_oom_hint: (inputs: Err_Engine_Oom_HintInputs) => LocalizedString;
export const err_eval_calibration_bins: (inputs: Err_Eval_Calibration_BinsInputs) => LocalizedString;
export const err_eval_calibration_bins_hint: (inputs: Err_Eval_Calibration_Bins_HintInputs) => LocalizedString;
export const err_eval_calibration_range: (inputs: Err_Eval_Calibration_RangeInputs) => LocalizedString;
export const err_eval_calibration_range_hint: (inputs: Err_Eval_Calibration_Range_HintInputs) => LocalizedString;
export const err_eval_class_index: (inputs: Err_Eval_Class_IndexInputs) => LocalizedString;
export const err_eval_class_index_hint: (inputs: Err_Eval_Class_Index_HintInputs) => LocalizedString;
export const err_eval_confusion_index: (inputs: Err_Eval_Confusion_IndexInputs) => LocalizedString;
export const err_eval_confusion_index_hint: (inputs: Err_Eval_Confusion_Index_HintInputs) => LocalizedString;
export const err_eval_confusion_length: (inputs: Err_Eval_Confusion_LengthInputs) => LocalizedString;
export const err_eval_confusion_length_hint: (inputs: Err_Eval_Confusion_Length_HintInputs) => LocalizedString;
export const err_eval_costs: (inputs: Err_Eval_CostsInputs) => LocalizedString;
export const err_eval_costs_hint: (inputs: Err_Eval_Costs_HintInputs) => LocalizedString;
export const err_eval_fixed_threshold: (inputs: Err_Eval_Fixed_ThresholdInputs) => LocalizedString;
export const err_eval_fixed_threshold_hint: (inputs: Err_Eval_Fixed_Threshold_HintInputs) => LocalizedString;
export const err_eval_label_not_binary: (inputs: Err_Eval_Label_Not_BinaryInputs) => LocalizedString;
export const err_eval_label_not_binary_hint: (inputs: Err_Eval_Label_Not_Binary_HintInputs) => LocalizedString;
export const err_eval_length_mismatch: (inputs: Err_Eval_Length_MismatchInputs) => LocalizedString;
export const err_eval_length_mismatch_hint: (inputs: Err_Eval_Length_Mismatch_HintInputs) => LocalizedString;
export const err_eval_no_rows: (inputs: Err_Eval_No_RowsInputs) => LocalizedString;
export const err_eval_no_rows_hint: (inputs: Err_Eval_No_Rows_HintInputs) => LocalizedString;
export const err_eval_non_finite_score: (inputs: Err_Eval_Non_Finite_ScoreInputs) => LocalizedString;
export const err_eval_non_finite_score_hint: (inputs: Err_Eval_Non_Finite_Score_HintInputs) => LocalizedString;
export const err_eval_positive_index: (inputs: Err_Eval_Positive_IndexInputs) => LocalizedString;
export const err_eval_positive_index_hint: (inputs: Err_Eval_Positive_Index_HintInputs) => LocalizedString;
export const err_eval_proba_range: (inputs: Err_Eval_Proba_RangeInputs) => LocalizedString;
export const err_eval_proba_range_hint: (inputs: Err_Eval_Proba_Range_HintInputs) => LocalizedString;
export const err_eval_proba_shape: (inputs: Err_Eval_Proba_ShapeInputs) => LocalizedString;
export const err_eval_proba_shape_hint: (inputs: Err_Eval_Proba_Shape_HintInputs) => LocalizedString;
export const err_eval_threshold_nan: (inputs: Err_Eval_Threshold_NanInputs) => LocalizedString;
export const err_eval_threshold_nan_hint: (inputs: Err_Eval_Threshold_Nan_HintInputs) => LocalizedString;
export const err_eval_two_classes: (inputs: Err_Eval_Two_ClassesInputs) => LocalizedString;
export const err_eval_two_classes_hint: (inputs: Err_Eval_Two_Classes_HintInputs) => LocalizedString;
export const err_folds_bad_k: (inputs: Err_Folds_Bad_KInputs) => LocalizedString;
export const err_folds_bad_k_hint: (inputs: Err_Folds_Bad_K_HintInputs) => LocalizedString;
export const err_folds_class_too_small: (inputs: Err_Folds_Class_Too_SmallInputs) => LocalizedString;
export const err_folds_class_too_small_hint: (inputs: Err_Folds_Class_Too_Small_HintInputs) => LocalizedString;
export const err_gbdt_damaged_class_count: (inputs: Err_Gbdt_Damaged_Class_CountInputs) => LocalizedString;
export const err_gbdt_damaged_feature_count: (inputs: Err_Gbdt_Damaged_Feature_CountInputs) => LocalizedString;
export const err_gbdt_damaged_finite: (inputs: Err_Gbdt_Damaged_FiniteInputs) => LocalizedString;
export const err_gbdt_damaged_format: (inputs: Err_Gbdt_Damaged_FormatInputs) => LocalizedString;
export const err_gbdt_damaged_hint: (inputs: Err_Gbdt_Damaged_HintInputs) => LocalizedString;
export const err_gbdt_damaged_leaf: (inputs: Err_Gbdt_Damaged_LeafInputs) => LocalizedString;
export const err_gbdt_damaged_list: (inputs: Err_Gbdt_Damaged_ListInputs) => LocalizedString;
export const err_gbdt_damaged_list_length: (inputs: Err_Gbdt_Damaged_List_LengthInputs) => LocalizedString;
export const err_gbdt_damaged_no_nodes: (inputs: Err_Gbdt_Damaged_No_NodesInputs) => LocalizedString;
export const err_gbdt_damaged_nonnegative: (inputs: Err_Gbdt_Damaged_NonnegativeInputs) => LocalizedString;
export const err_gbdt_damaged_object: (inputs: Err_Gbdt_Damaged_ObjectInputs) => LocalizedString;
export const err_gbdt_damaged_reached_twice: (inputs: Err_Gbdt_Damaged_Reached_TwiceInputs) => LocalizedString;
export const err_gbdt_damaged_trees: (inputs: Err_Gbdt_Damaged_TreesInputs) => LocalizedString;
export const err_gbdt_damaged_unreached: (inputs: Err_Gbdt_Damaged_UnreachedInputs) => LocalizedString;
export const err_gbdt_damaged_whole: (inputs: Err_Gbdt_Damaged_WholeInputs) => LocalizedString;
export const err_gbdt_diverged: (inputs: Err_Gbdt_DivergedInputs) => LocalizedString;
export const err_gbdt_diverged_hint: (inputs: Err_Gbdt_Diverged_HintInputs) => LocalizedString;
export const err_gbdt_empty_train: (inputs: Err_Gbdt_Empty_TrainInputs) => LocalizedString;
export const err_gbdt_empty_train_hint: (inputs: Err_Gbdt_Empty_Train_HintInputs) => LocalizedString;
export const err_gbdt_feature_count: (inputs: Err_Gbdt_Feature_CountInputs) => LocalizedString;
export const err_gbdt_newer: (inputs: Err_Gbdt_NewerInputs) => LocalizedString;
export const err_gbdt_newer_hint: (inputs: Err_Gbdt_Newer_HintInputs) => LocalizedString;
export const err_gbdt_value_too_large: (inputs: Err_Gbdt_Value_Too_LargeInputs) => LocalizedString;
export const err_gbdt_value_too_large_hint: (inputs: Err_Gbdt_Value_Too_Large_HintInputs) => LocalizedString;
export const err_gbdt_where_training_row: (inputs: Err_Gbdt_Where_Training_RowInputs) => LocalizedString;
export const err_gbdt_where_validation_row: (inputs: Err_Gbdt_Where_Validation_RowInputs) => LocalizedString;
export const err_gbdt_zero_weights: (inputs: Err_Gbdt_Zero_WeightsInputs) => LocalizedString;
export const err_gbdt_zero_weights_hint: (inputs: Err_Gbdt_Zero_Weights_HintInputs) => LocalizedString;
export const err_importance_unknown_column: (inputs: Err_Importance_Unknown_ColumnInputs) => LocalizedString;
export const err_importance_where: (inputs: Err_Importance_WhereInputs) => LocalizedString;
export const err_impute_constant_hint: (inputs: Err_Impute_Constant_HintInputs) => LocalizedString;
export const err_impute_constant_not_number: (inputs: Err_Impute_Constant_Not_NumberInputs) => LocalizedString;
export const err_internal: (inputs: Err_InternalInputs) => LocalizedString;
export const err_internal_hint: (inputs: Err_Internal_HintInputs) => LocalizedString;
export const err_llm_cancelled: (inputs: Err_Llm_CancelledInputs) => LocalizedString;
export const err_llm_description_count: (inputs: Err_Llm_Description_CountInputs) => LocalizedString;
export const err_matrix_different_features: (inputs: Err_Matrix_Different_FeaturesInputs) => LocalizedString;
export const err_model_setting_class_weights: (inputs: Err_Model_Setting_Class_WeightsInputs) => LocalizedString;
export const err_model_setting_dropout: (inputs: Err_Model_Setting_DropoutInputs) => LocalizedString;
export const err_model_setting_hidden_units: (inputs: Err_Model_Setting_Hidden_UnitsInputs) => LocalizedString;
export const err_model_setting_hint: (inputs: Err_Model_Setting_HintInputs) => LocalizedString;
export const err_model_setting_l2: (inputs: Err_Model_Setting_L2Inputs) => LocalizedString;
export const err_model_setting_layers: (inputs: Err_Model_Setting_LayersInputs) => LocalizedString;
export const err_model_setting_learning_rate: (inputs: Err_Model_Setting_Learning_RateInputs) => LocalizedString;
export const err_model_setting_max_depth: (inputs: Err_Model_Setting_Max_DepthInputs) => LocalizedString;
export const err_model_setting_min_leaf: (inputs: Err_Model_Setting_Min_LeafInputs) => LocalizedString;
export const err_model_setting_object: (inputs: Err_Model_Setting_ObjectInputs) => LocalizedString;
export const err_model_setting_one_of: (inputs: Err_Model_Setting_One_OfInputs) => LocalizedString;
export const err_model_setting_solver_family: (inputs: Err_Model_Setting_Solver_FamilyInputs) => LocalizedString;
export const err_model_setting_trees: (inputs: Err_Model_Setting_TreesInputs) => LocalizedString;
export const err_model_setting_whole_range: (inputs: Err_Model_Setting_Whole_RangeInputs) => LocalizedString;
export const err_no_features: (inputs: Err_No_FeaturesInputs) => LocalizedString;
export const err_no_features_hint: (inputs: Err_No_Features_HintInputs) => LocalizedString;
export const err_predict_missing_column: (inputs: Err_Predict_Missing_ColumnInputs) => LocalizedString;
export const err_predict_missing_columns: (inputs: Err_Predict_Missing_ColumnsInputs) => LocalizedString;
export const err_predict_missing_hint: (inputs: Err_Predict_Missing_HintInputs) => LocalizedString;
export const err_predict_wrong_kind: (inputs: Err_Predict_Wrong_KindInputs) => LocalizedString;
export const err_predict_wrong_kind_hint: (inputs: Err_Predict_Wrong_Kind_HintInputs) => LocalizedString;
export const err_predict_wrong_kind_one: (inputs: Err_Predict_Wrong_Kind_OneInputs) => LocalizedString;
export const err_prompt_empty: (inputs: Err_Prompt_EmptyInputs) => LocalizedString;
export const err_prompt_empty_hint: (inputs: Err_Prompt_Empty_HintInputs) => LocalizedString;
export const err_prompt_few_labels: (inputs: Err_Prompt_Few_LabelsInputs) => LocalizedString;
export const err_prompt_few_labels_hint: (inputs: Err_Prompt_Few_Labels_HintInputs) => LocalizedString;
export const err_prompt_long_label: (inputs: Err_Prompt_Long_LabelInputs) => LocalizedString;
export const err_prompt_long_label_hint: (inputs: Err_Prompt_Long_Label_HintInputs) => LocalizedString;
export const err_prompt_unknown_columns: (inputs: Err_Prompt_Unknown_ColumnsInputs) => LocalizedString;
export const err_prompt_use_columns_hint: (inputs: Err_Prompt_Use_Columns_HintInputs) => LocalizedString;
export const err_prompt_where: (inputs: Err_Prompt_WhereInputs) => LocalizedString;
export const err_prompt_where_labels: (inputs: Err_Prompt_Where_LabelsInputs) => LocalizedString;
export const err_reasons_no_covers: (inputs: Err_Reasons_No_CoversInputs) => LocalizedString;
export const err_reasons_no_covers_hint: (inputs: Err_Reasons_No_Covers_HintInputs) => LocalizedString;
export const err_reasons_unavailable: (inputs: Err_Reasons_UnavailableInputs) => LocalizedString;
export const err_reasons_unavailable_hint: (inputs: Err_Reasons_Unavailable_HintInputs) => LocalizedString;
export const err_recipe_lacks_column: (inputs: Err_Recipe_Lacks_ColumnInputs) => LocalizedString;
export const err_recipe_lacks_columns: (inputs: Err_Recipe_Lacks_ColumnsInputs) => LocalizedString;
export const err_recipe_lacks_hint: (inputs: Err_Recipe_Lacks_HintInputs) => LocalizedString;
export const err_runs_db_gone: (inputs: Err_Runs_Db_GoneInputs) => LocalizedString;
export const err_runs_db_interrupted: (inputs: Err_Runs_Db_InterruptedInputs) => LocalizedString;
export const err_runs_db_interrupted_hint: (inputs: Err_Runs_Db_Interrupted_HintInputs) => LocalizedString;
export const err_runs_db_no_model_cancelled: (inputs: Err_Runs_Db_No_Model_CancelledInputs) => LocalizedString;
export const err_runs_db_no_model_done: (inputs: Err_Runs_Db_No_Model_DoneInputs) => LocalizedString;
export const err_runs_db_no_model_failed: (inputs: Err_Runs_Db_No_Model_FailedInputs) => LocalizedString;
export const err_runs_db_no_model_hint: (inputs: Err_Runs_Db_No_Model_HintInputs) => LocalizedString;
export const err_runs_db_no_model_interrupted: (inputs: Err_Runs_Db_No_Model_InterruptedInputs) => LocalizedString;
export const err_runs_db_no_model_running: (inputs: Err_Runs_Db_No_Model_RunningInputs) => LocalizedString;
export const err_runs_db_where_run: (inputs: Err_Runs_Db_Where_RunInputs) => LocalizedString;
export const err_runs_import_done_no_result: (inputs: Err_Runs_Import_Done_No_ResultInputs) => LocalizedString;
export const err_runs_import_hint: (inputs: Err_Runs_Import_HintInputs) => LocalizedString;
export const err_runs_import_missing_field: (inputs: Err_Runs_Import_Missing_FieldInputs) => LocalizedString;
export const err_runs_import_newer: (inputs: Err_Runs_Import_NewerInputs) => LocalizedString;
export const err_runs_import_no_runs: (inputs: Err_Runs_Import_No_RunsInputs) => LocalizedString;
export const err_runs_import_not_json: (inputs: Err_Runs_Import_Not_JsonInputs) => LocalizedString;
export const err_runs_import_not_object: (inputs: Err_Runs_Import_Not_ObjectInputs) => LocalizedString;
export const err_runs_import_where_field: (inputs: Err_Runs_Import_Where_FieldInputs) => LocalizedString;
export const err_runs_import_where_run: (inputs: Err_Runs_Import_Where_RunInputs) => LocalizedString;
export const err_runs_import_wrong_format: (inputs: Err_Runs_Import_Wrong_FormatInputs) => LocalizedString;
export const err_runs_import_wrong_format_hint: (inputs: Err_Runs_Import_Wrong_Format_HintInputs) => LocalizedString;
export const err_search_cancelled: (inputs: Err_Search_CancelledInputs) => LocalizedString;
export const err_search_out_of_time: (inputs: Err_Search_Out_Of_TimeInputs) => LocalizedString;
export const err_settings_choose_one_of: (inputs: Err_Settings_Choose_One_OfInputs) => LocalizedString;
export const err_settings_no_target: (inputs: Err_Settings_No_TargetInputs) => LocalizedString;
export const err_settings_no_target_hint: (inputs: Err_Settings_No_Target_HintInputs) => LocalizedString;
export const err_signal_positive_not_class: (inputs: Err_Signal_Positive_Not_ClassInputs) => LocalizedString;
export const err_signal_positive_not_class_hint: (inputs: Err_Signal_Positive_Not_Class_HintInputs) => LocalizedString;
export const err_signal_single_class_hint: (inputs: Err_Signal_Single_Class_HintInputs) => LocalizedString;
export const err_signal_too_many_classes: (inputs: Err_Signal_Too_Many_ClassesInputs) => LocalizedString;
export const err_signal_too_many_classes_hint: (inputs: Err_Signal_Too_Many_Classes_HintInputs) => LocalizedString;
export const err_solver_diverged: (inputs: Err_Solver_DivergedInputs) => LocalizedString;
export const err_solver_diverged_hint: (inputs: Err_Solver_Diverged_HintInputs) => LocalizedString;
export const err_spec_column_missing: (inputs: Err_Spec_Column_MissingInputs) => LocalizedString;
export const err_spec_column_missing_hint: (inputs: Err_Spec_Column_Missing_HintInputs) => LocalizedString;
export const err_spec_name_taken: (inputs: Err_Spec_Name_TakenInputs) => LocalizedString;
export const err_spec_name_taken_hint: (inputs: Err_Spec_Name_Taken_HintInputs) => LocalizedString;
export const err_spec_needs_date: (inputs: Err_Spec_Needs_DateInputs) => LocalizedString;
export const err_spec_needs_date_hint: (inputs: Err_Spec_Needs_Date_HintInputs) => LocalizedString;
export const err_spec_needs_numeric: (inputs: Err_Spec_Needs_NumericInputs) => LocalizedString;
export const err_spec_needs_numeric_hint: (inputs: Err_Spec_Needs_Numeric_HintInputs) => LocalizedString;
export const err_spec_no_name: (inputs: Err_Spec_No_NameInputs) => LocalizedString;
export const err_spec_no_name_hint: (inputs: Err_Spec_No_Name_HintInputs) => LocalizedString;
export const err_spec_unknown_op: (inputs: Err_Spec_Unknown_OpInputs) => LocalizedString;
export const err_spec_unknown_op_hint: (inputs: Err_Spec_Unknown_Op_HintInputs) => LocalizedString;
export const err_split_all_test: (inputs: Err_Split_All_TestInputs) => LocalizedString;
export const err_split_all_test_hint: (inputs: Err_Split_All_Test_HintInputs) => LocalizedString;
export const err_split_bad_shares: (inputs: Err_Split_Bad_SharesInputs) => LocalizedString;
export const err_split_bad_shares_hint: (inputs: Err_Split_Bad_Shares_HintInputs) => LocalizedString;
export const err_split_bad_test_column_arg: (inputs: Err_Split_Bad_Test_Column_ArgInputs) => LocalizedString;
export const err_split_bad_test_column_arg_hint: (inputs: Err_Split_Bad_Test_Column_Arg_HintInputs) => LocalizedString;
export const err_split_class_not_in_test: (inputs: Err_Split_Class_Not_In_TestInputs) => LocalizedString;
export const err_split_class_not_in_test_hint: (inputs: Err_Split_Class_Not_In_Test_HintInputs) => LocalizedString;
export const err_split_class_too_small_hint: (inputs: Err_Split_Class_Too_Small_HintInputs) => LocalizedString;
export const err_split_class_too_small_one: (inputs: Err_Split_Class_Too_Small_OneInputs) => LocalizedString;
export const err_split_class_too_small_other: (inputs: Err_Split_Class_Too_Small_OtherInputs) => LocalizedString;
export const err_split_no_test_rows: (inputs: Err_Split_No_Test_RowsInputs) => LocalizedString;
export const err_split_no_test_rows_hint_empty: (inputs: Err_Split_No_Test_Rows_Hint_EmptyInputs) => LocalizedString;
export const err_split_no_test_rows_hint_values: (inputs: Err_Split_No_Test_Rows_Hint_ValuesInputs) => LocalizedString;
export const err_split_target_missing: (inputs: Err_Split_Target_MissingInputs) => LocalizedString;
export const err_split_target_missing_hint: (inputs: Err_Split_Target_Missing_HintInputs) => LocalizedString;
export const err_split_test_column_is_feature: (inputs: Err_Split_Test_Column_Is_FeatureInputs) => LocalizedString;
export const err_split_test_column_is_feature_hint: (inputs: Err_Split_Test_Column_Is_Feature_HintInputs) => LocalizedString;
export const err_split_test_column_is_target: (inputs: Err_Split_Test_Column_Is_TargetInputs) => LocalizedString;
export const err_split_test_column_is_target_hint: (inputs: Err_Split_Test_Column_Is_Target_HintInputs) => LocalizedString;
export const err_split_test_column_missing: (inputs: Err_Split_Test_Column_MissingInputs) => LocalizedString;
export const err_split_test_column_missing_hint: (inputs: Err_Split_Test_Column_Missing_HintInputs) => LocalizedString;
export const err_split_test_value_missing: (inputs: Err_Split_Test_Value_MissingInputs) => LocalizedString;
export const err_split_test_value_missing_hint: (inputs: Err_Split_Test_Value_Missing_HintInputs) => LocalizedString;
export const err_split_where_class: (inputs: Err_Split_Where_ClassInputs) => LocalizedString;
export const err_split_where_test_rows: (inputs: Err_Split_Where_Test_RowsInputs) => LocalizedString;
export const err_storage_quota: (inputs: Err_Storage_QuotaInputs) => LocalizedString;
export const err_storage_quota_hint: (inputs: Err_Storage_Quota_HintInputs) => LocalizedString;
export const err_stratify_bad_class_code: (inputs: Err_Stratify_Bad_Class_CodeInputs) => LocalizedString;
export const err_stratify_bad_fractions: (inputs: Err_Stratify_Bad_FractionsInputs) => LocalizedString;
export const err_stratify_bad_fractions_hint: (inputs: Err_Stratify_Bad_Fractions_HintInputs) => LocalizedString;
export const err_stratify_class_too_small_hint: (inputs: Err_Stratify_Class_Too_Small_HintInputs) => LocalizedString;
export const err_stratify_class_too_small_one: (inputs: Err_Stratify_Class_Too_Small_OneInputs) => LocalizedString;
export const err_stratify_class_too_small_other: (inputs: Err_Stratify_Class_Too_Small_OtherInputs) => LocalizedString;
export const err_target_no_values: (inputs: Err_Target_No_ValuesInputs) => LocalizedString;
export const err_target_no_values_hint: (inputs: Err_Target_No_Values_HintInputs) => LocalizedString;
export const err_target_not_column: (inputs: Err_Target_Not_ColumnInputs) => LocalizedString;
export const err_target_not_column_hint: (inputs: Err_Target_Not_Column_HintInputs) => LocalizedString;
export const err_target_single_class: (inputs: Err_Target_Single_ClassInputs) => LocalizedString;
export const err_target_single_class_hint: (inputs: Err_Target_Single_Class_HintInputs) => LocalizedString;
export const err_target_too_many_classes: (inputs: Err_Target_Too_Many_ClassesInputs) => LocalizedString;
export const err_target_too_many_classes_hint: (inputs: Err_Target_Too_Many_Classes_HintInputs) => LocalizedString;
export const err_target_unknown_class: (inputs: Err_Target_Unknown_ClassInputs) => LocalizedString;
export const err_target_unknown_class_hint: (inputs: Err_Target_Unknown_Class_HintInputs) => LocalizedString;
export const err_tfidf_max_df: (inputs: Err_Tfidf_Max_DfInputs) => LocalizedString;
export const err_tfidf_max_df_hint: (inputs: Err_Tfidf_Max_Df_HintInputs) => LocalizedString;
export const err_tfidf_max_features: (inputs: Err_Tfidf_Max_FeaturesInputs) => LocalizedString;
export const err_tfidf_max_features_hint: (inputs: Err_Tfidf_Max_Features_HintInputs) => LocalizedString;
export const err_tfidf_min_df: (inputs: Err_Tfidf_Min_DfInputs) => LocalizedString;
export const err_tfidf_min_df_hint: (inputs: Err_Tfidf_Min_Df_HintInputs) => LocalizedString;
export const err_tfidf_ngram_range: (inputs: Err_Tfidf_Ngram_RangeInputs) => LocalizedString;
export const err_tfidf_ngram_range_hint: (inputs: Err_Tfidf_Ngram_Range_HintInputs) => LocalizedString;
export const err_tfidf_no_term: (inputs: Err_Tfidf_No_TermInputs) => LocalizedString;
export const err_tfidf_no_term_hint: (inputs: Err_Tfidf_No_Term_HintInputs) => LocalizedString;
export const err_train_bug_hint: (inputs: Err_Train_Bug_HintInputs) => LocalizedString;
export const err_train_class_weights_count: (inputs: Err_Train_Class_Weights_CountInputs) => LocalizedString;
export const err_train_class_weights_count_hint: (inputs: Err_Train_Class_Weights_Count_HintInputs) => LocalizedString;
export const err_train_diverged: (inputs: Err_Train_DivergedInputs) => LocalizedString;
export const err_train_diverged_hint: (inputs: Err_Train_Diverged_HintInputs) => LocalizedString;
export const err_train_empty_part: (inputs: Err_Train_Empty_PartInputs) => LocalizedString;
export const err_train_empty_part_hint: (inputs: Err_Train_Empty_Part_HintInputs) => LocalizedString;
export const err_train_internal: (inputs: Err_Train_InternalInputs) => LocalizedString;
export const err_train_no_features: (inputs: Err_Train_No_FeaturesInputs) => LocalizedString;
export const err_train_no_features_hint: (inputs: Err_Train_No_Features_HintInputs) => LocalizedString;
export const err_train_single_class: (inputs: Err_Train_Single_ClassInputs) => LocalizedString;
export const err_train_single_class_hint: (inputs: Err_Train_Single_Class_HintInputs) => LocalizedString;
export const err_train_unknown_positive: (inputs: Err_Train_Unknown_PositiveInputs) => LocalizedString;
export const err_train_where_learning_rate: (inputs: Err_Train_Where_Learning_RateInputs) => LocalizedString;
export const err_train_where_rows: (inputs: Err_Train_Where_RowsInputs) => LocalizedString;
export const err_value_list: (inputs: Err_Value_ListInputs) => LocalizedString;
export const err_value_nothing: (inputs: Err_Value_NothingInputs) => LocalizedString;
export const err_value_object: (inputs: Err_Value_ObjectInputs) => LocalizedString;
export const err_where_balance_input: (inputs: Err_Where_Balance_InputInputs) => LocalizedString;
export const err_where_balance_ratio: (inputs: Err_Where_Balance_RatioInputs) => LocalizedString;
export const err_where_balance_setting: (inputs: Err_Where_Balance_SettingInputs) => LocalizedString;
export const err_where_categorical_column: (inputs: Err_Where_Categorical_ColumnInputs) => LocalizedString;
export const err_where_class: (inputs: Err_Where_ClassInputs) => LocalizedString;
export const err_where_class_weights: (inputs: Err_Where_Class_WeightsInputs) => LocalizedString;
export const err_where_dataset: (inputs: Err_Where_DatasetInputs) => LocalizedString;
export const err_where_file_byte: (inputs: Err_Where_File_ByteInputs) => LocalizedString;
export const err_where_file_line: (inputs: Err_Where_File_LineInputs) => LocalizedString;
export const err_where_file_line_column: (inputs: Err_Where_File_Line_ColumnInputs) => LocalizedString;
export const err_where_json_position: (inputs: Err_Where_Json_PositionInputs) => LocalizedString;
export const err_where_row: (inputs: Err_Where_RowInputs) => LocalizedString;
export const err_where_rows_to_score: (inputs: Err_Where_Rows_To_ScoreInputs) => LocalizedString;
export const err_where_run: (inputs: Err_Where_RunInputs) => LocalizedString;
export const err_where_table_to_score: (inputs: Err_Where_Table_To_ScoreInputs) => LocalizedString;
export const err_where_threshold_costs: (inputs: Err_Where_Threshold_CostsInputs) => LocalizedString;
export const err_where_whole_file: (inputs: Err_Where_Whole_FileInputs) => LocalizedString;
export const err_where_widths: (inputs: Err_Where_WidthsInputs) => LocalizedString;
export const error_dismiss: (inputs: Error_DismissInputs) => LocalizedString;
export const error_where: (inputs: Error_WhereInputs) => LocalizedString;
export const glossary_blend: (inputs: Glossary_BlendInputs) => LocalizedString;
export const glossary_blend_term: (inputs: Glossary_Blend_TermInputs) => LocalizedString;
export const glossary_borderline: (inputs: Glossary_BorderlineInputs) => LocalizedString;
export const glossary_borderline_term: (inputs: Glossary_Borderline_TermInputs) => LocalizedString;
export const glossary_close: (inputs: Glossary_CloseInputs) => LocalizedString;
export const glossary_cramer: (inputs: Glossary_CramerInputs) => LocalizedString;
export const glossary_cramer_term: (inputs: Glossary_Cramer_TermInputs) => LocalizedString;
export const glossary_early_stopping: (inputs: Glossary_Early_StoppingInputs) => LocalizedString;
export const glossary_early_stopping_term: (inputs: Glossary_Early_Stopping_TermInputs) => LocalizedString;
export const glossary_f1_macro: (inputs: Glossary_F1_MacroInputs) => LocalizedString;
export const glossary_f1_macro_term: (inputs: Glossary_F1_Macro_TermInputs) => LocalizedString;
export const glossary_fold: (inputs: Glossary_FoldInputs) => LocalizedString;
export const glossary_fold_term: (inputs: Glossary_Fold_TermInputs) => LocalizedString;
export const glossary_gini: (inputs: Glossary_GiniInputs) => LocalizedString;
export const glossary_gini_term: (inputs: Glossary_Gini_TermInputs) => LocalizedString;
export const glossary_iv: (inputs: Glossary_IvInputs) => LocalizedString;
export const glossary_iv_term: (inputs: Glossary_Iv_TermInputs) => LocalizedString;
export const glossary_ks: (inputs: Glossary_KsInputs) => LocalizedString;
export const glossary_ks_term: (inputs: Glossary_Ks_TermInputs) => LocalizedString;
export const glossary_l2: (inputs: Glossary_L2Inputs) => LocalizedString;
export const glossary_l2_term: (inputs: Glossary_L2_TermInputs) => LocalizedString;
export const glossary_learning_rate: (inputs: Glossary_Learning_RateInputs) => LocalizedString;
export const glossary_learning_rate_term: (inputs: Glossary_Learning_Rate_TermInputs) => LocalizedString;
export const glossary_open: (inputs: Glossary_OpenInputs) => LocalizedString;
export const glossary_pr_auc: (inputs: Glossary_Pr_AucInputs) => LocalizedString;
export const glossary_pr_auc_term: (inputs: Glossary_Pr_Auc_TermInputs) => LocalizedString;
export const glossary_psi: (inputs: Glossary_PsiInputs) => LocalizedString;
export const glossary_psi_term: (inputs: Glossary_Psi_TermInputs) => LocalizedString;
export const glossary_roc_auc: (inputs: Glossary_Roc_AucInputs) => LocalizedString;
export const glossary_roc_auc_term: (inputs: Glossary_Roc_Auc_TermInputs) => LocalizedString;
export const glossary_rung: (inputs: Glossary_RungInputs) => LocalizedString;
export const glossary_rung_term: (inputs: Glossary_Rung_TermInputs) => LocalizedString;
export const glossary_smote: (inputs: Glossary_SmoteInputs) => LocalizedString;
export const glossary_smote_term: (inputs: Glossary_Smote_TermInputs) => LocalizedString;
export const glossary_tfidf: (inputs: Glossary_TfidfInputs) => LocalizedString;
export const glossary_tfidf_term: (inputs: Glossary_Tfidf_TermInputs) => LocalizedString;
export const glossary_youden: (inputs: Glossary_YoudenInputs) => LocalizedString;
export const glossary_youden_term: (inputs: Glossary_Youden_TermInputs) => LocalizedString;
export const language_label: (inputs: Language_LabelInputs) => LocalizedString;
export const llm_ask_label: (inputs: Llm_Ask_LabelInputs) => LocalizedString;
export const llm_custom_lib: (inputs: Llm_Custom_LibInputs) => LocalizedString;
export const llm_custom_remove: (inputs: Llm_Custom_RemoveInputs) => LocalizedString;
export const llm_custom_summary: (inputs: Llm_Custom_SummaryInputs) => LocalizedString;
export const llm_custom_url: (inputs: Llm_Custom_UrlInputs) => LocalizedString;
export const llm_custom_use: (inputs: Llm_Custom_UseInputs) => LocalizedString;
export const llm_describe_with_smaller: (inputs: Llm_Describe_With_SmallerInputs) => LocalizedString;
export const llm_describer: (inputs: Llm_DescriberInputs) => LocalizedString;
export const llm_describer_llm: (inputs: Llm_Describer_LlmInputs) => LocalizedString;
export const llm_describer_template: (inputs: Llm_Describer_TemplateInputs) => LocalizedString;
export const llm_dismiss: (inputs: Llm_DismissInputs) => LocalizedString;
export const llm_download_notice: (inputs: Llm_Download_NoticeInputs) => LocalizedString;
export const llm_err_unreachable: (inputs: Llm_Err_UnreachableInputs) => LocalizedString;
export const llm_err_unreachable_hint: (inputs: Llm_Err_Unreachable_HintInputs) => LocalizedString;
export const llm_err_webgpu_hint: (inputs: Llm_Err_Webgpu_HintInputs) => LocalizedString;
export const llm_generate: (inputs: Llm_GenerateInputs) => LocalizedString;
export const llm_hosts_and: (inputs: Llm_Hosts_AndInputs) => LocalizedString;
export const llm_job_template: (inputs: Llm_Job_TemplateInputs) => LocalizedString;
export const llm_label_choices: (inputs: Llm_Label_ChoicesInputs) => LocalizedString;
export const llm_language: (inputs: Llm_LanguageInputs) => LocalizedString;
export const llm_loading_model: (inputs: Llm_Loading_ModelInputs) => LocalizedString;
export const llm_model: (inputs: Llm_ModelInputs) => LocalizedString;
export const llm_model_option: (inputs: Llm_Model_OptionInputs) => LocalizedString;
export const llm_open_dataset: (inputs: Llm_Open_DatasetInputs) => LocalizedString;
export const llm_panel_intro_after: (inputs: Llm_Panel_Intro_AfterInputs) => LocalizedString;
export const llm_panel_intro_before: (inputs: Llm_Panel_Intro_BeforeInputs) => LocalizedString;
export const llm_panel_label: (inputs: Llm_Panel_LabelInputs) => LocalizedString;
export const llm_panel_title: (inputs: Llm_Panel_TitleInputs) => LocalizedString;
export const llm_prompt_after: (inputs: Llm_Prompt_AfterInputs) => LocalizedString;
export const llm_prompt_before: (inputs: Llm_Prompt_BeforeInputs) => LocalizedString;
export const llm_reason_checking: (inputs: Llm_Reason_CheckingInputs) => LocalizedString;
export const llm_reason_fallback: (inputs: Llm_Reason_FallbackInputs) => LocalizedString;
export const llm_reason_no_adapter: (inputs: Llm_Reason_No_AdapterInputs) => LocalizedString;
export const llm_reason_no_model: (inputs: Llm_Reason_No_ModelInputs) => LocalizedString;
export const llm_reason_no_webgpu: (inputs: Llm_Reason_No_WebgpuInputs) => LocalizedString;
export const llm_reason_refused: (inputs: Llm_Reason_RefusedInputs) => LocalizedString;
export const llm_restore_prompt: (inputs: Llm_Restore_PromptInputs) => LocalizedString;
export const llm_resume: (inputs: Llm_ResumeInputs) => LocalizedString;
export const llm_resume_needs_model: (inputs: Llm_Resume_Needs_ModelInputs) => LocalizedString;
export const llm_retry: (inputs: Llm_RetryInputs) => LocalizedString;
export const llm_size_unknown: (inputs: Llm_Size_UnknownInputs) => LocalizedString;
export const llm_stopped_after: (inputs: Llm_Stopped_AfterInputs) => LocalizedString;
export const llm_storage_quota_hint: (inputs: Llm_Storage_Quota_HintInputs) => LocalizedString;
export const llm_storage_quota_sizes: (inputs: Llm_Storage_Quota_SizesInputs) => LocalizedString;
export const llm_stored_in_browser: (inputs: Llm_Stored_In_BrowserInputs) => LocalizedString;
export const llm_summary_described: (inputs: Llm_Summary_DescribedInputs) => LocalizedString;
export const llm_summary_fallbacks: (inputs: Llm_Summary_FallbacksInputs) => LocalizedString;
export const llm_summary_fallbacks_malformed: (inputs: Llm_Summary_Fallbacks_MalformedInputs) => LocalizedString;
export const llm_summary_labelled: (inputs: Llm_Summary_LabelledInputs) => LocalizedString;
export const llm_unfinished_after: (inputs: Llm_Unfinished_AfterInputs) => LocalizedString;
export const llm_unfinished_before: (inputs: Llm_Unfinished_BeforeInputs) => LocalizedString;
export const llm_unfinished_title: (inputs: Llm_Unfinished_TitleInputs) => LocalizedString;
export const llm_update_available: (inputs: Llm_Update_AvailableInputs) => LocalizedString;
export const llm_update_later: (inputs: Llm_Update_LaterInputs) => LocalizedString;
export const llm_update_note: (inputs: Llm_Update_NoteInputs) => LocalizedString;
export const llm_update_reload: (inputs: Llm_Update_ReloadInputs) => LocalizedString;
export const llm_use_template: (inputs: Llm_Use_TemplateInputs) => LocalizedString;
export const llm_vram: (inputs: Llm_VramInputs) => LocalizedString;
export const llm_vram_unknown: (inputs: Llm_Vram_UnknownInputs) => LocalizedString;
export const opening_datasets: (inputs: Opening_DatasetsInputs) => LocalizedString;
export const predict_band_shifted: (inputs: Predict_Band_ShiftedInputs) => LocalizedString;
export const predict_band_stable: (inputs: Predict_Band_StableInputs) => LocalizedString;
export const predict_band_watch: (inputs: Predict_Band_WatchInputs) => LocalizedString;
export const predict_bin_any: (inputs: Predict_Bin_AnyInputs) => LocalizedString;
export const predict_bin_missing: (inputs: Predict_Bin_MissingInputs) => LocalizedString;
export const predict_bin_other: (inputs: Predict_Bin_OtherInputs) => LocalizedString;
export const predict_bin_present: (inputs: Predict_Bin_PresentInputs) => LocalizedString;
export const predict_bins_col_bars: (inputs: Predict_Bins_Col_BarsInputs) => LocalizedString;
export const predict_bins_col_bin: (inputs: Predict_Bins_Col_BinInputs) => LocalizedString;
export const predict_bins_col_change: (inputs: Predict_Bins_Col_ChangeInputs) => LocalizedString;
export const predict_bins_col_new: (inputs: Predict_Bins_Col_NewInputs) => LocalizedString;
export const predict_bins_col_training: (inputs: Predict_Bins_Col_TrainingInputs) => LocalizedString;
export const predict_bins_legend_new: (inputs: Predict_Bins_Legend_NewInputs) => LocalizedString;
export const predict_bins_legend_training: (inputs: Predict_Bins_Legend_TrainingInputs) => LocalizedString;
export const predict_bins_table: (inputs: Predict_Bins_TableInputs) => LocalizedString;
export const predict_choose_csv: (inputs: Predict_Choose_CsvInputs) => LocalizedString;
export const predict_choose_model: (inputs: Predict_Choose_ModelInputs) => LocalizedString;
export const predict_col_column_value: (inputs: Predict_Col_Column_ValueInputs) => LocalizedString;
export const predict_col_push: (inputs: Predict_Col_PushInputs) => LocalizedString;
export const predict_col_size: (inputs: Predict_Col_SizeInputs) => LocalizedString;
export const predict_download: (inputs: Predict_DownloadInputs) => LocalizedString;
export const predict_drift_all_stable: (inputs: Predict_Drift_All_StableInputs) => LocalizedString;
export const predict_drift_bins_of: (inputs: Predict_Drift_Bins_OfInputs) => LocalizedString;
export const predict_drift_col_band: (inputs: Predict_Drift_Col_BandInputs) => LocalizedString;
export const predict_drift_col_change: (inputs: Predict_Drift_Col_ChangeInputs) => LocalizedString;
export const predict_drift_col_column: (inputs: Predict_Drift_Col_ColumnInputs) => LocalizedString;
export const predict_drift_col_kind: (inputs: Predict_Drift_Col_KindInputs) => LocalizedString;
export const predict_drift_how: (inputs: Predict_Drift_HowInputs) => LocalizedString;
export const predict_drift_how_body: (inputs: Predict_Drift_How_BodyInputs) => LocalizedString;
export const predict_drift_intro: (inputs: Predict_Drift_IntroInputs) => LocalizedString;
export const predict_drift_labels_differ: (inputs: Predict_Drift_Labels_DifferInputs) => LocalizedString;
export const predict_drift_largest_change: (inputs: Predict_Drift_Largest_ChangeInputs) => LocalizedString;
export const predict_drift_moved_most: (inputs: Predict_Drift_Moved_MostInputs) => LocalizedString;
export const predict_drift_no_profile: (inputs: Predict_Drift_No_ProfileInputs) => LocalizedString;
export const predict_drift_no_reference: (inputs: Predict_Drift_No_ReferenceInputs) => LocalizedString;
export const predict_drift_no_rows: (inputs: Predict_Drift_No_RowsInputs) => LocalizedString;
export const predict_drift_score_bins: (inputs: Predict_Drift_Score_BinsInputs) => LocalizedString;
export const predict_drift_score_label: (inputs: Predict_Drift_Score_LabelInputs) => LocalizedString;
export const predict_drift_score_labels: (inputs: Predict_Drift_Score_LabelsInputs) => LocalizedString;
export const predict_drift_score_probability: (inputs: Predict_Drift_Score_ProbabilityInputs) => LocalizedString;
export const predict_drift_table: (inputs: Predict_Drift_TableInputs) => LocalizedString;
export const predict_drift_table_scroll: (inputs: Predict_Drift_Table_ScrollInputs) => LocalizedString;
export const predict_drift_text_note: (inputs: Predict_Drift_Text_NoteInputs) => LocalizedString;
export const predict_drift_title: (inputs: Predict_Drift_TitleInputs) => LocalizedString;
export const predict_drift_vs_held_out: (inputs: Predict_Drift_Vs_Held_OutInputs) => LocalizedString;
export const predict_format_csv: (inputs: Predict_Format_CsvInputs) => LocalizedString;
export const predict_format_excel_es: (inputs: Predict_Format_Excel_EsInputs) => LocalizedString;
export const predict_format_excel_es_title: (inputs: Predict_Format_Excel_Es_TitleInputs) => LocalizedString;
export const predict_format_label: (inputs: Predict_Format_LabelInputs) => LocalizedString;
export const predict_format_preparing: (inputs: Predict_Format_PreparingInputs) => LocalizedString;
export const predict_kind_boolean: (inputs: Predict_Kind_BooleanInputs) => LocalizedString;
export const predict_kind_categorical: (inputs: Predict_Kind_CategoricalInputs) => LocalizedString;
export const predict_kind_constant: (inputs: Predict_Kind_ConstantInputs) => LocalizedString;
export const predict_kind_date: (inputs: Predict_Kind_DateInputs) => LocalizedString;
export const predict_kind_id: (inputs: Predict_Kind_IdInputs) => LocalizedString;
export const predict_kind_numeric: (inputs: Predict_Kind_NumericInputs) => LocalizedString;
export const predict_kind_text: (inputs: Predict_Kind_TextInputs) => LocalizedString;
export const predict_load_model_file: (inputs: Predict_Load_Model_FileInputs) => LocalizedString;
export const predict_loaded_model: (inputs: Predict_Loaded_ModelInputs) => LocalizedString;
export const predict_loading_model: (inputs: Predict_Loading_ModelInputs) => LocalizedString;
export const predict_method_linear: (inputs: Predict_Method_LinearInputs) => LocalizedString;
export const predict_method_shapley_exact: (inputs: Predict_Method_Shapley_ExactInputs) => LocalizedString;
export const predict_method_shapley_sampled: (inputs: Predict_Method_Shapley_SampledInputs) => LocalizedString;
export const predict_method_tree_shap: (inputs: Predict_Method_Tree_ShapInputs) => LocalizedString;
export const predict_model_blend: (inputs: Predict_Model_BlendInputs) => LocalizedString;
export const predict_model_blend_one: (inputs: Predict_Model_Blend_OneInputs) => LocalizedString;
export const predict_model_blend_other: (inputs: Predict_Model_Blend_OtherInputs) => LocalizedString;
export const predict_model_gbdt_one: (inputs: Predict_Model_Gbdt_OneInputs) => LocalizedString;
export const predict_model_gbdt_other: (inputs: Predict_Model_Gbdt_OtherInputs) => LocalizedString;
export const predict_model_labels_with: (inputs: Predict_Model_Labels_WithInputs) => LocalizedString;
export const predict_model_logistic: (inputs: Predict_Model_LogisticInputs) => LocalizedString;
export const predict_model_member: (inputs: Predict_Model_MemberInputs) => LocalizedString;
export const predict_model_mlp: (inputs: Predict_Model_MlpInputs) => LocalizedString;
export const predict_model_needs: (inputs: Predict_Model_NeedsInputs) => LocalizedString;
export const predict_model_origin: (inputs: Predict_Model_OriginInputs) => LocalizedString;
export const predict_model_positive: (inputs: Predict_Model_PositiveInputs) => LocalizedString;
export const predict_model_predicts: (inputs: Predict_Model_PredictsInputs) => LocalizedString;
export const predict_model_section: (inputs: Predict_Model_SectionInputs) => LocalizedString;
export const predict_no_finished_runs: (inputs: Predict_No_Finished_RunsInputs) => LocalizedString;
export const predict_no_run_with_model: (inputs: Predict_No_Run_With_ModelInputs) => LocalizedString;
export const predict_or: (inputs: Predict_OrInputs) => LocalizedString;
export const predict_origin_average: (inputs: Predict_Origin_AverageInputs) => LocalizedString;
export const predict_origin_trees: (inputs: Predict_Origin_TreesInputs) => LocalizedString;
export const predict_origin_typical: (inputs: Predict_Origin_TypicalInputs) => LocalizedString;
export const predict_position_bottom_10: (inputs: Predict_Position_Bottom_10Inputs) => LocalizedString;
export const predict_position_bottom_25: (inputs: Predict_Position_Bottom_25Inputs) => LocalizedString;
export const predict_position_middle: (inputs: Predict_Position_MiddleInputs) => LocalizedString;
export const predict_position_top_10: (inputs: Predict_Position_Top_10Inputs) => LocalizedString;
export const predict_position_top_25: (inputs: Predict_Position_Top_25Inputs) => LocalizedString;
export const predict_preview: (inputs: Predict_PreviewInputs) => LocalizedString;
export const predict_preview_scroll: (inputs: Predict_Preview_ScrollInputs) => LocalizedString;
export const predict_reason_less_likely: (inputs: Predict_Reason_Less_LikelyInputs) => LocalizedString;
export const predict_reason_level: (inputs: Predict_Reason_LevelInputs) => LocalizedString;
export const predict_reason_level_unseen: (inputs: Predict_Reason_Level_UnseenInputs) => LocalizedString;
export const predict_reason_missing: (inputs: Predict_Reason_MissingInputs) => LocalizedString;
export const predict_reason_more_likely: (inputs: Predict_Reason_More_LikelyInputs) => LocalizedString;
export const predict_reason_points_to: (inputs: Predict_Reason_Points_ToInputs) => LocalizedString;
export const predict_reason_text: (inputs: Predict_Reason_TextInputs) => LocalizedString;
export const predict_reason_value: (inputs: Predict_Reason_ValueInputs) => LocalizedString;
export const predict_reason_value_at: (inputs: Predict_Reason_Value_AtInputs) => LocalizedString;
export const predict_reasons_add: (inputs: Predict_Reasons_AddInputs) => LocalizedString;
export const predict_reasons_slower: (inputs: Predict_Reasons_SlowerInputs) => LocalizedString;
export const predict_row_blank: (inputs: Predict_Row_BlankInputs) => LocalizedString;
export const predict_row_caption: (inputs: Predict_Row_CaptionInputs) => LocalizedString;
export const predict_row_no_push_average: (inputs: Predict_Row_No_Push_AverageInputs) => LocalizedString;
export const predict_row_no_push_typical: (inputs: Predict_Row_No_Push_TypicalInputs) => LocalizedString;
export const predict_row_prediction: (inputs: Predict_Row_PredictionInputs) => LocalizedString;
export const predict_row_pushes: (inputs: Predict_Row_PushesInputs) => LocalizedString;
export const predict_row_result: (inputs: Predict_Row_ResultInputs) => LocalizedString;
export const predict_row_section: (inputs: Predict_Row_SectionInputs) => LocalizedString;
export const predict_row_submit: (inputs: Predict_Row_SubmitInputs) => LocalizedString;
export const predict_row_title: (inputs: Predict_Row_TitleInputs) => LocalizedString;
export const predict_row_why: (inputs: Predict_Row_WhyInputs) => LocalizedString;
export const predict_row_why_section: (inputs: Predict_Row_Why_SectionInputs) => LocalizedString;
export const predict_scale_centred: (inputs: Predict_Scale_CentredInputs) => LocalizedString;
export const predict_scale_log_odds: (inputs: Predict_Scale_Log_OddsInputs) => LocalizedString;
export const predict_score_section: (inputs: Predict_Score_SectionInputs) => LocalizedString;
export const predict_score_title: (inputs: Predict_Score_TitleInputs) => LocalizedString;
export const predict_scored_after: (inputs: Predict_Scored_AfterInputs) => LocalizedString;
export const predict_scored_before: (inputs: Predict_Scored_BeforeInputs) => LocalizedString;
export const predict_scoring: (inputs: Predict_ScoringInputs) => LocalizedString;
export const predict_source_file: (inputs: Predict_Source_FileInputs) => LocalizedString;
export const predict_source_run: (inputs: Predict_Source_RunInputs) => LocalizedString;
export const predict_stored_label: (inputs: Predict_Stored_LabelInputs) => LocalizedString;
export const predict_use_stored_run_option: (inputs: Predict_Use_Stored_Run_OptionInputs) => LocalizedString;
export const progress_amount: (inputs: Progress_AmountInputs) => LocalizedString;
export const progress_binning: (inputs: Progress_BinningInputs) => LocalizedString;
export const progress_boosting_done: (inputs: Progress_Boosting_DoneInputs) => LocalizedString;
export const progress_cancel: (inputs: Progress_CancelInputs) => LocalizedString;
export const progress_choosing_backend: (inputs: Progress_Choosing_BackendInputs) => LocalizedString;
export const progress_choosing_blend: (inputs: Progress_Choosing_BlendInputs) => LocalizedString;
export const progress_column_of: (inputs: Progress_Column_OfInputs) => LocalizedString;
export const progress_counting_terms: (inputs: Progress_Counting_TermsInputs) => LocalizedString;
export const progress_danger_rows: (inputs: Progress_Danger_RowsInputs) => LocalizedString;
export const progress_describing: (inputs: Progress_DescribingInputs) => LocalizedString;
export const progress_done: (inputs: Progress_DoneInputs) => LocalizedString;
export const progress_evaluating: (inputs: Progress_EvaluatingInputs) => LocalizedString;
export const progress_fingerprinting: (inputs: Progress_FingerprintingInputs) => LocalizedString;
export const progress_fold: (inputs: Progress_FoldInputs) => LocalizedString;
export const progress_importance: (inputs: Progress_ImportanceInputs) => LocalizedString;
export const progress_left: (inputs: Progress_LeftInputs) => LocalizedString;
export const progress_neighbours: (inputs: Progress_NeighboursInputs) => LocalizedString;
export const progress_preparing_features: (inputs: Progress_Preparing_FeaturesInputs) => LocalizedString;
export const progress_profiling: (inputs: Progress_ProfilingInputs) => LocalizedString;
export const progress_reading: (inputs: Progress_ReadingInputs) => LocalizedString;
export const progress_rows_per_second: (inputs: Progress_Rows_Per_SecondInputs) => LocalizedString;
export const progress_saving: (inputs: Progress_SavingInputs) => LocalizedString;
export const progress_scoring: (inputs: Progress_ScoringInputs) => LocalizedString;
export const progress_screening: (inputs: Progress_ScreeningInputs) => LocalizedString;
export const progress_starting: (inputs: Progress_StartingInputs) => LocalizedString;
export const progress_starting_workers: (inputs: Progress_Starting_WorkersInputs) => LocalizedString;
export const progress_status_done: (inputs: Progress_Status_DoneInputs) => LocalizedString;
export const progress_status_failed: (inputs: Progress_Status_FailedInputs) => LocalizedString;
export const progress_status_pruned: (inputs: Progress_Status_PrunedInputs) => LocalizedString;
export const progress_status_skipped: (inputs: Progress_Status_SkippedInputs) => LocalizedString;
export const progress_step_epoch: (inputs: Progress_Step_EpochInputs) => LocalizedString;
export const progress_step_iteration: (inputs: Progress_Step_IterationInputs) => LocalizedString;
export const progress_step_of: (inputs: Progress_Step_OfInputs) => LocalizedString;
export const progress_step_of_validation: (inputs: Progress_Step_Of_ValidationInputs) => LocalizedString;
export const progress_step_solver: (inputs: Progress_Step_SolverInputs) => LocalizedString;
export const progress_training_best: (inputs: Progress_Training_BestInputs) => LocalizedString;
export const progress_training_blend: (inputs: Progress_Training_BlendInputs) => LocalizedString;
export const progress_trial: (inputs: Progress_TrialInputs) => LocalizedString;
export const progress_trial_status: (inputs: Progress_Trial_StatusInputs) => LocalizedString;
export const progress_writing_descriptions: (inputs: Progress_Writing_DescriptionsInputs) => LocalizedString;
export const report_argmax_note: (inputs: Report_Argmax_NoteInputs) => LocalizedString;
export const report_axis_cost_per_row: (inputs: Report_Axis_Cost_Per_RowInputs) => LocalizedString;
export const report_axis_decile: (inputs: Report_Axis_DecileInputs) => LocalizedString;
export const report_axis_epoch: (inputs: Report_Axis_EpochInputs) => LocalizedString;
export const report_axis_epoch_trees: (inputs: Report_Axis_Epoch_TreesInputs) => LocalizedString;
export const report_axis_fpr: (inputs: Report_Axis_FprInputs) => LocalizedString;
export const report_axis_importance: (inputs: Report_Axis_ImportanceInputs) => LocalizedString;
export const report_axis_iteration: (inputs: Report_Axis_IterationInputs) => LocalizedString;
export const report_axis_loss: (inputs: Report_Axis_LossInputs) => LocalizedString;
export const report_axis_mean_predicted: (inputs: Report_Axis_Mean_PredictedInputs) => LocalizedString;
export const report_axis_precision: (inputs: Report_Axis_PrecisionInputs) => LocalizedString;
export const report_axis_precision_recall: (inputs: Report_Axis_Precision_RecallInputs) => LocalizedString;
export const report_axis_recall: (inputs: Report_Axis_RecallInputs) => LocalizedString;
export const report_axis_share_captured: (inputs: Report_Axis_Share_CapturedInputs) => LocalizedString;
export const report_axis_share_class: (inputs: Report_Axis_Share_ClassInputs) => LocalizedString;
export const report_axis_share_positives: (inputs: Report_Axis_Share_PositivesInputs) => LocalizedString;
export const report_axis_share_rows: (inputs: Report_Axis_Share_RowsInputs) => LocalizedString;
export const report_axis_solver_iteration: (inputs: Report_Axis_Solver_IterationInputs) => LocalizedString;
export const report_axis_tpr: (inputs: Report_Axis_TprInputs) => LocalizedString;
export const report_axis_val_loss: (inputs: Report_Axis_Val_LossInputs) => LocalizedString;
export const report_backend_requested: (inputs: Report_Backend_RequestedInputs) => LocalizedString;
export const report_backend_value: (inputs: Report_Backend_ValueInputs) => LocalizedString;
export const report_blend_members: (inputs: Report_Blend_MembersInputs) => LocalizedString;
export const report_blend_note: (inputs: Report_Blend_NoteInputs) => LocalizedString;
export const report_blend_of: (inputs: Report_Blend_OfInputs) => LocalizedString;
export const report_blend_of_models: (inputs: Report_Blend_Of_ModelsInputs) => LocalizedString;
export const report_blend_of_one: (inputs: Report_Blend_Of_OneInputs) => LocalizedString;
export const report_calibration_bins: (inputs: Report_Calibration_BinsInputs) => LocalizedString;
export const report_calibration_bins_of: (inputs: Report_Calibration_Bins_OfInputs) => LocalizedString;
export const report_caption_calibration: (inputs: Report_Caption_CalibrationInputs) => LocalizedString;
export const report_caption_cost_threshold: (inputs: Report_Caption_Cost_ThresholdInputs) => LocalizedString;
export const report_caption_gains: (inputs: Report_Caption_GainsInputs) => LocalizedString;
export const report_caption_ks: (inputs: Report_Caption_KsInputs) => LocalizedString;
export const report_caption_lift: (inputs: Report_Caption_LiftInputs) => LocalizedString;
export const report_caption_loss_epoch: (inputs: Report_Caption_Loss_EpochInputs) => LocalizedString;
export const report_caption_loss_iteration: (inputs: Report_Caption_Loss_IterationInputs) => LocalizedString;
export const report_caption_pr: (inputs: Report_Caption_PrInputs) => LocalizedString;
export const report_caption_pr_threshold: (inputs: Report_Caption_Pr_ThresholdInputs) => LocalizedString;
export const report_caption_roc: (inputs: Report_Caption_RocInputs) => LocalizedString;
export const report_caption_roc_per_class: (inputs: Report_Caption_Roc_Per_ClassInputs) => LocalizedString;
export const report_captured_by_decile: (inputs: Report_Captured_By_DecileInputs) => LocalizedString;
export const report_caution_data: (inputs: Report_Caution_DataInputs) => LocalizedString;
export const report_caution_rows: (inputs: Report_Caution_RowsInputs) => LocalizedString;
export const report_chart_calibration: (inputs: Report_Chart_CalibrationInputs) => LocalizedString;
export const report_chart_calibration_compared: (inputs: Report_Chart_Calibration_ComparedInputs) => LocalizedString;
export const report_chart_cost_threshold: (inputs: Report_Chart_Cost_ThresholdInputs) => LocalizedString;
export const report_chart_gains: (inputs: Report_Chart_GainsInputs) => LocalizedString;
export const report_chart_gains_compared: (inputs: Report_Chart_Gains_ComparedInputs) => LocalizedString;
export const report_chart_importance: (inputs: Report_Chart_ImportanceInputs) => LocalizedString;
export const report_chart_ks: (inputs: Report_Chart_KsInputs) => LocalizedString;
export const report_chart_lift: (inputs: Report_Chart_LiftInputs) => LocalizedString;
export const report_chart_loss_epoch: (inputs: Report_Chart_Loss_EpochInputs) => LocalizedString;
export const report_chart_loss_iteration: (inputs: Report_Chart_Loss_IterationInputs) => LocalizedString;
export const report_chart_pr: (inputs: Report_Chart_PrInputs) => LocalizedString;
export const report_chart_pr_compared: (inputs: Report_Chart_Pr_ComparedInputs) => LocalizedString;
export const report_chart_pr_threshold: (inputs: Report_Chart_Pr_ThresholdInputs) => LocalizedString;
export const report_chart_roc: (inputs: Report_Chart_RocInputs) => LocalizedString;
export const report_chart_roc_compared: (inputs: Report_Chart_Roc_ComparedInputs) => LocalizedString;
export const report_chart_val_loss_compared: (inputs: Report_Chart_Val_Loss_ComparedInputs) => LocalizedString;
export const report_class_balancing: (inputs: Report_Class_BalancingInputs) => LocalizedString;
export const report_class_weights_note: (inputs: Report_Class_Weights_NoteInputs) => LocalizedString;
export const report_classes_list: (inputs: Report_Classes_ListInputs) => LocalizedString;
export const report_col_after: (inputs: Report_Col_AfterInputs) => LocalizedString;
export const report_col_before: (inputs: Report_Col_BeforeInputs) => LocalizedString;
export const report_col_captured: (inputs: Report_Col_CapturedInputs) => LocalizedString;
export const report_col_class: (inputs: Report_Col_ClassInputs) => LocalizedString;
export const report_col_column: (inputs: Report_Col_ColumnInputs) => LocalizedString;
export const report_col_cum_lift: (inputs: Report_Col_Cum_LiftInputs) => LocalizedString;
export const report_col_decile: (inputs: Report_Col_DecileInputs) => LocalizedString;
export const report_col_lift: (inputs: Report_Col_LiftInputs) => LocalizedString;
export const report_col_mean_predicted: (inputs: Report_Col_Mean_PredictedInputs) => LocalizedString;
export const report_col_meaning: (inputs: Report_Col_MeaningInputs) => LocalizedString;
export const report_col_metric: (inputs: Report_Col_MetricInputs) => LocalizedString;
export const report_col_metric_lost: (inputs: Report_Col_Metric_LostInputs) => LocalizedString;
export const report_col_model: (inputs: Report_Col_ModelInputs) => LocalizedString;
export const report_col_part: (inputs: Report_Col_PartInputs) => LocalizedString;
export const report_col_per_row: (inputs: Report_Col_Per_RowInputs) => LocalizedString;
export const report_col_positive: (inputs: Report_Col_PositiveInputs) => LocalizedString;
export const report_col_precision: (inputs: Report_Col_PrecisionInputs) => LocalizedString;
export const report_col_rate: (inputs: Report_Col_RateInputs) => LocalizedString;
export const report_col_recall: (inputs: Report_Col_RecallInputs) => LocalizedString;
export const report_col_rows: (inputs: Report_Col_RowsInputs) => LocalizedString;
export const report_col_scores: (inputs: Report_Col_ScoresInputs) => LocalizedString;
export const report_col_setting: (inputs: Report_Col_SettingInputs) => LocalizedString;
export const report_col_settings: (inputs: Report_Col_SettingsInputs) => LocalizedString;
export const report_col_std: (inputs: Report_Col_StdInputs) => LocalizedString;
export const report_col_support: (inputs: Report_Col_SupportInputs) => LocalizedString;
export const report_col_term: (inputs: Report_Col_TermInputs) => LocalizedString;
export const report_col_test: (inputs: Report_Col_TestInputs) => LocalizedString;
export const report_col_test_lost: (inputs: Report_Col_Test_LostInputs) => LocalizedString;
export const report_col_total: (inputs: Report_Col_TotalInputs) => LocalizedString;
export const report_col_total_cost: (inputs: Report_Col_Total_CostInputs) => LocalizedString;
export const report_col_train_before: (inputs: Report_Col_Train_BeforeInputs) => LocalizedString;
export const report_col_trial: (inputs: Report_Col_TrialInputs) => LocalizedString;
export const report_col_validation: (inputs: Report_Col_ValidationInputs) => LocalizedString;
export const report_col_validation_lost: (inputs: Report_Col_Validation_LostInputs) => LocalizedString;
export const report_col_weight: (inputs: Report_Col_WeightInputs) => LocalizedString;
export const report_comparable: (inputs: Report_ComparableInputs) => LocalizedString;
export const report_compare_followed: (inputs: Report_Compare_FollowedInputs) => LocalizedString;
export const report_compare_generated: (inputs: Report_Compare_GeneratedInputs) => LocalizedString;
export const report_compare_metrics_note: (inputs: Report_Compare_Metrics_NoteInputs) => LocalizedString;
export const report_compare_no_leak: (inputs: Report_Compare_No_LeakInputs) => LocalizedString;
export const report_compare_provenance_label: (inputs: Report_Compare_Provenance_LabelInputs) => LocalizedString;
export const report_compare_settings_label: (inputs: Report_Compare_Settings_LabelInputs) => LocalizedString;
export const report_compare_summary_label: (inputs: Report_Compare_Summary_LabelInputs) => LocalizedString;
export const report_compare_title: (inputs: Report_Compare_TitleInputs) => LocalizedString;
export const report_compare_warnings: (inputs: Report_Compare_WarningsInputs) => LocalizedString;
export const report_confusion_corner: (inputs: Report_Confusion_CornerInputs) => LocalizedString;
export const report_confusion_matrix: (inputs: Report_Confusion_MatrixInputs) => LocalizedString;
export const report_confusion_note: (inputs: Report_Confusion_NoteInputs) => LocalizedString;
export const report_confusion_of: (inputs: Report_Confusion_OfInputs) => LocalizedString;
export const report_confusion_test: (inputs: Report_Confusion_TestInputs) => LocalizedString;
export const report_cost_fp_fn: (inputs: Report_Cost_Fp_FnInputs) => LocalizedString;
export const report_cost_of_errors: (inputs: Report_Cost_Of_ErrorsInputs) => LocalizedString;
export const report_cost_test_after: (inputs: Report_Cost_Test_AfterInputs) => LocalizedString;
export const report_cost_test_before: (inputs: Report_Cost_Test_BeforeInputs) => LocalizedString;
export const report_data_note: (inputs: Report_Data_NoteInputs) => LocalizedString;
export const report_dataset_rows: (inputs: Report_Dataset_RowsInputs) => LocalizedString;
export const report_dataset_rows_paren: (inputs: Report_Dataset_Rows_ParenInputs) => LocalizedString;
export const report_decile_table: (inputs: Report_Decile_TableInputs) => LocalizedString;
export const report_descriptions_value: (inputs: Report_Descriptions_ValueInputs) => LocalizedString;
export const report_ended_best: (inputs: Report_Ended_BestInputs) => LocalizedString;
export const report_ended_blend: (inputs: Report_Ended_BlendInputs) => LocalizedString;
export const report_err_no_results: (inputs: Report_Err_No_ResultsInputs) => LocalizedString;
export const report_err_no_results_hint: (inputs: Report_Err_No_Results_HintInputs) => LocalizedString;
export const report_err_run_count: (inputs: Report_Err_Run_CountInputs) => LocalizedString;
export const report_err_run_count_hint: (inputs: Report_Err_Run_Count_HintInputs) => LocalizedString;
export const report_every_setting_differs: (inputs: Report_Every_Setting_DiffersInputs) => LocalizedString;
export const report_fact_backend: (inputs: Report_Fact_BackendInputs) => LocalizedString;
export const report_fact_best_trial: (inputs: Report_Fact_Best_TrialInputs) => LocalizedString;
export const report_fact_class_balance: (inputs: Report_Fact_Class_BalanceInputs) => LocalizedString;
export const report_fact_dataset: (inputs: Report_Fact_DatasetInputs) => LocalizedString;
export const report_fact_dataset_fingerprint: (inputs: Report_Fact_Dataset_FingerprintInputs) => LocalizedString;
export const report_fact_descriptions: (inputs: Report_Fact_DescriptionsInputs) => LocalizedString;
export const report_fact_duration: (inputs: Report_Fact_DurationInputs) => LocalizedString;
export const report_fact_ended_with: (inputs: Report_Fact_Ended_WithInputs) => LocalizedString;
export const report_fact_family: (inputs: Report_Fact_FamilyInputs) => LocalizedString;
export const report_fact_faro_version: (inputs: Report_Fact_Faro_VersionInputs) => LocalizedString;
export const report_fact_features: (inputs: Report_Fact_FeaturesInputs) => LocalizedString;
export const report_fact_final_fit: (inputs: Report_Fact_Final_FitInputs) => LocalizedString;
export const report_fact_fingerprint: (inputs: Report_Fact_FingerprintInputs) => LocalizedString;
export const report_fact_generated: (inputs: Report_Fact_GeneratedInputs) => LocalizedString;
export const report_fact_id_columns: (inputs: Report_Fact_Id_ColumnsInputs) => LocalizedString;
export const report_fact_ignored: (inputs: Report_Fact_IgnoredInputs) => LocalizedString;
export const report_fact_model: (inputs: Report_Fact_ModelInputs) => LocalizedString;
export const report_fact_model_inputs: (inputs: Report_Fact_Model_InputsInputs) => LocalizedString;
export const report_fact_positive_class: (inputs: Report_Fact_Positive_ClassInputs) => LocalizedString;
export const report_fact_predicts: (inputs: Report_Fact_PredictsInputs) => LocalizedString;
export const report_fact_ranked_by: (inputs: Report_Fact_Ranked_ByInputs) => LocalizedString;
export const report_fact_rows: (inputs: Report_Fact_RowsInputs) => LocalizedString;
export const report_fact_rows_left_out: (inputs: Report_Fact_Rows_Left_OutInputs) => LocalizedString;
export const report_fact_rows_per_part: (inputs: Report_Fact_Rows_Per_PartInputs) => LocalizedString;
export const report_fact_run: (inputs: Report_Fact_RunInputs) => LocalizedString;
export const report_fact_run_id: (inputs: Report_Fact_Run_IdInputs) => LocalizedString;
export const report_fact_schema: (inputs: Report_Fact_SchemaInputs) => LocalizedString;
export const report_fact_search: (inputs: Report_Fact_SearchInputs) => LocalizedString;
export const report_fact_seed: (inputs: Report_Fact_SeedInputs) => LocalizedString;
export const report_fact_split: (inputs: Report_Fact_SplitInputs) => LocalizedString;
export const report_fact_status: (inputs: Report_Fact_StatusInputs) => LocalizedString;
export const report_fact_strategy: (inputs: Report_Fact_StrategyInputs) => LocalizedString;
export const report_fact_target: (inputs: Report_Fact_TargetInputs) => LocalizedString;
export const report_fact_threshold: (inputs: Report_Fact_ThresholdInputs) => LocalizedString;
export const report_fact_threshold_method: (inputs: Report_Fact_Threshold_MethodInputs) => LocalizedString;
export const report_fact_threshold_rule: (inputs: Report_Fact_Threshold_RuleInputs) => LocalizedString;
export const report_fact_trained: (inputs: Report_Fact_TrainedInputs) => LocalizedString;
export const report_fact_training: (inputs: Report_Fact_TrainingInputs) => LocalizedString;
export const report_fact_trials: (inputs: Report_Fact_TrialsInputs) => LocalizedString;
export const report_fact_warnings: (inputs: Report_Fact_WarningsInputs) => LocalizedString;
export const report_features_value: (inputs: Report_Features_ValueInputs) => LocalizedString;
export const report_fingerprint_note: (inputs: Report_Fingerprint_NoteInputs) => LocalizedString;
export const report_footer: (inputs: Report_FooterInputs) => LocalizedString;
export const report_fraction_positive: (inputs: Report_Fraction_PositiveInputs) => LocalizedString;
export const report_hint_accuracy: (inputs: Report_Hint_AccuracyInputs) => LocalizedString;
export const report_hint_balanced_accuracy: (inputs: Report_Hint_Balanced_AccuracyInputs) => LocalizedString;
export const report_hint_f1_macro: (inputs: Report_Hint_F1_MacroInputs) => LocalizedString;
export const report_hint_f1_weighted: (inputs: Report_Hint_F1_WeightedInputs) => LocalizedString;
export const report_hint_gini: (inputs: Report_Hint_GiniInputs) => LocalizedString;
export const report_hint_kappa: (inputs: Report_Hint_KappaInputs) => LocalizedString;
export const report_hint_ks: (inputs: Report_Hint_KsInputs) => LocalizedString;
export const report_hint_lower_better: (inputs: Report_Hint_Lower_BetterInputs) => LocalizedString;
export const report_hint_mcc: (inputs: Report_Hint_MccInputs) => LocalizedString;
export const report_hint_pr_auc: (inputs: Report_Hint_Pr_AucInputs) => LocalizedString;
export const report_hint_roc_auc: (inputs: Report_Hint_Roc_AucInputs) => LocalizedString;
export const report_identical_settings: (inputs: Report_Identical_SettingsInputs) => LocalizedString;
export const report_importance: (inputs: Report_ImportanceInputs) => LocalizedString;
export const report_importance_accuracy: (inputs: Report_Importance_AccuracyInputs) => LocalizedString;
export const report_importance_caption: (inputs: Report_Importance_CaptionInputs) => LocalizedString;
export const report_importance_compared_label: (inputs: Report_Importance_Compared_LabelInputs) => LocalizedString;
export const report_importance_compared_note: (inputs: Report_Importance_Compared_NoteInputs) => LocalizedString;
export const report_importance_mixed: (inputs: Report_Importance_MixedInputs) => LocalizedString;
export const report_importance_order: (inputs: Report_Importance_OrderInputs) => LocalizedString;
export const report_importance_test_validation: (inputs: Report_Importance_Test_ValidationInputs) => LocalizedString;
export const report_importance_top: (inputs: Report_Importance_TopInputs) => LocalizedString;
export const report_importance_validation_heading: (inputs: Report_Importance_Validation_HeadingInputs) => LocalizedString;
export const report_kept_epoch: (inputs: Report_Kept_EpochInputs) => LocalizedString;
export const report_kept_iteration: (inputs: Report_Kept_IterationInputs) => LocalizedString;
export const report_kept_solver: (inputs: Report_Kept_SolverInputs) => LocalizedString;
export const report_key_figures: (inputs: Report_Key_FiguresInputs) => LocalizedString;
export const report_kind_boolean: (inputs: Report_Kind_BooleanInputs) => LocalizedString;
export const report_kind_categorical: (inputs: Report_Kind_CategoricalInputs) => LocalizedString;
export const report_kind_constant: (inputs: Report_Kind_ConstantInputs) => LocalizedString;
export const report_kind_date: (inputs: Report_Kind_DateInputs) => LocalizedString;
export const report_kind_id: (inputs: Report_Kind_IdInputs) => LocalizedString;
export const report_kind_numeric: (inputs: Report_Kind_NumericInputs) => LocalizedString;
export const report_kind_text: (inputs: Report_Kind_TextInputs) => LocalizedString;
export const report_ks_at: (inputs: Report_Ks_AtInputs) => LocalizedString;
export const report_leak_title_one: (inputs: Report_Leak_Title_OneInputs) => LocalizedString;
export const report_leak_title_other: (inputs: Report_Leak_Title_OtherInputs) => LocalizedString;
export const report_lower_is_better: (inputs: Report_Lower_Is_BetterInputs) => LocalizedString;
export const report_metric_accuracy: (inputs: Report_Metric_AccuracyInputs) => LocalizedString;
export const report_metric_balanced_accuracy: (inputs: Report_Metric_Balanced_AccuracyInputs) => LocalizedString;
export const report_metric_brier: (inputs: Report_Metric_BrierInputs) => LocalizedString;
export const report_metric_f1_weighted: (inputs: Report_Metric_F1_WeightedInputs) => LocalizedString;
export const report_metric_kappa: (inputs: Report_Metric_KappaInputs) => LocalizedString;
export const report_metric_log_loss: (inputs: Report_Metric_Log_LossInputs) => LocalizedString;
export const report_metric_lost: (inputs: Report_Metric_LostInputs) => LocalizedString;
export const report_metric_pr_auc: (inputs: Report_Metric_Pr_AucInputs) => LocalizedString;
export const report_metric_precision_macro: (inputs: Report_Metric_Precision_MacroInputs) => LocalizedString;
export const report_metric_recall_macro: (inputs: Report_Metric_Recall_MacroInputs) => LocalizedString;
export const report_metrics_label: (inputs: Report_Metrics_LabelInputs) => LocalizedString;
export const report_metrics_rows_note: (inputs: Report_Metrics_Rows_NoteInputs) => LocalizedString;
export const report_model_inputs_value: (inputs: Report_Model_Inputs_ValueInputs) => LocalizedString;
export const report_model_kept: (inputs: Report_Model_KeptInputs) => LocalizedString;
export const report_model_not_kept: (inputs: Report_Model_Not_KeptInputs) => LocalizedString;
export const report_model_note: (inputs: Report_Model_NoteInputs) => LocalizedString;
export const report_model_removed: (inputs: Report_Model_RemovedInputs) => LocalizedString;
export const report_model_search: (inputs: Report_Model_SearchInputs) => LocalizedString;
export const report_no_leak: (inputs: Report_No_LeakInputs) => LocalizedString;
export const report_no_term: (inputs: Report_No_TermInputs) => LocalizedString;
export const report_none: (inputs: Report_NoneInputs) => LocalizedString;
export const report_none_masc: (inputs: Report_None_MascInputs) => LocalizedString;
export const report_none_multiclass: (inputs: Report_None_MulticlassInputs) => LocalizedString;
export const report_not_measured: (inputs: Report_Not_MeasuredInputs) => LocalizedString;
export const report_notes: (inputs: Report_NotesInputs) => LocalizedString;
export const report_notes_test: (inputs: Report_Notes_TestInputs) => LocalizedString;
export const report_other_warnings: (inputs: Report_Other_WarningsInputs) => LocalizedString;
export const report_page_title_compare: (inputs: Report_Page_Title_CompareInputs) => LocalizedString;
export const report_page_title_run: (inputs: Report_Page_Title_RunInputs) => LocalizedString;
export const report_per_class_metrics: (inputs: Report_Per_Class_MetricsInputs) => LocalizedString;
export const report_per_class_test: (inputs: Report_Per_Class_TestInputs) => LocalizedString;
export const report_positive: (inputs: Report_PositiveInputs) => LocalizedString;
export const report_positive_minority: (inputs: Report_Positive_MinorityInputs) => LocalizedString;
export const report_provenance_note: (inputs: Report_Provenance_NoteInputs) => LocalizedString;
export const report_quoted: (inputs: Report_QuotedInputs) => LocalizedString;
export const report_ranked_by_value: (inputs: Report_Ranked_By_ValueInputs) => LocalizedString;
export const report_ranking_compared_note: (inputs: Report_Ranking_Compared_NoteInputs) => LocalizedString;
export const report_ranking_note: (inputs: Report_Ranking_NoteInputs) => LocalizedString;
export const report_recipe: (inputs: Report_RecipeInputs) => LocalizedString;
export const report_recipe_block: (inputs: Report_Recipe_BlockInputs) => LocalizedString;
export const report_recipe_categorical: (inputs: Report_Recipe_CategoricalInputs) => LocalizedString;
export const report_recipe_constant: (inputs: Report_Recipe_ConstantInputs) => LocalizedString;
export const report_recipe_date_diff: (inputs: Report_Recipe_Date_DiffInputs) => LocalizedString;
export const report_recipe_date_parts: (inputs: Report_Recipe_Date_PartsInputs) => LocalizedString;
export const report_recipe_days: (inputs: Report_Recipe_DaysInputs) => LocalizedString;
export const report_recipe_derived: (inputs: Report_Recipe_DerivedInputs) => LocalizedString;
export const report_recipe_every_term: (inputs: Report_Recipe_Every_TermInputs) => LocalizedString;
export const report_recipe_extra_row: (inputs: Report_Recipe_Extra_RowInputs) => LocalizedString;
export const report_recipe_kind_categorical: (inputs: Report_Recipe_Kind_CategoricalInputs) => LocalizedString;
export const report_recipe_kind_date: (inputs: Report_Recipe_Kind_DateInputs) => LocalizedString;
export const report_recipe_kind_numeric: (inputs: Report_Recipe_Kind_NumericInputs) => LocalizedString;
export const report_recipe_kind_text: (inputs: Report_Recipe_Kind_TextInputs) => LocalizedString;
export const report_recipe_log1p: (inputs: Report_Recipe_Log1pInputs) => LocalizedString;
export const report_recipe_max_terms: (inputs: Report_Recipe_Max_TermsInputs) => LocalizedString;
export const report_recipe_most_frequent: (inputs: Report_Recipe_Most_FrequentInputs) => LocalizedString;
export const report_recipe_no_parts: (inputs: Report_Recipe_No_PartsInputs) => LocalizedString;
export const report_recipe_numeric: (inputs: Report_Recipe_NumericInputs) => LocalizedString;
export const report_recipe_onehot: (inputs: Report_Recipe_OnehotInputs) => LocalizedString;
export const report_recipe_ordinal: (inputs: Report_Recipe_OrdinalInputs) => LocalizedString;
export const report_recipe_override: (inputs: Report_Recipe_OverrideInputs) => LocalizedString;
export const report_recipe_own_level: (inputs: Report_Recipe_Own_LevelInputs) => LocalizedString;
export const report_recipe_row: (inputs: Report_Recipe_RowInputs) => LocalizedString;
export const report_recipe_sublinear: (inputs: Report_Recipe_SublinearInputs) => LocalizedString;
export const report_recipe_text: (inputs: Report_Recipe_TextInputs) => LocalizedString;
export const report_rows_added: (inputs: Report_Rows_AddedInputs) => LocalizedString;
export const report_rows_no_target: (inputs: Report_Rows_No_TargetInputs) => LocalizedString;
export const report_rows_parts: (inputs: Report_Rows_PartsInputs) => LocalizedString;
export const report_rows_per_class: (inputs: Report_Rows_Per_ClassInputs) => LocalizedString;
export const report_rule_cost: (inputs: Report_Rule_CostInputs) => LocalizedString;
export const report_rule_fixed: (inputs: Report_Rule_FixedInputs) => LocalizedString;
export const report_rule_maximise: (inputs: Report_Rule_MaximiseInputs) => LocalizedString;
export const report_rule_none: (inputs: Report_Rule_NoneInputs) => LocalizedString;
export const report_run_heading: (inputs: Report_Run_HeadingInputs) => LocalizedString;
export const report_search_value: (inputs: Report_Search_ValueInputs) => LocalizedString;
export const report_section_confusion: (inputs: Report_Section_ConfusionInputs) => LocalizedString;
export const report_section_curves: (inputs: Report_Section_CurvesInputs) => LocalizedString;
export const report_section_curves_compared: (inputs: Report_Section_Curves_ComparedInputs) => LocalizedString;
export const report_section_data: (inputs: Report_Section_DataInputs) => LocalizedString;
export const report_section_importance: (inputs: Report_Section_ImportanceInputs) => LocalizedString;
export const report_section_importance_compared: (inputs: Report_Section_Importance_ComparedInputs) => LocalizedString;
export const report_section_metrics: (inputs: Report_Section_MetricsInputs) => LocalizedString;
export const report_section_model: (inputs: Report_Section_ModelInputs) => LocalizedString;
export const report_section_provenance: (inputs: Report_Section_ProvenanceInputs) => LocalizedString;
export const report_section_ranking: (inputs: Report_Section_RankingInputs) => LocalizedString;
export const report_section_ranking_compared: (inputs: Report_Section_Ranking_ComparedInputs) => LocalizedString;
export const report_section_summary: (inputs: Report_Section_SummaryInputs) => LocalizedString;
export const report_section_terms: (inputs: Report_Section_TermsInputs) => LocalizedString;
export const report_section_threshold: (inputs: Report_Section_ThresholdInputs) => LocalizedString;
export const report_series_calibration: (inputs: Report_Series_CalibrationInputs) => LocalizedString;
export const report_series_cost: (inputs: Report_Series_CostInputs) => LocalizedString;
export const report_series_cum_lift: (inputs: Report_Series_Cum_LiftInputs) => LocalizedString;
export const report_series_gains: (inputs: Report_Series_GainsInputs) => LocalizedString;
export const report_series_others: (inputs: Report_Series_OthersInputs) => LocalizedString;
export const report_series_precision: (inputs: Report_Series_PrecisionInputs) => LocalizedString;
export const report_series_recall: (inputs: Report_Series_RecallInputs) => LocalizedString;
export const report_series_train: (inputs: Report_Series_TrainInputs) => LocalizedString;
export const report_series_validation: (inputs: Report_Series_ValidationInputs) => LocalizedString;
export const report_settings_differ: (inputs: Report_Settings_DifferInputs) => LocalizedString;
export const report_shaded_note: (inputs: Report_Shaded_NoteInputs) => LocalizedString;
export const report_split_value: (inputs: Report_Split_ValueInputs) => LocalizedString;
export const report_status_cancelled: (inputs: Report_Status_CancelledInputs) => LocalizedString;
export const report_status_done: (inputs: Report_Status_DoneInputs) => LocalizedString;
export const report_status_failed: (inputs: Report_Status_FailedInputs) => LocalizedString;
export const report_status_interrupted: (inputs: Report_Status_InterruptedInputs) => LocalizedString;
export const report_status_running: (inputs: Report_Status_RunningInputs) => LocalizedString;
export const report_steps_boosting: (inputs: Report_Steps_BoostingInputs) => LocalizedString;
export const report_steps_epoch: (inputs: Report_Steps_EpochInputs) => LocalizedString;
export const report_steps_solver: (inputs: Report_Steps_SolverInputs) => LocalizedString;
export const report_stopped_early: (inputs: Report_Stopped_EarlyInputs) => LocalizedString;
export const report_subtitle_details: (inputs: Report_Subtitle_DetailsInputs) => LocalizedString;
export const report_terms_gradient: (inputs: Report_Terms_GradientInputs) => LocalizedString;
export const report_terms_logistic: (inputs: Report_Terms_LogisticInputs) => LocalizedString;
export const report_terms_of: (inputs: Report_Terms_OfInputs) => LocalizedString;
export const report_test_metric: (inputs: Report_Test_MetricInputs) => LocalizedString;
export const report_test_metric_col: (inputs: Report_Test_Metric_ColInputs) => LocalizedString;
export const report_threshold_argmax: (inputs: Report_Threshold_ArgmaxInputs) => LocalizedString;
export const report_threshold_cost: (inputs: Report_Threshold_CostInputs) => LocalizedString;
export const report_threshold_cost_suffix: (inputs: Report_Threshold_Cost_SuffixInputs) => LocalizedString;
export const report_threshold_fixed: (inputs: Report_Threshold_FixedInputs) => LocalizedString;
export const report_threshold_label: (inputs: Report_Threshold_LabelInputs) => LocalizedString;
export const report_threshold_maximise: (inputs: Report_Threshold_MaximiseInputs) => LocalizedString;
export const report_threshold_method: (inputs: Report_Threshold_MethodInputs) => LocalizedString;
export const report_threshold_none: (inputs: Report_Threshold_NoneInputs) => LocalizedString;
export const report_threshold_on: (inputs: Report_Threshold_OnInputs) => LocalizedString;
export const report_threshold_rule_note: (inputs: Report_Threshold_Rule_NoteInputs) => LocalizedString;
export const report_threshold_sweep_note: (inputs: Report_Threshold_Sweep_NoteInputs) => LocalizedString;
export const report_title_run: (inputs: Report_Title_RunInputs) => LocalizedString;
export const report_training_curve: (inputs: Report_Training_CurveInputs) => LocalizedString;
export const report_training_part_only: (inputs: Report_Training_Part_OnlyInputs) => LocalizedString;
export const report_trials_value: (inputs: Report_Trials_ValueInputs) => LocalizedString;
export const report_validation_metric_col: (inputs: Report_Validation_Metric_ColInputs) => LocalizedString;
export const route_compare_missing: (inputs: Route_Compare_MissingInputs) => LocalizedString;
export const route_compare_some_missing: (inputs: Route_Compare_Some_MissingInputs) => LocalizedString;
export const route_dataset_missing: (inputs: Route_Dataset_MissingInputs) => LocalizedString;
export const route_no_screen: (inputs: Route_No_ScreenInputs) => LocalizedString;
export const route_run_missing: (inputs: Route_Run_MissingInputs) => LocalizedString;
export const route_run_unfinished: (inputs: Route_Run_UnfinishedInputs) => LocalizedString;
export const runs_actions: (inputs: Runs_ActionsInputs) => LocalizedString;
export const runs_after: (inputs: Runs_AfterInputs) => LocalizedString;
export const runs_all_columns: (inputs: Runs_All_ColumnsInputs) => LocalizedString;
export const runs_all_datasets: (inputs: Runs_All_DatasetsInputs) => LocalizedString;
export const runs_back_to_threshold: (inputs: Runs_Back_To_ThresholdInputs) => LocalizedString;
export const runs_backend: (inputs: Runs_BackendInputs) => LocalizedString;
export const runs_balance_caption_one: (inputs: Runs_Balance_Caption_OneInputs) => LocalizedString;
export const runs_balance_caption_other: (inputs: Runs_Balance_Caption_OtherInputs) => LocalizedString;
export const runs_balance_chart_label: (inputs: Runs_Balance_Chart_LabelInputs) => LocalizedString;
export const runs_balance_down: (inputs: Runs_Balance_DownInputs) => LocalizedString;
export const runs_balance_heading: (inputs: Runs_Balance_HeadingInputs) => LocalizedString;
export const runs_balance_label: (inputs: Runs_Balance_LabelInputs) => LocalizedString;
export const runs_balance_name_none: (inputs: Runs_Balance_Name_NoneInputs) => LocalizedString;
export const runs_balance_name_over: (inputs: Runs_Balance_Name_OverInputs) => LocalizedString;
export const runs_balance_name_under: (inputs: Runs_Balance_Name_UnderInputs) => LocalizedString;
export const runs_balance_name_weights: (inputs: Runs_Balance_Name_WeightsInputs) => LocalizedString;
export const runs_balance_note_k_reduced: (inputs: Runs_Balance_Note_K_ReducedInputs) => LocalizedString;
export const runs_balance_note_no_borderline: (inputs: Runs_Balance_Note_No_BorderlineInputs) => LocalizedString;
export const runs_balance_note_one_hot: (inputs: Runs_Balance_Note_One_HotInputs) => LocalizedString;
export const runs_balance_ratio_value: (inputs: Runs_Balance_Ratio_ValueInputs) => LocalizedString;
export const runs_balance_training_only: (inputs: Runs_Balance_Training_OnlyInputs) => LocalizedString;
export const runs_balance_up: (inputs: Runs_Balance_UpInputs) => LocalizedString;
export const runs_before: (inputs: Runs_BeforeInputs) => LocalizedString;
export const runs_best_epoch: (inputs: Runs_Best_EpochInputs) => LocalizedString;
export const runs_best_value: (inputs: Runs_Best_ValueInputs) => LocalizedString;
export const runs_blend_balance_caption: (inputs: Runs_Blend_Balance_CaptionInputs) => LocalizedString;
export const runs_blend_curve_caption: (inputs: Runs_Blend_Curve_CaptionInputs) => LocalizedString;
export const runs_blend_listed: (inputs: Runs_Blend_ListedInputs) => LocalizedString;
export const runs_blend_member: (inputs: Runs_Blend_MemberInputs) => LocalizedString;
export const runs_blend_members: (inputs: Runs_Blend_MembersInputs) => LocalizedString;
export const runs_blend_of: (inputs: Runs_Blend_OfInputs) => LocalizedString;
export const runs_boosting_iterations: (inputs: Runs_Boosting_IterationsInputs) => LocalizedString;
export const runs_calibration_caption: (inputs: Runs_Calibration_CaptionInputs) => LocalizedString;
export const runs_calibration_label: (inputs: Runs_Calibration_LabelInputs) => LocalizedString;
export const runs_captured: (inputs: Runs_CapturedInputs) => LocalizedString;
export const runs_captured_title: (inputs: Runs_Captured_TitleInputs) => LocalizedString;
export const runs_class: (inputs: Runs_ClassInputs) => LocalizedString;
export const runs_class_balance: (inputs: Runs_Class_BalanceInputs) => LocalizedString;
export const runs_class_weights_note: (inputs: Runs_Class_Weights_NoteInputs) => LocalizedString;
export const runs_close: (inputs: Runs_CloseInputs) => LocalizedString;
export const runs_col_accuracy: (inputs: Runs_Col_AccuracyInputs) => LocalizedString;
export const runs_col_created: (inputs: Runs_Col_CreatedInputs) => LocalizedString;
export const runs_col_dataset: (inputs: Runs_Col_DatasetInputs) => LocalizedString;
export const runs_col_log_loss: (inputs: Runs_Col_Log_LossInputs) => LocalizedString;
export const runs_col_model_title: (inputs: Runs_Col_Model_TitleInputs) => LocalizedString;
export const runs_col_name: (inputs: Runs_Col_NameInputs) => LocalizedString;
export const runs_col_status: (inputs: Runs_Col_StatusInputs) => LocalizedString;
export const runs_column: (inputs: Runs_ColumnInputs) => LocalizedString;
export const runs_compare: (inputs: Runs_CompareInputs) => LocalizedString;
export const runs_compare_different_data: (inputs: Runs_Compare_Different_DataInputs) => LocalizedString;
export const runs_compare_different_test_rows: (inputs: Runs_Compare_Different_Test_RowsInputs) => LocalizedString;
export const runs_compare_importance_caption: (inputs: Runs_Compare_Importance_CaptionInputs) => LocalizedString;
export const runs_compare_importance_caption_ranked: (inputs: Runs_Compare_Importance_Caption_RankedInputs) => LocalizedString;
export const runs_compare_importance_label: (inputs: Runs_Compare_Importance_LabelInputs) => LocalizedString;
export const runs_compare_label: (inputs: Runs_Compare_LabelInputs) => LocalizedString;
export const runs_compare_metrics_label: (inputs: Runs_Compare_Metrics_LabelInputs) => LocalizedString;
export const runs_compare_none: (inputs: Runs_Compare_NoneInputs) => LocalizedString;
export const runs_compare_report_title: (inputs: Runs_Compare_Report_TitleInputs) => LocalizedString;
export const runs_compare_title: (inputs: Runs_Compare_TitleInputs) => LocalizedString;
export const runs_comparing: (inputs: Runs_ComparingInputs) => LocalizedString;
export const runs_confusion: (inputs: Runs_ConfusionInputs) => LocalizedString;
export const runs_confusion_corner: (inputs: Runs_Confusion_CornerInputs) => LocalizedString;
export const runs_confusion_counts: (inputs: Runs_Confusion_CountsInputs) => LocalizedString;
export const runs_cost_axis: (inputs: Runs_Cost_AxisInputs) => LocalizedString;
export const runs_cost_chart: (inputs: Runs_Cost_ChartInputs) => LocalizedString;
export const runs_cost_per_row: (inputs: Runs_Cost_Per_RowInputs) => LocalizedString;
export const runs_cost_per_row_col: (inputs: Runs_Cost_Per_Row_ColInputs) => LocalizedString;
export const runs_cost_test: (inputs: Runs_Cost_TestInputs) => LocalizedString;
export const runs_cum_lift: (inputs: Runs_Cum_LiftInputs) => LocalizedString;
export const runs_cum_lift_title: (inputs: Runs_Cum_Lift_TitleInputs) => LocalizedString;
export const runs_decile: (inputs: Runs_DecileInputs) => LocalizedString;
export const runs_decile_axis: (inputs: Runs_Decile_AxisInputs) => LocalizedString;
export const runs_decile_table: (inputs: Runs_Decile_TableInputs) => LocalizedString;
export const runs_deciles_caption: (inputs: Runs_Deciles_CaptionInputs) => LocalizedString;
export const runs_deciles_label: (inputs: Runs_Deciles_LabelInputs) => LocalizedString;
export const runs_delete_confirm: (inputs: Runs_Delete_ConfirmInputs) => LocalizedString;
export const runs_delete_run: (inputs: Runs_Delete_RunInputs) => LocalizedString;
export const runs_download_model: (inputs: Runs_Download_ModelInputs) => LocalizedString;
export const runs_download_model_title: (inputs: Runs_Download_Model_TitleInputs) => LocalizedString;
export const runs_download_report: (inputs: Runs_Download_ReportInputs) => LocalizedString;
export const runs_download_report_title: (inputs: Runs_Download_Report_TitleInputs) => LocalizedString;
export const runs_dropped_missing_target: (inputs: Runs_Dropped_Missing_TargetInputs) => LocalizedString;
export const runs_empty: (inputs: Runs_EmptyInputs) => LocalizedString;
export const runs_epoch_trees_iteration: (inputs: Runs_Epoch_Trees_IterationInputs) => LocalizedString;
export const runs_export_selected: (inputs: Runs_Export_SelectedInputs) => LocalizedString;
export const runs_features: (inputs: Runs_FeaturesInputs) => LocalizedString;
export const runs_features_first_model: (inputs: Runs_Features_First_ModelInputs) => LocalizedString;
export const runs_features_heading: (inputs: Runs_Features_HeadingInputs) => LocalizedString;
export const runs_filter_dataset: (inputs: Runs_Filter_DatasetInputs) => LocalizedString;
export const runs_final_fit_epochs: (inputs: Runs_Final_Fit_EpochsInputs) => LocalizedString;
export const runs_final_fit_iterations: (inputs: Runs_Final_Fit_IterationsInputs) => LocalizedString;
export const runs_flagged: (inputs: Runs_FlaggedInputs) => LocalizedString;
export const runs_fpr: (inputs: Runs_FprInputs) => LocalizedString;
export const runs_fraction_positive: (inputs: Runs_Fraction_PositiveInputs) => LocalizedString;
export const runs_gain_share: (inputs: Runs_Gain_ShareInputs) => LocalizedString;
export const runs_gain_total: (inputs: Runs_Gain_TotalInputs) => LocalizedString;
export const runs_gains_label: (inputs: Runs_Gains_LabelInputs) => LocalizedString;
export const runs_hint_accuracy: (inputs: Runs_Hint_AccuracyInputs) => LocalizedString;
export const runs_hint_balanced_accuracy: (inputs: Runs_Hint_Balanced_AccuracyInputs) => LocalizedString;
export const runs_hint_f1_macro: (inputs: Runs_Hint_F1_MacroInputs) => LocalizedString;
export const runs_hint_f1_weighted: (inputs: Runs_Hint_F1_WeightedInputs) => LocalizedString;
export const runs_hint_gini: (inputs: Runs_Hint_GiniInputs) => LocalizedString;
export const runs_hint_kappa: (inputs: Runs_Hint_KappaInputs) => LocalizedString;
export const runs_hint_ks: (inputs: Runs_Hint_KsInputs) => LocalizedString;
export const runs_hint_lower_better: (inputs: Runs_Hint_Lower_BetterInputs) => LocalizedString;
export const runs_hint_mcc: (inputs: Runs_Hint_MccInputs) => LocalizedString;
export const runs_hint_pr_auc: (inputs: Runs_Hint_Pr_AucInputs) => LocalizedString;
export const runs_hint_roc_auc: (inputs: Runs_Hint_Roc_AucInputs) => LocalizedString;
export const runs_import: (inputs: Runs_ImportInputs) => LocalizedString;
export const runs_import_label: (inputs: Runs_Import_LabelInputs) => LocalizedString;
export const runs_import_title: (inputs: Runs_Import_TitleInputs) => LocalizedString;
export const runs_importance_caption_rest: (inputs: Runs_Importance_Caption_RestInputs) => LocalizedString;
export const runs_importance_caption_test: (inputs: Runs_Importance_Caption_TestInputs) => LocalizedString;
export const runs_importance_caption_validation: (inputs: Runs_Importance_Caption_ValidationInputs) => LocalizedString;
export const runs_importance_chart: (inputs: Runs_Importance_ChartInputs) => LocalizedString;
export const runs_importance_heading: (inputs: Runs_Importance_HeadingInputs) => LocalizedString;
export const runs_importance_label: (inputs: Runs_Importance_LabelInputs) => LocalizedString;
export const runs_importance_mixed: (inputs: Runs_Importance_MixedInputs) => LocalizedString;
export const runs_importance_part: (inputs: Runs_Importance_PartInputs) => LocalizedString;
export const runs_importance_table: (inputs: Runs_Importance_TableInputs) => LocalizedString;
export const runs_imported_one: (inputs: Runs_Imported_OneInputs) => LocalizedString;
export const runs_imported_one_skipped: (inputs: Runs_Imported_One_SkippedInputs) => LocalizedString;
export const runs_imported_other: (inputs: Runs_Imported_OtherInputs) => LocalizedString;
export const runs_imported_other_skipped: (inputs: Runs_Imported_Other_SkippedInputs) => LocalizedString;
export const runs_ks_at: (inputs: Runs_Ks_AtInputs) => LocalizedString;
export const runs_ks_label: (inputs: Runs_Ks_LabelInputs) => LocalizedString;
export const runs_legend_precision: (inputs: Runs_Legend_PrecisionInputs) => LocalizedString;
export const runs_legend_recall: (inputs: Runs_Legend_RecallInputs) => LocalizedString;
export const runs_legend_train: (inputs: Runs_Legend_TrainInputs) => LocalizedString;
export const runs_legend_validation: (inputs: Runs_Legend_ValidationInputs) => LocalizedString;
export const runs_lift_label: (inputs: Runs_Lift_LabelInputs) => LocalizedString;
export const runs_lift_title: (inputs: Runs_Lift_TitleInputs) => LocalizedString;
export const runs_loss_axis: (inputs: Runs_Loss_AxisInputs) => LocalizedString;
export const runs_loss_caption_epoch: (inputs: Runs_Loss_Caption_EpochInputs) => LocalizedString;
export const runs_loss_caption_epoch_best: (inputs: Runs_Loss_Caption_Epoch_BestInputs) => LocalizedString;
export const runs_loss_caption_iteration: (inputs: Runs_Loss_Caption_IterationInputs) => LocalizedString;
export const runs_loss_caption_iteration_best: (inputs: Runs_Loss_Caption_Iteration_BestInputs) => LocalizedString;
export const runs_loss_caption_solver_best: (inputs: Runs_Loss_Caption_Solver_BestInputs) => LocalizedString;
export const runs_loss_curves: (inputs: Runs_Loss_CurvesInputs) => LocalizedString;
export const runs_loss_curves_label: (inputs: Runs_Loss_Curves_LabelInputs) => LocalizedString;
export const runs_loss_label_epoch: (inputs: Runs_Loss_Label_EpochInputs) => LocalizedString;
export const runs_loss_label_iteration: (inputs: Runs_Loss_Label_IterationInputs) => LocalizedString;
export const runs_lost_when_shuffled: (inputs: Runs_Lost_When_ShuffledInputs) => LocalizedString;
export const runs_lower_is_better: (inputs: Runs_Lower_Is_BetterInputs) => LocalizedString;
export const runs_mean_predicted: (inputs: Runs_Mean_PredictedInputs) => LocalizedString;
export const runs_metric: (inputs: Runs_MetricInputs) => LocalizedString;
export const runs_metric_accuracy: (inputs: Runs_Metric_AccuracyInputs) => LocalizedString;
export const runs_metric_balanced_accuracy: (inputs: Runs_Metric_Balanced_AccuracyInputs) => LocalizedString;
export const runs_metric_brier: (inputs: Runs_Metric_BrierInputs) => LocalizedString;
export const runs_metric_f1_weighted: (inputs: Runs_Metric_F1_WeightedInputs) => LocalizedString;
export const runs_metric_kappa: (inputs: Runs_Metric_KappaInputs) => LocalizedString;
export const runs_metric_lost: (inputs: Runs_Metric_LostInputs) => LocalizedString;
export const runs_metric_note_ap_zero: (inputs: Runs_Metric_Note_Ap_ZeroInputs) => LocalizedString;
export const runs_metric_note_kappa: (inputs: Runs_Metric_Note_KappaInputs) => LocalizedString;
export const runs_metric_note_never_predicted: (inputs: Runs_Metric_Note_Never_PredictedInputs) => LocalizedString;
export const runs_metric_note_roc_class_undefined: (inputs: Runs_Metric_Note_Roc_Class_UndefinedInputs) => LocalizedString;
export const runs_metric_note_roc_one_class: (inputs: Runs_Metric_Note_Roc_One_ClassInputs) => LocalizedString;
export const runs_metric_pr_auc: (inputs: Runs_Metric_Pr_AucInputs) => LocalizedString;
export const runs_metric_precision_macro: (inputs: Runs_Metric_Precision_MacroInputs) => LocalizedString;
export const runs_metric_recall_macro: (inputs: Runs_Metric_Recall_MacroInputs) => LocalizedString;
export const runs_metrics_label: (inputs: Runs_Metrics_LabelInputs) => LocalizedString;
export const runs_model: (inputs: Runs_ModelInputs) => LocalizedString;
export const runs_model_removed: (inputs: Runs_Model_RemovedInputs) => LocalizedString;
export const runs_model_removed_on: (inputs: Runs_Model_Removed_OnInputs) => LocalizedString;
export const runs_model_removed_short: (inputs: Runs_Model_Removed_ShortInputs) => LocalizedString;
export const runs_model_size_title: (inputs: Runs_Model_Size_TitleInputs) => LocalizedString;
export const runs_no_test_scores: (inputs: Runs_No_Test_ScoresInputs) => LocalizedString;
export const runs_not_measured: (inputs: Runs_Not_MeasuredInputs) => LocalizedString;
export const runs_on_validation: (inputs: Runs_On_ValidationInputs) => LocalizedString;
export const runs_open: (inputs: Runs_OpenInputs) => LocalizedString;
export const runs_open_run: (inputs: Runs_Open_RunInputs) => LocalizedString;
export const runs_others: (inputs: Runs_OthersInputs) => LocalizedString;
export const runs_part: (inputs: Runs_PartInputs) => LocalizedString;
export const runs_per_class_label: (inputs: Runs_Per_Class_LabelInputs) => LocalizedString;
export const runs_positive: (inputs: Runs_PositiveInputs) => LocalizedString;
export const runs_positive_class: (inputs: Runs_Positive_ClassInputs) => LocalizedString;
export const runs_pr_caption: (inputs: Runs_Pr_CaptionInputs) => LocalizedString;
export const runs_pr_curves: (inputs: Runs_Pr_CurvesInputs) => LocalizedString;
export const runs_pr_curves_label: (inputs: Runs_Pr_Curves_LabelInputs) => LocalizedString;
export const runs_pr_label: (inputs: Runs_Pr_LabelInputs) => LocalizedString;
export const runs_precision: (inputs: Runs_PrecisionInputs) => LocalizedString;
export const runs_precision_recall_axis: (inputs: Runs_Precision_Recall_AxisInputs) => LocalizedString;
export const runs_quoted: (inputs: Runs_QuotedInputs) => LocalizedString;
export const runs_ranking_heading: (inputs: Runs_Ranking_HeadingInputs) => LocalizedString;
export const runs_rate: (inputs: Runs_RateInputs) => LocalizedString;
export const runs_rates_chart: (inputs: Runs_Rates_ChartInputs) => LocalizedString;
export const runs_recall: (inputs: Runs_RecallInputs) => LocalizedString;
export const runs_recipe: (inputs: Runs_RecipeInputs) => LocalizedString;
export const runs_recipe_label: (inputs: Runs_Recipe_LabelInputs) => LocalizedString;
export const runs_remove_model: (inputs: Runs_Remove_ModelInputs) => LocalizedString;
export const runs_remove_model_confirm: (inputs: Runs_Remove_Model_ConfirmInputs) => LocalizedString;
export const runs_remove_model_title: (inputs: Runs_Remove_Model_TitleInputs) => LocalizedString;
export const runs_results_label: (inputs: Runs_Results_LabelInputs) => LocalizedString;
export const runs_roc_caption: (inputs: Runs_Roc_CaptionInputs) => LocalizedString;
export const runs_roc_curves: (inputs: Runs_Roc_CurvesInputs) => LocalizedString;
export const runs_roc_curves_label: (inputs: Runs_Roc_Curves_LabelInputs) => LocalizedString;
export const runs_roc_label: (inputs: Runs_Roc_LabelInputs) => LocalizedString;
export const runs_row_normalised: (inputs: Runs_Row_NormalisedInputs) => LocalizedString;
export const runs_rows: (inputs: Runs_RowsInputs) => LocalizedString;
export const runs_rows_count: (inputs: Runs_Rows_CountInputs) => LocalizedString;
export const runs_run_name: (inputs: Runs_Run_NameInputs) => LocalizedString;
export const runs_scores: (inputs: Runs_ScoresInputs) => LocalizedString;
export const runs_select_and_star: (inputs: Runs_Select_And_StarInputs) => LocalizedString;
export const runs_select_for_comparison: (inputs: Runs_Select_For_ComparisonInputs) => LocalizedString;
export const runs_selected: (inputs: Runs_SelectedInputs) => LocalizedString;
export const runs_setting: (inputs: Runs_SettingInputs) => LocalizedString;
export const runs_settings_differ: (inputs: Runs_Settings_DifferInputs) => LocalizedString;
export const runs_settings_identical: (inputs: Runs_Settings_IdenticalInputs) => LocalizedString;
export const runs_settings_used: (inputs: Runs_Settings_UsedInputs) => LocalizedString;
export const runs_share_captured: (inputs: Runs_Share_CapturedInputs) => LocalizedString;
export const runs_share_of_class: (inputs: Runs_Share_Of_ClassInputs) => LocalizedString;
export const runs_share_of_rows: (inputs: Runs_Share_Of_RowsInputs) => LocalizedString;
export const runs_solved_in: (inputs: Runs_Solved_InInputs) => LocalizedString;
export const runs_split: (inputs: Runs_SplitInputs) => LocalizedString;
export const runs_split_chosen: (inputs: Runs_Split_ChosenInputs) => LocalizedString;
export const runs_split_chosen_one: (inputs: Runs_Split_Chosen_OneInputs) => LocalizedString;
export const runs_split_chosen_other: (inputs: Runs_Split_Chosen_OtherInputs) => LocalizedString;
export const runs_split_rows_where: (inputs: Runs_Split_Rows_WhereInputs) => LocalizedString;
export const runs_split_shares: (inputs: Runs_Split_SharesInputs) => LocalizedString;
export const runs_split_sizes: (inputs: Runs_Split_SizesInputs) => LocalizedString;
export const runs_split_summary: (inputs: Runs_Split_SummaryInputs) => LocalizedString;
export const runs_splits: (inputs: Runs_SplitsInputs) => LocalizedString;
export const runs_star: (inputs: Runs_StarInputs) => LocalizedString;
export const runs_status_failed: (inputs: Runs_Status_FailedInputs) => LocalizedString;
export const runs_std: (inputs: Runs_StdInputs) => LocalizedString;
export const runs_step_epoch: (inputs: Runs_Step_EpochInputs) => LocalizedString;
export const runs_step_iteration: (inputs: Runs_Step_IterationInputs) => LocalizedString;
export const runs_step_solver: (inputs: Runs_Step_SolverInputs) => LocalizedString;
export const runs_stopped_early: (inputs: Runs_Stopped_EarlyInputs) => LocalizedString;
export const runs_support: (inputs: Runs_SupportInputs) => LocalizedString;
export const runs_sweep_caption: (inputs: Runs_Sweep_CaptionInputs) => LocalizedString;
export const runs_sweep_heading: (inputs: Runs_Sweep_HeadingInputs) => LocalizedString;
export const runs_sweep_label: (inputs: Runs_Sweep_LabelInputs) => LocalizedString;
export const runs_sweep_point: (inputs: Runs_Sweep_PointInputs) => LocalizedString;
export const runs_table_label: (inputs: Runs_Table_LabelInputs) => LocalizedString;
export const runs_terms_gradient: (inputs: Runs_Terms_GradientInputs) => LocalizedString;
export const runs_terms_heading: (inputs: Runs_Terms_HeadingInputs) => LocalizedString;
export const runs_terms_label: (inputs: Runs_Terms_LabelInputs) => LocalizedString;
export const runs_terms_logistic: (inputs: Runs_Terms_LogisticInputs) => LocalizedString;
export const runs_terms_none: (inputs: Runs_Terms_NoneInputs) => LocalizedString;
export const runs_test: (inputs: Runs_TestInputs) => LocalizedString;
export const runs_test_metric: (inputs: Runs_Test_MetricInputs) => LocalizedString;
export const runs_test_part: (inputs: Runs_Test_PartInputs) => LocalizedString;
export const runs_threshold: (inputs: Runs_ThresholdInputs) => LocalizedString;
export const runs_threshold_cost: (inputs: Runs_Threshold_CostInputs) => LocalizedString;
export const runs_threshold_fixed: (inputs: Runs_Threshold_FixedInputs) => LocalizedString;
export const runs_threshold_maximise: (inputs: Runs_Threshold_MaximiseInputs) => LocalizedString;
export const runs_threshold_on: (inputs: Runs_Threshold_OnInputs) => LocalizedString;
export const runs_threshold_sentence: (inputs: Runs_Threshold_SentenceInputs) => LocalizedString;
export const runs_title: (inputs: Runs_TitleInputs) => LocalizedString;
export const runs_tpr: (inputs: Runs_TprInputs) => LocalizedString;
export const runs_trained_in: (inputs: Runs_Trained_InInputs) => LocalizedString;
export const runs_training_loss: (inputs: Runs_Training_LossInputs) => LocalizedString;
export const runs_training_part: (inputs: Runs_Training_PartInputs) => LocalizedString;
export const runs_training_rows: (inputs: Runs_Training_RowsInputs) => LocalizedString;
export const runs_tree_caption: (inputs: Runs_Tree_CaptionInputs) => LocalizedString;
export const runs_tree_summary: (inputs: Runs_Tree_SummaryInputs) => LocalizedString;
export const runs_tree_table: (inputs: Runs_Tree_TableInputs) => LocalizedString;
export const runs_trial_not_kept: (inputs: Runs_Trial_Not_KeptInputs) => LocalizedString;
export const runs_tried_metrics: (inputs: Runs_Tried_MetricsInputs) => LocalizedString;
export const runs_try_changes_nothing: (inputs: Runs_Try_Changes_NothingInputs) => LocalizedString;
export const runs_try_threshold: (inputs: Runs_Try_ThresholdInputs) => LocalizedString;
export const runs_try_threshold_label: (inputs: Runs_Try_Threshold_LabelInputs) => LocalizedString;
export const runs_unknown_error: (inputs: Runs_Unknown_ErrorInputs) => LocalizedString;
export const runs_unstar: (inputs: Runs_UnstarInputs) => LocalizedString;
export const runs_validation: (inputs: Runs_ValidationInputs) => LocalizedString;
export const runs_validation_loss: (inputs: Runs_Validation_LossInputs) => LocalizedString;
export const runs_validation_part: (inputs: Runs_Validation_PartInputs) => LocalizedString;
export const runs_youden: (inputs: Runs_YoudenInputs) => LocalizedString;
export const tab_data: (inputs: Tab_DataInputs) => LocalizedString;
export const tab_predict: (inputs: Tab_PredictInputs) => LocalizedString;
export const tab_runs: (inputs: Tab_RunsInputs) => LocalizedString;
export const tab_train: (inputs: Tab_TrainInputs) => LocalizedString;
export const tabs_label: (inputs: Tabs_LabelInputs) => LocalizedString;
export const train_activation: (inputs: Train_ActivationInputs) => LocalizedString;
export const train_backend: (inputs: Train_BackendInputs) => LocalizedString;
export const train_backend_auto: (inputs: Train_Backend_AutoInputs) => LocalizedString;
export const train_backend_cpu: (inputs: Train_Backend_CpuInputs) => LocalizedString;
export const train_backend_reason_forced: (inputs: Train_Backend_Reason_ForcedInputs) => LocalizedString;
export const train_backend_reason_hardware: (inputs: Train_Backend_Reason_HardwareInputs) => LocalizedString;
export const train_backend_reason_js: (inputs: Train_Backend_Reason_JsInputs) => LocalizedString;
export const train_backend_reason_skipped: (inputs: Train_Backend_Reason_SkippedInputs) => LocalizedString;
export const train_backend_title: (inputs: Train_Backend_TitleInputs) => LocalizedString;
export const train_backend_why_fallback: (inputs: Train_Backend_Why_FallbackInputs) => LocalizedString;
export const train_backend_why_matmul: (inputs: Train_Backend_Why_MatmulInputs) => LocalizedString;
export const train_backend_why_no_adapter: (inputs: Train_Backend_Why_No_AdapterInputs) => LocalizedString;
export const train_backend_why_no_context: (inputs: Train_Backend_Why_No_ContextInputs) => LocalizedString;
export const train_backend_why_no_offscreen: (inputs: Train_Backend_Why_No_OffscreenInputs) => LocalizedString;
export const train_backend_why_no_start: (inputs: Train_Backend_Why_No_StartInputs) => LocalizedString;
export const train_backend_why_no_webgpu: (inputs: Train_Backend_Why_No_WebgpuInputs) => LocalizedString;
export const train_backend_why_not_registered: (inputs: Train_Backend_Why_Not_RegisteredInputs) => LocalizedString;
export const train_backend_why_software: (inputs: Train_Backend_Why_SoftwareInputs) => LocalizedString;
export const train_backend_why_timeout_adapter: (inputs: Train_Backend_Why_Timeout_AdapterInputs) => LocalizedString;
export const train_backend_why_timeout_start: (inputs: Train_Backend_Why_Timeout_StartInputs) => LocalizedString;
export const train_backend_why_timeout_test: (inputs: Train_Backend_Why_Timeout_TestInputs) => LocalizedString;
export const train_balance: (inputs: Train_BalanceInputs) => LocalizedString;
export const train_balance_auto_over: (inputs: Train_Balance_Auto_OverInputs) => LocalizedString;
export const train_balance_auto_under: (inputs: Train_Balance_Auto_UnderInputs) => LocalizedString;
export const train_balance_borderline_help: (inputs: Train_Balance_Borderline_HelpInputs) => LocalizedString;
export const train_balance_caption: (inputs: Train_Balance_CaptionInputs) => LocalizedString;
export const train_balance_caption_borderline: (inputs: Train_Balance_Caption_BorderlineInputs) => LocalizedString;
export const train_balance_k: (inputs: Train_Balance_KInputs) => LocalizedString;
export const train_balance_k_title: (inputs: Train_Balance_K_TitleInputs) => LocalizedString;
export const train_balance_method: (inputs: Train_Balance_MethodInputs) => LocalizedString;
export const train_balance_none: (inputs: Train_Balance_NoneInputs) => LocalizedString;
export const train_balance_none_help: (inputs: Train_Balance_None_HelpInputs) => LocalizedString;
export const train_balance_over: (inputs: Train_Balance_OverInputs) => LocalizedString;
export const train_balance_over_help: (inputs: Train_Balance_Over_HelpInputs) => LocalizedString;
export const train_balance_ratio: (inputs: Train_Balance_RatioInputs) => LocalizedString;
export const train_balance_ratio_option: (inputs: Train_Balance_Ratio_OptionInputs) => LocalizedString;
export const train_balance_smote_help: (inputs: Train_Balance_Smote_HelpInputs) => LocalizedString;
export const train_balance_smote_nc: (inputs: Train_Balance_Smote_NcInputs) => LocalizedString;
export const train_balance_smote_nc_help: (inputs: Train_Balance_Smote_Nc_HelpInputs) => LocalizedString;
export const train_balance_suggest: (inputs: Train_Balance_SuggestInputs) => LocalizedString;
export const train_balance_target: (inputs: Train_Balance_TargetInputs) => LocalizedString;
export const train_balance_text_warn: (inputs: Train_Balance_Text_WarnInputs) => LocalizedString;
export const train_balance_under: (inputs: Train_Balance_UnderInputs) => LocalizedString;
export const train_balance_under_help: (inputs: Train_Balance_Under_HelpInputs) => LocalizedString;
export const train_balance_weights: (inputs: Train_Balance_WeightsInputs) => LocalizedString;
export const train_balance_weights_help: (inputs: Train_Balance_Weights_HelpInputs) => LocalizedString;
export const train_batch_size: (inputs: Train_Batch_SizeInputs) => LocalizedString;
export const train_best: (inputs: Train_BestInputs) => LocalizedString;
export const train_bins: (inputs: Train_BinsInputs) => LocalizedString;
export const train_bins_title: (inputs: Train_Bins_TitleInputs) => LocalizedString;
export const train_blend: (inputs: Train_BlendInputs) => LocalizedString;
export const train_blend_of_one: (inputs: Train_Blend_Of_OneInputs) => LocalizedString;
export const train_blend_of_other: (inputs: Train_Blend_Of_OtherInputs) => LocalizedString;
export const train_blend_row: (inputs: Train_Blend_RowInputs) => LocalizedString;
export const train_blend_title: (inputs: Train_Blend_TitleInputs) => LocalizedString;
export const train_categorical_missing: (inputs: Train_Categorical_MissingInputs) => LocalizedString;
export const train_categories: (inputs: Train_CategoriesInputs) => LocalizedString;
export const train_choose_target: (inputs: Train_Choose_TargetInputs) => LocalizedString;
export const train_chosen: (inputs: Train_ChosenInputs) => LocalizedString;
export const train_col_cv: (inputs: Train_Col_CvInputs) => LocalizedString;
export const train_col_settings: (inputs: Train_Col_SettingsInputs) => LocalizedString;
export const train_col_status: (inputs: Train_Col_StatusInputs) => LocalizedString;
export const train_col_time: (inputs: Train_Col_TimeInputs) => LocalizedString;
export const train_col_trial: (inputs: Train_Col_TrialInputs) => LocalizedString;
export const train_compute: (inputs: Train_ComputeInputs) => LocalizedString;
export const train_constant: (inputs: Train_ConstantInputs) => LocalizedString;
export const train_cost_fn: (inputs: Train_Cost_FnInputs) => LocalizedString;
export const train_cost_fn_title: (inputs: Train_Cost_Fn_TitleInputs) => LocalizedString;
export const train_cost_fp: (inputs: Train_Cost_FpInputs) => LocalizedString;
export const train_cost_fp_title: (inputs: Train_Cost_Fp_TitleInputs) => LocalizedString;
export const train_derived: (inputs: Train_DerivedInputs) => LocalizedString;
export const train_derived_add: (inputs: Train_Derived_AddInputs) => LocalizedString;
export const train_derived_column: (inputs: Train_Derived_ColumnInputs) => LocalizedString;
export const train_derived_example: (inputs: Train_Derived_ExampleInputs) => LocalizedString;
export const train_derived_left: (inputs: Train_Derived_LeftInputs) => LocalizedString;
export const train_derived_operation: (inputs: Train_Derived_OperationInputs) => LocalizedString;
export const train_derived_remove: (inputs: Train_Derived_RemoveInputs) => LocalizedString;
export const train_derived_right: (inputs: Train_Derived_RightInputs) => LocalizedString;
export const train_dropout: (inputs: Train_DropoutInputs) => LocalizedString;
export const train_encoding: (inputs: Train_EncodingInputs) => LocalizedString;
export const train_encoding_onehot: (inputs: Train_Encoding_OnehotInputs) => LocalizedString;
export const train_encoding_ordinal: (inputs: Train_Encoding_OrdinalInputs) => LocalizedString;
export const train_err_backend_forced: (inputs: Train_Err_Backend_ForcedInputs) => LocalizedString;
export const train_err_backend_forced_hint: (inputs: Train_Err_Backend_Forced_HintInputs) => LocalizedString;
export const train_err_backend_none: (inputs: Train_Err_Backend_NoneInputs) => LocalizedString;
export const train_err_backend_none_hint: (inputs: Train_Err_Backend_None_HintInputs) => LocalizedString;
export const train_err_backend_where: (inputs: Train_Err_Backend_WhereInputs) => LocalizedString;
export const train_err_search_space: (inputs: Train_Err_Search_SpaceInputs) => LocalizedString;
export const train_err_search_space_hint: (inputs: Train_Err_Search_Space_HintInputs) => LocalizedString;
export const train_err_search_space_where: (inputs: Train_Err_Search_Space_WhereInputs) => LocalizedString;
export const train_evaluation: (inputs: Train_EvaluationInputs) => LocalizedString;
export const train_family: (inputs: Train_FamilyInputs) => LocalizedString;
export const train_family_gbdt: (inputs: Train_Family_GbdtInputs) => LocalizedString;
export const train_family_logistic: (inputs: Train_Family_LogisticInputs) => LocalizedString;
export const train_family_logistic_plain: (inputs: Train_Family_Logistic_PlainInputs) => LocalizedString;
export const train_family_mlp: (inputs: Train_Family_MlpInputs) => LocalizedString;
export const train_fill_missing: (inputs: Train_Fill_MissingInputs) => LocalizedString;
export const train_final_fit: (inputs: Train_Final_FitInputs) => LocalizedString;
export const train_final_fit_title: (inputs: Train_Final_Fit_TitleInputs) => LocalizedString;
export const train_folds: (inputs: Train_FoldsInputs) => LocalizedString;
export const train_from_features_one: (inputs: Train_From_Features_OneInputs) => LocalizedString;
export const train_from_features_other: (inputs: Train_From_Features_OtherInputs) => LocalizedString;
export const train_hidden_layers: (inputs: Train_Hidden_LayersInputs) => LocalizedString;
export const train_importance_validation: (inputs: Train_Importance_ValidationInputs) => LocalizedString;
export const train_importance_validation_title: (inputs: Train_Importance_Validation_TitleInputs) => LocalizedString;
export const train_impute_constant: (inputs: Train_Impute_ConstantInputs) => LocalizedString;
export const train_impute_mean: (inputs: Train_Impute_MeanInputs) => LocalizedString;
export const train_impute_median: (inputs: Train_Impute_MedianInputs) => LocalizedString;
export const train_indicator_always: (inputs: Train_Indicator_AlwaysInputs) => LocalizedString;
export const train_indicator_auto: (inputs: Train_Indicator_AutoInputs) => LocalizedString;
export const train_indicator_never: (inputs: Train_Indicator_NeverInputs) => LocalizedString;
export const train_intro: (inputs: Train_IntroInputs) => LocalizedString;
export const train_lbfgs_iterations_title: (inputs: Train_Lbfgs_Iterations_TitleInputs) => LocalizedString;
export const train_lbfgs_l2_title: (inputs: Train_Lbfgs_L2_TitleInputs) => LocalizedString;
export const train_leaderboard: (inputs: Train_LeaderboardInputs) => LocalizedString;
export const train_learning_rate: (inputs: Train_Learning_RateInputs) => LocalizedString;
export const train_leaves: (inputs: Train_LeavesInputs) => LocalizedString;
export const train_leaves_title: (inputs: Train_Leaves_TitleInputs) => LocalizedString;
export const train_log_columns: (inputs: Train_Log_ColumnsInputs) => LocalizedString;
export const train_max_depth: (inputs: Train_Max_DepthInputs) => LocalizedString;
export const train_max_depth_title: (inputs: Train_Max_Depth_TitleInputs) => LocalizedString;
export const train_max_epochs: (inputs: Train_Max_EpochsInputs) => LocalizedString;
export const train_max_iterations: (inputs: Train_Max_IterationsInputs) => LocalizedString;
export const train_metric_balanced_accuracy: (inputs: Train_Metric_Balanced_AccuracyInputs) => LocalizedString;
export const train_metric_log_loss: (inputs: Train_Metric_Log_LossInputs) => LocalizedString;
export const train_min_leaf_rows: (inputs: Train_Min_Leaf_RowsInputs) => LocalizedString;
export const train_minutes: (inputs: Train_MinutesInputs) => LocalizedString;
export const train_missing_indicator: (inputs: Train_Missing_IndicatorInputs) => LocalizedString;
export const train_model: (inputs: Train_ModelInputs) => LocalizedString;
export const train_model_families: (inputs: Train_Model_FamiliesInputs) => LocalizedString;
export const train_most_frequent_level: (inputs: Train_Most_Frequent_LevelInputs) => LocalizedString;
export const train_ngrams: (inputs: Train_NgramsInputs) => LocalizedString;
export const train_ngrams_pairs: (inputs: Train_Ngrams_PairsInputs) => LocalizedString;
export const train_ngrams_words: (inputs: Train_Ngrams_WordsInputs) => LocalizedString;
export const train_no_limit: (inputs: Train_No_LimitInputs) => LocalizedString;
export const train_not_started: (inputs: Train_Not_StartedInputs) => LocalizedString;
export const train_numbers: (inputs: Train_NumbersInputs) => LocalizedString;
export const train_own_level: (inputs: Train_Own_LevelInputs) => LocalizedString;
export const train_patience: (inputs: Train_PatienceInputs) => LocalizedString;
export const train_patience_title: (inputs: Train_Patience_TitleInputs) => LocalizedString;
export const train_positive: (inputs: Train_PositiveInputs) => LocalizedString;
export const train_positive_class: (inputs: Train_Positive_ClassInputs) => LocalizedString;
export const train_positive_minority: (inputs: Train_Positive_MinorityInputs) => LocalizedString;
export const train_predict_title: (inputs: Train_Predict_TitleInputs) => LocalizedString;
export const train_range_dropout_note: (inputs: Train_Range_Dropout_NoteInputs) => LocalizedString;
export const train_range_from: (inputs: Train_Range_FromInputs) => LocalizedString;
export const train_range_l2_note: (inputs: Train_Range_L2_NoteInputs) => LocalizedString;
export const train_range_learning_rate_note: (inputs: Train_Range_Learning_Rate_NoteInputs) => LocalizedString;
export const train_range_to: (inputs: Train_Range_ToInputs) => LocalizedString;
export const train_range_tree_l2: (inputs: Train_Range_Tree_L2Inputs) => LocalizedString;
export const train_range_tree_l2_note: (inputs: Train_Range_Tree_L2_NoteInputs) => LocalizedString;
export const train_range_tree_learning_rate: (inputs: Train_Range_Tree_Learning_RateInputs) => LocalizedString;
export const train_range_tree_learning_rate_note: (inputs: Train_Range_Tree_Learning_Rate_NoteInputs) => LocalizedString;
export const train_rank_by: (inputs: Train_Rank_ByInputs) => LocalizedString;
export const train_recipe: (inputs: Train_RecipeInputs) => LocalizedString;
export const train_reset: (inputs: Train_ResetInputs) => LocalizedString;
export const train_reset_ranges: (inputs: Train_Reset_RangesInputs) => LocalizedString;
export const train_run_status_cancelled: (inputs: Train_Run_Status_CancelledInputs) => LocalizedString;
export const train_run_status_done: (inputs: Train_Run_Status_DoneInputs) => LocalizedString;
export const train_run_status_failed: (inputs: Train_Run_Status_FailedInputs) => LocalizedString;
export const train_run_status_interrupted: (inputs: Train_Run_Status_InterruptedInputs) => LocalizedString;
export const train_run_status_running: (inputs: Train_Run_Status_RunningInputs) => LocalizedString;
export const train_rung: (inputs: Train_RungInputs) => LocalizedString;
export const train_scale_minmax: (inputs: Train_Scale_MinmaxInputs) => LocalizedString;
export const train_scale_none: (inputs: Train_Scale_NoneInputs) => LocalizedString;
export const train_scale_standard: (inputs: Train_Scale_StandardInputs) => LocalizedString;
export const train_scaling: (inputs: Train_ScalingInputs) => LocalizedString;
export const train_search_cancelled: (inputs: Train_Search_CancelledInputs) => LocalizedString;
export const train_search_failed: (inputs: Train_Search_FailedInputs) => LocalizedString;
export const train_search_finished: (inputs: Train_Search_FinishedInputs) => LocalizedString;
export const train_search_intro: (inputs: Train_Search_IntroInputs) => LocalizedString;
export const train_search_none_succeeded: (inputs: Train_Search_None_SucceededInputs) => LocalizedString;
export const train_search_not_trained: (inputs: Train_Search_Not_TrainedInputs) => LocalizedString;
export const train_search_parallel: (inputs: Train_Search_ParallelInputs) => LocalizedString;
export const train_search_progress: (inputs: Train_Search_ProgressInputs) => LocalizedString;
export const train_search_pruned: (inputs: Train_Search_PrunedInputs) => LocalizedString;
export const train_search_ranges: (inputs: Train_Search_RangesInputs) => LocalizedString;
export const train_search_result_best: (inputs: Train_Search_Result_BestInputs) => LocalizedString;
export const train_search_result_blend: (inputs: Train_Search_Result_BlendInputs) => LocalizedString;
export const train_search_run_name: (inputs: Train_Search_Run_NameInputs) => LocalizedString;
export const train_search_skipped: (inputs: Train_Search_SkippedInputs) => LocalizedString;
export const train_search_starting: (inputs: Train_Search_StartingInputs) => LocalizedString;
export const train_search_status: (inputs: Train_Search_StatusInputs) => LocalizedString;
export const train_search_strategy_halving: (inputs: Train_Search_Strategy_HalvingInputs) => LocalizedString;
export const train_search_strategy_random: (inputs: Train_Search_Strategy_RandomInputs) => LocalizedString;
export const train_search_strategy_tpe: (inputs: Train_Search_Strategy_TpeInputs) => LocalizedString;
export const train_search_succeeded: (inputs: Train_Search_SucceededInputs) => LocalizedString;
export const train_search_time_reached: (inputs: Train_Search_Time_ReachedInputs) => LocalizedString;
export const train_search_title: (inputs: Train_Search_TitleInputs) => LocalizedString;
export const train_search_trials_one: (inputs: Train_Search_Trials_OneInputs) => LocalizedString;
export const train_search_trials_other: (inputs: Train_Search_Trials_OtherInputs) => LocalizedString;
export const train_searching: (inputs: Train_SearchingInputs) => LocalizedString;
export const train_seed: (inputs: Train_SeedInputs) => LocalizedString;
export const train_seed_title: (inputs: Train_Seed_TitleInputs) => LocalizedString;
export const train_settings_label: (inputs: Train_Settings_LabelInputs) => LocalizedString;
export const train_short_logistic: (inputs: Train_Short_LogisticInputs) => LocalizedString;
export const train_short_trees: (inputs: Train_Short_TreesInputs) => LocalizedString;
export const train_solver: (inputs: Train_SolverInputs) => LocalizedString;
export const train_solver_adam: (inputs: Train_Solver_AdamInputs) => LocalizedString;
export const train_solver_lbfgs: (inputs: Train_Solver_LbfgsInputs) => LocalizedString;
export const train_solver_title: (inputs: Train_Solver_TitleInputs) => LocalizedString;
export const train_space_keep_one: (inputs: Train_Space_Keep_OneInputs) => LocalizedString;
export const train_space_no_family: (inputs: Train_Space_No_FamilyInputs) => LocalizedString;
export const train_space_not_family: (inputs: Train_Space_Not_FamilyInputs) => LocalizedString;
export const train_space_range_empty: (inputs: Train_Space_Range_EmptyInputs) => LocalizedString;
export const train_space_range_inverted: (inputs: Train_Space_Range_InvertedInputs) => LocalizedString;
export const train_space_range_limits: (inputs: Train_Space_Range_LimitsInputs) => LocalizedString;
export const train_space_what_batch_sizes: (inputs: Train_Space_What_Batch_SizesInputs) => LocalizedString;
export const train_space_what_depths: (inputs: Train_Space_What_DepthsInputs) => LocalizedString;
export const train_space_what_iterations: (inputs: Train_Space_What_IterationsInputs) => LocalizedString;
export const train_space_what_layouts: (inputs: Train_Space_What_LayoutsInputs) => LocalizedString;
export const train_space_what_leaves: (inputs: Train_Space_What_LeavesInputs) => LocalizedString;
export const train_space_what_min_leaf: (inputs: Train_Space_What_Min_LeafInputs) => LocalizedString;
export const train_space_what_onehot: (inputs: Train_Space_What_OnehotInputs) => LocalizedString;
export const train_space_what_scalings: (inputs: Train_Space_What_ScalingsInputs) => LocalizedString;
export const train_spec_adam: (inputs: Train_Spec_AdamInputs) => LocalizedString;
export const train_spec_depth: (inputs: Train_Spec_DepthInputs) => LocalizedString;
export const train_spec_gbdt: (inputs: Train_Spec_GbdtInputs) => LocalizedString;
export const train_spec_lbfgs: (inputs: Train_Spec_LbfgsInputs) => LocalizedString;
export const train_spec_no_depth_limit: (inputs: Train_Spec_No_Depth_LimitInputs) => LocalizedString;
export const train_status: (inputs: Train_StatusInputs) => LocalizedString;
export const train_status_label: (inputs: Train_Status_LabelInputs) => LocalizedString;
export const train_stop_words: (inputs: Train_Stop_WordsInputs) => LocalizedString;
export const train_stop_words_both: (inputs: Train_Stop_Words_BothInputs) => LocalizedString;
export const train_stop_words_english: (inputs: Train_Stop_Words_EnglishInputs) => LocalizedString;
export const train_stop_words_none: (inputs: Train_Stop_Words_NoneInputs) => LocalizedString;
export const train_stop_words_spanish: (inputs: Train_Stop_Words_SpanishInputs) => LocalizedString;
export const train_strategy: (inputs: Train_StrategyInputs) => LocalizedString;
export const train_strategy_halving: (inputs: Train_Strategy_HalvingInputs) => LocalizedString;
export const train_strategy_random: (inputs: Train_Strategy_RandomInputs) => LocalizedString;
export const train_strategy_tpe: (inputs: Train_Strategy_TpeInputs) => LocalizedString;
export const train_test_column: (inputs: Train_Test_ColumnInputs) => LocalizedString;
export const train_test_note: (inputs: Train_Test_NoteInputs) => LocalizedString;
export const train_test_note_id: (inputs: Train_Test_Note_IdInputs) => LocalizedString;
export const train_test_note_ignored: (inputs: Train_Test_Note_IgnoredInputs) => LocalizedString;
export const train_test_percent: (inputs: Train_Test_PercentInputs) => LocalizedString;
export const train_test_percent_unused: (inputs: Train_Test_Percent_UnusedInputs) => LocalizedString;
export const train_test_rows: (inputs: Train_Test_RowsInputs) => LocalizedString;
export const train_test_rows_column: (inputs: Train_Test_Rows_ColumnInputs) => LocalizedString;
export const train_test_rows_random: (inputs: Train_Test_Rows_RandomInputs) => LocalizedString;
export const train_test_rows_title: (inputs: Train_Test_Rows_TitleInputs) => LocalizedString;
export const train_test_still_feature: (inputs: Train_Test_Still_FeatureInputs) => LocalizedString;
export const train_test_value: (inputs: Train_Test_ValueInputs) => LocalizedString;
export const train_test_value_choose: (inputs: Train_Test_Value_ChooseInputs) => LocalizedString;
export const train_test_value_placeholder: (inputs: Train_Test_Value_PlaceholderInputs) => LocalizedString;
export const train_text_tfidf: (inputs: Train_Text_TfidfInputs) => LocalizedString;
export const train_threshold: (inputs: Train_ThresholdInputs) => LocalizedString;
export const train_threshold_cost: (inputs: Train_Threshold_CostInputs) => LocalizedString;
export const train_threshold_f1: (inputs: Train_Threshold_F1Inputs) => LocalizedString;
export const train_threshold_fixed: (inputs: Train_Threshold_FixedInputs) => LocalizedString;
export const train_threshold_title: (inputs: Train_Threshold_TitleInputs) => LocalizedString;
export const train_threshold_value: (inputs: Train_Threshold_ValueInputs) => LocalizedString;
export const train_top_levels: (inputs: Train_Top_LevelsInputs) => LocalizedString;
export const train_top_levels_title: (inputs: Train_Top_Levels_TitleInputs) => LocalizedString;
export const train_train: (inputs: Train_TrainInputs) => LocalizedString;
export const train_training: (inputs: Train_TrainingInputs) => LocalizedString;
export const train_tree_l2_title: (inputs: Train_Tree_L2_TitleInputs) => LocalizedString;
export const train_tree_learning_rate_title: (inputs: Train_Tree_Learning_Rate_TitleInputs) => LocalizedString;
export const train_tree_patience_title: (inputs: Train_Tree_Patience_TitleInputs) => LocalizedString;
export const train_trees_compute_note: (inputs: Train_Trees_Compute_NoteInputs) => LocalizedString;
export const train_trial_batch: (inputs: Train_Trial_BatchInputs) => LocalizedString;
export const train_trial_best_single: (inputs: Train_Trial_Best_SingleInputs) => LocalizedString;
export const train_trial_done: (inputs: Train_Trial_DoneInputs) => LocalizedString;
export const train_trial_epochs: (inputs: Train_Trial_EpochsInputs) => LocalizedString;
export const train_trial_failed: (inputs: Train_Trial_FailedInputs) => LocalizedString;
export const train_trial_in_blend: (inputs: Train_Trial_In_BlendInputs) => LocalizedString;
export const train_trial_iterations: (inputs: Train_Trial_IterationsInputs) => LocalizedString;
export const train_trial_lr: (inputs: Train_Trial_LrInputs) => LocalizedString;
export const train_trial_pruned: (inputs: Train_Trial_PrunedInputs) => LocalizedString;
export const train_trial_rows_per_leaf: (inputs: Train_Trial_Rows_Per_LeafInputs) => LocalizedString;
export const train_trial_skipped: (inputs: Train_Trial_SkippedInputs) => LocalizedString;
export const train_trial_vocab: (inputs: Train_Trial_VocabInputs) => LocalizedString;
export const train_trials: (inputs: Train_TrialsInputs) => LocalizedString;
export const train_validation_percent: (inputs: Train_Validation_PercentInputs) => LocalizedString;
export const train_value_auto: (inputs: Train_Value_AutoInputs) => LocalizedString;
export const train_value_borderline: (inputs: Train_Value_BorderlineInputs) => LocalizedString;
export const train_value_class_weights: (inputs: Train_Value_Class_WeightsInputs) => LocalizedString;
export const train_value_minmax: (inputs: Train_Value_MinmaxInputs) => LocalizedString;
export const train_value_none_f: (inputs: Train_Value_None_FInputs) => LocalizedString;
export const train_value_random_over: (inputs: Train_Value_Random_OverInputs) => LocalizedString;
export const train_value_random_under: (inputs: Train_Value_Random_UnderInputs) => LocalizedString;
export const train_value_smote: (inputs: Train_Value_SmoteInputs) => LocalizedString;
export const train_value_smote_nc: (inputs: Train_Value_Smote_NcInputs) => LocalizedString;
export const train_value_standard: (inputs: Train_Value_StandardInputs) => LocalizedString;
export const train_value_stop_both: (inputs: Train_Value_Stop_BothInputs) => LocalizedString;
export const train_value_stop_english: (inputs: Train_Value_Stop_EnglishInputs) => LocalizedString;
export const train_value_stop_spanish: (inputs: Train_Value_Stop_SpanishInputs) => LocalizedString;
export const train_vocabulary_size: (inputs: Train_Vocabulary_SizeInputs) => LocalizedString;
export const welcome_body: (inputs: Welcome_BodyInputs) => LocalizedString;
export const welcome_start: (inputs: Welcome_StartInputs) => LocalizedString;
export const welcome_title: (inputs: Welcome_TitleInputs) => LocalizedString;
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
