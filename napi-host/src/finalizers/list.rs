//! Intrusive doubly-linked lists of [`Reference`] records: O(1) to append,
//! remove and pop, no allocation (Node's RefTracker does the same). A record
//! has two sets of links, so it can be in its env's live list and in its
//! pending-finalizer queue at once. JS thread only (`Cell`s).

use std::cell::Cell;
use std::ptr::NonNull;

use super::reference::Reference;

type Link = Cell<Option<NonNull<Reference>>>;

/// The two link pairs every record carries.
#[derive(Default)]
pub struct Links {
    live: [Link; 2],
    queue: [Link; 2],
}

/// Which of a record's link pairs a list uses.
#[derive(Clone, Copy)]
pub enum Which {
    Live,
    Queue,
}

const PREV: usize = 0;
const NEXT: usize = 1;

fn links(record: NonNull<Reference>, which: Which) -> &'static [Link; 2] {
    // SAFETY: records in a list are live (they remove themselves before
    // being freed), and their links are only touched on the JS thread.
    let links = unsafe { &*(&record.as_ref().links as *const Links) };
    match which {
        Which::Live => &links.live,
        Which::Queue => &links.queue,
    }
}

/// Head and tail of one list; oldest first.
pub struct List {
    which: Which,
    head: Link,
    tail: Link,
}

impl List {
    pub const fn new(which: Which) -> List {
        List {
            which,
            head: Cell::new(None),
            tail: Cell::new(None),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.head.get().is_none()
    }

    /// Appends `record`, which must not be in this list.
    pub fn push_back(&self, record: NonNull<Reference>) {
        let own = links(record, self.which);
        own[PREV].set(self.tail.get());
        own[NEXT].set(None);
        match self.tail.get() {
            Some(tail) => links(tail, self.which)[NEXT].set(Some(record)),
            None => self.head.set(Some(record)),
        }
        self.tail.set(Some(record));
    }

    /// Removes `record`, which must be in this list.
    pub fn remove(&self, record: NonNull<Reference>) {
        let own = links(record, self.which);
        let (prev, next) = (own[PREV].take(), own[NEXT].take());
        match prev {
            Some(prev) => links(prev, self.which)[NEXT].set(next),
            None => self.head.set(next),
        }
        match next {
            Some(next) => links(next, self.which)[PREV].set(prev),
            None => self.tail.set(prev),
        }
    }

    /// The oldest record.
    pub fn front(&self) -> Option<NonNull<Reference>> {
        self.head.get()
    }

    /// The newest record.
    pub fn back(&self) -> Option<NonNull<Reference>> {
        self.tail.get()
    }
}
