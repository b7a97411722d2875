//! The small enumerations instruction arguments encode.

macro_rules! operand {
    ($(#[$meta:meta])* $Name:ident { $($Variant:ident = $text:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $Name { $($Variant),* }

        impl $Name {
            pub const ALL: &'static [$Name] = &[$($Name::$Variant),*];

            /// How the disassembler shows it.
            pub fn text(self) -> &'static str {
                match self { $($Name::$Variant => $text),* }
            }

            pub fn from_arg(arg: u32) -> Option<$Name> {
                Self::ALL.get(arg as usize).copied()
            }
        }
    };
}

operand! {
    /// `BINARY_OP`'s operator; the in-place forms follow the plain ones.
    BinaryOp {
        Add = "+", And = "&", FloorDivide = "//", LShift = "<<", MatMul = "@", Multiply = "*",
        Remainder = "%", Or = "|", Power = "**", RShift = ">>", Subtract = "-", TrueDivide = "/",
        Xor = "^", InplaceAdd = "+=", InplaceAnd = "&=", InplaceFloorDivide = "//=",
        InplaceLShift = "<<=", InplaceMatMul = "@=", InplaceMultiply = "*=",
        InplaceRemainder = "%=", InplaceOr = "|=", InplacePower = "**=", InplaceRShift = ">>=",
        InplaceSubtract = "-=", InplaceTrueDivide = "/=", InplaceXor = "^=",
    }
}

/// How many plain operators precede the in-place ones.
pub const INPLACE_OFFSET: u32 = 13;

operand! {
    /// `COMPARE_OP`'s operator (the argument is `op << 1 | to_bool`).
    CompareOp { Lt = "<", Le = "<=", Eq = "==", Ne = "!=", Gt = ">", Ge = ">=" }
}

operand! {
    /// `CALL_INTRINSIC_1`'s helper.
    Intrinsic1 {
        Invalid = "INTRINSIC_INVALID", Print = "INTRINSIC_PRINT",
        ImportStar = "INTRINSIC_IMPORT_STAR", StopIterationError = "INTRINSIC_STOPITERATION_ERROR",
        AsyncGenWrap = "INTRINSIC_ASYNC_GEN_WRAP", UnaryPositive = "INTRINSIC_UNARY_POSITIVE",
        ListToTuple = "INTRINSIC_LIST_TO_TUPLE", TypeVar = "INTRINSIC_TYPEVAR",
        ParamSpec = "INTRINSIC_PARAMSPEC", TypeVarTuple = "INTRINSIC_TYPEVARTUPLE",
        SubscriptGeneric = "INTRINSIC_SUBSCRIPT_GENERIC", TypeAlias = "INTRINSIC_TYPEALIAS",
    }
}

operand! {
    /// `CALL_INTRINSIC_2`'s helper.
    Intrinsic2 {
        Invalid = "INTRINSIC_2_INVALID", PrepReraiseStar = "INTRINSIC_PREP_RERAISE_STAR",
        TypeVarWithBound = "INTRINSIC_TYPEVAR_WITH_BOUND",
        TypeVarWithConstraints = "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
        SetFunctionTypeParams = "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
        SetTypeparamDefault = "INTRINSIC_SET_TYPEPARAM_DEFAULT",
    }
}
