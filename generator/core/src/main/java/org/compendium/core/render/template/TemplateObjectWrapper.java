package org.compendium.core.render.template;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * FreeMarker's default object wrapper, calling the methods a template may call without the JVM's access check
 * on every call. {@link Method#invoke} otherwise walks the stack for its caller each time: a few percent of a
 * whole site build, where templates call the page models' methods a million times. Which methods a template
 * may call is still decided by FreeMarker's member access policy, as before; only the JVM's repeated check of
 * the same public methods is skipped.
 */
final class TemplateObjectWrapper extends DefaultObjectWrapper {

    TemplateObjectWrapper(Version version) {
        super(new DefaultObjectWrapperBuilder(version), true);
    }

    @Override
    @SuppressWarnings("deprecation") // isAccessible() only reads the flag; canAccess() would walk the stack too
    protected TemplateModel invokeMethod(Object object, Method method, Object[] args)
            throws InvocationTargetException, IllegalAccessException, TemplateModelException {
        if (!method.isAccessible()) {
            // FreeMarker keeps one Method per class member, so this is done once per method; a method the JVM
            // does not let us open (false) is invoked with the usual check.
            method.trySetAccessible();
        }
        return super.invokeMethod(object, method, args);
    }
}
