/**
 * The block editor side of Relief Widgets: one block per element, edited in
 * the block sidebar, with a live preview of the real element (the bundle is
 * loaded in the editor). Plain JavaScript on WordPress's globals: no build step.
 * The blocks, their attributes, sets and items come from editor-data.js,
 * generated from custom-elements.json; labels go through __() so that the
 * site's language applies (translations from the package's XLIFF).
 */
(function (wp, blocks) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var c = wp.components;

  var LABELS = {
    set: function () { return __('Content', 'relief-widgets'); },
    items: function () { return __('Items to show, in this order', 'relief-widgets'); },
    value: function () { return __('Chosen at first', 'relief-widgets'); },
    heading: function () { return __('Heading', 'relief-widgets'); },
    headingLevel: function () { return __('Heading level', 'relief-widgets'); },
    hideEvidence: function () { return __('Hide the evidence notes', 'relief-widgets'); },
    required: function () { return __('Required in a form', 'relief-widgets'); },
    disabled: function () { return __('Disabled', 'relief-widgets'); },
    name: function () { return __('Form field name', 'relief-widgets'); },
    persist: function () { return __('Remember ticks in this browser', 'relief-widgets'); },
    lastUpdated: function () { return __('Last updated', 'relief-widgets'); },
    nextReview: function () { return __('Next review due', 'relief-widgets'); },
  };
  var label = function (control) {
    return LABELS[control.name] ? LABELS[control.name]() : control.attribute;
  };
  var tokens = function (value) {
    return (value || '').split(/\s+/).filter(Boolean);
  };

  /** Checkboxes in the chosen order, then the others; a chosen one can move up. */
  function ItemsControl(props) {
    var all = props.ids;
    var chosen = tokens(props.value).filter(function (id) { return all.indexOf(id) >= 0; });
    var ordered = chosen.concat(all.filter(function (id) { return chosen.indexOf(id) < 0; }));
    var set = function (list) { props.onChange(list.join(' ')); };
    return el(c.BaseControl, { label: props.label, help: props.help, id: props.id },
      ordered.map(function (id) {
        var index = chosen.indexOf(id);
        return el('div', { key: id, style: { display: 'flex', alignItems: 'flex-start', gap: '4px' } },
          el('div', { style: { flex: '1 1 auto' } }, el(c.CheckboxControl, {
            label: props.labels[id] ? __(props.labels[id], 'relief-widgets') : id,
            checked: index >= 0,
            onChange: function (checked) {
              set(checked ? chosen.concat([id]) : chosen.filter(function (other) { return other !== id; }));
            },
          })),
          props.ordered && index > 0
            ? el(c.Button, {
                icon: 'arrow-up-alt2',
                label: __('Move up', 'relief-widgets'),
                size: 'small',
                onClick: function () {
                  var next = chosen.slice();
                  next.splice(index - 1, 0, next.splice(index, 1)[0]);
                  set(next);
                },
              })
            : null
        );
      })
    );
  }

  function controlFor(block, control, attributes, setAttributes) {
    var value = attributes[control.name];
    var update = function (next) {
      var change = {};
      change[control.name] = next;
      setAttributes(change);
    };
    var set = attributes.set || block.setDefault || '*';
    var itemLabels = block.items[set] || block.items['*'] || {};
    var key = control.name;
    switch (control.kind) {
      case 'level':
        return el(c.SelectControl, {
          key: key, label: label(control), value: String(value || 2),
          options: [2, 3, 4, 5, 6].map(function (level) { return { value: String(level), label: 'H' + level }; }),
          onChange: function (next) { update(Number(next)); },
        });
      case 'toggle':
        return el(c.ToggleControl, { key: key, label: label(control), checked: Boolean(value), onChange: update });
      case 'items':
        return el(ItemsControl, {
          key: key, id: 'relief-widgets-' + block.slug + '-' + key, label: label(control),
          ids: Object.keys(itemLabels), labels: itemLabels, value: value, onChange: update, ordered: control.name === 'items',
          help: control.name === 'items' ? __('None ticked: all of them.', 'relief-widgets') : undefined,
        });
      case 'choice':
        if (control.name === 'value') {
          return el(c.SelectControl, {
            key: key, label: label(control), value: value || '',
            options: [{ value: '', label: __('Nothing chosen', 'relief-widgets') }].concat(Object.keys(itemLabels).map(function (id) {
              return { value: id, label: __(itemLabels[id], 'relief-widgets') };
            })),
            onChange: update,
          });
        }
        return el(c.SelectControl, {
          key: key, label: label(control), value: value || (control.name === 'set' ? block.setDefault : ''),
          options: (control.name === 'set' ? [] : [{ value: '', label: __('No', 'relief-widgets') }]).concat(control.values.map(function (choice) {
            var text = control.name === 'set' && block.sets[choice] ? __(block.sets[choice], 'relief-widgets') : choice;
            return { value: choice, label: text };
          })),
          onChange: function (next) {
            // A new set has other items: the chosen ones no longer apply.
            if (control.name === 'set') setAttributes({ set: next, items: '' });
            else update(next);
          },
        });
      case 'date':
        return el(c.TextControl, { key: key, type: 'date', label: label(control), value: value || '', onChange: update });
      default:
        return el(c.TextControl, {
          key: key, label: label(control), value: value || '', onChange: update,
          help: control.name === 'heading' ? __('Empty: the default heading, in the visitor\'s language.', 'relief-widgets') : undefined,
        });
    }
  }

  /** The element's attributes from the block's: kebab-case, booleans present or absent. */
  function elementProps(block, attributes) {
    var props = {};
    block.controls.forEach(function (control) {
      var value = attributes[control.name];
      if (control.kind === 'toggle') {
        if (value) props[control.attribute] = '';
      } else if (value !== undefined && value !== null && value !== '') {
        props[control.attribute] = String(value);
      }
    });
    return props;
  }

  blocks.forEach(function (block) {
    wp.blocks.registerBlockType(block.name, {
      edit: function (props) {
        var attributes = props.attributes;
        var blockProps = useBlockProps();
        var groups = { content: [], form: [] };
        block.controls.forEach(function (control) {
          var target = ['name', 'required', 'disabled', 'persist'].indexOf(control.name) >= 0 ? 'form' : 'content';
          groups[target].push(controlFor(block, control, attributes, props.setAttributes));
        });
        return el('div', blockProps,
          el(InspectorControls, { key: 'inspector' },
            el(c.PanelBody, { title: __('Settings', 'relief-widgets'), initialOpen: true }, groups.content),
            groups.form.length ? el(c.PanelBody, { title: __('Form', 'relief-widgets'), initialOpen: false }, groups.form) : null
          ),
          el(block.tag, elementProps(block, attributes))
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.reliefWidgetsBlocks || []);
