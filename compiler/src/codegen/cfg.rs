//! The control-flow graph codegen builds: basic blocks of instructions whose
//! jumps name blocks, in a layout order that fixes the fall-through edges.

use crate::bytecode::{Location, Opcode};

/// An index into [`Cfg::blocks`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BlockId(pub usize);

#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
    /// The block a jump (or `SETUP_*`) goes to.
    pub target: Option<BlockId>,
    pub loc: Location,
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub instrs: Vec<Instr>,
    /// Where the block's exceptions go (after exception labelling): the
    /// handler block and whether it wants `lasti`, per instruction.
    pub handlers: Vec<Option<(BlockId, bool)>>,
    /// The stack depth on entry, once computed.
    pub depth: Option<u32>,
}

impl Block {
    /// Whether control can continue into the next block in layout order.
    pub fn falls_through(&self) -> bool {
        self.instrs.last().is_none_or(|i| !i.op.is_terminator())
    }
}

/// Blocks and their layout order.
#[derive(Clone, Debug, Default)]
pub struct Cfg {
    pub blocks: Vec<Block>,
    pub order: Vec<BlockId>,
}

impl Cfg {
    /// A new block, not yet placed in the layout.
    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::default());
        BlockId(self.blocks.len() - 1)
    }

    pub fn block(&mut self, id: BlockId) -> &mut Block {
        &mut self.blocks[id.0]
    }
}
