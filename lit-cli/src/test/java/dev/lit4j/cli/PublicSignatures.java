package dev.lit4j.cli;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaStaticInitializer;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds internal types in public signatures: a type in a package with an {@code internal} segment
 * ({@code dev.lit4j.domain.codec.internal}) named by a supertype, a type parameter bound, or a public or
 * protected field, constructor or method (return, parameter and thrown types, with their generic arguments)
 * of a type a user can reach — public or protected, as are all its enclosing types, outside an internal
 * package. A record component is a public accessor and a parameter of the public canonical constructor.
 */
final class PublicSignatures {
    private PublicSignatures() {}

    /** Whether {@code packageName} is internal: one of its segments is {@code internal}. */
    static boolean isInternal(String packageName) {
        return ("." + packageName + ".").contains(".internal.");
    }

    /** Every leak, one line each ({@code Owner.member: internal.Type}), sorted by the order of {@code classes}. */
    static List<String> leaks(JavaClasses classes) {
        List<String> leaks = new ArrayList<>();
        for (JavaClass type : classes) {
            if (!isReachable(type)) {
                continue;
            }
            String owner = type.getName();
            Optional<JavaType> superclass = type.getSuperclass();
            superclass.ifPresent(t -> check(leaks, owner + " extends", t));
            type.getInterfaces().forEach(t -> check(leaks, owner + " implements", t));
            type.getTypeParameters().forEach(t -> checkBounds(leaks, owner + " type parameter", t));
            for (JavaMember member : type.getMembers()) {
                if (!isVisible(member.getModifiers()) || member instanceof JavaStaticInitializer) {
                    continue;
                }
                String where = owner + "." + member.getName();
                if (member instanceof JavaField field) {
                    check(leaks, where, field.getType());
                } else if (member instanceof JavaCodeUnit code) {
                    check(leaks, where + " returns", code.getReturnType());
                    code.getParameterTypes().forEach(t -> check(leaks, where + " parameter", t));
                    code.getThrowsClause().getTypes().forEach(t -> check(leaks, where + " throws", t));
                    code.getTypeParameters().forEach(t -> checkBounds(leaks, where + " type parameter", t));
                }
            }
        }
        return leaks;
    }

    private static boolean isReachable(JavaClass type) {
        if (isInternal(type.getPackageName()) || type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        for (Optional<JavaClass> t = Optional.of(type);
                t.isPresent();
                t = t.get().getEnclosingClass()) {
            if (!isVisible(t.get().getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVisible(Set<JavaModifier> modifiers) {
        return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
                && !modifiers.contains(JavaModifier.SYNTHETIC)
                && !modifiers.contains(JavaModifier.BRIDGE);
    }

    private static void checkBounds(List<String> leaks, String where, JavaTypeVariable<?> variable) {
        variable.getUpperBounds().forEach(bound -> check(leaks, where, bound));
    }

    private static void check(List<String> leaks, String where, JavaType type) {
        for (JavaClass used : type.getAllInvolvedRawTypes()) {
            if (isInternal(used.getPackageName())) {
                leaks.add(where + ": " + used.getName());
            }
        }
    }
}
