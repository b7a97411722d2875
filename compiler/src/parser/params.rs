//! Function and lambda parameters (python.gram's `parameters` and
//! `lambda_parameters`), the lambda expression, and PEP 695 type parameters.

use super::expressions::starred;
use super::{Fail, PResult, Parser};
use crate::ast::*;
use crate::tokenizer::TokenKind as T;

impl<'a> Parser<'a> {
    /// The parameters of a `def` (up to `close`, `)`) or a lambda (up to `:`).
    /// Lambdas take no annotations.
    pub(crate) fn parameters(&mut self, close: T) -> PResult<Arguments> {
        let annotated = close == T::RPar;
        let mut args = Arguments {
            posonlyargs: Vec::new(),
            args: Vec::new(),
            vararg: None,
            kwonlyargs: Vec::new(),
            kw_defaults: Vec::new(),
            kwarg: None,
            defaults: Vec::new(),
        };
        let mut seen_star = false;
        let mut seen_slash = false;
        loop {
            let token = self.peek()?;
            if token.kind == close {
                break;
            }
            if self.check_invalid {
                self.invalid_parameter(close, seen_slash, seen_star, args.args.is_empty())?;
            }
            match token.kind {
                T::Slash => {
                    if seen_slash || seen_star || args.args.is_empty() {
                        return Err(Fail::NoMatch);
                    }
                    self.bump()?;
                    seen_slash = true;
                    args.posonlyargs.append(&mut args.args);
                }
                T::Star => {
                    if seen_star {
                        return Err(Fail::NoMatch);
                    }
                    self.bump()?;
                    seen_star = true;
                    if !matches!(self.peek_kind()?, T::Comma) {
                        args.vararg = Some(Box::new(self.param(annotated, true)?));
                    }
                }
                T::DoubleStar => {
                    self.bump()?;
                    args.kwarg = Some(Box::new(self.param(annotated, false)?));
                    if self.check_invalid {
                        self.invalid_after_kwargs(close)?;
                    }
                    self.eat(T::Comma)?;
                    break;
                }
                _ => {
                    let param = self.param(annotated, false)?;
                    let default = if self.at(T::Equal)? {
                        if self.check_invalid {
                            self.invalid_default(close)?;
                        }
                        self.bump()?;
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if seen_star {
                        args.kwonlyargs.push(param);
                        args.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(default) => args.defaults.push(default),
                            None if !args.defaults.is_empty() => {
                                if self.check_invalid {
                                    return Err(self.raise_range(
                                        "parameter without a default follows parameter with a default",
                                        param.range,
                                    ));
                                }
                                return Err(Fail::NoMatch);
                            }
                            None => {}
                        }
                        args.args.push(param);
                    }
                }
            }
            if self.eat(T::Comma)?.is_none() {
                break;
            }
        }
        if seen_star && args.vararg.is_none() && args.kwonlyargs.is_empty() {
            return Err(Fail::NoMatch);
        }
        Ok(args)
    }

    /// One parameter: `NAME [':' annotation]`; after `*` the annotation may
    /// be starred.
    pub(crate) fn param(&mut self, annotated: bool, star_annotation: bool) -> PResult<Arg> {
        let name = self.expect(T::Name)?;
        let annotation = if annotated && self.eat(T::Colon)?.is_some() {
            let annotation = match self.eat(T::Star)? {
                Some(star) if star_annotation => {
                    let value = self.bitwise_or()?;
                    starred(value, ExprContext::Load, self.range_from(star.start))
                }
                Some(_) => return Err(Fail::NoMatch),
                None => self.expression()?,
            };
            Some(Box::new(annotation))
        } else {
            None
        };
        Ok(Arg {
            arg: self.identifier(name),
            annotation,
            type_comment: None,
            range: self.range_from(name.start),
        })
    }

    /// `lambdef`: `lambda [params]: expression`.
    pub(crate) fn lambdef(&mut self) -> PResult<Expr> {
        // CPython's parser nests two rules per lambda (lambdef, then its body's
        // expression); counting this one too keeps "too complex" at its depth.
        self.enter()?;
        let lambda = self.lambdef_inner();
        self.leave();
        lambda
    }

    fn lambdef_inner(&mut self) -> PResult<Expr> {
        let start = self.expect(T::Lambda)?.start;
        let args = self.parameters(T::Colon)?;
        self.expect(T::Colon)?;
        let body = self.expression()?;
        Ok(Expr::Lambda(ExprLambda {
            args: Box::new(args),
            body: Box::new(body),
            range: self.range_from(start),
        }))
    }

    /// `[type_params]`: `'[' ','.type_param+ [','] ']'`, or nothing.
    pub(crate) fn type_params(&mut self) -> PResult<Vec<TypeParam>> {
        if self.eat(T::LSqb)?.is_none() {
            return Ok(Vec::new());
        }
        if self.check_invalid {
            let rsqb = self.peek()?;
            if rsqb.kind == T::RSqb {
                return Err(self.raise(
                    "Type parameter list cannot be empty",
                    rsqb.start,
                    rsqb.end,
                ));
            }
        }
        let mut params = Vec::new();
        loop {
            if self.at(T::RSqb)? && !params.is_empty() {
                break;
            }
            params.push(self.type_param()?);
            if self.eat(T::Comma)?.is_none() {
                break;
            }
        }
        self.expect(T::RSqb)?;
        Ok(params)
    }

    /// `type_param`: `T: bound = default`, `*Ts = default`, `**P = default`.
    fn type_param(&mut self) -> PResult<TypeParam> {
        let token = self.peek()?;
        let start = token.start;
        match token.kind {
            T::Star | T::DoubleStar => {
                self.bump()?;
                let name = self.expect_name()?;
                if self.check_invalid && self.at(T::Colon)? {
                    self.invalid_type_param_bound(token.kind)?;
                }
                let default_value = if self.eat(T::Equal)?.is_some() {
                    Some(Box::new(if token.kind == T::Star {
                        self.star_expression()?
                    } else {
                        self.expression()?
                    }))
                } else {
                    None
                };
                let range = self.range_from(start);
                Ok(if token.kind == T::Star {
                    TypeParam::TypeVarTuple(TypeParamTypeVarTuple {
                        name,
                        default_value,
                        range,
                    })
                } else {
                    TypeParam::ParamSpec(TypeParamParamSpec {
                        name,
                        default_value,
                        range,
                    })
                })
            }
            _ => {
                let name = self.expect_name()?;
                let bound = if self.eat(T::Colon)?.is_some() {
                    Some(Box::new(self.expression()?))
                } else {
                    None
                };
                let default_value = if self.eat(T::Equal)?.is_some() {
                    Some(Box::new(self.expression()?))
                } else {
                    None
                };
                Ok(TypeParam::TypeVar(TypeParamTypeVar {
                    name,
                    bound,
                    default_value,
                    range: self.range_from(start),
                }))
            }
        }
    }
}
