package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a resource and an ability written {@code <prefix>://<id>=<ability>}, e.g.
 * {@code lit-pkp://*=pkp-signing}: the resource as {@link LitResource#parse} reads it, the ability by its
 * wire name, and the ability must apply to the resource.
 */
final class ResourceAbilityConverter implements ITypeConverter<ResourceAbilityRequest> {
    /** How the value is shown in help and errors. */
    static final String LABEL = "RESOURCE=ABILITY";

    @Override
    public ResourceAbilityRequest convert(String value) {
        int equals = value.lastIndexOf('=');
        if (equals < 0) {
            throw new TypeConversionException(
                    "expected <prefix>://<id>=<ability>, e.g. lit-pkp://*=pkp-signing;" + " got \"" + value + "\"");
        }
        try {
            LitResource resource = LitResource.parse(value.substring(0, equals));
            LitAbility ability = LitAbility.fromWireName("ability", value.substring(equals + 1));
            ability.requireValidOn("ability", resource);
            return ResourceAbilityRequest.of(resource, ability);
        } catch (InvalidInputException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
